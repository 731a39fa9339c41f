"""The extraction service's own code, run in-process on the indexes `make run` built.

The benchmark and the calibration share it. Stop `make run` first: the embedded shards admit one
process at a time. Fiches and labels come from the referentials app mounted in-process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from extraction.config import Settings
from extraction.extract import service
from extraction.extract import skills as skill_finder
from extraction.extract.lexicon import AppellationLexicon, SkillLexicon
from referentials.config import Settings as ReferentialsSettings
from referentials.main import create_app as create_referentials
from shared.clients import ReferentialsClient
from shared.contracts.extraction import ExtractionRequest, ExtractionResult
from shared.encoder import build_encoder
from shared.vector_store import build_vector_store

DEPT07 = "offers/francetravail_offres_dept07_2025-05_dev.jsonl"
TEN_ROME = "offers/francetravail_offres_10rome_2025-09_2026-04_dev.jsonl"
LABELLED = Path(__file__).parent / "data" / "extraction" / "labelled.json"


def load_offers(data_dir: Path, name: str = DEPT07) -> list[dict[str, Any]]:
    """Offers with a ROME code and a description; both files' field names made one."""
    with (data_dir / name).open(encoding="utf-8") as handle:
        offers = [json.loads(line) for line in handle]
    for offer in offers:
        offer.setdefault("romeCode", offer.get("code_rome"))
    return [o for o in offers if o.get("romeCode") and o.get("description")]


def recruiter_skills(offer: dict[str, Any]) -> set[str]:
    return {c["code"] for c in offer.get("competences", []) if c.get("code")}


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Extractor:
    """The service's extraction with the settings it runs with."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.encoder = build_encoder(settings.encoder, cache_dir=settings.encoder_cache_dir)
        self.store = build_vector_store(url=settings.qdrant_url, path=settings.qdrant_path)
        self.referentials_app = create_referentials(
            ReferentialsSettings(data_dir=settings.data_dir)
        )
        self.client = ReferentialsClient(
            "http://referentials", transport=httpx.ASGITransport(app=self.referentials_app)
        )
        self.resources = service.Resources(
            self.encoder,
            self.store,
            AppellationLexicon(self.client),
            SkillLexicon(self.client),
        )
        self.tuning = service.tuning(settings)

    async def __call__(self, request: ExtractionRequest) -> ExtractionResult:
        return await service.extract(request, resources=self.resources, tuning=self.tuning)

    async def many(self, requests: Sequence[ExtractionRequest]) -> list[ExtractionResult]:
        outcomes = await service.extract_many(
            requests, resources=self.resources, tuning=self.tuning
        )
        return [o for o in outcomes if isinstance(o, ExtractionResult)]

    async def candidates(self, request: ExtractionRequest) -> list[skill_finder.Candidate]:
        """Every skill candidate of a document with its features, before scoring."""
        return await service.candidates(request, resources=self.resources, tuning=self.tuning)

    async def close(self) -> None:
        await self.client.aclose()
        await self.store.close()
        self.encoder.close()
