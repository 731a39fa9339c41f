"""Typed client of the matching service."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from shared.clients.base import ServiceClient
from shared.contracts.matching import (
    MetierMatchRequest,
    MetierMatchResponse,
    OfferMatchRequest,
    OfferMatchResponse,
    ParcoursRequest,
    ParcoursResponse,
    ProximitesResponse,
    TrainingMatchRequest,
    TrainingMatchResponse,
)
from shared.contracts.offers import OfferIndexRequest, OffersUpsertResult
from shared.contracts.tenancy import TENANT_HEADER
from shared.contracts.trainings import TrainingIndexRequest, TrainingsUpsertResult


def _tenant(tenant: str) -> dict[str, str]:
    return {TENANT_HEADER: tenant}


class MatchingClient(ServiceClient):
    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__("matching", base_url, **kwargs)

    async def match_metiers(self, request: MetierMatchRequest) -> MetierMatchResponse:
        return await self.request(
            "POST", "/v1/matches/metiers", MetierMatchResponse, json=request.model_dump(mode="json")
        )

    async def match_offers(self, request: OfferMatchRequest, *, tenant: str) -> OfferMatchResponse:
        return await self.request(
            "POST",
            "/v1/matches/offers",
            OfferMatchResponse,
            json=request.model_dump(mode="json"),
            headers=_tenant(tenant),
        )

    async def match_trainings(
        self, request: TrainingMatchRequest, *, tenant: str
    ) -> TrainingMatchResponse:
        return await self.request(
            "POST",
            "/v1/matches/trainings",
            TrainingMatchResponse,
            json=request.model_dump(mode="json"),
            headers=_tenant(tenant),
        )

    async def parcours(self, request: ParcoursRequest, *, tenant: str) -> ParcoursResponse:
        return await self.request(
            "POST",
            "/v1/parcours",
            ParcoursResponse,
            json=request.model_dump(mode="json"),
            headers=_tenant(tenant),
        )

    async def proximites(self, code_rome: str, *, limit: int) -> ProximitesResponse:
        return await self.request(
            "GET",
            f"/v1/rome/metiers/{code_rome}/proximites",
            ProximitesResponse,
            params={"limit": limit},
        )

    async def index_offers(self, request: OfferIndexRequest) -> OffersUpsertResult:
        return await self.request(
            "PUT", "/v1/offers", OffersUpsertResult, json=request.model_dump(mode="json")
        )

    async def delete_offer(self, offer_id: str, *, tenant: str) -> None:
        await self.request_no_content(
            "DELETE", f"/v1/offers/{quote(offer_id, safe='')}", headers=_tenant(tenant)
        )

    async def index_trainings(self, request: TrainingIndexRequest) -> TrainingsUpsertResult:
        return await self.request(
            "PUT", "/v1/trainings", TrainingsUpsertResult, json=request.model_dump(mode="json")
        )

    async def delete_training(self, training_id: str, *, tenant: str) -> None:
        path = f"/v1/trainings/{quote(training_id, safe='')}"
        await self.request_no_content("DELETE", path, headers=_tenant(tenant))
