"""Certification routes: search, fiches, the ROME crosswalk both ways."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from referentials.certifications import service
from referentials.deps import SessionDep
from shared.contracts.certifications import (
    CertificationNumber,
    CertificationPage,
    CertificationRead,
    CertificationRome,
    CertificationRomeLinkPage,
)
from shared.contracts.formacode import FormacodeCode
from shared.contracts.params import PageSize
from shared.contracts.rome import RomeCode
from shared.errors import error_responses

router = APIRouter(tags=["certifications"])

Cursor = Annotated[str | None, Query(description="Cursor from the previous page.")]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Number = Annotated[
    CertificationNumber,
    Path(description="RNCP or RS number, any case.", examples=["RNCP38381", "RS5678"]),
]


@router.get(
    "/certifications",
    response_model=CertificationPage,
    summary="Search RNCP and RS certifications by title, abbreviation or number",
    responses=error_responses(400, 422, 503),
)
async def list_certifications(
    session: SessionDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Words of the title, abbreviation or number; accents and case ignored.",
            examples=["bts banque"],
        ),
    ] = None,
    rome: Annotated[
        RomeCode | None,
        Query(description="ROME 4.0 code, matched through its ROME v3 parent.", examples=["M1607"]),
    ] = None,
    formacode: Annotated[
        FormacodeCode | None, Query(description="Formacode code.", examples=["13254"])
    ] = None,
    level: Annotated[
        int | None, Query(ge=1, le=8, description="European level, 3 (CAP) to 8.", examples=[5])
    ] = None,
    cursor: Cursor = None,
    limit: Limit = 20,
) -> CertificationPage:
    return await service.search_certifications(
        session, q=q, rome=rome, formacode=formacode, level=level, cursor=cursor, limit=limit
    )


@router.get(
    "/certifications/{number}",
    response_model=CertificationRead,
    summary="A certification with its links, blocs and ROME 4.0 fiches",
    responses=error_responses(404, 422, 503),
)
async def get_certification(session: SessionDep, number: Number) -> CertificationRead:
    return await service.get_certification(session, number)


@router.get(
    "/certifications/{number}/rome",
    response_model=CertificationRome,
    summary="The ROME fiches of a certification: v3 codes and the 4.0 fiches derived from them",
    responses=error_responses(404, 422, 503),
)
async def get_certification_rome(session: SessionDep, number: Number) -> CertificationRome:
    return await service.get_certification_rome(session, number)


@router.get(
    "/rome/metiers/{code_rome}/certifications",
    response_model=CertificationPage,
    summary="The certifications leading to a ROME 4.0 fiche, through its ROME v3 parent",
    responses=error_responses(400, 404, 422, 503),
)
async def list_rome_certifications(
    session: SessionDep,
    code_rome: Annotated[RomeCode, Path(description="ROME 4.0 code, e.g. M1607.")],
    cursor: Cursor = None,
    limit: Limit = 100,
) -> CertificationPage:
    return await service.rome_certifications(session, code_rome, cursor=cursor, limit=limit)


@router.get(
    "/rome/certification-links",
    response_model=CertificationRomeLinkPage,
    summary="Every certification one can prepare → ROME 4.0 fiche pair, in bulk (indexing)",
    description="Titled certifications not marked inactive, each with every current fiche "
    "it leads to through the ROME v3 code that fiche derives from.",
    responses=error_responses(400, 503),
)
async def list_rome_links(
    session: SessionDep, cursor: Cursor = None, limit: PageSize = 1000
) -> CertificationRomeLinkPage:
    return await service.rome_links(session, cursor=cursor, limit=limit)
