"""ESCO business logic: versioned import with the ROME crosswalk, occupations, search."""

from __future__ import annotations

from pathlib import Path

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.esco import repository
from referentials.esco.reader import EscoDataset, find_esco_files, read_esco
from referentials.models.esco import EscoOccupation, EscoRomeMapping, EscoSkill
from referentials.rome.service import ROME, decode_cursor, encode_cursor
from referentials.versions import repository as versions_repository
from referentials.versions import service as versions_service
from referentials.versions.diff import register as register_diff
from referentials.versions.service import ImportReport, Progress, Release, import_release
from shared.contracts.esco import (
    AppellationEscoLabels,
    AppellationEscoLabelsPage,
    AppellationEscoMatches,
    EscoOccupationMatch,
    EscoOccupationPage,
    EscoOccupationRead,
    EscoOccupationSummary,
    MappingRelation,
    RomeAppellationMatch,
)
from shared.errors import NotFound
from shared.french.text import tokens

ESCO = "esco"
OCCUPATION_URI = "http://data.europa.eu/esco/occupation/"
# an occupation broader than the appellation (broadMatch) would name its siblings too
NAMING_RELATIONS = (
    MappingRelation.exact_match,
    MappingRelation.close_match,
    MappingRelation.narrow_match,
)
register_diff(
    ESCO, ("occupations", EscoOccupation.version_id, EscoOccupation.uri, EscoOccupation.label)
)


class UnknownEscoOccupation(NotFound):
    code = "unknown_esco_occupation"


class UnknownAppellation(NotFound):
    code = "unknown_appellation"


def esco_release(source: Path, dataset: EscoDataset) -> Release:
    async def write(session: AsyncSession, version_id: int) -> None:
        for model, rows in (
            (EscoOccupation, dataset.occupations),
            (EscoSkill, dataset.skills),
            (EscoRomeMapping, dataset.mappings),
        ):
            await versions_repository.bulk_insert(session, model, rows, version_id=version_id)

    return Release(
        name=ESCO,
        version=dataset.version,
        checksum=dataset.checksum,
        source=str(source),
        counts={
            "occupations": len(dataset.occupations),
            "skills": len(dataset.skills),
            "rome_mappings": len(dataset.mappings),
        },
        write=write,
        unknown_codes=dataset.unknown_codes,
    )


async def _report_unknown_appellations(
    session: AsyncSession, dataset: EscoDataset, progress: Progress
) -> None:
    rome = await versions_repository.current_version(session, ROME)
    if rome is None:
        progress("ROME not imported: crosswalk appellation codes not checked")
        return
    known = await repository.appellation_codes(session, rome.id)
    for mapping in dataset.mappings:
        if mapping["code_ogr"] not in known:
            dataset.report_unknown(f"crosswalk.code_ogr (ROME {rome.version})", mapping["code_ogr"])


async def import_esco(
    session: AsyncSession, *, directory: Path, progress: Progress = lambda _: None
) -> ImportReport:
    """Import the French ESCO files and the ESCO ↔ ROME crosswalk as the current ESCO.

    Runs in the caller's transaction; unchanged files change nothing, a file error nothing.
    Crosswalk codes unknown to ESCO or to the current ROME are kept and reported.
    """
    files = find_esco_files(directory)
    progress(f"reading {files.occupations.parent.parent}")
    dataset = await anyio.to_thread.run_sync(read_esco, files)
    await _report_unknown_appellations(session, dataset, progress)
    return await import_release(session, esco_release(files.crosswalk.parent.parent, dataset))


def _uri(occupation: str) -> str:
    return occupation if occupation.startswith("http") else OCCUPATION_URI + occupation


async def get_occupation(session: AsyncSession, occupation: str) -> EscoOccupationRead:
    """One occupation by URI or by the id that ends it, with its ROME appellations."""
    version = await versions_service.require_current(session, ESCO)
    found = await repository.get_occupation(session, version.id, _uri(occupation))
    if found is None:
        raise UnknownEscoOccupation(f"no ESCO occupation {occupation} in ESCO {version.version}")
    rome = await versions_repository.current_version(session, ROME)
    mappings = await repository.occupation_mappings(
        session, version.id, found.uri, rome_version_id=rome.id if rome else None
    )
    return EscoOccupationRead(
        **EscoOccupationSummary.model_validate(found).model_dump(),
        isco_group=found.isco_group,
        alt_labels=found.alt_labels,
        description=found.description,
        rome_appellations=[
            RomeAppellationMatch(
                code_ogr=m.code_ogr,
                label=m.appellation_label,
                code_rome=code_rome,
                relation=m.relation,
            )
            for m, code_rome in mappings
        ],
        referential_version=version.version,
    )


async def list_occupations(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> EscoOccupationPage:
    version = await versions_service.require_current(session, ESCO)
    after = decode_cursor(cursor)
    rows = await repository.page_occupations(
        session, version.id, after=after[0] if after else None, limit=limit
    )
    return EscoOccupationPage(
        items=[EscoOccupationSummary.model_validate(r) for r in rows],
        next_cursor=encode_cursor(rows[-1].uri) if len(rows) == limit else None,
    )


async def search_occupations(
    session: AsyncSession, query: str, *, limit: int
) -> EscoOccupationPage:
    """Occupations whose labels hold every word of ``query``; exact, prefix first."""
    version = await versions_service.require_current(session, ESCO)
    words = tokens(query)
    rows = (
        await repository.search_occupations(session, version.id, words, limit=limit)
        if words
        else []
    )
    return EscoOccupationPage(items=[EscoOccupationSummary.model_validate(r) for r in rows])


async def appellation_occupations(session: AsyncSession, code_ogr: str) -> AppellationEscoMatches:
    """ESCO occupations the crosswalk maps to one ROME appellation, closest first."""
    version = await versions_service.require_current(session, ESCO)
    mappings = await repository.appellation_mappings(session, version.id, code_ogr)
    if not mappings:
        rome = await versions_repository.current_version(session, ROME)
        if rome is None or not await repository.appellation_exists(session, rome.id, code_ogr):
            raise UnknownAppellation(f"no ROME appellation {code_ogr} in ROME or the crosswalk")
    return AppellationEscoMatches(
        code_ogr=code_ogr,
        items=[
            EscoOccupationMatch(
                uri=m.occupation_uri, label=label or m.occupation_label, relation=m.relation
            )
            for m, label in mappings
        ],
    )


def _labels(occupation: EscoOccupation) -> list[str]:
    """Preferred then alternative labels, stripped, without empty or repeated ones."""
    labels = dict.fromkeys(label.strip() for label in [occupation.label, *occupation.alt_labels])
    return [label for label in labels if label]


async def list_appellation_labels(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> AppellationEscoLabelsPage:
    """ESCO labels naming ROME appellations, page by page; empty when ESCO is not imported."""
    after = decode_cursor(cursor, arity=2)
    version = await versions_repository.current_version(session, ESCO)
    if version is None:
        return AppellationEscoLabelsPage(items=[])
    rows = await repository.page_appellation_labels(
        session,
        version.id,
        relations=[relation.value for relation in NAMING_RELATIONS],
        after=(after[0], after[1]) if after else None,
        limit=limit,
    )
    last = rows[-1][0] if len(rows) == limit else None
    return AppellationEscoLabelsPage(
        items=[
            AppellationEscoLabels(
                code_ogr=m.code_ogr,
                occupation_uri=m.occupation_uri,
                relation=MappingRelation(m.relation),
                labels=_labels(occupation),
            )
            for m, occupation in rows
        ],
        next_cursor=encode_cursor(last.code_ogr, last.occupation_uri) if last else None,
    )
