"""ROME business logic: versioned import, fiches, pages for indexers."""

from __future__ import annotations

import base64
from collections import defaultdict
from pathlib import Path

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import (
    ReferentialVersion,
    RomeAppellation,
    RomeMetier,
    RomeMetierContext,
    RomeMetierFacet,
    RomeMetierSkill,
    RomeMobilite,
    RomeSkill,
    RomeWorkContext,
)
from referentials.rome import repository
from referentials.rome.reader import (
    RomeDataset,
    checksum,
    detect_version,
    find_rome_dir,
    read_rome,
)
from referentials.search.cache import IndexCache
from referentials.versions import repository as versions_repository
from referentials.versions import service as versions_service
from referentials.versions.service import ImportReport, Progress, Release, import_release
from shared.contracts.rome import (
    AppellationPage,
    AppellationRead,
    Facet,
    FicheSkill,
    MetierFiche,
    MetierPage,
    MetierSkillLink,
    MetierSkillPage,
    MetierSummary,
    Mobilite,
    Riasec,
    RomeV3Mapping,
    SkillDetail,
    SkillFiche,
    SkillPage,
    SkillRead,
    SkillType,
    WorkContext,
)
from shared.contracts.rome import ReferentialVersion as ReferentialVersionRead
from shared.errors import BadRequest, NotFound
from shared.french.index import LabelIndex

ROME = "rome"


class UnknownRomeCode(NotFound):
    code = "unknown_rome_code"


class InvalidCursor(BadRequest):
    code = "invalid_cursor"


def rome_release(directory: Path, dataset: RomeDataset) -> Release:
    async def write(session: AsyncSession, version_id: int) -> None:
        tables = (
            (RomeMetier, dataset.metiers),
            (RomeAppellation, dataset.appellations),
            (RomeSkill, dataset.skills),
            (RomeMetierSkill, dataset.metier_skills),
            (RomeWorkContext, dataset.work_contexts),
            (RomeMetierContext, dataset.metier_contexts),
            (RomeMobilite, dataset.mobilites),
            (RomeMetierFacet, dataset.facets),
        )
        for model, rows in tables:
            await versions_repository.bulk_insert(session, model, rows, version_id=version_id)

    return Release(
        name=ROME,
        version=dataset.version,
        checksum=dataset.checksum,
        source=str(directory),
        counts={
            "metiers": len(dataset.metiers),
            "appellations": len(dataset.appellations),
            "skills": len(dataset.skills),
            "metier_skills": len(dataset.metier_skills),
            "work_contexts": len(dataset.work_contexts),
            "metier_contexts": len(dataset.metier_contexts),
            "mobilites": len(dataset.mobilites),
            "facets": len(dataset.facets),
        },
        write=write,
        unknown_codes=dataset.unknown_codes,
    )


async def import_rome(
    session: AsyncSession, *, directory: Path, progress: Progress = lambda _: None
) -> ImportReport:
    """Import the ROME export found under ``directory`` as the new current version.

    Runs in the caller's transaction. Re-importing unchanged files changes nothing; a file
    error leaves the current version as it is.
    """
    export = find_rome_dir(directory)
    files_checksum = checksum(export, detect_version(export))
    if report := await versions_service.unchanged(session, ROME, files_checksum):
        return report
    progress(f"reading {export}")
    dataset = await anyio.to_thread.run_sync(read_rome, export)
    return await import_release(session, rome_release(export, dataset))


async def require_current(session: AsyncSession) -> ReferentialVersion:
    return await versions_service.require_current(session, ROME)


def version_read(version: ReferentialVersion) -> ReferentialVersionRead:
    return ReferentialVersionRead(
        name=version.name,
        version=version.version,
        checksum=version.checksum,
        imported_at=version.imported_at.isoformat(),
        counts=dict(version.counts),
    )


async def get_fiche(
    session: AsyncSession, code_rome: str, *, version_label: str | None = None
) -> MetierFiche:
    version = await versions_service.resolve_version(session, ROME, version_label)
    metier = await repository.get_metier(session, version.id, code_rome)
    if metier is None:
        raise UnknownRomeCode(f"no fiche métier {code_rome} in ROME {version.version}")
    appellations = await repository.fiche_appellations(session, version.id, code_rome)
    skills = await repository.fiche_skills(session, version.id, code_rome)
    mobilites = await repository.fiche_mobilites(session, version.id, code_rome)
    facets: dict[str, list[Facet]] = defaultdict(list)
    for facet in await repository.fiche_facets(session, version.id, code_rome):
        facets[facet.kind].append(
            Facet(code=facet.code, label=facet.label, principal=facet.principal)
        )
    return MetierFiche(
        **MetierSummary.model_validate(metier).model_dump(),
        definition=metier.definition,
        access=metier.access,
        domain_code=metier.domain_code,
        domain_label=metier.domain_label,
        appellations=[AppellationRead.model_validate(a) for a in appellations],
        skills=[_fiche_skill(skill, link) for skill, link in skills],
        work_contexts=[
            WorkContext.model_validate(c)
            for c in await repository.fiche_contexts(session, version.id, code_rome)
        ],
        mobilites=[
            Mobilite(code_rome=m.target_code_rome, label=label, position=m.position)
            for m, label in mobilites
        ],
        sectors=facets["sector"],
        naf_sectors=facets["naf"],
        interests=facets["interest"],
        themes=facets["theme"],
        riasec=Riasec(major=metier.riasec_major, minor=metier.riasec_minor),
        referential_version=version.version,
    )


def _fiche_skill(skill: RomeSkill, link: RomeMetierSkill) -> FicheSkill:
    return FicheSkill(
        code=skill.code,
        label=skill.label,
        type=SkillType(skill.type),
        core=link.core,
        emerging=link.emerging,
        domain=skill.domain,
        enjeu=skill.enjeu,
        objectif=skill.objectif,
    )


def encode_cursor(*parts: str) -> str:
    return base64.urlsafe_b64encode("\x1f".join(parts).encode()).decode()


def decode_cursor(cursor: str | None, arity: int = 1) -> tuple[str, ...] | None:
    if not cursor:
        return None
    try:
        raw = base64.b64decode(cursor.encode(), altchars=b"-_", validate=True).decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor("`cursor` is not a cursor this API returned") from exc
    parts = tuple(raw.split("\x1f"))
    if not raw or len(parts) != arity:
        raise InvalidCursor("`cursor` is not a cursor this API returned")
    return parts


def _after(cursor: str | None) -> str | None:
    parts = decode_cursor(cursor)
    return parts[0] if parts else None


async def list_metiers(
    session: AsyncSession, *, cursor: str | None, limit: int, version_label: str | None = None
) -> MetierPage:
    version = await versions_service.resolve_version(session, ROME, version_label)
    rows = await repository.page_metiers(session, version.id, after=_after(cursor), limit=limit)
    next_cursor = encode_cursor(rows[-1].code_rome) if len(rows) == limit else None
    return MetierPage(
        items=[MetierSummary.model_validate(r) for r in rows], next_cursor=next_cursor
    )


async def list_appellations(
    session: AsyncSession, *, cursor: str | None, limit: int, version_label: str | None = None
) -> AppellationPage:
    version = await versions_service.resolve_version(session, ROME, version_label)
    rows = await repository.page_appellations(
        session, version.id, after=_after(cursor), limit=limit
    )
    next_cursor = encode_cursor(rows[-1].code) if len(rows) == limit else None
    items = [AppellationRead.model_validate(r) for r in rows]
    return AppellationPage(items=items, next_cursor=next_cursor)


async def list_skills(session: AsyncSession, *, cursor: str | None, limit: int) -> SkillPage:
    version = await require_current(session)
    rows = await repository.page_skills(session, version.id, after=_after(cursor), limit=limit)
    next_cursor = encode_cursor(rows[-1].code) if len(rows) == limit else None
    return SkillPage(items=[SkillRead.model_validate(r) for r in rows], next_cursor=next_cursor)


async def list_metier_skills(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> MetierSkillPage:
    version = await require_current(session)
    after = decode_cursor(cursor, arity=2)
    rows = await repository.page_metier_skills(
        session, version.id, after=(after[0], after[1]) if after else None, limit=limit
    )
    last = rows[-1] if len(rows) == limit else None
    return MetierSkillPage(
        items=[
            MetierSkillLink(code_rome=r.code_rome, code=r.skill_code, core=r.core) for r in rows
        ],
        next_cursor=encode_cursor(last.code_rome, last.skill_code) if last else None,
    )


async def _metier_index(session: AsyncSession, cache: IndexCache, version_id: int) -> LabelIndex:
    async def build() -> LabelIndex:
        titles: dict[str, list[str]] = defaultdict(list)
        for appellation in await repository.all_appellations(session, version_id):
            titles[appellation.code_rome].append(appellation.label)
        metiers = await repository.all_metiers(session, version_id)
        return LabelIndex(
            (m.code_rome, m.label, [m.code_rome, *titles[m.code_rome]]) for m in metiers
        )

    return await cache.get("rome_metiers", version_id, build)


async def _appellation_index(
    session: AsyncSession, cache: IndexCache, version_id: int
) -> LabelIndex:
    async def build() -> LabelIndex:
        appellations = await repository.all_appellations(session, version_id)
        return LabelIndex((a.code, a.label, [a.label_short or ""]) for a in appellations)

    return await cache.get("rome_appellations", version_id, build)


async def search_metiers(
    session: AsyncSession, cache: IndexCache, query: str, *, limit: int, version_label: str | None
) -> MetierPage:
    """Fiches whose label, appellations or code match ``query``, best first."""
    version = await versions_service.resolve_version(session, ROME, version_label)
    matches = (await _metier_index(session, cache, version.id)).search(query, limit=limit)
    found = await repository.metiers_by_code(session, version.id, [m.key for m in matches])
    return MetierPage(items=[MetierSummary.model_validate(found[m.key]) for m in matches])


async def search_appellations(
    session: AsyncSession, cache: IndexCache, query: str, *, limit: int, version_label: str | None
) -> AppellationPage:
    """Appellations matching ``query`` as people type it, best first."""
    version = await versions_service.resolve_version(session, ROME, version_label)
    matches = (await _appellation_index(session, cache, version.id)).search(query, limit=limit)
    found = await repository.appellations_by_code(session, version.id, [m.key for m in matches])
    return AppellationPage(items=[AppellationRead.model_validate(found[m.key]) for m in matches])


class UnknownSkill(NotFound):
    code = "unknown_skill"


async def _skill_index(session: AsyncSession, cache: IndexCache, version_id: int) -> LabelIndex:
    async def build() -> LabelIndex:
        skills = await repository.all_skills(session, version_id)
        return LabelIndex((s.code, s.label, [s.code]) for s in skills)

    return await cache.get("rome_skills", version_id, build)


async def search_skills(
    session: AsyncSession, cache: IndexCache, query: str, *, limit: int, version_label: str | None
) -> SkillPage:
    """Savoir-faire, savoir-être and savoirs matching ``query``, best first."""
    version = await versions_service.resolve_version(session, ROME, version_label)
    matches = (await _skill_index(session, cache, version.id)).search(query, limit=limit)
    found = await repository.skills_by_code(session, version.id, [m.key for m in matches])
    return SkillPage(items=[SkillRead.model_validate(found[m.key]) for m in matches])


async def get_skill(
    session: AsyncSession, code: str, *, version_label: str | None = None
) -> SkillDetail:
    version = await versions_service.resolve_version(session, ROME, version_label)
    skill = await repository.get_skill(session, version.id, code)
    if skill is None:
        raise UnknownSkill(f"no skill {code} in ROME {version.version}")
    fiches = await repository.skill_fiches(session, version.id, code)
    return SkillDetail(
        **SkillRead.model_validate(skill).model_dump(),
        category=skill.category,
        macro_code=skill.macro_code,
        domain=skill.domain,
        enjeu=skill.enjeu,
        objectif=skill.objectif,
        metiers=[
            SkillFiche(code_rome=link.code_rome, label=label, core=link.core)
            for link, label in fiches
        ],
        referential_version=version.version,
    )


async def from_rome_v3(
    session: AsyncSession, code_v3: str, *, version_label: str | None = None
) -> RomeV3Mapping:
    """The ROME 4.0 fiches derived from a ROME v3 fiche (RNCP and Formacode still use v3)."""
    version = await versions_service.resolve_version(session, ROME, version_label)
    metiers = await repository.metiers_with_parent(session, version.id, code_v3)
    if not metiers:
        raise UnknownRomeCode(f"no ROME 4.0 fiche derives from the ROME v3 code {code_v3}")
    return RomeV3Mapping(
        code_rome_v3=code_v3, metiers=[MetierSummary.model_validate(m) for m in metiers]
    )
