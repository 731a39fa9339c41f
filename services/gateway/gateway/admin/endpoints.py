"""Administration for platform operators (keys with the `admin` scope): every tenant, every key."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Response

from gateway.admin import service
from gateway.admin.deps import AuditorDep
from gateway.deps import AdminDep, ReferentialsDep, SessionDep
from shared.contracts.imports import ImportResponse, ReferentialName
from shared.contracts.params import Cursor
from shared.contracts.tenants import (
    KEY_PREFIX_PATTERN,
    AuditPage,
    KeyCreate,
    KeyIssued,
    KeyRead,
    KeyRotate,
    KeyRotation,
    TenantCreate,
    TenantRead,
    TenantUpdate,
)
from shared.errors import error_responses

router = APIRouter(prefix="/admin", tags=["admin"])

TenantName = Annotated[
    str, Path(min_length=1, max_length=100, description="Tenant name.", examples=["occitanie"])
]
KeyPrefix = Annotated[
    str,
    Path(
        pattern=KEY_PREFIX_PATTERN,
        description="Prefix of the key: the part after `trj_` in the key.",
        examples=["3f9c0a1b2d4e"],
    ),
]
AuditPageSize = Annotated[int, Query(ge=1, le=500, description="Page size.", examples=[100])]


@router.post(
    "/referentials/{name}/imports",
    response_model=ImportResponse,
    summary="Import a referential from the official files on the server (no-op when unchanged)",
    responses=error_responses(401, 403, 422, 502, 503, 504),
)
async def create_referential_import(
    name: Annotated[ReferentialName, Path(description="Referential to import.", examples=["rome"])],
    auditor: AuditorDep,
    referentials: ReferentialsDep,
) -> ImportResponse:
    return await service.import_referential(auditor, name, referentials=referentials)


@router.post(
    "/tenants",
    response_model=TenantRead,
    status_code=201,
    summary="Create a tenant",
    responses=error_responses(401, 403, 409, 422),
)
async def create_tenant(body: TenantCreate, auditor: AuditorDep) -> TenantRead:
    return await service.create_tenant(auditor, body)


@router.get(
    "/tenants",
    response_model=list[TenantRead],
    summary="Every tenant, by name",
    responses=error_responses(401, 403),
)
async def list_tenants(_: AdminDep, session: SessionDep) -> list[TenantRead]:
    return await service.list_tenants(session)


@router.get(
    "/tenants/{name}",
    response_model=TenantRead,
    summary="One tenant, its limits and its browser origins",
    responses=error_responses(401, 403, 404, 422),
)
async def get_tenant(name: TenantName, _: AdminDep, session: SessionDep) -> TenantRead:
    return await service.get_tenant(session, name)


@router.patch(
    "/tenants/{name}",
    response_model=TenantRead,
    summary="Change a tenant's rate limit, daily quota or browser origins",
    responses=error_responses(401, 403, 404, 422),
)
async def update_tenant(name: TenantName, body: TenantUpdate, auditor: AuditorDep) -> TenantRead:
    return await service.update_tenant(auditor, name, body=body)


@router.post(
    "/tenants/{name}/keys",
    response_model=KeyIssued,
    status_code=201,
    summary="Issue an API key to a tenant; the key is in this response only",
    responses=error_responses(401, 403, 404, 422),
)
async def create_key(name: TenantName, body: KeyCreate, auditor: AuditorDep) -> KeyIssued:
    return await service.issue_key(auditor, name, body=body)


@router.get(
    "/tenants/{name}/keys",
    response_model=list[KeyRead],
    summary="A tenant's API keys, oldest first (prefixes only)",
    responses=error_responses(401, 403, 404, 422),
)
async def list_keys(name: TenantName, _: AdminDep, session: SessionDep) -> list[KeyRead]:
    return await service.list_keys(session, name)


@router.post(
    "/keys/{prefix}/rotate",
    response_model=KeyRotation,
    status_code=201,
    summary="Replace a key by a new one with the same scopes; the old one ends now or later",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def rotate_key(
    prefix: KeyPrefix,
    auditor: AuditorDep,
    body: Annotated[KeyRotate | None, Body(description="Grace period of the old key.")] = None,
) -> KeyRotation:
    return await service.rotate_key(auditor, prefix, body=body or KeyRotate())


@router.delete(
    "/keys/{prefix}",
    status_code=204,
    summary="Revoke a key at once (also one in its grace period)",
    responses=error_responses(401, 403, 404, 422),
)
async def delete_key(prefix: KeyPrefix, auditor: AuditorDep) -> Response:
    await service.revoke_key(auditor, prefix)
    return Response(status_code=204)


@router.get(
    "/audit",
    response_model=AuditPage,
    summary="The audit log of administrative actions, newest first, page by page",
    responses=error_responses(400, 401, 403, 422),
)
async def list_audit(
    _: AdminDep,
    session: SessionDep,
    action: Annotated[
        str | None,
        Query(
            max_length=60,
            description="Only this action, e.g. `key.rotate`.",
            examples=["key.rotate"],
        ),
    ] = None,
    actor_tenant: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Only actions by this tenant's keys.",
            examples=["operateur"],
        ),
    ] = None,
    target: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Only actions on this tenant, key or referential.",
            examples=["occitanie"],
        ),
    ] = None,
    since: Annotated[
        datetime | None,
        Query(description="Only actions at or after this time.", examples=["2026-11-01T00:00:00Z"]),
    ] = None,
    until: Annotated[
        datetime | None,
        Query(description="Only actions before this time.", examples=["2026-12-01T00:00:00Z"]),
    ] = None,
    cursor: Cursor = None,
    limit: AuditPageSize = 100,
) -> AuditPage:
    return await service.list_audit(
        session,
        cursor=cursor,
        limit=limit,
        action=action,
        actor_tenant=actor_tenant,
        target=target,
        since=since,
        until=until,
    )
