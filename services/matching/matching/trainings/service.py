"""Trainings that close the gap between a profile and a target métier, near the person."""

from __future__ import annotations

from datetime import date
from typing import Any

from matching.filters import not_expired, visible_to, where_condition
from matching.metiers.index import METIERS
from matching.metiers.proximites import UnknownMetier
from matching.scoring import CANDIDATES, refs
from matching.sparse import SKILLS_VECTOR, skill_vector
from matching.trainings.index import CERTIFICATIONS, LOCATIONS, TRAININGS
from shared.contracts.matching import (
    SessionRef,
    TrainingKind,
    TrainingMatch,
    TrainingMatchRequest,
    TrainingMatchResponse,
)
from shared.contracts.offers import OfferPlace
from shared.contracts.profile import Where
from shared.geo import haversine_km
from shared.vector_store import Condition, Filter, Hit, MatchValue, VectorStore

GAP_SHARE, TARGET_SHARE = 0.7, 0.3
SESSIONS_SHOWN = 3


def gap_of(fiche: dict[str, Any], weights: dict[str, float]) -> list[dict[str, Any]]:
    """Core skills of the target the profile lacks (all its skills when it marks no core)."""
    core = [s for s in fiche["skills"] if s["core"]] or fiche["skills"]
    return [s for s in core if s["code"] not in weights]


def training_filter(request: TrainingMatchRequest, *, tenant: str) -> Filter:
    must: list[Condition] = [visible_to(tenant), not_expired()]
    if request.where and (
        place := where_condition(request.where, prefix="places", location=LOCATIONS)
    ):
        must.append(Filter(should=[place, MatchValue("training.modalities", "distance")]))
    return Filter(must=must)


async def _search(
    store: VectorStore,
    collection: str,
    gap: list[dict[str, Any]],
    *,
    target: str,
    where: Filter | None,
) -> list[Hit]:
    """Items teaching the gap, and items leading to the target even when they teach little of it."""
    if await store.get_collection(collection) is None:
        return []
    found: dict[str, Hit] = {}
    if gap:
        vector = skill_vector({s["code"]: 1.0 for s in gap})
        for hit in await store.search_sparse(
            collection, SKILLS_VECTOR, vector, limit=CANDIDATES, filter=where
        ):
            found[hit.id] = hit
        to_target = MatchValue("rome_codes", target)
        leading = Filter(must=[where, to_target] if where else [to_target])
        for hit in await store.search_sparse(
            collection, SKILLS_VECTOR, vector, limit=CANDIDATES, filter=leading
        ):
            found.setdefault(hit.id, hit)
    return list(found.values())


async def match_trainings(
    request: TrainingMatchRequest, *, store: VectorStore, tenant: str
) -> TrainingMatchResponse:
    fiches = await store.retrieve(METIERS, [request.target])
    if not fiches:
        raise UnknownMetier(f"no fiche {request.target} in the current ROME")
    fiche = fiches[0].payload
    gap = gap_of(fiche, request.weights())
    where = training_filter(request, tenant=tenant)
    hits = await _search(store, TRAININGS, gap, target=request.target, where=where)
    if request.include_certifications:
        hits += await _search(store, CERTIFICATIONS, gap, target=request.target, where=None)
    results = [
        explain(hit.payload, gap, target=request.target, where=request.where) for hit in hits
    ]
    results = [r for r in results if r.gap_covered or r.leads_to_target]
    results.sort(key=lambda match: match.score, reverse=True)
    return TrainingMatchResponse(
        target=request.target,
        target_label=fiche["label"],
        gap=refs(gap, limit=len(gap)),
        results=results[: request.limit],
    )


def explain(
    payload: dict[str, Any], gap: list[dict[str, Any]], *, target: str, where: Where | None
) -> TrainingMatch:
    """Score one training: the share of the gap it teaches, and whether it leads to the target."""
    taught = {s["code"] for s in payload["skills"]}
    covered = [s for s in gap if s["code"] in taught]
    leads = target in payload.get("rome_codes", [])
    share = len(covered) / len(gap) if gap else 0.0
    training = payload["training"]
    return TrainingMatch(
        id=training["id"],
        kind=TrainingKind(payload["kind"]),
        title=training["title"],
        provider=training.get("provider"),
        rncp=training.get("rncp") or [],
        formacodes=training.get("formacodes") or [],
        level=None if training.get("level") is None else str(training["level"]),
        url=training.get("url"),
        sessions=sessions(training.get("sessions") or [], where),
        score=round(100 * (GAP_SHARE * share + TARGET_SHARE * leads), 1),
        gap_covered=refs(covered, limit=len(covered)),
        leads_to_target=leads,
    )


def sessions(raw: list[dict[str, Any]], where: Where | None) -> list[SessionRef]:
    """Upcoming sessions (or undated ones), nearest first when the person gave a point."""
    today = date.today()
    point = where.point if where else None
    refs_: list[SessionRef] = []
    for session in raw:
        ref = SessionRef(
            start=session.get("start"), end=session.get("end"), place=OfferPlace(**session["place"])
        )
        if ref.end is not None and ref.end < today:
            continue
        if point and ref.place.latitude is not None and ref.place.longitude is not None:
            ref.distance_km = round(
                haversine_km(point[0], point[1], ref.place.latitude, ref.place.longitude), 1
            )
        refs_.append(ref)
    refs_.sort(key=lambda r: (r.distance_km is None, r.distance_km or 0.0, r.start or today))
    return refs_[:SESSIONS_SHOWN]
