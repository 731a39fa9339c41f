"""Find ROME skills and professions in French text.

Professions: the nearest appellations to the title (or the opening of the text). Skills: the
skills of the evoked fiche métier, ranked by how closely a unit of the text says them (a
recruiter picks most skills from the fiche of the job), plus any other ROME skill a unit says
almost word for word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from extraction.extract.fiches import FicheSkills
from extraction.extract.lexicon import Appellation, AppellationLexicon
from extraction.extract.segments import Segment, segment
from extraction.indexing import APPELLATIONS, SKILLS
from shared.contracts.extraction import (
    Evidence,
    EvokedAppellation,
    EvokedMetier,
    ExtractedSkill,
    ExtractionRequest,
    ExtractionResult,
)
from shared.contracts.rome import SkillType
from shared.encoder import Encoder
from shared.vector_store import Hit, VectorStore

HITS_PER_SEGMENT = 3
PROFESSION_CONTEXT_CHARS = 600
PROFESSION_CANDIDATES = 30
MAX_APPELLATIONS = 10
LEXICAL_WEIGHT = 0.5  # measured on the development offers: 0.3 to 0.7 do as well


@dataclass(frozen=True)
class Tuning:
    """How cosines become scores, and how many skills each source may give."""

    floor: float  # cosine mapped to score 0: e5 cosines are compressed
    threshold: float  # lowest score returned
    fiche_skills: int  # most skills taken from the evoked fiche
    global_threshold: float  # a skill outside the fiche must score at least this
    max_skills: int

    def score(self, cosine: float) -> float:
        return float(np.clip((cosine - self.floor) / (1.0 - self.floor), 0.0, 1.0))


@dataclass
class _Finding:
    label: str
    type: str
    method: str
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    def add(self, score: float, seg: Segment) -> None:
        self.score = max(self.score, score)
        if all(e.start != seg.start or e.end != seg.end for e in self.evidence):
            self.evidence.append(Evidence(start=seg.start, end=seg.end, text=seg.text))


@dataclass(frozen=True)
class Resources:
    encoder: Encoder
    store: VectorStore
    fiches: FicheSkills
    lexicon: AppellationLexicon


async def extract(
    request: ExtractionRequest, *, resources: Resources, tuning: Tuning
) -> ExtractionResult:
    metiers, appellations = await _find_professions(request, resources=resources, tuning=tuning)
    segments = segment(request.text)
    findings: dict[str, _Finding] = {}
    if segments:
        vectors = await resources.encoder.embed_queries([s.text for s in segments])
        if metiers:
            fiche = await _fiche_findings(
                metiers[0].code_rome, segments, vectors, resources, tuning
            )
            findings.update(fiche)
        for code, finding in (await _global_findings(segments, vectors, resources, tuning)).items():
            findings.setdefault(code, finding)
    ranked = sorted(findings.items(), key=lambda item: item[1].score, reverse=True)
    skills = [_skill(code, f) for code, f in ranked if f.score >= tuning.threshold]
    return ExtractionResult(
        skills=skills[: tuning.max_skills], metiers=metiers, appellations=appellations
    )


async def _fiche_findings(
    code_rome: str,
    segments: list[Segment],
    vectors: np.ndarray,
    resources: Resources,
    tuning: Tuning,
) -> dict[str, _Finding]:
    """Each skill of the fiche, scored by the unit of text that says it best."""
    fiche = await resources.fiches.of(code_rome)
    stored = await resources.store.vectors(SKILLS, [s.code for s in fiche])
    skills = [s for s in fiche if s.code in stored]
    if not skills:
        return {}
    similarity = vectors @ np.stack([stored[s.code] for s in skills]).T  # segments × skills
    best = similarity.argmax(axis=0)
    order = np.argsort(-similarity.max(axis=0))[: tuning.fiche_skills]
    findings = {}
    for column in order:
        skill = skills[column]
        finding = _Finding(skill.label, skill.type.value, "semantic+fiche")
        finding.add(tuning.score(float(similarity[best[column], column])), segments[best[column]])
        findings[skill.code] = finding
    return findings


async def _global_findings(
    segments: list[Segment], vectors: np.ndarray, resources: Resources, tuning: Tuning
) -> dict[str, _Finding]:
    """Any ROME skill that a unit of text says almost as its label does."""
    results = await resources.store.search_batch(SKILLS, vectors, limit=HITS_PER_SEGMENT)
    findings: dict[str, _Finding] = {}
    for seg, hits in zip(segments, results, strict=True):
        for hit in hits:
            score = tuning.score(hit.score)
            if score < tuning.global_threshold:
                continue
            label, kind = str(hit.payload["label"]), str(hit.payload["type"])
            findings.setdefault(hit.id, _Finding(label, kind, "semantic")).add(score, seg)
    return findings


def _skill(code: str, finding: _Finding) -> ExtractedSkill:
    return ExtractedSkill(
        code=code,
        label=finding.label,
        type=SkillType(finding.type),
        score=round(finding.score, 4),
        evidence=finding.evidence,
        method=finding.method,
    )


async def _find_professions(
    request: ExtractionRequest, *, resources: Resources, tuning: Tuning
) -> tuple[list[EvokedMetier], list[EvokedAppellation]]:
    """Appellations near the title both in meaning and in words; a métier scores as its best.

    The two readings are averaged: the embedding knows paraphrases, the label index knows
    abbreviations, gender forms and the exact official wording.
    """
    # the title says the profession best; without one, the opening of the text does
    context = request.title or request.text[:PROFESSION_CONTEXT_CHARS]
    vector = (await resources.encoder.embed_queries([context]))[0]
    hits: list[Hit] = await resources.store.search(
        APPELLATIONS, vector, limit=PROFESSION_CANDIDATES
    )
    semantic = {hit.id: tuning.score(hit.score) for hit in hits}
    known = {
        hit.id: Appellation(
            str(hit.payload["label"]), str(hit.payload["code_rome"]), str(hit.payload["rome_label"])
        )
        for hit in hits
    }
    lexical = {}
    for code, appellation, score in await resources.lexicon.search(
        context, limit=PROFESSION_CANDIDATES
    ):
        lexical[code] = score
        known.setdefault(code, appellation)
    weight = LEXICAL_WEIGHT if lexical else 0.0
    fused = {
        code: (1 - weight) * semantic.get(code, 0.0) + weight * lexical.get(code, 0.0)
        for code in known
    }
    return _rank_professions(fused, known)


def _rank_professions(
    scores: dict[str, float], appellations: dict[str, Appellation]
) -> tuple[list[EvokedMetier], list[EvokedAppellation]]:
    evoked: list[EvokedAppellation] = []
    metiers: dict[str, EvokedMetier] = {}
    for code in sorted(scores, key=lambda code: scores[code], reverse=True):
        appellation, score = appellations[code], round(scores[code], 4)
        code_rome = appellation.code_rome
        evoked.append(
            EvokedAppellation(code=code, label=appellation.label, code_rome=code_rome, score=score)
        )
        if code_rome not in metiers:
            label = appellation.rome_label
            metiers[code_rome] = EvokedMetier(code_rome=code_rome, label=label, score=score)
    return list(metiers.values()), evoked[:MAX_APPELLATIONS]
