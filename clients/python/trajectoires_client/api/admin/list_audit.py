import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_page import AuditPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: None | str | Unset = UNSET,
    actor_tenant: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_actor_tenant: None | str | Unset
    if isinstance(actor_tenant, Unset):
        json_actor_tenant = UNSET
    else:
        json_actor_tenant = actor_tenant
    params["actor_tenant"] = json_actor_tenant

    json_target: None | str | Unset
    if isinstance(target, Unset):
        json_target = UNSET
    else:
        json_target = target
    params["target"] = json_target

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor_tenant: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[AuditPage | ErrorBody]:
    """The audit log of administrative actions, newest first, page by page

    Args:
        action (None | str | Unset): Only this action, e.g. `key.rotate`.
        actor_tenant (None | str | Unset): Only actions by this tenant's keys.
        target (None | str | Unset): Only actions on this tenant, key or referential.
        since (datetime.datetime | None | Unset): Only actions at or after this time.
        until (datetime.datetime | None | Unset): Only actions before this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        action=action,
        actor_tenant=actor_tenant,
        target=target,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor_tenant: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> AuditPage | ErrorBody | None:
    """The audit log of administrative actions, newest first, page by page

    Args:
        action (None | str | Unset): Only this action, e.g. `key.rotate`.
        actor_tenant (None | str | Unset): Only actions by this tenant's keys.
        target (None | str | Unset): Only actions on this tenant, key or referential.
        since (datetime.datetime | None | Unset): Only actions at or after this time.
        until (datetime.datetime | None | Unset): Only actions before this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        action=action,
        actor_tenant=actor_tenant,
        target=target,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor_tenant: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[AuditPage | ErrorBody]:
    """The audit log of administrative actions, newest first, page by page

    Args:
        action (None | str | Unset): Only this action, e.g. `key.rotate`.
        actor_tenant (None | str | Unset): Only actions by this tenant's keys.
        target (None | str | Unset): Only actions on this tenant, key or referential.
        since (datetime.datetime | None | Unset): Only actions at or after this time.
        until (datetime.datetime | None | Unset): Only actions before this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        action=action,
        actor_tenant=actor_tenant,
        target=target,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor_tenant: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> AuditPage | ErrorBody | None:
    """The audit log of administrative actions, newest first, page by page

    Args:
        action (None | str | Unset): Only this action, e.g. `key.rotate`.
        actor_tenant (None | str | Unset): Only actions by this tenant's keys.
        target (None | str | Unset): Only actions on this tenant, key or referential.
        since (datetime.datetime | None | Unset): Only actions at or after this time.
        until (datetime.datetime | None | Unset): Only actions before this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            actor_tenant=actor_tenant,
            target=target,
            since=since,
            until=until,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
