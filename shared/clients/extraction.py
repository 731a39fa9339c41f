"""Typed client of the extraction service."""

from __future__ import annotations

from typing import Any

from shared.clients.base import ServiceClient
from shared.contracts.extraction import ExtractionRequest, ExtractionResult


class ExtractionClient(ServiceClient):
    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__("extraction", base_url, **kwargs)

    async def extract(self, request: ExtractionRequest) -> ExtractionResult:
        return await self.request(
            "POST", "/v1/extractions", ExtractionResult, json=request.model_dump(mode="json")
        )
