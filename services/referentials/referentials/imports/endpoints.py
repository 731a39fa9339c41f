"""Administrative imports, called by the gateway for tenants with the `admin` scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from referentials.deps import SessionDep, SettingsDep
from referentials.imports import service
from shared.contracts.imports import ImportResponse, ReferentialName
from shared.errors import error_responses

router = APIRouter(tags=["imports"])


@router.post(
    "/referentials/{name}/imports",
    response_model=ImportResponse,
    summary="Import a referential from the service's data directory (no-op when unchanged)",
    responses=error_responses(422, 503),
)
async def create_import(
    session: SessionDep,
    settings: SettingsDep,
    name: Annotated[ReferentialName, Path(description="Referential to import.")],
) -> ImportResponse:
    return await service.import_referential(session, name, directory=settings.referential_dir)
