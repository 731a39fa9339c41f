"""`make run` for real: four processes start, the gateway answers, Ctrl-C stops them all.

The bundled French encoder runs for real on a small ROME export the test writes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.builders.rome import write_rome_export

pytestmark = pytest.mark.e2e

READY_LINE = "Trajectoires is ready"
START_TIMEOUT_S = 300


def _free_port_block(size: int = 4) -> int:
    for base in range(23000, 60000, 17):
        sockets = []
        try:
            for port in range(base, base + size):
                sock = socket.socket()
                sock.bind(("127.0.0.1", port))
                sockets.append(sock)
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no free block of ports")


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Run:
    process: subprocess.Popen[str]
    output: list[str]
    port: int
    seconds: float


def _start(state_dir: Path, data_dir: Path, port: int) -> Run:
    env = {
        **os.environ,
        "TRAJECTOIRES_STATE_DIR": str(state_dir),
        "TRAJECTOIRES_DATA_DIR": str(data_dir),
        "ENCODER": "e5-onnx",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DATABASE_URL", None)
    env.pop("QDRANT_URL", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "trajectoires.cli", "run", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    for line in process.stdout:
        output.append(line)
        if READY_LINE in line:
            return Run(process, output, port, time.perf_counter() - started)
        if time.monotonic() > deadline:
            break
    process.kill()
    raise AssertionError("make run never became ready:\n" + "".join(output[-40:]))


def _stop(run: Run) -> None:
    run.process.send_signal(signal.SIGINT)
    run.process.wait(timeout=60)


@pytest.fixture(scope="module")
def dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data_dir = tmp_path_factory.mktemp("opendata")
    write_rome_export(data_dir)
    return tmp_path_factory.mktemp("state"), data_dir


@pytest.fixture(scope="module")
def first_run(dirs: tuple[Path, Path]) -> Iterator[Run]:
    state_dir, data_dir = dirs
    run = _start(state_dir, data_dir, _free_port_block())
    yield run
    if run.process.poll() is None:
        _stop(run)


def _client(run: Run, state_dir: Path) -> httpx.Client:
    key = (state_dir / "dev-api-key").read_text().strip()
    return httpx.Client(
        base_url=f"http://127.0.0.1:{run.port}", headers={"X-API-Key": key}, timeout=30
    )


class TestMakeRun:
    def test_gateway_serves_the_fiche(self, first_run: Run, dirs: tuple[Path, Path]) -> None:
        with _client(first_run, dirs[0]) as client:
            response = client.get("/v1/rome/metiers/G1803")
        assert response.status_code == 200
        assert response.json()["label"] == "Personnel de salle"

    def test_gateway_refuses_a_call_without_key(self, first_run: Run) -> None:
        response = httpx.get(f"http://127.0.0.1:{first_run.port}/v1/rome/metiers/G1803")
        assert response.status_code == 401

    def test_extraction_with_the_real_french_encoder(
        self, first_run: Run, dirs: tuple[Path, Path]
    ) -> None:
        body = {
            "kind": "offer",
            "title": "Serveuse H/F",
            "text": "Vous accueillez la clientèle, prenez les commandes et servez en salle.",
        }
        with _client(first_run, dirs[0]) as client:
            result = client.post("/v1/extractions", json=body).json()
        assert result["metiers"][0]["code_rome"] == "G1803"
        assert {"100001", "100002"} & {s["code"] for s in result["skills"]}

    def test_match_with_the_real_french_encoder(
        self, first_run: Run, dirs: tuple[Path, Path]
    ) -> None:
        body = {"text": "Je répare des fuites et j'installe des chauffe-eau chez les particuliers"}
        with _client(first_run, dirs[0]) as client:
            results = client.post("/v1/matches/metiers", json=body).json()["results"]
        assert results[0]["code_rome"] == "F1603"

    def test_an_offer_pushed_is_matched_near_the_person(
        self, first_run: Run, dirs: tuple[Path, Path]
    ) -> None:
        offer = {
            "id": "E2E-1",
            "intitule": "Serveur / Serveuse H/F",
            "description": "Vous accueillez les clients, prenez les commandes et servez en salle.",
            "dateCreation": "2099-01-01T08:00:00Z",
            "romeCode": "G1803",
            "typeContrat": "CDI",
            "lieuTravail": {"libelle": "07 - AUBENAS", "latitude": "44.62", "longitude": "4.39"},
        }
        profile = {
            "text": "Serveuse en brasserie : accueil des clients, prise de commandes, service.",
            "where": {"latitude": 44.735, "longitude": 4.599, "radius_km": 30},
            "metiers": 2,
        }
        with _client(first_run, dirs[0]) as client:
            pushed = client.post("/v1/offers", json={"offers": [offer]}).json()
            steps = client.post("/v1/parcours", json=profile).json()["steps"]
        assert pushed["ids"] == ["E2E-1"]
        assert steps[0]["metier"]["code_rome"] == "G1803"
        assert [o["id"] for o in steps[0]["offers"]] == ["E2E-1"]
        assert 15 < steps[0]["offers"][0]["distance_km"] < 30

    def test_ctrl_c_stops_every_process(self, first_run: Run) -> None:
        _stop(first_run)
        assert first_run.process.returncode == 0
        assert not any(_port_open(first_run.port + offset) for offset in range(4))

    def test_second_run_reuses_import_and_indexes(
        self, first_run: Run, dirs: tuple[Path, Path]
    ) -> None:
        if first_run.process.poll() is None:
            _stop(first_run)
        second = _start(*dirs, first_run.port)
        try:
            log = "".join(second.output)
            assert "unchanged" in log
            assert "newly embedded: {'rome_appellations': 0, 'rome_skills': 0}" in log
            assert "newly embedded: {'rome_metiers': 0, 'certifications': 0}" in log
            with _client(second, dirs[0]) as client:
                assert client.get("/v1/rome/metiers/F1603").status_code == 200
        finally:
            _stop(second)
