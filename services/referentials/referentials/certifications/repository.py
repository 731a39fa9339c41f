"""Queries on the certification tables; always scoped to one version of each referential."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, literal, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import Base, RomeMetier
from referentials.models.certifications import (
    Certification,
    CertificationBloc,
    CertificationFormacode,
    CertificationRome,
    CertificationSuccession,
)


@dataclass(frozen=True)
class Search:
    """A certification search; ``words`` are folded, ``number`` and ``phrase`` rank first."""

    words: list[str]
    phrase: str = ""
    number: str = ""
    level: int | None = None
    formacode: str | None = None
    rome_parents: Select[Any] | None = None  # ROME v3 codes to link to


async def get_certification(
    session: AsyncSession, version_id: int, number: str
) -> Certification | None:
    return await session.get(Certification, (version_id, number))


async def links(
    session: AsyncSession, model: type[Base], version_id: int, number: str, *, order: Any
) -> Sequence[Any]:
    """Rows of one link table for one certification."""
    statement = select(model).where(
        model.version_id == version_id,  # type: ignore[attr-defined]
        model.number == number,  # type: ignore[attr-defined]
    )
    return (await session.execute(statement.order_by(order))).scalars().all()


async def successions(
    session: AsyncSession, version_id: int, number: str
) -> tuple[list[str], list[str]]:
    """(older certifications it replaces, newer ones replacing it)."""
    statement = select(CertificationSuccession).where(
        CertificationSuccession.version_id == version_id,
        (CertificationSuccession.old_number == number)
        | (CertificationSuccession.new_number == number),
    )
    pairs = (await session.execute(statement)).scalars().all()
    replaces = sorted(p.old_number for p in pairs if p.new_number == number)
    replaced_by = sorted(p.new_number for p in pairs if p.old_number == number)
    return replaces, replaced_by


async def blocs(session: AsyncSession, version_id: int, number: str) -> Sequence[CertificationBloc]:
    statement = (
        select(CertificationBloc)
        .where(CertificationBloc.version_id == version_id, CertificationBloc.number == number)
        .order_by(CertificationBloc.code)
    )
    return (await session.execute(statement)).scalars().all()


async def get_metier(
    session: AsyncSession, rome_version_id: int, code_rome: str
) -> RomeMetier | None:
    return await session.get(RomeMetier, (rome_version_id, code_rome))


async def rome_parents(session: AsyncSession, rome_version_id: int) -> set[str]:
    """Every ROME v3 code some ROME 4.0 fiche derives from."""
    statement = select(RomeMetier.code_rome_parent).where(
        RomeMetier.version_id == rome_version_id, RomeMetier.code_rome_parent.is_not(None)
    )
    return {code for code in (await session.execute(statement)).scalars() if code}


def parent_of(rome_version_id: int, code_rome: str) -> Select[Any]:
    """The ROME v3 code a ROME 4.0 fiche derives from, as a subquery."""
    return select(RomeMetier.code_rome_parent).where(
        RomeMetier.version_id == rome_version_id, RomeMetier.code_rome == code_rome
    )


async def metiers_from_v3(
    session: AsyncSession, rome_version_id: int, codes_v3: Sequence[str]
) -> Sequence[RomeMetier]:
    """The ROME 4.0 fiches derived from these v3 codes."""
    if not codes_v3:
        return []
    statement = (
        select(RomeMetier)
        .where(RomeMetier.version_id == rome_version_id, RomeMetier.code_rome_parent.in_(codes_v3))
        .order_by(RomeMetier.code_rome)
    )
    return (await session.execute(statement)).scalars().all()


def _rank(search: Search) -> ColumnElement[int]:
    if not search.phrase:
        return literal(0)
    return case(
        (Certification.number == search.number, 0),
        (Certification.title_folded == search.phrase, 0),
        (Certification.title_folded.like(f"{search.phrase}%"), 1),
        else_=2,
    )


async def search_certifications(
    session: AsyncSession,
    version_id: int,
    search: Search,
    *,
    after: tuple[int, str] | None,
    limit: int,
) -> Sequence[tuple[Certification, int]]:
    """Matching certifications with their rank: exact, then prefix, then the rest; by number."""
    rank = _rank(search)
    statement = select(Certification, rank).where(Certification.version_id == version_id)
    for word in search.words:
        # each word must start a word of the folded title, abbreviation or number
        statement = statement.where((" " + Certification.search_text).like(f"% {word}%"))
    if search.level is not None:
        statement = statement.where(Certification.level == search.level)
    if search.formacode is not None:
        statement = statement.where(Certification.number.in_(_with_formacode(version_id, search)))
    if search.rome_parents is not None:
        linked = select(CertificationRome.number).where(
            CertificationRome.version_id == version_id,
            CertificationRome.code_rome.in_(search.rome_parents),
        )
        statement = statement.where(Certification.number.in_(linked))
    if after is not None:
        statement = statement.where(tuple_(rank, Certification.number) > tuple_(*after))
    statement = statement.order_by(rank, Certification.number).limit(limit)
    return [(row, int(position)) for row, position in (await session.execute(statement)).all()]


def _with_formacode(version_id: int, search: Search) -> Select[Any]:
    return select(CertificationFormacode.number).where(
        CertificationFormacode.version_id == version_id,
        CertificationFormacode.code == search.formacode,
    )


async def preparable(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[Certification]:
    """Certifications one can still prepare (titled, not marked inactive), by number."""
    statement = select(Certification).where(
        Certification.version_id == version_id,
        Certification.title.is_not(None),
        Certification.active.is_not(False),
    )
    if after is not None:
        statement = statement.where(Certification.number > after)
    statement = statement.order_by(Certification.number).limit(limit)
    return (await session.execute(statement)).scalars().all()


async def fiches_of(
    session: AsyncSession, version_id: int, rome_version_id: int, numbers: Sequence[str]
) -> Sequence[tuple[str, str]]:
    """(number, ROME 4.0 code) pairs, through the ROME v3 code each fiche derives from."""
    statement = (
        select(CertificationRome.number, RomeMetier.code_rome)
        .join(
            RomeMetier,
            (RomeMetier.version_id == rome_version_id)
            & (RomeMetier.code_rome_parent == CertificationRome.code_rome),
        )
        .where(CertificationRome.version_id == version_id, CertificationRome.number.in_(numbers))
        .distinct()
    )
    return [(number, code) for number, code in (await session.execute(statement)).all()]
