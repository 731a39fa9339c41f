"""The trainings index: training offers (sessions, places) and certifications leading to métiers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any

from matching.filters import EXPIRES
from matching.metiers.index import CORE_WEIGHT, OTHER_WEIGHT
from matching.owned import delete_owned, point_id, write_owned
from matching.sparse import SKILLS_VECTOR, skill_vector
from shared.clients import ReferentialsClient
from shared.contracts.matching import TrainingKind
from shared.contracts.tenancy import Visibility
from shared.contracts.trainings import IndexedTraining, TrainingIn
from shared.encoder import Encoder
from shared.errors import AppError
from shared.indexes import IndexDocument, collection_spec
from shared.logging import get_logger
from shared.vector_store import CollectionSpec, VectorStore

log = get_logger(__name__)

TRAININGS = "trainings"
CERTIFICATIONS = "certifications"
VERSION = "trainings-1"
REFERENTIAL_TENANT = "referentials"
"""Owner of the certifications read from RNCP: shared with every tenant."""
NEVER = datetime(9999, 1, 1, tzinfo=UTC).timestamp()
INDEXED_FIELDS = (
    "kind",
    "tenant",
    "visibility",
    "rome_codes",
    "places.commune",
    "places.departement",
    "places.region",
)
LOCATIONS = "locations"
EMBEDDED_SKILLS = 8


def trainings_spec(
    encoder: Encoder, *, name: str = TRAININGS, version: str = VERSION
) -> CollectionSpec:
    """Training offers and certifications share one layout, in two collections: the
    certifications are rebuilt from RNCP, the training offers come from partners."""
    return collection_spec(
        name,
        encoder,
        version,
        indexed_fields=INDEXED_FIELDS,
        sparse=(SKILLS_VECTOR,),
        geo_fields=(LOCATIONS,),
        float_fields=(EXPIRES,),
    )


def _end_ts(training: TrainingIn) -> float:
    """A training stays until its last session ends; one without dated sessions, for ever."""
    ends = [s.end or s.start for s in training.sessions]
    known = [d for d in ends if d is not None]
    if not known or len(known) < len(ends):
        return NEVER
    return datetime.combine(max(known), time.max, tzinfo=UTC).timestamp()


def training_payload(indexed: IndexedTraining) -> dict[str, Any]:
    training = indexed.training
    places = [s.place.model_dump(mode="json") for s in training.sessions]
    return {
        "kind": TrainingKind.training.value,
        "training": training.model_dump(mode="json", exclude={"description"}),
        "tenant": indexed.tenant,
        "visibility": indexed.visibility.value,
        "rome_codes": list(training.rome_codes),
        "places": places,
        LOCATIONS: [
            {"lat": p["latitude"], "lon": p["longitude"]}
            for p in places
            if p["latitude"] is not None and p["longitude"] is not None
        ],
        "skills": [s.model_dump(mode="json") for s in indexed.skills],
        EXPIRES: _end_ts(training),
    }


def embedded_text(payload: dict[str, Any]) -> str:
    """Title and main skills, read from the payload so that the index can be re-embedded."""
    ranked = sorted(payload["skills"], key=lambda s: -s["score"])
    return ". ".join(
        [payload["training"]["title"], *(s["label"] for s in ranked[:EMBEDDED_SKILLS])]
    )


async def upsert_trainings(
    store: VectorStore, encoder: Encoder, trainings: Sequence[IndexedTraining]
) -> list[str]:
    """Add or replace training offers; returns their point ids."""
    await store.ensure_collection(trainings_spec(encoder))
    if not trainings:
        return []
    items = [(point_id(t.tenant, t.training.id), training_payload(t)) for t in trainings]
    return await write_owned(store, encoder, TRAININGS, items, text_of=embedded_text)


async def delete_training(store: VectorStore, *, tenant: str, training_id: str) -> bool:
    """Remove one of the tenant's trainings; False when it has no such training."""
    return await delete_owned(store, TRAININGS, tenant=tenant, item_id=training_id)


def certification_document(
    number: str, title: str, level: int | None, fiches: list[dict[str, Any]]
) -> IndexDocument:
    """A certification as a route to its métiers: it teaches their skills, core ones most.

    Its payload keeps skill codes alone (a certification can lead to dozens of fiches): the
    gap's labels come from the target fiche.
    """
    weights: dict[str, float] = {}
    for fiche in fiches:
        for skill in fiche["skills"]:
            weight = CORE_WEIGHT if skill["core"] else OTHER_WEIGHT
            weights[skill["code"]] = max(weights.get(skill["code"], 0.0), weight)
    payload = {
        "kind": TrainingKind.certification.value,
        "training": {"id": number, "title": title, "rncp": [number], "level": level},
        "tenant": REFERENTIAL_TENANT,
        "visibility": Visibility.shared.value,
        "rome_codes": sorted(f["code_rome"] for f in fiches),
        "places": [],
        "skills": [{"code": code, "score": weight} for code, weight in sorted(weights.items())],
        EXPIRES: NEVER,
    }
    return IndexDocument(
        id=number,
        text=title,
        payload=payload,
        sparse={SKILLS_VECTOR: skill_vector(weights)},
    )


async def certification_documents(
    referentials: ReferentialsClient, fiches: dict[str, dict[str, Any]]
) -> list[IndexDocument]:
    """Every active certification with a title that leads to a current fiche."""
    documents = []
    try:
        async for link in referentials.iter_certification_links():
            leads_to = [fiches[code] for code in link.rome_metiers if code in fiches]
            if link.title and leads_to:
                documents.append(
                    certification_document(link.number, link.title, link.level, leads_to)
                )
    except AppError as exc:  # RNCP not imported: trainings still work without it
        log.warning("certifications_unavailable", extra={"detail": exc.message})
        return []
    return documents
