"""A Qdrant server or cluster through qdrant-client (or its local in-memory mode, for tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import numpy as np
from qdrant_client import AsyncQdrantClient, models
from qdrant_client.http.exceptions import UnexpectedResponse

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
    SparseVector,
    VectorPoint,
)
from shared.vector_store.common import (
    check_sparse_name,
    check_using,
    checked_points,
    dense,
    dense_batch,
    in_order,
    missing_spec,
    payload_indexes,
    point_uuid,
    reconcile,
    spec_from_dict,
    spec_to_dict,
    stored_payload,
    to_hit,
)
from shared.vector_store.errors import UnknownCollection

LOCAL = ":memory:"
METADATA_KEY = "trajectoires_spec"
"""Collection metadata key holding our spec (collection metadata needs Qdrant 1.16+)."""

SCROLL_PAGE = 1000
_INDEX_SCHEMAS = {
    "keyword": models.PayloadSchemaType.KEYWORD,
    "geo": models.PayloadSchemaType.GEO,
    "float": models.PayloadSchemaType.FLOAT,
}


class QdrantClientVectorStore:
    """Collections in a Qdrant server, our spec kept in each collection's metadata."""

    def __init__(self, url: str, *, api_key: str | None = None, timeout: int | None = None) -> None:
        """Build the client; nothing connects until the first call.

        Args:
            url: ``http(s)://host:port`` of the server, or ``:memory:`` for qdrant-client's
                local mode (tests only: slow, payload indexes ignored).
            api_key: The server's API key, if it requires one.
            timeout: Request timeout in seconds (default: qdrant-client's).
        """
        self._local = url == LOCAL
        self._client = (
            AsyncQdrantClient(location=LOCAL)
            if self._local
            else AsyncQdrantClient(url=url, api_key=api_key, timeout=timeout)
        )
        self._specs: dict[str, CollectionSpec] = {}

    async def ensure_collection(self, spec: CollectionSpec) -> None:
        """Create the collection, or check that the existing one holds the same vector space.

        Args:
            spec: The collection wanted.

        Raises:
            VectorSpaceMismatch: The collection was built with another encoder, dim or sparse
                vectors, or carries no stored spec.
        """
        stored = await self._fetch_spec(spec.name)
        if stored is None:
            await self._create(spec)
            self._specs[spec.name] = spec
            return
        kept = reconcile(stored, spec)
        if kept != stored:
            await self._add_indexes(kept)
            await self._client.update_collection(
                kept.name, metadata={METADATA_KEY: spec_to_dict(kept)}
            )
        self._specs[spec.name] = kept

    async def get_collection(self, name: str) -> CollectionInfo | None:
        """The collection's stored spec and point count, or None when it does not exist."""
        spec = await self._fetch_spec(name)
        if spec is None:
            return None
        async with self._guard(name):
            points = (await self._client.count(name, exact=True)).count
        return CollectionInfo(spec, points)

    async def upsert(self, collection: str, points: Sequence[VectorPoint]) -> None:
        """Insert points, replacing those with the same id, and wait until they are applied.

        Raises:
            UnknownCollection: No such collection.
            VectorSpaceMismatch: A vector's length differs from the collection's dim.
            UnknownVector: A sparse vector name the collection was not created with.
        """
        spec = await self._spec(collection)
        structs = [_point_struct(p, v) for p, v in checked_points(points, spec)]
        if structs:
            async with self._guard(collection):
                await self._client.upsert(collection, structs, wait=True)

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
        spec = await self._spec(collection)
        check_using(using, spec)
        query = dense(vector, spec).tolist()
        async with self._guard(collection):
            response = await self._client.query_points(
                collection,
                query=query,
                query_filter=qdrant_filter(filter),
                limit=limit,
                score_threshold=score_threshold,
                with_payload=True,
            )
        return [to_hit(p.id, p.score, p.payload) for p in response.points]

    async def search_batch(
        self,
        collection: str,
        vectors: Sequence[DenseVector] | np.ndarray,
        *,
        limit: int = 10,
        filter: Filter | None = None,
        score_threshold: float | None = None,
    ) -> list[list[Hit]]:
        """One ``search`` per vector, sent as one batch request."""
        spec = await self._spec(collection)
        queries = dense_batch(vectors, spec)
        if len(queries) == 0:
            return []
        requests = [
            models.QueryRequest(
                query=q.tolist(),
                filter=qdrant_filter(filter),
                limit=limit,
                score_threshold=score_threshold,
                with_payload=True,
            )
            for q in queries
        ]
        async with self._guard(collection):
            responses = await self._client.query_batch_points(collection, requests)
        return [[to_hit(p.id, p.score, p.payload) for p in r.points] for r in responses]

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
        spec = await self._spec(collection)
        check_sparse_name(name, spec)
        query = models.SparseVector(indices=list(vector.indices), values=list(vector.values))
        async with self._guard(collection):
            response = await self._client.query_points(
                collection,
                query=query,
                using=name,
                query_filter=qdrant_filter(filter),
                limit=limit,
                with_payload=True,
            )
        return [to_hit(p.id, p.score, p.payload) for p in response.points]

    async def retrieve(self, collection: str, ids: Sequence[str]) -> list[Hit]:
        """The points with these ids, in the order asked, unknown ids skipped, score 1.0."""
        await self._spec(collection)
        point_ids = [point_uuid(i) for i in dict.fromkeys(ids)]
        async with self._guard(collection):
            records = await self._client.retrieve(collection, point_ids, with_payload=True)
        return in_order([to_hit(r.id, 1.0, r.payload) for r in records], ids)

    async def vectors(self, collection: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The dense vectors stored for these ids (unknown ids are absent from the result)."""
        await self._spec(collection)
        point_ids = [point_uuid(i) for i in dict.fromkeys(ids)]
        async with self._guard(collection):
            records = await self._client.retrieve(
                collection, point_ids, with_payload=True, with_vectors=True
            )
        found = {}
        for record in records:
            vector = (
                record.vector.get("", record.vector)
                if isinstance(record.vector, dict)
                else record.vector
            )
            found[to_hit(record.id, 1.0, record.payload).id] = np.asarray(vector, dtype=np.float32)
        return found

    async def ids(self, collection: str) -> list[str]:
        """Every point id the collection holds, in no particular order."""
        await self._spec(collection)
        found: list[str] = []
        offset = None
        while True:
            async with self._guard(collection):
                records, offset = await self._client.scroll(
                    collection, limit=SCROLL_PAGE, offset=offset, with_payload=True
                )
            found += [to_hit(r.id, 1.0, r.payload).id for r in records]
            if offset is None:
                return found

    async def count(self, collection: str, filter: Filter | None = None) -> int:
        """How many points the collection holds, or match the filter."""
        await self._spec(collection)
        async with self._guard(collection):
            result = await self._client.count(
                collection, count_filter=qdrant_filter(filter), exact=True
            )
        return result.count

    async def delete(self, collection: str, ids: Sequence[str]) -> None:
        """Remove these points; unknown ids are ignored."""
        await self._spec(collection)
        if ids:
            selector = models.PointIdsList(points=[point_uuid(i) for i in ids])
            async with self._guard(collection):
                await self._client.delete(collection, points_selector=selector, wait=True)

    async def drop_collection(self, collection: str) -> None:
        """Delete the collection; a missing collection is not an error."""
        self._specs.pop(collection, None)
        try:
            await self._client.delete_collection(collection)
        except UnexpectedResponse as error:
            if error.status_code != 404:
                raise

    async def optimize(self, collection: str) -> None:
        """The server's own optimizers index new segments in the background."""
        await self._spec(collection)

    async def close(self) -> None:
        """Close the client's connections (a local store loses its data)."""
        await self._client.close()

    async def _spec(self, name: str) -> CollectionSpec:
        """The collection's spec, cached after the first read."""
        spec = self._specs.get(name) or await self._fetch_spec(name)
        if spec is None:
            raise UnknownCollection(name)
        self._specs[name] = spec
        return spec

    async def _fetch_spec(self, name: str) -> CollectionSpec | None:
        """The spec stored in the collection's metadata, None when there is no collection."""
        if not await self._client.collection_exists(name):
            return None
        info = await self._client.get_collection(name)
        stored = (info.config.metadata or {}).get(METADATA_KEY)
        if not isinstance(stored, dict):
            raise missing_spec(name, "the Qdrant server")
        return spec_from_dict(stored)

    async def _create(self, spec: CollectionSpec) -> None:
        try:
            await self._client.create_collection(
                spec.name,
                vectors_config=models.VectorParams(size=spec.dim, distance=models.Distance.COSINE),
                sparse_vectors_config={n: models.SparseVectorParams() for n in spec.sparse},
                metadata={METADATA_KEY: spec_to_dict(spec)},
            )
        except UnexpectedResponse as error:
            if error.status_code != 409:
                raise
            # Another process created it first: check it holds the same vector space.
            created = await self._fetch_spec(spec.name)
            reconcile(created or spec, spec)
        await self._add_indexes(spec)

    async def _add_indexes(self, spec: CollectionSpec) -> None:
        """Create the payload indexes the spec declares."""
        if self._local:
            return  # local mode ignores payload indexes and warns about each one
        for field_name, kind in payload_indexes(spec).items():
            await self._client.create_payload_index(
                spec.name, field_name, field_schema=_INDEX_SCHEMAS[kind], wait=True
            )

    @asynccontextmanager
    async def _guard(self, name: str) -> AsyncIterator[None]:
        """Turn the backend's "collection not found" into ``UnknownCollection``."""
        try:
            yield
        except UnexpectedResponse as error:
            if error.status_code != 404:
                raise
            self._specs.pop(name, None)
            raise UnknownCollection(name) from error
        except ValueError as error:
            if "not found" not in str(error):
                raise
            self._specs.pop(name, None)
            raise UnknownCollection(name) from error


def _point_struct(point: VectorPoint, vector: np.ndarray) -> models.PointStruct:
    """The Qdrant point: UUID5 id, dense vector (unnamed), sparse vectors by name."""
    values: Any = vector.tolist()
    if point.sparse:
        values = {"": vector.tolist()}
        for name, sparse in point.sparse.items():
            values[name] = models.SparseVector(
                indices=list(sparse.indices), values=list(sparse.values)
            )
    return models.PointStruct(id=point_uuid(point.id), vector=values, payload=stored_payload(point))


def qdrant_filter(filter: Filter | None) -> models.Filter | None:
    """Our filter as a qdrant-client filter."""
    return None if filter is None else _filter(filter)


def _filter(filter: Filter) -> models.Filter:
    return models.Filter(
        must=[_condition(c) for c in filter.must] or None,
        should=[_condition(c) for c in filter.should] or None,
        must_not=[_condition(c) for c in filter.must_not] or None,
    )


def _condition(condition: Condition) -> models.Condition:
    if isinstance(condition, Filter):
        return _filter(condition)
    if isinstance(condition, MatchValue):
        return models.FieldCondition(
            key=condition.key, match=models.MatchValue(value=condition.value)
        )
    if isinstance(condition, MatchAny):
        values: Any = list(condition.values)
        return models.FieldCondition(key=condition.key, match=models.MatchAny(any=values))
    if isinstance(condition, GeoRadius):
        center = models.GeoPoint(lon=condition.lon, lat=condition.lat)
        circle = models.GeoRadius(center=center, radius=condition.radius_m)
        return models.FieldCondition(key=condition.key, geo_radius=circle)
    return models.FieldCondition(
        key=condition.key, range=models.Range(gte=condition.gte, lte=condition.lte)
    )
