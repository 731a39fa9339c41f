"""Text of DOCX and ODT documents: one line per paragraph, heading, list item and table cell."""

from __future__ import annotations

from extraction.documents.archive import SafeZip, parse_xml
from extraction.documents.errors import CorruptFile, TextTooLong
from extraction.documents.limits import DocumentLimits

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_W = (
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}",
    "{http://purl.oclc.org/ooxml/wordprocessingml/main}",  # "strict" OOXML
)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
MAX_SPACES = 8  # <text:s text:c="..."/>: more would only be squeezed later


class _Lines:
    """Collects paragraphs as lines in reading order; paragraphs nest in text boxes and cells."""

    def __init__(self, *, max_chars: int) -> None:
        self._paragraphs: list[list[str]] = []
        self._sinks: list[list[str]] = [[]]  # the body, then each open table cell
        self._max_chars = max_chars
        self._chars = 0

    def open_paragraph(self) -> None:
        self._paragraphs.append([])

    def add(self, text: str) -> None:
        if not self._paragraphs:
            return
        self._paragraphs[-1].append(text)
        self._chars += len(text)
        if self._chars > self._max_chars:
            raise TextTooLong(f"The document's text is longer than {self._max_chars} characters.")

    def close_paragraph(self) -> None:
        if self._paragraphs:
            self._sinks[-1].append("".join(self._paragraphs.pop()))

    def open_cell(self) -> None:
        self._sinks.append([])

    def close_cell(self) -> None:
        if len(self._sinks) > 1:
            cell = self._sinks.pop()
            self._sinks[-1].extend(line for line in cell if line.strip())

    def text(self) -> str:
        return "\n".join(self._sinks[0])


class _DocxHandler:
    """WordprocessingML: ``w:p`` paragraphs of ``w:r`` runs; ``mc:Fallback`` repeats the text."""

    def __init__(self, lines: _Lines) -> None:
        self._lines = lines
        self._skipped = 0  # depth inside an mc:Fallback
        self._in_run = 0
        self._in_text = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:  # noqa: ARG002
        if self._skipped or tag == _MC_FALLBACK:
            self._skipped += 1
            return
        local = _local(tag, _W)
        if local == "p":
            self._lines.open_paragraph()
        elif local == "tc":
            self._lines.open_cell()
        elif local == "r":
            self._in_run += 1
        elif local == "t":
            self._in_text += 1
        elif self._in_run and local in _DOCX_RUN_TEXT:
            self._lines.add(_DOCX_RUN_TEXT[local])

    def end(self, tag: str) -> None:
        if self._skipped:
            self._skipped -= 1
            return
        local = _local(tag, _W)
        if local == "p":
            self._lines.close_paragraph()
        elif local == "tc":
            self._lines.close_cell()
        elif local == "r":
            self._in_run -= 1
        elif local == "t":
            self._in_text -= 1

    def text(self, data: str) -> None:
        if self._in_text and not self._skipped:
            self._lines.add(data)


# Elements of a run that stand for text; w:tab outside a run is a tab-stop definition.
_DOCX_RUN_TEXT = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


class _OdtHandler:
    """OpenDocument text: ``text:p`` and ``text:h`` paragraphs, inside lists, cells and frames."""

    def __init__(self, lines: _Lines) -> None:
        self._lines = lines
        self._skipped = 0  # depth inside comments, tracked deletions, alt text

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self._skipped or tag in _ODT_SKIPPED:
            self._skipped += 1
        elif tag in (f"{_TEXT}p", f"{_TEXT}h"):
            self._lines.open_paragraph()
        elif tag == f"{_TABLE}table-cell":
            self._lines.open_cell()
        elif tag == f"{_TEXT}s":
            self._lines.add(" " * min(_count(attrs.get(f"{_TEXT}c")), MAX_SPACES))
        elif tag == f"{_TEXT}tab":
            self._lines.add("\t")
        elif tag == f"{_TEXT}line-break":
            self._lines.add("\n")

    def end(self, tag: str) -> None:
        if self._skipped:
            self._skipped -= 1
        elif tag in (f"{_TEXT}p", f"{_TEXT}h"):
            self._lines.close_paragraph()
        elif tag == f"{_TABLE}table-cell":
            self._lines.close_cell()

    def text(self, data: str) -> None:
        if not self._skipped:
            # ODF collapses white space in paragraphs: a newline in the XML is a mere space
            self._lines.add(data.replace("\n", " ").replace("\r", " ").replace("\t", " "))


_ODT_SKIPPED = frozenset(
    {
        f"{_OFFICE}annotation",
        f"{_TEXT}tracked-changes",
        f"{_TEXT}note-citation",
        f"{_SVG}title",
        f"{_SVG}desc",
    }
)


def _local(tag: str, namespaces: tuple[str, ...]) -> str | None:
    for namespace in namespaces:
        if tag.startswith(namespace):
            return tag[len(namespace) :]
    return None


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


def zip_kind(archive: SafeZip) -> str | None:
    """The format of an office zip, docx or odt; None for others (spreadsheets, slides...)."""
    if archive.has("mimetype"):
        mimetype = archive.read("mimetype")[:200].decode("ascii", "replace").strip()
        return "odt" if mimetype.startswith(ODT_MIMETYPE) else None
    if archive.has("word/document.xml"):
        return "docx"
    return None


def read_docx(data: bytes, *, limits: DocumentLimits) -> str:
    """The text of a DOCX body (headers, footers and notes are left out)."""
    return _read_part(data, "word/document.xml", _DocxHandler, limits=limits)


def read_odt(data: bytes, *, limits: DocumentLimits) -> str:
    """The text of an ODT body, text boxes and footnotes included, comments left out."""
    return _read_part(data, "content.xml", _OdtHandler, limits=limits)


def _read_part(
    data: bytes,
    part: str,
    handler: type[_DocxHandler] | type[_OdtHandler],
    *,
    limits: DocumentLimits,
) -> str:
    archive = SafeZip(data, limits=limits)
    if not archive.has(part):
        raise CorruptFile(f"The document has no {part} part.")
    lines = _Lines(max_chars=2 * limits.max_chars)  # cleanup shrinks the raw text a little
    parse_xml(archive.chunks(part), handler(lines), max_elements=limits.max_xml_elements)
    return lines.text()
