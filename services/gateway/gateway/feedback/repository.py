"""Queries on feedback, always within one tenant."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import Feedback


async def add_all(session: AsyncSession, rows: Sequence[Feedback]) -> None:
    session.add_all(rows)
    await session.flush()


async def page(
    session: AsyncSession,
    tenant_id: int,
    *,
    after: int | None,
    limit: int,
    kind: str | None = None,
    target_id: str | None = None,
    context_id: str | None = None,
    since: datetime | None = None,
) -> Sequence[Feedback]:
    """The tenant's feedback by id, after ``after``, narrowed by every filter given."""
    statement = select(Feedback).where(Feedback.tenant_id == tenant_id)
    if after is not None:
        statement = statement.where(Feedback.id > after)
    if kind is not None:
        statement = statement.where(Feedback.kind == kind)
    if target_id is not None:
        statement = statement.where(Feedback.target_id == target_id)
    if context_id is not None:
        statement = statement.where(Feedback.context_id == context_id)
    if since is not None:
        statement = statement.where(Feedback.created_at >= since)
    statement = statement.order_by(Feedback.id).limit(limit)
    return (await session.execute(statement)).scalars().all()


async def counts_by_kind(session: AsyncSession, tenant_id: int) -> dict[str, tuple[int, int]]:
    """``kind -> (verdicts, relevant verdicts)`` of the tenant."""
    relevant = func.sum(case((Feedback.relevant, 1), else_=0))
    statement = (
        select(Feedback.kind, func.count(), relevant)
        .where(Feedback.tenant_id == tenant_id)
        .group_by(Feedback.kind)
    )
    rows = (await session.execute(statement)).all()
    return {kind: (int(count), int(yes or 0)) for kind, count, yes in rows}
