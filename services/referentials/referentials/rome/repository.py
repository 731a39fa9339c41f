"""Queries on the ROME tables; always scoped to one referential version."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import (
    RomeAppellation,
    RomeMetier,
    RomeMetierContext,
    RomeMetierFacet,
    RomeMetierSkill,
    RomeMobilite,
    RomeSkill,
    RomeWorkContext,
)
from referentials.versions.repository import page_by_key


async def get_metier(session: AsyncSession, version_id: int, code_rome: str) -> RomeMetier | None:
    return await session.get(RomeMetier, (version_id, code_rome))


async def fiche_appellations(
    session: AsyncSession, version_id: int, code_rome: str
) -> Sequence[RomeAppellation]:
    statement = (
        select(RomeAppellation)
        .where(RomeAppellation.version_id == version_id, RomeAppellation.code_rome == code_rome)
        .order_by(RomeAppellation.label)
    )
    return (await session.execute(statement)).scalars().all()


async def fiche_skills(
    session: AsyncSession, version_id: int, code_rome: str
) -> Sequence[tuple[RomeSkill, RomeMetierSkill]]:
    statement = (
        select(RomeSkill, RomeMetierSkill)
        .join(
            RomeMetierSkill,
            (RomeMetierSkill.version_id == RomeSkill.version_id)
            & (RomeMetierSkill.skill_code == RomeSkill.code),
        )
        .where(RomeMetierSkill.version_id == version_id, RomeMetierSkill.code_rome == code_rome)
        .order_by(RomeMetierSkill.core.desc(), RomeSkill.type, RomeSkill.label)
    )
    return [(skill, link) for skill, link in (await session.execute(statement)).all()]


async def page_metiers(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[RomeMetier]:
    key = RomeMetier.code_rome
    return await page_by_key(
        session, RomeMetier, key, version_id=version_id, after=after, limit=limit
    )


async def page_appellations(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[RomeAppellation]:
    return await page_by_key(
        session,
        RomeAppellation,
        RomeAppellation.code,
        version_id=version_id,
        after=after,
        limit=limit,
    )


async def page_skills(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[RomeSkill]:
    key = RomeSkill.code
    return await page_by_key(
        session, RomeSkill, key, version_id=version_id, after=after, limit=limit
    )


async def page_metier_skills(
    session: AsyncSession, version_id: int, *, after: tuple[str, str] | None, limit: int
) -> Sequence[RomeMetierSkill]:
    statement = select(RomeMetierSkill).where(RomeMetierSkill.version_id == version_id)
    if after:
        statement = statement.where(
            tuple_(RomeMetierSkill.code_rome, RomeMetierSkill.skill_code) > tuple_(*after)
        )
    statement = statement.order_by(RomeMetierSkill.code_rome, RomeMetierSkill.skill_code)
    return (await session.execute(statement.limit(limit))).scalars().all()


async def all_metiers(session: AsyncSession, version_id: int) -> Sequence[RomeMetier]:
    statement = select(RomeMetier).where(RomeMetier.version_id == version_id)
    return (await session.execute(statement)).scalars().all()


async def all_appellations(session: AsyncSession, version_id: int) -> Sequence[RomeAppellation]:
    statement = select(RomeAppellation).where(RomeAppellation.version_id == version_id)
    return (await session.execute(statement)).scalars().all()


async def metiers_by_code(
    session: AsyncSession, version_id: int, codes: Sequence[str]
) -> dict[str, RomeMetier]:
    statement = select(RomeMetier).where(
        RomeMetier.version_id == version_id, RomeMetier.code_rome.in_(codes)
    )
    return {m.code_rome: m for m in (await session.execute(statement)).scalars()}


async def appellations_by_code(
    session: AsyncSession, version_id: int, codes: Sequence[str]
) -> dict[str, RomeAppellation]:
    statement = select(RomeAppellation).where(
        RomeAppellation.version_id == version_id, RomeAppellation.code.in_(codes)
    )
    return {a.code: a for a in (await session.execute(statement)).scalars()}


async def fiche_contexts(
    session: AsyncSession, version_id: int, code_rome: str
) -> Sequence[RomeWorkContext]:
    statement = (
        select(RomeWorkContext)
        .join(
            RomeMetierContext,
            (RomeMetierContext.version_id == RomeWorkContext.version_id)
            & (RomeMetierContext.context_code == RomeWorkContext.code),
        )
        .where(RomeMetierContext.version_id == version_id, RomeMetierContext.code_rome == code_rome)
        .order_by(RomeWorkContext.type_code, RomeWorkContext.label)
    )
    return (await session.execute(statement)).scalars().all()


async def fiche_mobilites(
    session: AsyncSession, version_id: int, code_rome: str
) -> Sequence[tuple[RomeMobilite, str]]:
    statement = (
        select(RomeMobilite, RomeMetier.label)
        .join(
            RomeMetier,
            (RomeMetier.version_id == RomeMobilite.version_id)
            & (RomeMetier.code_rome == RomeMobilite.target_code_rome),
        )
        .where(RomeMobilite.version_id == version_id, RomeMobilite.code_rome == code_rome)
        .order_by(RomeMobilite.position)
    )
    return [(mobilite, label) for mobilite, label in (await session.execute(statement)).all()]


async def fiche_facets(
    session: AsyncSession, version_id: int, code_rome: str
) -> Sequence[RomeMetierFacet]:
    statement = (
        select(RomeMetierFacet)
        .where(RomeMetierFacet.version_id == version_id, RomeMetierFacet.code_rome == code_rome)
        .order_by(RomeMetierFacet.kind, RomeMetierFacet.principal.desc(), RomeMetierFacet.code)
    )
    return (await session.execute(statement)).scalars().all()


async def all_skills(session: AsyncSession, version_id: int) -> Sequence[RomeSkill]:
    statement = select(RomeSkill).where(RomeSkill.version_id == version_id)
    return (await session.execute(statement)).scalars().all()


async def get_skill(session: AsyncSession, version_id: int, code: str) -> RomeSkill | None:
    return await session.get(RomeSkill, (version_id, code))


async def skills_by_code(
    session: AsyncSession, version_id: int, codes: Sequence[str]
) -> dict[str, RomeSkill]:
    statement = select(RomeSkill).where(
        RomeSkill.version_id == version_id, RomeSkill.code.in_(codes)
    )
    return {s.code: s for s in (await session.execute(statement)).scalars()}


async def skill_fiches(
    session: AsyncSession, version_id: int, code: str
) -> Sequence[tuple[RomeMetierSkill, str]]:
    statement = (
        select(RomeMetierSkill, RomeMetier.label)
        .join(
            RomeMetier,
            (RomeMetier.version_id == RomeMetierSkill.version_id)
            & (RomeMetier.code_rome == RomeMetierSkill.code_rome),
        )
        .where(RomeMetierSkill.version_id == version_id, RomeMetierSkill.skill_code == code)
        .order_by(RomeMetierSkill.core.desc(), RomeMetierSkill.code_rome)
    )
    return [(link, label) for link, label in (await session.execute(statement)).all()]


async def metiers_with_parent(
    session: AsyncSession, version_id: int, code_v3: str
) -> Sequence[RomeMetier]:
    statement = (
        select(RomeMetier)
        .where(RomeMetier.version_id == version_id, RomeMetier.code_rome_parent == code_v3)
        .order_by(RomeMetier.code_rome)
    )
    return (await session.execute(statement)).scalars().all()
