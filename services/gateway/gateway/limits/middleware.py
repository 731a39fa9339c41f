"""Every response to an authenticated call says where the caller's limits stand."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# request.state key under which the caller dependency leaves the headers of an admitted call
RATE_LIMIT_HEADERS = "rate_limit_headers"


class RateLimitHeadersMiddleware:
    """Add the ``RateLimit-*`` headers of the admitted call to its response, errors included.

    A dependency cannot set headers on an error response or on a ``Response`` an endpoint
    returns, hence a middleware; refusals (429) carry them through their exception.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            found = scope.get("state", {}).get(RATE_LIMIT_HEADERS)
            if message["type"] == "http.response.start" and found:
                headers = MutableHeaders(scope=message)
                for name, value in found.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
