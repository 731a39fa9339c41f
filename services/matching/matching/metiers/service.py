"""Rank ROME métiers for a profile: skill coverage (sparse) fused with text similarity (dense)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matching.metiers.catalogue import SkillCatalogue
from matching.metiers.index import METIERS
from matching.scoring import CANDIDATES, Scoring, conflicts, profile_text, refs
from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.contracts.matching import (
    AppellationRef,
    MetierMatch,
    MetierMatchRequest,
    MetierMatchResponse,
    ScoreBreakdown,
)
from shared.contracts.profile import Interests
from shared.encoder import Encoder
from shared.vector_store import VectorStore

PROFILE_SHARE, FICHE_SHARE = 0.7, 0.3
INTEREST_SHARE = 0.1
TITLES_SHOWN = 3


@dataclass
class Candidates:
    """Fiches found by skills and by text, with the score each search gave them."""

    payloads: dict[str, dict[str, Any]] = field(default_factory=dict)
    dots: dict[str, float] = field(default_factory=dict)
    cosines: dict[str, float] = field(default_factory=dict)


async def candidates(
    request: MetierMatchRequest, *, encoder: Encoder, store: VectorStore
) -> Candidates:
    found = Candidates()
    if weights := request.weights():
        for hit in await store.search_sparse(
            METIERS, SKILLS_VECTOR, skill_vector(weights), limit=CANDIDATES
        ):
            found.payloads[hit.id], found.dots[hit.id] = hit.payload, hit.score
    if text := profile_text(request):
        vector = (await encoder.embed_queries([text]))[0]
        for hit in await store.search(METIERS, vector, limit=CANDIDATES):
            found.payloads.setdefault(hit.id, hit.payload)
            found.cosines[hit.id] = hit.score
    return found


async def match_metiers(
    request: MetierMatchRequest,
    *,
    encoder: Encoder,
    store: VectorStore,
    scoring: Scoring,
    catalogue: SkillCatalogue,
) -> MetierMatchResponse:
    found = await candidates(request, encoder=encoder, store=store)
    results = [
        explain(
            payload,
            request,
            scoring.semantic(found.cosines.get(code, 0.0)),
            scoring=scoring,
            catalogue=catalogue,
        )
        for code, payload in found.payloads.items()
    ]
    # equal scores: the fiche whose core skills the profile holds more of comes first
    results.sort(key=lambda m: (m.score, found.dots.get(m.code_rome, 0.0)), reverse=True)
    return MetierMatchResponse(results=results[: request.limit])


def coverage(
    skills: list[dict[str, Any]], weights: dict[str, float], catalogue: SkillCatalogue
) -> float:
    """How much of the profile the métier uses, mixed with how much of its core the profile has.

    Each skill counts by its rarity across fiches (idf): sharing "travailler en équipe" with a
    fiche says less than sharing "techniques de service en salle".
    """
    if not weights:
        return 0.0
    idf = catalogue.idf
    held = sum(weights[s["code"]] * idf(s["code"]) for s in skills if s["code"] in weights)
    profile_share = held / sum(w * idf(code) for code, w in weights.items())
    core = [s for s in skills if s["core"]] or skills
    core_total = sum(idf(s["code"]) for s in core)
    fiche_share = (
        sum(idf(s["code"]) for s in core if s["code"] in weights) / core_total if core else 0.0
    )
    return PROFILE_SHARE * profile_share + FICHE_SHARE * fiche_share


def interest_fit(payload: dict[str, Any], interests: Interests | None) -> float | None:
    """How the métier's Holland types and centres d'intérêt meet the person's; None if unstated."""
    if interests is None or not (interests.riasec or interests.centres):
        return None
    fits = []
    if interests.riasec:
        stated = [r.value for r in interests.riasec]
        types = payload.get("riasec", [])
        fits.append(
            sum(1.0 / (1 + stated.index(t)) for t in types if t in stated) / len(types or [1])
        )
    if interests.centres:
        fits.append(float(bool(set(interests.centres) & set(payload.get("centres", [])))))
    return min(1.0, sum(fits) / len(fits))


def best_titles(payload: dict[str, Any], hints: list[str]) -> list[AppellationRef]:
    """The titles the text evoked first, then the fiche's usual ones."""
    titles = payload.get("appellations", [])
    by_code = {t["code"]: t for t in titles}
    hinted = [by_code[code] for code in dict.fromkeys(hints) if code in by_code]
    ranked = hinted + [t for t in titles if t not in hinted]
    return [AppellationRef(code=t["code"], label=t["label"]) for t in ranked[:TITLES_SHOWN]]


def explain(
    payload: dict[str, Any],
    request: MetierMatchRequest,
    semantic: float,
    *,
    scoring: Scoring,
    catalogue: SkillCatalogue,
) -> MetierMatch:
    """Score one métier and say why: which profile skills it uses, which core skills lack."""
    weights = request.weights()
    skills: list[dict[str, Any]] = payload["skills"]
    covered = coverage(skills, weights, catalogue)
    fused = scoring.fuse(
        covered, semantic, has_skills=bool(weights), has_text=bool(profile_text(request))
    )
    interest = interest_fit(payload, request.interests)
    if interest is not None:
        fused = (1 - INTEREST_SHARE) * fused + INTEREST_SHARE * interest
    core = [s for s in skills if s["core"]] or skills
    return MetierMatch(
        code_rome=payload["code_rome"],
        label=payload["label"],
        score=round(100 * fused, 1),
        breakdown=ScoreBreakdown(
            coverage=round(covered, 4), semantic=round(semantic, 4), interests=interest or 0.0
        ),
        matched_skills=refs(s for s in skills if s["code"] in weights),
        missing_skills=refs(s for s in core if s["code"] not in weights),
        appellations=best_titles(payload, request.appellations),
        conflicts=conflicts(request, payload.get("imposes", [])),
    )
