"""Queries on tenants and API keys."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, Tenant


async def tenant_by_name(session: AsyncSession, name: str) -> Tenant | None:
    return (await session.execute(select(Tenant).where(Tenant.name == name))).scalar_one_or_none()


async def all_tenants(session: AsyncSession) -> Sequence[Tenant]:
    return (await session.execute(select(Tenant).order_by(Tenant.name))).scalars().all()


async def add(session: AsyncSession, row: Tenant | ApiKey) -> None:
    session.add(row)
    await session.flush()


async def key_by_prefix(session: AsyncSession, prefix: str) -> tuple[ApiKey, Tenant] | None:
    statement = (
        select(ApiKey, Tenant)
        .join(Tenant, Tenant.id == ApiKey.tenant_id)
        .where(ApiKey.prefix == prefix)
    )
    row = (await session.execute(statement)).first()
    return (row[0], row[1]) if row else None


async def keys_of(session: AsyncSession, tenant_id: int | None) -> Sequence[tuple[ApiKey, Tenant]]:
    """Keys of one tenant, or of every tenant when ``tenant_id`` is None, oldest first."""
    statement = select(ApiKey, Tenant).join(Tenant, Tenant.id == ApiKey.tenant_id)
    if tenant_id is not None:
        statement = statement.where(ApiKey.tenant_id == tenant_id)
    rows = (await session.execute(statement.order_by(ApiKey.id))).all()
    return [(row[0], row[1]) for row in rows]
