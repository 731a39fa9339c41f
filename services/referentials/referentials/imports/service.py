"""Imports triggered over HTTP by an administrator: the files of the service's data directory."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from referentials.certifications import service as certifications_service
from referentials.esco import service as esco_service
from referentials.formacode import service as formacode_service
from referentials.rome import service as rome_service
from referentials.versions.service import ImportReport
from shared.contracts.imports import ImportResponse, ImportResult, UnknownCodes
from shared.errors import ServiceUnavailable

Importer = Callable[..., Awaitable[ImportReport]]

IMPORTERS: dict[str, tuple[Importer, ...]] = {
    "rome": (rome_service.import_rome,),
    "certifications": (certifications_service.import_certifications,),
    "formacode": (formacode_service.import_formacode_v14, formacode_service.import_formacode_v13),
    "esco": (esco_service.import_esco,),
}
SAMPLE = 20

# one import at a time in this process; the transaction keeps replicas consistent
_running = asyncio.Lock()


class NoDataDirectory(ServiceUnavailable):
    code = "no_data_directory"


def _result(report: ImportReport) -> ImportResult:
    return ImportResult(
        name=report.name,
        version=report.version,
        status="imported" if report.status == "imported" else "unchanged",
        checksum=report.checksum,
        counts=report.counts,
        unknown_codes={
            where: UnknownCodes(count=len(codes), sample=codes[:SAMPLE])
            for where, codes in report.unknown_codes.items()
        },
    )


async def import_referential(
    session: AsyncSession, name: str, *, directory: Path | None
) -> ImportResponse:
    """Import ``name`` from ``directory`` in the caller's transaction, all releases or none."""
    if directory is None:
        raise NoDataDirectory("this service has no data directory: set TRAJECTOIRES_DATA_DIR")
    async with _running:
        reports = [await importer(session, directory=directory) for importer in IMPORTERS[name]]
    return ImportResponse(results=[_result(report) for report in reports])
