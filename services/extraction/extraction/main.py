"""The extraction service: French text in, ROME skills and professions out."""

from __future__ import annotations

from fastapi import FastAPI

from extraction.api import router
from extraction.config import Settings, get_settings
from extraction.indexing import INDEXES
from shared.app import build_app
from shared.resources import serve, vector_lifespan


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = build_app(
        service="extraction",
        title="Trajectoires extraction",
        description="Find ROME 4.0 skills, métiers and appellations in French text.",
        settings=settings,
        lifespan=vector_lifespan(settings, INDEXES),
    )
    app.include_router(router)
    return app


def main() -> None:
    settings = get_settings()
    serve("extraction", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
