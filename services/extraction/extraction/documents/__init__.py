"""Read uploaded CVs (PDF, DOCX, ODT, text) into French text, refusing unsafe or unusable files."""

from extraction.documents.errors import (
    ArchiveBomb,
    CorruptFile,
    DocumentError,
    EmptyDocument,
    EncryptedFile,
    FileTooLarge,
    NotFrench,
    ScannedPdf,
    TextTooLong,
    TooManyPages,
    UnsupportedFileType,
)
from extraction.documents.language import LanguageVerdict, judge_language, looks_french
from extraction.documents.limits import DocumentLimits
from extraction.documents.reader import DocumentText, read_document

__all__ = [
    "ArchiveBomb",
    "CorruptFile",
    "DocumentError",
    "DocumentLimits",
    "DocumentText",
    "EmptyDocument",
    "EncryptedFile",
    "FileTooLarge",
    "LanguageVerdict",
    "NotFrench",
    "ScannedPdf",
    "TextTooLong",
    "TooManyPages",
    "UnsupportedFileType",
    "judge_language",
    "looks_french",
    "read_document",
]
