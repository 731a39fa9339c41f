"""Build the matching indexes: ROME métiers, trainings and certifications; the offers collection."""

from __future__ import annotations

from matching.metiers.index import METIERS, fiche_documents
from matching.offers.index import offers_spec
from matching.sparse import SKILLS_VECTOR
from matching.trainings.index import CERTIFICATIONS, certification_documents, trainings_spec
from shared.clients import ReferentialsClient
from shared.encoder import Encoder
from shared.indexes import Progress, collection_spec, index_documents
from shared.vector_store import VectorStore

INDEXES = (METIERS,)
"""The indexes the service needs before it is ready; offers arrive later, through the API."""


async def build_indexes(
    store: VectorStore,
    encoder: Encoder,
    referentials: ReferentialsClient,
    progress: Progress,
    *,
    batch_size: int = 32,
) -> dict[str, int]:
    """Index every fiche of the current ROME version; an up-to-date index is left as is."""
    version = await referentials.rome_version()
    spec = collection_spec(
        METIERS,
        encoder,
        version.checksum,
        indexed_fields=("code_rome", "domain"),
        sparse=(SKILLS_VECTOR,),
    )
    documents = await fiche_documents(referentials)
    embedded = await index_documents(
        store, encoder, spec, documents, batch_size=batch_size, progress=progress
    )
    fiches = {d.id: d.payload for d in documents}
    certifications = await certification_documents(referentials, fiches)
    certified = await index_documents(
        store,
        encoder,
        trainings_spec(encoder, name=CERTIFICATIONS, version=version.checksum),
        certifications,
        batch_size=batch_size,
        progress=progress,
    )
    await store.ensure_collection(offers_spec(encoder))
    await store.ensure_collection(trainings_spec(encoder))
    return {METIERS: embedded, CERTIFICATIONS: certified}
