"""Gather the skills a document may state, with the evidence for each, then score them.

Three sources propose candidates: the words of every ROME label (lexical), the skills of the
métiers the text evokes, and the skills nearest in meaning to each unit of text (semantic). Every
candidate then gets the same features (how much of its label is said, how close a unit comes to
it in meaning, whether it belongs to the evoked métier) and one calibrated score.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from extraction.extract.document import Document, Unit
from extraction.extract.lexical import LexicalMatch, tokenize
from extraction.extract.lexicon import Skill, Skills
from extraction.extract.scoring import Calibration, Features, rescaled_cosine
from extraction.indexing import SKILLS
from shared.contracts.extraction import EvokedMetier, ExtractedSkill, SkillMethod
from shared.contracts.rome import SkillType
from shared.vector_store import Hit, VectorStore

NEAR_METIERS = 3  # the first métier and the next two lend their skills as candidates
HITS_PER_UNIT = 3
SEMANTIC_CANDIDATE = 0.86  # a unit this close to a label proposes it, wherever it comes from
SEMANTIC_CONFIRMS = 0.86  # a lexical match this close in meaning too is found both ways
MAX_EVIDENCE = 3


@dataclass
class Candidate:
    code: str
    skill: Skill
    features: Features = field(default_factory=Features)
    lexical: list[tuple[Unit, LexicalMatch]] = field(default_factory=list)
    best_unit: Unit | None = None
    best_cosine: float = 0.0

    def said(self, unit: Unit, match: LexicalMatch) -> None:
        self.lexical.append((unit, match))
        self.features.raise_to("lexical", match.coverage)
        self.features.raise_to("lexical_exact", float(match.exact))

    def near(self, unit: Unit, cosine: float) -> None:
        if cosine > self.best_cosine:
            self.best_cosine, self.best_unit = cosine, unit
            self.features.raise_to("semantic", rescaled_cosine(cosine))


def said(document: Document, skills: Skills | None) -> dict[str, Candidate]:
    """The skills whose label (or a variant) the document's units say in words."""
    found: dict[str, Candidate] = {}
    if skills is not None:
        _lexical(document, skills, found)
    return found


def metier_evidence(found: dict[str, Candidate], skills: Skills | None) -> dict[str, float]:
    """How much the skills said point to each métier.

    A said skill counts for every fiche it sits on, less when it sits on many ("travailler en
    équipe" says little of the profession), more on fiches where it is a core skill.
    """
    evidence: dict[str, float] = defaultdict(float)
    if skills is None:
        return evidence
    for candidate in found.values():
        fiches = skills.metiers_of.get(candidate.code, [])
        if not candidate.lexical or not fiches:
            continue
        weight = candidate.features.values["lexical"] / math.log2(1 + len(fiches))
        for link in fiches:
            evidence[link.code] += weight * (1.0 if link.core else 0.5)
    return evidence


async def complete(
    document: Document,
    vectors: np.ndarray,
    metiers: list[EvokedMetier],
    *,
    found: dict[str, Candidate],
    skills: Skills | None,
    store: VectorStore,
) -> list[Candidate]:
    """Add the skills of the evoked métiers and the nearest labels in meaning, then features."""
    if skills is not None:
        for rank, metier in enumerate(metiers[:NEAR_METIERS]):
            for link in skills.of_metier.get(metier.code_rome, []):
                skill = skills.by_code.get(link.code)
                if skill is not None:
                    candidate = found.setdefault(link.code, Candidate(link.code, skill))
                    _fiche_features(candidate, core=link.core, rank=rank, metier=metier)
    if document.embedded_units:
        await _semantic(document, vectors, store, found)
    for candidate in found.values():
        _final_features(candidate)
    return list(found.values())


def _final_features(candidate: Candidate) -> None:
    features = candidate.features
    units = {(unit.start, unit.end) for unit, _ in candidate.lexical}
    words = max((m.words for _, m in candidate.lexical), default=0)
    features.raise_to("lexical_words", min(words, 4) / 4)
    features.raise_to("units", math.log1p(len(units)))
    features.raise_to("savoir", float(candidate.skill.type is SkillType.savoir))
    features.raise_to("savoir_etre", float(candidate.skill.type is SkillType.savoir_etre))
    in_fiche = max(
        features.values.get("in_metier", 0.0), features.values.get("in_near_metiers", 0.0)
    )
    features.raise_to("lexical_in_fiche", features.values.get("lexical", 0.0) * in_fiche)


def _fiche_features(candidate: Candidate, *, core: bool, rank: int, metier: EvokedMetier) -> None:
    if rank == 0:
        candidate.features.raise_to("in_metier", 1.0)
        candidate.features.raise_to("core", float(core))
        candidate.features.raise_to("metier_score", metier.score)
    else:
        candidate.features.raise_to("in_near_metiers", 1.0)


def _lexical(document: Document, skills: Skills, found: dict[str, Candidate]) -> None:
    units = document.units
    matches = skills.matcher.match([tokenize(unit.text) for unit in units])
    for unit, unit_matches in zip(units, matches, strict=True):
        for match in unit_matches:
            skill = skills.by_code.get(match.code)
            if skill is not None:
                found.setdefault(match.code, Candidate(match.code, skill)).said(unit, match)


async def _semantic(
    document: Document, vectors: np.ndarray, store: VectorStore, found: dict[str, Candidate]
) -> None:
    """Cosines between units and candidate labels; close labels join the candidates."""
    units = document.embedded_units
    results: list[list[Hit]] = await store.search_batch(SKILLS, vectors, limit=HITS_PER_UNIT)
    for hit in (hit for hits in results for hit in hits):
        if hit.score >= SEMANTIC_CANDIDATE and hit.id not in found:
            skill = Skill(str(hit.payload["label"]), SkillType(str(hit.payload["type"])))
            found[hit.id] = Candidate(hit.id, skill)
    stored = await store.vectors(SKILLS, list(found))
    codes = [code for code in found if code in stored]
    if not codes:
        return
    similarity = vectors @ np.stack([stored[code] for code in codes]).T  # units × skills
    best = similarity.argmax(axis=0)
    for column, code in enumerate(codes):
        found[code].near(units[best[column]], float(similarity[best[column], column]))


def ranked(
    document: Document,
    found: list[Candidate],
    *,
    calibration: Calibration,
    threshold: float,
    limit: int,
) -> list[ExtractedSkill]:
    """The candidates that score at least ``threshold``, best first, with their evidence."""
    scores = calibration.scores([c.features for c in found])
    order = np.argsort(-scores, kind="stable")
    skills = []
    for index in order[:limit]:
        if scores[index] < threshold:
            break
        skills.append(_extracted(document, found[index], float(scores[index])))
    return skills


def _extracted(document: Document, candidate: Candidate, score: float) -> ExtractedSkill:
    spans = [
        (unit.start + match.start, unit.start + match.end, unit.section)
        for unit, match in sorted(candidate.lexical, key=lambda item: -item[1].coverage)
    ]
    if candidate.best_unit is not None and not spans:
        unit = candidate.best_unit
        spans.append((unit.start, unit.end, unit.section))
    evidence = [document.evidence(start, end, section=section) for start, end, section in spans]
    return ExtractedSkill(
        code=candidate.code,
        label=candidate.skill.label,
        type=candidate.skill.type,
        score=round(score, 4),
        evidence=list({(e.start, e.answer): e for e in evidence}.values())[:MAX_EVIDENCE],
        method=_method(candidate),
        in_metier=bool(candidate.features.values.get("in_metier")),
    )


def _method(candidate: Candidate) -> SkillMethod:
    if not candidate.lexical:
        return SkillMethod.semantic
    if candidate.best_cosine >= SEMANTIC_CONFIRMS:
        return SkillMethod.both
    return SkillMethod.lexical
