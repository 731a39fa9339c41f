"""Checks that a service's vector indexes exist and were built by the encoder it runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from shared.encoder import Encoder
from shared.errors import ServiceUnavailable
from shared.logging import get_logger
from shared.vector_store import (
    CollectionSpec,
    SparseVector,
    VectorPoint,
    VectorSpaceMismatch,
    VectorStore,
)

log = get_logger(__name__)

Progress = Callable[[str, int, int], None]


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
) -> CollectionSpec:
    """The spec of an index built by ``encoder`` from referential ``version``."""
    return CollectionSpec(
        name=name,
        dim=encoder.dim,
        encoder=encoder.name,
        sparse=sparse,
        indexed_fields=indexed_fields,
        version=version,
    )


async def index_documents(
    store: VectorStore,
    encoder: Encoder,
    spec: CollectionSpec,
    documents: Sequence[IndexDocument],
    *,
    batch_size: int,
    progress: Progress,
) -> int:
    """Embed and upsert what the collection lacks; resumable, since present ids are skipped.

    An index built from another referential version is dropped and rebuilt.
    """
    existing = await store.get_collection(spec.name)
    if existing is not None and existing.spec.version != spec.version:
        await store.drop_collection(spec.name)
    elif existing is not None and existing.points == len(documents):
        progress(spec.name, len(documents), len(documents))
        return 0
    await store.ensure_collection(spec)
    embedded = 0
    for start in range(0, len(documents), batch_size):
        batch = documents[start : start + batch_size]
        present = {hit.id for hit in await store.retrieve(spec.name, [d.id for d in batch])}
        todo = [d for d in batch if d.id not in present]
        if todo:
            vectors = await encoder.embed_passages([d.text for d in todo])
            points = [
                VectorPoint(id=d.id, vector=v, payload=d.payload, sparse=d.sparse)
                for d, v in zip(todo, vectors, strict=True)
            ]
            await store.upsert(spec.name, points)
            embedded += len(todo)
        progress(spec.name, min(start + batch_size, len(documents)), len(documents))
    return embedded
