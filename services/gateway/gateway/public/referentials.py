"""Referential reads: forwarded, with their parameters, to the referentials service."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from gateway.deps import CallerDep, ReferentialsDep
from shared.contracts.certifications import (
    CertificationNumber,
    CertificationPage,
    CertificationRead,
    CertificationRome,
)
from shared.contracts.esco import (
    AppellationEscoMatches,
    EscoOccupationPage,
    EscoOccupationRead,
)
from shared.contracts.fiche import MetierFicheFull
from shared.contracts.formacode import FormacodeCode, FormacodePage, FormacodeRead
from shared.contracts.params import Cursor, PageSize, Search, Version
from shared.contracts.rome import (
    AppellationPage,
    MetierPage,
    OgrCode,
    RomeCode,
    RomeV3Mapping,
    SkillDetail,
    SkillPage,
    VersionDiff,
    VersionList,
)
from shared.errors import error_responses

router = APIRouter()

READ_ERRORS = error_responses(400, 401, 404, 422, 502, 503, 504)
CodeRome = Annotated[RomeCode, Path(description="ROME 4.0 code.", examples=["G1803"])]
Number = Annotated[
    CertificationNumber, Path(description="RNCP or RS number, any case.", examples=["RNCP38381"])
]


def _query(**values: Any) -> dict[str, Any]:
    """The query parameters the caller set, already validated here, for the service."""
    return {name: value for name, value in values.items() if value is not None}


@router.get(
    "/rome/metiers",
    response_model=MetierPage,
    tags=["referentials"],
    summary="Fiches métiers: searched with `q`, else all by code",
    responses=READ_ERRORS,
)
async def list_metiers(
    _: CallerDep, referentials: ReferentialsDep, q: Search = None,
    cursor: Cursor = None, limit: PageSize = 100, version: Version = None,
) -> MetierPage:  # fmt: skip
    query = _query(q=q, cursor=cursor, limit=limit, version=version)
    return await referentials.request("GET", "/v1/rome/metiers", MetierPage, params=query)


@router.get(
    "/rome/metiers/{code_rome}",
    response_model=MetierFicheFull,
    tags=["referentials"],
    summary="A ROME 4.0 fiche métier: appellations, skills, contexts, mobilités, sectors",
    responses=READ_ERRORS,
)
async def get_metier(
    code_rome: CodeRome, _: CallerDep, referentials: ReferentialsDep,
    version: Version = None,
) -> MetierFicheFull:  # fmt: skip
    path = f"/v1/rome/metiers/{code_rome}"
    query = _query(version=version)
    return await referentials.request("GET", path, MetierFicheFull, params=query)


@router.get(
    "/rome/appellations",
    response_model=AppellationPage,
    tags=["referentials"],
    summary="Appellations: searched with `q` (autocomplete), else all by code",
    responses=READ_ERRORS,
)
async def list_appellations(
    _: CallerDep, referentials: ReferentialsDep, q: Search = None,
    cursor: Cursor = None, limit: PageSize = 100, version: Version = None,
) -> AppellationPage:  # fmt: skip
    path = "/v1/rome/appellations"
    query = _query(q=q, cursor=cursor, limit=limit, version=version)
    return await referentials.request("GET", path, AppellationPage, params=query)


@router.get(
    "/rome/v3/{code_rome_v3}",
    response_model=RomeV3Mapping,
    tags=["referentials"],
    summary="ROME v3 → 4.0: the fiches derived from a v3 code",
    responses=READ_ERRORS,
)
async def get_rome_v3_mapping(
    code_rome_v3: Annotated[RomeCode, Path(description="ROME v3 code.", examples=["G1803"])],
    _: CallerDep, referentials: ReferentialsDep, version: Version = None,
) -> RomeV3Mapping:  # fmt: skip
    path = f"/v1/rome/v3/{code_rome_v3}"
    query = _query(version=version)
    return await referentials.request("GET", path, RomeV3Mapping, params=query)


@router.get(
    "/competences",
    response_model=SkillPage,
    tags=["referentials"],
    summary="ROME skills: searched with `q`, else all by code",
    responses=READ_ERRORS,
)
async def list_competences(
    _: CallerDep, referentials: ReferentialsDep, q: Search = None,
    cursor: Cursor = None, limit: PageSize = 100, version: Version = None,
) -> SkillPage:  # fmt: skip
    query = _query(q=q, cursor=cursor, limit=limit, version=version)
    return await referentials.request("GET", "/v1/competences", SkillPage, params=query)


@router.get(
    "/competences/{code}",
    response_model=SkillDetail,
    tags=["referentials"],
    summary="A ROME skill, its branch of the skills tree, the fiches that list it",
    responses=READ_ERRORS,
)
async def get_competence(
    code: Annotated[OgrCode, Path(description="Skill code_ogr.", examples=["104324"])],
    _: CallerDep, referentials: ReferentialsDep, version: Version = None,
) -> SkillDetail:  # fmt: skip
    path = f"/v1/competences/{code}"
    query = _query(version=version)
    return await referentials.request("GET", path, SkillDetail, params=query)


@router.get(
    "/certifications",
    response_model=CertificationPage,
    tags=["referentials"],
    summary="Search RNCP and RS certifications",
    responses=READ_ERRORS,
)
async def list_certifications(
    _: CallerDep, referentials: ReferentialsDep,
    q: Annotated[str | None, Query(max_length=200, description="Title, abbreviation or number.",
                                   examples=["bts banque"])] = None,
    rome: Annotated[RomeCode | None, Query(description="ROME 4.0 code.",
                                           examples=["G1803"])] = None,
    formacode: Annotated[FormacodeCode | None, Query(description="Formacode code.",
                                                     examples=["15061"])] = None,
    level: Annotated[int | None, Query(ge=1, le=8, description="European level.",
                                       examples=[5])] = None,
    cursor: Cursor = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size.", examples=[20])] = 20,
) -> CertificationPage:  # fmt: skip
    path = "/v1/certifications"
    query = _query(q=q, rome=rome, formacode=formacode, level=level, cursor=cursor, limit=limit)
    return await referentials.request("GET", path, CertificationPage, params=query)


@router.get(
    "/certifications/{number}",
    response_model=CertificationRead,
    tags=["referentials"],
    summary="A certification with its links, blocs and ROME 4.0 fiches",
    responses=READ_ERRORS,
)
async def get_certification(
    number: Number, _: CallerDep, referentials: ReferentialsDep
) -> CertificationRead:
    return await referentials.request("GET", f"/v1/certifications/{number}", CertificationRead)


@router.get(
    "/certifications/{number}/rome",
    response_model=CertificationRome,
    tags=["referentials"],
    summary="Certification → ROME 4.0 fiches",
    responses=READ_ERRORS,
)
async def get_certification_rome(
    number: Number, _: CallerDep, referentials: ReferentialsDep
) -> CertificationRome:
    path = f"/v1/certifications/{number}/rome"
    return await referentials.request("GET", path, CertificationRome)


@router.get(
    "/rome/metiers/{code_rome}/certifications",
    response_model=CertificationPage,
    tags=["referentials"],
    summary="ROME 4.0 → the certifications leading to it",
    responses=READ_ERRORS,
)
async def list_rome_certifications(
    code_rome: CodeRome, _: CallerDep, referentials: ReferentialsDep,
    cursor: Cursor = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size.", examples=[100])] = 100,
) -> CertificationPage:  # fmt: skip
    path = f"/v1/rome/metiers/{code_rome}/certifications"
    query = _query(cursor=cursor, limit=limit)
    return await referentials.request("GET", path, CertificationPage, params=query)


@router.get(
    "/referentials/versions",
    response_model=VersionList,
    tags=["referentials"],
    summary="Every imported version of every referential",
    responses=READ_ERRORS,
)
async def list_versions(_: CallerDep, referentials: ReferentialsDep) -> VersionList:
    return await referentials.request("GET", "/v1/referentials/versions", VersionList)


@router.get(
    "/referentials/versions/{version_id}/diff",
    response_model=VersionDiff,
    tags=["referentials"],
    summary="Items added, removed and relabelled since another version",
    responses=READ_ERRORS,
)
async def get_version_diff(
    version_id: Annotated[int, Path(description="Id of the newer version.", examples=[2])],
    _: CallerDep, referentials: ReferentialsDep,
    against: Annotated[int | None, Query(description="Id of the older version.",
                                         examples=[1])] = None,
) -> VersionDiff:  # fmt: skip
    path = f"/v1/referentials/versions/{version_id}/diff"
    query = _query(against=against)
    return await referentials.request("GET", path, VersionDiff, params=query)


@router.get(
    "/formacodes",
    response_model=FormacodePage,
    tags=["referentials"],
    summary="Formacode descriptors: searched with `q`, else all by code",
    responses=READ_ERRORS,
)
async def list_formacodes(
    _: CallerDep, referentials: ReferentialsDep, q: Search = None, cursor: Cursor = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.", examples=[100])] = 100,
) -> FormacodePage:  # fmt: skip
    query = _query(q=q, cursor=cursor, limit=limit)
    return await referentials.request("GET", "/v1/formacodes", FormacodePage, params=query)


@router.get(
    "/formacodes/{code}",
    response_model=FormacodeRead,
    tags=["referentials"],
    summary="A Formacode descriptor: synonyms, broader, narrower and related terms, ROME v3",
    responses=READ_ERRORS,
)
async def get_formacode(
    code: Annotated[FormacodeCode, Path(description="Formacode code.", examples=["15061"])],
    _: CallerDep,
    referentials: ReferentialsDep,
) -> FormacodeRead:
    return await referentials.request("GET", f"/v1/formacodes/{code}", FormacodeRead)


@router.get(
    "/rome/metiers/{code_rome}/formacodes",
    response_model=FormacodePage,
    tags=["referentials"],
    summary="ROME 4.0 → Formacode: the training domains of a fiche",
    responses=READ_ERRORS,
)
async def list_rome_formacodes(
    code_rome: CodeRome, _: CallerDep, referentials: ReferentialsDep
) -> FormacodePage:
    path = f"/v1/rome/metiers/{code_rome}/formacodes"
    return await referentials.request("GET", path, FormacodePage)


@router.get(
    "/esco/occupations",
    response_model=EscoOccupationPage,
    tags=["referentials"],
    summary="ESCO occupations in French: searched with `q`, else all by URI",
    responses=READ_ERRORS,
)
async def list_esco_occupations(
    _: CallerDep, referentials: ReferentialsDep, q: Search = None, cursor: Cursor = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.", examples=[100])] = 100,
) -> EscoOccupationPage:  # fmt: skip
    query = _query(q=q, cursor=cursor, limit=limit)
    path = "/v1/esco/occupations"
    return await referentials.request("GET", path, EscoOccupationPage, params=query)


@router.get(
    "/esco/occupations/{occupation:path}",
    response_model=EscoOccupationRead,
    tags=["referentials"],
    summary="An ESCO occupation with its French labels and its ROME appellations",
    responses=READ_ERRORS,
)
async def get_esco_occupation(
    occupation: Annotated[
        str,
        Path(
            description="The occupation URI, or its last segment.",
            examples=["00030d09-2b3a-4efd-87cc-c4ea39d27c34"],
        ),
    ],
    _: CallerDep,
    referentials: ReferentialsDep,
) -> EscoOccupationRead:
    path = f"/v1/esco/occupations/{occupation}"
    return await referentials.request("GET", path, EscoOccupationRead)


@router.get(
    "/rome/appellations/{code}/esco",
    response_model=AppellationEscoMatches,
    tags=["referentials"],
    summary="ROME appellation → ESCO occupations, by the official crosswalk",
    responses=READ_ERRORS,
)
async def list_appellation_esco_occupations(
    code: Annotated[OgrCode, Path(description="ROME appellation code_ogr.", examples=["19430"])],
    _: CallerDep,
    referentials: ReferentialsDep,
) -> AppellationEscoMatches:
    path = f"/v1/rome/appellations/{code}/esco"
    return await referentials.request("GET", path, AppellationEscoMatches)
