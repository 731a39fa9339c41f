from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appellation_page import AppellationPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    version: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_version: None | str | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rome/appellations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppellationPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AppellationPage.from_dict(response.json())

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
) -> Response[AppellationPage | ErrorBody]:
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    version: None | str | Unset = UNSET,
) -> Response[AppellationPage | ErrorBody]:
    """Appellations: searched with `q` (autocomplete), else all by code

    Args:
        q (None | str | Unset): French-aware search: accents, case, elision, gender forms,
            plurals, abbreviations and typos; the last word is a prefix (autocomplete). Best first.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.
        version (None | str | Unset): Referential version label (e.g. `460`); default: the current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppellationPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        cursor=cursor,
        limit=limit,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    version: None | str | Unset = UNSET,
) -> AppellationPage | ErrorBody | None:
    """Appellations: searched with `q` (autocomplete), else all by code

    Args:
        q (None | str | Unset): French-aware search: accents, case, elision, gender forms,
            plurals, abbreviations and typos; the last word is a prefix (autocomplete). Best first.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.
        version (None | str | Unset): Referential version label (e.g. `460`); default: the current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppellationPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        q=q,
        cursor=cursor,
        limit=limit,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    version: None | str | Unset = UNSET,
) -> Response[AppellationPage | ErrorBody]:
    """Appellations: searched with `q` (autocomplete), else all by code

    Args:
        q (None | str | Unset): French-aware search: accents, case, elision, gender forms,
            plurals, abbreviations and typos; the last word is a prefix (autocomplete). Best first.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.
        version (None | str | Unset): Referential version label (e.g. `460`); default: the current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppellationPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        cursor=cursor,
        limit=limit,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    version: None | str | Unset = UNSET,
) -> AppellationPage | ErrorBody | None:
    """Appellations: searched with `q` (autocomplete), else all by code

    Args:
        q (None | str | Unset): French-aware search: accents, case, elision, gender forms,
            plurals, abbreviations and typos; the last word is a prefix (autocomplete). Best first.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.
        version (None | str | Unset): Referential version label (e.g. `460`); default: the current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppellationPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            cursor=cursor,
            limit=limit,
            version=version,
        )
    ).parsed
