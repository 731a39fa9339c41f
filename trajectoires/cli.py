"""`trajectoires`: import, index and run the whole service on one machine."""

from __future__ import annotations

import signal
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from shared.settings import CommonSettings
from trajectoires.processes import (
    SERVICES,
    ServiceProcess,
    StartupError,
    run_step,
    service_env,
    stop_all,
)

app = typer.Typer(help="Trajectoires: the pooled French skills API.", no_args_is_help=True)
console = Console(soft_wrap=True)

OPTIONAL_IMPORTS = ("import-certifications", "import-formacode", "import-esco")
DEFAULT_PORTS = {"gateway": 8000, "extraction": 8001, "matching": 8002, "referentials": 8003}


def _ports(gateway_port: int) -> dict[str, int]:
    offset = gateway_port - DEFAULT_PORTS["gateway"]
    return {name: port + offset for name, port in DEFAULT_PORTS.items()}


def _prepare(env: dict[str, str]) -> None:
    console.print("[bold]1/4[/] schema")
    run_step("referentials.cli", "migrate", env=env)
    run_step("gateway.cli", "migrate", env=env)
    console.print("[bold]2/4[/] referentials")
    run_step("referentials.cli", "import-rome", env=env)
    for command in OPTIONAL_IMPORTS:
        try:
            run_step("referentials.cli", command, env=env)
        except StartupError as exc:
            # the services run on ROME alone; the others enrich fiches and crosswalks
            console.print(f"[yellow]{exc}: the service runs without it")


def _index(env: dict[str, str], *, rebuild: bool) -> None:
    console.print("[bold]3/4[/] vector indexes")
    flags = ("--rebuild",) if rebuild else ()
    run_step("extraction.cli", "index", *flags, env=env)
    run_step("matching.cli", "index", *flags, env=env)


@app.command()
def run(
    port: Annotated[
        int, typer.Option(help="Gateway port; the services use the next three.")
    ] = 8000,
    rebuild: Annotated[bool, typer.Option(help="Re-embed every index from scratch.")] = False,
    ready_timeout: Annotated[float, typer.Option(help="Seconds each service may take.")] = 120,
) -> None:
    """Import, index and serve the four services until Ctrl-C."""
    # started from a background job, this process inherits SIGINT ignored: Ctrl-C must still stop it
    signal.signal(signal.SIGINT, _interrupt)
    started = time.perf_counter()
    settings = CommonSettings()
    ports = _ports(port)
    env = service_env(ports)
    logs = settings.data_dir / "logs"
    processes = {
        name: ServiceProcess(name, ports[name], logs / f"{name}.log", env) for name in SERVICES
    }
    with ExitStack() as stack:
        stack.callback(stop_all, processes.values())
        try:
            _prepare(env)
            processes["referentials"].start()
            processes["referentials"].wait_ready(ready_timeout)
            _index(env, rebuild=rebuild)
            console.print("[bold]4/4[/] services")
            for name in ("extraction", "matching", "gateway"):
                processes[name].start()
            for process in processes.values():
                process.wait_ready(ready_timeout)
            key = run_step(
                "gateway.cli", "dev-key", "--path", str(settings.data_dir / "dev-api-key"), env=env
            )
        except StartupError as exc:
            console.print(f"[red]start-up failed: {exc}")
            raise typer.Exit(1) from exc
        _announce(processes, key, time.perf_counter() - started, logs)
        _wait_for_interrupt(processes)


def _announce(processes: dict[str, ServiceProcess], key: str, seconds: float, logs: Path) -> None:
    gateway = processes["gateway"].url
    console.print(f"\n[green bold]Trajectoires is ready[/] in {seconds:.1f}s")
    console.print(f"  gateway       {gateway}  (docs: {gateway}/docs)")
    for name in ("extraction", "matching", "referentials"):
        console.print(f"  {name:<13} {processes[name].url}")
    console.print(f"  API key       {key}  (X-API-Key header; kept in .data/dev-api-key)")
    console.print(f"  logs          {logs}")
    console.print("Ctrl-C stops everything.", style="dim")


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _wait_for_interrupt(processes: dict[str, ServiceProcess]) -> None:
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while True:
            for process in processes.values():
                if process.process is not None and process.process.poll() is not None:
                    console.print(
                        f"[red]{process.name} stopped (code {process.process.returncode})"
                    )
                    return
            time.sleep(0.5)
    except KeyboardInterrupt:
        console.print("\nstopping…")


@app.command()
def index(
    rebuild: Annotated[bool, typer.Option(help="Drop and re-embed every index.")] = False,
) -> None:
    """Import if needed and (re)build the vector indexes, then stop."""
    env = service_env(DEFAULT_PORTS)
    settings = CommonSettings()
    referentials = ServiceProcess(
        "referentials",
        DEFAULT_PORTS["referentials"],
        settings.data_dir / "logs/referentials.log",
        env,
    )
    try:
        _prepare(env)
        referentials.start()
        referentials.wait_ready(120)
        _index(env, rebuild=rebuild)
    except StartupError as exc:
        console.print(f"[red]{exc}")
        raise typer.Exit(1) from exc
    finally:
        referentials.stop()


if __name__ == "__main__":
    app()
