"""Tidy extracted text: ligatures, odd spaces, PDF line-end hyphens, keeping the line breaks.

Line breaks separate CV entries and the next stage cuts units on them, so they are kept; only
runs of blank lines shrink to one.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = " "
_TRANSLATION = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\t": _SPACE,
        "\u00a0": _SPACE,  # no-break space, before French ":;!?" and in "10 000"
        "\u202f": _SPACE,  # narrow no-break space
        "\u3000": _SPACE,
        **{chr(c): _SPACE for c in range(0x2000, 0x200B)},  # en, em, thin, hair spaces...
        "\u200b": None,  # zero-width characters
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u2028": "\n",
        "\u2029": "\n",
        "\v": "\n",
        "\f": "\n",
        "\r": "\n",
    }
)
# Control characters, and the private-use glyphs of icon fonts (phone, e-mail pictograms)
_NOISE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")

_LETTERS = r"[^\W\d_]"
# "compé-\ntences": a word cut at a line end, its second half in lower case
_CUT_WORD = re.compile(rf"((?:{_LETTERS}+-)*{_LETTERS}+)[-\u2010\u00ad] *\n *([a-zà-öø-ÿœæ]+)")
# "C O M P É T E N C E S": headings drawn letter by letter
_SPACED_LETTERS = re.compile(rf"(?<!\S){_LETTERS}(?: {_LETTERS}){{3,}}(?!\S)")
# a hyphen at a line end is real after these ("sous-\ntraitance"), not a cut in a word
_HYPHENATED_PREFIXES = frozenset(
    "aide agent anti après arrière auto avant chef demi ex garde mi non peut porte rez self "
    "semi socio sous technico vice".split()
)


def _join_cut_word(match: re.Match[str]) -> str:
    head, tail = match.group(1), match.group(2)
    compound = "-" in head or head.lower() in _HYPHENATED_PREFIXES
    return f"{head}-{tail}" if compound else head + tail


def _undo_pdf_layout(text: str) -> str:
    text = _CUT_WORD.sub(_join_cut_word, text)
    return _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)


def clean_text(text: str, *, from_pdf: bool = False) -> str:
    """Text with one kind of space and newline, no ligature or control character, lines trimmed.

    ``from_pdf`` also joins words cut at line ends and headings spelled letter by letter.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_TRANSLATION))
    text = _NOISE.sub(_SPACE, text)
    if from_pdf:
        text = _undo_pdf_layout(text)
    text = text.replace("\u00ad", "")  # soft hyphens only show where a line breaks
    lines = (_SPACES.sub(_SPACE, line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
