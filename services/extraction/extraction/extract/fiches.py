"""The skills of a fiche métier, as the referentials service lists them, kept in memory."""

from __future__ import annotations

from collections import OrderedDict

from shared.clients import ReferentialsClient
from shared.contracts.rome import FicheSkill
from shared.errors import AppError
from shared.logging import get_logger

log = get_logger(__name__)

CACHED_FICHES = 2048


class FicheSkills:
    """Fiche skills by ROME code; a fiche that cannot be fetched gives nothing, loudly logged."""

    def __init__(self, referentials: ReferentialsClient, *, size: int = CACHED_FICHES) -> None:
        self._referentials = referentials
        self._size = size
        self._cache: OrderedDict[str, list[FicheSkill]] = OrderedDict()

    async def of(self, code_rome: str) -> list[FicheSkill]:
        if code_rome in self._cache:
            self._cache.move_to_end(code_rome)
            return self._cache[code_rome]
        try:
            skills = (await self._referentials.get_metier(code_rome)).skills
        except AppError as exc:
            # extraction goes on without the fiche's context rather than failing the request
            log.warning("fiche_unavailable", extra={"code_rome": code_rome, "error": exc.code})
            return []
        self._cache[code_rome] = skills
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return skills
