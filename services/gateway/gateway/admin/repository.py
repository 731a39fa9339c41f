"""Queries on the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import AuditEntry


async def add_entry(session: AsyncSession, entry: AuditEntry) -> None:
    session.add(entry)
    await session.flush()


async def page(
    session: AsyncSession,
    *,
    before: int | None,
    limit: int,
    action: str | None = None,
    actor_tenant: str | None = None,
    target: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Sequence[AuditEntry]:
    """Entries newest first, older than the id ``before``, narrowed by every filter given."""
    statement = select(AuditEntry)
    if before is not None:
        statement = statement.where(AuditEntry.id < before)
    if action is not None:
        statement = statement.where(AuditEntry.action == action)
    if actor_tenant is not None:
        statement = statement.where(AuditEntry.actor_tenant == actor_tenant)
    if target is not None:
        statement = statement.where(AuditEntry.target == target)
    if since is not None:
        statement = statement.where(AuditEntry.at >= since)
    if until is not None:
        statement = statement.where(AuditEntry.at < until)
    statement = statement.order_by(AuditEntry.id.desc()).limit(limit)
    return (await session.execute(statement)).scalars().all()
