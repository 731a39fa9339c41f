"""ESCO routes: occupations searched or by id, with their ROME appellations, and back."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from referentials.deps import SessionDep
from referentials.esco import service
from shared.contracts.esco import (
    AppellationEscoLabelsPage,
    AppellationEscoMatches,
    EscoOccupationPage,
    EscoOccupationRead,
)
from shared.contracts.params import Cursor, PageSize
from shared.contracts.rome import OgrCode
from shared.errors import error_responses

router = APIRouter(tags=["esco"])

MAX_SEARCH = 50


@router.get(
    "/esco/occupations",
    response_model=EscoOccupationPage,
    summary="ESCO occupations: searched with `q`, else all by URI, page by page",
    responses=error_responses(400, 422, 503),
)
async def list_esco_occupations(
    session: SessionDep,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Words of the preferred or an alternative French label, ignoring case, "
            "accents and elision; each word may be the start of one. Exact and prefix "
            f"matches first. Returns at most {MAX_SEARCH} results, without cursor.",
            examples=["boulanger"],
        ),
    ] = None,
    cursor: Annotated[str | None, Query(description="Cursor from the previous page.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 100,
) -> EscoOccupationPage:
    if q:
        return await service.search_occupations(session, q, limit=min(limit, MAX_SEARCH))
    return await service.list_occupations(session, cursor=cursor, limit=limit)


@router.get(
    "/esco/appellation-labels",
    response_model=AppellationEscoLabelsPage,
    summary="ESCO labels naming each ROME appellation, bulk (internal, for indexers)",
    responses=error_responses(400, 422),
)
async def list_appellation_esco_labels(
    session: SessionDep, cursor: Cursor = None, limit: PageSize = 1000
) -> AppellationEscoLabelsPage:
    return await service.list_appellation_labels(session, cursor=cursor, limit=limit)


@router.get(
    "/esco/occupations/{occupation:path}",
    response_model=EscoOccupationRead,
    summary="An ESCO occupation with its French labels and its ROME appellations",
    responses=error_responses(404, 503),
)
async def get_esco_occupation(
    session: SessionDep,
    occupation: Annotated[
        str,
        Path(
            description="The occupation URI, or its last segment (the id).",
            examples=["00030d09-2b3a-4efd-87cc-c4ea39d27c34"],
        ),
    ],
) -> EscoOccupationRead:
    return await service.get_occupation(session, occupation)


@router.get(
    "/rome/appellations/{code}/esco",
    response_model=AppellationEscoMatches,
    summary="ESCO occupations mapped to a ROME appellation by the official crosswalk",
    responses=error_responses(404, 422, 503),
)
async def list_appellation_esco_occupations(
    session: SessionDep,
    code: Annotated[OgrCode, Path(description="ROME appellation code_ogr, e.g. 38281.")],
) -> AppellationEscoMatches:
    return await service.appellation_occupations(session, code)
