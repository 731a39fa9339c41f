"""read_document: every supported upload becomes French text, every other one a clear error."""

from __future__ import annotations

import pytest

from extraction.documents import (
    ArchiveBomb,
    CorruptFile,
    DocumentError,
    DocumentLimits,
    EmptyDocument,
    EncryptedFile,
    FileTooLarge,
    NotFrench,
    ScannedPdf,
    TextTooLong,
    TooManyPages,
    UnsupportedFileType,
    read_document,
)
from shared.errors import AppError
from tests.extraction.documents.builders import docx_paragraphs, make_docx, make_odt, make_pdf

CV_LINES = [
    "Marie Dupont",
    "Expérience professionnelle",
    "2019-2023 : Vendeuse à Carrefour, Lyon",
    "Accueil et conseil de la clientèle, mise en rayon, encaissement",
    "Formation : BTS MUC",
]
CV_TEXT = "\n".join(CV_LINES)
ENGLISH = "I worked as a sales assistant for three years and I managed the store with my team."


class TestReadDocument:
    def test_a_pdf_cv_is_read_with_its_page_count(self) -> None:
        document = read_document(make_pdf([CV_LINES]), filename="cv.pdf")
        assert (document.text, document.format, document.pages) == (CV_TEXT, "pdf", 1)

    def test_a_docx_cv_is_read(self) -> None:
        data = make_docx(docx_paragraphs(*CV_LINES))
        document = read_document(data, filename="cv.docx", content_type="application/octet-stream")
        assert (document.text, document.format, document.pages) == (CV_TEXT, "docx", None)

    def test_an_odt_cv_is_read(self) -> None:
        data = make_odt("".join(f"<text:p>{line}</text:p>" for line in CV_LINES))
        assert read_document(data, filename="cv.odt").text == CV_TEXT

    def test_a_text_cv_is_read_and_cleaned(self) -> None:
        data = ("\ufeff" + CV_TEXT.replace("\n", "  \r\n") + "\r\n\r\n\r\n").encode("utf-8")
        document = read_document(data, filename="cv.txt", content_type="text/plain")
        assert (document.text, document.format) == (CV_TEXT, "txt")

    def test_words_cut_at_pdf_line_ends_are_joined(self) -> None:
        pdf = read_document(make_pdf([["Mes compé-", "tences en vente"]]))
        assert pdf.text == "Mes compétences en vente"

    def test_an_english_document_is_not_french(self) -> None:
        with pytest.raises(NotFrench, match="en"):
            read_document(make_docx(docx_paragraphs(ENGLISH)))

    def test_the_language_check_can_be_left_to_the_caller(self) -> None:
        assert read_document(ENGLISH.encode(), require_french=False).text == ENGLISH

    @pytest.mark.parametrize("data", [b"", b"  \r\n\t \n"], ids=["no-bytes", "blank"])
    def test_an_empty_file_is_an_empty_document(self, data: bytes) -> None:
        with pytest.raises(EmptyDocument):
            read_document(data, filename="cv.txt")

    def test_a_docx_without_text_is_an_empty_document(self) -> None:
        with pytest.raises(EmptyDocument):
            read_document(make_docx(docx_paragraphs("", " ")))

    def test_a_file_over_the_size_limit_is_refused_before_reading(self) -> None:
        with pytest.raises(FileTooLarge):
            read_document(b"%PDF-" + bytes(200), limits=DocumentLimits(max_bytes=100))

    def test_text_over_the_limit_is_refused(self) -> None:
        with pytest.raises(TextTooLong):
            read_document(CV_TEXT.encode(), limits=DocumentLimits(max_chars=50))

    def test_a_scanned_pdf_asks_for_ocr(self) -> None:
        with pytest.raises(ScannedPdf):
            read_document(make_pdf([[]], image=True), filename="scan.pdf")


class TestErrors:
    @pytest.mark.parametrize(
        ("error", "status", "code"),
        [
            (EmptyDocument, 422, "empty_document"),
            (FileTooLarge, 413, "file_too_large"),
            (TooManyPages, 413, "too_many_pages"),
            (CorruptFile, 422, "corrupt_file"),
            (ScannedPdf, 422, "scanned_pdf"),
            (ArchiveBomb, 413, "archive_bomb"),
            (UnsupportedFileType, 415, "unsupported_file_type"),
            (EncryptedFile, 422, "encrypted_file"),
            (NotFrench, 422, "not_french"),
            (TextTooLong, 413, "text_too_long"),
        ],
    )
    def test_each_refusal_has_its_status_and_code(
        self, error: type[DocumentError], status: int, code: str
    ) -> None:
        raised = error("message")
        assert isinstance(raised, AppError)
        assert (raised.status_code, raised.code, raised.message) == (status, code, "message")
