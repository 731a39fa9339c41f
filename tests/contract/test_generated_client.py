"""The committed Python client is what the generator makes of the current OpenAPI document."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.openapi import render
from tests.contract.document import DOCUMENT

pytestmark = pytest.mark.contract

CLIENTS = Path(__file__).parents[2] / "clients"
# written by tools (ruff, editable installs, the interpreter), never by the generator
NOT_GENERATED = {"__pycache__", ".ruff_cache", ".pdm-build", ".mypy_cache", ".pytest_cache"}


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and NOT_GENERATED.isdisjoint(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.parts)
    }


class TestGeneratedClient:
    def test_the_committed_client_is_generated_from_the_current_document(
        self, tmp_path: Path
    ) -> None:
        pytest.importorskip(
            "openapi_python_client", reason="openapi-python-client is not installed"
        )
        tools = str(Path(sys.executable).parent)
        if shutil.which("ruff", path=tools + os.pathsep + os.environ.get("PATH", "")) is None:
            pytest.skip("ruff, which formats the generated code, is not installed")
        document = tmp_path / "openapi.json"
        document.write_text(render(DOCUMENT), encoding="utf-8")
        env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
        subprocess.run(
            ["sh", str(CLIENTS / "generate.sh"), str(document), str(tmp_path / "python")],
            check=True,
            capture_output=True,
            env=env,
        )
        generated, committed = _files(tmp_path / "python"), _files(CLIENTS / "python")
        assert sorted(generated) == sorted(committed), "run `make client`"
        stale = [name for name in generated if generated[name] != committed[name]]
        assert stale == [], "run `make client`"
