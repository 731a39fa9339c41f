"""Checks and conversions shared by the vector-store implementations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from typing import Any, Literal

import numpy as np

from shared.vector_store.base import CollectionSpec, DenseVector, Hit, VectorPoint
from shared.vector_store.errors import UnknownVector, VectorSpaceMismatch

ID_KEY = "_id"
"""Payload key holding our own id; Qdrant point ids are UUID5s derived from it."""

SPEC_FORMAT = 1
_NAMESPACE = uuid.UUID("5b0c1f4e-7d3a-5e59-9a43-1f7a3c2b9d10")


def point_uuid(point_id: str) -> str:
    """The stable Qdrant point id (a UUID5) for one of our ids."""
    return str(uuid.uuid5(_NAMESPACE, point_id))


def dense(vector: DenseVector, spec: CollectionSpec) -> np.ndarray:
    """The vector as a float32 array, refused when it is not of the collection's dim."""
    array = np.asarray(vector, dtype=np.float32)
    if array.ndim != 1 or array.shape[0] != spec.dim:
        got = array.shape[0] if array.ndim == 1 else f"shape {array.shape}"
        raise VectorSpaceMismatch(
            f"collection {spec.name!r} holds {spec.dim}-d vectors from encoder "
            f"{spec.encoder!r}, got a vector of length {got}; encode with {spec.encoder!r} "
            "or re-index the collection with the new encoder"
        )
    return array


def dense_batch(vectors: Sequence[DenseVector] | np.ndarray, spec: CollectionSpec) -> np.ndarray:
    """The vectors as a float32 matrix, one row per vector, each checked against the dim."""
    rows = [dense(vector, spec) for vector in vectors]
    return np.stack(rows) if rows else np.zeros((0, spec.dim), dtype=np.float32)


def check_using(using: str | None, spec: CollectionSpec) -> None:
    """Refuse a dense vector name other than the collection's single default one."""
    if using:
        raise UnknownVector(
            f"collection {spec.name!r} has one unnamed dense vector, not {using!r}; "
            "use search_sparse for the sparse vectors"
        )


def check_sparse_name(name: str, spec: CollectionSpec) -> None:
    """Refuse a sparse vector name the collection was not created with."""
    if name not in spec.sparse:
        raise UnknownVector(
            f"collection {spec.name!r} has no sparse vector {name!r} (it has {list(spec.sparse)})"
        )


def checked_points(
    points: Sequence[VectorPoint], spec: CollectionSpec
) -> list[tuple[VectorPoint, np.ndarray]]:
    """Each point with its dense vector as an array, after checking dims and sparse names."""
    checked = []
    for point in points:
        if ID_KEY in point.payload:
            raise ValueError(f"point {point.id!r}: payload key {ID_KEY!r} is reserved")
        for name in point.sparse:
            check_sparse_name(name, spec)
        checked.append((point, dense(point.vector, spec)))
    return checked


def stored_payload(point: VectorPoint) -> dict[str, Any]:
    """The payload as stored: the caller's fields plus our id under the reserved key."""
    return {**point.payload, ID_KEY: point.id}


def to_hit(raw_id: object, score: float, payload: dict[str, Any] | None) -> Hit:
    """A hit carrying our own id, with the reserved key taken out of the payload."""
    fields = dict(payload or {})
    our_id = fields.pop(ID_KEY, None)
    return Hit(id=str(our_id if our_id is not None else raw_id), score=float(score), payload=fields)


def in_order(hits: Iterable[Hit], ids: Sequence[str]) -> list[Hit]:
    """The hits in the order their ids were asked for, each id once."""
    by_id = {hit.id: hit for hit in hits}
    seen: set[str] = set()
    ordered = []
    for point_id in ids:
        if point_id in by_id and point_id not in seen:
            seen.add(point_id)
            ordered.append(by_id[point_id])
    return ordered


def reconcile(stored: CollectionSpec, wanted: CollectionSpec) -> CollectionSpec:
    """The spec to keep for an existing index; refuses one built in another vector space.

    Args:
        stored: The spec stored with the index.
        wanted: The spec the caller asks for.

    Returns:
        The stored spec with the wanted version label and any new indexed or geo fields.

    Raises:
        VectorSpaceMismatch: Encoder, dim or sparse vector names differ.
    """
    if (stored.encoder, stored.dim) != (wanted.encoder, wanted.dim):
        raise VectorSpaceMismatch(
            f"collection {stored.name!r} was indexed with encoder {stored.encoder!r} "
            f"({stored.dim}-d) but encoder {wanted.encoder!r} ({wanted.dim}-d) is configured; "
            "their vectors are not comparable. Re-index the collection with "
            f"{wanted.encoder!r} (drop it and rebuild), or configure encoder {stored.encoder!r}"
        )
    if set(stored.sparse) != set(wanted.sparse):
        raise VectorSpaceMismatch(
            f"collection {stored.name!r} was indexed with sparse vectors {list(stored.sparse)} "
            f"but {list(wanted.sparse)} are requested; re-index the collection (drop and rebuild)"
        )
    return replace(
        stored,
        indexed_fields=_added(stored.indexed_fields, wanted.indexed_fields),
        geo_fields=_added(stored.geo_fields, wanted.geo_fields),
        float_fields=_added(stored.float_fields, wanted.float_fields),
        version=wanted.version or stored.version,
    )


def _added(stored: tuple[str, ...], wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The stored fields followed by the wanted ones not stored yet (indexes are never dropped)."""
    return stored + tuple(f for f in wanted if f not in stored)


PayloadIndex = Literal["keyword", "geo", "float"]


def payload_indexes(spec: CollectionSpec) -> dict[str, PayloadIndex]:
    """The payload index each declared field needs, by field name."""
    indexes: dict[str, PayloadIndex] = dict.fromkeys(spec.indexed_fields, "keyword")
    indexes.update(dict.fromkeys(spec.geo_fields, "geo"))
    indexes.update(dict.fromkeys(spec.float_fields, "float"))
    return indexes


def spec_to_dict(spec: CollectionSpec) -> dict[str, Any]:
    """The spec as JSON-ready data, tagged with the format version."""
    data = asdict(spec)
    data["sparse"] = list(spec.sparse)
    data["indexed_fields"] = list(spec.indexed_fields)
    data["geo_fields"] = list(spec.geo_fields)
    data["float_fields"] = list(spec.float_fields)
    return {"format": SPEC_FORMAT, **data}


def spec_from_dict(data: dict[str, Any]) -> CollectionSpec:
    """The spec read back from ``spec_to_dict`` data."""
    return CollectionSpec(
        name=str(data["name"]),
        dim=int(data["dim"]),
        encoder=str(data["encoder"]),
        sparse=tuple(data.get("sparse", ())),
        indexed_fields=tuple(data.get("indexed_fields", ())),
        version=str(data.get("version", "")),
        # Specs written before geo fields existed lack the key: they declared none.
        geo_fields=tuple(data.get("geo_fields", ())),
        float_fields=tuple(data.get("float_fields", ())),
    )


def missing_spec(name: str, where: str) -> VectorSpaceMismatch:
    """The error for an index found without the spec that says which encoder built it."""
    return VectorSpaceMismatch(
        f"collection {name!r} exists at {where} but carries no stored encoder spec, so its "
        "vector space is unknown; drop it and re-index"
    )


def unnamed_vector(vector: Any) -> np.ndarray:
    """The default (unnamed) dense vector of a stored point, whatever shape the engine returns."""
    if isinstance(vector, dict):
        vector = vector.get("", next(iter(vector.values()), []))
    return np.asarray(vector, dtype=np.float32)
