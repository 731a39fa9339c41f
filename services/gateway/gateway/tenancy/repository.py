"""Queries on tenants and API keys."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, Tenant


async def tenant_by_name(session: AsyncSession, name: str) -> Tenant | None:
    return (await session.execute(select(Tenant).where(Tenant.name == name))).scalar_one_or_none()


async def key_by_prefix(session: AsyncSession, prefix: str) -> tuple[ApiKey, Tenant] | None:
    statement = (
        select(ApiKey, Tenant)
        .join(Tenant, Tenant.id == ApiKey.tenant_id)
        .where(ApiKey.prefix == prefix)
    )
    row = (await session.execute(statement)).first()
    return (row[0], row[1]) if row else None
