"""Decoding plain-text uploads: UTF-8, UTF-16 with a mark, Windows-1252, never binary."""

from __future__ import annotations

import codecs
import random

import pytest

from extraction.documents.errors import CorruptFile, UnsupportedFileType
from extraction.documents.plaintext import decode_text

TEXT = "Expérience : aide-soignante à l’hôpital, cœur de métier «soins»\nFormation"


class TestDecodeText:
    def test_utf8_is_read(self) -> None:
        assert decode_text(TEXT.encode()) == TEXT

    def test_utf8_with_a_byte_order_mark_loses_the_mark(self) -> None:
        assert decode_text(codecs.BOM_UTF8 + TEXT.encode()) == TEXT

    @pytest.mark.parametrize(
        ("bom", "encoding"),
        [
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
        ],
    )
    def test_utf16_and_32_with_a_mark_are_read(self, bom: bytes, encoding: str) -> None:
        assert decode_text(bom + TEXT.encode(encoding)) == TEXT

    def test_windows_1252_is_read(self) -> None:
        assert decode_text(TEXT.encode("cp1252")) == TEXT

    def test_latin1_is_read(self) -> None:
        assert decode_text("Expérience à Sète".encode("latin-1")) == "Expérience à Sète"

    def test_windows_newlines_become_newlines(self) -> None:
        assert decode_text(b"Vendeuse\r\nCaissi\xe8re\rBTS") == "Vendeuse\nCaissière\nBTS"

    def test_a_false_byte_order_mark_is_a_corrupt_file(self) -> None:
        with pytest.raises(CorruptFile):
            decode_text(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe")

    def test_random_bytes_are_not_text(self) -> None:
        with pytest.raises(UnsupportedFileType):
            decode_text(random.Random(0).randbytes(4000))

    def test_an_executable_is_not_text(self) -> None:
        with pytest.raises(UnsupportedFileType):
            decode_text(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64)
