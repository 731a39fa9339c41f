"""Public offer routes: partners push and remove their job offers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from gateway.deps import ExtractionDep, IngestDep, MatchingDep
from gateway.offers import service
from shared.contracts.offers import OffersUpsert, OffersUpsertResult
from shared.errors import error_responses

router = APIRouter(tags=["offers"])


@router.post(
    "/offers",
    response_model=OffersUpsertResult,
    summary="Add or replace up to 1,000 job offers (neutral format or France Travail v2 JSON)",
    description="Each offer is read once by extraction (skills, ROME code when missing, what it "
    "imposes) and indexed for matching. An offer with the id of one of yours replaces it. Offers "
    "that cannot be read are listed in `errors`; the others are indexed. Needs the `ingest` scope.",
    responses=error_responses(401, 403, 413, 422, 502, 503, 504),
)
async def upsert_offers(
    body: OffersUpsert, caller: IngestDep, extraction: ExtractionDep, matching: MatchingDep
) -> OffersUpsertResult:
    return await service.ingest_offers(
        body, tenant=caller.tenant, extraction=extraction, matching=matching
    )


@router.delete(
    "/offers/{offer_id:path}",
    status_code=204,
    summary="Remove one of your offers",
    responses=error_responses(401, 403, 404, 502, 503, 504),
)
async def delete_offer(
    offer_id: Annotated[
        str, Path(max_length=100, description="Your offer's id.", examples=["193FKBM"])
    ],
    caller: IngestDep,
    matching: MatchingDep,
) -> Response:
    await matching.delete_offer(offer_id, tenant=caller.tenant)
    return Response(status_code=204)
