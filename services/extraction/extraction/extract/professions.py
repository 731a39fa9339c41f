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
) -> tuple[list[EvokedMetier], list[EvokedAppellation]]:
    """Appellations near ``context`` both in meaning and in words; a métier scores as its best.

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
    return _ranked(fused, known)


def _ranked(
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
