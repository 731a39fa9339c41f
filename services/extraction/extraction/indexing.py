"""Build the extraction indexes (ROME skills, appellations) from the referentials service."""

from __future__ import annotations

from shared.clients import ReferentialsClient
from shared.encoder import Encoder
from shared.indexes import IndexDocument, Progress, collection_spec, index_documents
from shared.vector_store import VectorStore

SKILLS = "rome_skills"
APPELLATIONS = "rome_appellations"
INDEXES = (SKILLS, APPELLATIONS)


async def rome_documents(
    referentials: ReferentialsClient,
) -> tuple[list[IndexDocument], list[IndexDocument]]:
    """The skills and appellations to index, as the referentials service serves them."""
    metier_labels = {m.code_rome: m.label async for m in referentials.iter_metiers()}
    skills = [
        IndexDocument(s.code, s.label, {"code": s.code, "label": s.label, "type": s.type.value})
        async for s in referentials.iter_skills()
    ]
    appellations = [
        IndexDocument(
            a.code,
            a.label,
            {
                "code": a.code,
                "label": a.label,
                "code_rome": a.code_rome,
                "rome_label": metier_labels.get(a.code_rome, ""),
            },
        )
        async for a in referentials.iter_appellations()
    ]
    return skills, appellations


async def build_indexes(
    store: VectorStore,
    encoder: Encoder,
    referentials: ReferentialsClient,
    progress: Progress,
    *,
    batch_size: int = 128,
) -> dict[str, int]:
    """Index every ROME skill and appellation of the current version; returns what was embedded."""
    version = await referentials.rome_version()
    skills, appellations = await rome_documents(referentials)
    embedded = {}
    for name, documents in ((APPELLATIONS, appellations), (SKILLS, skills)):
        spec = collection_spec(
            name, encoder, version.checksum, indexed_fields=("type", "code_rome")
        )
        embedded[name] = await index_documents(
            store, encoder, spec, documents, batch_size=batch_size, progress=progress
        )
    return embedded
