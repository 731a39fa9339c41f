"""CORS per tenant: preflights for any tenant's origin, actual calls for the caller's own."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest

from gateway.config import Settings as GatewaySettings
from gateway.cors import KnownOrigins
from gateway.main import create_app as create_gateway
from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.conftest import running

NORMANDIE = "https://emploi.normandie.fr"
BRETAGNE = "https://orientation.bretagne.bzh"
UNKNOWN = "https://evil.example"
ROUTE = "/v1/feedback/stats"
# for what does not depend on how the database stores a tenant: keeps the suite fast
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def tenant_key(
    database_url: str, name: str, origins: Sequence[str], *, per_minute: int | None = None
) -> str:
    """A read key of a new tenant whose browser front ends live at ``origins``."""
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        tenant = await ensure_tenant(session, name)
        tenant.cors_origins, tenant.requests_per_minute = list(origins), per_minute
        key = await issue_key(session, tenant, scopes=("read",))
    await engine.dispose()
    return key


def preflight(origin: str) -> dict[str, str]:
    return {
        "Origin": origin,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "x-api-key",
    }


@pytest.fixture
async def keys(database_url: str) -> dict[str, str]:
    return {
        "normandie": await tenant_key(database_url, "normandie", [NORMANDIE]),
        "bretagne": await tenant_key(database_url, "bretagne", [BRETAGNE + "/"]),
    }


@pytest.fixture
async def gateway(
    database_url: str, tmp_path: Path, keys: dict[str, str]
) -> AsyncIterator[httpx.AsyncClient]:
    del keys  # the tenants exist before the gateway reads their origins
    app = create_gateway(GatewaySettings(database_url=database_url, data_dir=tmp_path))
    async with running(app) as client:
        yield client


class TestPreflight:
    async def test_an_origin_that_a_tenant_allows_is_allowed(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.options(ROUTE, headers=preflight(NORMANDIE))
        assert response.status_code == 204
        assert response.headers["Access-Control-Allow-Origin"] == NORMANDIE
        assert "X-API-Key" in response.headers["Access-Control-Allow-Headers"]
        assert "GET" in response.headers["Access-Control-Allow-Methods"]
        assert "Origin" in response.headers["Vary"]

    @SQLITE_ONLY
    async def test_an_origin_listed_with_a_trailing_slash_is_allowed(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.options(ROUTE, headers=preflight(BRETAGNE))
        assert response.headers["Access-Control-Allow-Origin"] == BRETAGNE

    @SQLITE_ONLY
    async def test_an_unknown_origin_is_refused_without_allow_origin(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.options(ROUTE, headers=preflight(UNKNOWN))
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "cors_origin_not_allowed"
        assert "Access-Control-Allow-Origin" not in response.headers


class TestActualCalls:
    async def test_the_callers_own_origin_is_allowed_and_sees_the_limit_headers(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        headers = {"Origin": NORMANDIE, "X-API-Key": keys["normandie"]}
        response = await gateway.get(ROUTE, headers=headers)
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == NORMANDIE
        exposed = response.headers["Access-Control-Expose-Headers"]
        assert {"RateLimit-Remaining", "Retry-After", "X-Request-ID"} <= {
            h.strip() for h in exposed.split(",")
        }
        assert "Origin" in response.headers["Vary"]

    async def test_another_tenants_origin_is_not_echoed(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        headers = {"Origin": BRETAGNE, "X-API-Key": keys["normandie"]}
        response = await gateway.get(ROUTE, headers=headers)
        assert response.status_code == 200
        assert "Access-Control-Allow-Origin" not in response.headers

    @SQLITE_ONLY
    async def test_an_unknown_origin_gets_no_allow_origin(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        headers = {"Origin": UNKNOWN, "X-API-Key": keys["normandie"]}
        response = await gateway.get(ROUTE, headers=headers)
        assert "Access-Control-Allow-Origin" not in response.headers

    @SQLITE_ONLY
    async def test_a_refusal_is_readable_by_the_callers_page(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        key = await tenant_key(database_url, "corse", ["https://corse.fr"], per_minute=1)
        headers = {"Origin": "https://corse.fr", "X-API-Key": key}
        await gateway.get(ROUTE, headers=headers)
        response = await gateway.get(ROUTE, headers=headers)
        assert response.status_code == 429
        assert response.headers["Access-Control-Allow-Origin"] == "https://corse.fr"
        assert response.headers["Retry-After"]

    @SQLITE_ONLY
    async def test_a_call_without_origin_still_varies_on_origin(
        self, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        response = await gateway.get(ROUTE, headers={"X-API-Key": keys["normandie"]})
        assert "Origin" in response.headers["Vary"]
        assert "Access-Control-Allow-Origin" not in response.headers


@SQLITE_ONLY
class TestKnownOrigins:
    async def test_a_new_tenants_origin_is_known_once_the_cache_expires(
        self, database_url: str
    ) -> None:
        now = [0.0]
        known = KnownOrigins(ttl_s=30, clock=lambda: now[0])
        engine = create_engine(database_url)
        sessionmaker = create_sessionmaker(engine)
        assert await known.get(sessionmaker) == frozenset()
        await tenant_key(database_url, "normandie", [NORMANDIE])
        assert await known.get(sessionmaker) == frozenset()
        now[0] = 30.0
        assert await known.get(sessionmaker) == {NORMANDIE}
        await engine.dispose()
