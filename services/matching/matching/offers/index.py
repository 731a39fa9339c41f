"""The job-offers index: one point per (tenant, offer), skills sparse, territory as payload."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from matching.filters import EXPIRES
from matching.metiers.catalogue import SkillCatalogue
from matching.owned import delete_owned, point_id, write_owned
from matching.sparse import SKILLS_VECTOR
from shared.contracts.constraints import ConstraintKind
from shared.contracts.offers import IndexedOffer, OfferIn, WorkingTime
from shared.contracts.rome import SkillType
from shared.encoder import Encoder
from shared.indexes import collection_spec
from shared.vector_store import CollectionSpec, VectorStore

OFFERS = "job_offers"
VERSION = "offers-1"
INDEXED_FIELDS = (
    "tenant",
    "visibility",
    "rome_code",
    "contract_type",
    "working_time",
    "imposes",
    "place.commune",
    "place.departement",
    "place.region",
)
LOCATION = "location"
EMBEDDED_SKILLS = 8
SCAN_PAGE = 500


def offers_spec(encoder: Encoder) -> CollectionSpec:
    return collection_spec(
        OFFERS,
        encoder,
        VERSION,
        indexed_fields=INDEXED_FIELDS,
        sparse=(SKILLS_VECTOR,),
        geo_fields=(LOCATION,),
        float_fields=(EXPIRES,),
    )


def expiry(offer: OfferIn, *, ttl_days: int) -> datetime:
    """The offer's own end date, else its publication date plus the default lifetime."""
    end = offer.expires_at or offer.created_at + timedelta(days=ttl_days)
    return end if end.tzinfo else end.replace(tzinfo=UTC)


def imposes(indexed: IndexedOffer) -> list[str]:
    """What taking the job requires of a person, from its fields and what its text says."""
    offer = indexed.offer
    kinds = {kind.value for kind in indexed.requirements}
    flags = {
        ConstraintKind.night_work: offer.night_work,
        ConstraintKind.weekend_work: offer.weekend_work or offer.sunday_work,
        ConstraintKind.sunday_work: offer.sunday_work,
        ConstraintKind.driving_licence: bool(offer.driving_licences) or None,
    }
    kinds |= {kind.value for kind, flag in flags.items() if flag}
    if offer.working_time is WorkingTime.full_time:
        kinds.add(ConstraintKind.full_time.value)
    elif offer.working_time is WorkingTime.part_time:
        kinds.add(ConstraintKind.part_time.value)
    return sorted(kinds)


def offer_payload(indexed: IndexedOffer, *, ttl_days: int) -> dict[str, Any]:
    offer = indexed.offer
    place = offer.place
    payload: dict[str, Any] = {
        "offer": offer.model_dump(mode="json", exclude={"description"}),
        "tenant": indexed.tenant,
        "visibility": indexed.visibility.value,
        "rome_code": indexed.rome_code,
        "contract_type": offer.contract_type.value,
        "working_time": offer.working_time.value,
        "imposes": imposes(indexed),
        "place": place.model_dump(mode="json"),
        "skills": [s.model_dump(mode="json") for s in indexed.skills],
        EXPIRES: expiry(offer, ttl_days=ttl_days).timestamp(),
    }
    if place.latitude is not None and place.longitude is not None:
        payload[LOCATION] = {"lat": place.latitude, "lon": place.longitude}
    return payload


def embedded_text(payload: Mapping[str, Any]) -> str:
    """Title and main skills: short, so one offer costs one short encoder pass.

    Read from the payload, so that the index can be re-embedded without the offer's source.
    """
    ranked = sorted(payload["skills"], key=lambda s: -s["score"])
    labels = [s["label"] for s in ranked if s["label"]][:EMBEDDED_SKILLS]
    return ". ".join([payload["offer"]["title"], *labels])


def labelled(offer: IndexedOffer, catalogue: SkillCatalogue) -> IndexedOffer:
    """Skills given by code alone get their label; a code no fiche lists is dropped."""
    skills = []
    for skill in offer.skills:
        if skill.label is not None and skill.type is not None:
            skills.append(skill)
        elif (known := catalogue.get(skill.code)) is not None:
            skills.append(
                skill.model_copy(update={"label": known.label, "type": SkillType(known.type)})
            )
    return offer.model_copy(update={"skills": skills})


async def upsert_offers(
    store: VectorStore,
    encoder: Encoder,
    offers: Sequence[IndexedOffer],
    *,
    catalogue: SkillCatalogue,
    ttl_days: int,
) -> list[str]:
    """Add or replace the offers; returns their point ids."""
    await store.ensure_collection(offers_spec(encoder))
    if not offers:
        return []
    items = [
        (point_id(o.tenant, o.offer.id), offer_payload(labelled(o, catalogue), ttl_days=ttl_days))
        for o in offers
    ]
    return await write_owned(store, encoder, OFFERS, items, text_of=embedded_text)


async def delete_offer(store: VectorStore, *, tenant: str, offer_id: str) -> bool:
    """Remove one of the tenant's offers; False when it has no such offer."""
    return await delete_owned(store, OFFERS, tenant=tenant, item_id=offer_id)


async def purge_expired(store: VectorStore, *, now: datetime | None = None) -> int:
    """Remove every offer whose end date has passed; returns how many."""
    if await store.get_collection(OFFERS) is None:
        return 0
    cutoff = (now or datetime.now(UTC)).timestamp()
    ids = await store.ids(OFFERS)
    expired: list[str] = []
    for start in range(0, len(ids), SCAN_PAGE):
        hits = await store.retrieve(OFFERS, ids[start : start + SCAN_PAGE])
        expired += [h.id for h in hits if h.payload.get(EXPIRES, cutoff) < cutoff]
    await store.delete(OFFERS, expired)
    # Edge indexes new segments only when asked: the nightly purge is when
    await store.optimize(OFFERS)
    return len(expired)
