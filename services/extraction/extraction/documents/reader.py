"""Turn an uploaded CV (PDF, DOCX, ODT or plain text) into clean French text, or say why not."""

from __future__ import annotations

from dataclasses import dataclass

from extraction.documents.cleanup import clean_text
from extraction.documents.detect import DOCX, ODT, PDF, detect_format
from extraction.documents.errors import EmptyDocument, FileTooLarge, NotFrench, TextTooLong
from extraction.documents.language import judge_language
from extraction.documents.limits import DocumentLimits
from extraction.documents.office import read_docx, read_odt
from extraction.documents.pdf import read_pdf
from extraction.documents.plaintext import decode_text


@dataclass(frozen=True)
class DocumentText:
    """The text of a document, cleaned, with the format it was read as."""

    text: str
    format: str  # "pdf", "docx", "odt" or "txt"
    pages: int | None = None  # PDF only: the other formats have no fixed pages


def _raw_text(data: bytes, kind: str, *, limits: DocumentLimits) -> tuple[str, int | None]:
    if kind == PDF:
        return read_pdf(data, limits=limits)
    if kind == DOCX:
        return read_docx(data, limits=limits), None
    if kind == ODT:
        return read_odt(data, limits=limits), None
    return decode_text(data), None


def read_document(
    data: bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    limits: DocumentLimits = DocumentLimits(),
    require_french: bool = True,
) -> DocumentText:
    """The cleaned text of an uploaded document; each refusal is a ``DocumentError``.

    CPU-bound (PDF parsing above all): call it off the event loop.
    """
    if not data:
        raise EmptyDocument("The file is empty.")
    if len(data) > limits.max_bytes:
        raise FileTooLarge(f"The file is larger than {limits.max_bytes} bytes.")
    kind = detect_format(data, filename=filename, content_type=content_type, limits=limits)
    raw, pages = _raw_text(data, kind, limits=limits)
    text = clean_text(raw, from_pdf=kind == PDF)
    if not text:
        raise EmptyDocument("The document contains no text.")
    if len(text) > limits.max_chars:
        raise TextTooLong(f"The document's text is longer than {limits.max_chars} characters.")
    if require_french:
        verdict = judge_language(text)
        if not verdict.french:
            raise NotFrench(f"The document does not read as French (found: {verdict.language}).")
    return DocumentText(text=text, format=kind, pages=pages)
