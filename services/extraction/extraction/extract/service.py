"""Find ROME skills and professions in French text: nearest official labels by embedding."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

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


@dataclass(frozen=True)
class Calibration:
    """Maps a cosine to a score in [0, 1]: cosines under `floor` are worth nothing."""

    floor: float

    def __call__(self, cosine: float) -> float:
        return float(np.clip((cosine - self.floor) / (1.0 - self.floor), 0.0, 1.0))


@dataclass
class _SkillFinding:
    label: str
    type: str
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)


async def extract(
    request: ExtractionRequest,
    *,
    encoder: Encoder,
    store: VectorStore,
    calibration: Calibration,
    threshold: float,
    max_skills: int,
) -> ExtractionResult:
    segments = segment(request.text)
    skills = await _find_skills(segments, encoder=encoder, store=store, calibration=calibration)
    kept = [s for s in skills if s.score >= threshold][:max_skills]
    metiers, appellations = await _find_professions(
        request, encoder=encoder, store=store, calibration=calibration
    )
    return ExtractionResult(skills=kept, metiers=metiers, appellations=appellations)


async def _find_skills(
    segments: list[Segment], *, encoder: Encoder, store: VectorStore, calibration: Calibration
) -> list[ExtractedSkill]:
    if not segments:
        return []
    vectors = await encoder.embed_queries([s.text for s in segments])
    results = await store.search_batch(SKILLS, vectors, limit=HITS_PER_SEGMENT)
    findings: dict[str, _SkillFinding] = {}
    for seg, hits in zip(segments, results, strict=True):
        for hit in hits:
            finding = findings.setdefault(
                hit.id, _SkillFinding(str(hit.payload["label"]), str(hit.payload["type"]))
            )
            finding.score = max(finding.score, calibration(hit.score))
            if all(e.start != seg.start or e.end != seg.end for e in finding.evidence):
                finding.evidence.append(Evidence(start=seg.start, end=seg.end, text=seg.text))
    ranked = sorted(findings.items(), key=lambda item: item[1].score, reverse=True)
    return [
        ExtractedSkill(
            code=code,
            label=f.label,
            type=SkillType(f.type),
            score=round(f.score, 4),
            evidence=f.evidence,
            method="semantic",
        )
        for code, f in ranked
    ]


async def _find_professions(
    request: ExtractionRequest, *, encoder: Encoder, store: VectorStore, calibration: Calibration
) -> tuple[list[EvokedMetier], list[EvokedAppellation]]:
    """Nearest appellations; a métier scores as its best appellation."""
    # the title says the profession best; without one, the opening of the text does
    context = request.title or request.text[:PROFESSION_CONTEXT_CHARS]
    vector = (await encoder.embed_queries([context]))[0]
    hits: list[Hit] = await store.search(APPELLATIONS, vector, limit=PROFESSION_CANDIDATES)
    appellations, metiers = [], {}
    for hit in hits:
        score = round(calibration(hit.score), 4)
        code_rome = str(hit.payload["code_rome"])
        appellations.append(
            EvokedAppellation(
                code=hit.id, label=str(hit.payload["label"]), code_rome=code_rome, score=score
            )
        )
        if code_rome not in metiers:
            label = str(hit.payload["rome_label"])
            metiers[code_rome] = EvokedMetier(code_rome=code_rome, label=label, score=score)
    return list(metiers.values()), appellations[:MAX_APPELLATIONS]
