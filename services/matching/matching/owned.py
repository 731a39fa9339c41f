"""What partners push (offers, trainings): points owned by a tenant, written and removed alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.encoder import Encoder
from shared.vector_store import SparseVector, VectorPoint, VectorStore

TextOf = Callable[[dict[str, Any]], str]


def point_id(tenant: str, item_id: str) -> str:
    """Two tenants may use the same id: the point is theirs alone."""
    return f"{tenant}/{item_id}"


def skills_sparse(payload: dict[str, Any]) -> dict[str, SparseVector]:
    """The skill vector, from the skills and scores the payload keeps."""
    return {SKILLS_VECTOR: skill_vector({s["code"]: s["score"] for s in payload["skills"]})}


async def write_owned(
    store: VectorStore,
    encoder: Encoder,
    collection: str,
    items: Sequence[tuple[str, dict[str, Any]]],
    *,
    text_of: TextOf,
) -> list[str]:
    """Embed and write (point id, payload) pairs; returns the ids written."""
    vectors = await encoder.embed_passages([text_of(payload) for _, payload in items])
    points = [
        VectorPoint(id=pid, vector=vector, payload=payload, sparse=skills_sparse(payload))
        for (pid, payload), vector in zip(items, vectors, strict=True)
    ]
    await store.upsert(collection, points)
    return [p.id for p in points]


async def delete_owned(store: VectorStore, collection: str, *, tenant: str, item_id: str) -> bool:
    """Remove one of the tenant's items; False when it has no such item."""
    if await store.get_collection(collection) is None:
        return False
    pid = point_id(tenant, item_id)
    if not await store.retrieve(collection, [pid]):
        return False
    await store.delete(collection, [pid])
    return True
