"""Dependency aliases of the referentials service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.config import Settings
from referentials.search.cache import IndexCache
from shared.db import unit_of_work


async def _session(request: Request) -> AsyncIterator[AsyncSession]:
    async with unit_of_work(request.app.state.sessionmaker) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(_session)]


def _search_cache(request: Request) -> IndexCache:
    cache: IndexCache = request.app.state.search_cache
    return cache


SearchCacheDep = Annotated[IndexCache, Depends(_search_cache)]


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]
