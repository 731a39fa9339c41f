"""Public matching routes: profiles are read by extraction once, then matched."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from gateway.deps import CallerDep, ExtractionDep, MatchingDep
from gateway.public.service import resolve_profile
from shared.contracts.matching import (
    MetierMatchRequest,
    MetierMatchResponse,
    OfferMatchRequest,
    OfferMatchResponse,
    ParcoursRequest,
    ParcoursResponse,
    ProximitesResponse,
    TrainingMatchRequest,
    TrainingMatchResponse,
)
from shared.contracts.rome import RomeCode
from shared.errors import error_responses

router = APIRouter(tags=["matching"])

# 400: a body that cannot be read at all (JSON that is not UTF-8)
PROFILE_ERRORS = error_responses(400, 401, 422, 502, 503, 504)


@router.post(
    "/matches/metiers",
    response_model=MetierMatchResponse,
    summary="The ROME métiers that best fit a profile, explained",
    description="Skills stated, and those read in `text` or `answers`, are matched against every "
    "fiche's skills (core skills weigh most) and the text against its titles and definition. "
    "Unticked skills (`excluded_skills`) never count; a weight moves a skill's importance.",
    responses=PROFILE_ERRORS,
)
async def create_metier_match(
    body: MetierMatchRequest, _: CallerDep, extraction: ExtractionDep, matching: MatchingDep
) -> MetierMatchResponse:
    return await matching.match_metiers(await resolve_profile(body, extraction=extraction))


@router.post(
    "/matches/offers",
    response_model=OfferMatchResponse,
    summary="Job offers for a profile, near the person, against what they refuse",
    description="Your tenant's offers and those shared by all. An offer that goes against a "
    "stated constraint is left out (`constraint_mode=exclude`) or listed last with its "
    "`conflicts` (`flag`).",
    responses=PROFILE_ERRORS,
)
async def create_offer_match(
    body: OfferMatchRequest, caller: CallerDep, extraction: ExtractionDep, matching: MatchingDep
) -> OfferMatchResponse:
    profile = await resolve_profile(body, extraction=extraction)
    return await matching.match_offers(profile, tenant=caller.tenant)


@router.post(
    "/matches/trainings",
    response_model=TrainingMatchResponse,
    summary="Trainings and certifications that close the gap to a target métier",
    responses=PROFILE_ERRORS,
)
async def create_training_match(
    body: TrainingMatchRequest, caller: CallerDep, extraction: ExtractionDep, matching: MatchingDep
) -> TrainingMatchResponse:
    profile = await resolve_profile(body, extraction=extraction)
    return await matching.match_trainings(profile, tenant=caller.tenant)


@router.post(
    "/parcours",
    response_model=ParcoursResponse,
    summary="A portal's one call: top métiers, each with its gap, offers nearby and trainings",
    responses=PROFILE_ERRORS,
)
async def create_parcours(
    body: ParcoursRequest, caller: CallerDep, extraction: ExtractionDep, matching: MatchingDep
) -> ParcoursResponse:
    profile = await resolve_profile(body, extraction=extraction)
    return await matching.parcours(profile, tenant=caller.tenant)


@router.get(
    "/rome/metiers/{code_rome}/proximites",
    response_model=ProximitesResponse,
    summary="Career moves from a métier: official mobilités and métiers sharing skills",
    responses=error_responses(401, 404, 422, 502, 503, 504),
)
async def get_proximites(
    code_rome: Annotated[RomeCode, Path(description="ROME 4.0 code.", examples=["G1803"])],
    _: CallerDep,
    matching: MatchingDep,
    limit: Annotated[int, Query(ge=1, le=50, description="How many moves.", examples=[15])] = 15,
) -> ProximitesResponse:
    return await matching.proximites(code_rome, limit=limit)
