"""Job-offer routes: index, remove, expire, and match offers to a profile."""

from __future__ import annotations

from fastapi import APIRouter, Response

from matching.deps import (
    CatalogueDep,
    EncoderDep,
    ScoringDep,
    SettingsDep,
    TenantDep,
    VectorStoreDep,
)
from matching.offers import index, service
from shared.contracts.matching import OfferMatchRequest, OfferMatchResponse
from shared.contracts.offers import OfferIndexRequest, OffersDeleted, OffersUpsertResult
from shared.errors import NotFound, error_responses

router = APIRouter(tags=["offers"])


class UnknownOffer(NotFound):
    code = "unknown_offer"


@router.put(
    "/offers",
    response_model=OffersUpsertResult,
    summary="Index offers already read by extraction (add or replace)",
    responses=error_responses(422, 503),
)
async def index_offers(
    body: OfferIndexRequest,
    encoder: EncoderDep,
    store: VectorStoreDep,
    settings: SettingsDep,
    catalogue: CatalogueDep,
) -> OffersUpsertResult:
    await index.upsert_offers(
        store, encoder, body.offers, catalogue=catalogue, ttl_days=settings.offer_ttl_days
    )
    return OffersUpsertResult(indexed=len(body.offers), ids=[o.offer.id for o in body.offers])


@router.delete(
    "/offers/{offer_id:path}",
    status_code=204,
    summary="Remove one of the tenant's offers",
    responses=error_responses(404),
)
async def delete_offer(offer_id: str, tenant: TenantDep, store: VectorStoreDep) -> Response:
    if not await index.delete_offer(store, tenant=tenant, offer_id=offer_id):
        raise UnknownOffer(f"your tenant has no offer {offer_id!r}")
    return Response(status_code=204)


@router.post(
    "/offers/purge",
    response_model=OffersDeleted,
    summary="Remove every offer past its end date, then index new segments (run it nightly)",
)
async def purge_offers(store: VectorStoreDep) -> OffersDeleted:
    return OffersDeleted(deleted=await index.purge_expired(store))


@router.post(
    "/matches/offers",
    response_model=OfferMatchResponse,
    tags=["matching"],
    summary="Job offers for a profile, where the person looks, against what they refuse",
    responses=error_responses(422, 503),
)
async def create_offer_match(
    body: OfferMatchRequest,
    tenant: TenantDep,
    encoder: EncoderDep,
    store: VectorStoreDep,
    scoring: ScoringDep,
) -> OfferMatchResponse:
    return await service.match_offers(
        body, encoder=encoder, store=store, scoring=scoring, tenant=tenant
    )
