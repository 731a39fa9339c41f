"""Per-tenant rate limits and daily quotas, their headers, their Redis store, the body limit."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from redis import Redis as SyncRedis
from redis.exceptions import RedisError

from gateway.config import Settings as GatewaySettings
from gateway.limits.policy import DAY_S, Limits
from gateway.limits.redis_store import RedisStore
from gateway.limits.stores import LimitStore, MemoryStore
from gateway.main import create_app as create_gateway
from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.conftest import running

REDIS_URL = "redis://127.0.0.1:6379/0"
# a quiet Monday, 10:00 UTC: far from midnight, whole seconds
T0 = 1_767_607_200.0
LIMITED = "/v1/feedback/stats"
# for what does not depend on how the database stores a tenant: keeps the suite fast
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


class FakeClock:
    """Seconds since the epoch, moved by the test."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def tenant_key(
    database_url: str, name: str, *, per_minute: int | None = None, per_day: int | None = None
) -> str:
    """A read key of a new tenant with its own limits (None: the gateway's defaults)."""
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        tenant = await ensure_tenant(session, name)
        tenant.requests_per_minute, tenant.requests_per_day = per_minute, per_day
        key = await issue_key(session, tenant, scopes=("read",))
    await engine.dispose()
    return key


def gateway_app(database_url: str, state_dir: Path, **settings: Any) -> FastAPI:
    return create_gateway(
        GatewaySettings(database_url=database_url, data_dir=state_dir, **settings),
    )


def _redis_reachable() -> bool:
    client = SyncRedis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        return bool(client.ping())
    except (RedisError, OSError):
        return False
    finally:
        client.close()


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own on the local Redis; its keys are deleted afterwards."""
    if not _redis_reachable():
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"test:ratelimit:{uuid.uuid4().hex}"
    yield prefix
    client = SyncRedis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[LimitStore]:
    """Each store implementation, held to the same specification."""
    if request.param == "memory":
        yield MemoryStore()
        return
    prefix = request.getfixturevalue("redis_prefix")
    found = RedisStore(REDIS_URL, prefix=prefix)
    yield found
    await found.aclose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def started(database_url: str, tmp_path: Path) -> AsyncIterator[FastAPI]:
    """A gateway alone (no downstream call is made), its limits on a clock the test moves."""
    app = gateway_app(database_url, tmp_path)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def gateway(started: FastAPI, clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    started.state.rate_limiter.clock = clock
    transport = httpx.ASGITransport(app=started)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client


async def calls(client: httpx.AsyncClient, key: str, count: int) -> list[httpx.Response]:
    return [await client.get(LIMITED, headers={"X-API-Key": key}) for _ in range(count)]


class TestLimitStores:
    async def test_the_whole_minute_may_be_spent_at_once_then_calls_are_refused(
        self, store: LimitStore
    ) -> None:
        limits = Limits(per_minute=3, per_day=0)
        admitted = [(await store.hit("1", limits, now=T0)).admitted for _ in range(4)]
        assert admitted == [True, True, True, False]

    async def test_one_call_comes_back_every_sixtieth_of_the_minute(
        self, store: LimitStore
    ) -> None:
        limits = Limits(per_minute=3, per_day=0)
        for _ in range(3):
            await store.hit("1", limits, now=T0)
        assert not (await store.hit("1", limits, now=T0 + 19.9)).admitted
        assert (await store.hit("1", limits, now=T0 + 20)).admitted
        assert not (await store.hit("1", limits, now=T0 + 20)).admitted

    async def test_refused_calls_consume_nothing(self, store: LimitStore) -> None:
        limits = Limits(per_minute=3, per_day=5)
        for second in range(10):
            await store.hit("1", limits, now=T0 + second)
        usage = await store.hit("1", limits, now=T0 + 60)
        assert usage.admitted
        assert usage.count == 4

    async def test_the_daily_quota_renews_at_midnight_utc(self, store: LimitStore) -> None:
        limits = Limits(per_minute=0, per_day=2)
        midnight = (T0 // DAY_S + 1) * DAY_S
        admitted = [(await store.hit("1", limits, now=midnight - 1)).admitted for _ in range(3)]
        assert admitted == [True, True, False]
        usage = await store.hit("1", limits, now=midnight)
        assert (usage.admitted, usage.count) == (True, 1)

    async def test_zero_means_unlimited(self, store: LimitStore) -> None:
        limits = Limits(per_minute=0, per_day=0)
        assert all([(await store.hit("1", limits, now=T0)).admitted for _ in range(50)])

    async def test_tenants_have_budgets_of_their_own(self, store: LimitStore) -> None:
        limits = Limits(per_minute=1, per_day=0)
        assert (await store.hit("1", limits, now=T0)).admitted
        assert (await store.hit("2", limits, now=T0)).admitted
        assert not (await store.hit("1", limits, now=T0)).admitted


class TestTenantLimits:
    """Limits as each database backend stores them: own values, None for defaults, 0 for none."""

    async def test_a_tenant_gets_its_rate_then_429_with_retry_after(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=3)
        responses = await calls(gateway, key, 4)
        assert [r.status_code for r in responses] == [200, 200, 200, 429]
        refused = responses[-1]
        assert refused.json()["error"]["code"] == "rate_limited"
        assert refused.headers["Retry-After"] == "20"
        assert refused.headers["RateLimit-Remaining"] == "0"
        assert refused.json()["error"]["request_id"] == refused.headers["X-Request-ID"]

    async def test_a_spent_quota_is_429_until_midnight_utc(
        self, gateway: httpx.AsyncClient, database_url: str, clock: FakeClock
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=0, per_day=2)
        responses = await calls(gateway, key, 3)
        assert [r.status_code for r in responses] == [200, 200, 429]
        refused = responses[-1]
        assert refused.json()["error"]["code"] == "quota_exceeded"
        to_midnight = (T0 // DAY_S + 1) * DAY_S - T0
        assert refused.headers["Retry-After"] == str(int(to_midnight))
        clock.advance(to_midnight)
        assert [r.status_code for r in await calls(gateway, key, 1)] == [200]

    async def test_a_tenant_without_limits_of_its_own_gets_the_defaults(
        self, database_url: str, tmp_path: Path
    ) -> None:
        app = gateway_app(database_url, tmp_path, requests_per_minute=2, requests_per_day=0)
        key = await tenant_key(database_url, "normandie")
        async with running(app) as client:
            responses = await calls(client, key, 3)
        assert [r.status_code for r in responses] == [200, 200, 429]
        assert responses[0].headers["RateLimit-Policy"] == "2;w=60"

    async def test_a_tenant_with_zero_limits_is_unlimited(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=0, per_day=0)
        responses = await calls(gateway, key, 5)
        assert {r.status_code for r in responses} == {200}
        assert "RateLimit-Limit" not in responses[0].headers


@SQLITE_ONLY
class TestRateLimit:
    async def test_another_tenant_is_unaffected(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        spent = await tenant_key(database_url, "normandie", per_minute=1)
        other = await tenant_key(database_url, "bretagne", per_minute=1)
        await calls(gateway, spent, 2)
        assert [r.status_code for r in await calls(gateway, other, 1)] == [200]

    async def test_the_budget_comes_back_with_the_clock(
        self, gateway: httpx.AsyncClient, database_url: str, clock: FakeClock
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=3)
        await calls(gateway, key, 4)
        clock.advance(60)
        assert [r.status_code for r in await calls(gateway, key, 4)] == [200, 200, 200, 429]

    async def test_headers_show_the_budget_decreasing(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=3, per_day=1000)
        responses = await calls(gateway, key, 3)
        assert [r.headers["RateLimit-Remaining"] for r in responses] == ["2", "1", "0"]
        assert [r.headers["RateLimit-Reset"] for r in responses] == ["20", "40", "60"]
        assert {r.headers["RateLimit-Limit"] for r in responses} == {"3"}
        assert responses[0].headers["RateLimit-Policy"] == "3;w=60, 1000;w=86400"

    async def test_the_headers_describe_the_limit_closest_to_its_end(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        key = await tenant_key(database_url, "normandie", per_minute=100, per_day=5)
        [response] = await calls(gateway, key, 1)
        assert (response.headers["RateLimit-Limit"], response.headers["RateLimit-Remaining"]) == (
            "5",
            "4",
        )

    async def test_an_unknown_key_is_401_and_counts_for_nobody(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.get(LIMITED, headers={"X-API-Key": "trj_nope_nope"})
        assert response.status_code == 401
        assert "RateLimit-Limit" not in response.headers

    async def test_health_metrics_and_contract_are_never_limited(
        self, started: FastAPI, database_url: str
    ) -> None:
        started.state.rate_limiter.defaults = Limits(per_minute=1, per_day=1)
        key = await tenant_key(database_url, "normandie")
        transport = httpx.ASGITransport(app=started)
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
            await calls(client, key, 2)
            for path in ("/healthz", "/metrics", "/openapi.json", "/docs"):
                statuses = {(await client.get(path, headers={"X-API-Key": key})).status_code}
                assert statuses == {200}, path


@SQLITE_ONLY
class TestRedisStore:
    async def test_two_gateways_sharing_redis_share_the_budget(
        self, database_url: str, tmp_path: Path, redis_prefix: str
    ) -> None:
        settings = {"redis_url": REDIS_URL, "redis_key_prefix": redis_prefix}
        first = gateway_app(database_url, tmp_path, **settings)
        second = gateway_app(database_url, tmp_path, **settings)
        key = await tenant_key(database_url, "normandie", per_minute=3)
        async with AsyncExitStack() as stack:
            a = await stack.enter_async_context(running(first))
            b = await stack.enter_async_context(running(second))
            statuses = [
                (await c.get(LIMITED, headers={"X-API-Key": key})).status_code for c in (a, b, a, b)
            ]
        assert statuses == [200, 200, 200, 429]

    async def test_redis_down_falls_back_to_local_limits_with_a_warning(
        self, database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        app = gateway_app(database_url, tmp_path, redis_url="redis://127.0.0.1:1/0")
        key = await tenant_key(database_url, "normandie", per_minute=2)
        with caplog.at_level(logging.WARNING):
            async with running(app) as client:
                responses = await calls(client, key, 3)
        assert [r.status_code for r in responses] == [200, 200, 429]
        warnings = [r for r in caplog.records if r.getMessage() == "rate_limit_store_unavailable"]
        assert len(warnings) == 1


@SQLITE_ONLY
class TestBodySizeLimit:
    @pytest.fixture
    async def small(self, database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
        app = gateway_app(database_url, tmp_path, max_upload_bytes=1_000, max_body_bytes=2_000)
        async with running(app) as client:
            yield client

    async def test_a_declared_body_over_the_limit_is_413(self, small: httpx.AsyncClient) -> None:
        response = await small.post("/v1/feedback", content=b"x" * 2_001)
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "payload_too_large"
        assert response.headers["X-Request-ID"]

    async def test_a_chunked_body_is_counted_and_refused_past_the_limit(
        self, small: httpx.AsyncClient
    ) -> None:
        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(5):
                yield b"x" * 500

        response = await small.post("/v1/feedback", content=chunks())
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "payload_too_large"

    async def test_a_body_within_the_limit_reaches_the_route(
        self, small: httpx.AsyncClient
    ) -> None:
        response = await small.post("/v1/feedback", content=b"{}")
        assert response.status_code == 401


class TestBodyLimitSetting:
    def test_the_body_limit_must_exceed_the_upload_limit(self) -> None:
        with pytest.raises(ValueError, match="MAX_BODY_BYTES"):
            GatewaySettings(max_upload_bytes=2_000, max_body_bytes=2_000)
