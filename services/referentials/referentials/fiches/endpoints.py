"""The fiche métier route."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from referentials.deps import SessionDep
from referentials.fiches import service
from shared.contracts.fiche import MetierFicheFull
from shared.contracts.params import Version
from shared.contracts.rome import RomeCode
from shared.errors import error_responses

router = APIRouter(tags=["rome"])


@router.get(
    "/rome/metiers/{code_rome}",
    response_model=MetierFicheFull,
    summary="A ROME 4.0 fiche métier: appellations, skills, contexts, mobilités, sectors, "
    "RIASEC, and the certifications and Formacodes linked to it",
    responses=error_responses(404, 422, 503),
)
async def get_metier(
    session: SessionDep,
    code_rome: Annotated[RomeCode, Path(description="ROME code, e.g. G1803.")],
    version: Version = None,
) -> MetierFicheFull:
    return await service.get_full_fiche(session, code_rome, version_label=version)
