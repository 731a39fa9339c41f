"""Extraction routes."""

from __future__ import annotations

from fastapi import APIRouter

from extraction.deps import EncoderDep, SettingsDep, VectorStoreDep
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
    body: ExtractionRequest, encoder: EncoderDep, store: VectorStoreDep, settings: SettingsDep
) -> ExtractionResult:
    return await service.extract(
        body,
        encoder=encoder,
        store=store,
        calibration=service.Calibration(settings.score_floor),
        threshold=settings.skill_threshold,
        max_skills=settings.max_skills,
    )
