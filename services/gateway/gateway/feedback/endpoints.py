"""Feedback routes: a front end says whether a suggestion was relevant, and reads it back."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from gateway.deps import CallerDep, SessionDep
from gateway.feedback import service
from shared.contracts.feedback import (
    FeedbackBatchCreate,
    FeedbackCreate,
    FeedbackPage,
    FeedbackRead,
    FeedbackStats,
    SuggestionKind,
)
from shared.contracts.params import Cursor
from shared.errors import error_responses

router = APIRouter(prefix="/feedback", tags=["feedback"])

FeedbackPageSize = Annotated[int, Query(ge=1, le=500, description="Page size.", examples=[100])]


@router.post(
    "",
    response_model=FeedbackRead,
    status_code=201,
    summary="Say whether one suggestion was relevant",
    responses=error_responses(401, 422),
)
async def create_feedback(
    body: FeedbackCreate, caller: CallerDep, session: SessionDep
) -> FeedbackRead:
    return await service.create_feedback(session, caller, body)


@router.post(
    "/batch",
    response_model=list[FeedbackRead],
    status_code=201,
    summary="Say whether up to 100 suggestions were relevant, in one call",
    description="All the verdicts are stored, or none when one of them is invalid.",
    responses=error_responses(401, 422),
)
async def create_feedback_batch(
    body: FeedbackBatchCreate, caller: CallerDep, session: SessionDep
) -> list[FeedbackRead]:
    return await service.create_feedback_batch(session, caller, body)


@router.get(
    "",
    response_model=FeedbackPage,
    summary="Your tenant's feedback, oldest first, page by page",
    responses=error_responses(400, 401, 422),
)
async def list_feedback(
    caller: CallerDep,
    session: SessionDep,
    kind: Annotated[
        SuggestionKind | None,
        Query(description="Only this kind of suggestion.", examples=["metier"]),
    ] = None,
    target_id: Annotated[
        str | None,
        Query(max_length=100, description="Only verdicts on this item.", examples=["G1803"]),
    ] = None,
    context_id: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Only verdicts of this suggestion list.",
            examples=["portail-42"],
        ),
    ] = None,
    since: Annotated[
        datetime | None,
        Query(
            description="Only verdicts received at or after this time.",
            examples=["2026-11-01T00:00:00Z"],
        ),
    ] = None,
    cursor: Cursor = None,
    limit: FeedbackPageSize = 100,
) -> FeedbackPage:
    return await service.list_feedback(
        session,
        caller,
        cursor=cursor,
        limit=limit,
        kind=kind,
        target_id=target_id,
        context_id=context_id,
        since=since,
    )


@router.get(
    "/stats",
    response_model=FeedbackStats,
    summary="How many suggestions of each kind your tenant's users found relevant",
    responses=error_responses(401),
)
async def get_feedback_stats(caller: CallerDep, session: SessionDep) -> FeedbackStats:
    return await service.feedback_stats(session, caller)
