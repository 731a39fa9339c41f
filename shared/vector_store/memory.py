"""Exact in-memory vector store (NumPy), the twin of the Qdrant stores for unit tests."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import numpy as np

from shared.geo import haversine_km
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
)
from shared.vector_store.common import (
    check_sparse_name,
    check_using,
    checked_points,
    dense,
    dense_batch,
    reconcile,
)
from shared.vector_store.errors import UnknownCollection

_MISSING = object()


@dataclass
class _Row:
    vector: np.ndarray
    payload: dict[str, Any]
    sparse: dict[str, dict[int, float]]


@dataclass
class _Collection:
    spec: CollectionSpec
    rows: dict[str, _Row] = field(default_factory=dict)
    _matrix: np.ndarray | None = None

    def matrix(self) -> np.ndarray:
        """The unit-norm vectors of every row, in row order (cached until the next write)."""
        if self._matrix is None:
            vectors = [row.vector for row in self.rows.values()]
            self._matrix = (
                np.stack(vectors) if vectors else np.zeros((0, self.spec.dim), dtype=np.float32)
            )
        return self._matrix

    def changed(self) -> None:
        """Forget the cached matrix after a write."""
        self._matrix = None


class InMemoryVectorStore:
    """Exact cosine search over NumPy arrays, with the same semantics as the Qdrant stores."""

    def __init__(self) -> None:
        self._collections: dict[str, _Collection] = {}

    async def ensure_collection(self, spec: CollectionSpec) -> None:
        """Create the collection, or check that the existing one holds the same vector space.

        Args:
            spec: The collection wanted.

        Raises:
            VectorSpaceMismatch: The collection exists with another encoder, dim or sparse
                vectors.
        """
        existing = self._collections.get(spec.name)
        if existing is None:
            self._collections[spec.name] = _Collection(spec)
        else:
            existing.spec = reconcile(existing.spec, spec)

    async def get_collection(self, name: str) -> CollectionInfo | None:
        """The collection's spec and point count, or None when it does not exist."""
        found = self._collections.get(name)
        return None if found is None else CollectionInfo(found.spec, len(found.rows))

    async def upsert(self, collection: str, points: Sequence[VectorPoint]) -> None:
        """Insert points, replacing those with the same id.

        Raises:
            UnknownCollection: No such collection.
            VectorSpaceMismatch: A vector's length differs from the collection's dim.
            UnknownVector: A sparse vector name the collection was not created with.
        """
        target = self._get(collection)
        for point, vector in checked_points(points, target.spec):
            target.rows.pop(point.id, None)
            target.rows[point.id] = _Row(
                vector=_unit(vector),
                payload=copy.deepcopy(point.payload),
                sparse={
                    k: dict(zip(v.indices, v.values, strict=True)) for k, v in point.sparse.items()
                },
            )
        target.changed()

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
        """The nearest points by cosine similarity, best first.

        Raises:
            UnknownCollection: No such collection.
            VectorSpaceMismatch: The vector's length differs from the collection's dim.
            UnknownVector: ``using`` names a vector the collection does not have.
        """
        target = self._get(collection)
        check_using(using, target.spec)
        query = dense(vector, target.spec)[None, :]
        return self._dense_search(target, query, limit, filter, score_threshold)[0]

    async def search_batch(
        self,
        collection: str,
        vectors: Sequence[DenseVector] | np.ndarray,
        *,
        limit: int = 10,
        filter: Filter | None = None,
        score_threshold: float | None = None,
    ) -> list[list[Hit]]:
        """One ``search`` per vector, as one matrix product."""
        target = self._get(collection)
        queries = dense_batch(vectors, target.spec)
        return self._dense_search(target, queries, limit, filter, score_threshold)

    async def search_sparse(
        self,
        collection: str,
        name: str,
        vector: SparseVector,
        *,
        limit: int = 10,
        filter: Filter | None = None,
    ) -> list[Hit]:
        """The points sharing a dimension with the sparse query, by dot product, best first."""
        target = self._get(collection)
        check_sparse_name(name, target.spec)
        scored = []
        for point_id, row in self._filtered(target, filter):
            stored = row.sparse.get(name, {})
            common = [
                (stored[i], v)
                for i, v in zip(vector.indices, vector.values, strict=True)
                if i in stored
            ]
            if common:
                scored.append((sum(a * b for a, b in common), point_id, row))
        scored.sort(key=lambda item: -item[0])
        return [_hit(point_id, row, score) for score, point_id, row in scored[:limit]]

    async def retrieve(self, collection: str, ids: Sequence[str]) -> list[Hit]:
        """The points with these ids, in the order asked, unknown ids skipped, score 1.0."""
        rows = self._get(collection).rows
        unique = dict.fromkeys(ids)
        return [_hit(i, rows[i], 1.0) for i in unique if i in rows]

    async def vectors(self, collection: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The dense vectors stored for these ids (unknown ids are absent from the result)."""
        rows = self._get(collection).rows
        return {i: np.asarray(rows[i].vector, dtype=np.float32) for i in ids if i in rows}

    async def ids(self, collection: str) -> list[str]:
        """Every point id the collection holds, in no particular order."""
        return list(self._get(collection).rows)

    async def count(self, collection: str, filter: Filter | None = None) -> int:
        """How many points the collection holds, or match the filter."""
        return sum(1 for _ in self._filtered(self._get(collection), filter))

    async def delete(self, collection: str, ids: Sequence[str]) -> None:
        """Remove these points; unknown ids are ignored."""
        target = self._get(collection)
        for point_id in ids:
            target.rows.pop(point_id, None)
        target.changed()

    async def drop_collection(self, collection: str) -> None:
        """Remove the collection; a missing collection is not an error."""
        self._collections.pop(collection, None)

    async def optimize(self, collection: str) -> None:
        """Exact search has nothing to index."""
        self._get(collection)

    async def close(self) -> None:
        """Nothing to release: the data lives as long as the object."""

    def _get(self, name: str) -> _Collection:
        found = self._collections.get(name)
        if found is None:
            raise UnknownCollection(name)
        return found

    def _filtered(self, target: _Collection, filter: Filter | None) -> list[tuple[str, _Row]]:
        return [
            (i, row)
            for i, row in target.rows.items()
            if filter is None or matches(filter, row.payload)
        ]

    def _dense_search(
        self,
        target: _Collection,
        queries: np.ndarray,
        limit: int,
        filter: Filter | None,
        score_threshold: float | None,
    ) -> list[list[Hit]]:
        ids = list(target.rows)
        rows = list(target.rows.values())
        allowed = np.array([filter is None or matches(filter, r.payload) for r in rows], dtype=bool)
        floor = -np.inf if score_threshold is None else score_threshold
        results = []
        for row_scores in _unit(queries) @ target.matrix().T:
            keep = allowed & (row_scores >= floor)
            ranked = np.argsort(-np.where(keep, row_scores, -np.inf), kind="stable")[:limit]
            order = [int(i) for i in ranked if keep[i]]
            results.append([_hit(ids[i], rows[i], float(row_scores[i])) for i in order])
        return results


def _unit(vectors: np.ndarray) -> np.ndarray:
    """The vectors scaled to unit length (zero vectors stay zero), as Qdrant's cosine does."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def _hit(point_id: str, row: _Row, score: float) -> Hit:
    return Hit(id=point_id, score=score, payload=copy.deepcopy(row.payload))


def matches(filter: Filter, payload: dict[str, Any]) -> bool:
    """Whether the payload passes the filter, with Qdrant's semantics.

    A list field matches when one of its elements does; a missing field matches no condition
    (so it passes ``must_not``); booleans never equal integers; a geo condition skips values
    that are not valid ``{"lat": .., "lon": ..}`` points.
    """
    if not all(_holds(c, payload) for c in filter.must):
        return False
    if any(_holds(c, payload) for c in filter.must_not):
        return False
    return not filter.should or any(_holds(c, payload) for c in filter.should)


def _holds(condition: Condition, payload: dict[str, Any]) -> bool:
    if isinstance(condition, Filter):
        return matches(condition, payload)
    values = _values(payload, condition.key)
    if isinstance(condition, MatchValue):
        return any(_same(v, condition.value) for v in values)
    if isinstance(condition, MatchAny):
        return any(_same(v, wanted) for v in values for wanted in condition.values)
    if isinstance(condition, GeoRadius):
        return any(_near(v, condition) for v in values)
    return any(_within(v, condition) for v in values)


def _values(payload: dict[str, Any], key: str) -> list[Any]:
    """The values at a dotted key path, a list field flattened into its elements."""
    current: Any = payload
    for part in key.split("."):
        if not isinstance(current, dict):
            return []
        current = current.get(part, _MISSING)
    if current is _MISSING or current is None:
        return []
    return list(current) if isinstance(current, list) else [current]


def _same(value: Any, wanted: str | int | bool) -> bool:
    return type(value) is type(wanted) and value == wanted


def _within(value: Any, bounds: Range) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return (bounds.gte is None or value >= bounds.gte) and (
        bounds.lte is None or value <= bounds.lte
    )


def _near(value: Any, circle: GeoRadius) -> bool:
    """Whether the value is a geo point strictly inside the circle, as Qdrant checks it."""
    point = _geo_point(value)
    return point is not None and haversine_km(*point, circle.lat, circle.lon) < circle.radius_km


def _geo_point(value: Any) -> tuple[float, float] | None:
    """The (lat, lon) of a payload geo point, None for anything Qdrant would not parse as one."""
    if not isinstance(value, dict):
        return None
    lat, lon = value.get("lat"), value.get("lon")
    return (lat, lon) if _coordinate(lat, 90) and _coordinate(lon, 180) else None


def _coordinate(value: Any, bound: float) -> TypeGuard[float]:
    """Whether the value is a JSON number (not a boolean, not NaN) within plus or minus bound."""
    return type(value) in (int, float) and -bound <= value <= bound
