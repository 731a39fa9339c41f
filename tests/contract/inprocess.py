"""Synchronous doors into the in-process stack, which runs in an event loop of its own."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx
import requests
from anyio.from_thread import BlockingPortal
from requests.adapters import HTTPAdapter
from urllib3 import HTTPHeaderDict, HTTPResponse

from gateway.tenancy.service import create_key, ensure_tenant
from shared.db import create_engine, create_sessionmaker, unit_of_work

EVERY_SCOPE = ("read", "ingest", "admin")
# far above what a contract run sends, so that no call of it meets the rate limit
GENEROUS_LIMITS = {"requests_per_minute": 1_000_000, "requests_per_day": 100_000_000}
# the body is handed on already decoded
_HOP_HEADERS = {"content-encoding", "transfer-encoding"}


async def new_key(database_url: str, *, tenant: str, scopes: tuple[str, ...]) -> str:
    """A key of its own tenant, with limits that no contract run reaches."""
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        owner = await ensure_tenant(session, tenant)
        for name, value in GENEROUS_LIMITS.items():
            setattr(owner, name, value)
        issued = await create_key(session, owner, scopes=scopes)
    await engine.dispose()
    return issued.key


@dataclass(frozen=True)
class InProcessStack:
    """The gateway client of `running_stack`, called from any thread through the portal."""

    portal: BlockingPortal
    client: httpx.AsyncClient
    database_url: str

    def key(self, tenant: str, *, scopes: tuple[str, ...] = EVERY_SCOPE) -> str:
        """A new key of ``tenant``, which is created if need be."""
        return self.portal.call(partial(new_key, self.database_url, tenant=tenant, scopes=scopes))

    def send(
        self, method: str, url: str, *, headers: list[tuple[str, str]], content: bytes
    ) -> httpx.Response:
        request = httpx.Request(method, url, headers=headers, content=content)
        return self.portal.call(self.client.send, request)


def _kept_headers(response: httpx.Response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP_HEADERS]


def _body_bytes(body: object) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, bytes):
        return body
    raise TypeError(f"a streamed body ({type(body).__name__}) is not handed to the stack")


class StackTransport(httpx.BaseTransport):
    """An httpx transport for synchronous clients, such as the generated one."""

    def __init__(self, stack: InProcessStack) -> None:
        self.stack = stack

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.stack.send(
            request.method,
            str(request.url),
            headers=request.headers.multi_items(),
            content=request.read(),
        )
        return httpx.Response(
            answer.status_code, headers=_kept_headers(answer), content=answer.content
        )


class StackAdapter(HTTPAdapter):
    """A requests adapter, so that schemathesis's session reaches the stack."""

    def __init__(self, stack: InProcessStack) -> None:
        super().__init__()
        self.stack = stack

    def send(self, request: requests.PreparedRequest, *_: Any, **__: Any) -> requests.Response:
        answer = self.stack.send(
            request.method or "GET",
            request.url or "",
            headers=[(name, str(value)) for name, value in request.headers.items()],
            content=_body_bytes(request.body),
        )
        raw = HTTPResponse(
            body=io.BytesIO(answer.content),
            headers=HTTPHeaderDict(_kept_headers(answer)),
            status=answer.status_code,
            reason=answer.reason_phrase,
            preload_content=False,
            version=11,
        )
        return self.build_response(request, raw)
