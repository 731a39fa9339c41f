from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certification_page import CertificationPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    rome: None | str | Unset = UNSET,
    formacode: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_rome: None | str | Unset
    if isinstance(rome, Unset):
        json_rome = UNSET
    else:
        json_rome = rome
    params["rome"] = json_rome

    json_formacode: None | str | Unset
    if isinstance(formacode, Unset):
        json_formacode = UNSET
    else:
        json_formacode = formacode
    params["formacode"] = json_formacode

    json_level: int | None | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

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
        "url": "/v1/certifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificationPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CertificationPage.from_dict(response.json())

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
) -> Response[CertificationPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    rome: None | str | Unset = UNSET,
    formacode: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[CertificationPage | ErrorBody]:
    """Search RNCP and RS certifications

    Args:
        q (None | str | Unset): Title, abbreviation or number.
        rome (None | str | Unset): ROME 4.0 code.
        formacode (None | str | Unset): Formacode code.
        level (int | None | Unset): European level.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificationPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        rome=rome,
        formacode=formacode,
        level=level,
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
    q: None | str | Unset = UNSET,
    rome: None | str | Unset = UNSET,
    formacode: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> CertificationPage | ErrorBody | None:
    """Search RNCP and RS certifications

    Args:
        q (None | str | Unset): Title, abbreviation or number.
        rome (None | str | Unset): ROME 4.0 code.
        formacode (None | str | Unset): Formacode code.
        level (int | None | Unset): European level.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificationPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        q=q,
        rome=rome,
        formacode=formacode,
        level=level,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    rome: None | str | Unset = UNSET,
    formacode: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[CertificationPage | ErrorBody]:
    """Search RNCP and RS certifications

    Args:
        q (None | str | Unset): Title, abbreviation or number.
        rome (None | str | Unset): ROME 4.0 code.
        formacode (None | str | Unset): Formacode code.
        level (int | None | Unset): European level.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificationPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        rome=rome,
        formacode=formacode,
        level=level,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    rome: None | str | Unset = UNSET,
    formacode: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> CertificationPage | ErrorBody | None:
    """Search RNCP and RS certifications

    Args:
        q (None | str | Unset): Title, abbreviation or number.
        rome (None | str | Unset): ROME 4.0 code.
        formacode (None | str | Unset): Formacode code.
        level (int | None | Unset): European level.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificationPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            rome=rome,
            formacode=formacode,
            level=level,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
