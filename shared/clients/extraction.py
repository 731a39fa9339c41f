"""Typed client of the extraction service."""

from __future__ import annotations

from typing import Any

from shared.clients.base import ServiceClient
from shared.contracts.extraction import (
    BatchExtractionRequest,
    BatchExtractionResult,
    DocumentKind,
    ExtractionRequest,
    ExtractionResult,
    FileExtractionResult,
)


class ExtractionClient(ServiceClient):
    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__("extraction", base_url, **kwargs)

    async def extract(self, request: ExtractionRequest) -> ExtractionResult:
        return await self.request(
            "POST", "/v1/extractions", ExtractionResult, json=request.model_dump(mode="json")
        )

    async def extract_batch(self, request: BatchExtractionRequest) -> BatchExtractionResult:
        return await self.request(
            "POST",
            "/v1/extractions/batch",
            BatchExtractionResult,
            json=request.model_dump(mode="json"),
        )

    async def extract_file(
        self,
        content: bytes,
        *,
        filename: str | None,
        content_type: str | None,
        kind: DocumentKind,
        title: str | None,
    ) -> FileExtractionResult:
        form = {"kind": kind.value} | ({"title": title} if title else {})
        upload = (filename or "document", content, content_type or "application/octet-stream")
        return await self.request(
            "POST",
            "/v1/extractions/file",
            FileExtractionResult,
            files={"file": upload},
            data=form,
        )
