"""From the evidence gathered for a skill to a calibrated score: a small logistic model.

The weights are fitted by `python -m bench.calibrate` on development offers, the truth being the
skills their recruiters listed, and stored beside this module in `calibration.json`: a score
of 0.6 means that about 60 % of the skills so scored were listed. They are read once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

FEATURES = (
    "lexical",  # share of the label's weight the text says (0 when not said)
    "lexical_exact",  # the acronym the label carries (HACCP, CACES R 389) is said
    "lexical_words",  # distinct label words said, capped at 4, over 4
    "semantic",  # best cosine between a unit of text and the label, rescaled
    "in_metier",  # a skill of the first métier the text evokes
    "core",  # a core skill of that métier
    "in_near_metiers",  # a skill of one of the next métiers evoked
    "metier_score",  # the first métier's score, when the skill is one of its own
    "savoir",
    "savoir_etre",
    "units",  # log(1 + units of text that say it)
    "lexical_in_fiche",  # said in words and a skill of an evoked métier: the two agree
)
COSINE_FLOOR = 0.75  # e5 cosines of unrelated French phrases sit around 0.75 to 0.8


@dataclass
class Features:
    values: dict[str, float] = field(default_factory=dict)

    def raise_to(self, name: str, value: float) -> None:
        self.values[name] = max(self.values.get(name, 0.0), value)

    def vector(self) -> list[float]:
        return [self.values.get(name, 0.0) for name in FEATURES]


def rescaled_cosine(cosine: float) -> float:
    return float(np.clip((cosine - COSINE_FLOOR) / (1.0 - COSINE_FLOOR), 0.0, 1.0))


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # the score that maximised F1 on the offers it was fitted on
    fitted_on: str

    def scores(self, features: list[Features]) -> np.ndarray:
        """Probability that each skill is one a careful reader would list."""
        if not features:
            return np.empty(0)
        matrix = np.array([f.vector() for f in features], dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-(matrix @ np.array(self.weights) + self.bias)))

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
        }


@cache
def calibration() -> Calibration:
    """The fitted model shipped with the package."""
    raw = json.loads(
        resources.files("extraction.extract").joinpath("calibration.json").read_text("utf-8")
    )
    if tuple(raw["features"]) != FEATURES:
        raise RuntimeError("calibration.json was fitted on other features: refit it")
    return Calibration(
        tuple(raw["weights"]), raw["bias"], raw["threshold"], raw.get("fitted_on", "")
    )
