"""Formacode business logic: versioned imports of V14 and V13, descriptors, search."""

from __future__ import annotations

from pathlib import Path

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.formacode import repository
from referentials.formacode.reader import (
    FormacodeDataset,
    ReferentialFileError,
    find_v13_file,
    find_v14_file,
    read_v13,
    read_v14,
)
from referentials.models.formacode import FormacodeDescriptor, FormacodeRomeLink
from referentials.rome import service as rome_service
from referentials.rome.service import decode_cursor, encode_cursor
from referentials.versions import repository as versions_repository
from referentials.versions import service as versions_service
from referentials.versions.diff import register as register_diff
from referentials.versions.service import ImportReport, Progress, Release, import_release
from shared.contracts.formacode import FormacodePage, FormacodeRead, FormacodeSummary, RomeV3Link
from shared.errors import NotFound
from shared.french.text import tokens

# V13 is its own referential: the registry keeps one current version per name, and V13 stays
# needed beside V14 for its ROME v3 links (V14 has none)
FORMACODE = "formacode"
FORMACODE_V13 = "formacode_v13"
for _name in (FORMACODE, FORMACODE_V13):
    register_diff(
        _name,
        (
            "descriptors",
            FormacodeDescriptor.version_id,
            FormacodeDescriptor.code,
            FormacodeDescriptor.label,
        ),
    )


class UnknownFormacode(NotFound):
    code = "unknown_formacode"


def formacode_release(name: str, path: Path, dataset: FormacodeDataset) -> Release:
    async def write(session: AsyncSession, version_id: int) -> None:
        for model, rows in (
            (FormacodeDescriptor, dataset.descriptors),
            (FormacodeRomeLink, dataset.rome_links),
        ):
            await versions_repository.bulk_insert(session, model, rows, version_id=version_id)

    counts = {"descriptors": len(dataset.descriptors)}
    if dataset.rome_links:
        counts["rome_links"] = len(dataset.rome_links)
    return Release(
        name=name,
        version=dataset.version,
        checksum=dataset.checksum,
        source=str(path),
        counts=counts,
        write=write,
        unknown_codes=dataset.unknown_codes,
    )


async def import_formacode_v14(
    session: AsyncSession, *, directory: Path, progress: Progress = lambda _: None
) -> ImportReport:
    """Import the V14 descriptor file under ``directory`` as the current Formacode.

    Runs in the caller's transaction; unchanged files change nothing, a file error nothing.
    """
    path = find_v14_file(directory)
    progress(f"reading {path}")
    dataset = await anyio.to_thread.run_sync(read_v14, path)
    return await import_release(session, formacode_release(FORMACODE, path, dataset))


async def import_formacode_v13(
    session: AsyncSession, *, directory: Path, progress: Progress = lambda _: None
) -> ImportReport:
    """Import ``FCod.csv`` (V13, with its ROME v3 column) as the current ``formacode_v13``."""
    path = find_v13_file(directory)
    if path is None:
        raise ReferentialFileError(f"no Formacode V13 file (FCod.csv) in {directory}")
    progress(f"reading {path}")
    dataset = await anyio.to_thread.run_sync(read_v13, path)
    return await import_release(session, formacode_release(FORMACODE_V13, path, dataset))


async def get_formacode(session: AsyncSession, code: str) -> FormacodeRead:
    version = await versions_service.require_current(session, FORMACODE)
    descriptor = await repository.get_descriptor(session, version.id, code)
    if descriptor is None:
        raise UnknownFormacode(f"no Formacode descriptor {code} in Formacode {version.version}")
    v13 = await versions_repository.current_version(session, FORMACODE_V13)
    links = await repository.rome_links(session, v13.id, code) if v13 else []
    return FormacodeRead(
        **FormacodeSummary.model_validate(descriptor).model_dump(),
        synonyms=descriptor.synonyms,
        job_synonyms=descriptor.job_synonyms,
        generic_term=descriptor.generic_term,
        specific_terms=descriptor.specific_terms,
        related_terms=descriptor.related_terms,
        explanation_note=descriptor.explanation_note,
        application_note=descriptor.application_note,
        tree_code=descriptor.tree_code,
        rome_v3=[RomeV3Link(code_rome=link.code_rome, label=link.rome_label) for link in links],
        referential_version=version.version,
    )


async def list_formacodes(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> FormacodePage:
    version = await versions_service.require_current(session, FORMACODE)
    after = decode_cursor(cursor)
    rows = await repository.page_descriptors(
        session, version.id, after=after[0] if after else None, limit=limit
    )
    return FormacodePage(
        items=[FormacodeSummary.model_validate(r) for r in rows],
        next_cursor=encode_cursor(rows[-1].code) if len(rows) == limit else None,
    )


async def search_formacodes(session: AsyncSession, query: str, *, limit: int) -> FormacodePage:
    """Descriptors whose label or synonyms hold every word of ``query``; exact, prefix first."""
    version = await versions_service.require_current(session, FORMACODE)
    words = tokens(query)
    rows = (
        await repository.search_descriptors(session, version.id, words, limit=limit)
        if words
        else []
    )
    return FormacodePage(items=[FormacodeSummary.model_validate(r) for r in rows])


async def rome_formacodes(session: AsyncSession, code_rome: str) -> FormacodePage:
    """ROME 4.0 → Formacode: the V13 links of the fiche's ROME v3 parent, as V14 descriptors.

    V14 has no ROME column; codes that V14 no longer has keep their V13 label.
    """
    fiche = await rome_service.get_fiche(session, code_rome)
    v13 = await versions_service.require_current(session, FORMACODE_V13)
    codes = await repository.codes_for_rome_v3(session, v13.id, fiche.code_rome_parent or code_rome)
    current = await versions_service.require_current(session, FORMACODE)
    found = {d.code: d for d in await repository.descriptors_by_code(session, current.id, codes)}
    missing = [code for code in codes if code not in found]
    found |= {d.code: d for d in await repository.descriptors_by_code(session, v13.id, missing)}
    return FormacodePage(items=[FormacodeSummary.model_validate(found[c]) for c in sorted(found)])
