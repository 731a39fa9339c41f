"""Fold French text for constraint matching, each character keeping its offset in the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-"})
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss"}
# "véhiculé(e)", "prêt·e·s", "disponible.s": the ending would hide the word from the patterns
_INCLUSIVE = re.compile(
    r"(?<=[a-z]{2})(?:\((?:e|es|s|ne|nes)\)|[·.](?:e|es|s|ne)(?:[·.]s)?)(?![a-z0-9])"
)


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # offset in the original text of each folded character
    endings: dict[int, int]  # original end -> end past a dropped accent or inclusive ending

    def original(self, start: int, end: int) -> tuple[int, int]:
        last = self.origin[end - 1] + 1
        while last in self.endings:
            last = self.endings[last]
        return self.origin[start], last


def fold(text: str) -> Folded:
    """Lower case, accents and inclusive endings dropped, each character tied to its origin."""
    chars: list[str] = []
    origin: list[int] = []
    endings: dict[int, int] = {}
    for index, char in enumerate(text):
        lowered = char.translate(_TRANSLATE).lower()
        for piece in unicodedata.normalize("NFKD", _LIGATURES.get(lowered, lowered)):
            if not unicodedata.combining(piece):
                chars.append(piece)
                origin.append(index)
            elif not origin or origin[-1] != index:
                endings[index] = index + 1  # a combining accent typed after its letter
    folded = "".join(chars)
    endings |= {origin[m.start()]: origin[m.end() - 1] + 1 for m in _INCLUSIVE.finditer(folded)}
    dropped = {i for m in _INCLUSIVE.finditer(folded) for i in range(m.start(), m.end())}
    kept = [i for i in range(len(folded)) if i not in dropped]
    return Folded("".join(folded[i] for i in kept), tuple(origin[i] for i in kept), endings)


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile folded-text alternatives: ' ' needs a separator, '_' allows one, "'" elides."""
    body = "|".join(alternatives)
    body = body.replace(" ", r"[ \t-]+").replace("_", r"[ \t-]*")
    body = body.replace("'", r"(?:'[ \t]*|[ \t]+)")
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


def prev_word(text: str, pos: int) -> str:
    """The word just before ``pos``; "" when punctuation or the start of the text comes first."""
    found = re.search(r"([a-z0-9]+)'?[ \t]*$", text[max(0, pos - 40) : pos])
    return found.group(1) if found else ""


def next_word(text: str, pos: int) -> str:
    found = re.match(r"[ \t]*([a-z0-9]+)", text[pos : pos + 40])
    return found.group(1) if found else ""
