"""ROME routes: fiches, paginated lists for indexers, the current version."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from referentials.deps import SearchCacheDep, SessionDep
from referentials.rome import service
from shared.contracts.params import Cursor, PageSize, Search, Version
from shared.contracts.rome import (
    AppellationPage,
    MetierPage,
    MetierSkillPage,
    OgrCode,
    ReferentialVersion,
    RomeCode,
    RomeV3Mapping,
    SkillDetail,
    SkillPage,
)
from shared.errors import error_responses

router = APIRouter(tags=["rome"])

MAX_SEARCH = 50


@router.get(
    "/rome/metiers",
    response_model=MetierPage,
    summary="Fiches métiers: searched with `q`, else all by code, page by page",
    responses=error_responses(400, 404, 422, 503),
)
async def list_metiers(
    session: SessionDep,
    cache: SearchCacheDep,
    q: Search = None,
    cursor: Cursor = None,
    limit: PageSize = 100,
    version: Version = None,
) -> MetierPage:
    if q:
        return await service.search_metiers(
            session, cache, q, limit=min(limit, MAX_SEARCH), version_label=version
        )
    return await service.list_metiers(session, cursor=cursor, limit=limit, version_label=version)


@router.get(
    "/rome/appellations",
    response_model=AppellationPage,
    summary="Appellations: searched with `q` (autocomplete), else all by code, page by page",
    responses=error_responses(400, 404, 422, 503),
)
async def list_appellations(
    session: SessionDep,
    cache: SearchCacheDep,
    q: Search = None,
    cursor: Cursor = None,
    limit: PageSize = 100,
    version: Version = None,
) -> AppellationPage:
    if q:
        return await service.search_appellations(
            session, cache, q, limit=min(limit, MAX_SEARCH), version_label=version
        )
    return await service.list_appellations(
        session, cursor=cursor, limit=limit, version_label=version
    )


@router.get(
    "/competences",
    response_model=SkillPage,
    summary="ROME skills: searched with `q`, else all by code, page by page",
    responses=error_responses(400, 404, 422, 503),
)
async def list_competences(
    session: SessionDep,
    cache: SearchCacheDep,
    q: Search = None,
    cursor: Cursor = None,
    limit: PageSize = 100,
    version: Version = None,
) -> SkillPage:
    if q:
        return await service.search_skills(
            session, cache, q, limit=min(limit, MAX_SEARCH), version_label=version
        )
    return await service.list_skills(session, cursor=cursor, limit=limit)


@router.get(
    "/competences/{code}",
    response_model=SkillDetail,
    summary="A ROME skill, its place in the skills tree and the fiches that list it",
    responses=error_responses(404, 422, 503),
)
async def get_competence(
    session: SessionDep,
    code: Annotated[OgrCode, Path(description="Skill code_ogr.", examples=["100007"])],
    version: Version = None,
) -> SkillDetail:
    return await service.get_skill(session, code, version_label=version)


@router.get(
    "/rome/v3/{code_rome_v3}",
    response_model=RomeV3Mapping,
    summary="ROME v3 → 4.0: the fiches derived from a v3 code",
    responses=error_responses(404, 422, 503),
)
async def get_rome_v3_mapping(
    session: SessionDep,
    code_rome_v3: Annotated[RomeCode, Path(description="ROME v3 code, e.g. M1607.")],
    version: Version = None,
) -> RomeV3Mapping:
    return await service.from_rome_v3(session, code_rome_v3, version_label=version)


@router.get(
    "/rome/metier-skills", response_model=MetierSkillPage, summary="Métier → skill links, bulk"
)
async def list_metier_skills(
    session: SessionDep, cursor: Cursor = None, limit: PageSize = 1000
) -> MetierSkillPage:
    return await service.list_metier_skills(session, cursor=cursor, limit=limit)


@router.get(
    "/referentials/rome/current",
    response_model=ReferentialVersion,
    summary="The ROME version currently served",
    responses=error_responses(503),
)
async def get_current_rome_version(session: SessionDep) -> ReferentialVersion:
    return service.version_read(await service.require_current(session))
