"""The gateway: the one versioned public API in front of the services."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

import httpx
from fastapi import FastAPI

from gateway.api import router
from gateway.config import Settings, get_settings
from shared.app import build_app
from shared.clients import ExtractionClient, MatchingClient, ReferentialsClient
from shared.db import create_engine, create_sessionmaker, ping
from shared.http_cache import ETagMiddleware
from shared.resources import serve

# probes, metrics and the contract itself must always reach the process
NOT_CACHED = ("/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/v1/feedback")

DESCRIPTION = """One pooled API for French regions, Carif-Oref and employment bodies:
find skills in job offers, CVs and answers, and match people to ROME métiers.

Every call carries an `X-API-Key` header. Every error has the shape
`{"error": {"code", "message", "request_id"}}`; every response carries `X-Request-ID`."""


def create_app(
    settings: Settings | None = None,
    *,
    transports: dict[str, httpx.AsyncBaseTransport] | None = None,
) -> FastAPI:
    """The gateway app; tests pass ``transports`` to mount downstream services in-process."""
    settings = settings or get_settings()
    transports = transports or {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url)
        app.state.sessionmaker = create_sessionmaker(engine)
        timeout = settings.http_timeout_s
        clients = SimpleNamespace(
            extraction=ExtractionClient(
                settings.extraction_url, timeout=timeout, transport=transports.get("extraction")
            ),
            matching=MatchingClient(
                settings.matching_url, timeout=timeout, transport=transports.get("matching")
            ),
            referentials=ReferentialsClient(
                settings.referentials_url, timeout=timeout, transport=transports.get("referentials")
            ),
        )
        app.state.clients = clients
        app.state.ready_checks.update(
            database=lambda: ping(engine),
            extraction=lambda: clients.extraction.probe("/healthz"),
            matching=lambda: clients.matching.probe("/healthz"),
            referentials=lambda: clients.referentials.probe("/healthz"),
        )
        yield
        for client in vars(clients).values():
            await client.aclose()
        await engine.dispose()

    app = build_app(
        service="gateway",
        title="Trajectoires API",
        description=DESCRIPTION,
        settings=settings,
        lifespan=lifespan,
    )
    app.add_middleware(
        ETagMiddleware, max_age=settings.cache_max_age_s, private=True, exclude=NOT_CACHED
    )
    app.include_router(router)
    return app


def main() -> None:
    settings = get_settings()
    serve("gateway", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
