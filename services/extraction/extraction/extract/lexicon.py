"""The ROME appellations as a French-aware label index, to read job titles as people write them."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from shared.clients import ReferentialsClient
from shared.errors import AppError
from shared.french import LabelIndex
from shared.logging import get_logger

log = get_logger(__name__)

RANK_CAP = 1.5  # LabelIndex ranks: coverage (≤ 1) plus a bonus for exact or prefix labels


@dataclass(frozen=True)
class Appellation:
    label: str
    code_rome: str
    rome_label: str


class AppellationLexicon:
    """Built on first use from the referentials service; absent while it cannot be reached."""

    def __init__(self, referentials: ReferentialsClient) -> None:
        self._referentials = referentials
        self._index: LabelIndex | None = None
        self._appellations: dict[str, Appellation] = {}
        self._lock = asyncio.Lock()

    async def search(self, text: str, *, limit: int) -> list[tuple[str, Appellation, float]]:
        """(code, appellation, score in [0, 1]) of the labels ``text`` says, best first."""
        index = await self._ready()
        if index is None:
            return []
        return [
            (m.key, self._appellations[m.key], min(m.score, RANK_CAP) / RANK_CAP)
            for m in index.search(text, limit=limit)
        ]

    def get(self, code: str) -> Appellation | None:
        return self._appellations.get(code)

    async def _ready(self) -> LabelIndex | None:
        if self._index is None:
            async with self._lock:
                if self._index is None:
                    await self._build()
        return self._index

    async def _build(self) -> None:
        try:
            metiers = {m.code_rome: m.label async for m in self._referentials.iter_metiers()}
            appellations = [a async for a in self._referentials.iter_appellations()]
        except AppError as exc:
            log.warning("appellations_unavailable", extra={"error": exc.code})
            return
        self._appellations = {
            a.code: Appellation(a.label, a.code_rome, metiers.get(a.code_rome, ""))
            for a in appellations
        }
        self._index = LabelIndex((a.code, a.label, [a.label_short or ""]) for a in appellations)
