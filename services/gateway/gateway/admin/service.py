"""Administrative actions on tenants, keys and referentials, each one audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.admin import repository
from gateway.admin.audit import Auditor
from gateway.models import ApiKey, AuditEntry, Tenant
from gateway.paging import as_utc, decode_cursor, encode_cursor
from gateway.tenancy import service as tenancy
from gateway.tenancy.service import IssuedKey
from shared.clients import ReferentialsClient
from shared.contracts.imports import ImportResponse
from shared.contracts.tenants import (
    AuditEntryRead,
    AuditPage,
    KeyCreate,
    KeyIssued,
    KeyRead,
    KeyRotate,
    KeyRotation,
    Scope,
    TenantCreate,
    TenantRead,
    TenantUpdate,
)


def _optional_utc(moment: datetime | None) -> datetime | None:
    return as_utc(moment) if moment is not None else None


def tenant_read(tenant: Tenant) -> TenantRead:
    return TenantRead(
        name=tenant.name,
        created_at=as_utc(tenant.created_at),
        requests_per_minute=tenant.requests_per_minute,
        requests_per_day=tenant.requests_per_day,
        cors_origins=list(tenant.cors_origins or ()),
    )


def key_read(key: ApiKey, tenant: Tenant, *, now: datetime | None = None) -> KeyRead:
    return KeyRead(
        prefix=key.prefix,
        tenant=tenant.name,
        scopes=[Scope(scope) for scope in key.scopes],
        status=tenancy.key_status(key, now=now or tenancy.utc_now()),
        created_at=as_utc(key.created_at),
        expires_at=_optional_utc(key.expires_at),
        revoked_at=_optional_utc(key.revoked_at),
        last_used_at=_optional_utc(key.last_used_at),
    )


def key_issued(issued: IssuedKey) -> KeyIssued:
    read = key_read(issued.row, issued.tenant)
    return KeyIssued(**read.model_dump(), key=issued.key)


async def create_tenant(auditor: Auditor, body: TenantCreate) -> TenantRead:
    """Create a tenant (409 if the name is taken)."""
    async with auditor.action("tenant.create", body.name):
        tenant = await tenancy.create_tenant(auditor.session, body)
    return tenant_read(tenant)


async def list_tenants(session: AsyncSession) -> list[TenantRead]:
    return [tenant_read(tenant) for tenant in await tenancy.list_tenants(session)]


async def get_tenant(session: AsyncSession, name: str) -> TenantRead:
    return tenant_read(await tenancy.get_tenant(session, name))


async def update_tenant(auditor: Auditor, name: str, *, body: TenantUpdate) -> TenantRead:
    """Change the limits or origins that ``body`` names; the outcome lists them."""
    async with auditor.action("tenant.update", name) as outcome:
        tenant = await tenancy.update_tenant(auditor.session, name, changes=body)
        outcome.detail = " ".join(sorted(body.model_fields_set))
    return tenant_read(tenant)


async def issue_key(auditor: Auditor, tenant_name: str, *, body: KeyCreate) -> KeyIssued:
    """Issue a key to a tenant; the clear key travels in the result only."""
    async with auditor.action("key.issue", tenant_name) as outcome:
        tenant = await tenancy.get_tenant(auditor.session, tenant_name)
        issued = await tenancy.create_key(auditor.session, tenant, scopes=body.scopes)
        outcome.detail = f"key={issued.row.prefix} scopes={','.join(issued.row.scopes)}"
    return key_issued(issued)


async def list_keys(session: AsyncSession, tenant_name: str | None = None) -> list[KeyRead]:
    now = tenancy.utc_now()
    return [
        key_read(key, tenant, now=now)
        for key, tenant in await tenancy.list_keys(session, tenant_name)
    ]


async def rotate_key(auditor: Auditor, prefix: str, *, body: KeyRotate) -> KeyRotation:
    """Replace a key by a new one with the same tenant and scopes."""
    async with auditor.action("key.rotate", prefix) as outcome:
        issued, old = await tenancy.rotate_key(
            auditor.session, prefix, grace=timedelta(minutes=body.grace_minutes)
        )
        outcome.detail = f"new={issued.row.prefix} grace={body.grace_minutes}m"
    return KeyRotation(issued=key_issued(issued), previous=key_read(old, issued.tenant))


async def revoke_key(auditor: Auditor, prefix: str) -> None:
    """Revoke a key at once; revoking it again changes nothing."""
    async with auditor.action("key.revoke", prefix) as outcome:
        _, newly = await tenancy.revoke_key(auditor.session, prefix)
        outcome.detail = "" if newly else "already revoked"


async def import_referential(
    auditor: Auditor, name: str, *, referentials: ReferentialsClient
) -> ImportResponse:
    """Have the referentials service import from the official files; the outcome lists them."""
    async with auditor.action("referential.import", name) as outcome:
        response = await referentials.request(
            "POST", f"/v1/referentials/{name}/imports", ImportResponse
        )
        outcome.detail = ",".join(f"{r.name}:{r.version}:{r.status}" for r in response.results)
    return response


def _bound(moment: datetime | None) -> datetime | None:
    """A time filter in UTC; one beyond what UTC can hold is clamped to the end it lies past."""
    if moment is None:
        return None
    try:
        return as_utc(moment)
    except OverflowError:
        return (datetime.min if moment.year == datetime.min.year else datetime.max).replace(
            tzinfo=UTC
        )


def _entry_read(entry: AuditEntry) -> AuditEntryRead:
    return AuditEntryRead(
        id=entry.id,
        at=as_utc(entry.at),
        actor_tenant=entry.actor_tenant,
        actor_key_prefix=entry.actor_key_prefix,
        action=entry.action,
        target=entry.target,
        outcome=entry.outcome,
        request_id=entry.request_id,
    )


async def list_audit(
    session: AsyncSession,
    *,
    cursor: str | None,
    limit: int,
    action: str | None = None,
    actor_tenant: str | None = None,
    target: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> AuditPage:
    """The audit log, newest first, one page after ``cursor``."""
    rows = await repository.page(
        session,
        before=decode_cursor(cursor),
        limit=limit,
        action=action,
        actor_tenant=actor_tenant,
        target=target,
        since=_bound(since),
        until=_bound(until),
    )
    next_cursor = encode_cursor(rows[-1].id) if len(rows) == limit else None
    return AuditPage(items=[_entry_read(row) for row in rows], next_cursor=next_cursor)
