"""A deterministic stand-in encoder for unit tests: hashed words and character trigrams."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator

import numpy as np

from shared.encoder.base import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CACHE_SIZE,
    FloatArray,
    ThreadedEncoder,
)

DEFAULT_DIM = 384

_WORD = re.compile(r"\w+")


class TrigramHasher:
    """Hashes the words and character trigrams of a text into ``dim`` signed buckets."""

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def embed(self, texts: list[str]) -> FloatArray:
        """One row of bucket counts per text, never all zero."""
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in _features(text):
                digest = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest())
                sign = 1.0 if digest & 1 else -1.0
                matrix[row, (digest >> 1) % self.dim] += sign
        return matrix


class HashingEncoder(ThreadedEncoder[TrigramHasher]):
    """A fast, deterministic encoder for unit tests only: texts sharing words score higher.

    It has no roles: a text gets the same vector as a query and as a passage. Accents and case
    are ignored, and the hash does not depend on the process (no ``PYTHONHASHSEED``).

    Args:
        dim: Length of the vectors.
        batch_size: Texts hashed per worker-thread call.
        cache_size: Query vectors kept in the LRU cache; 0 disables it.
    """

    def __init__(
        self,
        dim: int = DEFAULT_DIM,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        if dim < 1:
            raise ValueError(f"dim must be at least 1, got {dim}")
        super().__init__(
            TrigramHasher(dim),
            name=f"fake:{dim}",
            dim=dim,
            batch_size=batch_size,
            cache_size=cache_size,
        )

    def _encode_queries(self, backend: TrigramHasher, texts: list[str]) -> FloatArray:
        return backend.embed(texts)

    def _encode_passages(self, backend: TrigramHasher, texts: list[str]) -> FloatArray:
        return backend.embed(texts)


def _features(text: str) -> Iterator[str]:
    """Each word of the folded text, then the trigrams of the word framed by ``<`` and ``>``."""
    for word in _WORD.findall(_fold(text)) or [""]:
        yield f"w:{word}"
        framed = f"<{word}>"
        for start in range(len(framed) - 2):
            yield f"t:{framed[start : start + 3]}"


def _fold(text: str) -> str:
    """Lower case without accents, so that "Développeur" and "developpeur" match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
