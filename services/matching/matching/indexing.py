"""Build the matching indexes: ROME métiers, trainings and certifications; the offers collection."""

from __future__ import annotations

from matching.metiers.index import METIERS, fiche_documents
from matching.offers.index import OFFERS, offers_spec
from matching.offers.index import embedded_text as offer_text
from matching.reembed import reembed
from matching.sparse import SKILLS_VECTOR
from matching.trainings.index import (
    CERTIFICATIONS,
    TRAININGS,
    certification_documents,
    trainings_spec,
)
from matching.trainings.index import embedded_text as training_text
from shared.clients import ReferentialsClient
from shared.encoder import Encoder
from shared.indexes import Progress, collection_spec, index_documents
from shared.logging import get_logger
from shared.vector_store import VectorStore

log = get_logger(__name__)

INDEXES = (METIERS,)
"""The indexes the service needs before it is ready; offers and trainings come through the API,
and certifications only where RNCP was imported."""
REBUILT = (METIERS, CERTIFICATIONS)
"""What `index --rebuild` drops: rebuilt from the referentials. Offers and trainings are moved."""


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
    moved = {
        OFFERS: await reembed(
            store, encoder, offers_spec(encoder), text_of=offer_text, progress=progress
        ),
        TRAININGS: await reembed(
            store, encoder, trainings_spec(encoder), text_of=training_text, progress=progress
        ),
    }
    await store.ensure_collection(offers_spec(encoder))
    await store.ensure_collection(trainings_spec(encoder))
    log.info("partner_indexes", extra={"points": moved})
    return {METIERS: embedded, CERTIFICATIONS: certified}
