"""Fit the skill scorer on the development offers and write `calibration.json` beside it.

Truth: the skills each recruiter listed. Every candidate of every offer is a row of features
(`extraction.extract.scoring.FEATURES`); a logistic regression turns them into a probability.
The report gives 5-fold out-of-fold figures (each offer scored by a model that never saw it),
a reliability table, and the threshold with the best F1.

Usage: `python -m bench.calibrate [--state-dir .data]` (with `make run` stopped).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bench.extraction_setup import Extractor, load_offers, recruiter_skills
from extraction.config import Settings
from extraction.extract.scoring import FEATURES, Calibration
from shared.contracts.extraction import DocumentKind, ExtractionRequest
from shared.settings import CommonSettings

CALIBRATION = Path("services/extraction/extraction/extract/calibration.json")
REPORT = Path(__file__).parent / "reports" / "calibration.md"
FOLDS = 5


async def rows(extract: Extractor, offers: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(offer index, features, listed by the recruiter) for every candidate of every offer."""
    found = []
    for index, offer in enumerate(offers):
        truth = recruiter_skills(offer)
        request = ExtractionRequest(
            kind=DocumentKind.offer, title=offer["intitule"], text=offer["description"]
        )
        for candidate in await extract.candidates(request):
            found.append((index, candidate.features.vector(), candidate.code in truth))
    return found


def fit(features: np.ndarray, labels: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=1000).fit(features, labels)


def out_of_fold(groups: np.ndarray, features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each offer's candidates scored by a model fitted on the other folds only."""
    scores = np.zeros(len(labels))
    fold_of = groups % FOLDS
    for fold in range(FOLDS):
        held = fold_of == fold
        scores[held] = fit(features[~held], labels[~held]).predict_proba(features[held])[:, 1]
    return scores


def best_threshold(scores: np.ndarray, labels: np.ndarray, truth_total: int) -> float:
    best, chosen = -1.0, 0.5
    for threshold in np.arange(0.05, 0.95, 0.01):
        kept = scores >= threshold
        hits = int((kept & labels).sum())
        precision, recall = hits / max(int(kept.sum()), 1), hits / max(truth_total, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        if f1 > best:
            best, chosen = f1, float(threshold)
    return round(chosen, 2)


def metrics(
    scores: np.ndarray, labels: np.ndarray, threshold: float, truth_total: int, offers: int
) -> dict[str, float]:
    kept = scores >= threshold
    hits = int((kept & labels).sum())
    return {
        "recall": hits / max(truth_total, 1),
        "precision": hits / max(int(kept.sum()), 1),
        "per_offer": int(kept.sum()) / max(offers, 1),
        "candidate_recall": int(labels.sum()) / max(truth_total, 1),
    }


def reliability(scores: np.ndarray, labels: np.ndarray) -> list[str]:
    lines = ["| score | skills | listed by the recruiter |", "|---|---|---|"]
    edges = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01]
    for low, high in zip(edges, edges[1:], strict=False):
        inside = (scores >= low) & (scores < high)
        if inside.any():
            share = labels[inside].mean()
            lines.append(f"| {low:.1f}–{min(high, 1):.1f} | {int(inside.sum())} | {share:.1%} |")
    return lines


async def run(state_dir: Path) -> list[str]:
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: calibration reads the development offers")
    offers = [o for o in load_offers(data_dir) if recruiter_skills(o)]
    truth_total = sum(len(recruiter_skills(o)) for o in offers)
    extract = Extractor(Settings(data_dir=state_dir))
    async with extract.referentials_app.router.lifespan_context(extract.referentials_app):
        try:
            found = await rows(extract, offers)
        finally:
            await extract.close()
    groups = np.array([r[0] for r in found])
    features = np.array([r[1] for r in found], dtype=np.float64)
    labels = np.array([r[2] for r in found], dtype=bool)
    oof = out_of_fold(groups, features, labels)
    threshold = best_threshold(oof, labels, truth_total)
    model = fit(features, labels)
    calibration = Calibration(
        tuple(round(float(w), 4) for w in model.coef_[0]),
        round(float(model.intercept_[0]), 4),
        threshold,
        f"{len(offers)} development offers (dept07), {len(found)} candidates, "
        f"{datetime.now(UTC):%Y-%m-%d}",
    )
    CALIBRATION.write_text(json.dumps(calibration.to_json(), indent=2) + "\n", encoding="utf-8")
    held = metrics(oof, labels, threshold, truth_total, len(offers))
    return [
        "# Skill score calibration", "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, encoder `{extract.settings.encoder}`: "
        f"{len(offers)} offers whose recruiter listed {truth_total} skills, "
        f"{len(found)} candidates.", "",
        "## Out of fold (5 folds by offer), at the chosen threshold", "",
        "| metric | value |", "|---|---|",
        f"| threshold (best F1) | {threshold:.2f} |",
        f"| recall | {held['recall']:.1%} |", f"| precision | {held['precision']:.1%} |",
        f"| skills returned per offer | {held['per_offer']:.1f} |",
        f"| listed skills among the candidates (recall ceiling) | "
        f"{held['candidate_recall']:.1%} |", "",
        "## Reliability (out of fold): a score of p should mean about p listed", "",
        *reliability(oof, labels), "",
        "## Weights fitted on every offer", "",
        "| feature | weight |", "|---|---|",
        *(f"| {name} | {w:+.3f} |" for name, w in zip(FEATURES, calibration.weights, strict=True)),
        f"| (bias) | {calibration.bias:+.3f} |", "",
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state-dir", type=Path, default=Path(".data"))
    args = parser.parse_args()
    lines = asyncio.run(run(args.state_dir))
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
