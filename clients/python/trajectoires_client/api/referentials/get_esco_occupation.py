from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.esco_occupation_read import EscoOccupationRead
from ...types import Response


def _get_kwargs(
    occupation: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/esco/occupations/{occupation}".format(
            occupation=quote(str(occupation), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EscoOccupationRead | None:
    if response.status_code == 200:
        response_200 = EscoOccupationRead.from_dict(response.json())

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
) -> Response[ErrorBody | EscoOccupationRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    occupation: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | EscoOccupationRead]:
    """An ESCO occupation with its French labels and its ROME appellations

    Args:
        occupation (str): The occupation URI, or its last segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EscoOccupationRead]
    """

    kwargs = _get_kwargs(
        occupation=occupation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    occupation: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | EscoOccupationRead | None:
    """An ESCO occupation with its French labels and its ROME appellations

    Args:
        occupation (str): The occupation URI, or its last segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EscoOccupationRead
    """

    return sync_detailed(
        occupation=occupation,
        client=client,
    ).parsed


async def asyncio_detailed(
    occupation: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | EscoOccupationRead]:
    """An ESCO occupation with its French labels and its ROME appellations

    Args:
        occupation (str): The occupation URI, or its last segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EscoOccupationRead]
    """

    kwargs = _get_kwargs(
        occupation=occupation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    occupation: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | EscoOccupationRead | None:
    """An ESCO occupation with its French labels and its ROME appellations

    Args:
        occupation (str): The occupation URI, or its last segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EscoOccupationRead
    """

    return (
        await asyncio_detailed(
            occupation=occupation,
            client=client,
        )
    ).parsed
