"""Load test through the gateway: concurrent clients against the four real service processes.

The services run as `make run` starts them, on free loopback ports, over a temporary copy of the
state directory (the original is never written nor locked), with a tenant whose limits are off.
Each client posts back to back for a bounded time; the report gives the sustained rate, the
latency percentiles, every error by status and code, CPU by process and resident memory.
Usage: `.venv/bin/python -m bench.load` (about 9 minutes with the defaults).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.extraction_setup import DEPT07, TEN_ROME, load_offers, percentile
from shared.settings import CommonSettings
from trajectoires.processes import SERVICES, ServiceProcess, run_step, service_env

REPORT = Path(__file__).parent / "reports" / "load.md"
TENANT = "load-test"
CLIENT_TIMEOUT_S = 120.0
READY_TIMEOUT_S = 300.0
WARMUP_S = 5.0
SHORT_TEXT_CHARS = 300
OK = "ok"
SCENARIOS = ("extraction", "metiers-skills", "metiers-text")


@dataclass(frozen=True)
class Scenario:
    name: str
    label: str
    path: str
    bodies: list[dict[str, Any]]


class Feeder:
    """Hands out a scenario's bodies in turn, so that no text is sent twice before the pool ends."""

    def __init__(self, bodies: list[dict[str, Any]]) -> None:
        self.bodies = bodies
        self.taken = 0

    def take(self) -> tuple[dict[str, Any], bool]:
        """The next body, and whether it was already sent earlier in this run."""
        index, self.taken = self.taken, self.taken + 1
        return self.bodies[index % len(self.bodies)], index >= len(self.bodies)


@dataclass
class Sample:
    started: float
    ended: float
    outcome: str
    repeated: bool

    @property
    def ms(self) -> float:
        return (self.ended - self.started) * 1000


@dataclass
class Row:
    """One scenario at one concurrency: what the clients saw and what the processes spent."""

    scenario: Scenario
    clients: int
    seconds: float
    samples: list[Sample]
    warmup_errors: Counter[str]
    ok_in_window: int
    load_before: float
    load_after: float
    cpu_share: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.ok_in_window / self.seconds

    @property
    def errors(self) -> Counter[str]:
        return Counter(s.outcome for s in self.samples if s.outcome != OK)

    def latency(self, q: float) -> float:
        return percentile([s.ms for s in self.samples], q) if self.samples else float("nan")


def _offers(data_dir: Path) -> list[dict[str, Any]]:
    return load_offers(data_dir, DEPT07) + load_offers(data_dir, TEN_ROME)


def _short_text(description: str) -> str:
    """The first few sentences of a description, cut at a word under the length."""
    text = " ".join(description.split())
    if len(text) <= SHORT_TEXT_CHARS:
        return text
    return text[:SHORT_TEXT_CHARS].rsplit(" ", 1)[0]


def build_scenarios(data_dir: Path) -> dict[str, Scenario]:
    """The three workloads, from the real development offers."""
    offers = _offers(data_dir)
    # the text profiles walk the offers from the other end, away from the extraction texts
    short = list(dict.fromkeys(_short_text(o["description"]) for o in reversed(offers)))
    # a few competences are free text without a ROME code
    coded = [[c["code"] for c in o.get("competences", []) if c.get("code")] for o in offers]
    return {
        "extraction": Scenario(
            "extraction",
            "POST /v1/extractions (offer title + description)",
            "/v1/extractions",
            [{"kind": "offer", "title": o["intitule"], "text": o["description"]} for o in offers],
        ),
        "metiers-skills": Scenario(
            "metiers-skills",
            "POST /v1/matches/metiers (skills only: an offer's competences)",
            "/v1/matches/metiers",
            [{"skills": [{"code": code} for code in codes]} for codes in coded if codes],
        ),
        "metiers-text": Scenario(
            "metiers-text",
            f"POST /v1/matches/metiers (text: first {SHORT_TEXT_CHARS} chars of a description)",
            "/v1/matches/metiers",
            [{"text": text} for text in short],
        ),
    }


def _free_port_block(size: int = 4) -> int:
    for base in range(24000, 60000, 17):
        with ExitStack() as stack:
            try:
                for port in range(base, base + size):
                    sock = stack.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return base
    raise SystemExit("no free block of four loopback ports")


def copy_state(state_dir: Path, target: Path) -> None:
    """Database and shards copied (holes kept), the converted encoder model linked."""
    if not (state_dir / "qdrant").is_dir() or not (state_dir / "trajectoires.db").is_file():
        raise SystemExit(f"no database or Qdrant shards under {state_dir}: run `make index` first")
    for name in ("trajectoires.db", "trajectoires.db-wal"):
        if (state_dir / name).is_file():
            shutil.copyfile(state_dir / name, target / name)
    subprocess.run(
        ["cp", "-r", "--sparse=always", str(state_dir / "qdrant"), str(target / "qdrant")],
        check=True,
    )
    (target / "models").symlink_to((state_dir / "models").resolve(), target_is_directory=True)


class Deployment:
    """The four service processes over one state copy, as `make run` starts them."""

    def __init__(self, state_dir: Path) -> None:
        base = _free_port_block()
        self.ports = {name: base + i for i, name in enumerate(("gateway", *SERVICES[:3]))}
        env = {**os.environ, "TRAJECTOIRES_STATE_DIR": str(state_dir), "PYTHONUNBUFFERED": "1"}
        for variable in ("DATABASE_URL", "QDRANT_URL"):
            env.pop(variable, None)
        env.setdefault("ENCODER", "e5-onnx")
        self.env = service_env(self.ports, env)
        logs = state_dir / "logs"
        self.processes = {
            name: ServiceProcess(name, self.ports[name], logs / f"{name}.log", self.env)
            for name in SERVICES
        }

    @property
    def url(self) -> str:
        return self.processes["gateway"].url

    def start(self) -> None:
        run_step("referentials.cli", "migrate", env=self.env)
        run_step("gateway.cli", "migrate", env=self.env)
        self.processes["referentials"].start()
        self.processes["referentials"].wait_ready(READY_TIMEOUT_S)
        for name in ("extraction", "matching", "gateway"):
            self.processes[name].start()
        for process in self.processes.values():
            process.wait_ready(READY_TIMEOUT_S)

    def stop(self) -> None:
        for process in reversed(self.processes.values()):
            process.stop()

    def issue_key(self) -> str:
        """A read key of a tenant without rate limit nor quota (0: unlimited)."""
        limits = ("--requests-per-minute", "0", "--requests-per-day", "0")
        run_step("gateway.cli", "tenants", "create", TENANT, *limits, env=self.env)
        return run_step("gateway.cli", "keys", "issue", "--tenant", TENANT, env=self.env)

    def pids(self) -> dict[str, int]:
        return {n: p.process.pid for n, p in self.processes.items() if p.process is not None}


def _proc_status_mb(pid: int, field_name: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_seconds(pid: int) -> float:
    # utime and stime follow the parenthesised command name, which may hold spaces
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_times(pids: dict[str, int]) -> dict[str, float]:
    """CPU seconds spent so far by each service and by this load generator."""
    return {
        **{n: _cpu_seconds(pid) for n, pid in pids.items()},
        "load generator": time.process_time(),
    }


async def _send(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> str:
    """``ok``, or what went wrong: status and error code, or the transport failure."""
    try:
        response = await client.post(path, json=body)
    except httpx.TimeoutException:
        return "client timeout"
    except httpx.HTTPError as exc:
        return type(exc).__name__
    if response.status_code == 200:
        return OK
    try:
        code = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        code = "?"
    return f"{response.status_code} {code}"


async def _client_loop(
    client: httpx.AsyncClient, scenario: Scenario, feeder: Feeder, *, stop_at: float
) -> list[Sample]:
    samples = []
    while time.perf_counter() < stop_at:
        body, repeated = feeder.take()
        started = time.perf_counter()
        outcome = await _send(client, scenario.path, body)
        samples.append(Sample(started, time.perf_counter(), outcome, repeated))
    return samples


async def load(
    url: str, key: str, scenario: Scenario, *, feeder: Feeder, clients: int, seconds: float
) -> tuple[list[Sample], float]:
    """Every request of ``clients`` concurrent clients, and when the measured window opened."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=url, headers={"X-API-Key": key}, timeout=CLIENT_TIMEOUT_S, limits=limits
    ) as client:
        opened = time.perf_counter() + min(WARMUP_S, seconds / 4)
        stop_at = opened + seconds
        loops = [_client_loop(client, scenario, feeder, stop_at=stop_at) for _ in range(clients)]
        per_client = await asyncio.gather(*loops)
    return [sample for samples in per_client for sample in samples], opened


@dataclass(frozen=True)
class Target:
    """Where the clients send, with what key, and the service processes behind it."""

    url: str
    key: str
    pids: dict[str, int]


def check(target: Target, scenario: Scenario) -> None:
    """One call first, so that a broken deployment fails at once rather than after a minute."""
    response = httpx.post(
        target.url + scenario.path,
        json=scenario.bodies[-1],
        headers={"X-API-Key": target.key},
        timeout=CLIENT_TIMEOUT_S,
    )
    if response.status_code != 200:
        raise SystemExit(f"{scenario.label}: {response.status_code} {response.text[:500]}")
    if "RateLimit-Limit" in response.headers:
        raise SystemExit(f"tenant {TENANT} is rate limited: its 429s would be counted as errors")


def measure(
    target: Target, scenario: Scenario, *, feeder: Feeder, clients: int, seconds: float
) -> Row:
    """Run one row and split its requests: warm-up, measured window, drain."""
    check(target, scenario)
    print(f"{scenario.name}: {clients} clients for {seconds:.0f} s", flush=True)
    load_before, cpu_before, wall = os.getloadavg()[0], cpu_times(target.pids), time.perf_counter()
    samples, opened = asyncio.run(
        load(target.url, target.key, scenario, feeder=feeder, clients=clients, seconds=seconds)
    )
    wall, cpu_after = time.perf_counter() - wall, cpu_times(target.pids)
    closed = opened + seconds
    return Row(
        scenario=scenario,
        clients=clients,
        seconds=seconds,
        samples=[s for s in samples if s.started >= opened],
        warmup_errors=Counter(s.outcome for s in samples if s.started < opened and s.outcome != OK),
        ok_in_window=sum(s.outcome == OK and opened <= s.ended <= closed for s in samples),
        load_before=load_before,
        load_after=os.getloadavg()[0],
        cpu_share={n: (cpu_after[n] - cpu_before[n]) / wall for n in cpu_after},
    )


def memory(pids: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Resident memory now and at its peak (VmRSS, VmHWM) of each service, in MB."""
    return {n: (_proc_status_mb(p, "VmRSS"), _proc_status_mb(p, "VmHWM")) for n, p in pids.items()}


def _result_lines(rows: list[Row]) -> list[str]:
    lines = [
        "| scenario | clients | requests | OK req/s | p50 ms | p95 ms | p99 ms | max ms "
        "| errors | repeated bodies | load1 before → after |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [
            row.scenario.name,
            str(row.clients),
            str(len(row.samples)),
            f"{row.rate:.2f}",
            *(f"{row.latency(q):.0f}" for q in (0.50, 0.95, 0.99, 1.0)),
            f"**{sum(row.errors.values())}**",
            str(sum(s.repeated for s in row.samples)),
            f"{row.load_before:.1f} → {row.load_after:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _error_lines(rows: list[Row]) -> list[str]:
    lines = []
    for row in rows:
        for label, errors in (("measured", row.errors), ("warm-up", row.warmup_errors)):
            for outcome, count in errors.most_common():
                where = f"{row.scenario.name}, {row.clients} clients ({label})"
                lines.append(f"- {where}: {count} × `{outcome}`")
    return lines or ["None: every request, warm-up included, answered 200."]


def _cpu_lines(rows: list[Row]) -> list[str]:
    names = list(rows[0].cpu_share)
    lines = [f"| scenario | clients | {' | '.join(names)} |", "|---|---|" + "---|" * len(names)]
    for row in rows:
        shares = " | ".join(f"{row.cpu_share[n]:.0%}" for n in names)
        lines.append(f"| {row.scenario.name} | {row.clients} | {shares} |")
    return lines


def _reading(rows: list[Row], *, timeout_s: float) -> list[str]:
    """Per scenario: saturation rate, the queueing it implies, and the process that spends most."""
    alone = {row.scenario.name: row for row in rows if row.clients == 1}
    lines = []
    for row in rows:
        single = alone.get(row.scenario.name)
        if row.clients == 1 or single is None or row.rate == 0:
            continue
        services = {n: share for n, share in row.cpu_share.items() if n != "load generator"}
        busiest = max(services, key=lambda name: services[name])
        lines.append(
            f"- {row.scenario.name}: {row.rate:.2f} req/s with {row.clients} clients, "
            f"{single.rate:.2f} with one ({single.latency(0.5):.0f} ms each at p50). Saturated, a "
            f"request spends about {row.clients} / {row.rate:.2f} = "
            f"{row.clients / row.rate:.1f} s (Little's law; the gateway gives up on a downstream "
            f"call after {timeout_s:.0f} s). Busiest process: {busiest}, "
            f"{services[busiest]:.0%} of a core; all of them with the load generator: "
            f"{sum(row.cpu_share.values()):.0%} of the {os.cpu_count()} cores' 200%."
        )
    return lines


def _header(context: dict[str, Any]) -> list[str]:
    load = {k: " / ".join(f"{x:.1f}" for x in context[k]) for k in ("load_start", "load_end")}
    return [
        f"{context['when']:%Y-%m-%d %H:%M} UTC. The four real service processes (`python -m "
        "<service>.main`, one uvicorn worker each, as `make run` starts them) on loopback "
        f"ports, over a temporary copy of `{context['state_dir']}`; encoder "
        f"`{context['encoder']}`; gateway → services timeout {context['http_timeout_s']:.0f} s. "
        f"Machine: {os.cpu_count()} cores, shared with the load generator and with other work: "
        f"load average (1/5/15 min) {load['load_start']} at the start, {load['load_end']} at "
        "the end.",
        "",
        "Each row: N clients sharing one `httpx.AsyncClient` (a pool of N TCP connections to "
        "127.0.0.1), each posting back to back; "
        f"{min(WARMUP_S, context['seconds'] / 4):.0f} s of warm-up not counted, then "
        f"{context['seconds']:.0f} s measured. `OK req/s`: 200 answers that finished inside "
        "the window, divided by its length. Latencies: every request started inside the window "
        "(it may finish after it), errors included. Errors: any answer other than 200 (429 and "
        f"503 included) and any client failure (client timeout {CLIENT_TIMEOUT_S:.0f} s). "
        f"Tenant `{TENANT}` with no rate limit nor quota, key with scope `read`.",
    ]


def _texts_notes(scenarios: list[Scenario]) -> list[str]:
    return [
        "| scenario | request | distinct bodies |",
        "|---|---|---|",
        *(f"| {s.name} | {s.label} | {len(s.bodies)} |" for s in scenarios),
        "",
        "Bodies are taken in turn, so that none is sent twice before its pool is spent "
        "(`repeated bodies` counts those sent again). The encoders keep an LRU cache of 4 096 "
        "query texts per process: sentences that offers share (boilerplate) come from it as "
        "they would in production, but no document comes whole from it before its pool is "
        f"spent. Extraction texts: the offers of `{DEPT07}`, then `{TEN_ROME}`; text profiles "
        "walk the same offers from the other end (extraction reads them first, as a CV). "
        "Skills-only profiles never reach an encoder (sparse search). The 1-client rows run "
        "after the N-client rows and go on with the next bodies of the same pools.",
    ]


def render(rows: list[Row], scenarios: list[Scenario], *, context: dict[str, Any]) -> str:
    """The Markdown report."""
    memory_lines = [
        f"| {n} | {rss:.0f} | {hwm:.0f} |" for n, (rss, hwm) in context["memory"].items()
    ]
    cpu = "## CPU by process during each row (warm-up and drain included; 100% = one core)"
    memory_table = ["| process | VmRSS | VmHWM (peak) |", "|---|---|---|", *memory_lines]
    sections = [
        ["# Load test through the gateway", "", *_header(context), "", *_result_lines(rows)],
        ["## Reading", "", *_reading(rows, timeout_s=context["http_timeout_s"])],
        ["## Errors", "", *_error_lines(rows)],
        [cpu, "", *_cpu_lines(rows)],
        ["## Resident memory at the end (MB)", "", *memory_table],
        ["## Requests", "", *_texts_notes(scenarios)],
    ]
    return "\n".join("\n".join(section) + "\n" for section in sections)


def run(args: argparse.Namespace, scenarios: list[Scenario], state_copy: Path) -> str:
    """Start the deployment, run every row, stop it; the report's text."""
    context: dict[str, Any] = {"when": datetime.now(UTC), "load_start": os.getloadavg()}
    deployment = Deployment(state_copy)
    with ExitStack() as stack:
        stack.callback(deployment.stop)
        deployment.start()
        target = Target(deployment.url, deployment.issue_key(), deployment.pids())
        feeders = {s.name: Feeder(s.bodies) for s in scenarios}
        rows = [
            measure(target, s, feeder=feeders[s.name], clients=clients, seconds=args.seconds)
            for clients in dict.fromkeys((args.clients, 1))
            for s in scenarios
        ]
        context["memory"] = memory(target.pids)
    context.update(
        load_end=os.getloadavg(),
        seconds=args.seconds,
        state_dir=args.state_dir,
        encoder=deployment.env["ENCODER"],
        http_timeout_s=CommonSettings().http_timeout_s,
    )
    return render(rows, scenarios, context=context)


@contextmanager
def state_copy(state_dir: Path) -> Iterator[Path]:
    """A temporary copy of the state directory, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="trajectoires-load-") as tmp:
        copy_state(state_dir.resolve(), Path(tmp))
        yield Path(tmp)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60, help="Measured seconds per row.")
    parser.add_argument("--clients", type=int, default=50, help="Concurrent clients.")
    parser.add_argument(
        "--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS), help="Rows to run."
    )
    parser.add_argument(
        "--state-dir", type=Path, default=CommonSettings().data_dir, help="What `make run` built."
    )
    parser.add_argument("--out", type=Path, default=REPORT)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    data_dir = CommonSettings().referential_dir
    if data_dir is None:
        raise SystemExit("set TRAJECTOIRES_DATA_DIR: the load test sends real offers")
    scenarios = [build_scenarios(data_dir)[name] for name in args.scenarios]
    with state_copy(args.state_dir) as copy:
        report = run(args, scenarios, copy)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
