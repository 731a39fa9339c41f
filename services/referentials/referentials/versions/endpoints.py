"""The version registry: every import of every referential, and what changed between two."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from referentials.deps import SessionDep
from referentials.versions import service
from shared.contracts.rome import VersionDiff, VersionList
from shared.errors import error_responses

router = APIRouter(tags=["versions"])


@router.get(
    "/referentials/versions",
    response_model=VersionList,
    summary="Every imported version of every referential",
)
async def list_versions(session: SessionDep) -> VersionList:
    return await service.list_versions(session)


@router.get(
    "/referentials/versions/{version_id}/diff",
    response_model=VersionDiff,
    summary="Items added, removed and relabelled since another version",
    responses=error_responses(404, 422),
)
async def get_version_diff(
    session: SessionDep,
    version_id: Annotated[int, Path(description="Id of the newer version (see the list).")],
    against: Annotated[
        int | None, Query(description="Id of the older version; default: the one before.")
    ] = None,
) -> VersionDiff:
    return await service.diff(session, version_id, against=against)
