"""Tell which format an upload is: by its first bytes, then by what its name and type claim.

The content decides: a PDF named ``cv.doc`` is read as a PDF. A name or type claiming another
format is only believed to refuse: bytes with no known signature are read as text only when
nothing claims they are something else.
"""

from __future__ import annotations

from pathlib import PurePath

from extraction.documents.archive import SafeZip
from extraction.documents.errors import EncryptedFile, UnsupportedFileType
from extraction.documents.limits import DocumentLimits
from extraction.documents.office import zip_kind

PDF, DOCX, ODT, TXT = "pdf", "docx", "odt", "txt"
PDF_HEADER_WINDOW = 1024  # readers accept a header preceded by junk up to this offset
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, or an encrypted DOCX
_ENCRYPTED_OFFICE = "EncryptedPackage".encode("utf-16-le")
_IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_EXTENSIONS = {".pdf": PDF, ".docx": DOCX, ".odt": ODT, ".txt": TXT, ".text": TXT, ".md": TXT}
_CONTENT_TYPES = {
    "application/pdf": PDF,
    "application/x-pdf": PDF,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCX,
    "application/vnd.oasis.opendocument.text": ODT,
    "text/plain": TXT,
    "text/markdown": TXT,
}
_NO_CLAIM = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_OTHER = "other"


def _claims(filename: str | None, content_type: str | None) -> set[str]:
    """The formats the name and the declared type stand for; "other" for unsupported ones."""
    claims = set()
    suffix = PurePath(filename or "").suffix.lower()
    if suffix:
        claims.add(_EXTENSIONS.get(suffix, _OTHER))
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type not in _NO_CLAIM:
        claims.add(_CONTENT_TYPES.get(media_type, _OTHER))
    return claims


def _refuse_known_binary(data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_OFFICE in data:
            raise EncryptedFile("The Office document is protected by a password.")
        raise UnsupportedFileType("Old Word .doc files are not read: save the CV as DOCX or PDF.")
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFileType("RTF files are not read: save the CV as DOCX or PDF.")
    if data.startswith(_IMAGE_MAGICS) or data[4:12] in (b"ftypheic", b"ftypmif1"):
        raise UnsupportedFileType("The file is an image: send a PDF or DOCX with text instead.")
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise UnsupportedFileType("The file is an image: send a PDF or DOCX with text instead.")


def _zip_format(data: bytes, *, limits: DocumentLimits) -> str:
    kind = zip_kind(SafeZip(data, limits=limits))
    if kind is None:
        raise UnsupportedFileType("The archive is neither a DOCX nor an ODT document.")
    return kind


def detect_format(
    data: bytes, *, filename: str | None, content_type: str | None, limits: DocumentLimits
) -> str:
    """The format of an upload: pdf, docx, odt or txt; anything else is refused as unsupported."""
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return PDF
    if data.startswith(_ZIP_MAGIC):
        return _zip_format(data, limits=limits)
    _refuse_known_binary(data)
    claims = _claims(filename, content_type) - {TXT}
    if _OTHER in claims:
        raise UnsupportedFileType("Only PDF, DOCX, ODT and plain-text files are read.")
    if claims:
        claimed = " or ".join(sorted(claims)).upper()
        raise UnsupportedFileType(f"The file is named or typed {claimed} but its content is not.")
    return TXT
