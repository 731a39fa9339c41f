"""Rank ROME métiers for a profile: skill coverage (sparse) fused with text similarity (dense)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from matching.indexing import METIERS, SKILLS_VECTOR, skill_vector
from shared.contracts.matching import (
    MetierMatch,
    MetierMatchRequest,
    MetierMatchResponse,
    ScoreBreakdown,
    SkillRef,
)
from shared.encoder import Encoder
from shared.vector_store import VectorStore

CANDIDATES = 100
PROFILE_SHARE, FICHE_SHARE = 0.7, 0.3
MAX_MISSING = 15
TEXT_CHARS = 2000


@dataclass(frozen=True)
class Scoring:
    score_floor: float
    coverage_weight: float

    def semantic(self, cosine: float) -> float:
        return float(np.clip((cosine - self.score_floor) / (1.0 - self.score_floor), 0.0, 1.0))


async def match_metiers(
    request: MetierMatchRequest, *, encoder: Encoder, store: VectorStore, scoring: Scoring
) -> MetierMatchResponse:
    weights = {s.code: s.weight for s in request.skills if s.weight > 0}
    candidates: dict[str, dict[str, Any]] = {}
    semantic: dict[str, float] = {}
    if weights:
        hits = await store.search_sparse(
            METIERS, SKILLS_VECTOR, skill_vector(weights), limit=CANDIDATES
        )
        candidates.update({hit.id: hit.payload for hit in hits})
    text = (request.text or "").strip()
    if text:
        vector = (await encoder.embed_queries([text[:TEXT_CHARS]]))[0]
        hits = await store.search(METIERS, vector, limit=CANDIDATES)
        semantic = {hit.id: scoring.semantic(hit.score) for hit in hits}
        candidates.update({hit.id: hit.payload for hit in hits if hit.id not in candidates})
    results = [
        _explain(payload, weights, semantic.get(code, 0.0), has_text=bool(text), scoring=scoring)
        for code, payload in candidates.items()
    ]
    results.sort(key=lambda match: match.score, reverse=True)
    return MetierMatchResponse(results=results[: request.limit])


def _explain(
    payload: dict[str, Any],
    weights: dict[str, float],
    semantic: float,
    *,
    has_text: bool,
    scoring: Scoring,
) -> MetierMatch:
    """Score one métier and say why: which profile skills it uses, which core skills lack."""
    skills: list[dict[str, Any]] = payload["skills"]
    matched = [s for s in skills if s["code"] in weights]
    core = [s for s in skills if s["core"]] or skills
    coverage = 0.0
    if weights:
        profile_share = sum(weights[s["code"]] for s in matched) / sum(weights.values())
        fiche_share = sum(1 for s in core if s["code"] in weights) / max(len(core), 1)
        coverage = PROFILE_SHARE * profile_share + FICHE_SHARE * fiche_share
    if weights and has_text:
        fused = scoring.coverage_weight * coverage + (1 - scoring.coverage_weight) * semantic
    else:
        fused = coverage if weights else semantic
    return MetierMatch(
        code_rome=payload["code_rome"],
        label=payload["label"],
        score=round(100 * fused, 1),
        breakdown=ScoreBreakdown(coverage=round(coverage, 4), semantic=round(semantic, 4)),
        matched_skills=[_ref(s) for s in matched],
        missing_skills=[_ref(s) for s in core if s["code"] not in weights][:MAX_MISSING],
    )


def _ref(skill: dict[str, Any]) -> SkillRef:
    return SkillRef(code=skill["code"], label=skill["label"], type=skill["type"])
