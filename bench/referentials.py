"""Referentials benchmark: import time and memory on SQLite and PostgreSQL, search quality.

Imports run as the operators run them (`python -m referentials.cli ...`, one process each);
search runs in-process against the imported SQLite database. Quality: for each development
offer, is its `appellationlibelle` the first (top 1) or among the first five (top 5) results of
`/v1/rome/appellations?q=<offer title>`? (Labels compared folded: offers give the long or the
short label, sometimes without accents.)

Usage: `python -m bench.referentials [--pg-url postgresql://postgres@127.0.0.1:5432/test]`
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url

from referentials.config import Settings
from referentials.main import create_app
from shared.db import create_engine
from shared.french.text import fold
from shared.settings import CommonSettings, normalise_database_url

REPORT = Path(__file__).parent / "reports" / "referentials.md"
OFFERS = "offers/francetravail_offres_dept07_2025-05_dev.jsonl"
IMPORT_COMMANDS = ("import-rome", "import-formacode", "import-certifications", "import-esco")


@dataclass
class Step:
    command: str
    seconds: float
    peak_mb: float
    status: str


def run_cli(args: list[str], env: dict[str, str]) -> Step:
    """Run one referentials command; wall time and the peak memory of its own process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "referentials.cli", *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    last = (process.stderr.read().strip().splitlines() or [""])[-1] if process.stderr else ""
    outcome = "ok" if os.waitstatus_to_exitcode(status) == 0 else f"failed: {last}"
    return Step(" ".join(args), seconds, usage.ru_maxrss / 1024, outcome)


def available_imports(env: dict[str, str]) -> list[str]:
    listed = subprocess.run(
        [sys.executable, "-m", "referentials.cli", "--help"], env=env, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip
    return [command for command in IMPORT_COMMANDS if command in listed]


def import_all(database_url: str, env: dict[str, str]) -> tuple[list[Step], list[Step]]:
    """First import of every referential, then the same again (nothing changed)."""
    env = {**env, "DATABASE_URL": database_url}
    commands = available_imports(env)
    first = [run_cli(["migrate"], env), *(run_cli([c], env) for c in commands)]
    again = [run_cli([c], env) for c in commands]
    return first, again


async def _admin(server_url: str, statement: str) -> None:
    engine = create_engine(server_url)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(statement))
    await engine.dispose()


def fresh_postgres(pg_url: str) -> str:
    server = make_url(normalise_database_url(pg_url))
    name = "trajectoires_bench"
    url = server.render_as_string(hide_password=False)
    asyncio.run(_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    asyncio.run(_admin(url, f'CREATE DATABASE "{name}"'))
    return server.set(database=name).render_as_string(hide_password=False)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def search_quality(database_url: str, data_dir: Path) -> dict[str, float]:
    with (data_dir / OFFERS).open(encoding="utf-8") as handle:
        offers = [json.loads(line) for line in handle]
    offers = [o for o in offers if o.get("intitule") and o.get("appellationlibelle")]
    app = create_app(Settings(database_url=database_url))
    timings, top1, top5, rome1, rome5 = [], 0, 0, 0, 0
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await client.get("/v1/rome/appellations", params={"q": "serveur"})  # builds the index
            for offer in offers:
                started = time.perf_counter()
                response = await client.get(
                    "/v1/rome/appellations", params={"q": offer["intitule"], "limit": 5}
                )
                timings.append((time.perf_counter() - started) * 1000)
                items = response.json()["items"]
                # offers name their appellation by its long or short label, accents sometimes lost
                wanted = fold(offer["appellationlibelle"])
                hits = [wanted in (fold(i["label"]), fold(i["label_short"] or "")) for i in items]
                romes = [item["code_rome"] for item in items]
                top1 += any(hits[:1])
                top5 += any(hits)
                rome1 += romes[:1] == [offer["romeCode"]]
                rome5 += offer["romeCode"] in romes
    n = len(offers)
    return {
        "offers": n, "top1": top1 / n, "top5": top5 / n, "rome_top1": rome1 / n,
        "rome_top5": rome5 / n, "p50_ms": percentile(timings, 0.5),
        "p95_ms": percentile(timings, 0.95), "mean_ms": statistics.fmean(timings),
    }  # fmt: skip


def _steps_table(title: str, steps: list[Step]) -> list[str]:
    lines = [f"### {title}", "", "| command | seconds | peak MB | status |", "|---|---|---|---|"]
    lines += [f"| {s.command} | {s.seconds:.1f} | {s.peak_mb:.0f} | {s.status} |" for s in steps]
    total = sum(s.seconds for s in steps)
    return [*lines, f"| **total** | {total:.1f} | {max(s.peak_mb for s in steps):.0f} | |", ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-url", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the benchmark imports the official files")
    env = {**os.environ, "TRAJECTOIRES_DATA_DIR": str(data_dir)}
    lines = ["# Referentials benchmark", "", f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.", ""]
    with tempfile.TemporaryDirectory() as state:
        sqlite_url = f"sqlite:///{state}/bench.db"
        first, again = import_all(sqlite_url, {**env, "TRAJECTOIRES_STATE_DIR": state})
        lines += _steps_table("SQLite: first import", first)
        lines += _steps_table("SQLite: import again, files unchanged", again)
        if args.pg_url:
            pg_first, pg_again = import_all(fresh_postgres(args.pg_url), env)
            lines += _steps_table("PostgreSQL: first import", pg_first)
            lines += _steps_table("PostgreSQL: import again, files unchanged", pg_again)
        quality = asyncio.run(search_quality(normalise_database_url(sqlite_url), data_dir))
    lines += [
        "### Appellation search (`/v1/rome/appellations?q=<offer title>`, SQLite, in-process)",
        "",
        f"{quality['offers']:.0f} development offers with an `appellationlibelle` ({OFFERS}).",
        "",
        "| metric | value |",
        "|---|---|",
        f"| appellation top 1 | {quality['top1']:.1%} |",
        f"| appellation top 5 | {quality['top5']:.1%} |",
        f"| ROME code of the top result / in the top 5 | {quality['rome_top1']:.1%} / "
        f"{quality['rome_top5']:.1%} |",
        f"| latency p50 / p95 / mean | {quality['p50_ms']:.1f} / {quality['p95_ms']:.1f} / "
        f"{quality['mean_ms']:.1f} ms |",
        "",
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
