"""Request ids, access log lines and Prometheus metrics for every service."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator

from fastapi import FastAPI
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.clients.breaker import BreakerState, CircuitBreaker
from shared.logging import REQUEST_ID_HEADER, get_logger, request_id_var

_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
UNMATCHED_ROUTE = "unmatched"
NO_TENANT = "-"
QUIET_ROUTES = ("/metrics", "/healthz")

log = get_logger("access")


def new_request_id() -> str:
    return uuid.uuid4().hex


class BreakerCollector(Collector):
    """Reads the state of each watched downstream breaker when Prometheus scrapes."""

    def __init__(self, service: str) -> None:
        self.service = service
        self._breakers: dict[str, CircuitBreaker] = {}

    def watch(self, breaker: CircuitBreaker) -> None:
        # one per downstream: a new lifespan's breaker replaces the previous one
        self._breakers[breaker.service] = breaker

    def collect(self) -> Iterator[Metric]:
        state = GaugeMetricFamily(
            "downstream_breaker_state",
            "Circuit breaker of each downstream service: 1 for its current state, 0 otherwise.",
            labels=["service", "downstream", "state"],
        )
        opened = CounterMetricFamily(
            "downstream_breaker_opened",
            "Times the circuit breaker of each downstream service opened.",
            labels=["service", "downstream"],
        )
        for name, breaker in sorted(self._breakers.items()):
            current = breaker.state
            for each in BreakerState:
                state.add_metric([self.service, name, each.value], float(each is current))
            opened.add_metric([self.service, name], breaker.opened_total)
        yield state
        yield opened


class Metrics:
    """The per-app Prometheus registry: requests by route, status and tenant; breakers."""

    def __init__(self, service: str) -> None:
        self.service = service
        self.registry = CollectorRegistry()
        labels = ["service", "method", "route", "status", "tenant"]
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests handled, by route template, status and tenant.",
            labels,
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency, by route template, status and tenant.",
            labels,
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.breakers = BreakerCollector(service)
        self.registry.register(self.breakers)

    def watch(self, breaker: CircuitBreaker) -> None:
        """Export the state and openings of the breaker of one downstream service."""
        self.breakers.watch(breaker)

    def observe(self, *, method: str, route: str, status: int, tenant: str, seconds: float) -> None:
        """Count one request and its latency."""
        labels = (self.service, method, route, str(status), tenant)
        self.requests.labels(*labels).inc()
        self.latency.labels(*labels).observe(seconds)


def route_template(scope: Scope) -> str:
    """The matched route's template, so that metrics do not explode with one label per id."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    if not isinstance(template, str):
        return UNMATCHED_ROUTE
    # a route of an included router knows its template without the router's prefix: the
    # prefix is the literal start of the path that the template's own pattern leaves over
    pattern = getattr(route, "path_regex", None)
    found = pattern and re.search(pattern.pattern.removeprefix("^"), scope["path"])
    return scope["path"][: found.start()] + template if found else template


class RequestContextMiddleware:
    """Assign or propagate the request id, log one line per request, count it."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(REQUEST_ID_HEADER.lower().encode(), b"").decode()
        request_id = incoming if _VALID_REQUEST_ID.match(incoming) else new_request_id()
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != REQUEST_ID_HEADER.lower().encode()
                ]
                headers.append((REQUEST_ID_HEADER.lower().encode(), request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, status=status, seconds=time.perf_counter() - started)
            request_id_var.reset(token)

    def _record(self, scope: Scope, *, status: int, seconds: float) -> None:
        route = route_template(scope)
        tenant = scope.get("state", {}).get("tenant") or NO_TENANT
        self.metrics.observe(
            method=scope["method"], route=route, status=status, tenant=tenant, seconds=seconds
        )
        if route in QUIET_ROUTES:
            return
        log.info(
            "request",
            extra={
                "method": scope["method"],
                "path": scope["path"],
                "route": route,
                "status": status,
                "duration_ms": round(seconds * 1000, 2),
                "tenant": tenant,
            },
        )


def install_observability(app: FastAPI, service: str) -> Metrics:
    """Request context outside every other middleware, and ``/metrics``; kept in app.state."""
    metrics = Metrics(service)
    app.state.metrics = metrics
    build_stack = app.build_middleware_stack

    def build_with_context_outside() -> ASGIApp:
        # outermost, so that what any middleware answers (429, 413, CORS, the 500 of the
        # server-error handler) carries the request id and is counted
        return RequestContextMiddleware(build_stack(), metrics=metrics)

    app.build_middleware_stack = build_with_context_outside  # type: ignore[method-assign]

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics(_: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return metrics
