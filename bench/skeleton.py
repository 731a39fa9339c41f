"""First figures of the walking skeleton, measured against a running `make run`.

Latency p50/p95 of the three public endpoints over N calls each, and resident memory of each
service process. Usage: start `make run` in another terminal, then `make bench`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from shared.settings import CommonSettings
from trajectoires.processes import SERVICES

REPORT = Path(__file__).parent / "reports" / "skeleton.md"

OFFERS_FILE = "offers/francetravail_offres_dept07_2025-05_dev.jsonl"


def load_offers(data_dir: Path, count: int) -> list[dict[str, Any]]:
    """Real France Travail offers, so that no call hits a cache filled by the previous one."""
    with (data_dir / OFFERS_FILE).open(encoding="utf-8") as handle:
        offers = [json.loads(line) for line in handle]
    usable = [o for o in offers if o.get("description") and o.get("romeCode")]
    return [usable[i % len(usable)] for i in range(count)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(
    call: Callable[[dict[str, Any]], httpx.Response], offers: list[dict[str, Any]]
) -> dict[str, float]:
    call(offers[-1])  # warm-up: opens the connections
    timings, errors = [], 0
    for offer in offers:
        started = time.perf_counter()
        response = call(offer)
        timings.append((time.perf_counter() - started) * 1000)
        errors += response.status_code >= 400
    return {
        "p50": percentile(timings, 0.50),
        "p95": percentile(timings, 0.95),
        "mean": statistics.fmean(timings),
        "errors": errors,
    }


def resident_memory_mb(state_dir: Path) -> dict[str, float]:
    memory = {}
    for name in SERVICES:
        pid_file = state_dir / "logs" / f"{name}.pid"
        if not pid_file.is_file():
            continue
        status = Path(f"/proc/{pid_file.read_text().strip()}/status").read_text()
        rss_kb = next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
        )
        memory[name] = rss_kb / 1024
    return memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--state-dir", type=Path, default=Path(".data"))
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args()
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the benchmark sends real offers")
    offers = load_offers(data_dir, args.calls)
    key = (args.state_dir / "dev-api-key").read_text().strip()
    with httpx.Client(base_url=args.url, headers={"X-API-Key": key}, timeout=60) as client:
        endpoints: dict[str, Callable[[dict[str, Any]], httpx.Response]] = {
            "GET /v1/rome/metiers/{code} (offer's ROME code)": lambda offer: client.get(
                f"/v1/rome/metiers/{offer['romeCode']}"
            ),
            "POST /v1/extractions (offer title + description)": lambda offer: client.post(
                "/v1/extractions",
                json={"kind": "offer", "title": offer["intitule"], "text": offer["description"]},
            ),
            "POST /v1/matches/metiers (offer description as text)": lambda offer: client.post(
                "/v1/matches/metiers", json={"text": offer["description"]}
            ),
        }
        results = {name: measure(call, offers) for name, call in endpoints.items()}
    memory = resident_memory_mb(args.state_dir)
    lines = [
        "# Skeleton benchmark",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {args.calls} sequential calls per endpoint "
        f"through the gateway, one real offer of `{OFFERS_FILE}` per call (mean description "
        f"{statistics.fmean(len(o['description'].split()) for o in offers):.0f} words).",
        "",
        "| endpoint | p50 ms | p95 ms | mean ms | errors |",
        "|---|---|---|---|---|",
        *(
            f"| {name} | {r['p50']:.1f} | {r['p95']:.1f} | {r['mean']:.1f} | {r['errors']:.0f} |"
            for name, r in results.items()
        ),
        "",
        "| service | resident memory MB |",
        "|---|---|",
        *(f"| {name} | {mb:.0f} |" for name, mb in memory.items()),
        "",
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
