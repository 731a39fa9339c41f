"""Any local sentence-transformers model folder; torch is imported only when one is chosen."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import numpy.typing as npt

from shared.encoder.base import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CACHE_SIZE,
    EncoderError,
    ThreadedEncoder,
)

# "multilingual-e5-small", "e5-base-v2"... but not a hash such as "3e5f" or "ae5".
_E5_NAME = re.compile(r"(?<![a-z0-9])e5(?![0-9])", re.IGNORECASE)


class SentenceTransformerEncoder(ThreadedEncoder[Any]):
    """A sentence-transformers model loaded offline from a local folder.

    Models whose path names e5 get the ``query: `` / ``passage: `` prefixes they were trained
    with; other models embed the texts as they are.

    Args:
        model_path: Folder holding the saved sentence-transformers model.
        batch_size: Texts handed to the model per call.
        cache_size: Query vectors kept in the LRU cache; 0 disables it.
        device: Torch device, ``"cpu"`` unless told otherwise.
        e5_prefixes: Force the e5 prefixes on or off; None guesses from the path.

    Raises:
        EncoderError: the folder is missing, sentence-transformers is not installed, or the
            model does not load.
    """

    def __init__(
        self,
        model_path: str | Path,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        device: str = "cpu",
        e5_prefixes: bool | None = None,
    ) -> None:
        path = Path(model_path).expanduser().resolve()
        model = _load(path, device=device)
        # One warm-up text reveals the dimension on every sentence-transformers version.
        dim = int(model.encode(["dimension"], convert_to_numpy=True).shape[1])
        super().__init__(
            model,
            name=f"sentence-transformers:{path}",
            dim=dim,
            batch_size=batch_size,
            cache_size=cache_size,
        )
        use_e5 = bool(_E5_NAME.search(str(path))) if e5_prefixes is None else e5_prefixes
        self._query_prefix = "query: " if use_e5 else ""
        self._passage_prefix = "passage: " if use_e5 else ""

    def _encode_queries(self, backend: Any, texts: list[str]) -> npt.ArrayLike:
        return _encode(backend, [self._query_prefix + text for text in texts])

    def _encode_passages(self, backend: Any, texts: list[str]) -> npt.ArrayLike:
        return _encode(backend, [self._passage_prefix + text for text in texts])


def _load(path: Path, *, device: str) -> Any:
    """Load the model folder without touching the network."""
    if not path.is_dir():
        raise EncoderError(f"no sentence-transformers model folder at {path}")
    try:
        # Imported by name so that neither Python nor mypy reads torch unless this encoder is used.
        backend = importlib.import_module("sentence_transformers")
    except ImportError as exc:
        raise EncoderError(
            "sentence-transformers is not installed; install the `st` extra"
        ) from exc
    try:
        return backend.SentenceTransformer(str(path), device=device, local_files_only=True)
    except (OSError, ValueError, RuntimeError) as exc:
        raise EncoderError(
            f"could not load the sentence-transformers model at {path}: {exc}"
        ) from exc


def _encode(model: Any, texts: list[str]) -> npt.ArrayLike:
    """One blocking forward pass over ``texts``, normalised by the model."""
    return model.encode(
        texts,
        batch_size=len(texts),
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
