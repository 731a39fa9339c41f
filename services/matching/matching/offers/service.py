"""Rank the job offers a person can take: their skills, where they look, what they refuse."""

from __future__ import annotations

from typing import Any

from matching.filters import not_expired, visible_to, where_condition
from matching.offers.index import OFFERS
from matching.scoring import CANDIDATES, Scoring, conflicts, profile_text, refs, refused
from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.contracts.matching import (
    ConstraintMode,
    OfferMatch,
    OfferMatchRequest,
    OfferMatchResponse,
    ScoreBreakdown,
)
from shared.encoder import Encoder
from shared.geo import haversine_km
from shared.vector_store import Condition, Filter, Hit, MatchAny, VectorStore

OFFER_SIDE, PROFILE_SIDE = 0.7, 0.3


def offer_filter(request: OfferMatchRequest, *, tenant: str) -> Filter:
    """Visibility, expiry, place, contract, métier, and (in exclude mode) stated constraints."""
    must: list[Condition] = [visible_to(tenant), not_expired()]
    if request.where and (place := where_condition(request.where)) is not None:
        must.append(place)
    if request.contract_types:
        must.append(MatchAny("contract_type", [c.value for c in request.contract_types]))
    if request.rome_codes:
        must.append(MatchAny("rome_code", list(request.rome_codes)))
    must_not: list[Condition] = []
    if request.constraint_mode is ConstraintMode.exclude and (kinds := refused(request)):
        must_not.append(MatchAny("imposes", [k.value for k in kinds]))
    return Filter(must=must, must_not=must_not)


async def candidates(
    request: OfferMatchRequest, *, encoder: Encoder, store: VectorStore, tenant: str
) -> tuple[list[Hit], dict[str, float]]:
    """Offers found by skills and by text under the filter; the text's cosine per offer."""
    if await store.get_collection(OFFERS) is None:
        return [], {}
    where = offer_filter(request, tenant=tenant)
    found: dict[str, Hit] = {}
    weights = request.weights()
    if weights:
        for hit in await store.search_sparse(
            OFFERS, SKILLS_VECTOR, skill_vector(weights), limit=CANDIDATES, filter=where
        ):
            found[hit.id] = hit
    cosines: dict[str, float] = {}
    if text := profile_text(request):
        vector = (await encoder.embed_queries([text]))[0]
        for hit in await store.search(OFFERS, vector, limit=CANDIDATES, filter=where):
            cosines[hit.id] = hit.score
            found.setdefault(hit.id, hit)
    return list(found.values()), cosines


async def match_offers(
    request: OfferMatchRequest,
    *,
    encoder: Encoder,
    store: VectorStore,
    scoring: Scoring,
    tenant: str,
) -> OfferMatchResponse:
    hits, cosines = await candidates(request, encoder=encoder, store=store, tenant=tenant)
    weights, has_text = request.weights(), bool(profile_text(request))
    semantic = {hit.id: scoring.semantic(cosines.get(hit.id, 0.0)) for hit in hits}

    def rank(hit: Hit) -> tuple[bool, float]:
        """Conflicting offers last, then by score: cheap, so only the shown ones are explained."""
        fused = scoring.fuse(
            coverage(hit.payload["skills"], weights),
            semantic[hit.id],
            has_skills=bool(weights),
            has_text=has_text,
        )
        return bool(conflicts(request, hit.payload.get("imposes", []))), -round(100 * fused, 1)

    shown = sorted(hits, key=rank)[: request.limit]
    return OfferMatchResponse(
        results=[
            explain(h.payload, request, semantic=semantic[h.id], scoring=scoring, tenant=tenant)
            for h in shown
        ]
    )


def coverage(skills: list[dict[str, Any]], weights: dict[str, float]) -> float:
    """How much of the offer the profile covers, mixed with how much of the profile it uses."""
    if not skills or not weights:
        return 0.0
    held = [s for s in skills if s["code"] in weights]
    total = sum(s["score"] for s in skills)
    offer_side = sum(s["score"] for s in held) / total if total else len(held) / len(skills)
    used = {s["code"] for s in skills}
    profile_side = sum(w for code, w in weights.items() if code in used) / sum(weights.values())
    return OFFER_SIDE * offer_side + PROFILE_SIDE * profile_side


def explain(
    payload: dict[str, Any],
    request: OfferMatchRequest,
    *,
    semantic: float,
    scoring: Scoring,
    tenant: str,
) -> OfferMatch:
    """Score one offer and say why."""
    offer: dict[str, Any] = payload["offer"]
    weights = request.weights()
    skills: list[dict[str, Any]] = payload["skills"]
    covered = coverage(skills, weights)
    fused = scoring.fuse(
        covered, semantic, has_skills=bool(weights), has_text=bool(profile_text(request))
    )
    return OfferMatch(
        id=offer["id"],
        title=offer["title"],
        employer=offer.get("employer"),
        rome_code=payload.get("rome_code"),
        contract_type=offer["contract_type"],
        working_time=offer["working_time"],
        place=payload["place"],
        distance_km=_distance(request, payload),
        url=offer.get("url"),
        created_at=offer["created_at"],
        score=round(100 * fused, 1),
        breakdown=ScoreBreakdown(coverage=round(covered, 4), semantic=round(semantic, 4)),
        matched_skills=refs(s for s in skills if s["code"] in weights),
        missing_skills=refs(s for s in skills if s["code"] not in weights),
        conflicts=conflicts(request, payload.get("imposes", [])),
        shared=payload.get("tenant") != tenant,
    )


def _distance(request: OfferMatchRequest, payload: dict[str, Any]) -> float | None:
    point = request.where.point if request.where else None
    location = payload.get("location")
    if point is None or location is None:
        return None
    return round(haversine_km(point[0], point[1], location["lat"], location["lon"]), 1)
