"""Reading PDFs: text page by page, and a clear refusal for each PDF we cannot use."""

from __future__ import annotations

import io

import pytest
from pypdf import PageObject, PdfReader, PdfWriter

from extraction.documents.errors import (
    CorruptFile,
    EncryptedFile,
    ScannedPdf,
    TextTooLong,
    TooManyPages,
)
from extraction.documents.limits import DocumentLimits
from extraction.documents.pdf import read_pdf
from tests.extraction.documents.builders import make_pdf

LIMITS = DocumentLimits()
CV_PAGE = [
    "Expérience professionnelle",
    "2019-2023 : Vendeuse à Carrefour, Lyon",
    "Accueil, conseil, mise en rayon, gestion des stocks",
]


def _encrypted(*, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([CV_PAGE]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class TestReadPdf:
    def test_text_is_read_with_its_accents_and_lines(self) -> None:
        text, pages = read_pdf(make_pdf([CV_PAGE]), limits=LIMITS)
        assert pages == 1
        assert text.strip() == "\n".join(CV_PAGE)

    def test_pages_are_joined_by_a_blank_line(self) -> None:
        text, pages = read_pdf(make_pdf([["Page un"], ["Page deux"]]), limits=LIMITS)
        assert pages == 2
        assert [part.strip() for part in text.split("\n\n")] == ["Page un", "Page deux"]

    def test_winansi_punctuation_and_ligature_letters_are_decoded(self) -> None:
        text, _ = read_pdf(make_pdf([["l’été, cœur « œuvre » – 10 €"]]), limits=LIMITS)
        assert text.strip() == "l’été, cœur « œuvre » – 10 €"

    def test_pages_of_images_only_are_a_scanned_pdf(self) -> None:
        with pytest.raises(ScannedPdf, match="OCR"):
            read_pdf(make_pdf([[], []], image=True), limits=LIMITS)

    def test_a_scan_with_a_stamp_of_text_is_still_a_scanned_pdf(self) -> None:
        with pytest.raises(ScannedPdf):
            read_pdf(make_pdf([["CamScanner"]], image=True), limits=LIMITS)

    def test_text_beside_a_photo_is_read(self) -> None:
        text, _ = read_pdf(make_pdf([CV_PAGE], image=True), limits=LIMITS)
        assert "Vendeuse" in text

    def test_a_blank_pdf_without_images_gives_no_text(self) -> None:
        text, pages = read_pdf(make_pdf([[]]), limits=LIMITS)
        assert (text.strip(), pages) == ("", 1)

    def test_too_many_pages_are_refused_before_any_text_is_extracted(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def fail(*_: object, **__: object) -> str:
            raise AssertionError("text extracted")

        monkeypatch.setattr(PageObject, "extract_text", fail)
        with pytest.raises(TooManyPages):
            read_pdf(make_pdf([["page"]] * 31), limits=LIMITS)

    def test_text_longer_than_the_limit_is_refused(self) -> None:
        with pytest.raises(TextTooLong):
            read_pdf(make_pdf([CV_PAGE] * 3), limits=DocumentLimits(max_chars=100))

    def test_a_pdf_locked_by_a_user_password_is_encrypted(self) -> None:
        with pytest.raises(EncryptedFile):
            read_pdf(_encrypted(user_password="secret"), limits=LIMITS)

    def test_a_pdf_locked_only_against_editing_is_read(self) -> None:
        text, _ = read_pdf(_encrypted(user_password=""), limits=LIMITS)
        assert "Vendeuse à Carrefour" in text

    @pytest.mark.parametrize(
        "data",
        [b"%PDF-1.4\n" + bytes(range(256)) * 4, b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"],
        ids=["garbage", "truncated"],
    )
    def test_a_damaged_pdf_is_a_corrupt_file(self, data: bytes) -> None:
        with pytest.raises(CorruptFile):
            read_pdf(data, limits=LIMITS)
