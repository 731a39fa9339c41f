"""Decode a plain-text upload: UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252."""

from __future__ import annotations

import codecs
import unicodedata

from extraction.documents.errors import CorruptFile, UnsupportedFileType

# Order matters: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
MAX_CONTROL_SHARE = 0.01  # text files have none; binary ones decode to many


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise CorruptFile(f"The text file announces {encoding} but is not.") from exc
    return None


def _decode_legacy(data: bytes) -> str:
    """UTF-8, else Windows-1252 (French Windows files), else Latin-1, which decodes anything."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_like_text(text: str) -> bool:
    controls = sum(
        1 for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in _ALLOWED_CONTROLS
    )
    return controls <= MAX_CONTROL_SHARE * len(text)


def decode_text(data: bytes) -> str:
    """The text of a plain-text file, newlines made ``\\n``; binary data is refused."""
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_legacy(data)
    if not _looks_like_text(text):
        raise UnsupportedFileType("The file is neither PDF, DOCX, ODT nor text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")
