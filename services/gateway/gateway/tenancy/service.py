"""API keys: issued once in clear, kept as a prefix and a digest, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, Tenant
from gateway.tenancy import repository
from shared.errors import Forbidden, Unauthorized

KEY_PREFIX = "trj"
DEFAULT_SCOPES = ("read",)


class MissingApiKey(Unauthorized):
    code = "missing_api_key"


class InvalidApiKey(Unauthorized):
    code = "invalid_api_key"


class InsufficientScope(Forbidden):
    code = "insufficient_scope"


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


def digest(key: str) -> str:
    # keys are 190 random bits: a plain SHA-256 is enough, no slow hash needed
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(key: str) -> tuple[str, str] | None:
    parts = key.split("_")
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


async def ensure_tenant(session: AsyncSession, name: str) -> Tenant:
    tenant = await repository.tenant_by_name(session, name)
    if tenant is None:
        tenant = Tenant(name=name, created_at=datetime.now(UTC))
        session.add(tenant)
        await session.flush()
    return tenant


async def issue_key(
    session: AsyncSession, tenant: Tenant, *, scopes: tuple[str, ...] = DEFAULT_SCOPES
) -> str:
    """Create a key for ``tenant``; the clear key is returned once and never stored."""
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(24).replace("_", "-")
    key = f"{KEY_PREFIX}_{prefix}_{secret}"
    session.add(
        ApiKey(
            tenant_id=tenant.id,
            prefix=prefix,
            digest=digest(key),
            scopes=list(scopes),
            created_at=datetime.now(UTC),
        )
    )
    await session.flush()
    return key


async def authenticate(session: AsyncSession, key: str | None) -> Caller:
    """The caller behind an API key.

    Raises:
        MissingApiKey: no key was sent.
        InvalidApiKey: the key is unknown, malformed or revoked.
    """
    if not key:
        raise MissingApiKey("send your API key in the X-API-Key header")
    parts = split_key(key)
    found = await repository.key_by_prefix(session, parts[0]) if parts else None
    if found is None:
        raise InvalidApiKey("unknown API key")
    api_key, tenant = found
    if not hmac.compare_digest(api_key.digest, digest(key)) or api_key.revoked_at is not None:
        raise InvalidApiKey("unknown or revoked API key")
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
