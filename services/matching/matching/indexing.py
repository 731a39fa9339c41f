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
from shared.indexes import (
    Progress,
    collection_spec,
    index_documents,
    is_complete,
    mark_complete,
)
from shared.logging import get_logger
from shared.vector_store import CollectionSpec, VectorStore

log = get_logger(__name__)

INDEXES = (METIERS,)
"""The indexes the service needs before it is ready; offers and trainings come through the API,
and certifications only where RNCP was imported."""
REBUILT = (METIERS, CERTIFICATIONS)
"""What `index --rebuild` drops: rebuilt from the referentials. Offers and trainings are moved."""


LAYOUT = "3"
"""Version of what a point holds: bump it when fiche or certification documents change."""


async def _build(
    store: VectorStore,
    encoder: Encoder,
    referentials: ReferentialsClient,
    progress: Progress,
    *,
    specs: tuple[CollectionSpec, CollectionSpec],
    batch_size: int,
) -> dict[str, int]:
    metiers, certifications = specs
    documents = await fiche_documents(referentials)
    embedded = {
        METIERS: await index_documents(
            store, encoder, metiers, documents, batch_size=batch_size, progress=progress
        )
    }
    fiches = {d.id: d.payload for d in documents}
    embedded[CERTIFICATIONS] = await index_documents(
        store,
        encoder,
        certifications,
        await certification_documents(referentials, fiches),
        batch_size=batch_size,
        progress=progress,
    )
    for spec in specs:
        await mark_complete(store, spec)
    return embedded


async def build_indexes(
    store: VectorStore,
    encoder: Encoder,
    referentials: ReferentialsClient,
    progress: Progress,
    *,
    batch_size: int = 32,
) -> dict[str, int]:
    """Index the fiches and certifications of the referentials served, unless already done;
    move the offers and trainings into the encoder's space if it changed."""
    checksums = await referentials.current_checksums()
    rome = (await referentials.rome_version()).checksum
    specs = (
        collection_spec(
            METIERS,
            encoder,
            f"{LAYOUT}:{rome}",
            indexed_fields=("code_rome", "domain"),
            sparse=(SKILLS_VECTOR,),
        ),
        trainings_spec(
            encoder,
            name=CERTIFICATIONS,
            version=f"{LAYOUT}:{rome}:{checksums.get('certifications', 'none')}",
        ),
    )
    embedded = {METIERS: 0, CERTIFICATIONS: 0}
    if not all([await is_complete(store, spec) for spec in specs]):
        embedded = await _build(
            store, encoder, referentials, progress, specs=specs, batch_size=batch_size
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
    return embedded
