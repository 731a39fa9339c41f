"""The ROME labels, kept in memory for matching by words: appellations and skills.

Both are built on first use from the referentials service, and stay absent (matching by meaning
only) while it cannot be reached.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from extraction.extract.lexical import SkillMatcher
from shared.clients import ReferentialsClient
from shared.contracts.rome import SkillType
from shared.errors import AppError
from shared.french import LabelIndex
from shared.logging import get_logger

log = get_logger(__name__)

RANK_CAP = 1.5  # LabelIndex ranks: coverage (≤ 1) plus a bonus for exact or prefix labels
BuiltT = TypeVar("BuiltT")


class _FromReferentials(ABC, Generic[BuiltT]):
    """Something built once from the referentials service, retried while it is unreachable."""

    def __init__(self, referentials: ReferentialsClient) -> None:
        self._referentials = referentials
        self._built: BuiltT | None = None
        self._lock = asyncio.Lock()

    async def ready(self) -> BuiltT | None:
        if self._built is None:
            async with self._lock:
                if self._built is None:
                    try:
                        self._built = await self._build(self._referentials)
                    except AppError as exc:
                        log.warning(
                            "lexicon_unavailable",
                            extra={"lexicon": type(self).__name__, "error": exc.code},
                        )
        return self._built

    @abstractmethod
    async def _build(self, referentials: ReferentialsClient) -> BuiltT: ...


@dataclass(frozen=True)
class Appellation:
    label: str
    code_rome: str
    rome_label: str


@dataclass(frozen=True)
class _Appellations:
    index: LabelIndex
    by_code: dict[str, Appellation]
    metier_labels: dict[str, str]


class AppellationLexicon(_FromReferentials[_Appellations]):
    """The appellations as a French-aware label index, to read job titles as people write them."""

    async def search(self, text: str, *, limit: int) -> list[tuple[str, Appellation, float]]:
        """(code, appellation, score in [0, 1]) of the labels ``text`` says, best first."""
        built = await self.ready()
        if built is None:
            return []
        return [
            (m.key, built.by_code[m.key], min(m.score, RANK_CAP) / RANK_CAP)
            for m in built.index.search(text, limit=limit)
        ]

    async def metier_label(self, code_rome: str) -> str | None:
        built = await self.ready()
        return built.metier_labels.get(code_rome) if built is not None else None

    async def _build(self, referentials: ReferentialsClient) -> _Appellations:
        metiers = {m.code_rome: m.label async for m in referentials.iter_metiers()}
        appellations = [a async for a in referentials.iter_appellations()]
        # ESCO names 6,000 appellations its own way too ("plongeur/plongeuse en restauration")
        esco: dict[str, list[str]] = defaultdict(list)
        async for item in referentials.iter_appellation_esco_labels():
            esco[item.code_ogr] += item.labels
        return _Appellations(
            LabelIndex(
                (a.code, a.label, [a.label_short or "", *esco.get(a.code, [])])
                for a in appellations
            ),
            {
                a.code: Appellation(a.label, a.code_rome, metiers.get(a.code_rome, ""))
                for a in appellations
            },
            metiers,
        )


@dataclass(frozen=True)
class Skill:
    label: str
    type: SkillType


@dataclass(frozen=True)
class FicheLink:
    code: str  # skill code_ogr on the fiche side, métier code on the skill side
    core: bool


@dataclass(frozen=True)
class Skills:
    matcher: SkillMatcher
    by_code: dict[str, Skill]
    of_metier: dict[str, list[FicheLink]]  # code_rome → its skills
    metiers_of: dict[str, list[FicheLink]]  # skill code → the métiers it belongs to


class SkillLexicon(_FromReferentials[Skills]):
    """Every ROME skill label, matched by the roots of its words, and the fiches they sit on."""

    async def _build(self, referentials: ReferentialsClient) -> Skills:
        skills = {s.code: Skill(s.label, s.type) async for s in referentials.iter_skills()}
        of_metier: dict[str, list[FicheLink]] = defaultdict(list)
        metiers_of: dict[str, list[FicheLink]] = defaultdict(list)
        async for link in referentials.iter_metier_skills():
            of_metier[link.code_rome].append(FicheLink(link.code, link.core))
            metiers_of[link.code].append(FicheLink(link.code_rome, link.core))
        matcher = await asyncio.to_thread(
            SkillMatcher, ((code, skill.label) for code, skill in skills.items())
        )
        return Skills(matcher, skills, dict(of_metier), dict(metiers_of))
