"""What the matching benchmark runs on: a copy of the `make run` state, the four services
assembled in-process behind the gateway, the development offers, and the index-size worker.

The Edge shards admit one process at a time and the benchmark writes offers: it never opens
the state directory itself, only a temporary copy of its shards and database.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import os
import pickle
import random
import shutil
import time
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from bench.extraction_setup import DEPT07, TEN_ROME, percentile
from extraction.config import Settings as ExtractionSettings
from extraction.main import create_app as create_extraction
from gateway.config import Settings as GatewaySettings
from gateway.main import create_app as create_gateway
from gateway.migrations import migrate as migrate_gateway
from gateway.tenancy.service import ensure_tenant, issue_key
from matching.config import Settings as MatchingSettings
from matching.main import create_app as create_matching
from matching.metiers.catalogue import SkillCatalogue
from matching.offers import index as offers_index
from matching.offers.service import match_offers
from matching.scoring import Scoring
from referentials.config import Settings as ReferentialsSettings
from referentials.main import create_app as create_referentials
from shared.contracts.matching import OfferMatchRequest
from shared.contracts.offers import IndexedOffer
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.encoder.base import FloatArray
from shared.vector_store import EdgeVectorStore

__all__ = ["DEPT07", "TEN_ROME", "percentile"]

TENANT = "bench"
TTL_DAYS = 3650
"""The development offers date from 2025-05 to 2026-04: with the default 60 days every one of
them would have expired, and no offer would match."""
INDEX_BATCH = 1000
QUERY_LIMIT = 20


def load_raw(data_dir: Path, name: str) -> list[dict[str, Any]]:
    with (data_dir / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def as_france_travail(row: dict[str, Any]) -> dict[str, Any]:
    """A line of the flattened 10-ROME sample under the France Travail v2 field names."""
    employer = row.get("entreprise")
    return {
        "id": row["id_offre"],
        "intitule": row["intitule"],
        "description": row["description"],
        "dateCreation": row["date_creation"],
        "romeCode": row.get("code_rome"),
        "typeContrat": row.get("type_contrat"),
        "lieuTravail": {"libelle": row.get("lieu"), "codePostal": row.get("code_postal")},
        "entreprise": {"nom": employer} if isinstance(employer, str) else employer,
    }


def _status_mb(field_name: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    """Current resident memory of this process (Linux)."""
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    """Peak resident memory of this process image.

    Not `getrusage().ru_maxrss`: Linux carries it over fork and exec, so a spawned child would
    report the parent's size at the fork.
    """
    return _status_mb("VmHWM")


def disk_mb(root: Path) -> float:
    """Space the files under ``root`` take on disk, as `du` counts it."""
    blocks = sum(
        os.lstat(os.path.join(folder, name)).st_blocks
        for folder, _, names in os.walk(root)
        for name in names
    )
    return blocks * 512 / 2**20


def copy_state(state_dir: Path, target: Path) -> Path:
    """Shards and database copied, the converted encoder model linked (only read)."""
    if not (state_dir / "qdrant").is_dir():
        raise SystemExit(f"no Qdrant Edge shards under {state_dir}: run `make index` first")
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(state_dir / "qdrant", target / "qdrant")
    shutil.copy2(state_dir / "trajectoires.db", target / "trajectoires.db")
    (target / "models").symlink_to((state_dir / "models").resolve(), target_is_directory=True)
    return target


@dataclass
class Call:
    service: str
    method: str
    path: str
    seconds: float


@dataclass
class Recorder:
    """Time of every downstream call, and the offers the gateway asked matching to index."""

    calls: list[Call] = field(default_factory=list)
    indexed: list[dict[str, Any]] = field(default_factory=list)

    def seconds(self, service: str, method: str, path: str) -> list[float]:
        return [
            c.seconds
            for c in self.calls
            if (c.service, c.method, c.path) == (service, method, path)
        ]


class TimedTransport(httpx.AsyncBaseTransport):
    """An in-process transport that times each call it forwards."""

    def __init__(self, service: str, inner: httpx.AsyncBaseTransport, recorder: Recorder) -> None:
        self.service, self.inner, self.recorder = service, inner, recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        response = await self.inner.handle_async_request(request)
        await response.aread()
        elapsed = time.perf_counter() - started
        self.recorder.calls.append(Call(self.service, request.method, request.url.path, elapsed))
        if self.service == "matching" and request.method == "PUT":
            self.recorder.indexed += json.loads(request.content)["offers"]
        return response


@dataclass
class Stack:
    client: httpx.AsyncClient
    matching: Any
    recorder: Recorder
    settings: MatchingSettings


async def bench_key(database_url: str) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(
            session, await ensure_tenant(session, TENANT), scopes=("read", "ingest")
        )
    await engine.dispose()
    return key


@asynccontextmanager
async def running_stack(state: Path, referential_dir: Path | None) -> AsyncIterator[Stack]:
    """The gateway in front of the three services on the copied state, every call in-process."""
    common: dict[str, Any] = {"data_dir": state, "referential_dir": referential_dir}
    database_url = f"sqlite+aiosqlite:///{state / 'trajectoires.db'}"
    await asyncio.to_thread(migrate_gateway, database_url)  # Alembic runs its own event loop
    matching_settings = MatchingSettings(**common, offer_ttl_days=TTL_DAYS)
    referentials = create_referentials(ReferentialsSettings(**common))
    extraction = create_extraction(
        ExtractionSettings(**common), referentials=httpx.ASGITransport(app=referentials)
    )
    matching = create_matching(matching_settings)
    recorder = Recorder()
    apps = {"referentials": referentials, "extraction": extraction, "matching": matching}
    transports: dict[str, httpx.AsyncBaseTransport] = {
        name: TimedTransport(name, httpx.ASGITransport(app=app), recorder)
        for name, app in apps.items()
    }
    # one bench tenant sends far more than a portal would: no rate limit, no quota
    limits = {"requests_per_minute": 0, "requests_per_day": 0}
    gateway = create_gateway(GatewaySettings(**common, **limits), transports=transports)
    async with AsyncExitStack() as lifespans:
        for app in (*apps.values(), gateway):
            await lifespans.enter_async_context(app.router.lifespan_context(app))
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=gateway), base_url="http://gateway", timeout=None
        )
        client.headers["X-API-Key"] = await bench_key(database_url)
        async with client:
            yield Stack(client, matching, recorder, matching_settings)


async def post(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> Any:
    """The answer's JSON; any other status than 200 stops the benchmark."""
    response = await client.post(path, json=body)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.text[:300]}")
    return response.json()


async def bounded(calls: Sequence[Any], concurrency: int) -> list[Any]:
    """Await the coroutines, at most ``concurrency`` at a time."""
    gate = asyncio.Semaphore(concurrency)

    async def one(call: Any) -> Any:
        async with gate:
            return await call

    return await asyncio.gather(*(one(c) for c in calls))


async def load(
    client: httpx.AsyncClient, path: str, bodies: Sequence[dict[str, Any]], concurrency: int
) -> tuple[list[float], list[int], float]:
    """Each body's latency (ms) and status when ``concurrency`` clients send them; the wall time."""

    async def one(body: dict[str, Any]) -> tuple[float, int]:
        started = time.perf_counter()
        response = await client.post(path, json=body)
        return (time.perf_counter() - started) * 1000, response.status_code

    started = time.perf_counter()
    outcomes = await bounded([one(b) for b in bodies], concurrency)
    wall = time.perf_counter() - started
    return [ms for ms, _ in outcomes], [status for _, status in outcomes], wall


def trim_and_reset_peak() -> None:
    """Hand freed heap back to the system and restart the peak count (glibc, Linux).

    glibc keeps what a request freed: without this the next request's growth would not show.
    """
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return


async def footprint(
    client: httpx.AsyncClient, path: str, bodies: Sequence[dict[str, Any]]
) -> tuple[float, str | None]:
    """The largest peak-memory growth (MB) of one request alone; or why the route fails."""
    worst = 0.0
    for body in bodies:
        trim_and_reset_peak()
        before = rss_mb()
        response = await client.post(path, json=body)
        if response.status_code != 200:
            try:
                code = response.json()["error"]["code"]
            except (ValueError, KeyError, TypeError):
                code = "?"
            return worst, f"answers {response.status_code} `{code}`"
        worst = max(worst, peak_rss_mb() - before)
    return worst, None


async def point_count(store: Any, name: str) -> int:
    """Points in a collection; 0 when it does not exist."""
    info = await store.get_collection(name)
    return 0 if info is None else int(info.points)


async def indexed_payloads(store: Any) -> dict[str, dict[str, Any]]:
    """Every indexed offer's payload, by offer id: the truth the filters are checked against."""
    if await store.get_collection(offers_index.OFFERS) is None:
        return {}
    ids = await store.ids(offers_index.OFFERS)
    payloads: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for hit in await store.retrieve(offers_index.OFFERS, ids[start : start + 500]):
            payloads[hit.payload["offer"]["id"]] = hit.payload
    return payloads


class ReplayEncoder:
    """Stands for e5 in the size runs: returns vectors computed beforehand, in order."""

    def __init__(self, name: str, dim: int) -> None:
        self.name, self.dim = name, dim
        self.passages: list[np.ndarray] = []
        self.query: FloatArray = np.zeros((1, dim), dtype=np.float32)

    async def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        rows, self.passages = self.passages[: len(texts)], self.passages[len(texts) :]
        return np.stack(rows).astype(np.float32)

    async def embed_queries(self, texts: Sequence[str]) -> FloatArray:
        return np.repeat(self.query, len(texts), axis=0)

    def close(self) -> None:
        return None


def variant(source: IndexedOffer, number: int, rng: random.Random) -> IndexedOffer:
    """A synthetic offer: new id, place moved by up to 0.3°, a shuffled subset of the skills."""
    offer = source.offer
    place = offer.place
    if place.latitude is not None and place.longitude is not None:
        place = place.model_copy(
            update={
                "latitude": max(-90.0, min(90.0, place.latitude + rng.uniform(-0.3, 0.3))),
                "longitude": max(-180.0, min(180.0, place.longitude + rng.uniform(-0.3, 0.3))),
            }
        )
    keep = max(1, round(len(source.skills) * rng.uniform(0.5, 1.0))) if source.skills else 0
    skills = rng.sample(source.skills, keep)
    moved = offer.model_copy(update={"id": f"{offer.id}-syn{number}", "place": place})
    return source.model_copy(update={"offer": moved, "skills": skills})


@dataclass
class SizeInputs:
    """What a size run needs from the main process, written to one folder."""

    folder: Path
    encoder: str
    dim: int

    def write(
        self,
        offers: list[dict[str, Any]],
        vectors: np.ndarray,
        queries: list[dict[str, Any]],
        catalogue: SkillCatalogue,
    ) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        np.save(self.folder / "vectors.npy", vectors)
        # our own file, read back by our own child process
        (self.folder / "catalogue.pickle").write_bytes(pickle.dumps(catalogue))
        document = {"offers": offers, "queries": queries}
        (self.folder / "inputs.json").write_text(json.dumps(document), encoding="utf-8")


def sizes_in_children(
    inputs: SizeInputs, sizes: Sequence[int], root: Path, *, queries: int
) -> list[dict[str, float]]:
    """Each size in its own fresh process, so that the memory measured is its own."""
    results = []
    for size in sizes:
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            results.append(
                pool.submit(size_run, size, inputs, root / f"size-{size}", queries).result()
            )
        print(f"size {size}: {results[-1]}", flush=True)
    return results


def size_run(size: int, inputs: SizeInputs, root: Path, queries: int) -> dict[str, float]:
    """In a fresh process: ``size`` synthetic offers indexed, then disk, memory and latency."""
    return asyncio.run(_size_run(size, inputs, root, queries))


async def _size_run(size: int, inputs: SizeInputs, root: Path, queries: int) -> dict[str, float]:
    document = json.loads((inputs.folder / "inputs.json").read_text(encoding="utf-8"))
    sources = [IndexedOffer.model_validate(o) for o in document["offers"]]
    vectors = np.load(inputs.folder / "vectors.npy")
    catalogue = pickle.loads((inputs.folder / "catalogue.pickle").read_bytes())
    out: dict[str, float] = {"size": size, "rss_start_mb": rss_mb()}
    store = EdgeVectorStore(root / "qdrant")
    encoder = ReplayEncoder(inputs.encoder, inputs.dim)
    rng = random.Random(size)
    started = time.perf_counter()
    for begin in range(0, size, INDEX_BATCH):
        numbers = range(begin, min(size, begin + INDEX_BATCH))
        batch = [variant(sources[n % len(sources)], n, rng) for n in numbers]
        encoder.passages = [vectors[n % len(sources)] for n in numbers]
        await offers_index.upsert_offers(
            store, encoder, batch, catalogue=catalogue, ttl_days=TTL_DAYS
        )
    out["index_s"] = time.perf_counter() - started
    out["disk_mb"] = disk_mb(root / "qdrant")
    out["rss_indexed_mb"] = rss_mb()
    out.update(await _latencies(store, encoder, document["queries"][:queries], "live"))
    started = time.perf_counter()
    await store.optimize(offers_index.OFFERS)
    out["optimize_s"] = time.perf_counter() - started
    out["disk_optimized_mb"] = disk_mb(root / "qdrant")
    out.update(await _latencies(store, encoder, document["queries"][:queries], "optimized"))
    out["rss_end_mb"] = rss_mb()
    await store.close()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


async def _latencies(
    store: EdgeVectorStore, encoder: ReplayEncoder, queries: list[dict[str, Any]], label: str
) -> dict[str, float]:
    """p50 of the offers match: skills alone, skills and text, skills within 30 km."""
    fields = MatchingSettings.model_fields
    scoring = Scoring(
        score_floor=fields["score_floor"].default, coverage_weight=fields["coverage_weight"].default
    )
    kinds: dict[str, list[float]] = {"skills": [], "text": [], "radius": []}
    for query in queries:
        encoder.query = np.asarray([query["vector"]], dtype=np.float32)
        bodies = {
            "skills": {"skills": query["skills"], "limit": QUERY_LIMIT},
            "text": {"skills": query["skills"], "text": "profil", "limit": QUERY_LIMIT},
            "radius": {"skills": query["skills"], "where": query["where"], "limit": QUERY_LIMIT},
        }
        for kind, body in bodies.items():
            request = OfferMatchRequest.model_validate(body)
            started = time.perf_counter()
            await match_offers(
                request, encoder=encoder, store=store, scoring=scoring, tenant=TENANT
            )
            kinds[kind].append((time.perf_counter() - started) * 1000)
    return {f"{label}_{kind}_p50_ms": percentile(values, 0.5) for kind, values in kinds.items()}
