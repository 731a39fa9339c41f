"""Administration: referential imports, for keys with the `admin` scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from gateway.admin import service
from gateway.deps import AdminDep, ReferentialsDep
from shared.contracts.imports import ImportResponse, ReferentialName
from shared.errors import error_responses

router = APIRouter(prefix="/admin", tags=["admin"])


@router.post(
    "/referentials/{name}/imports",
    response_model=ImportResponse,
    summary="Import a referential from the official files on the server (no-op when unchanged)",
    responses=error_responses(401, 403, 422, 502, 503, 504),
)
async def create_referential_import(
    name: Annotated[ReferentialName, Path(description="Referential to import.")],
    caller: AdminDep,
    referentials: ReferentialsDep,
) -> ImportResponse:
    return await service.import_referential(caller, name, referentials=referentials)
