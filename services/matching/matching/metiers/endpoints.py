"""Métier matching routes."""

from __future__ import annotations

from fastapi import APIRouter

from matching.deps import EncoderDep, SettingsDep, VectorStoreDep
from matching.metiers import service
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse
from shared.errors import error_responses

router = APIRouter(tags=["matching"])


@router.post(
    "/matches/metiers",
    response_model=MetierMatchResponse,
    summary="The ROME métiers that best fit a profile, explained",
    responses=error_responses(422, 503),
)
async def create_metier_match(
    body: MetierMatchRequest, encoder: EncoderDep, store: VectorStoreDep, settings: SettingsDep
) -> MetierMatchResponse:
    scoring = service.Scoring(
        score_floor=settings.score_floor, coverage_weight=settings.coverage_weight
    )
    return await service.match_metiers(body, encoder=encoder, store=store, scoring=scoring)
