"""The SentencePiece unigram tokenizer of the q4 file, rebuilt with the `tokenizers` library.

The C engine maps every codepoint through the file's normalisation map (NFKC per character,
control characters deleted, whitespace-like characters to a space), collapses runs of spaces,
prefixes a metaspace and runs Viterbi over the whole string. ``str.translate`` applies the same
map exactly; `tokenizers` does the rest (its NFKC would compose a combining mark with a remapped
character before it, which the C engine never does).

Cost: the loaded `tokenizers` Unigram model of 250,002 pieces takes about 280 MB of resident
memory (its trie), more than the rest of the encoder together.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Encoding, Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

from shared.encoder.e5onnx.q4file import Vocabulary

IdArray = npt.NDArray[np.int64]
METASPACE = "\u2581"
# The C engine reads texts as C strings; NUL is deleted here rather than ending the text.
_EXTRA_DELETIONS = {0: None}


def build_tokenizer(vocabulary: Vocabulary) -> Tokenizer:
    """A `tokenizers` Unigram tokenizer over the file's pieces and scores (map not included)."""
    pieces = [
        (piece, float(score))
        for piece, score in zip(vocabulary.pieces, vocabulary.scores, strict=True)
    ]
    tokenizer = Tokenizer(models.Unigram(pieces, unk_id=vocabulary.unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    # split=False: Viterbi runs over the whole text, as in the C engine, not word by word.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement=METASPACE, prepend_scheme="always", split=False
    )
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        special_tokens=[("<s>", vocabulary.bos), ("</s>", vocabulary.eos)],
    )
    return tokenizer


def save_normalisation(mapping: dict[int, str], path: Path) -> None:
    """Write the codepoint map as JSON (keys are decimal codepoints)."""
    path.write_text(json.dumps({str(cp): out for cp, out in mapping.items()}), encoding="utf-8")


def load_normalisation(path: Path) -> dict[int, str]:
    """Read a map written by :func:`save_normalisation`."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {int(cp): out for cp, out in raw.items()}


class E5Tokenizer:
    """Texts to the content token ids of the C engine (no ``<s>``/``</s>``, no truncation)."""

    def __init__(self, tokenizer: Tokenizer, normalisation: dict[int, str], *, unk: int) -> None:
        self._tokenizer = tokenizer
        table: dict[int, str | None] = dict(normalisation)
        table.update(_EXTRA_DELETIONS)
        self._table = table
        self._unk = unk

    @classmethod
    def from_files(cls, tokenizer_json: Path, normalisation_json: Path, *, unk: int) -> E5Tokenizer:
        """Load the two files written at conversion time."""
        return cls(
            Tokenizer.from_file(str(tokenizer_json)),
            load_normalisation(normalisation_json),
            unk=unk,
        )

    def normalise(self, text: str) -> str:
        """The per-codepoint map of the C engine."""
        return text.translate(self._table)

    def content_ids(self, texts: Sequence[str]) -> list[IdArray]:
        """Token ids of each text, prefix included, as the C engine's ``tok_content`` gives them."""
        normalised = [_valid_utf8(self.normalise(text)) for text in texts]
        encodings = self._tokenizer.encode_batch(normalised, add_special_tokens=False)
        return [self._ids(encoding) for encoding in encodings]

    def _ids(self, encoding: Encoding) -> IdArray:
        ids = np.asarray(encoding.ids, dtype=np.int64)
        if self._unk not in encoding.ids:
            return ids
        # `tokenizers` fuses a run of unknown characters into one <unk>; the C engine emits one
        # per character, and the position of every later token depends on it.
        repeats = np.ones(len(ids), dtype=np.int64)
        for index, (start, end) in enumerate(encoding.offsets):
            if ids[index] == self._unk:
                repeats[index] = max(end - start, 1)
        return np.repeat(ids, repeats)


def _valid_utf8(text: str) -> str:
    """The text with lone surrogates turned into spaces: they have no UTF-8 form."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(" " if 0xD800 <= ord(char) <= 0xDFFF else char for char in text)
    return text
