"""What front ends said of our suggestions: relevance per kind and per rank shown.

    python -m bench.feedback [--tenant occitanie] [--database-url ...]

Reads the verdicts stored by `POST /v1/feedback` (every tenant unless one is named) and writes
bench/reports/feedback.md: for each kind of suggestion, the share judged relevant at rank 1,
in the top 3 and in the top 10, and over all ranks. This is the precision users see, next to
the recall the offline benchmarks measure.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from gateway.config import Settings
from gateway.models import Feedback, Tenant
from shared.db import create_engine, create_sessionmaker

REPORT = Path(__file__).parent / "reports" / "feedback.md"
CUTS = (1, 3, 10)


@dataclass(frozen=True)
class Verdict:
    kind: str
    rank: int | None
    relevant: bool


def precision(verdicts: Iterable[Verdict]) -> dict[str, dict[str, tuple[int, int]]]:
    """kind → {"@1", "@3", "@10", "all"} → (verdicts, relevant ones)."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for verdict in verdicts:
        buckets = ["all"]
        if verdict.rank is not None:
            buckets += [f"@{cut}" for cut in CUTS if verdict.rank <= cut]
        for bucket in buckets:
            cell = table[verdict.kind][bucket]
            cell[0] += 1
            cell[1] += int(verdict.relevant)
    return {
        kind: {bucket: (n, yes) for bucket, (n, yes) in buckets.items()}
        for kind, buckets in table.items()
    }


def render(table: dict[str, dict[str, tuple[int, int]]], *, scope: str) -> str:
    lines = [
        "# Feedback from front ends",
        "",
        f"Scope: {scope}. Share of suggestions judged relevant (verdicts in brackets).",
        "",
    ]
    if not table:
        return "\n".join([*lines, "No feedback stored yet.", ""])
    columns = [f"@{cut}" for cut in CUTS] + ["all"]
    lines += ["| kind | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for kind in sorted(table):
        cells = []
        for column in columns:
            n, yes = table[kind].get(column, (0, 0))
            cells.append(f"{100 * yes / n:.0f} % ({n})" if n else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join([*lines, ""])


async def load(database_url: str, tenant: str | None) -> list[Verdict]:
    engine = create_engine(database_url)
    statement = select(Feedback.kind, Feedback.rank, Feedback.relevant)
    if tenant is not None:
        statement = statement.join(Tenant, Tenant.id == Feedback.tenant_id).where(
            Tenant.name == tenant
        )
    async with create_sessionmaker(engine)() as session:
        rows = (await session.execute(statement)).all()
    await engine.dispose()
    return [Verdict(kind, rank, relevant) for kind, rank, relevant in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", help="only this tenant's verdicts")
    parser.add_argument("--database-url", help="default: the gateway's DATABASE_URL")
    parser.add_argument("--out", type=Path, default=REPORT)
    args = parser.parse_args()
    url = args.database_url or Settings().database_url
    table = precision(asyncio.run(load(url, args.tenant)))
    report = render(table, scope=f"tenant {args.tenant}" if args.tenant else "every tenant")
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
