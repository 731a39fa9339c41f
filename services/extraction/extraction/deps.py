"""Dependency aliases of the extraction service."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from extraction.config import Settings
from shared.deps import EncoderDep, VectorStoreDep


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]

__all__ = ["EncoderDep", "SettingsDep", "VectorStoreDep"]
