"""Typed service clients: request ids go along, downstream failures become our errors."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from pydantic import BaseModel

from shared.clients import MatchingClient, ReferentialsClient
from shared.clients.base import client_options
from shared.clients.breaker import BreakerPolicy, BreakerState
from shared.contracts.matching import MetierMatchRequest
from shared.errors import AppError, BadGateway, GatewayTimeout, ServiceUnavailable
from shared.logging import request_id_var
from shared.settings import CommonSettings
from tests.shared.test_breaker import FakeClock


class Pong(BaseModel):
    ok: bool


def _answer(*responses: httpx.Response | type[httpx.TransportError]) -> httpx.MockTransport:
    """A service answering each call with the next of ``responses`` (the last one repeats)."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(outcome, httpx.Response):
            return outcome
        raise outcome("down", request=request)

    return httpx.MockTransport(handler)


def _guarded(
    transport: httpx.AsyncBaseTransport,
    clock: FakeClock | None = None,
    *,
    threshold: int = 2,
    reset_s: float = 10.0,
) -> ReferentialsClient:
    policy = BreakerPolicy(failure_threshold=threshold, reset_timeout_s=reset_s)
    return ReferentialsClient(
        "http://referentials",
        transport=transport,
        breaker=policy,
        clock=clock or FakeClock(),
        retries=0,
    )


async def _call(client: ReferentialsClient) -> Pong:
    return await client.request("POST", "/ping", Pong)


async def _fail(client: ReferentialsClient, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AppError):
            await _call(client)


def _client(handler: httpx.MockTransport | None = None, **kwargs: object) -> ReferentialsClient:
    return ReferentialsClient("http://referentials", transport=handler, **kwargs)


class TestServiceClient:
    async def test_request_id_is_propagated(self) -> None:
        seen: list[str | None] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request.headers.get("X-Request-ID"))
            return httpx.Response(200, json={"items": [], "next_cursor": None})

        token = request_id_var.set("req-7")
        try:
            async for _ in _client(httpx.MockTransport(handler)).iter_metiers():
                pass
        finally:
            request_id_var.reset(token)
        assert seen == ["req-7"]

    async def test_downstream_4xx_keeps_its_code_and_status(self) -> None:
        body = {"error": {"code": "unknown_rome_code", "message": "no such fiche"}}
        transport = httpx.MockTransport(lambda _: httpx.Response(404, json=body))
        with pytest.raises(AppError) as caught:
            await _client(transport).get_metier("A9999")
        assert (caught.value.status_code, caught.value.code) == (404, "unknown_rome_code")

    async def test_downstream_5xx_is_502(self) -> None:
        transport = httpx.MockTransport(lambda _: httpx.Response(500, text="boom"))
        with pytest.raises(BadGateway) as caught:
            await _client(transport).get_metier("G1803")
        assert caught.value.code == "referentials_error"

    async def test_body_breaking_the_contract_is_502(self) -> None:
        transport = httpx.MockTransport(lambda _: httpx.Response(200, json={"nope": 1}))
        with pytest.raises(BadGateway, match="invalid body"):
            await _client(transport).get_metier("G1803")

    async def test_timeout_is_504(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("slow", request=request)

        with pytest.raises(GatewayTimeout) as caught:
            await _client(httpx.MockTransport(handler)).get_metier("G1803")
        assert caught.value.status_code == 504

    async def test_unreachable_service_is_503_after_one_retry_of_a_get(self) -> None:
        attempts = []

        def handler(request: httpx.Request) -> httpx.Response:
            attempts.append(request.url.path)
            raise httpx.ConnectError("refused", request=request)

        with pytest.raises(ServiceUnavailable) as caught:
            await _client(httpx.MockTransport(handler), retries=1).get_metier("G1803")
        assert caught.value.code == "referentials_unavailable"
        assert len(attempts) == 2

    async def test_a_post_is_never_retried(self) -> None:
        attempts = []

        def handler(request: httpx.Request) -> httpx.Response:
            attempts.append(request.method)
            raise httpx.ConnectError("refused", request=request)

        client = MatchingClient("http://matching", transport=httpx.MockTransport(handler))
        with pytest.raises(ServiceUnavailable):
            await client.match_metiers(MetierMatchRequest(text="serveur"))
        assert attempts == ["POST"]

    async def test_downstream_503_with_its_reason_is_passed_on(self) -> None:
        body = {"error": {"code": "referential_not_imported", "message": "import it first"}}
        transport = httpx.MockTransport(lambda _: httpx.Response(503, json=body))
        with pytest.raises(ServiceUnavailable) as caught:
            await _client(transport).get_metier("G1803")
        assert (caught.value.status_code, caught.value.code) == (503, "referential_not_imported")

    async def test_a_get_is_retried_after_a_short_pause(self) -> None:
        sent_at: list[float] = []

        def handler(request: httpx.Request) -> httpx.Response:
            sent_at.append(time.perf_counter())
            raise httpx.ConnectError("refused", request=request)

        client = _client(httpx.MockTransport(handler), retries=1, retry_backoff_s=0.05)
        with pytest.raises(ServiceUnavailable):
            await client.get_metier("G1803")
        assert sent_at[1] - sent_at[0] >= 0.025

    async def test_a_get_answered_with_a_5xx_is_not_retried(self) -> None:
        attempts = []

        def handler(request: httpx.Request) -> httpx.Response:
            attempts.append(request.method)
            return httpx.Response(500, text="boom")

        with pytest.raises(BadGateway):
            await _client(httpx.MockTransport(handler), retries=2).get_metier("G1803")
        assert attempts == ["GET"]


class TestClientOptions:
    def test_options_follow_the_settings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HTTP_TIMEOUT_S", "4")
        monkeypatch.setenv("HTTP_RETRIES", "3")
        monkeypatch.setenv("HTTP_RETRY_BACKOFF_S", "0.2")
        monkeypatch.setenv("BREAKER_FAILURE_THRESHOLD", "7")
        options = client_options(CommonSettings())
        assert (options["timeout"], options["retries"], options["retry_backoff_s"]) == (4, 3, 0.2)
        assert options["breaker"].failure_threshold == 7


class TestCircuitBreakerOfAClient:
    async def test_connect_errors_open_it_and_the_next_call_never_goes_out(self) -> None:
        attempts: list[str] = []

        def handler(request: httpx.Request) -> httpx.Response:
            attempts.append(request.url.path)
            raise httpx.ConnectError("refused", request=request)

        client = _guarded(httpx.MockTransport(handler), threshold=2)
        await _fail(client, 2)
        with pytest.raises(ServiceUnavailable) as caught:
            await _call(client)
        assert (caught.value.code, len(attempts)) == ("referentials_unavailable", 2)

    async def test_refusal_says_since_when_and_when_to_retry(self) -> None:
        client = _guarded(_answer(httpx.ConnectError), threshold=1, reset_s=10)
        await _fail(client, 1)
        with pytest.raises(ServiceUnavailable) as caught:
            await _call(client)
        assert "unavailable since" in caught.value.message
        assert caught.value.headers == {"Retry-After": "10"}

    async def test_timeouts_open_it(self) -> None:
        client = _guarded(_answer(httpx.ReadTimeout), threshold=2)
        await _fail(client, 2)
        assert client.breaker.state is BreakerState.OPEN

    async def test_5xx_answers_open_it(self) -> None:
        client = _guarded(_answer(httpx.Response(500, text="boom")), threshold=2)
        await _fail(client, 2)
        assert client.breaker.state is BreakerState.OPEN

    async def test_a_503_stating_its_reason_leaves_it_closed(self) -> None:
        body = {"error": {"code": "referential_not_imported", "message": "import it first"}}
        client = _guarded(_answer(httpx.Response(503, json=body)), threshold=2)
        await _fail(client, 3)
        assert client.breaker.state is BreakerState.CLOSED

    async def test_4xx_answers_leave_it_closed(self) -> None:
        body = {"error": {"code": "unknown_rome_code", "message": "no such fiche"}}
        client = _guarded(_answer(httpx.Response(404, json=body)), threshold=2)
        await _fail(client, 3)
        assert client.breaker.state is BreakerState.CLOSED

    async def test_a_get_and_its_retries_count_as_one_failure(self) -> None:
        policy = BreakerPolicy(failure_threshold=2)
        client = ReferentialsClient(
            "http://referentials",
            transport=_answer(httpx.ConnectError),
            breaker=policy,
            retries=2,
            retry_backoff_s=0,
        )
        with pytest.raises(ServiceUnavailable):
            await client.get_metier("G1803")
        assert client.breaker.state is BreakerState.CLOSED

    async def test_successful_trial_after_the_reset_timeout_closes_it(self) -> None:
        clock = FakeClock()
        transport = _answer(
            httpx.ConnectError, httpx.ConnectError, httpx.Response(200, json={"ok": 1})
        )
        client = _guarded(transport, clock, threshold=2, reset_s=10)
        await _fail(client, 2)
        clock.advance(10)
        assert (await _call(client)).ok
        assert client.breaker.state is BreakerState.CLOSED

    async def test_failed_trial_opens_it_again(self) -> None:
        clock = FakeClock()
        client = _guarded(_answer(httpx.ConnectError), clock, threshold=2, reset_s=10)
        await _fail(client, 2)
        clock.advance(10)
        await _fail(client, 1)
        assert client.breaker.state is BreakerState.OPEN

    async def test_only_one_trial_call_goes_out_while_half_open(self) -> None:
        clock = FakeClock()
        release = asyncio.Event()
        attempts: list[str] = []

        async def handler(request: httpx.Request) -> httpx.Response:
            attempts.append(request.url.path)
            if len(attempts) <= 2:
                raise httpx.ConnectError("refused", request=request)
            await release.wait()
            return httpx.Response(200, json={"ok": True})

        client = _guarded(httpx.MockTransport(handler), clock, threshold=2, reset_s=10)
        await _fail(client, 2)
        clock.advance(10)
        trial = asyncio.create_task(_call(client))
        await asyncio.sleep(0)
        with pytest.raises(ServiceUnavailable):
            await _call(client)
        release.set()
        assert (await trial).ok
        assert len(attempts) == 3

    async def test_a_cancelled_trial_lets_the_next_call_try(self) -> None:
        clock = FakeClock()
        calls = 0

        async def handler(request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            if calls <= 2:
                raise httpx.ConnectError("refused", request=request)
            if calls == 3:
                await asyncio.Event().wait()
            return httpx.Response(200, json={"ok": True})

        client = _guarded(httpx.MockTransport(handler), clock, threshold=2, reset_s=10)
        await _fail(client, 2)
        clock.advance(10)
        trial = asyncio.create_task(_call(client))
        await asyncio.sleep(0)
        trial.cancel()
        with pytest.raises(asyncio.CancelledError):
            await trial
        assert (await _call(client)).ok
