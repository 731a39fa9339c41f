"""The full fiche: ROME content with the certifications and Formacodes linked to it."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from referentials.certifications import service as certifications_service
from referentials.formacode import service as formacode_service
from referentials.rome import service as rome_service
from referentials.versions.service import ReferentialNotImported
from shared.contracts.fiche import MetierFicheFull

FICHE_CERTIFICATIONS = 20

T = TypeVar("T")


async def _unless_absent(call: Awaitable[T]) -> T | None:
    """What another referential says, or nothing when it was not imported."""
    try:
        return await call
    except ReferentialNotImported:
        return None


async def get_full_fiche(
    session: AsyncSession, code_rome: str, *, version_label: str | None = None
) -> MetierFicheFull:
    fiche = await rome_service.get_fiche(session, code_rome, version_label=version_label)
    formacodes = await _unless_absent(formacode_service.rome_formacodes(session, code_rome))
    certifications = await _unless_absent(
        certifications_service.rome_certifications(
            session, code_rome, cursor=None, limit=FICHE_CERTIFICATIONS
        )
    )
    return MetierFicheFull(
        **fiche.model_dump(),
        formacodes=formacodes.items if formacodes else [],
        certifications=certifications.items if certifications else [],
        certifications_next_cursor=certifications.next_cursor if certifications else None,
    )
