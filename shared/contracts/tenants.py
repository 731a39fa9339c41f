"""Tenant, API key and audit wire types of the gateway's administration API."""

from __future__ import annotations

import ipaddress
import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

TENANT_NAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,99}$"
KEY_PREFIX_PATTERN = r"^[0-9a-f]{8,16}$"
MAX_CORS_ORIGINS = 50
MAX_GRACE_MINUTES = 7 * 24 * 60

_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_DEFAULT_PORTS = {"http": 80, "https": 443}

TenantName = Annotated[
    str, StringConstraints(pattern=TENANT_NAME_PATTERN, min_length=1, max_length=100)
]
KeyPrefix = Annotated[str, StringConstraints(pattern=KEY_PREFIX_PATTERN)]


class Scope(StrEnum):
    """What a key may do: `read` the API, `ingest` offers and trainings, `admin` the platform."""

    read = "read"
    ingest = "ingest"
    admin = "admin"


class KeyStatus(StrEnum):
    """`active`; `expiring`: rotated, valid until `expires_at`; `expired`; `revoked`."""

    active = "active"
    expiring = "expiring"
    expired = "expired"
    revoked = "revoked"


def _host_is_valid(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return all(_HOST_LABEL.match(label) for label in host.split("."))


def normalise_origin(value: str) -> str:
    """``scheme://host[:port]`` in the form browsers send in `Origin`: lower case, no default port.

    Raises:
        ValueError: ``value`` is not an http(s) origin (a path, a query or credentials included).
    """
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"{value!r} is not an origin: {exc}") from None
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if scheme not in _DEFAULT_PORTS or not host or not _host_is_valid(host) or port == 0:
        raise ValueError(f"{value!r} is not an origin: expected http(s)://host[:port]")
    if parts.path not in ("", "/") or parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError(f"{value!r} is not an origin: no path, query or credentials allowed")
    shown_host = f"[{host}]" if ":" in host else host
    shown_port = f":{port}" if port is not None and port != _DEFAULT_PORTS[scheme] else ""
    return f"{scheme}://{shown_host}{shown_port}"


Origin = Annotated[str, StringConstraints(max_length=300), AfterValidator(normalise_origin)]
RequestsPerMinute = Annotated[int, Field(ge=0, le=1_000_000)]  # 0: unlimited
RequestsPerDay = Annotated[int, Field(ge=0, le=1_000_000_000)]  # 0: unlimited


def _unique(origins: list[str]) -> list[str]:
    return list(dict.fromkeys(origins))


Origins = Annotated[list[Origin], Field(max_length=MAX_CORS_ORIGINS), AfterValidator(_unique)]


class TenantCreate(BaseModel):
    """A new tenant: a region, a Carif-Oref, a partner portal."""

    name: TenantName = Field(
        description="Unique name: lower-case letters, digits, `.`, `_` or `-`.",
        examples=["normandie"],
    )
    requests_per_minute: RequestsPerMinute | None = Field(
        None,
        description="Requests allowed per minute for all its keys; null: the gateway default; "
        "0: unlimited.",
        examples=[600],
    )
    requests_per_day: RequestsPerDay | None = Field(
        None,
        description="Requests allowed per UTC day for all its keys; null: the gateway default; "
        "0: unlimited.",
        examples=[200_000],
    )
    cors_origins: Origins = Field(
        default_factory=list,
        description="Browser origins allowed to call the API with its keys, as "
        "`scheme://host[:port]`.",
        examples=[["https://emploi.normandie.fr"]],
    )


class TenantUpdate(BaseModel):
    """Changes to a tenant; a field left out keeps its value, a null limit restores the default."""

    requests_per_minute: RequestsPerMinute | None = Field(
        None,
        description="Requests allowed per minute; null: the gateway default; 0: unlimited.",
        examples=[600],
    )
    requests_per_day: RequestsPerDay | None = Field(
        None,
        description="Requests allowed per UTC day; null: the gateway default; 0: unlimited.",
        examples=[200_000],
    )
    cors_origins: Origins | None = Field(
        None,
        description="The new list of allowed browser origins, replacing the old one; null or "
        "`[]` allows none.",
        examples=[["https://emploi.normandie.fr", "http://localhost:3000"]],
    )


class TenantRead(BaseModel):
    """A tenant, its limits and its browser origins."""

    name: str = Field(description="Unique name of the tenant.", examples=["normandie"])
    created_at: datetime = Field(
        description="When it was created (UTC).", examples=["2026-12-01T09:30:00Z"]
    )
    requests_per_minute: int | None = Field(
        description="Requests allowed per minute; null: the gateway default.", examples=[600]
    )
    requests_per_day: int | None = Field(
        description="Requests allowed per day; null: the gateway default.", examples=[200_000]
    )
    cors_origins: list[str] = Field(
        description="Browser origins allowed to call the API with its keys.",
        examples=[["https://emploi.normandie.fr"]],
    )


class KeyCreate(BaseModel):
    """A new API key for a tenant."""

    scopes: list[Scope] = Field(
        default_factory=lambda: [Scope.read],
        min_length=1,
        max_length=len(Scope),
        description="What the key may do: `read`, `ingest` (offers, trainings), `admin` "
        "(imports, tenants, keys, audit).",
        examples=[["read", "ingest"]],
    )


class KeyRead(BaseModel):
    """An API key as stored: its prefix in clear, never the key itself."""

    prefix: str = Field(
        description="Clear part of the key (`trj_<prefix>_...`), which names it.",
        examples=["3f9c0a1b2d4e"],
    )
    tenant: str = Field(description="Tenant the key belongs to.", examples=["normandie"])
    scopes: list[Scope] = Field(description="What the key may do.", examples=[["read"]])
    status: KeyStatus = Field(description="Whether the key works now.", examples=["active"])
    created_at: datetime = Field(
        description="When it was issued (UTC).", examples=["2026-12-01T09:30:00Z"]
    )
    expires_at: datetime | None = Field(
        None,
        description="End of the grace period of a rotated key (UTC); null when none.",
        examples=[None],
    )
    revoked_at: datetime | None = Field(
        None, description="When it was revoked (UTC); null while it is not.", examples=[None]
    )
    last_used_at: datetime | None = Field(
        None,
        description="Last authenticated use, to the minute (UTC); null if never used.",
        examples=["2026-12-02T14:05:00Z"],
    )


class KeyIssued(KeyRead):
    """A key just issued: the clear key is shown here once and never again."""

    key: str = Field(
        description="The API key, to send in `X-API-Key`. Store it now: only its digest is kept.",
        examples=["trj_3f9c0a1b2d4e_Jx0v-2s8WbVZc3kq9tYf1mP7rLh4NuAe"],
    )


class KeyRotate(BaseModel):
    """How to retire the key being replaced."""

    grace_minutes: int = Field(
        0,
        ge=0,
        le=MAX_GRACE_MINUTES,
        description="Minutes during which the old key keeps working; 0 revokes it at once.",
        examples=[60],
    )


class KeyRotation(BaseModel):
    """The key that replaces another, and the replaced key as it now stands."""

    issued: KeyIssued = Field(description="The new key, with the same tenant and scopes.")
    previous: KeyRead = Field(description="The old key: revoked, or expiring after the grace.")


class AuditEntryRead(BaseModel):
    """One administrative action: who did what to what, when, and how it ended."""

    id: int = Field(description="Id of the entry; pages are ordered by it.", examples=[42])
    at: datetime = Field(description="When it happened (UTC).", examples=["2026-12-01T09:30:00Z"])
    actor_tenant: str = Field(
        description="Tenant of the key that acted, or `cli` for the command line.",
        examples=["operateur"],
    )
    actor_key_prefix: str | None = Field(
        description="Prefix of the key that acted; null for the command line.",
        examples=["3f9c0a1b2d4e"],
    )
    action: str = Field(
        description="What was done: `tenant.create`, `tenant.update`, `key.issue`, "
        "`key.rotate`, `key.revoke` or `referential.import`.",
        examples=["key.rotate"],
    )
    target: str = Field(
        description="What it was done to: a tenant name, a key prefix or a referential.",
        examples=["3f9c0a1b2d4e"],
    )
    outcome: str = Field(
        description="`ok` and its details, or `error:` and the error code.",
        examples=["ok new=9b1e77c0aa12 grace=60m", "error:tenant_exists"],
    )
    request_id: str | None = Field(
        description="Id of the HTTP request that acted; null for the command line.",
        examples=["5f0c2a7e9d1b4c3a8e6f0a1b2c3d4e5f"],
    )


class AuditPage(BaseModel):
    """A page of the audit log, newest first."""

    items: list[AuditEntryRead] = Field(description="Entries, newest first.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next (older) page.", examples=[None]
    )
