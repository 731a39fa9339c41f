"""Formacode routes: descriptors by code, searched or listed page by page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from referentials.deps import SessionDep
from referentials.formacode import service
from shared.contracts.formacode import FormacodeCode, FormacodePage, FormacodeRead
from shared.contracts.rome import RomeCode
from shared.errors import error_responses

router = APIRouter(tags=["formacode"])

MAX_SEARCH = 50


@router.get(
    "/formacodes",
    response_model=FormacodePage,
    summary="Formacode V14 descriptors: searched with `q`, else all by code, page by page",
    responses=error_responses(400, 422, 503),
)
async def list_formacodes(
    session: SessionDep,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Words of the label or of a synonym, ignoring case, accents and "
            "elision; each word may be the start of one. Exact and prefix matches first. "
            f"Returns at most {MAX_SEARCH} results, without cursor.",
            examples=["education"],
        ),
    ] = None,
    cursor: Annotated[str | None, Query(description="Cursor from the previous page.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 100,
) -> FormacodePage:
    if q:
        return await service.search_formacodes(session, q, limit=min(limit, MAX_SEARCH))
    return await service.list_formacodes(session, cursor=cursor, limit=limit)


@router.get(
    "/formacodes/{code}",
    response_model=FormacodeRead,
    summary="A Formacode V14 descriptor with its related terms and V13 ROME v3 links",
    responses=error_responses(404, 422, 503),
)
async def get_formacode(
    session: SessionDep,
    code: Annotated[FormacodeCode, Path(description="Formacode code, e.g. 15061.")],
) -> FormacodeRead:
    return await service.get_formacode(session, code)


@router.get(
    "/rome/metiers/{code_rome}/formacodes",
    response_model=FormacodePage,
    summary="ROME 4.0 → Formacode: the training domains of a fiche (through its ROME v3 parent)",
    responses=error_responses(404, 422, 503),
)
async def list_rome_formacodes(
    session: SessionDep,
    code_rome: Annotated[RomeCode, Path(description="ROME 4.0 code, e.g. M1805.")],
) -> FormacodePage:
    return await service.rome_formacodes(session, code_rome)
