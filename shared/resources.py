"""Lifespans that own a service's heavy resources, and the one way a service is served."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Protocol

import anyio
from fastapi import FastAPI

from shared.app import Lifespan
from shared.encoder import build_encoder
from shared.indexes import check_indexes, refuse_mismatched_indexes
from shared.logging import configure_logging
from shared.settings import CommonSettings
from shared.vector_store import build_vector_store


def vector_lifespan(settings: CommonSettings, indexes: Sequence[str]) -> Lifespan:
    """Open the encoder and the vector store, refuse indexes from another vector space."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        encoder = await anyio.to_thread.run_sync(
            lambda: build_encoder(settings.encoder, cache_dir=settings.encoder_cache_dir)
        )
        api_key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        store = build_vector_store(
            url=settings.qdrant_url, path=settings.qdrant_path, api_key=api_key
        )
        app.state.encoder, app.state.vector_store = encoder, store
        try:
            await refuse_mismatched_indexes(store, encoder, indexes)
            app.state.ready_checks["indexes"] = lambda: check_indexes(store, encoder, indexes)
            yield
        finally:
            await store.close()
            encoder.close()

    return lifespan


class ServedSettings(Protocol):
    host: str
    port: int
    log_level: str


def serve(service: str, create_app: Callable[[], FastAPI], settings: ServedSettings) -> None:
    """Run one service with uvicorn, logging JSON lines."""
    import uvicorn

    configure_logging(service, settings.log_level)
    uvicorn.run(create_app(), host=settings.host, port=settings.port, log_config=None)
