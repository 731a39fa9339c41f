from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.proximites_response import ProximitesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code_rome: str,
    *,
    limit: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rome/metiers/{code_rome}/proximites".format(
            code_rome=quote(str(code_rome), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ProximitesResponse | None:
    if response.status_code == 200:
        response_200 = ProximitesResponse.from_dict(response.json())

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
) -> Response[ErrorBody | ProximitesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code_rome: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 15,
) -> Response[ErrorBody | ProximitesResponse]:
    """Career moves from a métier: official mobilités and métiers sharing skills

    Args:
        code_rome (str): ROME 4.0 code.
        limit (int | Unset): How many moves. Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ProximitesResponse]
    """

    kwargs = _get_kwargs(
        code_rome=code_rome,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code_rome: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 15,
) -> ErrorBody | ProximitesResponse | None:
    """Career moves from a métier: official mobilités and métiers sharing skills

    Args:
        code_rome (str): ROME 4.0 code.
        limit (int | Unset): How many moves. Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ProximitesResponse
    """

    return sync_detailed(
        code_rome=code_rome,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    code_rome: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 15,
) -> Response[ErrorBody | ProximitesResponse]:
    """Career moves from a métier: official mobilités and métiers sharing skills

    Args:
        code_rome (str): ROME 4.0 code.
        limit (int | Unset): How many moves. Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ProximitesResponse]
    """

    kwargs = _get_kwargs(
        code_rome=code_rome,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code_rome: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 15,
) -> ErrorBody | ProximitesResponse | None:
    """Career moves from a métier: official mobilités and métiers sharing skills

    Args:
        code_rome (str): ROME 4.0 code.
        limit (int | Unset): How many moves. Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ProximitesResponse
    """

    return (
        await asyncio_detailed(
            code_rome=code_rome,
            client=client,
            limit=limit,
        )
    ).parsed
