"""Career moves from a métier: its official mobilités, then the fiches that share most skills."""

from __future__ import annotations

from typing import Any

from matching.metiers.index import METIERS, skill_weight
from matching.scoring import refs
from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.contracts.matching import Proximite, ProximitesResponse
from shared.errors import NotFound
from shared.vector_store import VectorStore


class UnknownMetier(NotFound):
    code = "unknown_rome_code"


def similarity(source: dict[str, Any], target: dict[str, Any]) -> tuple[float, int]:
    """Jaccard index of the two fiches' skills, and how many they share."""
    mine = {s["code"] for s in source["skills"]}
    theirs = {s["code"] for s in target["skills"]}
    shared = len(mine & theirs)
    union = len(mine | theirs)
    return (shared / union if union else 0.0), shared


def move(source: dict[str, Any], target: dict[str, Any], *, official: bool) -> Proximite:
    score, shared = similarity(source, target)
    held = {s["code"] for s in source["skills"]}
    return Proximite(
        code_rome=target["code_rome"],
        label=target["label"],
        official=official,
        passerelle=source.get("domain") != target.get("domain"),
        similarity=round(score, 4),
        shared_skills=shared,
        skills_to_add=refs(s for s in target["skills"] if s["core"] and s["code"] not in held),
    )


async def proximites(code_rome: str, *, store: VectorStore, limit: int) -> ProximitesResponse:
    found = await store.retrieve(METIERS, [code_rome])
    if not found:
        raise UnknownMetier(f"no fiche {code_rome} in the current ROME")
    source = found[0].payload
    official = [hit.payload for hit in await store.retrieve(METIERS, source["mobilites"])]
    weights = {s["code"]: skill_weight(s["core"], False) for s in source["skills"]}
    near = await store.search_sparse(
        METIERS, SKILLS_VECTOR, skill_vector(weights), limit=limit + len(official) + 1
    )
    seen = {code_rome, *(p["code_rome"] for p in official)}
    by_skills = [move(source, h.payload, official=False) for h in near if h.id not in seen]
    by_skills.sort(key=lambda p: p.similarity, reverse=True)
    moves = [move(source, p, official=True) for p in official] + by_skills
    return ProximitesResponse(code_rome=code_rome, label=source["label"], results=moves[:limit])
