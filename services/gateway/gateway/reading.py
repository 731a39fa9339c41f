"""Documents read by extraction in batches, for ingestion: each gets its result or its error."""

from __future__ import annotations

from collections.abc import Sequence

from shared.clients import ExtractionClient
from shared.contracts.extraction import (
    BatchExtractionRequest,
    BatchItemError,
    ExtractionRequest,
    ExtractionResult,
)

EXTRACTION_BATCH = 100


async def read_documents(
    documents: Sequence[ExtractionRequest], extraction: ExtractionClient
) -> list[ExtractionResult | BatchItemError]:
    """Extraction of each document, in order; one it refuses (not French...) gets its error."""
    out: list[ExtractionResult | BatchItemError] = []
    for start in range(0, len(documents), EXTRACTION_BATCH):
        batch = BatchExtractionRequest(documents=list(documents[start : start + EXTRACTION_BATCH]))
        for item in (await extraction.extract_batch(batch)).items:
            if item.result is not None:
                out.append(item.result)
            else:
                out.append(item.error or BatchItemError(code="unreadable", message="not read"))
    return out
