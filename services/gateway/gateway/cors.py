"""CORS per tenant: a browser front end may call from the origins its tenant lists.

A preflight carries no API key, so it is answered for an origin that any tenant lists (the union
of every tenant's ``cors_origins``, read again every ``origins_ttl_s``). An actual call gets
``Access-Control-Allow-Origin`` only when the tenant of its key lists the origin: a page of
another tenant's site cannot read the answers even with a leaked key. Origins are matched
exactly (scheme, host and port); there is no wildcard, and no credentials (cookies) are used.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.tenancy import repository
from shared.error_handlers import error_response

# request.state key under which the caller dependency leaves its tenant's origins
ORIGINS_STATE = "cors_origins"
ALLOW_METHODS = "DELETE, GET, PATCH, POST, PUT"
ALLOW_HEADERS = (
    "Accept, Accept-Language, Content-Language, Content-Type, If-None-Match, X-API-Key, "
    "X-Request-ID"
)
EXPOSE_HEADERS = (
    "ETag, RateLimit-Limit, RateLimit-Policy, RateLimit-Remaining, RateLimit-Reset, "
    "Retry-After, X-Request-ID"
)


def normalise_origin(origin: str) -> str:
    return origin.strip().rstrip("/").lower()


def allows(origins: Iterable[str], origin: str) -> bool:
    return normalise_origin(origin) in {normalise_origin(o) for o in origins}


class KnownOrigins:
    """The union of every tenant's origins, read from the database once ``ttl_s`` has passed."""

    def __init__(self, *, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._origins: frozenset[str] = frozenset()
        self._expires = float("-inf")
        self._lock = asyncio.Lock()

    async def get(self, sessionmaker: async_sessionmaker[AsyncSession]) -> frozenset[str]:
        if self.clock() < self._expires:
            return self._origins
        # one reader refreshes; the preflights that arrive meanwhile wait for its answer
        async with self._lock:
            if self.clock() >= self._expires:
                async with sessionmaker() as session:
                    tenants = await repository.all_tenants(session)
                self._origins = frozenset(
                    normalise_origin(o) for tenant in tenants for o in tenant.cors_origins or ()
                )
                self._expires = self.clock() + self.ttl_s
        return self._origins


class TenantCorsMiddleware:
    """Answer preflights for known origins; allow actual calls from the caller's own origins."""

    def __init__(self, app: ASGIApp, *, origins_ttl_s: float = 30.0, max_age_s: int = 600) -> None:
        self.app = app
        self.known = KnownOrigins(ttl_s=origins_ttl_s)
        self.max_age_s = max_age_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_headers = Headers(scope=scope)
        origin = request_headers.get("origin")
        if (
            origin
            and scope["method"] == "OPTIONS"
            and "access-control-request-method" in (request_headers)
        ):
            response = await self._preflight(scope, origin)
            await response(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                _decorate(MutableHeaders(scope=message), scope, origin)
            await send(message)

        await self.app(scope, receive, send_with_cors)

    async def _preflight(self, scope: Scope, origin: str) -> Response:
        known = await self.known.get(scope["app"].state.sessionmaker)
        if normalise_origin(origin) not in known:
            response: Response = error_response(
                403, "cors_origin_not_allowed", f"no tenant allows calls from {origin}"
            )
        else:
            response = Response(status_code=204)
            response.headers.update(
                {
                    "Access-Control-Allow-Origin": origin,
                    "Access-Control-Allow-Methods": ALLOW_METHODS,
                    "Access-Control-Allow-Headers": ALLOW_HEADERS,
                    "Access-Control-Max-Age": str(self.max_age_s),
                }
            )
        response.headers.add_vary_header("Origin")
        return response


def _decorate(headers: MutableHeaders, scope: Scope, origin: str | None) -> None:
    # an answer differs by origin even when this request sent none: caches must keep them apart
    headers.add_vary_header("Origin")
    if origin and allows(scope.get("state", {}).get(ORIGINS_STATE, ()), origin):
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
