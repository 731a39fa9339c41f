"""Start the service processes, wait until they are ready, stop them cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx

SERVICES = ("referentials", "extraction", "matching", "gateway")


class StartupError(RuntimeError):
    """A service exited or never became ready."""


@dataclass
class ServiceProcess:
    name: str
    port: int
    log_path: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def pid_path(self) -> Path:
        """Where the process id is kept while it runs, for benchmarks and operators."""
        return self.log_path.with_suffix(".pid")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", f"{self.name}.main"],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the supervisor, which stops us in order
        )
        self.pid_path.write_text(f"{self.process.pid}\n")

    def wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        last = "no answer"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise StartupError(
                    f"{self.name} exited with code {self.process.returncode}; see {self.log_path}"
                )
            try:
                response = httpx.get(f"{self.url}/readyz", timeout=5)
                if response.status_code == 200:
                    return
                last = response.text[:300]
            except httpx.HTTPError as exc:
                last = type(exc).__name__
            time.sleep(0.3)
        raise StartupError(f"{self.name} not ready after {timeout_s:.0f}s: {last}")

    def stop(self, grace_s: float = 10) -> None:
        stop_all([self], grace_s=grace_s)

    def _terminate(self) -> bool:
        """Ask the process to stop; False when it is not running."""
        if self.process is None or self.process.poll() is not None:
            return False
        self.process.send_signal(signal.SIGTERM)
        return True

    def _reap(self, *, deadline: float) -> None:
        """Wait until the deadline, then kill; forget the pid file and the log."""
        assert self.process is not None
        try:
            self.process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.pid_path.unlink(missing_ok=True)
        if self._log is not None:
            self._log.close()


def stop_all(processes: Iterable[ServiceProcess], *, grace_s: float = 10) -> None:
    """Ask every process to stop at once and wait for them together: shutting down takes the
    slowest one's time, not the sum, and what outlives the grace period is killed."""
    running = [process for process in processes if process._terminate()]
    deadline = time.monotonic() + grace_s
    for process in running:
        process._reap(deadline=deadline)


def service_env(ports: dict[str, int], base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment every process of one deployment shares: ports and peer URLs agree."""
    env = dict(base if base is not None else os.environ)
    for name, port in ports.items():
        env[f"{name.upper()}_PORT"] = str(port)
        env[f"{name.upper()}_URL"] = f"http://127.0.0.1:{port}"
    return env


def run_step(module: str, *args: str, env: dict[str, str]) -> str:
    """Run one service command line to completion; its progress shows, its stdout is returned."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args], env=env, stdout=subprocess.PIPE, check=False
    )
    if result.returncode != 0:
        raise StartupError(f"`{module} {' '.join(args)}` failed with code {result.returncode}")
    return result.stdout.decode().strip()
