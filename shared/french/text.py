"""French text folding for search: case, accents, ligatures, elision, punctuation."""

from __future__ import annotations

import re
import unicodedata

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lower case, no accents, no elided articles, words separated by one space.

    >>> fold("L'Aide-Soignant(e) d’Œuvre")
    'aide soignant e oeuvre'
    """
    text = _ELISION.sub("", text.translate(_LIGATURES))
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", bare).strip()


def tokens(text: str) -> list[str]:
    """The folded words of ``text``."""
    return fold(text).split()
