"""Fit the skill scorer and write `calibration.json` beside it.

Two truths, weighed equally: the skills each recruiter listed on the development offers (what a
recruiter picks for the job, mostly from its fiche), and the skills a careful reader marked as
stated, with their evidence, in the labelled CVs, answers and trainings. Every candidate of every
document is a row of features (`extraction.extract.scoring.FEATURES`); a logistic regression
turns them into a probability. The report gives 5-fold out-of-fold figures per source (each
document scored by a model that never saw it), a reliability table, and the threshold with the
best mean F1 over the two sources.

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

from bench.extraction import labelled_request
from bench.extraction_setup import LABELLED, Extractor, load_offers, recruiter_skills
from extraction.config import Settings
from extraction.extract.scoring import FEATURES, Calibration
from shared.contracts.extraction import DocumentKind, ExtractionRequest
from shared.settings import CommonSettings

CALIBRATION = Path("services/extraction/extraction/extract/calibration.json")
REPORT = Path(__file__).parent / "reports" / "calibration.md"
FOLDS = 5


def documents(offers: list[dict[str, Any]]) -> list[tuple[str, ExtractionRequest, set[str]]]:
    """(source, request, truth) for the offers, then for the labelled set."""
    found = [
        ("offers", ExtractionRequest(kind=DocumentKind.offer, title=o["intitule"],
                                     text=o["description"]), recruiter_skills(o))
        for o in offers
    ]  # fmt: skip
    for document in json.loads(LABELLED.read_text(encoding="utf-8")):
        gold = {s["code"] for s in document["expected"]["skills"]}
        found.append(("labelled", labelled_request(document), gold))
    return found


async def rows(
    extract: Extractor, inputs: list[tuple[str, ExtractionRequest, set[str]]]
) -> list[tuple[Any, ...]]:
    """(document index, source, features, true) for every candidate of every document."""
    found = []
    for index, (source, request, truth) in enumerate(inputs):
        for candidate in await extract.candidates(request):
            found.append((index, source, candidate.features.vector(), candidate.code in truth))
    return found


def fit(features: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=1.0, max_iter=2000)
    return model.fit(features, labels, sample_weight=weights)


def out_of_fold(
    groups: np.ndarray, features: np.ndarray, labels: np.ndarray, weights: np.ndarray
) -> np.ndarray:
    """Each document's candidates scored by a model fitted on the other folds only."""
    scores = np.zeros(len(labels))
    fold_of = groups % FOLDS
    for fold in range(FOLDS):
        held = fold_of == fold
        model = fit(features[~held], labels[~held], weights[~held])
        scores[held] = model.predict_proba(features[held])[:, 1]
    return scores


def f1(scores: np.ndarray, labels: np.ndarray, threshold: float, truth_total: int) -> float:
    kept = scores >= threshold
    hits = int((kept & labels).sum())
    precision, recall = hits / max(int(kept.sum()), 1), hits / max(truth_total, 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def best_threshold(
    scores: np.ndarray, labels: np.ndarray, sources: np.ndarray, truths: dict[str, int]
) -> float:
    """The threshold with the best F1, averaged over the sources."""
    candidates = np.arange(0.05, 0.95, 0.01)
    mean_f1 = [
        np.mean([f1(scores[sources == s], labels[sources == s], t, n) for s, n in truths.items()])
        for t in candidates
    ]
    return round(float(candidates[int(np.argmax(mean_f1))]), 2)


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
    lines = ["| score | skills | true |", "|---|---|---|"]
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
    inputs = documents([o for o in load_offers(data_dir) if recruiter_skills(o)])
    truths = {"offers": 0, "labelled": 0}
    for source, _, truth in inputs:
        truths[source] += len(truth)
    extract = Extractor(Settings(data_dir=state_dir))
    async with extract.referentials_app.router.lifespan_context(extract.referentials_app):
        try:
            found = await rows(extract, inputs)
        finally:
            await extract.close()
    groups = np.array([r[0] for r in found])
    sources = np.array([r[1] for r in found])
    features = np.array([r[2] for r in found], dtype=np.float64)
    labels = np.array([r[3] for r in found], dtype=bool)
    # each source weighs as much as the other, whatever its number of candidates
    weights = np.where(
        sources == "offers",
        1.0,
        (sources == "offers").sum() / max((sources == "labelled").sum(), 1),
    )
    oof = out_of_fold(groups, features, labels, weights)
    threshold = best_threshold(oof, labels, sources, truths)
    model = fit(features, labels, weights)
    calibration = Calibration(
        tuple(round(float(w), 4) for w in model.coef_[0]),
        round(float(model.intercept_[0]), 4),
        threshold,
        f"{sum(1 for i in inputs if i[0] == 'offers')} development offers and "
        f"{sum(1 for i in inputs if i[0] == 'labelled')} labelled documents, {len(found)} "
        f"candidates, {datetime.now(UTC):%Y-%m-%d}",
    )
    CALIBRATION.write_text(json.dumps(calibration.to_json(), indent=2) + "\n", encoding="utf-8")
    held = {
        source: metrics(oof[sources == source], labels[sources == source], threshold,
                        truths[source], sum(1 for i in inputs if i[0] == source))
        for source in truths
    }  # fmt: skip
    return [
        "# Skill score calibration", "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, encoder `{extract.settings.encoder}`: "
        f"{calibration.fitted_on}. Offers: truth is what the recruiter listed; labelled set: "
        "what the annotator marked as stated.", "",
        f"## Out of fold (5 folds by document), at the chosen threshold {threshold:.2f}", "",
        "| source | recall | precision | skills per document | truth among the candidates |",
        "|---|---|---|---|---|",
        *(f"| {source} | {m['recall']:.1%} | {m['precision']:.1%} | {m['per_offer']:.1f} | "
          f"{m['candidate_recall']:.1%} |" for source, m in held.items()), "",
        "## Reliability (out of fold, both sources): a score of p should mean about p true", "",
        *reliability(oof, labels), "",
        "## Weights fitted on every document", "",
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
