from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.version_diff import VersionDiff
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version_id: int,
    *,
    against: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_against: int | None | Unset
    if isinstance(against, Unset):
        json_against = UNSET
    else:
        json_against = against
    params["against"] = json_against

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/referentials/versions/{version_id}/diff".format(
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | VersionDiff | None:
    if response.status_code == 200:
        response_200 = VersionDiff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = ErrorBody.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorBody.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | VersionDiff]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: int,
    *,
    client: AuthenticatedClient,
    against: int | None | Unset = UNSET,
) -> Response[ErrorBody | VersionDiff]:
    """Items added, removed and relabelled since another version

    Args:
        version_id (int): Id of the newer version.
        against (int | None | Unset): Id of the older version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | VersionDiff]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        against=against,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: int,
    *,
    client: AuthenticatedClient,
    against: int | None | Unset = UNSET,
) -> ErrorBody | VersionDiff | None:
    """Items added, removed and relabelled since another version

    Args:
        version_id (int): Id of the newer version.
        against (int | None | Unset): Id of the older version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | VersionDiff
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        against=against,
    ).parsed


async def asyncio_detailed(
    version_id: int,
    *,
    client: AuthenticatedClient,
    against: int | None | Unset = UNSET,
) -> Response[ErrorBody | VersionDiff]:
    """Items added, removed and relabelled since another version

    Args:
        version_id (int): Id of the newer version.
        against (int | None | Unset): Id of the older version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | VersionDiff]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        against=against,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: int,
    *,
    client: AuthenticatedClient,
    against: int | None | Unset = UNSET,
) -> ErrorBody | VersionDiff | None:
    """Items added, removed and relabelled since another version

    Args:
        version_id (int): Id of the newer version.
        against (int | None | Unset): Id of the older version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | VersionDiff
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
            against=against,
        )
    ).parsed
