"""Documents built in memory for the tests: PDF written by hand, DOCX and ODT zipped from XML."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)

# ---- PDF -------------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi encoding, accents as octal escapes."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


def _page_content(lines: Sequence[str], *, image: bool) -> bytes:
    ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
    ops += [_pdf_string(line) + b" Tj T*" for line in lines]
    ops.append(b"ET")
    if image:
        ops.append(b"q 400 0 0 500 72 200 cm /Im1 Do Q")
    return b"\n".join(ops)


def _serialize(objects: dict[int, bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_pdf(pages: Sequence[Sequence[str]], *, image: bool = False) -> bytes:
    """A PDF with one text line per string (Helvetica, WinAnsi), and a scanned-like image."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\x80\x80\xff\nendstream",
    }
    kids = []
    for index, lines in enumerate(pages):
        page, contents = 5 + 2 * index, 6 + 2 * index
        content = _page_content(lines, image=image)
        xobjects = b"/XObject << /Im1 4 0 R >>" if image else b""
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> %s >> >>" % (contents, xobjects)
        )
        objects[contents] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
        kids.append(b"%d 0 R" % page)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return _serialize(objects)


# ---- zip-based documents ---------------------------------------------------------------------


def make_zip(entries: dict[str, bytes | str], *, stored: Sequence[str] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


def docx_paragraphs(*lines: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)


def docx_document(body: str, *, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}</w:body></w:document>"
    )


def make_docx(body: str, *, prolog: str = "", extra: dict[str, bytes | str] | None = None) -> bytes:
    """A DOCX whose body is ``body`` (WordprocessingML, the w: prefix bound)."""
    return make_zip(
        {
            "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"/>',
            "_rels/.rels": '<?xml version="1.0"?><Relationships/>',
            "word/document.xml": docx_document(body, prolog=prolog),
            **(extra or {}),
        }
    )


def odt_content(body: str, *, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        "<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def make_odt(body: str, *, prolog: str = "", mimetype: str = ODT_MIMETYPE) -> bytes:
    """An ODT whose office:text is ``body`` (text:, table:, draw:, svg: prefixes bound)."""
    return make_zip(
        {
            "mimetype": mimetype,
            "META-INF/manifest.xml": ODT_MANIFEST,
            "content.xml": odt_content(body, prolog=prolog),
        },
        stored=["mimetype"],
    )


def patch_zip_entry(
    data: bytes, name: str, *, file_size: int | None = None, flags: int = 0
) -> bytes:
    """Rewrite one entry's declared size or flags, in its local and central headers (lies)."""
    patched = bytearray(data)
    encoded = name.encode()
    for signature, size_at, flags_at, name_at in (
        (b"PK\x03\x04", 22, 6, 30),
        (b"PK\x01\x02", 24, 8, 46),
    ):
        start = 0
        while (start := patched.find(signature, start)) != -1:
            if patched[start + name_at : start + name_at + len(encoded)] == encoded:
                if file_size is not None:
                    struct.pack_into("<I", patched, start + size_at, file_size)
                old = struct.unpack_from("<H", patched, start + flags_at)[0]
                struct.pack_into("<H", patched, start + flags_at, old | flags)
            start += 4
    return bytes(patched)
