"""Typed client of the matching service."""

from __future__ import annotations

from typing import Any

from shared.clients.base import ServiceClient
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse


class MatchingClient(ServiceClient):
    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__("matching", base_url, **kwargs)

    async def match_metiers(self, request: MetierMatchRequest) -> MetierMatchResponse:
        return await self.request(
            "POST", "/v1/matches/metiers", MetierMatchResponse, json=request.model_dump(mode="json")
        )
