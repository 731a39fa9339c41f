"""What the gateway adds on top of the services: profiles read once, offers read at ingestion."""

from __future__ import annotations

from typing import TypeVar

import anyio

from shared.clients import ExtractionClient
from shared.contracts.extraction import DocumentKind, ExtractionRequest, ExtractionResult
from shared.contracts.profile import (
    MAX_CONSTRAINTS,
    MAX_SKILLS,
    Profile,
    StatedConstraint,
    WeightedSkill,
)

ProfileT = TypeVar("ProfileT", bound=Profile)
MAX_APPELLATIONS = 5
HINTS = "appellations"  # only a métier request carries job-title hints


def _requests(profile: Profile) -> list[ExtractionRequest]:
    requests = []
    if profile.has_text:
        requests.append(ExtractionRequest(kind=DocumentKind.cv, text=profile.text))
    if profile.answers:
        requests.append(ExtractionRequest(kind=DocumentKind.answers, answers=profile.answers))
    return requests


async def _extract_all(
    requests: list[ExtractionRequest], extraction: ExtractionClient
) -> list[ExtractionResult]:
    results: list[ExtractionResult | None] = [None] * len(requests)

    async def one(i: int, request: ExtractionRequest) -> None:
        results[i] = await extraction.extract(request)

    async with anyio.create_task_group() as group:
        for i, request in enumerate(requests):
            group.start_soon(one, i, request)
    return [r for r in results if r is not None]


def _merged_skills(profile: Profile, found: list[ExtractionResult]) -> list[WeightedSkill]:
    """Stated skills keep their weight; a skill found weighs its score; unticked ones stay out."""
    skills = list(profile.skills)
    known = {s.code for s in skills} | set(profile.excluded_skills)
    for skill in (skill for result in found for skill in result.skills):
        if skill.code not in known:
            skills.append(WeightedSkill(code=skill.code, weight=skill.score))
            known.add(skill.code)
    return skills[:MAX_SKILLS]


def _merged_constraints(profile: Profile, found: list[ExtractionResult]) -> list[StatedConstraint]:
    constraints = list(profile.constraints)
    seen = {(c.kind, c.polarity, c.value) for c in constraints}
    for c in (c for result in found for c in result.constraints):
        if (c.kind, c.polarity, c.value) not in seen:
            constraints.append(StatedConstraint(kind=c.kind, polarity=c.polarity, value=c.value))
            seen.add((c.kind, c.polarity, c.value))
    return constraints[:MAX_CONSTRAINTS]


def _title_hints(found: list[ExtractionResult]) -> list[str]:
    """The job titles the text evokes with some confidence, surest first."""
    evoked = sorted(
        (a for result in found for a in result.appellations if a.score > 0),
        key=lambda a: -a.score,
    )
    return list(dict.fromkeys(a.code for a in evoked))[:MAX_APPELLATIONS]


async def resolve_profile(profile: ProfileT, *, extraction: ExtractionClient) -> ProfileT:
    """Read the text and answers once, and add what they say to what the person stated.

    The copy is not validated again: the merges keep within what a profile may hold.
    """
    found = await _extract_all(_requests(profile), extraction)
    if not found:
        return profile
    update: dict[str, object] = {
        "skills": _merged_skills(profile, found),
        "constraints": _merged_constraints(profile, found),
    }
    hints: list[str] | None = getattr(profile, HINTS, None)
    if hints is not None and not hints:
        update["appellations"] = _title_hints(found)
    return profile.model_copy(update=update)
