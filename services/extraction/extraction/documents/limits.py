"""How much of an uploaded document we agree to read."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class DocumentLimits:
    """Bounds on the work one upload may cost; each one crossed is refused with its own error."""

    max_bytes: int = 10 * MB
    max_pages: int = 30
    max_chars: int = 200_000
    max_uncompressed_bytes: int = 50 * MB  # all entries of a DOCX or ODT together
    max_zip_entries: int = 1_000
    # DOCX and ODT XML compresses 5 to 30 times; zip bombs reach a thousand and more.
    max_compression_ratio: float = 100.0
    # A long CV has some 50 000 XML elements; a million take expat ~2 s, beyond is an attack.
    max_xml_elements: int = 1_000_000
