"""Cut French free text into short units worth embedding, keeping their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# line breaks, bullets and sentence ends delimit units; a comma or "et" delimits only long ones
_HARD = re.compile(
    r"[\n\r•▪●◦\u2022\u25cf;!?]+|(?<=[a-zà-ÿ)])\.(?=\s+[A-ZÀ-Ý]|\s*$)|(?<=\s)[-*–—]\s"
)
_SOFT = re.compile(r",\s+|\s+et\s+|\s+ainsi que\s+")
MIN_CHARS = 8
MAX_WORDS = 18


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(" \t:-–—*'\""))
    right = len(piece.rstrip(" \t:-–—*'\",."))
    if right - left < MIN_CHARS:
        return None
    return Segment(start + left, start + right, piece[left:right])


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in pattern.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def segment(text: str) -> list[Segment]:
    """Units of at most ~18 words: lines, bullets, sentences, and the items of enumerations.

    A short enumeration is kept whole and also split, since both readings can name a skill.
    """
    segments: list[Segment] = []
    for start, end in _split(text, _HARD, 0, len(text)):
        pieces = _split(text, _SOFT, start, end)
        spans = pieces if len(text[start:end].split()) > MAX_WORDS else [(start, end)]
        if len(pieces) > 1 and spans is not pieces:
            spans += pieces
        for piece_start, piece_end in spans:
            found = _trimmed(text, piece_start, piece_end)
            if found is not None:
                segments.append(found)
    return segments
