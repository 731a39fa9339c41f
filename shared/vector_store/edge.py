"""Qdrant Edge: an embedded, on-disk vector store, one shard directory per collection."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import anyio
import numpy as np
import qdrant_edge as qe

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
    unnamed_vector,
)
from shared.vector_store.errors import ShardLocked, UnknownCollection, UnsupportedFilter

T = TypeVar("T")

SCROLL_PAGE = 1000
SPEC_FILE = "trajectoires_spec.json"
"""Our spec, kept inside the shard directory (Edge ignores files it does not know)."""
_INDEX_SCHEMAS = {
    "keyword": qe.PayloadSchemaType.Keyword,
    "geo": qe.PayloadSchemaType.Geo,
    "float": qe.PayloadSchemaType.Float,
}


@dataclass
class _Shard:
    spec: CollectionSpec
    shard: qe.EdgeShard
    dirty: bool = False


async def _run(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking Edge call in a worker thread."""
    return await anyio.to_thread.run_sync(partial(func, *args, **kwargs))


class EdgeVectorStore:
    """Collections as Qdrant Edge shards under ``<root>/<collection>/``.

    Shards open lazily and stay open until ``close()``. An open shard is locked: another
    process can load it only after this store is closed. Small shards are searched exactly;
    the HNSW index is built by ``optimize()``, which ``close()`` runs after writes.
    """

    def __init__(
        self,
        root: Path,
        *,
        hnsw_ef: int | None = None,
        indexing_threshold_kb: int | None = None,
        full_scan_threshold_kb: int | None = None,
    ) -> None:
        """Open nothing yet: shards are opened on first use.

        Args:
            root: Directory holding one shard directory per collection.
            hnsw_ef: Width of the HNSW search (default: Qdrant's); wider is slower but finds more.
            indexing_threshold_kb: Vector data size from which a segment gets an HNSW index
                (set when a shard is created; default: Qdrant's, about 10 MB).
            full_scan_threshold_kb: Below this size a search scans exactly instead of using
                the HNSW index (set when a shard is created; default: Qdrant's, 10 MB).
        """
        self._root = Path(root)
        self._params = qe.SearchParams(hnsw_ef=hnsw_ef) if hnsw_ef else None
        self._indexing_threshold_kb = indexing_threshold_kb
        self._full_scan_threshold_kb = full_scan_threshold_kb
        self._shards: dict[str, _Shard] = {}
        self._lock = anyio.Lock()

    async def ensure_collection(self, spec: CollectionSpec) -> None:
        """Create the shard, or check that the existing one holds the same vector space.

        Args:
            spec: The collection wanted.

        Raises:
            VectorSpaceMismatch: The shard was built with another encoder, dim or sparse
                vectors, or carries no stored spec.
        """
        async with self._lock:
            opened = self._shards.get(spec.name)
            stored = opened.spec if opened else await _run(self._read_spec, spec.name)
            if stored is None:
                shard = await _run(self._create, spec)
                self._shards[spec.name] = _Shard(spec, shard)
                return
            kept = reconcile(stored, spec)
            if kept != stored:
                target = opened or await self._load(spec.name, stored)
                await _run(_add_indexes, target.shard, kept)
                await _run(self._write_spec, kept)
                target.spec = kept

    async def get_collection(self, name: str) -> CollectionInfo | None:
        """The shard's stored spec and point count, or None when there is no such shard."""
        if name not in self._shards and await _run(self._read_spec, name) is None:
            return None
        target = await self._open(name)
        points = await _run(target.shard.count, qe.CountRequest(exact=True))
        return CollectionInfo(target.spec, points)

    async def upsert(self, collection: str, points: Sequence[VectorPoint]) -> None:
        """Insert points, replacing those with the same id, and flush them to disk.

        Raises:
            UnknownCollection: No such collection.
            VectorSpaceMismatch: A vector's length differs from the collection's dim.
            UnknownVector: A sparse vector name the collection was not created with.
        """
        target = await self._open(collection)
        edge_points = [_edge_point(p, v) for p, v in checked_points(points, target.spec)]
        if edge_points:
            await _run(_update, target.shard, qe.UpdateOperation.upsert_points(edge_points))
            target.dirty = True

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
            UnsupportedFilter: The filter matches a boolean value (see ``edge_filter``).
        """
        target = await self._open(collection)
        check_using(using, target.spec)
        query = qe.Query.Nearest(dense(vector, target.spec).tolist())
        request = self._request(query, limit, filter, score_threshold)
        points = await _run(target.shard.query, request)
        return [to_hit(p.id, p.score, p.payload) for p in points]

    async def search_batch(
        self,
        collection: str,
        vectors: Sequence[DenseVector] | np.ndarray,
        *,
        limit: int = 10,
        filter: Filter | None = None,
        score_threshold: float | None = None,
    ) -> list[list[Hit]]:
        """One ``search`` per vector, planned by Edge as one batch."""
        target = await self._open(collection)
        queries = dense_batch(vectors, target.spec)
        if len(queries) == 0:
            return []
        requests = [
            self._request(qe.Query.Nearest(q.tolist()), limit, filter, score_threshold)
            for q in queries
        ]
        batches = await _run(target.shard.query_batch, qe.QueryBatchRequest(requests))
        return [[to_hit(p.id, p.score, p.payload) for p in points] for points in batches]

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
        target = await self._open(collection)
        check_sparse_name(name, target.spec)
        query = qe.Query.Nearest(qe.SparseVector(vector.indices, vector.values), using=name)
        points = await _run(target.shard.query, self._request(query, limit, filter, None))
        return [to_hit(p.id, p.score, p.payload) for p in points]

    async def retrieve(self, collection: str, ids: Sequence[str]) -> list[Hit]:
        """The points with these ids, in the order asked, unknown ids skipped, score 1.0."""
        target = await self._open(collection)
        point_ids: list[qe.PointId] = [point_uuid(i) for i in dict.fromkeys(ids)]
        records = await _run(target.shard.retrieve, point_ids, True, False)
        return in_order([to_hit(r.id, 1.0, r.payload) for r in records], ids)

    async def vectors(self, collection: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The dense vectors stored for these ids (unknown ids are absent from the result)."""
        target = await self._open(collection)
        point_ids: list[qe.PointId] = [point_uuid(i) for i in dict.fromkeys(ids)]
        records = await _run(target.shard.retrieve, point_ids, True, True)
        return {to_hit(r.id, 1.0, r.payload).id: unnamed_vector(r.vector) for r in records}

    async def ids(self, collection: str) -> list[str]:
        """Every point id the collection holds, in no particular order."""
        target = await self._open(collection)
        found: list[str] = []
        offset: qe.PointId | None = None
        while True:
            request = qe.ScrollRequest(offset=offset, limit=SCROLL_PAGE, with_payload=True)
            records, offset = await _run(target.shard.scroll, request)
            found += [to_hit(r.id, 1.0, r.payload).id for r in records]
            if offset is None:
                return found

    async def count(self, collection: str, filter: Filter | None = None) -> int:
        """How many points the collection holds, or match the filter."""
        target = await self._open(collection)
        request = qe.CountRequest(exact=True, filter=edge_filter(filter))
        return await _run(target.shard.count, request)

    async def delete(self, collection: str, ids: Sequence[str]) -> None:
        """Remove these points and flush; unknown ids are ignored."""
        target = await self._open(collection)
        if ids:
            point_ids: list[qe.PointId] = [point_uuid(i) for i in ids]
            await _run(_update, target.shard, qe.UpdateOperation.delete_points(point_ids))
            target.dirty = True

    async def drop_collection(self, collection: str) -> None:
        """Close the shard and delete its directory; a missing collection is not an error."""
        async with self._lock:
            opened = self._shards.pop(collection, None)
            if opened is not None:
                await _run(opened.shard.close)
            await _run(shutil.rmtree, self._dir(collection), ignore_errors=True)

    async def optimize(self, collection: str | None = None) -> None:
        """Build the HNSW indexes of the written shards (all open ones when None); blocking work.

        Raises:
            UnknownCollection: No such collection.
        """
        names = [collection] if collection else list(self._shards)
        for name in names:
            target = await self._open(name)
            await _run(target.shard.optimize)
            await _run(target.shard.flush)
            target.dirty = False

    async def close(self) -> None:
        """Index the shards written to, flush and close them all."""
        async with self._lock:
            shards, self._shards = list(self._shards.values()), {}
        for opened in shards:
            await _run(_close, opened.shard, optimize=opened.dirty)

    def _request(
        self, query: qe.Query, limit: int, filter: Filter | None, score_threshold: float | None
    ) -> qe.QueryRequest:
        return qe.QueryRequest(
            limit=limit,
            query=query,
            filter=edge_filter(filter),
            with_payload=True,
            score_threshold=score_threshold,
            params=self._params,
        )

    async def _open(self, name: str) -> _Shard:
        """The open shard of a collection, loaded on first use."""
        opened = self._shards.get(name)
        if opened is not None:
            return opened
        async with self._lock:
            opened = self._shards.get(name)
            if opened is not None:
                return opened
            spec = await _run(self._read_spec, name)
            if spec is None:
                raise UnknownCollection(name)
            return await self._load(name, spec)

    async def _load(self, name: str, spec: CollectionSpec) -> _Shard:
        try:
            shard = await _run(qe.EdgeShard.load, str(self._dir(name)))
        except Exception as error:
            if "WouldBlock" not in str(error):
                raise
            raise ShardLocked(
                f"the Qdrant Edge shard of {name!r} at {self._dir(name)} is open in another "
                "process; only one process may open a shard (close the other one first)"
            ) from error
        self._shards[name] = _Shard(spec, shard)
        return self._shards[name]

    def _dir(self, name: str) -> Path:
        return self._root / name

    def _read_spec(self, name: str) -> CollectionSpec | None:
        """The spec stored with the shard, None when there is no shard."""
        directory = self._dir(name)
        spec_file = directory / SPEC_FILE
        if spec_file.is_file():
            return spec_from_dict(json.loads(spec_file.read_text(encoding="utf-8")))
        if directory.is_dir() and any(directory.iterdir()):
            raise missing_spec(name, str(directory))
        return None

    def _write_spec(self, spec: CollectionSpec) -> None:
        """Store the spec atomically beside the shard's own files."""
        target = self._dir(spec.name) / SPEC_FILE
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(spec_to_dict(spec), indent=2), encoding="utf-8")
        os.replace(temporary, target)

    def _create(self, spec: CollectionSpec) -> qe.EdgeShard:
        """A new shard for the spec, with its payload indexes and stored spec."""
        self._root.mkdir(parents=True, exist_ok=True)
        shard = qe.EdgeShard.create(str(self._dir(spec.name)), self._config(spec))
        _add_indexes(shard, spec)
        self._write_spec(spec)
        return shard

    def _config(self, spec: CollectionSpec) -> qe.EdgeConfig:
        optimizers = hnsw = None
        if self._indexing_threshold_kb is not None:
            optimizers = qe.EdgeOptimizersConfig(indexing_threshold=self._indexing_threshold_kb)
        if self._full_scan_threshold_kb is not None:
            hnsw = qe.HnswIndexConfig(
                m=16, ef_construct=100, full_scan_threshold=self._full_scan_threshold_kb
            )
        return qe.EdgeConfig(
            vectors=qe.EdgeVectorParams(size=spec.dim, distance=qe.Distance.Cosine),
            sparse_vectors={name: qe.EdgeSparseVectorParams() for name in spec.sparse},
            optimizers=optimizers,
            hnsw_config=hnsw,
        )


def _update(shard: qe.EdgeShard, operation: qe.UpdateOperation) -> None:
    """Apply a write and flush it to the segments on disk."""
    shard.update(operation)
    shard.flush()


def _add_indexes(shard: qe.EdgeShard, spec: CollectionSpec) -> None:
    """Create the payload indexes the spec declares and the shard lacks."""
    existing = shard.info().payload_schema
    for name, kind in payload_indexes(spec).items():
        if name not in existing:
            schema = _INDEX_SCHEMAS[kind]
            shard.update(qe.UpdateOperation.create_field_index(name, schema))
    shard.flush()


def _close(shard: qe.EdgeShard, *, optimize: bool) -> None:
    if optimize:
        shard.optimize()
    shard.flush()
    shard.close()


def _edge_point(point: VectorPoint, vector: np.ndarray) -> qe.Point:
    """The Edge point: UUID5 id, dense vector (unnamed), sparse vectors by name."""
    values: qe.Vector = vector.tolist()
    if point.sparse:
        named: dict[str, qe.NamedVector] = {"": vector.tolist()}
        for name, sparse in point.sparse.items():
            named[name] = qe.SparseVector(sparse.indices, sparse.values)
        values = named
    return qe.Point(point_uuid(point.id), values, stored_payload(point))


def edge_filter(filter: Filter | None) -> qe.Filter | None:
    """Our filter as an Edge filter.

    Raises:
        UnsupportedFilter: A ``MatchValue`` on a boolean: qdrant-edge-py 0.9 turns ``True``
            into the integer 1, so it would match integers and never booleans.
    """
    return None if filter is None else _filter(filter)


def _filter(filter: Filter) -> qe.Filter:
    return qe.Filter(
        must=[_condition(c) for c in filter.must] or None,
        should=[_condition(c) for c in filter.should] or None,
        must_not=[_condition(c) for c in filter.must_not] or None,
    )


def _condition(condition: Condition) -> qe.ConditionType:
    if isinstance(condition, Filter):
        return _filter(condition)
    if isinstance(condition, MatchValue):
        if isinstance(condition.value, bool):
            raise UnsupportedFilter(
                f"Qdrant Edge cannot match the boolean field {condition.key!r}; "
                "store it as a keyword (e.g. 'yes'/'no') or an integer 0/1"
            )
        return qe.FieldCondition(condition.key, match=qe.MatchValue(condition.value))
    if isinstance(condition, MatchAny):
        values: Any = list(condition.values)  # Edge wants all-str or all-int lists
        return qe.FieldCondition(condition.key, match=qe.MatchAny(values))
    if isinstance(condition, GeoRadius):
        center = qe.GeoPoint(lon=condition.lon, lat=condition.lat)
        circle = qe.GeoRadius(center=center, radius=condition.radius_m)
        return qe.FieldCondition(condition.key, geo_radius=circle)
    return qe.FieldCondition(
        condition.key, range=qe.RangeFloat(gte=condition.gte, lte=condition.lte)
    )
