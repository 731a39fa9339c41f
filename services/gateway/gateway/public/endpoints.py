"""The public API: every route partners call, behind an API key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from gateway.deps import CallerDep, ExtractionDep, MatchingDep, ReferentialsDep
from gateway.public import service
from shared.contracts.extraction import ExtractionRequest, ExtractionResult
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse
from shared.contracts.rome import MetierFiche, RomeCode
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


@router.get(
    "/rome/metiers/{code_rome}",
    response_model=MetierFiche,
    tags=["referentials"],
    summary="A ROME 4.0 fiche métier with its appellations and skills",
    responses=error_responses(401, 404, 422, 502, 503, 504),
)
async def get_metier(
    code_rome: Annotated[RomeCode, Path(description="ROME code, e.g. G1803.")],
    _: CallerDep,
    referentials: ReferentialsDep,
) -> MetierFiche:
    return await referentials.get_metier(code_rome)
