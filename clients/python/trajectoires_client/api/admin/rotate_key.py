from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.key_rotate import KeyRotate
from ...models.key_rotation import KeyRotation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    prefix: str,
    *,
    body: KeyRotate | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/keys/{prefix}/rotate".format(
            prefix=quote(str(prefix), safe=""),
        ),
    }

    if isinstance(body, KeyRotate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | KeyRotation | None:
    if response.status_code == 201:
        response_201 = KeyRotation.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[ErrorBody | KeyRotation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prefix: str,
    *,
    client: AuthenticatedClient,
    body: KeyRotate | None | Unset = UNSET,
) -> Response[ErrorBody | KeyRotation]:
    """Replace a key by a new one with the same scopes; the old one ends now or later

    Args:
        prefix (str): Prefix of the key: the part after `trj_` in the key.
        body (KeyRotate | None | Unset): Grace period of the old key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | KeyRotation]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prefix: str,
    *,
    client: AuthenticatedClient,
    body: KeyRotate | None | Unset = UNSET,
) -> ErrorBody | KeyRotation | None:
    """Replace a key by a new one with the same scopes; the old one ends now or later

    Args:
        prefix (str): Prefix of the key: the part after `trj_` in the key.
        body (KeyRotate | None | Unset): Grace period of the old key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | KeyRotation
    """

    return sync_detailed(
        prefix=prefix,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prefix: str,
    *,
    client: AuthenticatedClient,
    body: KeyRotate | None | Unset = UNSET,
) -> Response[ErrorBody | KeyRotation]:
    """Replace a key by a new one with the same scopes; the old one ends now or later

    Args:
        prefix (str): Prefix of the key: the part after `trj_` in the key.
        body (KeyRotate | None | Unset): Grace period of the old key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | KeyRotation]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix: str,
    *,
    client: AuthenticatedClient,
    body: KeyRotate | None | Unset = UNSET,
) -> ErrorBody | KeyRotation | None:
    """Replace a key by a new one with the same scopes; the old one ends now or later

    Args:
        prefix (str): Prefix of the key: the part after `trj_` in the key.
        body (KeyRotate | None | Unset): Grace period of the old key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | KeyRotation
    """

    return (
        await asyncio_detailed(
            prefix=prefix,
            client=client,
            body=body,
        )
    ).parsed
