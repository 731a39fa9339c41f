"""Move the partner-fed indexes (offers, trainings) into a new encoder's vector space.

Their source is not kept anywhere else, but each point's payload holds what its vector was
embedded from (title and skill labels) and its skills with their scores: both vectors can be
rebuilt from it. The move is resumable: points are first re-embedded into a staging collection
(a point already there is not embedded again), then the old collection is dropped and the
staging one copied under the real name. A run interrupted at any step finishes on the next.
"""

from __future__ import annotations

from dataclasses import replace

from matching.owned import TextOf, skills_sparse
from shared.encoder import Encoder
from shared.indexes import Progress
from shared.vector_store import CollectionSpec, VectorPoint, VectorStore

PAGE = 256


def _same_space(stored: CollectionSpec, wanted: CollectionSpec) -> bool:
    return stored.encoder == wanted.encoder and stored.dim == wanted.dim


async def _embed_into(
    store: VectorStore,
    encoder: Encoder,
    *,
    source: str,
    target: str,
    text_of: TextOf,
    progress: Progress,
) -> None:
    """Re-embed every point of ``source`` that ``target`` lacks."""
    done = set(await store.ids(target))
    todo = [i for i in await store.ids(source) if i not in done]
    for start in range(0, len(todo), PAGE):
        hits = await store.retrieve(source, todo[start : start + PAGE])
        vectors = await encoder.embed_passages([text_of(h.payload) for h in hits])
        points = [
            VectorPoint(id=h.id, vector=v, payload=h.payload, sparse=skills_sparse(h.payload))
            for h, v in zip(hits, vectors, strict=True)
        ]
        await store.upsert(target, points)
        progress(target, len(done) + start + len(hits), len(done) + len(todo))


async def _copy(store: VectorStore, *, source: str, target: str) -> None:
    """Copy every point, vectors as they are."""
    ids = await store.ids(source)
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        hits = await store.retrieve(source, page)
        vectors = await store.vectors(source, page)
        await store.upsert(
            target,
            [
                VectorPoint(
                    id=h.id,
                    vector=vectors[h.id],
                    payload=h.payload,
                    sparse=skills_sparse(h.payload),
                )
                for h in hits
            ],
        )


async def reembed(
    store: VectorStore,
    encoder: Encoder,
    spec: CollectionSpec,
    *,
    text_of: TextOf,
    progress: Progress,
) -> int:
    """Bring the collection into ``spec``'s vector space; returns how many points it holds.

    A collection already in that space, or absent, is left as it is.
    """
    staging = replace(spec, name=f"{spec.name}.reembed")
    current = await store.get_collection(spec.name)
    staged = await store.get_collection(staging.name)
    if staged is None and (current is None or _same_space(current.spec, spec)):
        return current.points if current else 0
    await store.ensure_collection(staging)
    if current is not None and not _same_space(current.spec, spec):
        await _embed_into(
            store,
            encoder,
            source=spec.name,
            target=staging.name,
            text_of=text_of,
            progress=progress,
        )
        await store.drop_collection(spec.name)
    await store.ensure_collection(spec)
    await _copy(store, source=staging.name, target=spec.name)
    await store.drop_collection(staging.name)
    return await store.count(spec.name)
