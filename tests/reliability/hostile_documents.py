"""Small hostile documents that ask for a great deal when read, written byte by byte for the tests.

Each PDF is a valid file of a few kilobytes: its content streams are compressed (FlateDecode), so
a kilobyte inflates to a megabyte of drawing operators.
"""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_file(objects: list[bytes]) -> bytes:
    """Return a PDF whose numbered objects are ``objects`` (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """Return a compressed stream object holding ``data``, with ``extra`` dictionary entries."""
    packed = zlib.compress(data, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"
    )


def _one_page(
    content: bytes, resources: bytes = b"/Font << /F1 5 0 R >>", more: list[bytes] | None = None
) -> bytes:
    return pdf_file(_page_objects(stream(content), resources, more))


def _page_objects(
    content: bytes, resources: bytes = b"/Font << /F1 5 0 R >>", more: list[bytes] | None = None
) -> list[bytes]:
    """Return the objects of a one-page PDF whose content stream object is ``content``."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
        + resources
        + b" >> >>",
        content,
        FONT,
        *(more or []),
    ]


def inflation_bomb(spaces: int) -> bytes:
    """Return a one-page PDF whose content stream is a word and then ``spaces`` spaces, compressed:
    about a thousandth of their size in the file."""
    packer = zlib.compressobj(9)
    packed = [packer.compress(b"BT /F1 12 Tf 72 700 Td (Plan) Tj ET ")]
    chunk = b" " * 1_000_000
    for _ in range(spaces // len(chunk)):
        packed.append(packer.compress(chunk))
    packed.append(packer.compress(b" " * (spaces % len(chunk))) + packer.flush())
    data = b"".join(packed)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return pdf_file(_page_objects(content))


def glyph_bomb(operators: int, run: int = 10) -> bytes:
    """Return a one-page PDF whose content stream shows ``run`` glyphs ``operators`` times."""
    text = b"(" + b"A" * run + b") Tj "
    return _one_page(b"BT /F1 12 Tf 72 700 Td " + text * operators + b"ET")


def xobject_bomb(levels: int, fan_out: int, run: int = 100) -> bytes:
    """Return a PDF whose page draws a form that draws another ``fan_out`` times, ``levels`` deep:
    ``run * fan_out ** levels`` glyphs from a file of a kilobyte or two."""
    forms = []
    first = 6  # objects 1-5 are the catalog, pages, page, content and font
    for level in range(levels + 1):
        if level == 0:
            content = b"BT /F1 12 Tf 72 700 Td (" + b"A" * run + b") Tj ET"
            resources = b"/Resources << /Font << /F1 5 0 R >> >>"
        else:
            content = b"/X Do " * fan_out
            resources = b"/Resources << /XObject << /X %d 0 R >> >>" % (first + level - 1)
        forms.append(stream(content, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources))
    top = first + levels
    return _one_page(b"/X Do", b"/XObject << /X %d 0 R >>" % top, forms)


def path_bomb(rectangles: int) -> bytes:
    """Return a one-page PDF drawing ``rectangles`` filled rectangles, a table ruled a thousand times over."""
    drawing = b"".join(b"%d %d 2 2 re f " % (i % 600, (i // 600) % 790) for i in range(rectangles))
    return _one_page(b"BT /F1 12 Tf 72 700 Td (Plan) Tj ET " + drawing)


def many_pages(pages: int) -> bytes:
    """Return a PDF of ``pages`` pages, each its own small page object drawing one shared content stream."""
    first = 5  # objects 1-4 are the catalog, pages, content and font
    kids = b" ".join(b"%d 0 R" % (first + index) for index in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    )
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            stream(b"BT /F1 12 Tf 72 700 Td (Page) Tj ET"),
            FONT,
            *([page] * pages),
        ]
    )


def grid_bomb(rules: int) -> bytes:
    """Return a one-page PDF ruled by ``rules`` horizontal and ``rules`` vertical lines: ``rules ** 2``
    crossings and cells for a table finder, from a few thousand drawing operators."""
    step_x, step_y = 600 / rules, 790 / rules
    across = b"".join(b"0 %.2f m 600 %.2f l S " % (i * step_y, i * step_y) for i in range(rules))
    down = b"".join(b"%.2f 0 m %.2f 790 l S " % (i * step_x, i * step_x) for i in range(rules))
    return _one_page(b"BT /F1 12 Tf 72 700 Td (Plan) Tj ET " + across + down)


_WORD_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WORD_PARTS = {
    "[Content_Types].xml": (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Target="word/document.xml" '
        b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    ),
}


def word_document(body: bytes) -> bytes:
    """Return a Word .docx package (written with ``zipfile``, compressed) whose body is a paragraph
    "Plan" followed by the XML ``body``."""
    import io
    import zipfile

    document = (
        b'<?xml version="1.0"?><w:document xmlns:w="' + _WORD_NS + b'"><w:body>'
        b"<w:p><w:r><w:t>Plan</w:t></w:r></w:p>" + body + b"</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in {**_WORD_PARTS, "word/document.xml": document}.items():
            package.writestr(name, data)
    return out.getvalue()
