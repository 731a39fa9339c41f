"""Versioned imports: unchanged files change nothing, a new version is switched atomically."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import ReferentialVersion
from referentials.versions import repository
from referentials.versions.diff import diff_versions
from shared.contracts.rome import VersionDiff, VersionList, VersionRead
from shared.errors import NotFound, ServiceUnavailable

Progress = Callable[[str], None]


class ReferentialNotImported(ServiceUnavailable):
    code = "referential_not_imported"


@dataclass
class ImportReport:
    status: str  # "imported" or "unchanged"
    name: str
    version: str
    checksum: str
    counts: dict[str, int] = field(default_factory=dict)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Release:
    """One parsed release of a referential, ready to be written as a version."""

    name: str
    version: str
    checksum: str
    source: str
    counts: dict[str, int]
    write: Callable[[AsyncSession, int], Awaitable[None]]
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)


async def unchanged(session: AsyncSession, name: str, checksum: str) -> ImportReport | None:
    """The report of a no-op when ``checksum`` is the current version's, so nothing is parsed."""
    current = await repository.current_version(session, name)
    if current is None or current.checksum != checksum:
        return None
    return ImportReport("unchanged", name, current.version, current.checksum, dict(current.counts))


async def import_release(session: AsyncSession, release: Release) -> ImportReport:
    """Write ``release`` as the new current version, in the caller's transaction.

    The same checksum as the current version changes nothing; any failure while writing
    leaves the current version as it was (the caller rolls back).
    """
    if report := await unchanged(session, release.name, release.checksum):
        return report
    version = ReferentialVersion(
        name=release.name,
        version=release.version,
        checksum=release.checksum,
        source=release.source,
        imported_at=datetime.now(UTC),
        is_current=False,
        counts=release.counts,
    )
    session.add(version)
    await session.flush()
    await release.write(session, version.id)
    await repository.make_current(session, version)
    unknown = {key: sorted(set(codes)) for key, codes in release.unknown_codes.items()}
    return ImportReport(
        "imported", release.name, release.version, release.checksum, release.counts, unknown
    )


class UnknownVersion(NotFound):
    code = "unknown_version"


async def resolve_version(
    session: AsyncSession, name: str, label: str | None
) -> ReferentialVersion:
    """The version asked for by its label, or the current one when none is asked."""
    if label is None:
        return await require_current(session, name)
    version = await repository.version_by_label(session, name, label)
    if version is None:
        raise UnknownVersion(f"no version {label} of the {name} referential")
    return version


async def require_current(session: AsyncSession, name: str) -> ReferentialVersion:
    version = await repository.current_version(session, name)
    if version is None:
        raise ReferentialNotImported(f"the {name} referential has not been imported yet")
    return version


def version_read(version: ReferentialVersion) -> VersionRead:
    return VersionRead(
        id=version.id,
        name=version.name,
        version=version.version,
        checksum=version.checksum,
        imported_at=version.imported_at.isoformat(),
        is_current=version.is_current,
        counts=dict(version.counts),
    )


async def list_versions(session: AsyncSession) -> VersionList:
    return VersionList(items=[version_read(v) for v in await repository.list_versions(session)])


class NothingToCompare(NotFound):
    code = "no_previous_version"


async def diff(session: AsyncSession, version_id: int, *, against: int | None) -> VersionDiff:
    """Changes from ``against`` (default: the version imported before) to ``version_id``."""
    target = await repository.version_by_id(session, version_id)
    if target is None:
        raise UnknownVersion(f"no referential version with id {version_id}")
    if against is None:
        base = await repository.previous_version(session, target)
        if base is None:
            raise NothingToCompare(f"{target.name} {target.version} is its first version")
    else:
        base = await repository.version_by_id(session, against)
        if base is None or base.name != target.name:
            raise UnknownVersion(f"no {target.name} version with id {against}")
    tables = await diff_versions(session, target.name, base.id, target.id)
    return VersionDiff(
        name=target.name, base=version_read(base), target=version_read(target), tables=tables
    )
