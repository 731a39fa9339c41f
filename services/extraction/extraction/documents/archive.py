"""Read zip-based documents (DOCX, ODT) without letting a bomb or a hostile XML hurt us.

Every entry of the zip directory is checked against the limits before anything is inflated, and
entries are then inflated chunk by chunk under the same caps, since a directory can lie. XML is
parsed by expat as a stream; a DTD is refused outright: office formats never carry one, and
entity definitions are what XML bombs are made of.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import NoReturn, Protocol
from xml.parsers import expat

from extraction.documents.errors import ArchiveBomb, CorruptFile, EncryptedFile
from extraction.documents.limits import MB, DocumentLimits

CHUNK_BYTES = 64 * 1024
RATIO_FLOOR_BYTES = 1 * MB  # an entry this small cannot hurt, whatever its compression ratio
_ENCRYPTED_FLAG = 0x1
# Office files only deflate; bzip2 and LZMA members inflate a whole read at once, unbounded.
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_INFLATE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)


class SafeZip:
    """A zip archive whose directory passed the limits; members are read under the same caps."""

    def __init__(self, data: bytes, *, limits: DocumentLimits) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (*_INFLATE_ERRORS, ValueError) as exc:
            raise CorruptFile("The document is a damaged zip archive.") from exc
        self._limits = limits
        self._entries = {info.filename: info for info in self._zip.infolist()}
        self._budget = limits.max_uncompressed_bytes
        _check_directory(self._zip.infolist(), limits=limits)

    def has(self, name: str) -> bool:
        return name in self._entries

    def chunks(self, name: str) -> Iterator[bytes]:
        """The inflated bytes of one member, chunk by chunk, stopped as soon as a cap is crossed."""
        info = self._entries[name]
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise EncryptedFile("The document is protected by a password.")
        inflated = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(CHUNK_BYTES):
                    inflated += len(chunk)
                    self._budget -= len(chunk)
                    _check_inflated(
                        info, inflated=inflated, budget=self._budget, limits=self._limits
                    )
                    yield chunk
        except _INFLATE_ERRORS as exc:
            raise CorruptFile(f"The document's part {name!r} is damaged.") from exc

    def read(self, name: str) -> bytes:
        return b"".join(self.chunks(name))


def _check_directory(entries: list[zipfile.ZipInfo], *, limits: DocumentLimits) -> None:
    if len(entries) > limits.max_zip_entries:
        raise ArchiveBomb(f"The document holds more than {limits.max_zip_entries} parts.")
    if sum(info.file_size for info in entries) > limits.max_uncompressed_bytes:
        raise ArchiveBomb("The document would inflate beyond the allowed size.")
    for info in entries:
        if info.compress_type not in _COMPRESSIONS:
            raise CorruptFile(f"The document's part {info.filename!r} uses an unknown compression.")
        if _ratio_too_high(info.file_size, info.compress_size, limits=limits):
            raise ArchiveBomb(f"The document's part {info.filename!r} is compressed suspiciously.")


def _check_inflated(
    info: zipfile.ZipInfo, *, inflated: int, budget: int, limits: DocumentLimits
) -> None:
    if inflated > info.file_size:
        raise CorruptFile(f"The document's part {info.filename!r} is larger than it declares.")
    if budget < 0:
        raise ArchiveBomb("The document would inflate beyond the allowed size.")
    if _ratio_too_high(inflated, info.compress_size, limits=limits):
        raise ArchiveBomb(f"The document's part {info.filename!r} is compressed suspiciously.")


def _ratio_too_high(size: int, compressed: int, *, limits: DocumentLimits) -> bool:
    return size > RATIO_FLOOR_BYTES and size > limits.max_compression_ratio * max(compressed, 1)


class XmlHandler(Protocol):
    """Receives the events of an XML stream; names are in Clark notation, ``{namespace}local``."""

    def start(self, tag: str, attrs: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def text(self, data: str) -> None: ...


def _clark(name: str) -> str:
    return "{" + name if "}" in name else name


def _refuse_dtd(*_: object) -> NoReturn:
    raise CorruptFile("The document's XML declares a DTD or entities, which office files never do.")


def _new_parser(handler: XmlHandler, *, max_elements: int) -> expat.XMLParserType:
    elements = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal elements
        elements += 1
        if elements > max_elements:
            raise ArchiveBomb(f"The document's XML has more than {max_elements} elements.")
        handler.start(_clark(name), {_clark(key): value for key, value in attrs.items()})

    def end(name: str) -> None:
        handler.end(_clark(name))

    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.text
    return parser


def parse_xml(chunks: Iterator[bytes], handler: XmlHandler, *, max_elements: int) -> None:
    """Stream ``chunks`` of an XML document into ``handler``; damaged XML or a DTD is refused."""
    parser = _new_parser(handler, max_elements=max_elements)
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise CorruptFile(f"The document's XML is damaged ({exc}).") from exc
