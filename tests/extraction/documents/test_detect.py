"""Telling formats apart: the content decides, a claim that the content belies is refused."""

from __future__ import annotations

import pytest

from extraction.documents.detect import detect_format
from extraction.documents.errors import EncryptedFile, UnsupportedFileType
from extraction.documents.limits import DocumentLimits
from tests.extraction.documents.builders import (
    docx_paragraphs,
    make_docx,
    make_odt,
    make_pdf,
    make_zip,
)

LIMITS = DocumentLimits()
TEXT = "Vendeuse à Lyon".encode()


def _detect(data: bytes, filename: str | None = None, content_type: str | None = None) -> str:
    return detect_format(data, filename=filename, content_type=content_type, limits=LIMITS)


class TestDetectFormat:
    def test_pdf_docx_odt_are_known_by_their_bytes_whatever_their_name(self) -> None:
        assert _detect(make_pdf([["CV"]]), "cv.txt") == "pdf"
        assert _detect(make_docx(docx_paragraphs("CV")), "cv.doc") == "docx"
        assert _detect(make_odt("<text:p>CV</text:p>"), None, "application/octet-stream") == "odt"

    def test_a_pdf_header_after_some_junk_is_found(self) -> None:
        assert _detect(b"\r\n" * 10 + make_pdf([["CV"]])) == "pdf"

    @pytest.mark.parametrize(
        ("filename", "content_type"),
        [(None, None), ("cv.txt", "text/plain; charset=utf-8"), ("cv", "application/octet-stream")],
    )
    def test_unsigned_bytes_are_text_when_nothing_says_otherwise(
        self, filename: str | None, content_type: str | None
    ) -> None:
        assert _detect(TEXT, filename, content_type) == "txt"

    @pytest.mark.parametrize(
        ("filename", "content_type"),
        [("cv.pdf", None), ("cv.docx", None), (None, "application/pdf"), ("cv.txt", "image/png")],
    )
    def test_text_claiming_another_format_is_refused(
        self, filename: str | None, content_type: str | None
    ) -> None:
        with pytest.raises(UnsupportedFileType):
            _detect(TEXT, filename, content_type)

    @pytest.mark.parametrize("filename", ["cv.html", "cv.exe", "photo.jpg", "cv.rtf"])
    def test_text_named_as_an_unsupported_format_is_refused(self, filename: str) -> None:
        with pytest.raises(UnsupportedFileType):
            _detect(TEXT, filename)

    @pytest.mark.parametrize(
        "data",
        [
            b"\x89PNG\r\n\x1a\n" + bytes(100),
            b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100),
            b"GIF89a" + bytes(100),
            b"\x00\x00\x00\x18ftypheic" + bytes(100),
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            b"{\\rtf1\\ansi Vendeuse}",
        ],
        ids=["png", "jpeg", "gif", "heic", "doc", "rtf"],
    )
    def test_images_legacy_doc_and_rtf_are_refused(self, data: bytes) -> None:
        with pytest.raises(UnsupportedFileType):
            _detect(data, "cv.txt")

    def test_a_password_protected_office_file_is_encrypted(self) -> None:
        data = (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + bytes(500)
            + "EncryptedPackage".encode("utf-16-le")
        )
        with pytest.raises(EncryptedFile):
            _detect(data, "cv.docx")

    @pytest.mark.parametrize(
        "entries",
        [
            {"xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>"},
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
            {"notes.txt": "Vendeuse"},
        ],
        ids=["xlsx", "ods", "zip"],
    )
    def test_other_zip_archives_are_refused(self, entries: dict[str, bytes | str]) -> None:
        with pytest.raises(UnsupportedFileType):
            _detect(make_zip(entries), "cv.docx")
