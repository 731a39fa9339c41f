"""The common shape of every service app: errors, request ids, metrics, health."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from fastapi import FastAPI

from shared.error_handlers import install_error_handlers
from shared.health import router as health_router
from shared.observability import install_observability
from shared.settings import CommonSettings

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def build_app(
    *,
    service: str,
    title: str,
    description: str,
    settings: CommonSettings,
    lifespan: Lifespan,
    version: str = "0.1.0",
) -> FastAPI:
    """A FastAPI app with our error rendering, request context, metrics and health routes."""
    app = FastAPI(title=title, description=description, version=version, lifespan=lifespan)
    app.state.settings = settings
    app.state.ready_checks = {}
    install_error_handlers(app)
    install_observability(app, service)
    app.include_router(health_router)
    return app
