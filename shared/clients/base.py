"""The one place where a call to another service becomes our errors."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any, TypedDict, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from shared.clients.breaker import BreakerPolicy, CircuitBreaker, Clock
from shared.errors import AppError, BadGateway, GatewayTimeout, ServiceUnavailable
from shared.logging import REQUEST_ID_HEADER, request_id_var
from shared.settings import CommonSettings

ModelT = TypeVar("ModelT", bound=BaseModel)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class ClientOptions(TypedDict):
    """Keyword arguments of ``ServiceClient`` that the deployment's settings give."""

    timeout: float
    retries: int
    retry_backoff_s: float
    breaker: BreakerPolicy


def client_options(settings: CommonSettings) -> ClientOptions:
    """Timeout, retry and circuit-breaker options for every typed client of a service.

    Example: ``ExtractionClient(settings.extraction_url, **client_options(settings))``.
    """
    return ClientOptions(
        timeout=settings.http_timeout_s,
        retries=settings.http_retries,
        retry_backoff_s=settings.http_retry_backoff_s,
        breaker=BreakerPolicy.from_settings(settings),
    )


def _states_its_reason(response: httpx.Response) -> bool:
    """Whether an error response carries our error body, so the service rendered it itself."""
    try:
        detail = response.json()["error"]
        return isinstance(detail, dict) and "code" in detail and "message" in detail
    except (ValueError, KeyError, TypeError):
        return False


def _is_outage(response: httpx.Response) -> bool:
    # a 503 that states its reason (not imported yet, its own downstream down) comes from a
    # service that is up and answering: it must not open this service's breaker
    if response.status_code == 503:
        return not _states_its_reason(response)
    return response.status_code >= 500


class ServiceClient:
    """An async client for one downstream service.

    Args:
        service: Name of the downstream service, used in error codes and messages.
        base_url: Its root URL.
        timeout: Seconds before a call is abandoned (504).
        transport: An httpx transport; tests pass ``httpx.ASGITransport`` or ``MockTransport``.
        retries: Extra attempts for idempotent calls that could not connect or timed out.
        retry_backoff_s: Pause before the first retry, doubled before each next one, jittered.
        breaker: When the circuit breaker of this service opens and for how long.
        clock: Monotonic clock of the breaker; tests pass one they move by hand.
        headers: Headers sent with every call.
    """

    def __init__(
        self,
        service: str,
        base_url: str,
        *,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        retries: int = 1,
        retry_backoff_s: float = 0.1,
        breaker: BreakerPolicy | None = None,
        clock: Clock = time.monotonic,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.service = service
        self.retries = retries
        self.retry_backoff_s = retry_backoff_s
        self.breaker = CircuitBreaker(service, breaker, clock=clock)
        self._http = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            headers=headers,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        response_model: type[ModelT],
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        files: Any = None,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> ModelT:
        """Call the service and parse its answer into ``response_model``.

        Raises:
            GatewayTimeout: the service did not answer in time (504).
            ServiceUnavailable: the service could not be reached, or its breaker is open (503).
            BadGateway: it answered with a 5xx or a body that breaks the contract (502).
            AppError: its own 4xx error, passed through with its code and status.
        """
        response = await self._send(
            method, path, json=json, params=params, files=files, data=data, headers=headers
        )
        if response.status_code >= 400:
            raise self._error_from(response)
        try:
            return response_model.model_validate_json(response.content)
        except ValidationError as exc:
            raise BadGateway(
                f"{self.service} answered with an invalid body: {exc.errors()[0]['msg']}",
                code=f"{self.service}_bad_response",
            ) from exc

    async def request_no_content(
        self, method: str, path: str, *, headers: dict[str, str] | None = None
    ) -> None:
        """Call a route that answers with no body (204); errors are raised as by ``request``."""
        response = await self._send(method, path, headers=headers)
        if response.status_code >= 400:
            raise self._error_from(response)

    async def probe(self, path: str = "/readyz") -> None:
        """Readiness check of the downstream service: raises unless it answers 2xx."""
        response = await self._send("GET", path)
        if response.status_code >= 300:
            raise ServiceUnavailable(f"{self.service} is not ready ({response.status_code})")

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One call through the breaker: refused at once while it is open, its outcome counted."""
        self.breaker.admit()
        try:
            response = await self._attempts(method, path, **kwargs)
        except (GatewayTimeout, ServiceUnavailable):
            self.breaker.record_failure()
            raise
        except BaseException:
            # cancelled or broken on our side: no verdict on the service, free the trial slot
            self.breaker.release()
            raise
        if _is_outage(response):
            self.breaker.record_failure()
        else:
            self.breaker.record_success()
        return response

    async def _attempts(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send the call; if idempotent and it could not get through, again after a short pause."""
        headers = dict(headers or {})
        request_id = request_id_var.get()
        if request_id:
            headers[REQUEST_ID_HEADER] = request_id
        attempts = 1 + (self.retries if method.upper() in IDEMPOTENT_METHODS else 0)
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(self._backoff_s(attempt))
            try:
                return await self._http.request(method, path, headers=headers, **kwargs)
            except httpx.TimeoutException as exc:
                if attempt + 1 == attempts:
                    raise GatewayTimeout(
                        f"{self.service} did not answer in time", code=f"{self.service}_timeout"
                    ) from exc
            except httpx.TransportError as exc:
                if attempt + 1 == attempts:
                    raise ServiceUnavailable(
                        f"{self.service} is unreachable: {type(exc).__name__}",
                        code=f"{self.service}_unavailable",
                    ) from exc
        raise AssertionError("unreachable")

    def _backoff_s(self, attempt: int) -> float:
        # jitter spreads the retries of many callers hit by the same blip
        return self.retry_backoff_s * 2 ** (attempt - 1) * random.uniform(0.5, 1.0)

    def _error_from(self, response: httpx.Response) -> AppError:
        try:
            detail = response.json()["error"]
            code, message = str(detail["code"]), str(detail["message"])
        except (ValueError, KeyError, TypeError):
            code, message = "http_error", response.text[:200]
        if response.status_code == 503 and code != "http_error":
            # the service answered and says why it cannot serve yet: pass that on as it is
            retry_after = response.headers.get("Retry-After")
            headers = {"Retry-After": retry_after} if retry_after else None
            return ServiceUnavailable(message, code=code, headers=headers)
        if response.status_code >= 500:
            return BadGateway(f"{self.service} failed: {message}", code=f"{self.service}_error")
        return AppError(message, code=code, status_code=response.status_code)
