"""Extraction benchmark: professions, skills and constraints per kind of document; speed; memory.

- Offers (real, France Travail): the ROME code of the offer from its title, title + description
  and description alone (150 offers of Ardèche and 512 offers of 10 ROME codes); skills against
  those the recruiter listed (111 offers).
- CVs, questionnaire answers and training descriptions: the labelled set written for this
  benchmark (`bench/data/extraction/labelled.json`): métiers, skills with evidence, constraints.
- Speed: one 300-word offer at a time (p50 / p95), then batches of 100 offers through the bulk
  path; peak resident memory.

Usage: `python -m bench.extraction [--state-dir .data]` with `make run` stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.extraction_setup import (
    DEPT07,
    LABELLED,
    TEN_ROME,
    Extractor,
    load_offers,
    percentile,
    recruiter_skills,
)
from extraction.config import Settings
from shared.contracts.extraction import DocumentKind, ExtractionRequest, QuestionAnswer
from shared.settings import CommonSettings

REPORT = Path(__file__).parent / "reports" / "extraction.md"
BATCH = 100
OFFER_WORDS = 300


def offer_request(
    offer: dict[str, Any], *, title: bool = True, text: bool = True
) -> ExtractionRequest:
    return ExtractionRequest(
        kind=DocumentKind.offer,
        title=offer["intitule"] if title and text else None,
        text=offer["description"] if text else offer["intitule"],
    )


async def professions(extract: Extractor, offers: list[dict[str, Any]]) -> list[str]:
    """ROME top 1 / top 5 from the title alone, title + description, description alone."""
    lines = []
    readings = {
        "title": {"text": False},
        "title + description": {},
        "description": {"title": False},
    }
    for name, options in readings.items():
        top1 = top5 = 0
        for offer in offers:
            result = await extract(offer_request(offer, **options))
            codes = [m.code_rome for m in result.metiers]
            top1 += codes[:1] == [offer["romeCode"]]
            top5 += offer["romeCode"] in codes[:5]
        lines.append(f"| {name} | {top1 / len(offers):.1%} | {top5 / len(offers):.1%} |")
    return lines


async def offer_skills(extract: Extractor, offers: list[dict[str, Any]]) -> dict[str, float]:
    """Recall and precision of the skills returned against those the recruiter listed."""
    found = truth = hits = 0
    labelled = [o for o in offers if recruiter_skills(o)]
    for offer in labelled:
        result = await extract(offer_request(offer))
        codes = {s.code for s in result.skills}
        listed = recruiter_skills(offer)
        found, truth, hits = found + len(codes), truth + len(listed), hits + len(codes & listed)
    return {
        "offers": len(labelled),
        "recall": hits / max(truth, 1),
        "precision": hits / max(found, 1),
        "per_offer": found / max(len(labelled), 1),
    }


def labelled_request(document: dict[str, Any]) -> ExtractionRequest:
    answers = document.get("answers")
    return ExtractionRequest(
        kind=DocumentKind(document["kind"]),
        title=document.get("title"),
        text=document.get("text"),
        answers=[QuestionAnswer(**pair) for pair in answers] if answers else None,
    )


async def labelled_set(extract: Extractor) -> list[str]:
    """Per kind: métier top 1 / top 3, skill recall / precision, constraint recall / precision."""
    documents = json.loads(LABELLED.read_text(encoding="utf-8"))
    lines = []
    for kind in ("cv", "answers", "training"):
        of_kind = [d for d in documents if d["kind"] == kind]
        counts = dict.fromkeys(("top1", "top3", "hits", "found", "truth", "c_hits", "c_found",
                                "c_truth"), 0)  # fmt: skip
        for document in of_kind:
            result = await extract(labelled_request(document))
            expected = document["expected"]
            codes = [m.code_rome for m in result.metiers]
            counts["top1"] += codes[:1] == expected["rome"][:1]
            counts["top3"] += bool(set(codes[:3]) & set(expected["rome"]))
            gold = {s["code"] for s in expected["skills"]}
            found = {s.code for s in result.skills}
            counts["hits"] += len(gold & found)
            counts["found"] += len(found)
            counts["truth"] += len(gold)
            said = {(c.kind.value, c.polarity.value, c.value) for c in result.constraints}
            wanted = {(c["kind"], c["polarity"], c.get("value")) for c in expected["constraints"]}
            counts["c_hits"] += len(said & wanted)
            counts["c_found"] += len(said)
            counts["c_truth"] += len(wanted)
        n = max(len(of_kind), 1)
        cells = [
            kind, str(len(of_kind)), f"{counts['top1'] / n:.0%}", f"{counts['top3'] / n:.0%}",
            _share(counts["hits"], counts["truth"]), _share(counts["hits"], counts["found"]),
            f"{counts['found'] / n:.1f}", _share(counts["c_hits"], counts["c_truth"]),
            _share(counts["c_hits"], counts["c_found"]),
        ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


def three_hundred_words(offers: list[dict[str, Any]]) -> list[ExtractionRequest]:
    """Offers cut (or kept) at 300 words, for the single-document latency."""
    requests = []
    for offer in offers:
        words = offer["description"].split()
        if len(words) >= OFFER_WORDS:
            text = " ".join(words[:OFFER_WORDS])
            requests.append(ExtractionRequest(kind=DocumentKind.offer, title=offer["intitule"],
                                              text=text))  # fmt: skip
    return requests


async def speed(
    extract: Extractor, offers: list[dict[str, Any]], bulk: list[dict[str, Any]]
) -> dict[str, float]:
    """Latency on ``offers`` one by one, then throughput on other offers (no cache shared)."""
    single = three_hundred_words(offers)
    timings = []
    for request in single:
        started = time.perf_counter()
        await extract(request)
        timings.append((time.perf_counter() - started) * 1000)
    requests = [offer_request(o) for o in bulk]
    started = time.perf_counter()
    for begin in range(0, len(requests), BATCH):
        await extract.many(requests[begin : begin + BATCH])
    elapsed = time.perf_counter() - started
    return {
        "single_offers": len(single),
        "p50": percentile(timings, 0.5),
        "p95": percentile(timings, 0.95),
        "batch_offers": len(requests),
        "batch_rate": len(requests) / elapsed,
        "batch_ms": elapsed * 1000 / len(requests),
    }


async def run_speed(state_dir: Path) -> list[str]:
    """Only the speed section, for a re-measure on an idle machine."""
    return await run(state_dir, quality=False)


def _speed_lines(timing: dict[str, float], extract: Extractor) -> list[str]:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        f"## Speed and memory (in-process, 2 cores, encoder `{extract.settings.encoder}`)", "",
        "| metric | value |", "|---|---|",
        f"| one 300-word offer at a time, p50 / p95 ({timing['single_offers']:.0f} offers) | "
        f"{timing['p50']:.0f} / {timing['p95']:.0f} ms |",
        f"| bulk path, batches of {BATCH} ({timing['batch_offers']:.0f} offers) | "
        f"{timing['batch_rate']:.1f} offers/s ({timing['batch_ms']:.0f} ms per offer) |",
        f"| peak resident memory | {peak_mb:.0f} MB |", "",
    ]  # fmt: skip


async def run(state_dir: Path, *, quality: bool = True) -> list[str]:
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the benchmark reads the development offers")
    dept07, ten_rome = load_offers(data_dir, DEPT07), load_offers(data_dir, TEN_ROME)
    extract = Extractor(Settings(data_dir=state_dir))
    async with extract.referentials_app.router.lifespan_context(extract.referentials_app):
        try:
            await extract(offer_request(dept07[0]))  # loads the model, shards and lexicons
            half = len(ten_rome) // 2
            timing = await speed(extract, ten_rome[:half], ten_rome[half:] + dept07)
            if not quality:
                return _speed_lines(timing, extract)
            by_dept07 = await professions(extract, dept07)
            by_ten_rome = await professions(extract, ten_rome)
            skills = await offer_skills(extract, dept07)
            labelled = await labelled_set(extract) if LABELLED.exists() else []
        finally:
            await extract.close()
    return [
        "# Extraction benchmark", "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, encoder `{extract.settings.encoder}`, "
        f"skill threshold {extract.tuning.calibration.threshold:.2f} (calibrated), 2 cores.", "",
        "## Offers: ROME code of the offer among the métiers returned", "",
        "| input | top 1 | top 5 |", "|---|---|---|",
        f"| **{len(dept07)} offers of Ardèche (`{DEPT07}`)** | | |", *by_dept07,
        f"| **{len(ten_rome)} offers of 10 ROME codes (`{TEN_ROME}`)** | | |", *by_ten_rome, "",
        f"## Offers: skills against those listed by the recruiters of {skills['offers']:.0f} "
        "offers", "",
        "The scorer was fitted on these offers and on the labelled set, so both tables below "
        "are in sample: `bench/reports/calibration.md` gives the out-of-fold figures.", "",
        "| recall | precision | skills per offer |", "|---|---|---|",
        f"| {skills['recall']:.1%} | {skills['precision']:.1%} | {skills['per_offer']:.1f} |", "",
        "## CVs, answers, trainings: the labelled set", "",
        "| kind | documents | métier top 1 | métier top 3 | skill recall | skill precision | "
        "skills per document | constraint recall | constraint precision |",
        "|---|---|---|---|---|---|---|---|---|", *labelled, "",
        *_speed_lines(timing, extract),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state-dir", type=Path, default=Path(".data"))
    parser.add_argument("--speed-only", action="store_true", help="print the speed section only")
    args = parser.parse_args()
    if args.speed_only:
        print("\n".join(asyncio.run(run_speed(args.state_dir))))
        return
    lines = asyncio.run(run(args.state_dir))
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
