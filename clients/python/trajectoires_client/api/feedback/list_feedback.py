import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.feedback_page import FeedbackPage
from ...models.suggestion_kind import SuggestionKind
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | SuggestionKind | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    context_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, SuggestionKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_target_id: None | str | Unset
    if isinstance(target_id, Unset):
        json_target_id = UNSET
    else:
        json_target_id = target_id
    params["target_id"] = json_target_id

    json_context_id: None | str | Unset
    if isinstance(context_id, Unset):
        json_context_id = UNSET
    else:
        json_context_id = context_id
    params["context_id"] = json_context_id

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

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
        "url": "/v1/feedback",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FeedbackPage | None:
    if response.status_code == 200:
        response_200 = FeedbackPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

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
) -> Response[ErrorBody | FeedbackPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SuggestionKind | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    context_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ErrorBody | FeedbackPage]:
    """Your tenant's feedback, oldest first, page by page

    Args:
        kind (None | SuggestionKind | Unset): Only this kind of suggestion.
        target_id (None | str | Unset): Only verdicts on this item.
        context_id (None | str | Unset): Only verdicts of this suggestion list.
        since (datetime.datetime | None | Unset): Only verdicts received at or after this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FeedbackPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        target_id=target_id,
        context_id=context_id,
        since=since,
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
    kind: None | SuggestionKind | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    context_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ErrorBody | FeedbackPage | None:
    """Your tenant's feedback, oldest first, page by page

    Args:
        kind (None | SuggestionKind | Unset): Only this kind of suggestion.
        target_id (None | str | Unset): Only verdicts on this item.
        context_id (None | str | Unset): Only verdicts of this suggestion list.
        since (datetime.datetime | None | Unset): Only verdicts received at or after this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FeedbackPage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        target_id=target_id,
        context_id=context_id,
        since=since,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SuggestionKind | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    context_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ErrorBody | FeedbackPage]:
    """Your tenant's feedback, oldest first, page by page

    Args:
        kind (None | SuggestionKind | Unset): Only this kind of suggestion.
        target_id (None | str | Unset): Only verdicts on this item.
        context_id (None | str | Unset): Only verdicts of this suggestion list.
        since (datetime.datetime | None | Unset): Only verdicts received at or after this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FeedbackPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        target_id=target_id,
        context_id=context_id,
        since=since,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | SuggestionKind | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    context_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ErrorBody | FeedbackPage | None:
    """Your tenant's feedback, oldest first, page by page

    Args:
        kind (None | SuggestionKind | Unset): Only this kind of suggestion.
        target_id (None | str | Unset): Only verdicts on this item.
        context_id (None | str | Unset): Only verdicts of this suggestion list.
        since (datetime.datetime | None | Unset): Only verdicts received at or after this time.
        cursor (None | str | Unset): Cursor from the previous page.
        limit (int | Unset): Page size. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FeedbackPage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            target_id=target_id,
            context_id=context_id,
            since=since,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
