"""ETag and Cache-Control on read endpoints: clients revalidate instead of downloading again."""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ETagMiddleware:
    """Give every successful GET a strong ETag; answer 304 when the client already has it.

    Args:
        app: The app to wrap.
        max_age: Seconds a client may reuse a response without asking again.
        private: Responses depend on who asks (an API key): no shared cache may keep them.
        exclude: Path prefixes left alone (health, metrics).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_age: int = 300,
        private: bool = False,
        exclude: tuple[str, ...] = ("/healthz",),
    ) -> None:
        self.app = app
        self.cache_control = f"{'private' if private else 'public'}, max-age={max_age}"
        self.exclude = exclude

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or str(scope["path"]).startswith(self.exclude)
        ):
            await self.app(scope, receive, send)
            return
        start: Message = {}
        body = bytearray()

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                await self._finish(scope, start, bytes(body), send)

        await self.app(scope, receive, buffer)

    async def _finish(self, scope: Scope, start: Message, body: bytes, send: Send) -> None:
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        if start["status"] != 200:
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers["ETag"] = etag
        headers["Cache-Control"] = self.cache_control
        if etag in Headers(scope=scope).get("if-none-match", ""):
            del headers["Content-Length"]
            del headers["Content-Type"]
            await send({**start, "status": 304, "headers": headers.raw})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({**start, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})
