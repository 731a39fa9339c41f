"""Request ids on every response and error, and metrics by route, status, tenant and breaker."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.app import build_app
from shared.clients.base import ServiceClient
from shared.clients.breaker import BreakerPolicy
from shared.error_handlers import error_response
from shared.observability import Metrics
from shared.settings import CommonSettings

GIVEN_ID = "req-42"


class Item(BaseModel):
    id: int


class RefusingMiddleware:
    """Answers before routing, as rate and body-size limits do."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusals = {"/limited": (429, "rate_limited"), "/too-large": (413, "payload_too_large")}
        if scope["type"] == "http" and scope["path"] in refusals:
            status, code = refusals[scope["path"]]
            await error_response(status, code, "refused by a middleware")(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _down_service() -> ServiceClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    return ServiceClient(
        "extraction",
        "http://extraction",
        transport=httpx.MockTransport(refuse),
        breaker=BreakerPolicy(failure_threshold=1, reset_timeout_s=60),
        retries=0,
    )


def _build() -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield

    app = build_app(
        service="probe", title="t", description="d", settings=CommonSettings(), lifespan=lifespan
    )
    extraction = _down_service()
    app.state.metrics.watch(extraction.breaker)

    @app.get("/items/{item_id}")
    async def get_item(item_id: int) -> Item:
        return Item(id=item_id)

    @app.get("/tenants/{name}/items")
    async def list_tenant_items(name: str, request: Request) -> list[Item]:
        request.state.tenant = name
        return []

    @app.post("/extractions")
    async def create_extraction() -> Item:
        return await extraction.request("POST", "/v1/extractions", Item)

    @app.get("/crash")
    async def crash() -> Item:
        raise RuntimeError("bug")

    versioned = APIRouter(prefix="/v1")

    @versioned.get("/things/{thing_id}")
    async def get_thing(thing_id: int) -> Item:
        return Item(id=thing_id)

    app.include_router(versioned)
    app.add_middleware(RefusingMiddleware)
    return app


@pytest.fixture
def app() -> FastAPI:
    return _build()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    # the 500 of an unhandled error is still answered: let the client see it
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


def _metrics(app: FastAPI) -> Metrics:
    metrics: Metrics = app.state.metrics
    return metrics


class TestRequestId:
    async def test_a_response_carries_a_new_request_id(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/items/1")
        assert len(response.headers["X-Request-ID"]) == 32

    async def test_the_callers_request_id_is_kept(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/items/1", headers={"X-Request-ID": GIVEN_ID})
        assert response.headers["X-Request-ID"] == GIVEN_ID

    async def test_a_malformed_request_id_is_replaced(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/items/1", headers={"X-Request-ID": "bad id\twith spaces"})
        assert response.headers["X-Request-ID"] != "bad id\twith spaces"

    @pytest.mark.parametrize(
        ("method", "path", "status"),
        [
            ("GET", "/nowhere", 404),
            ("DELETE", "/items/1", 405),
            ("GET", "/items/not-a-number", 422),
            ("GET", "/limited", 429),
            ("POST", "/too-large", 413),
            ("GET", "/crash", 500),
        ],
    )
    async def test_every_error_carries_the_id_in_header_and_body(
        self, client: httpx.AsyncClient, method: str, path: str, status: int
    ) -> None:
        response = await client.request(method, path, headers={"X-Request-ID": GIVEN_ID})
        assert response.status_code == status
        assert response.headers["X-Request-ID"] == GIVEN_ID
        assert response.json()["error"]["request_id"] == GIVEN_ID

    async def test_open_breaker_503_carries_the_id_in_header_and_body(
        self, client: httpx.AsyncClient
    ) -> None:
        await client.post("/extractions")
        response = await client.post("/extractions", headers={"X-Request-ID": GIVEN_ID})
        assert (response.status_code, response.json()["error"]["code"]) == (
            503,
            "extraction_unavailable",
        )
        assert response.headers["X-Request-ID"] == GIVEN_ID
        assert response.json()["error"]["request_id"] == GIVEN_ID

    async def test_open_breaker_503_says_when_to_retry(self, client: httpx.AsyncClient) -> None:
        await client.post("/extractions")
        response = await client.post("/extractions")
        assert response.headers["Retry-After"] == "60"


class TestRequestMetrics:
    async def test_requests_are_counted_by_route_template_not_path(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.get("/items/1")
        await client.get("/items/2")
        labels = {"method": "GET", "route": "/items/{item_id}", "status": "200", "tenant": "-"}
        count = _metrics(app).registry.get_sample_value(
            "http_requests_total", {"service": "probe", **labels}
        )
        assert count == 2

    @pytest.mark.parametrize(("method", "status"), [("GET", "200"), ("DELETE", "405")])
    async def test_routes_of_an_included_router_keep_its_prefix(
        self, app: FastAPI, client: httpx.AsyncClient, method: str, status: str
    ) -> None:
        await client.request(method, "/v1/things/7")
        labels = {"method": method, "route": "/v1/things/{thing_id}", "status": status}
        count = _metrics(app).registry.get_sample_value(
            "http_requests_total", {"service": "probe", "tenant": "-", **labels}
        )
        assert count == 1

    async def test_the_tenant_label_comes_from_the_request_state(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.get("/tenants/occitanie/items")
        labels = {"route": "/tenants/{name}/items", "status": "200", "tenant": "occitanie"}
        count = _metrics(app).registry.get_sample_value(
            "http_requests_total", {"service": "probe", "method": "GET", **labels}
        )
        assert count == 1

    async def test_latency_is_observed_by_route_status_and_tenant(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.get("/items/not-a-number")
        labels = {"method": "GET", "route": "/items/{item_id}", "status": "422", "tenant": "-"}
        count = _metrics(app).registry.get_sample_value(
            "http_request_duration_seconds_count", {"service": "probe", **labels}
        )
        assert count == 1

    async def test_unknown_paths_share_one_route_label(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.get("/nowhere/1")
        await client.get("/elsewhere/2")
        labels = {"method": "GET", "route": "unmatched", "status": "404", "tenant": "-"}
        count = _metrics(app).registry.get_sample_value(
            "http_requests_total", {"service": "probe", **labels}
        )
        assert count == 2

    async def test_answers_of_a_middleware_are_counted(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.get("/limited")
        labels = {"method": "GET", "route": "unmatched", "status": "429", "tenant": "-"}
        count = _metrics(app).registry.get_sample_value(
            "http_requests_total", {"service": "probe", **labels}
        )
        assert count == 1


class TestBreakerMetrics:
    async def test_closed_breaker_is_exported_as_closed(self, client: httpx.AsyncClient) -> None:
        text = (await client.get("/metrics")).text
        assert (
            'downstream_breaker_state{downstream="extraction",service="probe",state="closed"} 1.0'
            in text
        )

    async def test_an_opening_shows_in_state_and_counter(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        await client.post("/extractions")
        registry = _metrics(app).registry
        labels = {"service": "probe", "downstream": "extraction"}
        assert registry.get_sample_value("downstream_breaker_opened_total", labels) == 1
        assert registry.get_sample_value("downstream_breaker_state", {**labels, "state": "open"})
