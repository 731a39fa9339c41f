"""Feedback wire types: whether a suggestion shown to someone was relevant, as ROMEO collects it."""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_FEEDBACK_BATCH = 100
MAX_PROFILE_BYTES = 20_000


class SuggestionKind(StrEnum):
    """What was suggested; it says which referential `target_id` belongs to."""

    metier = "metier"
    appellation = "appellation"
    skill = "skill"
    offer = "offer"
    training = "training"


class FeedbackCreate(BaseModel):
    """One verdict on one suggestion, as a front end reports it."""

    kind: SuggestionKind = Field(
        description="What was suggested: `metier` (a ROME fiche), `appellation`, `skill`, "
        "`offer` or `training`.",
        examples=["metier"],
    )
    target_id: str = Field(
        min_length=1,
        max_length=100,
        description="Id of the suggested item: ROME code, appellation code, skill `code_ogr`, "
        "offer id or training id.",
        examples=["G1803"],
    )
    relevant: bool = Field(
        description="Whether the person found the suggestion relevant.", examples=[True]
    )
    rank: int | None = Field(
        None, ge=1, description="1-based position at which it was shown.", examples=[2]
    )
    score: float | None = Field(
        None, allow_inf_nan=False, description="Score shown with it, if any.", examples=[0.82]
    )
    context_id: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        description="Request id or front-end session id: groups the verdicts on one list of "
        "suggestions.",
        examples=["5f0c2a7e-list-42"],
    )
    profile: dict[str, Any] | None = Field(
        None,
        description=f"The profile that was matched, as free JSON "
        f"({MAX_PROFILE_BYTES} bytes at most once serialised).",
        examples=[{"skills": ["100012", "117542"], "text": "serveur en brasserie"}],
    )
    comment: str | None = Field(
        None,
        max_length=2_000,
        description="What the person said about it, if anything.",
        examples=["Trop loin de mon expérience"],
    )

    @field_validator("profile")
    @classmethod
    def _profile_is_small(cls, profile: dict[str, Any] | None) -> dict[str, Any] | None:
        if profile is None:
            return None
        size = len(json.dumps(profile, ensure_ascii=False, separators=(",", ":")).encode())
        if size > MAX_PROFILE_BYTES:
            raise ValueError(f"profile is {size} bytes serialised, over {MAX_PROFILE_BYTES}")
        return profile


class FeedbackBatchCreate(BaseModel):
    items: list[FeedbackCreate] = Field(
        min_length=1,
        max_length=MAX_FEEDBACK_BATCH,
        description=f"Up to {MAX_FEEDBACK_BATCH} verdicts, stored together or not at all.",
    )


class FeedbackRead(FeedbackCreate):
    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="Id of the stored verdict; pages are ordered by it.", examples=[17])
    created_at: datetime = Field(
        description="When it was received (UTC).", examples=["2026-12-01T09:30:00Z"]
    )


class FeedbackPage(BaseModel):
    items: list[FeedbackRead] = Field(description="Verdicts, oldest first.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page.", examples=[None]
    )


class FeedbackKindStats(BaseModel):
    kind: SuggestionKind = Field(description="Kind of suggestion.", examples=["metier"])
    count: int = Field(description="Verdicts received.", examples=[40])
    relevant: int = Field(description="Of them, those saying relevant.", examples=[30])
    relevant_share: float | None = Field(
        description="`relevant / count`; null when nothing was received.", examples=[0.75]
    )


class FeedbackStats(BaseModel):
    """Verdicts of one tenant, per kind of suggestion."""

    kinds: list[FeedbackKindStats] = Field(
        description="One entry per kind of suggestion, every kind listed."
    )
