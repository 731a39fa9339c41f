"""Certification business logic: versioned import, fiches, search, the ROME crosswalk."""

from __future__ import annotations

from pathlib import Path

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.certifications import repository
from referentials.certifications.files import (
    CertificationFiles,
    checksum,
    find_certification_files,
)
from referentials.certifications.reader import CertificationDataset, read_certifications
from referentials.certifications.repository import Search
from referentials.models import ReferentialVersion
from referentials.models.certifications import (
    Certification,
    CertificationBloc,
    CertificationCcn,
    CertificationCertifier,
    CertificationFormacode,
    CertificationNsf,
    CertificationRome,
    CertificationSuccession,
)
from referentials.rome.service import (
    ROME,
    InvalidCursor,
    UnknownRomeCode,
    decode_cursor,
    encode_cursor,
)
from referentials.versions import repository as versions_repository
from referentials.versions import service as versions_service
from referentials.versions.diff import register as register_diff
from referentials.versions.service import ImportReport, Progress, Release, import_release
from shared.contracts.certifications import (
    Bloc,
    CertificationPage,
    CertificationRead,
    CertificationRomeLink,
    CertificationRomeLinkPage,
    CertificationSummary,
    Certifier,
    CodeLabel,
    RomeV3Link,
)
from shared.contracts.certifications import CertificationRome as CertificationRomeRead
from shared.contracts.rome import MetierSummary
from shared.errors import NotFound
from shared.french.text import fold, tokens

CERTIFICATIONS = "certifications"
register_diff(
    CERTIFICATIONS,
    ("certifications", Certification.version_id, Certification.number, Certification.title),
)
UNRESOLVED_ROME = "rome.code_rome_v3"

CodeLabelTable = type[CertificationFormacode] | type[CertificationNsf] | type[CertificationCcn]


class UnknownCertification(NotFound):
    code = "unknown_certification"


def certifications_release(files: CertificationFiles, dataset: CertificationDataset) -> Release:
    tables = {
        "certifications": (Certification, dataset.certifications),
        "rome": (CertificationRome, dataset.rome),
        "formacodes": (CertificationFormacode, dataset.formacodes),
        "nsf": (CertificationNsf, dataset.nsf),
        "certifiers": (CertificationCertifier, dataset.certifiers),
        "ccn": (CertificationCcn, dataset.ccn),
        "successions": (CertificationSuccession, dataset.successions),
        "blocs": (CertificationBloc, dataset.blocs),
    }

    async def write(session: AsyncSession, version_id: int) -> None:
        for model, rows in tables.values():
            await versions_repository.bulk_insert(session, model, rows, version_id=version_id)

    counts = {key: len(rows) for key, (_, rows) in tables.items()}
    counts["rome_codes_without_rome4"] = len(dataset.unknown_codes.get(UNRESOLVED_ROME, []))
    return Release(
        name=CERTIFICATIONS,
        version=dataset.version,
        checksum=dataset.checksum,
        source=str(files.links["rome"].parent),
        counts=counts,
        write=write,
        unknown_codes=dataset.unknown_codes,
    )


async def import_certifications(
    session: AsyncSession, *, directory: Path, progress: Progress = lambda _: None
) -> ImportReport:
    """Import the RNCP / RS files under ``directory`` as the new current version.

    Needs a current ROME version: ROME v3 codes of the export that no ROME 4.0 fiche derives
    from are kept and reported. Runs in the caller's transaction; unchanged files change
    nothing and a file error leaves the current version as it is.
    """
    files = find_certification_files(directory)
    if report := await versions_service.unchanged(session, CERTIFICATIONS, checksum(files)):
        return report
    extra = len(files.all()) - len(files.links)
    progress(f"reading {files.links['rome'].parent} and {extra} kit/bloc files")
    dataset = await anyio.to_thread.run_sync(read_certifications, files)
    rome = await versions_service.require_current(session, ROME)
    parents = await repository.rome_parents(session, rome.id)
    unresolved = sorted({str(row["code_rome"]) for row in dataset.rome} - parents)
    if unresolved:
        dataset.unknown_codes[UNRESOLVED_ROME] = unresolved
    return await import_release(session, certifications_release(files, dataset))


async def require_current(session: AsyncSession) -> ReferentialVersion:
    return await versions_service.require_current(session, CERTIFICATIONS)


async def _require(session: AsyncSession, number: str) -> tuple[ReferentialVersion, Certification]:
    version = await require_current(session)
    certification = await repository.get_certification(session, version.id, number)
    if certification is None:
        raise UnknownCertification(f"no certification {number} in RNCP/RS {version.version}")
    return version, certification


async def get_certification(session: AsyncSession, number: str) -> CertificationRead:
    version, certification = await _require(session, number)
    crosswalk = await _crosswalk(session, version.id, number)
    replaces, replaced_by = await repository.successions(session, version.id, number)

    async def code_labels(model: CodeLabelTable) -> list[CodeLabel]:
        rows = await repository.links(session, model, version.id, number, order=model.code)
        return [CodeLabel.model_validate(row) for row in rows]

    certifiers = await repository.links(
        session, CertificationCertifier, version.id, number, order=CertificationCertifier.name
    )
    return CertificationRead(
        **CertificationSummary.model_validate(certification).model_dump(),
        status_as_of=certification.status_as_of,
        end_date=certification.end_date,
        rome_codes=crosswalk.rome_codes,
        rome_metiers=crosswalk.rome_metiers,
        formacodes=await code_labels(CertificationFormacode),
        nsf=await code_labels(CertificationNsf),
        certifiers=[Certifier.model_validate(row) for row in certifiers],
        ccn=await code_labels(CertificationCcn),
        replaces=replaces,
        replaced_by=replaced_by,
        blocs=[Bloc.model_validate(b) for b in await repository.blocs(session, version.id, number)],
        referential_version=version.version,
    )


async def get_certification_rome(session: AsyncSession, number: str) -> CertificationRomeRead:
    version, _ = await _require(session, number)
    return await _crosswalk(session, version.id, number)


async def _crosswalk(session: AsyncSession, version_id: int, number: str) -> CertificationRomeRead:
    rome = await versions_service.require_current(session, ROME)
    links = await repository.links(
        session, CertificationRome, version_id, number, order=CertificationRome.code_rome
    )
    metiers = await repository.metiers_from_v3(session, rome.id, [link.code_rome for link in links])
    return CertificationRomeRead(
        number=number,
        rome_codes=[RomeV3Link.model_validate(link) for link in links],
        rome_metiers=[MetierSummary.model_validate(m) for m in metiers],
    )


async def search_certifications(
    session: AsyncSession,
    *,
    q: str | None = None,
    rome: str | None = None,
    formacode: str | None = None,
    level: int | None = None,
    cursor: str | None = None,
    limit: int = 20,
) -> CertificationPage:
    """Certifications matching every word of ``q`` and every filter, best matches first.

    ``rome`` is a ROME 4.0 code, matched through the ROME v3 code it derives from.
    """
    version = await require_current(session)
    rome_parents = None
    if rome is not None:
        rome_version = await versions_service.require_current(session, ROME)
        rome_parents = repository.parent_of(rome_version.id, rome)
    search = Search(
        words=tokens(q or ""),
        phrase=fold(q or ""),
        number=(q or "").strip().upper(),
        level=level,
        formacode=formacode,
        rome_parents=rome_parents,
    )
    rows = await repository.search_certifications(
        session, version.id, search, after=_after(cursor), limit=limit
    )
    last = rows[-1] if len(rows) == limit else None
    return CertificationPage(
        items=[CertificationSummary.model_validate(row) for row, _ in rows],
        next_cursor=encode_cursor(str(last[1]), last[0].number) if last else None,
    )


async def rome_certifications(
    session: AsyncSession, code_rome: str, *, cursor: str | None, limit: int
) -> CertificationPage:
    """The certifications of a ROME 4.0 fiche, through the ROME v3 code it derives from."""
    rome = await versions_service.require_current(session, ROME)
    if await repository.get_metier(session, rome.id, code_rome) is None:
        raise UnknownRomeCode(f"no fiche métier {code_rome} in ROME {rome.version}")
    return await search_certifications(session, rome=code_rome, cursor=cursor, limit=limit)


def _after(cursor: str | None) -> tuple[int, str] | None:
    parts = decode_cursor(cursor, arity=2)
    if parts is None:
        return None
    if not parts[0].isdigit():
        raise InvalidCursor("`cursor` is not a cursor this API returned")
    return int(parts[0]), parts[1]


IN_CHUNK = 500  # numbers per IN (...) list: well under SQLite's and asyncpg's limits


async def rome_links(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> CertificationRomeLinkPage:
    """Every certification one can prepare, with the current fiches it leads to."""
    version = await require_current(session)
    rome = await versions_service.require_current(session, ROME)
    after = decode_cursor(cursor, arity=1)
    certifications = await repository.preparable(
        session, version.id, after=after[0] if after else None, limit=limit
    )
    fiches: dict[str, list[str]] = {}
    numbers = [c.number for c in certifications]
    for start in range(0, len(numbers), IN_CHUNK):
        for number, code in await repository.fiches_of(
            session, version.id, rome.id, numbers[start : start + IN_CHUNK]
        ):
            fiches.setdefault(number, []).append(code)
    items = [
        CertificationRomeLink(
            **CertificationSummary.model_validate(c).model_dump(),
            rome_metiers=sorted(fiches.get(c.number, [])),
        )
        for c in certifications
    ]
    last = certifications[-1].number if len(certifications) == limit else None
    return CertificationRomeLinkPage(items=items, next_cursor=encode_cursor(last) if last else None)
