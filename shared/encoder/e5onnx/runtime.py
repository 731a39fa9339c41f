"""Runs the converted encoder: tokens to windows, windows to padded runs, runs to vectors."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import onnxruntime as ort

from shared.encoder.e5onnx.artefacts import (
    NORMALISATION,
    POSITION_TABLE,
    TOKENIZER,
    WORD_TABLE,
    Artefacts,
    model_file,
)
from shared.encoder.e5onnx.graph import INPUT_EMBEDDINGS, INPUT_MASK, OUTPUT_MEAN, Precision
from shared.encoder.e5onnx.q4file import dequantise_rows
from shared.encoder.e5onnx.tokenizer import E5Tokenizer, IdArray

FloatArray = npt.NDArray[np.float32]

# Padded tokens per forward pass: bounds the memory of long texts (attention scores of 4
# windows of 512 tokens: 50 MB; 8 windows took 140 MB more RSS) while 64 phrases of up to 32
# tokens still go in one pass.
MAX_RUN_TOKENS = 2048


@dataclass(frozen=True)
class Window:
    """At most 510 content tokens of one text, framed by ``<s>`` and ``</s>``."""

    text: int
    ids: IdArray
    weight: int


class E5Runtime:
    """One precision of the converted encoder, loaded: texts in, unit vectors out.

    Not thread-safe: the encoder runs one batch at a time under its lock.
    """

    def __init__(self, artefacts: Artefacts, *, precision: Precision, threads: int) -> None:
        self.dim = artefacts.hidden
        self._window = artefacts.max_positions - 2
        self._bos = artefacts.special_id("bos")
        self._eos = artefacts.special_id("eos")
        self._pad = artefacts.special_id("pad")
        self.tokenizer = E5Tokenizer.from_files(
            artefacts.path(TOKENIZER),
            artefacts.path(NORMALISATION),
            unk=artefacts.special_id("unk"),
        )
        # Memory-mapped: only the rows of the tokens met are ever read (54 MB on disk).
        self._words = np.load(artefacts.path(WORD_TABLE), mmap_mode="r")
        self._positions = np.load(artefacts.path(POSITION_TABLE))
        self._session = ort.InferenceSession(
            str(artefacts.path(model_file(precision))),
            sess_options=session_options(threads),
            providers=["CPUExecutionProvider"],
        )

    def embed(self, texts: Sequence[str], *, prefix: str) -> FloatArray:
        """L2-normalised vectors of ``prefix + text``; long texts average their windows."""
        contents = self.tokenizer.content_ids([prefix + text for text in texts])
        windows = [w for index, ids in enumerate(contents) for w in self.windows(index, ids)]
        totals = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        for run in _runs(sorted(windows, key=lambda w: len(w.ids))):
            means = self._forward(run)
            for window, mean in zip(run, means, strict=True):
                totals[window.text] += window.weight * mean
                weights[window.text] += window.weight
        averages = totals / np.maximum(weights, 1.0)[:, None]
        norms = np.maximum(np.linalg.norm(averages, axis=1, keepdims=True), 1e-12)
        return (averages / norms).astype(np.float32)

    def windows(self, text: int, content: IdArray) -> Iterator[Window]:
        """The C engine's split: consecutive 510-token chunks, weighted by their length."""
        for start in range(0, max(len(content), 1), self._window):
            chunk = content[start : start + self._window]
            ids = np.concatenate([[self._bos], chunk, [self._eos]]).astype(np.int64)
            yield Window(text=text, ids=ids, weight=max(len(chunk), 1))

    def _forward(self, run: list[Window]) -> FloatArray:
        """Mean-pooled hidden states of windows padded to the longest of the run."""
        length = max(len(w.ids) for w in run)
        ids = np.full((len(run), length), self._pad, dtype=np.int64)
        mask = np.zeros((len(run), length), dtype=np.int64)
        for row, window in enumerate(run):
            ids[row, : len(window.ids)] = window.ids
            mask[row, : len(window.ids)] = 1
        words = dequantise_rows(self._words[ids.ravel()]).reshape(len(run), length, self.dim)
        embeddings = words + self._positions[:length]
        (means,) = self._session.run(
            [OUTPUT_MEAN], {INPUT_EMBEDDINGS: embeddings, INPUT_MASK: mask}
        )
        return np.asarray(means, dtype=np.float32)


def session_options(threads: int) -> ort.SessionOptions:
    """Every optimisation, ``threads`` threads inside each operator, operators one at a time."""
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3  # unused-initializer notices are not our users' concern
    return options


def available_cores() -> int:
    """Cores this process may run on (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _runs(windows: list[Window]) -> Iterator[list[Window]]:
    """Consecutive groups of length-sorted windows whose padded size fits MAX_RUN_TOKENS."""
    run: list[Window] = []
    for window in windows:
        if run and (len(run) + 1) * len(window.ids) > MAX_RUN_TOKENS:
            yield run
            run = []
        run.append(window)
    if run:
        yield run
