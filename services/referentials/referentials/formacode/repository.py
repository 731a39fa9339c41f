"""Queries on the Formacode tables; always scoped to one referential version."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models.formacode import FormacodeDescriptor, FormacodeRomeLink
from referentials.search.sql import word_search
from referentials.versions.repository import page_by_key


async def get_descriptor(
    session: AsyncSession, version_id: int, code: str
) -> FormacodeDescriptor | None:
    return await session.get(FormacodeDescriptor, (version_id, code))


async def rome_links(
    session: AsyncSession, version_id: int, code: str
) -> Sequence[FormacodeRomeLink]:
    statement = (
        select(FormacodeRomeLink)
        .where(FormacodeRomeLink.version_id == version_id, FormacodeRomeLink.code == code)
        .order_by(FormacodeRomeLink.code_rome)
    )
    return (await session.execute(statement)).scalars().all()


async def page_descriptors(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[FormacodeDescriptor]:
    return await page_by_key(
        session,
        FormacodeDescriptor,
        FormacodeDescriptor.code,
        version_id=version_id,
        after=after,
        limit=limit,
    )


async def search_descriptors(
    session: AsyncSession, version_id: int, words: list[str], *, limit: int
) -> Sequence[FormacodeDescriptor]:
    """Descriptors where every word starts a word of the label or a synonym; exact, prefix first."""
    model = FormacodeDescriptor
    statement = word_search(
        select(model).where(model.version_id == version_id),
        words=words,
        search_text=model.search_text,
        search_label=model.search_label,
        label=model.label,
        key=model.code,
        limit=limit,
    )
    return (await session.execute(statement)).scalars().all()


async def codes_for_rome_v3(session: AsyncSession, version_id: int, code_rome: str) -> list[str]:
    """Formacode codes that a Formacode V13 release links to a ROME v3 fiche."""
    statement = (
        select(FormacodeRomeLink.code)
        .where(FormacodeRomeLink.version_id == version_id, FormacodeRomeLink.code_rome == code_rome)
        .order_by(FormacodeRomeLink.code)
    )
    return list((await session.execute(statement)).scalars())


async def descriptors_by_code(
    session: AsyncSession, version_id: int, codes: Sequence[str]
) -> list[FormacodeDescriptor]:
    statement = (
        select(FormacodeDescriptor)
        .where(FormacodeDescriptor.version_id == version_id, FormacodeDescriptor.code.in_(codes))
        .order_by(FormacodeDescriptor.code)
    )
    return list((await session.execute(statement)).scalars())
