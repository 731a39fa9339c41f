"""Matching benchmark: métiers, offers, trainings and parcours through the gateway, in-process.

1. Métier recall@1/@10 and MRR@10 of `POST /v1/matches/metiers` when the profile is an offer's
   recruiter-listed skills (truth: its ROME code), or its description sent as `text`.
2. Offers: every development offer ingested through `POST /v1/offers`, then the filters checked
   against a brute force over what was indexed (département, 30 km, CDI, night work refused in
   exclude and flag mode), and whether an offer comes back first for its own skills.
3. Ingestion throughput, end to end and for the matching index alone.
4. Latency and throughput of the four match routes at 1 and 20 concurrent clients.
5. Index size, memory and latency for synthetic offers, each size in a fresh process.

Usage: `python -m bench.matching [--state-dir .data] [--limit N] [--skip-size]`. It works on a
temporary copy of the state directory, so `make run` may keep running.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from bench.matching_report import CHECK_LIMIT, RADIUS_KM, SIZE_QUERIES, report
from bench.matching_setup import (
    DEPT07,
    TEN_ROME,
    TENANT,
    TTL_DAYS,
    SizeInputs,
    Stack,
    as_france_travail,
    bounded,
    copy_state,
    footprint,
    indexed_payloads,
    load,
    load_raw,
    peak_rss_mb,
    percentile,
    point_count,
    post,
    rss_mb,
    running_stack,
    sizes_in_children,
    trim_and_reset_peak,
    variant,
)
from matching.metiers.catalogue import load_catalogue
from matching.offers.index import OFFERS, embedded_text, labelled, offer_payload
from matching.owned import point_id
from shared.contracts.offers import IndexedOffer
from shared.geo import haversine_km
from shared.settings import CommonSettings

REPORT = Path(__file__).parent / "reports" / "matching.md"
FOREIGN_DEPT = "69"
EMBED_SAMPLE = 1000
ENDPOINTS = ("/v1/matches/metiers", "/v1/matches/offers", "/v1/matches/trainings", "/v1/parcours")
NIGHT = {"kind": "night_work", "polarity": "negative"}
WARM_UP = "Serveuse depuis 5 ans : prise de commandes, encaissement, mise en place de la salle."
COLLECTIONS = ("rome_metiers", OFFERS, "trainings", "certifications")
Accepts = Callable[[dict[str, Any]], bool]


def skills_of(offer: dict[str, Any]) -> list[dict[str, str]]:
    return [{"code": str(c["code"])} for c in offer.get("competences") or [] if c.get("code")]


async def ingest(
    stack: Stack, dept07: list[dict[str, Any]], ten: list[dict[str, Any]], batch: int
) -> dict[str, Any]:
    """The 10-ROME lines as they are, then every offer in France Travail form, in calls."""
    raw = await post(stack.client, "/v1/offers", {"offers": ten[:batch]})
    offers = dept07 + [as_france_travail(row) for row in ten]
    stack.recorder.calls.clear()
    indexed, started = 0, time.perf_counter()
    errors: list[dict[str, Any]] = []
    for begin in range(0, len(offers), batch):
        result = await post(stack.client, "/v1/offers", {"offers": offers[begin : begin + batch]})
        indexed, errors = indexed + result["indexed"], errors + result["errors"]
    elapsed = time.perf_counter() - started
    puts = stack.recorder.seconds("matching", "PUT", "/v1/offers")
    reads = [c.seconds for c in stack.recorder.calls if c.service == "extraction"]
    return {
        "raw_sent": min(len(ten), batch),
        "raw_refused": len(raw["errors"]),
        "raw_codes": sorted({f"{e['code']}: {e['message']}" for e in raw["errors"]})[:2],
        "sent": len(offers),
        "indexed": indexed,
        "errors": errors,
        "calls": len(puts),
        "seconds": elapsed,
        "put_seconds": sum(puts),
        "put_max": max(puts, default=0.0),
        "extraction_seconds": sum(reads),
    }


async def metier_recall(
    client: httpx.AsyncClient, cases: list[tuple[dict[str, Any], str]]
) -> dict[str, float]:
    """Recall@1, @10 and MRR@10 of the ROME code among the métiers returned."""

    async def rank(body: dict[str, Any], truth: str) -> int | None:
        found = await post(client, "/v1/matches/metiers", {**body, "limit": 10})
        codes = [m["code_rome"] for m in found["results"]]
        return codes.index(truth) + 1 if truth in codes else None

    ranks = await bounded([rank(b, t) for b, t in cases], 2)
    n = max(len(ranks), 1)
    return {
        "n": len(ranks),
        "r1": sum(r == 1 for r in ranks) / n,
        "r10": sum(r is not None for r in ranks) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


class FilterCheck:
    """One filter over many profiles: results outside it, and offers inside it left out."""

    def __init__(self, name: str, meaning: str) -> None:
        self.name, self.meaning = name, meaning
        self.profiles = self.results = self.violations = self.missed = 0

    def add(
        self, results: list[dict[str, Any]], pool: dict[str, dict[str, Any]], accepts: Accepts
    ) -> None:
        expected = {i for i, payload in pool.items() if accepts(payload)}
        self.profiles += 1
        self.results += len(results)
        # a result that shares no skill with a skills-only profile is wrong as well
        self.violations += sum(r["id"] not in pool or not accepts(pool[r["id"]]) for r in results)
        self.missed += min(CHECK_LIMIT, len(expected)) - len({r["id"] for r in results} & expected)

    def row(self) -> list[Any]:
        return [self.meaning, self.profiles, self.results, self.violations, self.missed]


def filter_cases(own: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], Accepts]]:
    """Name → (meaning, what the request adds, what every result must satisfy)."""
    dept = own["place"]["departement"]
    lat, lon = own["location"]["lat"], own["location"]["lon"]
    point = {"latitude": lat, "longitude": lon, "radius_km": RADIUS_KM}
    return {
        "own": ("own département", {"where": {"departement": dept}},
                lambda p: p["place"]["departement"] == dept),
        "foreign": (f"département {FOREIGN_DEPT}", {"where": {"departement": FOREIGN_DEPT}},
                    lambda p: p["place"]["departement"] == FOREIGN_DEPT),
        "radius": (f"{RADIUS_KM:.0f} km around the offer's commune", {"where": point},
                   lambda p: km(p, lat, lon) < RADIUS_KM),
        "cdi": ("contract_types [CDI]", {"contract_types": ["CDI"]},
                lambda p: p["contract_type"] == "CDI"),
        "exclude": ("night_work refused, exclude mode", {"constraints": [NIGHT]},
                    lambda p: "night_work" not in p["imposes"]),
    }  # fmt: skip


def km(payload: dict[str, Any], lat: float, lon: float) -> float:
    """Brute-force distance to an indexed offer; infinite when it has no coordinates."""
    spot = payload.get("location")
    return float("inf") if spot is None else haversine_km(lat, lon, spot["lat"], spot["lon"])


def check_flags(out: dict[str, Any], results: list[dict[str, Any]], pool: dict[str, Any]) -> None:
    """Flag mode: conflicting offers after the others, flagged exactly when they impose it."""
    conflicted = [bool(r["conflicts"]) for r in results]
    out["flag_order"] += conflicted != sorted(conflicted)
    out["flagged"] += sum(conflicted)
    out["flag_wrong"] += sum(
        flag != ("night_work" in pool.get(r["id"], {}).get("imposes", []))
        for r, flag in zip(results, conflicted, strict=True)
    )


async def offer_sanity(
    client: httpx.AsyncClient, offers: list[dict[str, Any]], payloads: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Each profile is one offer's own skills: filters against the brute force, self-recall."""
    checks: dict[str, FilterCheck] = {}
    counted = ("self1", "self10", "flag_order", "flagged", "flag_wrong", "distance_off")
    out: dict[str, Any] = dict.fromkeys(counted, 0) | {"distance_max": 0.0}
    for offer in offers:
        codes = {s["code"] for s in skills_of(offer)}
        pool = {i: p for i, p in payloads.items() if any(s["code"] in codes for s in p["skills"])}
        own = payloads[offer["id"]]
        base = {"skills": skills_of(offer), "limit": CHECK_LIMIT}
        for name, (meaning, extra, accepts) in filter_cases(own).items():
            results = (await post(client, "/v1/matches/offers", base | extra))["results"]
            checks.setdefault(name, FilterCheck(name, meaning)).add(results, pool, accepts)
            if name == "radius":
                lat, lon = own["location"]["lat"], own["location"]["lon"]
                shown = [(r["distance_km"], km(pool.get(r["id"], {}), lat, lon)) for r in results]
                out["distance_max"] = max([out["distance_max"], *(s for s, _ in shown)])
                out["distance_off"] += sum(abs(s - exact) > 0.06 for s, exact in shown)
        flag = base | {"constraints": [NIGHT], "constraint_mode": "flag"}
        check_flags(out, (await post(client, "/v1/matches/offers", flag))["results"], pool)
        found = (await post(client, "/v1/matches/offers", base | {"limit": 10}))["results"]
        top = [r["id"] for r in found]
        out["self1"] += top[:1] == [offer["id"]]
        out["self10"] += offer["id"] in top
    out["checks"] = list(checks.values())
    out["profiles"] = len(offers)
    out["night_offers"] = sum("night_work" in p["imposes"] for p in payloads.values())
    return out


def latency_body(endpoint: str, kind: str, offer: dict[str, Any]) -> dict[str, Any]:
    """A realistic body: one offer's listed skills or its description, where it is."""
    profile: dict[str, Any] = (
        {"skills": skills_of(offer)} if kind == "skills" else {"text": offer["description"]}
    )
    where = {"departement": offer["place"]}
    extra: dict[str, Any] = {
        "/v1/matches/metiers": {},
        "/v1/matches/offers": {"where": where},
        "/v1/matches/trainings": {"target": offer["romeCode"], "where": where},
        "/v1/parcours": {"where": where},
    }[endpoint]
    return profile | extra


def summary(
    times: list[float], statuses: list[int], wall: float, kinds: list[str]
) -> dict[str, float]:
    """Percentiles over every request, and the median of each profile kind."""
    out = {q: percentile(times, p) for q, p in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))}
    for kind in ("skills", "text"):
        mine = [ms for ms, k in zip(times, kinds, strict=True) if k == kind]
        out[f"{kind}_p50"] = percentile(mine, 0.5) if mine else float("nan")
    errors = sum(status != 200 for status in statuses)
    return out | {"n": len(times), "errors": errors, "rps": len(times) / wall}


async def latencies(
    stack: Stack,
    skilled: list[dict[str, Any]],
    texts: list[dict[str, Any]],
    *,
    requests: int,
    max_rss_mb: float,
) -> dict[str, Any]:
    """Each endpoint at 1 and 20 clients (fewer when 20 would pass ``max_rss_mb``), skills and
    text bodies alternating; each text is sent once."""
    cells: dict[str, Any] = {}
    unused = iter(texts)
    for endpoint in ENDPOINTS:
        probes = [latency_body(endpoint, "skills", offer) for offer in skilled[:3]]
        per_request, absent = await footprint(stack.client, endpoint, probes)
        if absent:
            cells[endpoint] = absent
            continue
        for wanted in (1, 20):
            trim_and_reset_peak()
            room = (max_rss_mb - rss_mb()) / max(per_request, 1.0)
            clients = max(1, min(wanted, int(room)))
            kinds = ["skills" if i % 2 == 0 else "text" for i in range(requests)]
            chosen = [
                skilled[i % len(skilled)] if kind == "skills" else next(unused, texts[i])
                for i, kind in enumerate(kinds)
            ]
            bodies = [
                latency_body(endpoint, k, offer) for k, offer in zip(kinds, chosen, strict=True)
            ]
            times, statuses, wall = await load(stack.client, endpoint, bodies, clients)
            cells[f"{endpoint} {wanted}"] = summary(times, statuses, wall, kinds) | {
                "clients": clients,
                "request_mb": per_request,
                "peak_mb": peak_rss_mb(),
            }
    return cells


async def size_inputs(
    stack: Stack, folder: Path, skilled: list[dict[str, Any]]
) -> tuple[SizeInputs, dict[str, float]]:
    """The indexed offers, their stored vectors, e5 query vectors; e5 passage time on 1,000."""
    store, encoder = stack.matching.state.vector_store, stack.matching.state.encoder
    offers = {o["offer"]["id"]: o for o in stack.recorder.indexed}
    stored = await store.vectors(OFFERS, [point_id(TENANT, i) for i in offers])
    vectors = np.stack([stored[point_id(TENANT, i)] for i in offers])
    catalogue = await load_catalogue(store)
    queries = []
    for offer in skilled[:SIZE_QUERIES]:
        vector = (await encoder.embed_queries([offer["description"][:2000]]))[0]
        spot = offer["lieuTravail"]
        where = {"latitude": float(spot["latitude"]), "longitude": float(spot["longitude"])}
        queries.append({"skills": skills_of(offer), "vector": vector.tolist(), "where": where})
    sources = [IndexedOffer.model_validate(o) for o in offers.values()]
    rng = random.Random(0)
    variants = [variant(sources[n % len(sources)], n, rng) for n in range(EMBED_SAMPLE)]
    payloads = [offer_payload(labelled(v, catalogue), ttl_days=TTL_DAYS) for v in variants]
    texts = [embedded_text(payload) for payload in payloads]
    started = time.perf_counter()
    await encoder.embed_passages(texts)
    seconds = time.perf_counter() - started
    inputs = SizeInputs(folder, encoder.name, encoder.dim)
    inputs.write(list(offers.values()), vectors, queries, catalogue)
    located = sum(o.offer.place.latitude is not None for o in sources)
    return inputs, {
        "texts": len(texts),
        "seconds": seconds,
        "sources": len(offers),
        "located": located,
    }


def checkpoint(facts: dict[str, Any], stage: str) -> None:
    """Resident memory after a stage, kept for the report and printed as progress."""
    facts["rss"][stage] = rss_mb()
    print(f"{stage}: RSS {facts['rss'][stage]:.0f} MB, peak {peak_rss_mb():.0f} MB", flush=True)


def departements(offers: list[dict[str, Any]], payloads: dict[str, dict[str, Any]]) -> None:
    """Each offer's département as indexed, under `place` (the latency bodies need it)."""
    for offer in offers:
        indexed = payloads.get(str(offer.get("id") or offer.get("id_offre"))) or {}
        offer["place"] = (indexed.get("place") or {}).get("departement")


async def measure(
    stack: Stack, args: argparse.Namespace, facts: dict[str, Any], folder: Path
) -> SizeInputs | None:
    """Sections 1 to 4 on the running stack; what section 5 needs from it."""
    dept07, ten = facts["dept07"], facts["ten"]
    listed = [o for o in dept07 if skills_of(o)]
    skilled = [o for o in listed if (o.get("lieuTravail") or {}).get("latitude")]
    await post(stack.client, "/v1/matches/metiers", {"text": WARM_UP})  # models, shards
    checkpoint(facts, "warm")
    facts["ingest"] = await ingest(stack, dept07, ten, args.batch)
    checkpoint(facts, "ingested")
    store = stack.matching.state.vector_store
    facts["points"] = {n: await point_count(store, n) for n in COLLECTIONS}
    payloads = await indexed_payloads(store)
    departements(dept07 + ten, payloads)
    # The offers ingested first left the encoders' query caches long ago: cold texts.
    texts = [o for o in dept07 + [as_france_travail(t) | {"place": t["place"]} for t in ten]
             if o["place"]]  # fmt: skip
    facts["latency"] = await latencies(
        stack, skilled, texts, requests=args.requests, max_rss_mb=args.max_rss_gb * 1024
    )
    checkpoint(facts, "latency")
    sample = random.Random(0).sample(skilled, min(args.profiles, len(skilled)))
    facts["sanity"] = await offer_sanity(stack.client, sample, payloads)
    checkpoint(facts, "filters")
    cases = {
        "skills": [({"skills": skills_of(o)}, o["romeCode"]) for o in listed],
        "text07": [({"text": o["description"]}, o["romeCode"]) for o in dept07],
        "text10": [({"text": o["description"]}, o["code_rome"]) for o in ten],
    }
    facts["recall"] = {k: await metier_recall(stack.client, v) for k, v in cases.items()}
    checkpoint(facts, "recall")
    inputs = None
    if not args.skip_size:
        inputs, facts["embed"] = await size_inputs(stack, folder, skilled)
    checkpoint(facts, "end")
    cells = [c for c in facts["latency"].values() if isinstance(c, dict)]
    facts["rss"]["peak"] = max([peak_rss_mb(), *(c["peak_mb"] for c in cells)])
    return inputs


async def run(args: argparse.Namespace) -> dict[str, Any]:
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the benchmark reads the development offers")
    facts: dict[str, Any] = {
        "started": datetime.now(UTC), "args": args, "load0": os.getloadavg(), "rss": {},
        "dept07": load_raw(data_dir, DEPT07)[: args.limit],
        "ten": load_raw(data_dir, TEN_ROME)[: args.limit],
    }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-matching-") as tmp:
        state = copy_state(args.state_dir, Path(tmp) / "state")
        async with running_stack(state, data_dir) as stack:
            facts["encoder"] = stack.settings.encoder
            inputs = await measure(stack, args, facts, Path(tmp) / "inputs")
        facts["load"] = os.getloadavg()
        if inputs is not None:
            facts["sizes"] = sizes_in_children(inputs, args.sizes, Path(tmp), queries=SIZE_QUERIES)
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state-dir", type=Path, default=Path(".data"))
    parser.add_argument("--limit", type=int, default=None, help="offers read from each file")
    parser.add_argument("--profiles", type=int, default=50, help="profiles of the filter checks")
    parser.add_argument("--requests", type=int, default=40, help="per endpoint and level")
    parser.add_argument("--max-rss-gb", type=float, default=8.0, help="fewer clients above it")
    parser.add_argument("--batch", type=int, default=1000, help="offers per POST /v1/offers")
    parser.add_argument(
        "--sizes", type=lambda s: [int(n) for n in s.split(",")], default=[10_000, 100_000]
    )
    parser.add_argument("--skip-size", action="store_true", help="leave out section 5")
    parser.add_argument("--out", type=Path, default=REPORT)
    args = parser.parse_args()
    text = report(asyncio.run(run(args)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
