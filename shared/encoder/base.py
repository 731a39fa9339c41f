"""The encoder contract and what every implementation shares: threads, batches, query cache."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar, runtime_checkable

import anyio.to_thread
import numpy as np
import numpy.typing as npt

from shared.errors import AppError

FloatArray = npt.NDArray[np.float32]
BackendT = TypeVar("BackendT")

DEFAULT_BATCH_SIZE = 64
DEFAULT_CACHE_SIZE = 4096


class EncoderError(AppError):
    """The embedding backend could not be loaded, failed, or was used after being closed."""

    status_code = 500
    code = "encoder_error"


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into unit vectors, with one role for search queries and one for passages."""

    @property
    def name(self) -> str:
        """Stable identifier of the model, stored with every vector index built from it."""
        ...

    @property
    def dim(self) -> int:
        """Length of every vector this encoder returns."""
        ...

    async def embed_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed search-side texts; repeated texts are served from a bounded cache.

        Args:
            texts: The queries, in order; a bare ``str`` is refused.

        Returns:
            A float32 ``(len(texts), dim)`` array of L2-normalised rows.

        Raises:
            TypeError: ``texts`` is a single string.
            EncoderError: the backend failed or the encoder is closed.
        """
        ...

    async def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        """Embed document-side texts, the ones stored in a vector index.

        Args:
            texts: The passages, in order; a bare ``str`` is refused.

        Returns:
            A float32 ``(len(texts), dim)`` array of L2-normalised rows.

        Raises:
            TypeError: ``texts`` is a single string.
            EncoderError: the backend failed or the encoder is closed.
        """
        ...

    def close(self) -> None:
        """Release the model; later embedding calls raise ``EncoderError``."""
        ...


class QueryCache:
    """A bounded least-recently-used map from a query text to its read-only vector."""

    def __init__(self, maxsize: int = DEFAULT_CACHE_SIZE) -> None:
        self.maxsize = maxsize
        self._rows: OrderedDict[str, FloatArray] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, text: str) -> FloatArray | None:
        """The cached vector of ``text``, marked as recently used, or None."""
        row = self._rows.get(text)
        if row is not None:
            self._rows.move_to_end(text)
        return row

    def put(self, text: str, row: FloatArray) -> None:
        """Remember a copy of ``row`` for ``text``, evicting the least recently used entries."""
        if self.maxsize <= 0:
            return
        frozen = row.copy()
        frozen.flags.writeable = False
        self._rows[text] = frozen
        self._rows.move_to_end(text)
        while len(self._rows) > self.maxsize:
            self._rows.popitem(last=False)

    def clear(self) -> None:
        """Forget every entry."""
        self._rows.clear()


class ThreadedEncoder(ABC, Generic[BackendT]):
    """Runs a blocking backend off the event loop, in batches under a lock, caching queries.

    Subclasses hand over their loaded backend and implement the two blocking hooks; this class
    owns worker threads, batching, normalisation, the query cache and closing.
    """

    def __init__(
        self,
        backend: BackendT,
        *,
        name: str,
        dim: int,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.batch_size = batch_size
        self._name = name
        self._dim = dim
        self._backend: BackendT | None = backend
        # One inference at a time per instance: the engines are not known to be thread-safe.
        self._lock = threading.Lock()
        self._cache = QueryCache(cache_size)

    @property
    def name(self) -> str:
        """Stable identifier of the model, stored with every vector index built from it."""
        return self._name

    @property
    def dim(self) -> int:
        """Length of every vector this encoder returns."""
        return self._dim

    async def embed_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed search-side texts, computing only those missing from the query cache."""
        items = _text_list(texts)
        found: dict[str, FloatArray] = {}
        for text in items:
            row = self._cache.get(text)
            if row is not None:
                found[text] = row
        missing = [text for text in dict.fromkeys(items) if text not in found]
        if missing:
            fresh = await self._embed(missing, self._encode_queries)
            for text, row in zip(missing, fresh, strict=True):
                self._cache.put(text, row)
                found[text] = row
        if not items:
            return self._empty()
        return np.stack([found[text] for text in items])

    async def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        """Embed document-side texts; passages are never cached."""
        return await self._embed(_text_list(texts), self._encode_passages)

    def close(self) -> None:
        """Drop the backend once any running batch has finished, freeing its memory."""
        with self._lock:
            self._backend = None
        self._cache.clear()

    @abstractmethod
    def _encode_queries(self, backend: BackendT, texts: list[str]) -> npt.ArrayLike:
        """Blocking: one batch of queries as an ``(n, dim)`` array-like."""

    @abstractmethod
    def _encode_passages(self, backend: BackendT, texts: list[str]) -> npt.ArrayLike:
        """Blocking: one batch of passages as an ``(n, dim)`` array-like."""

    async def _embed(
        self, texts: list[str], encode: Callable[[BackendT, list[str]], npt.ArrayLike]
    ) -> FloatArray:
        """Run ``encode`` over ``texts`` batch by batch in worker threads."""
        size = self.batch_size
        parts = [
            await anyio.to_thread.run_sync(self._run_batch, encode, texts[start : start + size])
            for start in range(0, len(texts), size)
        ]
        return np.concatenate(parts) if parts else self._empty()

    def _run_batch(
        self, encode: Callable[[BackendT, list[str]], npt.ArrayLike], batch: list[str]
    ) -> FloatArray:
        """Worker thread: encode one batch under the lock and check what came back."""
        with self._lock:
            if self._backend is None:
                raise EncoderError(f"encoder {self._name} is closed")
            raw = encode(self._backend, batch)
        return _unit_rows(raw, rows=len(batch), dim=self._dim)

    def _empty(self) -> FloatArray:
        return np.empty((0, self._dim), dtype=np.float32)


def _text_list(texts: Sequence[str]) -> list[str]:
    """The texts as a list, refusing a bare string that would embed character by character."""
    if isinstance(texts, str):
        raise TypeError("expected a sequence of texts, got a single str")
    return list(texts)


def _unit_rows(raw: npt.ArrayLike, *, rows: int, dim: int) -> FloatArray:
    """The backend's output as contiguous float32 rows of unit length, shape checked."""
    matrix = np.asarray(raw, dtype=np.float32)
    if matrix.shape != (rows, dim):
        raise EncoderError(f"encoder backend returned shape {matrix.shape}, expected {(rows, dim)}")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    # A zero row stays zero instead of turning into NaN.
    return np.ascontiguousarray(matrix / np.maximum(norms, np.float32(1e-12)))
