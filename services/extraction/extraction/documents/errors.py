"""Why an uploaded document cannot become text: one error per cause, each with a stable code."""

from __future__ import annotations

from shared.errors import AppError, PayloadTooLarge, Unprocessable


class DocumentError(AppError):
    """Base of every refusal of an uploaded document, to catch them all at once."""


class EmptyDocument(DocumentError, Unprocessable):
    code = "empty_document"


class CorruptFile(DocumentError, Unprocessable):
    code = "corrupt_file"


class ScannedPdf(DocumentError, Unprocessable):
    code = "scanned_pdf"


class EncryptedFile(DocumentError, Unprocessable):
    code = "encrypted_file"


class NotFrench(DocumentError, Unprocessable):
    code = "not_french"


class FileTooLarge(DocumentError, PayloadTooLarge):
    code = "file_too_large"


class TooManyPages(DocumentError, PayloadTooLarge):
    code = "too_many_pages"


class TextTooLong(DocumentError, PayloadTooLarge):
    code = "text_too_long"


class ArchiveBomb(DocumentError, PayloadTooLarge):
    code = "archive_bomb"


class UnsupportedFileType(DocumentError):
    status_code = 415
    code = "unsupported_file_type"
