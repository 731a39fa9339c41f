"""Extraction routes."""

from __future__ import annotations

from fastapi import APIRouter

from extraction.deps import ResourcesDep, TuningDep
from extraction.extract import service
from shared.contracts.extraction import ExtractionRequest, ExtractionResult
from shared.errors import error_responses

router = APIRouter(tags=["extraction"])


@router.post(
    "/extractions",
    response_model=ExtractionResult,
    summary="Find ROME skills, métiers and appellations in a French text",
    responses=error_responses(422, 503),
)
async def create_extraction(
    body: ExtractionRequest, resources: ResourcesDep, tuning: TuningDep
) -> ExtractionResult:
    return await service.extract(body, resources=resources, tuning=tuning)
