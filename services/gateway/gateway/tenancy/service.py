"""Tenants and their API keys: keys issued once in clear, kept as a prefix and a digest."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, Tenant
from gateway.paging import as_utc
from gateway.tenancy import repository
from shared.contracts.tenants import KeyStatus, Scope, TenantCreate, TenantUpdate
from shared.errors import Conflict, Forbidden, NotFound, Unauthorized, Unprocessable

KEY_PREFIX = "trj"
DEFAULT_SCOPES = ("read",)
SCOPES = tuple(scope.value for scope in Scope)
# how stale `last_used_at` may be: one write a minute per key, not one per request
LAST_USE_RESOLUTION = timedelta(minutes=1)
USABLE = (KeyStatus.active, KeyStatus.expiring)


class MissingApiKey(Unauthorized):
    code = "missing_api_key"


class InvalidApiKey(Unauthorized):
    code = "invalid_api_key"


class InsufficientScope(Forbidden):
    code = "insufficient_scope"


class UnknownScope(Unprocessable):
    code = "unknown_scope"


class TenantExists(Conflict):
    code = "tenant_exists"


class UnknownTenant(NotFound):
    code = "unknown_tenant"


class UnknownKey(NotFound):
    code = "unknown_api_key"


class KeyRetired(Conflict):
    code = "api_key_retired"


@dataclass(frozen=True)
class Caller:
    """Who calls: the tenant behind the key, what the key may do, the tenant's own limits."""

    tenant_id: int
    tenant: str
    scopes: frozenset[str]
    key_prefix: str = ""
    requests_per_minute: int | None = None
    requests_per_day: int | None = None
    cors_origins: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssuedKey:
    """A key just issued: its stored row, its tenant, and the clear key shown this once."""

    row: ApiKey
    tenant: Tenant
    key: str


def utc_now() -> datetime:
    return datetime.now(UTC)


def digest(key: str) -> str:
    # keys are 190 random bits: a plain SHA-256 is enough, no slow hash needed
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(key: str) -> tuple[str, str] | None:
    parts = key.split("_")
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def check_scopes(scopes: Iterable[str]) -> list[str]:
    """The scopes once each, in their canonical order.

    Raises:
        UnknownScope: a scope is not `read`, `ingest` or `admin`, or there is none (422).
    """
    wanted = {str(scope) for scope in scopes}
    unknown = sorted(wanted - set(SCOPES))
    if unknown:
        raise UnknownScope(f"unknown scope {', '.join(unknown)}; known: {', '.join(SCOPES)}")
    if not wanted:
        raise UnknownScope(f"a key needs at least one scope of {', '.join(SCOPES)}")
    return [scope for scope in SCOPES if scope in wanted]


def key_status(key: ApiKey, *, now: datetime) -> KeyStatus:
    if key.revoked_at is not None:
        return KeyStatus.revoked
    if key.expires_at is None:
        return KeyStatus.active
    return KeyStatus.expiring if now < as_utc(key.expires_at) else KeyStatus.expired


async def ensure_tenant(session: AsyncSession, name: str) -> Tenant:
    """The tenant called ``name``, created with the gateway's defaults if it does not exist."""
    tenant = await repository.tenant_by_name(session, name)
    if tenant is None:
        tenant = Tenant(name=name, created_at=utc_now(), cors_origins=[])
        await repository.add(session, tenant)
    return tenant


async def create_tenant(
    session: AsyncSession, body: TenantCreate, *, now: datetime | None = None
) -> Tenant:
    """A new tenant.

    Raises:
        TenantExists: the name is taken (409).
    """
    taken = TenantExists(f"tenant `{body.name}` already exists")
    if await repository.tenant_by_name(session, body.name) is not None:
        raise taken
    tenant = Tenant(created_at=now or utc_now(), **body.model_dump())
    try:
        await repository.add(session, tenant)
    except IntegrityError as exc:
        # a concurrent create won the race between the check and the insert
        raise taken from exc
    return tenant


async def get_tenant(session: AsyncSession, name: str) -> Tenant:
    tenant = await repository.tenant_by_name(session, name)
    if tenant is None:
        raise UnknownTenant(f"no tenant named `{name}`")
    return tenant


async def list_tenants(session: AsyncSession) -> Sequence[Tenant]:
    return await repository.all_tenants(session)


async def update_tenant(session: AsyncSession, name: str, *, changes: TenantUpdate) -> Tenant:
    """Apply the fields present in ``changes``; a null limit restores the gateway default."""
    tenant = await get_tenant(session, name)
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(tenant, field, [] if field == "cors_origins" and value is None else value)
    await session.flush()
    return tenant


async def create_key(
    session: AsyncSession, tenant: Tenant, *, scopes: Iterable[str], now: datetime | None = None
) -> IssuedKey:
    """Create a key for ``tenant``; the clear key is in the result and never stored."""
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(24).replace("_", "-")
    key = f"{KEY_PREFIX}_{prefix}_{secret}"
    row = ApiKey(
        tenant_id=tenant.id,
        prefix=prefix,
        digest=digest(key),
        scopes=check_scopes(scopes),
        created_at=now or utc_now(),
    )
    await repository.add(session, row)
    return IssuedKey(row=row, tenant=tenant, key=key)


async def issue_key(
    session: AsyncSession, tenant: Tenant, *, scopes: Iterable[str] = DEFAULT_SCOPES
) -> str:
    """Create a key for ``tenant`` and return it in clear, this once."""
    return (await create_key(session, tenant, scopes=scopes)).key


async def find_key(session: AsyncSession, prefix: str) -> tuple[ApiKey, Tenant]:
    found = await repository.key_by_prefix(session, prefix)
    if found is None:
        raise UnknownKey(f"no API key with prefix `{prefix}`")
    return found


async def list_keys(
    session: AsyncSession, tenant: str | None = None
) -> Sequence[tuple[ApiKey, Tenant]]:
    """Keys of the tenant called ``tenant``, or of every tenant, oldest first."""
    tenant_id = (await get_tenant(session, tenant)).id if tenant is not None else None
    return await repository.keys_of(session, tenant_id)


async def rotate_key(
    session: AsyncSession,
    prefix: str,
    *,
    grace: timedelta = timedelta(0),
    now: datetime | None = None,
) -> tuple[IssuedKey, ApiKey]:
    """A new key with the old one's tenant and scopes; the old one ends now or after ``grace``.

    Raises:
        UnknownKey: no key has this prefix (404).
        KeyRetired: the key was already revoked, rotated or expired (409).
    """
    now = now or utc_now()
    old, tenant = await find_key(session, prefix)
    status = key_status(old, now=now)
    if status is not KeyStatus.active:
        raise KeyRetired(f"API key `{prefix}` is {status.value}: only an active key is rotated")
    issued = await create_key(session, tenant, scopes=old.scopes, now=now)
    if grace > timedelta(0):
        old.expires_at = now + grace
    else:
        old.revoked_at = now
    await session.flush()
    return issued, old


async def revoke_key(
    session: AsyncSession, prefix: str, *, now: datetime | None = None
) -> tuple[ApiKey, bool]:
    """Revoke a key at once, even during a grace period; whether it was not revoked already."""
    key, _ = await find_key(session, prefix)
    if key.revoked_at is not None:
        return key, False
    key.revoked_at = now or utc_now()
    await session.flush()
    return key, True


def _note_use(key: ApiKey, *, now: datetime) -> None:
    if key.last_used_at is None or now - as_utc(key.last_used_at) >= LAST_USE_RESOLUTION:
        key.last_used_at = now


async def authenticate(
    session: AsyncSession, key: str | None, *, now: datetime | None = None
) -> Caller:
    """The caller behind an API key.

    Raises:
        MissingApiKey: no key was sent.
        InvalidApiKey: the key is unknown, malformed, revoked or past its grace period.
    """
    if not key:
        raise MissingApiKey("send your API key in the X-API-Key header")
    parts = split_key(key)
    found = await repository.key_by_prefix(session, parts[0]) if parts else None
    if found is None or not hmac.compare_digest(found[0].digest, digest(key)):
        raise InvalidApiKey("unknown API key")
    api_key, tenant = found
    now = now or utc_now()
    status = key_status(api_key, now=now)
    if status not in USABLE:
        raise InvalidApiKey(f"this API key is {status.value}")
    _note_use(api_key, now=now)
    return Caller(
        tenant_id=tenant.id,
        tenant=tenant.name,
        scopes=frozenset(api_key.scopes),
        key_prefix=api_key.prefix,
        requests_per_minute=tenant.requests_per_minute,
        requests_per_day=tenant.requests_per_day,
        cors_origins=tuple(tenant.cors_origins or ()),
    )


def require(caller: Caller, scope: str) -> Caller:
    """The caller, if its key grants ``scope``.

    Raises:
        InsufficientScope: the key does not grant it (403).
    """
    if scope not in caller.scopes:
        raise InsufficientScope(f"this API key lacks the `{scope}` scope")
    return caller
