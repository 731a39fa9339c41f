"""The public API: every route partners call, behind an API key."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.deps import CallerDep, ExtractionDep, MatchingDep
from gateway.public import service
from shared.contracts.extraction import ExtractionRequest, ExtractionResult
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse
from shared.errors import error_responses

router = APIRouter()


@router.post(
    "/extractions",
    response_model=ExtractionResult,
    tags=["extraction"],
    summary="Find ROME skills, métiers and appellations in a French text",
    responses=error_responses(401, 422, 502, 503, 504),
)
async def create_extraction(
    body: ExtractionRequest, _: CallerDep, extraction: ExtractionDep
) -> ExtractionResult:
    return await extraction.extract(body)


@router.post(
    "/matches/metiers",
    response_model=MetierMatchResponse,
    tags=["matching"],
    summary="The ROME métiers that best fit a profile, explained",
    responses=error_responses(401, 422, 502, 503, 504),
)
async def create_metier_match(
    body: MetierMatchRequest, _: CallerDep, extraction: ExtractionDep, matching: MatchingDep
) -> MetierMatchResponse:
    return await service.match_metiers(body, extraction=extraction, matching=matching)
