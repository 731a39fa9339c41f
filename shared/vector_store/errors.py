"""Errors raised by every vector store, whatever its backend."""

from __future__ import annotations

from shared.errors import AppError, Conflict, NotFound, ServiceUnavailable


class VectorSpaceMismatch(Conflict):
    """Vectors from another encoder or dimension than the index was built with."""

    code = "vector_space_mismatch"


class UnknownCollection(NotFound):
    """The collection does not exist (it has not been indexed yet)."""

    code = "unknown_collection"

    def __init__(self, collection: str) -> None:
        super().__init__(f"vector collection {collection!r} does not exist; build its index first")
        self.collection = collection


class UnknownVector(NotFound):
    """The collection has no vector of that name."""

    code = "unknown_vector"


class UnsupportedFilter(AppError):
    """The backend cannot evaluate this filter faithfully, so it refuses it."""

    status_code = 501
    code = "unsupported_filter"


class ShardLocked(ServiceUnavailable):
    """The Qdrant Edge shard is open in another process (one process per shard)."""

    code = "vector_shard_locked"
