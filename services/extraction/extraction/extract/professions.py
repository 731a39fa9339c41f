"""The ROME professions a text evokes: appellations near it in meaning and in words."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from extraction.extract.lexicon import Appellation, AppellationLexicon
from extraction.indexing import APPELLATIONS
from shared.contracts.extraction import EvokedAppellation, EvokedMetier
from shared.vector_store import Hit, VectorStore

CANDIDATES = 30
MAX_APPELLATIONS = 10
LEXICAL_WEIGHT = 0.5  # measured on the development offers: 0.3 to 0.7 do as well
# the skills a text says lend their métiers up to this much score; half of it at EVIDENCE_HALF
EVIDENCE_WEIGHT = 0.5  # description alone, 300 offers: top 1 23 % → 28 %, top 5 48 % → 57 %
EVIDENCE_HALF = 2.0


@dataclass(frozen=True)
class ProfessionScoring:
    floor: float  # cosine mapped to score 0: e5 cosines are compressed

    def score(self, cosine: float) -> float:
        return float(np.clip((cosine - self.floor) / (1.0 - self.floor), 0.0, 1.0))


async def find_professions(
    context: str,
    vector: np.ndarray,
    *,
    store: VectorStore,
    lexicon: AppellationLexicon,
    scoring: ProfessionScoring,
    evidence: dict[str, float],
) -> tuple[list[EvokedMetier], list[EvokedAppellation]]:
    """Appellations near ``context`` both in meaning and in words; a métier scores as its best,
    raised by the skills of its fiche that the text says (``evidence``, by ROME code).

    The two readings are averaged: the embedding knows paraphrases, the label index knows
    abbreviations, gender forms and the exact official wording.
    """
    hits: list[Hit] = await store.search(APPELLATIONS, vector, limit=CANDIDATES)
    semantic = {hit.id: scoring.score(hit.score) for hit in hits}
    known = {
        hit.id: Appellation(
            str(hit.payload["label"]), str(hit.payload["code_rome"]), str(hit.payload["rome_label"])
        )
        for hit in hits
    }
    lexical = {}
    for code, appellation, score in await lexicon.search(context, limit=CANDIDATES):
        lexical[code] = score
        known.setdefault(code, appellation)
    weight = LEXICAL_WEIGHT if lexical else 0.0
    fused = {
        code: (1 - weight) * semantic.get(code, 0.0) + weight * lexical.get(code, 0.0)
        for code in known
    }
    appellations = _ranked(fused, known)
    labels = {a.code_rome: a.rome_label for a in known.values()}
    metiers = await _metiers(appellations, evidence, labels=labels, lexicon=lexicon)
    return metiers, appellations[:MAX_APPELLATIONS]


def _ranked(
    scores: dict[str, float], appellations: dict[str, Appellation]
) -> list[EvokedAppellation]:
    return [
        EvokedAppellation(
            code=code,
            label=appellations[code].label,
            code_rome=appellations[code].code_rome,
            score=round(scores[code], 4),
        )
        for code in sorted(scores, key=lambda code: scores[code], reverse=True)
    ]


async def _metiers(
    appellations: list[EvokedAppellation],
    evidence: dict[str, float],
    *,
    labels: dict[str, str],
    lexicon: AppellationLexicon,
) -> list[EvokedMetier]:
    """Each métier at the score of its best appellation, the skills said closing part of the
    gap to 1 (a métier no appellation evoked may still come from its skills alone)."""
    best: dict[str, float] = {}
    for appellation in appellations:
        best.setdefault(appellation.code_rome, appellation.score)
    strongest = sorted(evidence, key=lambda code: evidence[code], reverse=True)[:CANDIDATES]
    scores = {}
    for code in dict.fromkeys([*best, *strongest]):
        lent = EVIDENCE_WEIGHT * evidence.get(code, 0.0) / (evidence.get(code, 0.0) + EVIDENCE_HALF)
        scores[code] = best.get(code, 0.0) + (1 - best.get(code, 0.0)) * lent
    metiers = []
    for code in sorted(scores, key=lambda code: scores[code], reverse=True):
        label = labels.get(code) or await lexicon.metier_label(code)
        if label is not None:
            metiers.append(EvokedMetier(code_rome=code, label=label, score=round(scores[code], 4)))
    return metiers
