"""Dependency aliases of the gateway: session, authenticated and rate-limited caller, clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.config import Settings
from gateway.cors import ORIGINS_STATE
from gateway.limits import RateLimiter
from gateway.limits.middleware import RATE_LIMIT_HEADERS
from gateway.tenancy.service import Caller, authenticate, require
from shared.clients import ExtractionClient, MatchingClient, ReferentialsClient
from shared.db import unit_of_work

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="Your tenant's API key."
)


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]


async def _session(request: Request) -> AsyncIterator[AsyncSession]:
    async with unit_of_work(request.app.state.sessionmaker) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(_session)]


async def _caller(
    request: Request, session: SessionDep, key: str | None = Security(api_key_header)
) -> Caller:
    caller = await authenticate(session, key)
    request.state.tenant = caller.tenant
    request.state[ORIGINS_STATE] = caller.cors_origins
    limiter: RateLimiter = request.app.state.rate_limiter
    # refused calls raise here, before any work, and carry their headers with them
    request.state[RATE_LIMIT_HEADERS] = await limiter.admit(caller)
    return caller


CallerDep = Annotated[Caller, Depends(_caller)]


async def _admin(caller: CallerDep) -> Caller:
    return require(caller, "admin")


AdminDep = Annotated[Caller, Depends(_admin)]


async def _ingester(caller: CallerDep) -> Caller:
    return require(caller, "ingest")


IngestDep = Annotated[Caller, Depends(_ingester)]


def _extraction(request: Request) -> ExtractionClient:
    client: ExtractionClient = request.app.state.clients.extraction
    return client


def _matching(request: Request) -> MatchingClient:
    client: MatchingClient = request.app.state.clients.matching
    return client


def _referentials(request: Request) -> ReferentialsClient:
    client: ReferentialsClient = request.app.state.clients.referentials
    return client


ExtractionDep = Annotated[ExtractionClient, Depends(_extraction)]
MatchingDep = Annotated[MatchingClient, Depends(_matching)]
ReferentialsDep = Annotated[ReferentialsClient, Depends(_referentials)]
