"""ROME business logic: versioned import, fiches, pages for indexers."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import (
    ReferentialVersion,
    RomeAppellation,
    RomeMetier,
    RomeMetierSkill,
    RomeSkill,
)
from referentials.rome import repository
from referentials.rome.reader import read_rome
from shared.contracts.rome import (
    AppellationPage,
    AppellationRead,
    FicheSkill,
    MetierFiche,
    MetierPage,
    MetierSkillLink,
    MetierSkillPage,
    MetierSummary,
    SkillPage,
    SkillRead,
)
from shared.contracts.rome import ReferentialVersion as ReferentialVersionRead
from shared.errors import BadRequest, NotFound, ServiceUnavailable

ROME = "rome"

Progress = Callable[[str], None]


class UnknownRomeCode(NotFound):
    code = "unknown_rome_code"


class ReferentialNotImported(ServiceUnavailable):
    code = "referential_not_imported"


class InvalidCursor(BadRequest):
    code = "invalid_cursor"


@dataclass
class ImportReport:
    status: str  # "imported" or "unchanged"
    version: str
    checksum: str
    counts: dict[str, int] = field(default_factory=dict)
    unknown_codes: dict[str, list[str]] = field(default_factory=dict)


async def import_rome(
    session: AsyncSession, directory: Path, *, progress: Progress = lambda _: None
) -> ImportReport:
    """Import one ROME export as a new version and make it current, in the caller's transaction.

    Re-importing unchanged files changes nothing; a file error leaves the current version as is.
    """
    progress(f"reading {directory}")
    dataset = await anyio.to_thread.run_sync(read_rome, directory)
    current = await repository.current_version(session, ROME)
    if current is not None and current.checksum == dataset.checksum:
        return ImportReport("unchanged", current.version, current.checksum, dict(current.counts))
    counts = {
        "metiers": len(dataset.metiers),
        "appellations": len(dataset.appellations),
        "skills": len(dataset.skills),
        "metier_skills": len(dataset.metier_skills),
    }
    version = ReferentialVersion(
        name=ROME,
        version=dataset.version,
        checksum=dataset.checksum,
        source=str(directory),
        imported_at=datetime.now(UTC),
        is_current=False,
        counts=counts,
    )
    session.add(version)
    await session.flush()
    tables = (
        (RomeMetier, dataset.metiers, "metiers"),
        (RomeAppellation, dataset.appellations, "appellations"),
        (RomeSkill, dataset.skills, "skills"),
        (RomeMetierSkill, dataset.metier_skills, "metier_skills"),
    )
    for model, rows, name in tables:
        progress(f"writing {len(rows)} {name}")
        await repository.bulk_insert(session, model, rows, version_id=version.id)
    await repository.make_current(session, version)
    unknown = {key: sorted(set(codes)) for key, codes in dataset.unknown_codes.items()}
    return ImportReport("imported", dataset.version, dataset.checksum, counts, unknown)


async def require_current(session: AsyncSession) -> ReferentialVersion:
    version = await repository.current_version(session, ROME)
    if version is None:
        raise ReferentialNotImported("the ROME referential has not been imported yet")
    return version


def version_read(version: ReferentialVersion) -> ReferentialVersionRead:
    return ReferentialVersionRead(
        name=version.name,
        version=version.version,
        checksum=version.checksum,
        imported_at=version.imported_at.isoformat(),
        counts=dict(version.counts),
    )


async def get_fiche(session: AsyncSession, code_rome: str) -> MetierFiche:
    version = await require_current(session)
    metier = await repository.get_metier(session, version.id, code_rome)
    if metier is None:
        raise UnknownRomeCode(f"no fiche métier {code_rome} in ROME {version.version}")
    appellations = await repository.fiche_appellations(session, version.id, code_rome)
    skills = await repository.fiche_skills(session, version.id, code_rome)
    return MetierFiche(
        **MetierSummary.model_validate(metier).model_dump(),
        definition=metier.definition,
        access=metier.access,
        domain_code=metier.domain_code,
        domain_label=metier.domain_label,
        appellations=[AppellationRead.model_validate(a) for a in appellations],
        skills=[
            FicheSkill(
                code=s.code, label=s.label, type=s.type, core=link.core, emerging=link.emerging
            )
            for s, link in skills
        ],
        referential_version=version.version,
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


async def list_metiers(session: AsyncSession, *, cursor: str | None, limit: int) -> MetierPage:
    version = await require_current(session)
    rows = await repository.page_metiers(session, version.id, after=_after(cursor), limit=limit)
    next_cursor = encode_cursor(rows[-1].code_rome) if len(rows) == limit else None
    return MetierPage(
        items=[MetierSummary.model_validate(r) for r in rows], next_cursor=next_cursor
    )


async def list_appellations(
    session: AsyncSession, *, cursor: str | None, limit: int
) -> AppellationPage:
    version = await require_current(session)
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
