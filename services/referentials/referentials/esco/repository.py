"""Queries on the ESCO tables; always scoped to one referential version."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import case, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.models import RomeAppellation
from referentials.models.esco import EscoOccupation, EscoRomeMapping
from referentials.search.sql import word_search
from referentials.versions.repository import page_by_key

# crosswalk relations, closest first
RELATION_ORDER = case(
    (EscoRomeMapping.relation == "exactMatch", 0),
    (EscoRomeMapping.relation == "closeMatch", 1),
    (EscoRomeMapping.relation == "narrowMatch", 2),
    else_=3,
)


async def get_occupation(session: AsyncSession, version_id: int, uri: str) -> EscoOccupation | None:
    return await session.get(EscoOccupation, (version_id, uri))


async def page_occupations(
    session: AsyncSession, version_id: int, *, after: str | None, limit: int
) -> Sequence[EscoOccupation]:
    key = EscoOccupation.uri
    return await page_by_key(
        session, EscoOccupation, key, version_id=version_id, after=after, limit=limit
    )


async def search_occupations(
    session: AsyncSession, version_id: int, words: list[str], *, limit: int
) -> Sequence[EscoOccupation]:
    """Occupations where every word starts a word of a label; exact, then prefix first."""
    model = EscoOccupation
    statement = word_search(
        select(model).where(model.version_id == version_id),
        words=words,
        search_text=model.search_text,
        search_label=model.search_label,
        label=model.label,
        key=model.uri,
        limit=limit,
    )
    return (await session.execute(statement)).scalars().all()


async def occupation_mappings(
    session: AsyncSession, version_id: int, uri: str, *, rome_version_id: int | None
) -> Sequence[tuple[EscoRomeMapping, str | None]]:
    """Crosswalk rows of one occupation, with the fiche of each appellation in current ROME."""
    statement = (
        select(EscoRomeMapping, RomeAppellation.code_rome)
        .outerjoin(
            RomeAppellation,
            (RomeAppellation.version_id == rome_version_id)
            & (RomeAppellation.code == EscoRomeMapping.code_ogr),
        )
        .where(EscoRomeMapping.version_id == version_id, EscoRomeMapping.occupation_uri == uri)
        .order_by(RELATION_ORDER, EscoRomeMapping.appellation_label)
    )
    return [(mapping, code_rome) for mapping, code_rome in (await session.execute(statement)).all()]


async def appellation_mappings(
    session: AsyncSession, version_id: int, code_ogr: str
) -> Sequence[tuple[EscoRomeMapping, str | None]]:
    """Crosswalk rows of one appellation, with the ESCO label of each occupation when known."""
    statement = (
        select(EscoRomeMapping, EscoOccupation.label)
        .outerjoin(
            EscoOccupation,
            (EscoOccupation.version_id == EscoRomeMapping.version_id)
            & (EscoOccupation.uri == EscoRomeMapping.occupation_uri),
        )
        .where(EscoRomeMapping.version_id == version_id, EscoRomeMapping.code_ogr == code_ogr)
        .order_by(RELATION_ORDER, EscoRomeMapping.occupation_label)
    )
    return [(mapping, label) for mapping, label in (await session.execute(statement)).all()]


async def page_appellation_labels(
    session: AsyncSession,
    version_id: int,
    *,
    relations: Collection[str],
    after: tuple[str, str] | None,
    limit: int,
) -> Sequence[tuple[EscoRomeMapping, EscoOccupation]]:
    """Crosswalk rows with one of ``relations`` and their occupation, by (code_ogr, URI).

    Rows whose occupation is absent from this ESCO version have no labels, so none is returned.
    """
    mapping = EscoRomeMapping
    statement = (
        select(mapping, EscoOccupation)
        .join(
            EscoOccupation,
            (EscoOccupation.version_id == mapping.version_id)
            & (EscoOccupation.uri == mapping.occupation_uri),
        )
        .where(mapping.version_id == version_id, mapping.relation.in_(relations))
    )
    key = (mapping.code_ogr, mapping.occupation_uri)
    if after:
        statement = statement.where(tuple_(*key) > tuple_(*after))
    statement = statement.order_by(*key).limit(limit)
    return [(row, occupation) for row, occupation in (await session.execute(statement)).all()]


async def appellation_codes(session: AsyncSession, rome_version_id: int) -> set[str]:
    statement = select(RomeAppellation.code).where(RomeAppellation.version_id == rome_version_id)
    return set((await session.execute(statement)).scalars())


async def appellation_exists(session: AsyncSession, rome_version_id: int, code_ogr: str) -> bool:
    return await session.get(RomeAppellation, (rome_version_id, code_ogr)) is not None
