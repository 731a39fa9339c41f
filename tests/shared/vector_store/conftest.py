"""The vector-store backends as fixtures: each congruence test runs against every one."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from shared.vector_store import (
    EdgeVectorStore,
    InMemoryVectorStore,
    QdrantClientVectorStore,
    VectorStore,
)

BACKENDS = ["edge", "qdrant_local", "memory"]


def _make_store(kind: str, root: Path) -> VectorStore:
    if kind == "edge":
        return EdgeVectorStore(root)
    if kind == "qdrant_local":
        return QdrantClientVectorStore(":memory:")
    return InMemoryVectorStore()


@pytest.fixture
async def store_factory(tmp_path: Path) -> AsyncIterator[Callable[[str], VectorStore]]:
    """Builds a fresh store of a backend ("edge", "qdrant_local", "memory"); all closed after."""
    opened: list[VectorStore] = []

    def build(kind: str) -> VectorStore:
        built = _make_store(kind, tmp_path / f"{kind}-{len(opened)}")
        opened.append(built)
        return built

    yield build
    for built in opened:
        await built.close()


@pytest.fixture(params=BACKENDS)
async def store(
    request: pytest.FixtureRequest, store_factory: Callable[[str], VectorStore]
) -> VectorStore:
    """Each backend in turn."""
    return store_factory(request.param)
