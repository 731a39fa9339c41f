"""The referentials service: the source of truth for ROME and the other official referentials."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from referentials.api import router
from referentials.config import Settings, get_settings
from referentials.rome import service
from referentials.search.cache import IndexCache
from shared.app import build_app
from shared.db import create_engine, create_sessionmaker, ping
from shared.http_cache import ETagMiddleware
from shared.resources import serve

# probes and metrics must always reach the process
NOT_CACHED = ("/healthz", "/readyz", "/metrics")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url)
        app.state.sessionmaker = create_sessionmaker(engine)
        app.state.search_cache = IndexCache()

        async def rome_imported() -> None:
            async with app.state.sessionmaker() as session:
                await service.require_current(session)

        app.state.ready_checks.update(database=lambda: ping(engine), rome=rome_imported)
        yield
        await engine.dispose()

    app = build_app(
        service="referentials",
        title="Trajectoires referentials",
        description="ROME 4.0 and the other official referentials, versioned.",
        settings=settings,
        lifespan=lifespan,
    )
    app.add_middleware(ETagMiddleware, max_age=settings.cache_max_age_s, exclude=NOT_CACHED)
    app.include_router(router)
    return app


def main() -> None:
    settings = get_settings()
    serve("referentials", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
