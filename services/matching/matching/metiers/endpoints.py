"""Métier matching routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from matching.deps import CatalogueDep, EncoderDep, ScoringDep, VectorStoreDep
from matching.metiers import service
from matching.metiers.proximites import proximites
from shared.contracts.matching import MetierMatchRequest, MetierMatchResponse, ProximitesResponse
from shared.contracts.rome import RomeCode
from shared.errors import error_responses

router = APIRouter(tags=["matching"])


@router.post(
    "/matches/metiers",
    response_model=MetierMatchResponse,
    summary="The ROME métiers that best fit a profile, explained",
    responses=error_responses(422, 503),
)
async def create_metier_match(
    body: MetierMatchRequest,
    encoder: EncoderDep,
    store: VectorStoreDep,
    scoring: ScoringDep,
    catalogue: CatalogueDep,
) -> MetierMatchResponse:
    return await service.match_metiers(
        body, encoder=encoder, store=store, scoring=scoring, catalogue=catalogue
    )


@router.get(
    "/rome/metiers/{code_rome}/proximites",
    response_model=ProximitesResponse,
    tags=["rome"],
    summary="Career moves from a métier: official mobilités and métiers sharing skills",
    responses=error_responses(404, 422, 503),
)
async def get_proximites(
    code_rome: Annotated[RomeCode, Path(description="ROME 4.0 code, e.g. G1803.")],
    store: VectorStoreDep,
    limit: Annotated[int, Query(ge=1, le=50, description="How many moves.")] = 15,
) -> ProximitesResponse:
    return await proximites(code_rome, store=store, limit=limit)
