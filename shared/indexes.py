"""Checks that a service's vector indexes exist and were built by the encoder it runs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from shared.encoder import Encoder
from shared.errors import ServiceUnavailable
from shared.logging import get_logger
from shared.vector_store import (
    CollectionSpec,
    DenseVector,
    SparseVector,
    VectorPoint,
    VectorSpaceMismatch,
    VectorStore,
)

log = get_logger(__name__)

Progress = Callable[[str, int, int], None]
HASH_KEY = "content_hash"


class IndexNotBuilt(ServiceUnavailable):
    code = "index_not_built"


async def check_indexes(store: VectorStore, encoder: Encoder, names: Sequence[str]) -> None:
    """Raise unless every index exists, holds points, and matches the encoder's vector space.

    Raises:
        VectorSpaceMismatch: an index was built by another encoder or dimension.
        IndexNotBuilt: an index is missing or empty.
    """
    for name in names:
        info = await store.get_collection(name)
        if info is None or info.points == 0:
            raise IndexNotBuilt(f"index {name} is not built yet: run `trajectoires index`")
        if info.spec.encoder != encoder.name or info.spec.dim != encoder.dim:
            raise VectorSpaceMismatch(
                f"index {name} was built with {info.spec.encoder} ({info.spec.dim}-d) but this "
                f"service runs {encoder.name} ({encoder.dim}-d): re-index with `trajectoires "
                "index --rebuild` or set ENCODER back"
            )


async def refuse_mismatched_indexes(
    store: VectorStore, encoder: Encoder, names: Sequence[str]
) -> None:
    """At start-up: fail on an index from another vector space; a missing one only waits."""
    try:
        await check_indexes(store, encoder, names)
    except IndexNotBuilt as exc:
        log.warning("index_not_built", extra={"detail": exc.message})


@dataclass(frozen=True)
class IndexDocument:
    id: str
    text: str
    payload: dict[str, Any]
    sparse: dict[str, SparseVector] = field(default_factory=dict)


def collection_spec(
    name: str,
    encoder: Encoder,
    version: str,
    *,
    indexed_fields: tuple[str, ...] = (),
    sparse: tuple[str, ...] = (),
    geo_fields: tuple[str, ...] = (),
    float_fields: tuple[str, ...] = (),
) -> CollectionSpec:
    """The spec of an index built by ``encoder`` from referential ``version``."""
    return CollectionSpec(
        name=name,
        dim=encoder.dim,
        encoder=encoder.name,
        sparse=sparse,
        indexed_fields=indexed_fields,
        version=version,
        geo_fields=geo_fields,
        float_fields=float_fields,
    )


COMPLETE = "+complete"


async def is_complete(store: VectorStore, spec: CollectionSpec) -> bool:
    """Whether a build of exactly this spec ran to its end (marked by ``mark_complete``).

    Lets a caller skip gathering its documents at all when nothing changed since.
    """
    info = await store.get_collection(spec.name)
    return (
        info is not None
        and info.spec.version == spec.version + COMPLETE
        and (info.spec.encoder, info.spec.dim) == (spec.encoder, spec.dim)
    )


async def mark_complete(store: VectorStore, spec: CollectionSpec) -> None:
    """Record that the collection now holds every document of ``spec``'s version."""
    await store.ensure_collection(replace(spec, version=spec.version + COMPLETE))


def content_hash(document: IndexDocument) -> str:
    """What a point was built from: when it is unchanged, the point need not be embedded again."""
    sparse = {name: [v.indices, v.values] for name, v in sorted(document.sparse.items())}
    content = json.dumps([document.text, document.payload, sparse], sort_keys=True, default=str)
    return hashlib.sha256(content.encode()).hexdigest()[:32]


def _point(document: IndexDocument, vector: DenseVector, content: str) -> VectorPoint:
    payload = {**document.payload, HASH_KEY: content}
    return VectorPoint(id=document.id, vector=vector, payload=payload, sparse=document.sparse)


async def index_documents(
    store: VectorStore,
    encoder: Encoder,
    spec: CollectionSpec,
    documents: Sequence[IndexDocument],
    *,
    batch_size: int,
    progress: Progress,
) -> int:
    """Bring the collection to exactly ``documents``; returns how many were embedded.

    Incremental and resumable: a point whose content is unchanged is kept, a new or changed
    one is embedded, one that is no longer a document is deleted. A new referential version
    therefore costs only what it changed.
    """
    existing = await store.get_collection(spec.name)
    await store.ensure_collection(spec)
    if existing is not None and existing.spec.version == spec.version:
        if existing.points == len(documents):
            progress(spec.name, len(documents), len(documents))
            return 0
    embedded = 0
    for start in range(0, len(documents), batch_size):
        batch = documents[start : start + batch_size]
        hashes = {d.id: content_hash(d) for d in batch}
        present = await store.retrieve(spec.name, list(hashes))
        kept = {hit.id for hit in present if hit.payload.get(HASH_KEY) == hashes[hit.id]}
        todo = [d for d in batch if d.id not in kept]
        if todo:
            vectors = await encoder.embed_passages([d.text for d in todo])
            points = [
                VectorPoint(
                    id=d.id,
                    vector=v,
                    payload={**d.payload, HASH_KEY: hashes[d.id]},
                    sparse=d.sparse,
                )
                for d, v in zip(todo, vectors, strict=True)
            ]
            await store.upsert(spec.name, points)
            embedded += len(todo)
        progress(spec.name, min(start + batch_size, len(documents)), len(documents))
    wanted = {d.id for d in documents}
    await store.delete(spec.name, [i for i in await store.ids(spec.name) if i not in wanted])
    return embedded
