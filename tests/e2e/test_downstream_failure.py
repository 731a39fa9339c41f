"""A real extraction process stops: the gateway fails fast, serves the rest, then recovers alone.

Four real service processes on loopback, the small ROME fixture and the hashing encoder; the
circuit breaker is set to open after two failures and to try again after one second.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import build_indexes
from tests.conftest import load_rome
from trajectoires.processes import SERVICES, ServiceProcess, service_env

pytestmark = pytest.mark.e2e

READY_TIMEOUT_S = 90
HTTP_TIMEOUT_S = 10
RESET_TIMEOUT_S = 1
FAST_S = 2.0  # "quickly": well under HTTP_TIMEOUT_S
OFFER = {
    "kind": "offer",
    "title": "Serveuse H/F",
    "text": "Vous accueillez la clientèle, prenez les commandes et servez en salle.",
}


@dataclass
class Stack:
    processes: dict[str, ServiceProcess]
    client: httpx.Client


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


async def _prepare_state(database_url: str, state_dir: Path, rome_dir: Path) -> str:
    """Import ROME, build the indexes in-process, and issue an API key; returns the key."""
    await load_rome(database_url, rome_dir)
    await build_indexes(database_url, state_dir, "fake")
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, "auvergne-rhone-alpes"))
    await engine.dispose()
    return key


def _env(state_dir: Path, database: Path, ports: dict[str, int]) -> dict[str, str]:
    base = {
        **os.environ,
        "TRAJECTOIRES_STATE_DIR": str(state_dir),
        "DATABASE_URL": f"sqlite:///{database}",
        "ENCODER": "fake",
        "HTTP_TIMEOUT_S": str(HTTP_TIMEOUT_S),
        "BREAKER_FAILURE_THRESHOLD": "2",
        "BREAKER_RESET_TIMEOUT_S": str(RESET_TIMEOUT_S),
        "PYTHONUNBUFFERED": "1",
    }
    base.pop("QDRANT_URL", None)
    return service_env(ports, base)


@pytest.fixture(scope="module")
def stack(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path, rome_dir: Path
) -> Iterator[Stack]:
    state_dir = tmp_path_factory.mktemp("state")
    database = state_dir / "trajectoires.db"
    shutil.copy(sqlite_template, database)
    key = asyncio.run(_prepare_state(f"sqlite+aiosqlite:///{database}", state_dir, rome_dir))
    ports = dict(zip(SERVICES, _free_ports(len(SERVICES)), strict=True))
    env = _env(state_dir, database, ports)
    processes = {
        name: ServiceProcess(name, ports[name], state_dir / "logs" / f"{name}.log", env)
        for name in SERVICES
    }
    try:
        for process in processes.values():
            process.start()
        for process in processes.values():
            process.wait_ready(READY_TIMEOUT_S)
        gateway = processes["gateway"].url
        with httpx.Client(base_url=gateway, headers={"X-API-Key": key}, timeout=30) as client:
            yield Stack(processes, client)
    finally:
        for process in reversed(processes.values()):
            process.stop()


@pytest.fixture(scope="module")
def extraction_down(stack: Stack) -> Stack:
    assert stack.client.post("/v1/extractions", json=OFFER).status_code == 200
    stack.processes["extraction"].stop()
    return stack


@pytest.fixture(scope="module")
def extraction_back(extraction_down: Stack) -> Stack:
    extraction = extraction_down.processes["extraction"]
    extraction.start()
    extraction.wait_ready(READY_TIMEOUT_S)
    return extraction_down


def _timed_post(client: httpx.Client) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = client.post("/v1/extractions", json=OFFER)
    return response, time.perf_counter() - started


class TestExtractionDown:
    def test_extraction_answers_503_at_once_with_a_clear_code(self, extraction_down: Stack) -> None:
        for _ in range(4):
            response, seconds = _timed_post(extraction_down.client)
            assert response.status_code == 503
            assert response.json()["error"]["code"] == "extraction_unavailable"
            assert seconds < FAST_S

    def test_open_breaker_says_since_when_and_when_to_retry(self, extraction_down: Stack) -> None:
        response, _ = _timed_post(extraction_down.client)
        assert "extraction is unavailable since" in response.json()["error"]["message"]
        assert int(response.headers["Retry-After"]) >= 1

    def test_error_carries_the_request_id(self, extraction_down: Stack) -> None:
        response = extraction_down.client.post(
            "/v1/extractions", json=OFFER, headers={"X-Request-ID": "e2e-down-1"}
        )
        assert response.headers["X-Request-ID"] == "e2e-down-1"
        assert response.json()["error"]["request_id"] == "e2e-down-1"

    def test_referential_routes_still_answer(self, extraction_down: Stack) -> None:
        response = extraction_down.client.get("/v1/rome/metiers/G1803")
        assert response.status_code == 200

    def test_readiness_names_extraction_as_the_one_down(self, extraction_down: Stack) -> None:
        response = extraction_down.client.get("/readyz")
        checks = response.json()["checks"]
        assert response.status_code == 503
        assert "extraction" in checks["extraction"]
        assert {name for name, result in checks.items() if result != "ok"} == {"extraction"}

    def test_breaker_opening_is_in_the_metrics(self, extraction_down: Stack) -> None:
        text = extraction_down.client.get("/metrics").text
        assert 'downstream_breaker_opened_total{downstream="extraction",service="gateway"}' in text


def _once_reset(call: Callable[[], httpx.Response]) -> httpx.Response:
    """The answer of ``call``, repeated while it is 503 until the breaker's reset is well past."""
    deadline = time.monotonic() + RESET_TIMEOUT_S + 5
    response = call()
    while response.status_code == 503 and time.monotonic() < deadline:
        time.sleep(0.2)
        response = call()
    return response


class TestExtractionBack:
    def test_gateway_recovers_on_its_own(self, extraction_back: Stack) -> None:
        response = _once_reset(lambda: extraction_back.client.post("/v1/extractions", json=OFFER))
        assert response.status_code == 200
        assert response.json()["metiers"]

    def test_readiness_is_back(self, extraction_back: Stack) -> None:
        assert _once_reset(lambda: extraction_back.client.get("/readyz")).status_code == 200
