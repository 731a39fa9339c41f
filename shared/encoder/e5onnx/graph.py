"""Builds the e5 BERT encoder as an ONNX graph from the weights of the q4 file.

Both precisions share one skeleton of ONNX Runtime's fused CPU operators (MultiHeadAttention,
SkipLayerNormalization, BiasGelu); they differ in their projections:

- ``fp32``: plain MatMul on the dequantised q4 weights (cosine to the C engine >= 0.9999).
- ``int8``: weights quantised per output channel to 7 bits; activations quantised per token at
  run time, symmetric, to uint8 around 128. Per token, not per tensor as
  ``onnxruntime.quantization.quantize_dynamic`` does: a text's vector then does not depend on
  the other texts of its batch (per tensor, the same text moved to cosine 0.996 between batches).
  Seven bits keep the uint8 x int8 pair sums of AVX2 CPUs without VNNI from saturating.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import onnx
from onnx import TensorProto, helper, numpy_helper

from shared.encoder.e5onnx.q4file import Q4Model

Precision = Literal["fp32", "int8"]
PRECISIONS: tuple[Precision, ...] = ("fp32", "int8")

OPSET = 21  # blocked QuantizeLinear (a scale per token) is standard from 21 on
IR_VERSION = 10
MS_DOMAIN = "com.microsoft"
INPUT_EMBEDDINGS = "embeddings"
INPUT_MASK = "attention_mask"
OUTPUT_MEAN = "mean_pooled"
OUTPUT_EMBEDDING = "sentence_embedding"
WEIGHT_LEVELS = 63  # 7-bit symmetric weights
ACTIVATION_LEVELS = 127
ACTIVATION_ZERO = 128
SCALE_FLOOR = 1e-12  # an all-zero row must not divide by zero


class _Graph:
    """Nodes and initializers under construction, each output named after its node."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []

    def const(self, name: str, value: npt.NDArray[np.generic]) -> str:
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def scalar(self, name: str, value: float, dtype: type[np.generic] = np.float32) -> str:
        return self.const(name, np.array(value, dtype=dtype))

    def op(self, op_type: str, inputs: list[str], *, name: str, **attrs: Any) -> str:
        domain = MS_DOMAIN if op_type in _MS_OPS else ""
        output = f"{name}:0"
        node = helper.make_node(op_type, inputs, [output], name=name, domain=domain, **attrs)
        self.nodes.append(node)
        return output


_MS_OPS = {"MultiHeadAttention", "SkipLayerNormalization", "BiasGelu", "MatMulIntegerToFloat"}


class _Projections:
    """Float32 ``x @ W``: the weights as they come out of the q4 blocks."""

    def __init__(self, g: _Graph) -> None:
        self.g = g

    def prepare(self, x: str, *, width: int, name: str) -> tuple[str, ...]:
        """What several projections of the same input share (nothing in float32)."""
        del width, name
        return (x,)

    def project(
        self, prepared: tuple[str, ...], weight: npt.NDArray[np.float32], *, name: str
    ) -> str:
        w = self.g.const(f"{name}.w", weight)
        return self.g.op("MatMul", [prepared[0], w], name=name)


class _Int8Projections(_Projections):
    """``x @ W`` on integers: per-token uint8 activations, per-channel 7-bit weights."""

    def __init__(self, g: _Graph, *, zero_points: str) -> None:
        super().__init__(g)
        self.zero_points = zero_points
        self.last_axis = g.const("last_axis", np.array([-1], dtype=np.int64))
        self.inv_levels = g.scalar("inv_activation_levels", 1.0 / ACTIVATION_LEVELS)
        self.floor = g.scalar("scale_floor", SCALE_FLOOR)
        self.one = g.scalar("one", 1.0)
        self.zero = g.scalar("activation_zero", ACTIVATION_ZERO, np.uint8)

    def prepare(self, x: str, *, width: int, name: str) -> tuple[str, ...]:
        """Quantise each token's row of ``x`` (``width`` values) with its own scale."""
        g = self.g
        peak = g.op(
            "ReduceMax",
            [g.op("Abs", [x], name=f"{name}_abs"), self.last_axis],
            name=f"{name}_peak",
            keepdims=1,
        )
        scale = g.op(
            "Max",
            [g.op("Mul", [peak, self.inv_levels], name=f"{name}_scale_raw"), self.floor],
            name=f"{name}_scale",
        )
        # One block spanning the whole row: a scale per token, the zero point shared.
        quantised = g.op(
            "QuantizeLinear",
            [x, scale, self.zero_points],
            name=f"{name}_quant",
            axis=-1,
            block_size=width,
        )
        return quantised, scale

    def project(
        self, prepared: tuple[str, ...], weight: npt.NDArray[np.float32], *, name: str
    ) -> str:
        quantised, row_scale = prepared
        levels, column_scale = quantise_weight(weight)
        g = self.g
        product = g.op(
            "MatMulIntegerToFloat",
            [
                quantised,
                g.const(f"{name}.wq", levels),
                self.one,
                g.const(f"{name}.ws", column_scale),
                self.zero,
            ],
            name=name,
        )
        return g.op("Mul", [product, row_scale], name=f"{name}_rescale")


def quantise_weight(
    weight: npt.NDArray[np.float32],
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float32]]:
    """Symmetric per-column quantisation of ``weight [in, out]`` to integers in [-63, 63]."""
    scale = np.maximum(np.abs(weight).max(axis=0), SCALE_FLOOR) / WEIGHT_LEVELS
    levels = np.clip(np.rint(weight / scale), -WEIGHT_LEVELS, WEIGHT_LEVELS).astype(np.int8)
    return levels, scale.astype(np.float32)


def build_encoder_graph(model: Q4Model, *, precision: Precision) -> onnx.ModelProto:
    """The encoder: summed input embeddings and mask in, mean and unit vector out.

    Inputs: ``embeddings`` float32 ``[batch, tokens, hidden]`` (word + position + token type,
    before the embedding layer norm) and ``attention_mask`` int64 ``[batch, tokens]``.
    Outputs: ``mean_pooled`` (mean of the last hidden states over the mask, what long texts
    average across windows) and ``sentence_embedding`` (the same, L2-normalised).
    """
    g = _Graph()
    weights = _LayerWeights(g, model)
    x = g.op(
        "LayerNormalization",
        [INPUT_EMBEDDINGS, weights.floats("emb.ln.w"), weights.floats("emb.ln.b")],
        name="emb_ln",
        axis=-1,
        epsilon=model.dims.eps,
    )
    mask = g.op("Cast", [INPUT_MASK], name="mask_int32", to=TensorProto.INT32)
    projections = _projections(g, precision)
    for layer in range(model.dims.layers):
        block = _EncoderLayer(g, projections, weights, prefix=f"l{layer}")
        x = block.feed_forward(block.attention(x, mask))
    mean, unit = _pool(g, x)
    g.nodes.append(helper.make_node("Identity", [mean], [OUTPUT_MEAN], name="output_mean"))
    g.nodes.append(helper.make_node("Identity", [unit], [OUTPUT_EMBEDDING], name="output_unit"))
    return _package(g, hidden=model.dims.hidden, name=f"multilingual_e5_small_{precision}")


def _package(g: _Graph, *, hidden: int, name: str) -> onnx.ModelProto:
    """The finished graph with its typed inputs and outputs, as a model of our opsets."""

    def tensor(label: str, dtype: int, shape: list[str | int]) -> onnx.ValueInfoProto:
        return helper.make_tensor_value_info(label, dtype, shape)

    graph = helper.make_graph(
        g.nodes,
        name,
        inputs=[
            tensor(INPUT_EMBEDDINGS, TensorProto.FLOAT, ["batch", "tokens", hidden]),
            tensor(INPUT_MASK, TensorProto.INT64, ["batch", "tokens"]),
        ],
        outputs=[
            tensor(OUTPUT_MEAN, TensorProto.FLOAT, ["batch", hidden]),
            tensor(OUTPUT_EMBEDDING, TensorProto.FLOAT, ["batch", hidden]),
        ],
        initializer=g.initializers,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)],
        producer_name="trajectoires",
    )
    model.ir_version = IR_VERSION
    return model


def _projections(g: _Graph, precision: Precision) -> _Projections:
    if precision == "fp32":
        return _Projections(g)
    # The per-token zero points share the shape [batch, tokens, 1] of the per-token scales.
    axis = g.const("mask_last_axis", np.array([-1], dtype=np.int64))
    shape = g.op(
        "Shape", [g.op("Unsqueeze", [INPUT_MASK, axis], name="mask_rows")], name="row_shape"
    )
    zero = g.const("activation_zero_3d", np.full((1, 1, 1), ACTIVATION_ZERO, dtype=np.uint8))
    zero_points = g.op("Expand", [zero, shape], name="activation_zero_points")
    return _Int8Projections(g, zero_points=zero_points)


class _LayerWeights:
    """The file's tensors, added to the graph under their own names."""

    def __init__(self, g: _Graph, model: Q4Model) -> None:
        self.g = g
        self.model = model
        self.dims = model.dims

    def floats(self, *names: str) -> str:
        """Float32 tensors (biases, norms), concatenated when several are named."""
        values = np.concatenate([self.model.floats(name) for name in names])
        return self.g.const("+".join(names), values)

    def matrix(self, name: str, *, columns: int) -> npt.NDArray[np.float32]:
        """A dequantised weight as MatMul wants it, ``[in, out]`` (the file stores [out, in])."""
        return self.model.matrix(name, columns=columns).T


class _EncoderLayer:
    """One BERT layer: x = LN(x + attention(x)); x = LN(x + FFN(x))."""

    def __init__(
        self, g: _Graph, projections: _Projections, weights: _LayerWeights, *, prefix: str
    ) -> None:
        self.g = g
        self.projections = projections
        self.weights = weights
        self.dims = weights.dims
        self.p = prefix

    def attention(self, x: str, mask: str) -> str:
        """Self-attention over the unmasked tokens, added to ``x`` and normalised."""
        g, p, hidden = self.g, self.p, self.dims.hidden
        qkv_weight = np.concatenate(
            [self.weights.matrix(f"{p}.{n}.w", columns=hidden) for n in ("q", "k", "v")], axis=1
        )
        qkv = self.projections.project(
            self.projections.prepare(x, width=hidden, name=f"{p}_x"), qkv_weight, name=f"{p}_qkv"
        )
        q, k, v = (f"{p}_{n}:0" for n in ("q", "k", "v"))
        sizes = g.const(f"{p}_qkv_sizes", np.array([hidden] * 3, dtype=np.int64))
        g.nodes.append(
            helper.make_node("Split", [qkv, sizes], [q, k, v], name=f"{p}_split", axis=-1)
        )
        context = g.op(
            "MultiHeadAttention",
            [q, k, v, self.weights.floats(f"{p}.q.b", f"{p}.k.b", f"{p}.v.b"), mask],
            name=f"{p}_attention",
            num_heads=self.dims.heads,
        )
        return self._add_norm(self._linear(context, "ao", width=hidden), x, norm="aln", bias="ao")

    def feed_forward(self, x: str) -> str:
        """The GELU feed-forward block, added to ``x`` and normalised."""
        g, p = self.g, self.p
        inner = self._linear(x, "fi", width=self.dims.hidden)
        # BiasGelu is the exact erf GELU, as in the C engine (not the tanh FastGelu).
        activated = g.op("BiasGelu", [inner, self.weights.floats(f"{p}.fi.b")], name=f"{p}_gelu")
        outer = self._linear(activated, "fo", width=self.dims.ffn)
        return self._add_norm(outer, x, norm="oln", bias="fo")

    def _linear(self, x: str, name: str, *, width: int) -> str:
        """``x @ W`` for the layer's weight ``name``; its bias is added by the next operator."""
        prepared = self.projections.prepare(x, width=width, name=f"{self.p}_{name}_in")
        weight = self.weights.matrix(f"{self.p}.{name}.w", columns=width)
        return self.projections.project(prepared, weight, name=f"{self.p}_{name}")

    def _add_norm(self, delta: str, residual: str, *, norm: str, bias: str) -> str:
        """LayerNorm(residual + delta + bias) in one fused operator."""
        p = self.p
        return self.g.op(
            "SkipLayerNormalization",
            [
                delta,
                residual,
                self.weights.floats(f"{p}.{norm}.w"),
                self.weights.floats(f"{p}.{norm}.b"),
                self.weights.floats(f"{p}.{bias}.b"),
            ],
            name=f"{p}_{norm}",
            epsilon=self.dims.eps,
        )


def _pool(g: _Graph, x: str) -> tuple[str, str]:
    """Mean of the hidden states over the mask, and its L2-normalised copy."""
    mask = g.op("Cast", [INPUT_MASK], name="pool_mask", to=TensorProto.FLOAT)
    mask3 = g.op(
        "Unsqueeze",
        [mask, g.const("pool_last_axis", np.array([-1], dtype=np.int64))],
        name="pool_mask_3d",
    )
    tokens = g.const("pool_tokens_axis", np.array([1], dtype=np.int64))
    total = g.op(
        "ReduceSum",
        [g.op("Mul", [x, mask3], name="pool_masked"), tokens],
        name="pool_sum",
        keepdims=0,
    )
    count = g.op("ReduceSum", [mask3, tokens], name="pool_count", keepdims=0)
    count = g.op("Max", [count, g.scalar("pool_count_floor", 1.0)], name="pool_count_floor")
    mean = g.op("Div", [total, count], name="pool_mean")
    return mean, g.op("LpNormalization", [mean], name="pool_unit", axis=-1, p=2)
