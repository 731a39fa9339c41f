"""The matching benchmark's report: its text and tables, from the facts the run gathered."""

from __future__ import annotations

import os
from typing import Any

from bench.matching_setup import DEPT07, TEN_ROME, TTL_DAYS

CHECK_LIMIT = 100
RADIUS_KM = 30.0
SIZE_QUERIES = 30

HEADER = """# Matching benchmark

{started:%Y-%m-%d %H:%M} UTC, encoder `{encoder}`, 2 cores. The four services and the gateway run
in one process on a temporary copy of the state directory of `make run` (ROME 4.0 indexes), no
HTTP socket: httpx calls the gateway's ASGI app, which calls the services' apps the same way.
Offers live {ttl} days here: with the default 60, every development offer (2025-05 to 2026-04)
would have expired and none would match. Command: `python -m bench.matching{options}`.
Points in the copied indexes: {points}.

## 1. Métiers: the offer's ROME code among `POST /v1/matches/metiers` (limit 10)

{recall}
## 2. Offers: filters checked against a brute force over every indexed offer

Ingested through `POST /v1/offers`: {indexed} of {sent} offers indexed, {refused} refused. The
`{ten}` lines sent as they are: {raw_refused} of {raw_sent} refused ({raw_codes}). That file is a
flattened copy, not France Travail v2 JSON: the bench renames its fields to v2 (`id_offre` →
`id`, `date_creation` → `dateCreation`, `lieu` → `lieuTravail.libelle`...); it has no coordinates.

{profiles} profiles, each the recruiter-listed skills of one `{dept07}` offer, limit {limit}.
*Violations*: results outside the filter. *Left out*: offers inside the filter that share a skill
with the profile (brute force over the indexed payloads; haversine for the radius) missing from
the results, up to the limit. Target: 0 in both columns.

{checks}
- radius: largest `distance_km` {distance_max}; {distance_off} distances differ from the
  brute-force haversine by more than 0.06 km.
- flag mode (night work refused): {flag_order} profiles with a conflicting offer ranked before a
  free one; {flagged} results flagged in all; {flag_wrong} flags disagree with what the offer
  imposes. {night_offers} indexed offers impose night work.
- self-recall, the offer's own skills as the profile, no filter: @1 {self1:.0%}, @10 {self10:.0%}.

## 3. Ingestion throughput

{indexed} offers in {calls} call(s) of up to {batch}; the longest matching `PUT /v1/offers` took
{put_max:.1f} s (the services' HTTP timeout is 30 s; in-process, httpx enforces none).

{throughput}
Resident memory of this one process (gateway, three services, two e5 encoders) after each
stage: {rss}.

## 4. Latency and throughput

{requests} requests per row, alternating two bodies: *skills*, an offer's recruiter-listed
skills; *text*, an offer's description, read by extraction (each text is sent once, so no encoder
cache helps). Offers, trainings and parcours look in the offer's département; trainings aim at
the offer's ROME code. With 20 clients, a request's latency includes its wait behind the others.
*MB one request*: the largest growth of the peak RSS during one skills request alone (3 tried,
freed heap handed back first). A route runs with fewer than 20 clients when 20 such requests at
once would take the process past {max_rss:.0f} GB (`--max-rss-gb`; the machine has {ram:.0f} GB,
shared with other work); text bodies can weigh more than the skills bodies of that estimate.
Load average of the machine: {load}.

{latency}"""

SIZES = """## 5. Index size and memory (synthetic offers)

Synthetic variants of the {sources} indexed offers ({located} with coordinates): new ids,
coordinates moved by up to ±0.3°, a shuffled subset (50-100 %) of the skills. They go through
`matching.offers.index.upsert_offers` (labels, payload, sparse skills) into a fresh Edge store in
batches of 1,000, not through extraction. e5 is not run on them: each variant reuses the stored
vector of its source offer. e5-onnx embeds {rate:.0f} offer texts/s here ({texts} variant texts
in {seconds:.1f} s): 100,000 would add about {minutes:.0f} min. Each size runs in a fresh
process; its peak RSS is VmHWM (`getrusage` carries the parent's size over fork and exec).
*Live*: what a running service searches (segments as upserts wrote them; the HNSW index is built
only when the store closes); *optimized*: after `optimize()`. Latency: p50 over {queries}
profiles of `match_offers` itself, limit 20: skills / skills + text / skills within {radius:.0f} km.

{table}"""


def table(header: list[str], rows: list[list[Any]]) -> str:
    lines = [header, ["---"] * len(header), *rows]
    return "".join("| " + " | ".join(str(cell) for cell in row) + " |\n" for row in lines)


def recall_table(facts: dict[str, Any]) -> str:
    n07, n10 = len(facts["dept07"]), len(facts["ten"])
    listing = sum(bool(o.get("competences")) for o in facts["dept07"])
    names = {
        "skills": f"recruiter-listed skills, `{DEPT07}` (with codes; {listing} list some)",
        "text07": f"description as `text`, `{DEPT07}` ({n07} offers)",
        "text10": f"description as `text`, `{TEN_ROME}` ({n10} offers)",
    }
    rows = [
        [names[k], v["n"], f"{v['r1']:.1%}", f"{v['r10']:.1%}", f"{v['mrr']:.3f}"]
        for k, v in facts["recall"].items()
    ]
    return table(["profile", "offers", "recall@1", "recall@10", "MRR@10"], rows)


def throughput_table(i: dict[str, Any]) -> str:
    stages = [
        ("`POST /v1/offers`, end to end", i["seconds"]),
        ("extraction's part (batches of 100)", i["extraction_seconds"]),
        ("matching `PUT /v1/offers` alone (labels, e5, upsert)", i["put_seconds"]),
    ]
    rows = [[name, f"{i['indexed'] / max(s, 1e-9):.1f}", f"{s:.1f}"] for name, s in stages]
    return table(["stage", "offers/s", "seconds"], rows)


def latency_table(cells: dict[str, Any]) -> str:
    rows, notes = [], ""
    for key, c in cells.items():
        endpoint, _, wanted = key.partition(" ")
        if isinstance(c, str):
            notes += f"- `{endpoint}`: not measured, it {c}.\n"
            continue
        clients = (
            str(c["clients"]) if str(c["clients"]) == wanted else f"{c['clients']} (not {wanted})"
        )
        numbers = [f"{c[q]:.0f}" for q in ("p50", "p95", "p99")]
        kinds = [f"{c['skills_p50']:.0f}", f"{c['text_p50']:.0f}"]
        memory = [f"{c['request_mb']:.0f}", f"{c['peak_mb']:.0f}"]
        rows.append([f"`{endpoint}`", clients, c["n"], c["errors"], *numbers, f"{c['rps']:.2f}",
                     *kinds, *memory])  # fmt: skip
    header = ["endpoint", "clients", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s"]
    header += ["p50 skills", "p50 text", "MB one request", "peak RSS MB"]
    return table(header, rows) + ("\n" + notes if notes else "")


def size_table(sizes: list[dict[str, float]]) -> str:
    rows = []
    for z in sizes:
        live, optimized = (
            " / ".join(f"{z[f'{stage}_{k}_p50_ms']:.0f}" for k in ("skills", "text", "radius"))
            for stage in ("live", "optimized")
        )
        rows.append([
            f"{z['size']:,.0f}", f"{z['index_s']:.0f} ({z['size'] / z['index_s']:.0f}/s)",
            f"{z['disk_mb']:.0f} / {z['disk_optimized_mb']:.0f}", f"{z['optimize_s']:.0f}",
            f"{z['rss_start_mb']:.0f} / {z['rss_indexed_mb']:.0f} / {z['peak_rss_mb']:.0f}",
            live, optimized,
        ])  # fmt: skip
    header = ["offers", "index s (offers/s)", "disk MB live / optimized", "optimize s"]
    return table(
        [*header, "RSS MB start / indexed / peak", "p50 ms live", "p50 ms optimized"], rows
    )


def report(facts: dict[str, Any]) -> str:
    args, i, s = facts["args"], facts["ingest"], facts["sanity"]
    profiles = max(s["profiles"], 1)
    text = HEADER.format(
        started=facts["started"], encoder=facts["encoder"], ttl=TTL_DAYS, ten=TEN_ROME,
        points=", ".join(f"`{name}` {n}" for name, n in facts["points"].items()),
        options=f" --limit {args.limit}" if args.limit else "", recall=recall_table(facts),
        indexed=i["indexed"], sent=i["sent"], refused=len(i["errors"]),
        raw_refused=i["raw_refused"], raw_sent=i["raw_sent"], raw_codes="; ".join(i["raw_codes"]),
        profiles=s["profiles"], dept07=DEPT07, limit=CHECK_LIMIT,
        checks=table(["filter", "profiles", "results", "violations", "left out"],
                     [c.row() for c in s["checks"]]),
        distance_max=s["distance_max"], distance_off=s["distance_off"],
        flag_order=s["flag_order"], flagged=s["flagged"], flag_wrong=s["flag_wrong"],
        night_offers=s["night_offers"], self1=s["self1"] / profiles, self10=s["self10"] / profiles,
        calls=i["calls"], batch=args.batch, put_max=i["put_max"], throughput=throughput_table(i),
        requests=args.requests, latency=latency_table(facts["latency"]),
        rss=", ".join(f"{k} {v:.0f} MB" for k, v in facts["rss"].items()),
        max_rss=args.max_rss_gb,
        ram=os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30,
        load=" → ".join(f"{a[0]:.1f}" for a in (facts["load0"], facts["load"])),
    )  # fmt: skip
    if "sizes" in facts:
        e = facts["embed"]
        rate = e["texts"] / e["seconds"]
        text += "\n" + SIZES.format(
            sources=e["sources"], located=e["located"], rate=rate, texts=e["texts"],
            seconds=e["seconds"],
            minutes=100_000 / rate / 60, queries=SIZE_QUERIES, radius=RADIUS_KM,
            table=size_table(facts["sizes"]),
        )  # fmt: skip
    return text
