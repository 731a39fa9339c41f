"""The one place where a call to another service becomes our errors."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from shared.errors import AppError, BadGateway, GatewayTimeout, ServiceUnavailable
from shared.logging import REQUEST_ID_HEADER, request_id_var

ModelT = TypeVar("ModelT", bound=BaseModel)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class ServiceClient:
    """An async client for one downstream service.

    Args:
        service: Name of the downstream service, used in error codes and messages.
        base_url: Its root URL.
        timeout: Seconds before a call is abandoned (504).
        transport: An httpx transport; tests pass ``httpx.ASGITransport`` or ``MockTransport``.
        retries: Extra attempts for idempotent calls that could not connect or timed out.
    """

    def __init__(
        self,
        service: str,
        base_url: str,
        *,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        retries: int = 1,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.service = service
        self.retries = retries
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
            ServiceUnavailable: the service could not be reached (503).
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

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        files: Any = None,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        headers = dict(headers or {})
        request_id = request_id_var.get()
        if request_id:
            headers[REQUEST_ID_HEADER] = request_id
        attempts = 1 + (self.retries if method.upper() in IDEMPOTENT_METHODS else 0)
        for attempt in range(attempts):
            try:
                return await self._http.request(
                    method,
                    path,
                    json=json,
                    params=params,
                    files=files,
                    data=data,
                    headers=headers,
                )
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

    def _error_from(self, response: httpx.Response) -> AppError:
        try:
            detail = response.json()["error"]
            code, message = str(detail["code"]), str(detail["message"])
        except (ValueError, KeyError, TypeError):
            code, message = "http_error", response.text[:200]
        if response.status_code == 503 and code != "http_error":
            # the service answered and says why it cannot serve yet: pass that on as it is
            return ServiceUnavailable(message, code=code)
        if response.status_code >= 500:
            return BadGateway(f"{self.service} failed: {message}", code=f"{self.service}_error")
        return AppError(message, code=code, status_code=response.status_code)
