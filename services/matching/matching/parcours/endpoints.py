"""The parcours route."""

from __future__ import annotations

from fastapi import APIRouter

from matching.deps import CatalogueDep, EncoderDep, ScoringDep, TenantDep, VectorStoreDep
from matching.parcours.service import parcours
from shared.contracts.matching import ParcoursRequest, ParcoursResponse
from shared.errors import error_responses

router = APIRouter(tags=["matching"])


@router.post(
    "/parcours",
    response_model=ParcoursResponse,
    summary="Top métiers, each with its gap, offers nearby and the trainings that close the gap",
    responses=error_responses(422, 503),
)
async def create_parcours(
    body: ParcoursRequest,
    tenant: TenantDep,
    encoder: EncoderDep,
    store: VectorStoreDep,
    scoring: ScoringDep,
    catalogue: CatalogueDep,
) -> ParcoursResponse:
    return await parcours(
        body, encoder=encoder, store=store, scoring=scoring, catalogue=catalogue, tenant=tenant
    )
