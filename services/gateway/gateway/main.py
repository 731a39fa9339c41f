"""The gateway: the one versioned public API in front of the services."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

import httpx
from fastapi import FastAPI
from starlette.middleware import Middleware

from gateway.api import router
from gateway.config import Settings, get_settings
from gateway.cors import TenantCorsMiddleware
from gateway.limits import build_rate_limiter
from gateway.limits.body import BodySizeLimitMiddleware
from gateway.limits.middleware import RateLimitHeadersMiddleware
from gateway.openapi import install_openapi
from shared.app import build_app
from shared.clients import ExtractionClient, MatchingClient, ReferentialsClient
from shared.clients.base import client_options
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
        options = client_options(settings)
        clients = SimpleNamespace(
            extraction=ExtractionClient(
                settings.extraction_url, transport=transports.get("extraction"), **options
            ),
            matching=MatchingClient(
                settings.matching_url, transport=transports.get("matching"), **options
            ),
            referentials=ReferentialsClient(
                settings.referentials_url, transport=transports.get("referentials"), **options
            ),
        )
        app.state.clients = clients
        for client in vars(clients).values():
            app.state.metrics.watch(client.breaker)
        app.state.rate_limiter = build_rate_limiter(settings)
        app.state.ready_checks.update(
            database=lambda: ping(engine),
            extraction=lambda: clients.extraction.probe("/healthz"),
            matching=lambda: clients.matching.probe("/healthz"),
            referentials=lambda: clients.referentials.probe("/healthz"),
        )
        yield
        for client in vars(clients).values():
            await client.aclose()
        await app.state.rate_limiter.aclose()
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
    # appended, hence inside build_app's request-context middleware: what they answer on their
    # own (preflights, 413) carries a request id and is counted like any other response
    app.user_middleware.extend(
        [
            Middleware(TenantCorsMiddleware),
            Middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes),
            Middleware(RateLimitHeadersMiddleware),
        ]
    )
    app.include_router(router)
    install_openapi(app)
    return app


def main() -> None:
    settings = get_settings()
    serve("gateway", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
