"""Typed client of the referentials service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from shared.clients.base import ServiceClient
from shared.contracts.certifications import CertificationRomeLink, CertificationRomeLinkPage
from shared.contracts.esco import AppellationEscoLabels, AppellationEscoLabelsPage
from shared.contracts.rome import (
    AppellationPage,
    AppellationRead,
    MetierFiche,
    MetierPage,
    MetierSkillLink,
    MetierSkillPage,
    MetierSummary,
    ReferentialVersion,
    SkillPage,
    SkillRead,
    VersionList,
)

ItemT = TypeVar("ItemT")


class _Page(Protocol[ItemT]):
    @property
    def items(self) -> list[ItemT]: ...

    @property
    def next_cursor(self) -> str | None: ...


class ReferentialsClient(ServiceClient):
    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__("referentials", base_url, **kwargs)

    async def get_metier(self, code_rome: str) -> MetierFiche:
        return await self.request("GET", f"/v1/rome/metiers/{code_rome}", MetierFiche)

    async def rome_version(self) -> ReferentialVersion:
        return await self.request("GET", "/v1/referentials/rome/current", ReferentialVersion)

    async def current_checksums(self) -> dict[str, str]:
        """Referential name → checksum of the version served, for every imported referential."""
        versions = await self.request("GET", "/v1/referentials/versions", VersionList)
        return {v.name: v.checksum for v in versions.items if v.is_current}

    def iter_metiers(self, *, page_size: int = 1000) -> AsyncIterator[MetierSummary]:
        return self._paginate("/v1/rome/metiers", MetierPage, page_size)

    def iter_appellations(self, *, page_size: int = 1000) -> AsyncIterator[AppellationRead]:
        return self._paginate("/v1/rome/appellations", AppellationPage, page_size)

    def iter_skills(self, *, page_size: int = 1000) -> AsyncIterator[SkillRead]:
        return self._paginate("/v1/competences", SkillPage, page_size)

    def iter_metier_skills(self, *, page_size: int = 5000) -> AsyncIterator[MetierSkillLink]:
        return self._paginate("/v1/rome/metier-skills", MetierSkillPage, page_size)

    def iter_certification_links(
        self, *, page_size: int = 5000
    ) -> AsyncIterator[CertificationRomeLink]:
        """Every certification → ROME 4.0 fiche pair (503 when RNCP is not imported)."""
        return self._paginate("/v1/rome/certification-links", CertificationRomeLinkPage, page_size)

    def iter_appellation_esco_labels(
        self, *, page_size: int = 5000
    ) -> AsyncIterator[AppellationEscoLabels]:
        """ESCO labels naming ROME appellations (exact, close or narrow match); none if no ESCO."""
        return self._paginate("/v1/esco/appellation-labels", AppellationEscoLabelsPage, page_size)

    async def _paginate(
        self, path: str, page_model: type[BaseModel], page_size: int
    ) -> AsyncIterator[Any]:
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": page_size}
            if cursor:
                params["cursor"] = cursor
            page: _Page[Any] = await self.request("GET", path, page_model, params=params)  # type: ignore[assignment]
            for item in page.items:
                yield item
            cursor = page.next_cursor
            if not cursor:
                return
