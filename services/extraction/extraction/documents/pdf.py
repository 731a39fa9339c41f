"""Text of a PDF through pypdf: page by page, refused when locked, too long or only scanned."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError
from pypdf.generic import DictionaryObject

from extraction.documents.errors import (
    CorruptFile,
    DocumentError,
    EncryptedFile,
    ScannedPdf,
    TextTooLong,
    TooManyPages,
)
from extraction.documents.limits import DocumentLimits

# Fewer letters per page than this, beside images, is a scan (a page number, a scanner's stamp).
SCANNED_LETTERS_PER_PAGE = 20
MAX_FORM_DEPTH = 3  # images hide in form XObjects, which may nest
_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s")


def read_pdf(data: bytes, *, limits: DocumentLimits) -> tuple[str, int]:
    """The pages' text joined by blank lines, and the page count.

    pypdf fails on hostile or broken files in many ways (KeyError, RecursionError, zlib errors
    ...), so any failure of its own is reported as a damaged file.
    """
    try:
        return _read(data, limits=limits)
    except DocumentError:
        raise
    except Exception as exc:
        raise CorruptFile("The PDF is damaged and cannot be read.") from exc


def _read(data: bytes, *, limits: DocumentLimits) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data), strict=False)
    _unlock(reader)
    pages = len(reader.pages)
    if pages > limits.max_pages:
        raise TooManyPages(f"The PDF has {pages} pages; at most {limits.max_pages} are read.")
    texts = list(_page_texts(reader, max_chars=2 * limits.max_chars))
    letters = sum(c.isalpha() for text in texts for c in text)
    if letters < SCANNED_LETTERS_PER_PAGE * pages and _has_images(reader):
        raise ScannedPdf(
            "The PDF holds scanned images without a text layer: it needs OCR (text recognition)."
        )
    return "\n\n".join(texts), pages


def _unlock(reader: PdfReader) -> None:
    """Open a PDF locked only by an owner password (readable by anyone); refuse the others."""
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except (DependencyError, NotImplementedError) as exc:
        raise EncryptedFile("The PDF is encrypted with a method we cannot open.") from exc
    if not unlocked:
        raise EncryptedFile("The PDF is protected by a password.")


def _page_texts(reader: PdfReader, *, max_chars: int) -> Iterator[str]:
    chars = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        chars += len(text)
        if chars > max_chars:
            raise TextTooLong(f"The PDF's text is longer than {max_chars // 2} characters.")
        yield text


def _has_images(reader: PdfReader) -> bool:
    return any(_page_has_images(page) for page in reader.pages)


def _page_has_images(page: PageObject) -> bool:
    if _resources_have_images(page.get("/Resources"), depth=0):
        return True
    contents = page.get_contents()
    return contents is not None and _INLINE_IMAGE.search(contents.get_data()) is not None


def _resources_have_images(resources: object, *, depth: int) -> bool:
    resources = _resolved(resources)
    if not isinstance(resources, DictionaryObject) or depth > MAX_FORM_DEPTH:
        return False
    xobjects = _resolved(resources.get("/XObject"))
    if not isinstance(xobjects, DictionaryObject):
        return False
    for reference in xobjects.values():
        xobject = _resolved(reference)
        if not isinstance(xobject, DictionaryObject):
            continue
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            return True
        if subtype == "/Form" and _resources_have_images(
            xobject.get("/Resources"), depth=depth + 1
        ):
            return True
    return False


def _resolved(value: object) -> object:
    get_object = getattr(value, "get_object", None)
    return get_object() if callable(get_object) else value
