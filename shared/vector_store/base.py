"""The types that cross the vector-store interface, and the interface itself."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeAlias

import numpy as np

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")

DenseVector: TypeAlias = Sequence[float] | np.ndarray
"""One dense vector: a list of floats or a 1-d array."""


@dataclass(frozen=True)
class SparseVector:
    """A sparse vector: the non-zero dimensions and their values."""

    indices: list[int]
    values: list[float]

    def __post_init__(self) -> None:
        if len(self.indices) != len(self.values):
            raise ValueError("a sparse vector needs as many values as indices")
        if len(set(self.indices)) != len(self.indices):
            raise ValueError("a sparse vector cannot repeat an index")


@dataclass(frozen=True)
class CollectionSpec:
    """What an index holds: stored with it so that vector spaces are never mixed.

    ``indexed_fields`` get a keyword payload index, ``geo_fields`` (payload points
    ``{"lat": .., "lon": ..}``) a geo one, ``float_fields`` a numeric one for ``Range``;
    filters work without them, only slower (a range over an unindexed field reads every
    point). The later fields come last so that positional construction keeps its meaning.
    """

    name: str
    dim: int
    encoder: str
    sparse: tuple[str, ...] = ()
    indexed_fields: tuple[str, ...] = ()
    version: str = ""
    geo_fields: tuple[str, ...] = ()
    float_fields: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ValueError(f"invalid collection name {self.name!r}: use letters, digits, _ . -")
        if self.dim <= 0:
            raise ValueError(f"collection {self.name!r}: dim must be positive, got {self.dim}")
        if not self.encoder:
            raise ValueError(f"collection {self.name!r}: the encoder name is required")
        object.__setattr__(self, "sparse", tuple(self.sparse))
        object.__setattr__(self, "indexed_fields", tuple(self.indexed_fields))
        object.__setattr__(self, "geo_fields", tuple(self.geo_fields))
        object.__setattr__(self, "float_fields", tuple(self.float_fields))
        kinds = (self.indexed_fields, self.geo_fields, self.float_fields)
        declared = [field for fields in kinds for field in fields]
        twice = sorted({field for field in declared if declared.count(field) > 1})
        if twice:
            raise ValueError(
                f"collection {self.name!r}: fields {twice} are declared with two index kinds; "
                "a field has one payload index"
            )


@dataclass
class VectorPoint:
    """One point to write: our id, its dense vector, payload and optional sparse vectors."""

    id: str
    vector: DenseVector
    payload: dict[str, Any] = field(default_factory=dict)
    sparse: dict[str, SparseVector] = field(default_factory=dict)


@dataclass
class Hit:
    """One point found, with its score (cosine for dense, dot product for sparse)."""

    id: str
    score: float
    payload: dict[str, Any]


@dataclass(frozen=True)
class MatchValue:
    """The payload field equals this value (or, for a list field, contains it)."""

    key: str
    value: str | int | bool


@dataclass(frozen=True)
class MatchAny:
    """The payload field equals one of these values."""

    key: str
    values: Sequence[str | int]


@dataclass(frozen=True)
class Range:
    """The numeric payload field lies within these inclusive bounds."""

    key: str
    gte: float | None = None
    lte: float | None = None


@dataclass(frozen=True)
class GeoRadius:
    """The payload field holds a point within ``radius_km`` of (``lat``, ``lon``).

    The field holds Qdrant's geo format ``{"lat": .., "lon": ..}`` (a list of such points
    matches when one of them does); a missing field matches no condition. Distances are
    great-circle ones (haversine, mean Earth radius) and the bound is exclusive, as in Qdrant.
    """

    key: str
    lat: float
    lon: float
    radius_km: float

    def __post_init__(self) -> None:
        if not -90.0 <= self.lat <= 90.0:
            raise ValueError(f"geo radius on {self.key!r}: latitude {self.lat} is not in [-90, 90]")
        if not -180.0 <= self.lon <= 180.0:
            raise ValueError(
                f"geo radius on {self.key!r}: longitude {self.lon} is not in [-180, 180]"
            )
        if not (self.radius_km > 0 and math.isfinite(self.radius_km)):
            raise ValueError(
                f"geo radius on {self.key!r}: radius must be a positive number of km, "
                f"got {self.radius_km}"
            )

    @property
    def radius_m(self) -> float:
        """The radius in metres, the unit Qdrant takes."""
        return self.radius_km * 1000.0


@dataclass(frozen=True)
class Filter:
    """All ``must``, none of ``must_not``, and at least one ``should`` when given."""

    must: Sequence[Condition] = ()
    must_not: Sequence[Condition] = ()
    should: Sequence[Condition] = ()


Condition: TypeAlias = MatchValue | MatchAny | Range | GeoRadius | Filter
"""One filter clause; a nested ``Filter`` groups clauses, e.g. an OR inside an AND."""


@dataclass(frozen=True)
class CollectionInfo:
    """An existing collection: its stored spec and how many points it holds."""

    spec: CollectionSpec
    points: int


class VectorStore(Protocol):
    """A vector index of named collections; every implementation passes the same suite."""

    async def ensure_collection(self, spec: CollectionSpec) -> None:
        """Create the collection, or check that the existing one holds the same vector space.

        Args:
            spec: The collection wanted.

        Raises:
            VectorSpaceMismatch: The collection exists with another encoder, dim or sparse
                vectors; it must be re-indexed.
        """
        ...

    async def get_collection(self, name: str) -> CollectionInfo | None:
        """The collection's stored spec and point count, or None when it does not exist."""
        ...

    async def upsert(self, collection: str, points: Sequence[VectorPoint]) -> None:
        """Insert points, replacing those with the same id.

        Raises:
            UnknownCollection: No such collection.
            VectorSpaceMismatch: A vector's length differs from the collection's dim.
            UnknownVector: A sparse vector name the collection was not created with.
        """
        ...

    async def search(
        self,
        collection: str,
        vector: DenseVector,
        *,
        limit: int = 10,
        filter: Filter | None = None,
        score_threshold: float | None = None,
        using: str | None = None,
    ) -> list[Hit]:
        """The nearest points by cosine similarity, best first."""
        ...

    async def search_batch(
        self,
        collection: str,
        vectors: Sequence[DenseVector] | np.ndarray,
        *,
        limit: int = 10,
        filter: Filter | None = None,
        score_threshold: float | None = None,
    ) -> list[list[Hit]]:
        """One ``search`` per vector, run together."""
        ...

    async def search_sparse(
        self,
        collection: str,
        name: str,
        vector: SparseVector,
        *,
        limit: int = 10,
        filter: Filter | None = None,
    ) -> list[Hit]:
        """The points with the highest dot product on the named sparse vector."""
        ...

    async def retrieve(self, collection: str, ids: Sequence[str]) -> list[Hit]:
        """The points with these ids, in the order asked, unknown ids skipped, score 1.0."""
        ...

    async def vectors(self, collection: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The dense vectors stored for these ids (unknown ids are absent from the result).

        Raises:
            UnknownCollection: No such collection.
        """
        ...

    async def ids(self, collection: str) -> list[str]:
        """Every point id the collection holds, in no particular order.

        Raises:
            UnknownCollection: No such collection.
        """
        ...

    async def count(self, collection: str, filter: Filter | None = None) -> int:
        """How many points the collection holds, or match the filter."""
        ...

    async def delete(self, collection: str, ids: Sequence[str]) -> None:
        """Remove these points; unknown ids are ignored."""
        ...

    async def drop_collection(self, collection: str) -> None:
        """Remove the collection and its points; a missing collection is not an error."""
        ...

    async def optimize(self, collection: str) -> None:
        """Index what was written since the last time (HNSW, segments); blocking, can be long.

        Qdrant servers optimize by themselves: there it does nothing.
        """
        ...

    async def close(self) -> None:
        """Release every resource; data written so far is kept."""
        ...
