"""Dependency aliases of the matching service."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from matching.config import Settings
from matching.metiers.catalogue import SkillCatalogue, load_catalogue
from matching.scoring import Scoring
from shared.contracts.tenancy import TENANT_HEADER
from shared.deps import EncoderDep, VectorStoreDep


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]


def _scoring(settings: SettingsDep) -> Scoring:
    return Scoring(score_floor=settings.score_floor, coverage_weight=settings.coverage_weight)


ScoringDep = Annotated[Scoring, Depends(_scoring)]


async def _catalogue(request: Request) -> SkillCatalogue:
    """Loaded on first use and kept: it changes only when the métiers index is rebuilt."""
    state = request.app.state
    if not getattr(state, "skill_catalogue", None) or not state.skill_catalogue.skills:
        state.skill_catalogue = await load_catalogue(state.vector_store)
    catalogue: SkillCatalogue = state.skill_catalogue
    return catalogue


CatalogueDep = Annotated[SkillCatalogue, Depends(_catalogue)]

TenantDep = Annotated[
    str,
    Header(
        alias=TENANT_HEADER,
        min_length=1,
        max_length=100,
        description="The calling tenant, named by the gateway: it sees its own and shared data.",
    ),
]

__all__ = ["CatalogueDep", "EncoderDep", "ScoringDep", "SettingsDep", "TenantDep", "VectorStoreDep"]
