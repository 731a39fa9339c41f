"""Dependency aliases of the extraction service."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from extraction.config import Settings
from extraction.extract.service import Resources, Tuning, tuning
from shared.deps import EncoderDep, VectorStoreDep


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]


def _resources(request: Request, encoder: EncoderDep, store: VectorStoreDep) -> Resources:
    state = request.app.state
    return Resources(
        encoder=encoder,
        store=store,
        appellations=state.appellations,
        skills=state.skills,
    )


def _tuning(settings: SettingsDep) -> Tuning:
    return tuning(settings)


ResourcesDep = Annotated[Resources, Depends(_resources)]
TuningDep = Annotated[Tuning, Depends(_tuning)]
