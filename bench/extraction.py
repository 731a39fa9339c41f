"""Extraction benchmark on the development offers: professions, skills, speed, memory.

Runs the extraction service's own code in-process, with the encoder and the vector indexes
that `make run` built (state directory `.data` by default; stop `make run` first, the embedded
shards admit one process at a time). Truth: each offer's `romeCode`, and the `competences`
its recruiter listed (ROME code_ogr).

Usage: `python -m bench.extraction [--state-dir .data] [--limit N]`
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from extraction.config import Settings
from extraction.extract import service
from extraction.extract.fiches import FicheSkills
from extraction.extract.lexicon import AppellationLexicon
from referentials.config import Settings as ReferentialsSettings
from referentials.main import create_app as create_referentials
from shared.clients import ReferentialsClient
from shared.contracts.extraction import DocumentKind, ExtractionRequest, ExtractionResult
from shared.encoder import build_encoder
from shared.settings import CommonSettings
from shared.vector_store import build_vector_store

REPORT = Path(__file__).parent / "reports" / "extraction.md"
OFFERS = "offers/francetravail_offres_dept07_2025-05_dev.jsonl"


def load_offers(data_dir: Path, limit: int | None) -> list[dict[str, Any]]:
    with (data_dir / OFFERS).open(encoding="utf-8") as handle:
        offers = [json.loads(line) for line in handle]
    usable = [o for o in offers if o.get("romeCode") and o.get("description")]
    return usable[:limit] if limit else usable


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Extractor:
    """The service's extraction, with the settings it runs with; fiches come from the
    referentials app mounted in-process on the same state directory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.encoder = build_encoder(settings.encoder)
        self.store = build_vector_store(url=settings.qdrant_url, path=settings.qdrant_path)
        self.referentials_app = create_referentials(
            ReferentialsSettings(data_dir=settings.data_dir)
        )
        self.client = ReferentialsClient(
            "http://referentials", transport=httpx.ASGITransport(app=self.referentials_app)
        )
        self.resources = service.Resources(
            self.encoder, self.store, FicheSkills(self.client), AppellationLexicon(self.client)
        )
        self.tuning = service.Tuning(
            floor=settings.score_floor,
            threshold=settings.skill_threshold,
            fiche_skills=settings.fiche_skills,
            global_threshold=settings.global_skill_threshold,
            max_skills=settings.max_skills,
        )

    async def __call__(self, title: str | None, text: str) -> ExtractionResult:
        request = ExtractionRequest(kind=DocumentKind.offer, title=title, text=text)
        return await service.extract(request, resources=self.resources, tuning=self.tuning)

    async def close(self) -> None:
        await self.client.aclose()
        await self.store.close()
        self.encoder.close()


def _rank_hits(codes: list[str], truth: str) -> tuple[int, int]:
    return int(codes[:1] == [truth]), int(truth in codes[:5])


async def professions(extract: Extractor, offers: list[dict[str, Any]]) -> dict[str, tuple]:  # type: ignore[type-arg]
    """ROME top 1 / top 5 from the title alone, title + description, description alone."""
    scores: dict[str, list[tuple[int, int]]] = {"title": [], "title + description": [],
                                                 "description": []}  # fmt: skip
    for offer in offers:
        title, text, truth = offer["intitule"], offer["description"], offer["romeCode"]
        for name, (t, body) in {
            "title": (None, title), "title + description": (title, text),
            "description": (None, text),
        }.items():  # fmt: skip
            result = await extract(t, body)
            scores[name].append(_rank_hits([m.code_rome for m in result.metiers], truth))
    n = len(offers)
    return {
        name: (sum(a for a, _ in s) / n, sum(b for _, b in s) / n) for name, s in scores.items()
    }


async def skills(extract: Extractor, offers: list[dict[str, Any]]) -> dict[str, float]:
    """Recall and precision of the skills found against those the recruiter listed."""
    found_total = truth_total = hit_total = 0
    timings: list[float] = []
    labelled = [o for o in offers if any(c.get("code") for c in o.get("competences", []))]
    for offer in labelled:
        truth = {c["code"] for c in offer["competences"] if c.get("code")}
        started = time.perf_counter()
        result = await extract(offer["intitule"], offer["description"])
        timings.append((time.perf_counter() - started) * 1000)
        found = {s.code for s in result.skills}
        found_total, truth_total = found_total + len(found), truth_total + len(truth)
        hit_total += len(found & truth)
    return {
        "offers": len(labelled),
        "recall": hit_total / max(truth_total, 1),
        "precision": hit_total / max(found_total, 1),
        "per_offer": found_total / max(len(labelled), 1),
        "p50_ms": percentile(timings, 0.5),
        "p95_ms": percentile(timings, 0.95),
        "mean_ms": statistics.fmean(timings),
    }


async def throughput(extract: Extractor, offers: list[dict[str, Any]]) -> float:
    """Offers per second when a batch is sent one after another through the same process."""
    started = time.perf_counter()
    for offer in offers:
        await extract(offer["intitule"], offer["description"])
    return len(offers) / (time.perf_counter() - started)


async def run(state_dir: Path, limit: int | None) -> list[str]:
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the benchmark reads the development offers")
    offers = load_offers(data_dir, limit)
    extract = Extractor(Settings(data_dir=state_dir))
    async with extract.referentials_app.router.lifespan_context(extract.referentials_app):
        try:
            await extract("Serveur", "Accueillir les clients")  # loads the model and the shards
            by_input = await professions(extract, offers)
            found = await skills(extract, offers)
            rate = await throughput(extract, offers[:50])
        finally:
            await extract.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = statistics.fmean(len(o["description"].split()) for o in offers)
    return [
        "# Extraction benchmark", "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, encoder `{extract.settings.encoder}`, "
        f"{len(offers)} offers of `{OFFERS}` (descriptions of {words:.0f} words on average).", "",
        "## Professions (ROME code of the offer among `metiers`)", "",
        "| input | top 1 | top 5 |", "|---|---|---|",
        *(f"| {name} | {t1:.1%} | {t5:.1%} |" for name, (t1, t5) in by_input.items()), "",
        f"## Skills against the {found['offers']:.0f} offers whose recruiter listed competences",
        "", "| metric | value |", "|---|---|",
        f"| recall | {found['recall']:.1%} |", f"| precision | {found['precision']:.1%} |",
        f"| skills returned per offer | {found['per_offer']:.1f} |", "",
        "## Speed and memory (in-process, one offer at a time, 2 cores)", "",
        "| metric | value |", "|---|---|",
        f"| latency per offer p50 / p95 / mean | {found['p50_ms']:.0f} / {found['p95_ms']:.0f} / "
        f"{found['mean_ms']:.0f} ms |",
        f"| throughput, sequential | {rate:.1f} offers/s |",
        f"| peak resident memory | {peak_mb:.0f} MB |", "",
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state-dir", type=Path, default=Path(".data"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    lines = asyncio.run(run(args.state_dir, args.limit))
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
