from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.formacode_page import FormacodePage
from ...types import Response


def _get_kwargs(
    code_rome: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rome/metiers/{code_rome}/formacodes".format(
            code_rome=quote(str(code_rome), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FormacodePage | None:
    if response.status_code == 200:
        response_200 = FormacodePage.from_dict(response.json())

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
) -> Response[ErrorBody | FormacodePage]:
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
) -> Response[ErrorBody | FormacodePage]:
    """ROME 4.0 → Formacode: the training domains of a fiche

    Args:
        code_rome (str): ROME 4.0 code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FormacodePage]
    """

    kwargs = _get_kwargs(
        code_rome=code_rome,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code_rome: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | FormacodePage | None:
    """ROME 4.0 → Formacode: the training domains of a fiche

    Args:
        code_rome (str): ROME 4.0 code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FormacodePage
    """

    return sync_detailed(
        code_rome=code_rome,
        client=client,
    ).parsed


async def asyncio_detailed(
    code_rome: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | FormacodePage]:
    """ROME 4.0 → Formacode: the training domains of a fiche

    Args:
        code_rome (str): ROME 4.0 code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FormacodePage]
    """

    kwargs = _get_kwargs(
        code_rome=code_rome,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code_rome: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | FormacodePage | None:
    """ROME 4.0 → Formacode: the training domains of a fiche

    Args:
        code_rome (str): ROME 4.0 code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FormacodePage
    """

    return (
        await asyncio_detailed(
            code_rome=code_rome,
            client=client,
        )
    ).parsed
