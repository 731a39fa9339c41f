"""Zip and XML safety: bombs and hostile XML are refused before they cost memory or time."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from extraction.documents.archive import SafeZip
from extraction.documents.errors import ArchiveBomb, CorruptFile, EncryptedFile
from extraction.documents.limits import MB, DocumentLimits
from extraction.documents.office import read_docx, read_odt
from tests.extraction.documents.builders import (
    docx_document,
    docx_paragraphs,
    make_docx,
    make_odt,
    make_zip,
    patch_zip_entry,
)

LIMITS = DocumentLimits()
BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "&lol;" * 10}">' for i in range(9))
    + "]>"
)


def _bomb_docx(size: int) -> bytes:
    """A DOCX whose document part inflates to ``size`` bytes of spaces (compresses ~1000 times)."""
    padding = " " * size
    return make_docx(docx_paragraphs("Vendeuse") + f"<w:p><w:r><w:t>{padding}</w:t></w:r></w:p>")


class TestSafeZip:
    def test_a_highly_compressed_part_is_a_bomb_before_it_is_inflated(self) -> None:
        data = _bomb_docx(20 * MB)
        assert len(data) < 100_000
        started = time.perf_counter()
        with pytest.raises(ArchiveBomb):
            read_docx(data, limits=LIMITS)
        assert time.perf_counter() - started < 0.1  # refused from the directory alone

    def test_parts_inflating_beyond_the_budget_are_a_bomb(self) -> None:
        limits = DocumentLimits(max_uncompressed_bytes=2 * MB, max_compression_ratio=10_000)
        with pytest.raises(ArchiveBomb):
            SafeZip(_bomb_docx(3 * MB), limits=limits)

    def test_too_many_parts_are_a_bomb(self) -> None:
        extra: dict[str, bytes | str] = {f"word/media/image{i}.png": b"x" for i in range(20)}
        data = make_docx(docx_paragraphs("Vendeuse"), extra=extra)
        with pytest.raises(ArchiveBomb):
            SafeZip(data, limits=DocumentLimits(max_zip_entries=10))

    def test_a_part_lying_about_its_size_is_not_inflated_past_it(self) -> None:
        data = patch_zip_entry(_bomb_docx(2 * MB), "word/document.xml", file_size=5_000)
        with pytest.raises(CorruptFile):
            read_docx(data, limits=LIMITS)

    def test_an_encrypted_part_is_an_encrypted_file(self) -> None:
        data = patch_zip_entry(make_docx(docx_paragraphs("Vendeuse")), "word/document.xml", flags=1)
        with pytest.raises(EncryptedFile):
            read_docx(data, limits=LIMITS)

    @pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
    def test_a_truncated_archive_is_a_corrupt_file(self, cut: float) -> None:
        data = make_docx(docx_paragraphs(*["Accueil des clients"] * 100))
        with pytest.raises(CorruptFile):
            read_docx(data[: int(len(data) * cut)], limits=LIMITS)

    def test_a_part_compressed_other_than_by_deflate_is_a_corrupt_file(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_BZIP2) as archive:
            archive.writestr("word/document.xml", docx_document(docx_paragraphs("Vendeuse")))
        with pytest.raises(CorruptFile, match="compression"):
            read_docx(buffer.getvalue(), limits=LIMITS)

    def test_garbage_after_the_zip_signature_is_a_corrupt_file(self) -> None:
        with pytest.raises(CorruptFile):
            SafeZip(b"PK\x03\x04" + bytes(range(256)) * 8, limits=LIMITS)


class TestXmlSafety:
    def test_a_docx_with_entity_expansion_is_refused_at_once(self) -> None:
        data = make_docx(docx_paragraphs("&lol8;"), prolog=BILLION_LAUGHS)
        started = time.perf_counter()
        with pytest.raises(CorruptFile, match="DTD"):
            read_docx(data, limits=LIMITS)
        assert time.perf_counter() - started < 0.1

    def test_a_docx_with_a_bare_doctype_is_refused(self) -> None:
        data = make_docx(docx_paragraphs("Vendeuse"), prolog="<!DOCTYPE w:document>")
        with pytest.raises(CorruptFile, match="DTD"):
            read_docx(data, limits=LIMITS)

    def test_an_external_entity_is_refused(self) -> None:
        prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        data = make_zip(
            {"word/document.xml": docx_document(docx_paragraphs("&xxe;"), prolog=prolog)}
        )
        with pytest.raises(CorruptFile):
            read_docx(data, limits=LIMITS)

    def test_an_odt_with_a_doctype_is_refused(self) -> None:
        data = make_odt("<text:p>Vendeuse</text:p>", prolog='<!DOCTYPE x [<!ENTITY a "b">]>')
        with pytest.raises(CorruptFile, match="DTD"):
            read_odt(data, limits=LIMITS)

    def test_xml_of_too_many_elements_is_refused_while_parsing(self) -> None:
        data = make_docx("<w:p/>" * 2_000)
        with pytest.raises(ArchiveBomb, match="elements"):
            read_docx(data, limits=DocumentLimits(max_xml_elements=1_000))

    def test_an_odt_zip_bomb_is_refused(self) -> None:
        data = make_odt(f"<text:p>Vendeuse{' ' * (20 * MB)}</text:p>")
        with pytest.raises(ArchiveBomb):
            read_odt(data, limits=LIMITS)
