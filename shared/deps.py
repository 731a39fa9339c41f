"""Dependency aliases for the resources a lifespan puts on ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from shared.encoder import Encoder
from shared.vector_store import VectorStore


def _encoder(request: Request) -> Encoder:
    encoder: Encoder = request.app.state.encoder
    return encoder


def _store(request: Request) -> VectorStore:
    store: VectorStore = request.app.state.vector_store
    return store


EncoderDep = Annotated[Encoder, Depends(_encoder)]
VectorStoreDep = Annotated[VectorStore, Depends(_store)]
