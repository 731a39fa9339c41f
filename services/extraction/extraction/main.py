"""The extraction service: French text in, ROME skills and professions out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from extraction.api import router
from extraction.config import Settings, get_settings
from extraction.extract.lexicon import AppellationLexicon, SkillLexicon
from extraction.indexing import INDEXES
from shared.app import build_app
from shared.clients import ReferentialsClient
from shared.resources import serve, vector_lifespan


def create_app(
    settings: Settings | None = None, *, referentials: httpx.AsyncBaseTransport | None = None
) -> FastAPI:
    """The extraction app; tests pass a ``referentials`` transport to mount it in-process."""
    settings = settings or get_settings()
    vectors = vector_lifespan(settings, INDEXES)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = ReferentialsClient(
            settings.referentials_url, timeout=settings.http_timeout_s, transport=referentials
        )
        app.state.appellations = AppellationLexicon(client)
        app.state.skills = SkillLexicon(client)
        async with vectors(app):
            yield
        await client.aclose()

    app = build_app(
        service="extraction",
        title="Trajectoires extraction",
        description="Find ROME 4.0 skills, métiers and appellations in French text.",
        settings=settings,
        lifespan=lifespan,
    )
    app.include_router(router)
    return app


def main() -> None:
    settings = get_settings()
    serve("extraction", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
