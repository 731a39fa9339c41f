"""The matching service: profiles in, métiers, offers and trainings out."""

from __future__ import annotations

from fastapi import FastAPI

from matching.api import router
from matching.config import Settings, get_settings
from matching.indexing import INDEXES
from shared.app import build_app
from shared.resources import serve, vector_lifespan


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = build_app(
        service="matching",
        title="Trajectoires matching",
        description="Match profiles to ROME métiers, offers and trainings.",
        settings=settings,
        lifespan=vector_lifespan(settings, INDEXES),
    )
    app.include_router(router)
    return app


def main() -> None:
    settings = get_settings()
    serve("matching", lambda: create_app(settings), settings)


if __name__ == "__main__":
    main()
