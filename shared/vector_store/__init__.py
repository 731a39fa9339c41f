"""Vector-store adapters: Qdrant Edge, a Qdrant server, or exact in-memory search.

The only package that imports ``qdrant_client`` or ``qdrant_edge``. Every index stores the
spec it was built with (encoder, dim, sparse vectors, version) and refuses vectors from
another space. Distance is cosine everywhere, so scores compare across backends.
"""

from __future__ import annotations

from pathlib import Path

from shared.vector_store.base import (
    CollectionInfo,
    CollectionSpec,
    Condition,
    DenseVector,
    Filter,
    GeoRadius,
    Hit,
    MatchAny,
    MatchValue,
    Range,
    SparseVector,
    VectorPoint,
    VectorStore,
)
from shared.vector_store.edge import EdgeVectorStore
from shared.vector_store.errors import (
    ShardLocked,
    UnknownCollection,
    UnknownVector,
    UnsupportedFilter,
    VectorSpaceMismatch,
)
from shared.vector_store.memory import InMemoryVectorStore
from shared.vector_store.qdrant_server import QdrantClientVectorStore

MEMORY_URL = "memory://"

__all__ = [
    "MEMORY_URL",
    "CollectionInfo",
    "CollectionSpec",
    "Condition",
    "DenseVector",
    "EdgeVectorStore",
    "Filter",
    "GeoRadius",
    "Hit",
    "InMemoryVectorStore",
    "MatchAny",
    "MatchValue",
    "QdrantClientVectorStore",
    "Range",
    "ShardLocked",
    "SparseVector",
    "UnknownCollection",
    "UnknownVector",
    "UnsupportedFilter",
    "VectorPoint",
    "VectorSpaceMismatch",
    "VectorStore",
    "build_vector_store",
]


def build_vector_store(*, url: str | None, path: Path, api_key: str | None = None) -> VectorStore:
    """The vector store the settings ask for.

    Args:
        url: None or "" for embedded Qdrant Edge under ``path``; ``http(s)://...`` for a
            Qdrant server; ``:memory:`` for qdrant-client's local mode; ``memory://`` for
            exact in-memory search.
        path: Root directory of the Edge shards (used only when ``url`` is empty).
        api_key: The Qdrant server's API key.

    Returns:
        A store that opens nothing until its first call.

    Raises:
        ValueError: The URL names no known backend.
    """
    if not url:
        return EdgeVectorStore(path)
    if url == MEMORY_URL:
        return InMemoryVectorStore()
    if url == ":memory:" or url.startswith(("http://", "https://")):
        return QdrantClientVectorStore(url, api_key=api_key)
    raise ValueError(
        f"unknown vector store URL {url!r}: use an empty URL (Qdrant Edge), http(s)://..., "
        f":memory: or {MEMORY_URL}"
    )
