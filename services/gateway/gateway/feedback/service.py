"""Feedback on suggestions: stored per tenant, read back and counted only by that tenant."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.feedback import repository
from gateway.models import Feedback
from gateway.paging import as_utc, decode_cursor, encode_cursor
from gateway.tenancy.service import Caller
from shared.contracts.feedback import (
    FeedbackBatchCreate,
    FeedbackCreate,
    FeedbackKindStats,
    FeedbackPage,
    FeedbackRead,
    FeedbackStats,
    SuggestionKind,
)


def _read(row: Feedback) -> FeedbackRead:
    read = FeedbackRead.model_validate(row)
    return read.model_copy(update={"created_at": as_utc(row.created_at)})


def _row(caller: Caller, body: FeedbackCreate, *, now: datetime) -> Feedback:
    return Feedback(tenant_id=caller.tenant_id, created_at=now, **body.model_dump())


async def create_feedback(
    session: AsyncSession, caller: Caller, body: FeedbackCreate
) -> FeedbackRead:
    rows = [_row(caller, body, now=datetime.now(UTC))]
    await repository.add_all(session, rows)
    return _read(rows[0])


async def create_feedback_batch(
    session: AsyncSession, caller: Caller, body: FeedbackBatchCreate
) -> list[FeedbackRead]:
    """Store every verdict of the batch in one flush; the unit of work keeps all or none."""
    now = datetime.now(UTC)
    rows = [_row(caller, item, now=now) for item in body.items]
    await repository.add_all(session, rows)
    return [_read(row) for row in rows]


async def list_feedback(
    session: AsyncSession,
    caller: Caller,
    *,
    cursor: str | None,
    limit: int,
    kind: SuggestionKind | None = None,
    target_id: str | None = None,
    context_id: str | None = None,
    since: datetime | None = None,
) -> FeedbackPage:
    rows = await repository.page(
        session,
        caller.tenant_id,
        after=decode_cursor(cursor),
        limit=limit,
        kind=kind.value if kind else None,
        target_id=target_id,
        context_id=context_id,
        since=as_utc(since) if since else None,
    )
    next_cursor = encode_cursor(rows[-1].id) if len(rows) == limit else None
    return FeedbackPage(items=[_read(row) for row in rows], next_cursor=next_cursor)


async def feedback_stats(session: AsyncSession, caller: Caller) -> FeedbackStats:
    counts = await repository.counts_by_kind(session, caller.tenant_id)
    kinds = []
    for kind in SuggestionKind:
        count, relevant = counts.get(kind.value, (0, 0))
        share = relevant / count if count else None
        kinds.append(
            FeedbackKindStats(kind=kind, count=count, relevant=relevant, relevant_share=share)
        )
    return FeedbackStats(kinds=kinds)
