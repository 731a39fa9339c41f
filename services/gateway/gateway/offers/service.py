"""Offer ingestion: read each offer once with extraction, then index it for matching."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from gateway.reading import read_documents
from shared.clients import ExtractionClient, MatchingClient
from shared.contracts.constraints import ConstraintKind, Polarity
from shared.contracts.extraction import DocumentKind, ExtractionRequest, ExtractionResult
from shared.contracts.offers import (
    IndexedOffer,
    OfferFormat,
    OfferIn,
    OfferIndexRequest,
    OfferItemError,
    OfferSkill,
    OffersUpsert,
    OffersUpsertResult,
    from_france_travail,
)
from shared.errors import AppError

INDEX_CHUNK = 200  # offers per call to matching: each call well within the HTTP timeout
# An offer that states these imposes them on whoever takes the job.
IMPOSED = {
    ConstraintKind.night_work,
    ConstraintKind.weekend_work,
    ConstraintKind.sunday_work,
    ConstraintKind.driving_licence,
}


def read_offer(raw: dict[str, Any], offer_format: OfferFormat) -> OfferIn:
    """One offer in the neutral format, whatever format it came in."""
    if offer_format is OfferFormat.france_travail or (
        offer_format is OfferFormat.auto and "intitule" in raw
    ):
        return from_france_travail(raw)
    return OfferIn.model_validate(raw)


def _item_error(index: int, raw: dict[str, Any], exc: Exception) -> OfferItemError:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        code, message = "invalid_offer", f"{where}: {first['msg']}" if where else first["msg"]
    else:
        code = getattr(exc, "code", "invalid_offer")
        message = str(exc)
    offer_id = raw.get("id") or raw.get("id_offre")
    return OfferItemError(
        index=index, id=str(offer_id) if offer_id else None, code=code, message=message
    )


def indexed(
    offer: OfferIn, found: ExtractionResult, *, tenant: str, body: OffersUpsert
) -> IndexedOffer:
    """The offer with the skills its recruiter listed (score 1) and those its text says."""
    skills = {code: OfferSkill(code=code, score=1.0) for code in offer.skills}
    for skill in found.skills:
        skills.setdefault(
            skill.code,
            OfferSkill(code=skill.code, label=skill.label, type=skill.type, score=skill.score),
        )
    requirements = sorted(
        {c.kind for c in found.constraints if c.kind in IMPOSED and c.polarity == Polarity.positive}
    )
    rome_code = offer.rome_code or (found.metiers[0].code_rome if found.metiers else None)
    return IndexedOffer(
        offer=offer,
        skills=list(skills.values()),
        rome_code=rome_code,
        requirements=requirements,
        tenant=tenant,
        visibility=body.visibility,
    )


async def ingest_offers(
    body: OffersUpsert, *, tenant: str, extraction: ExtractionClient, matching: MatchingClient
) -> OffersUpsertResult:
    """Validate every offer, read the valid ones, index those read; report the others."""
    errors: list[OfferItemError] = []
    valid: list[tuple[int, OfferIn]] = []
    for index, raw in enumerate(body.offers):
        try:
            valid.append((index, read_offer(raw, body.format)))
        except (ValidationError, AppError, ValueError) as exc:
            errors.append(_item_error(index, raw, exc))
    documents = [
        ExtractionRequest(kind=DocumentKind.offer, title=o.title, text=o.description)
        for _, o in valid
    ]
    ready: list[IndexedOffer] = []
    for (index, offer), found in zip(
        valid, await read_documents(documents, extraction), strict=True
    ):
        if isinstance(found, ExtractionResult):
            ready.append(indexed(offer, found, tenant=tenant, body=body))
        else:
            errors.append(
                OfferItemError(index=index, id=offer.id, code=found.code, message=found.message)
            )
    ids: list[str] = []
    for start in range(0, len(ready), INDEX_CHUNK):
        chunk = OfferIndexRequest(offers=ready[start : start + INDEX_CHUNK])
        ids += (await matching.index_offers(chunk)).ids
    return OffersUpsertResult(
        indexed=len(ids), ids=ids, errors=sorted(errors, key=lambda e: e.index)
    )
