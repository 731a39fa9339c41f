"""What changed between two versions of a referential: items added, removed, relabelled."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from referentials.models import RomeAppellation, RomeMetier, RomeSkill
from shared.contracts.rome import ItemRef, Relabelled, TableDiff

Column = InstrumentedAttribute[str] | InstrumentedAttribute[str | None]

# per referential: the item tables worth diffing, as (name, version column, code, label)
DIFFABLE: dict[str, list[tuple[str, InstrumentedAttribute[int], Column, Column]]] = {
    "rome": [
        ("metiers", RomeMetier.version_id, RomeMetier.code_rome, RomeMetier.label),
        ("appellations", RomeAppellation.version_id, RomeAppellation.code, RomeAppellation.label),
        ("skills", RomeSkill.version_id, RomeSkill.code, RomeSkill.label),
    ],
}


def register(name: str, table: tuple[str, InstrumentedAttribute[int], Column, Column]) -> None:
    """Let another referential's items be diffed too."""
    DIFFABLE.setdefault(name, []).append(table)


async def _labels(
    session: AsyncSession, version_column: InstrumentedAttribute[int], code: Column,
    label: Column, version_id: int,
) -> dict[str, str]:  # fmt: skip
    rows = await session.execute(select(code, label).where(version_column == version_id))
    return {str(c): text or "" for c, text in rows}


async def diff_versions(
    session: AsyncSession, name: str, base_id: int, target_id: int
) -> dict[str, TableDiff]:
    tables = {}
    for table, version_column, code, label in DIFFABLE.get(name, []):
        before = await _labels(session, version_column, code, label, base_id)
        after = await _labels(session, version_column, code, label, target_id)
        tables[table] = TableDiff(
            added=[ItemRef(code=c, label=after[c]) for c in sorted(after.keys() - before.keys())],
            removed=[
                ItemRef(code=c, label=before[c]) for c in sorted(before.keys() - after.keys())
            ],
            relabelled=[
                Relabelled(code=c, before=before[c], after=after[c])
                for c in sorted(before.keys() & after.keys())
                if before[c] != after[c]
            ],
        )
    return tables
