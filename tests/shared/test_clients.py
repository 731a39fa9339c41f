"""Typed service clients: request ids go along, downstream failures become our errors."""

from __future__ import annotations

import httpx
import pytest

from shared.clients import MatchingClient, ReferentialsClient
from shared.contracts.matching import MetierMatchRequest
from shared.errors import AppError, BadGateway, GatewayTimeout, ServiceUnavailable
from shared.logging import request_id_var


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
