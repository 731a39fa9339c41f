"""Queries on the version registry and bulk writes of a version's rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from referentials.models import Base, ReferentialVersion

INSERT_CHUNK = 5000

ModelT = TypeVar("ModelT", bound=Base)


async def current_version(session: AsyncSession, name: str) -> ReferentialVersion | None:
    statement = select(ReferentialVersion).where(
        ReferentialVersion.name == name, ReferentialVersion.is_current.is_(True)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def version_by_label(
    session: AsyncSession, name: str, label: str
) -> ReferentialVersion | None:
    """The newest import of ``name`` labelled ``label`` (e.g. ROME "460")."""
    statement = (
        select(ReferentialVersion)
        .where(ReferentialVersion.name == name, ReferentialVersion.version == label)
        .order_by(ReferentialVersion.id.desc())
    )
    return (await session.execute(statement)).scalars().first()


async def list_versions(session: AsyncSession) -> Sequence[ReferentialVersion]:
    statement = select(ReferentialVersion).order_by(ReferentialVersion.name, ReferentialVersion.id)
    return (await session.execute(statement)).scalars().all()


async def make_current(session: AsyncSession, version: ReferentialVersion) -> None:
    await session.execute(
        update(ReferentialVersion)
        .where(ReferentialVersion.name == version.name, ReferentialVersion.id != version.id)
        .values(is_current=False)
    )
    version.is_current = True
    await session.flush()


async def bulk_insert(
    session: AsyncSession, model: type[Base], rows: Sequence[dict[str, Any]], *, version_id: int
) -> None:
    """Insert ``rows`` as part of version ``version_id``, in chunks."""
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = [{**row, "version_id": version_id} for row in rows[start : start + INSERT_CHUNK]]
        await session.execute(insert(model), chunk)


async def version_by_id(session: AsyncSession, version_id: int) -> ReferentialVersion | None:
    return await session.get(ReferentialVersion, version_id)


async def previous_version(
    session: AsyncSession, version: ReferentialVersion
) -> ReferentialVersion | None:
    statement = (
        select(ReferentialVersion)
        .where(ReferentialVersion.name == version.name, ReferentialVersion.id < version.id)
        .order_by(ReferentialVersion.id.desc())
    )
    return (await session.execute(statement)).scalars().first()


async def page_by_key(
    session: AsyncSession,
    model: type[ModelT],
    key: InstrumentedAttribute[str],
    *,
    version_id: int,
    after: str | None,
    limit: int,
) -> Sequence[ModelT]:
    """One page of a version's rows in ``key`` order, starting after the key ``after``."""
    version_column: InstrumentedAttribute[int] = getattr(model, "version_id")  # noqa: B009
    statement = select(model).where(version_column == version_id)
    if after:
        statement = statement.where(key > after)
    return (await session.execute(statement.order_by(key).limit(limit))).scalars().all()
