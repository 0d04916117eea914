"""Text and tables of a Word (.docx) plan, with python-docx.

The document body is read in order: each paragraph (a heading as a line marked with its level,
:mod:`~councilkg.documents.wordheadings`; a list item with the bullet or number Word shows before
it, which Word keeps outside the text: :mod:`~councilkg.documents.wordlists`) is one line, and a line
break inside a paragraph starts a new line; an empty paragraph is a blank line. Content controls
(``w:sdt``, e.g. a table of contents) are read as the body around them. Each table is written as
tab-separated rows: a cell's paragraphs, and the cells of a table nested in it, are joined by
spaces; a cell merged across columns appears once; a cell continuing a vertical merge is empty;
columns a row leaves out at its start (``gridBefore``) are empty cells.

Headers, footers, footnotes, comments, text boxes and deleted text (tracked changes) are not part
of the body and are skipped; inserted text is kept.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from councilkg.documents.budget import Meter
from councilkg.documents.extracted import ExtractedText, TextBuilder, describe_error, flatten
from councilkg.documents.wordheadings import HeadingLevels
from councilkg.documents.wordlists import ListMarks
from councilkg.errors import ExtractionBudgetError, LoaderError

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: A .docx is a zip; its parts, unpacked, may not exceed this (a small hostile file can unpack to gigabytes).
MAX_UNPACKED_BYTES = 300 * 1024 * 1024

#: Bytes of a part unpacked at a time while its XML is counted.
SCAN_CHUNK = 1024 * 1024
_TEXT = re.compile(rb">([^<]+)")  # text between a tag and the next

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Runs in the paragraph, in hyperlinks, insertions, fields and inline controls; not in text boxes
# (their own paragraphs) nor deletions.
_RUNS = ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:del) and not(ancestor::w:moveFrom)]"


def extract_docx(path: Path, meter: Meter | None = None) -> ExtractedText:
    """Return the text of the Word document at ``path``: paragraphs as lines, tables as tab-separated rows.

    Raises:
        LoaderError: the file is not a Word .docx document (a legacy .doc, another zip, a text
            file), unpacks to more than :data:`MAX_UNPACKED_BYTES`, is damaged, or holds no text.
        ExtractionBudgetError: its text (a tab for each cell included) passes ``meter``'s budget,
            or reading it takes more time or memory; or, before python-docx parses them whole, its
            XML parts hold too much text or too many elements (:meth:`Meter.check_markup`).
    """
    meter = meter or Meter(path)
    _check_package(path, meter)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as error:
        raise LoaderError(path, "not a Word .docx file (not a zip package)") from error
    except ValueError as error:  # python-docx: the main part is not a word-processing document
        raise LoaderError(path, f"not a Word document: {flatten(str(error))}") from error
    except Exception as error:  # damaged XML or zip entries; a hostile file must not escape
        raise LoaderError(path, f"damaged Word file: {describe_error(error)}") from error
    builder = TextBuilder()
    try:
        _read_blocks(document.element.body, builder, meter, ListMarks(document), HeadingLevels(document))
    except ExtractionBudgetError:
        raise
    except Exception as error:
        raise LoaderError(path, f"cannot read the Word document's body: {describe_error(error)}") from error
    if not builder.has_text:
        raise LoaderError(path, "the Word document holds no text")
    return ExtractedText(
        text=builder.text(),
        source_format="docx",
        media_type=MEDIA_TYPE,
        pages=None,
        tables=builder.tables,
        headings=builder.marked_headings,
    )


def _check_package(path: Path, meter: Meter) -> None:
    """Refuse a file that is not a zip package, that would unpack to more than the limit, or whose
    XML would cost more than ``meter``'s budget to parse."""
    with path.open("rb") as stream:
        start = stream.read(8)
    if start == _OLE_MAGIC:
        raise LoaderError(
            path, "a Word 97-2003 (.doc) file, not .docx", hint="open it in Word and save it as .docx"
        )
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise LoaderError(path, "not a Word .docx file (not a zip package)") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise LoaderError(
            path, f"unpacks to {unpacked // (1024 * 1024)} MB; Word plans are read up to 300 MB unpacked"
        )
    try:
        with zipfile.ZipFile(path) as package:
            _count_markup(package, meter)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        ValueError,
        EOFError,
        RuntimeError,
        NotImplementedError,
    ) as error:
        raise LoaderError(path, f"damaged Word file: {describe_error(error)}") from error


def _count_markup(package: zipfile.ZipFile, meter: Meter) -> None:
    """Count the elements and text of the package's XML parts a chunk at a time, unpacked as they
    are read (python-docx parses each part whole, in one call no check can interrupt), on ``meter``;
    check time and memory after each chunk."""
    elements = text_chars = size = 0
    for info in package.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        carried, in_text = b"", False
        with package.open(info) as part:
            while chunk := part.read(SCAN_CHUNK):
                chunk = carried + chunk
                # A tag cut by the chunk's end is counted with the next chunk (unless it is huge).
                cut = chunk.rfind(b"<")
                carried = chunk[cut:] if chunk.rfind(b">") < cut and len(chunk) - cut < SCAN_CHUNK else b""
                chunk = chunk[: len(chunk) - len(carried)]
                elements += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
                text_chars += sum(map(len, _TEXT.findall(b">" + chunk if in_text else chunk)))
                in_text = chunk.rfind(b"<") <= chunk.rfind(b">")  # the text runs on into the next chunk
                size += len(chunk)
                meter.check_markup(info.filename, elements, text_chars, size)
                meter.check()


def _read_blocks(
    container: Any, builder: TextBuilder, meter: Meter, marks: ListMarks, headings: HeadingLevels
) -> None:
    """Add the paragraphs and tables directly in ``container`` (a body or content control) in order,
    counting their characters (a tab per cell) on ``meter``; a list paragraph starts with its mark,
    a heading paragraph's lines are marked with its level."""
    for child in container.iterchildren():
        meter.tick()
        if child.tag == f"{_W}p":
            text = _paragraph_text(child)
            mark = marks.mark(child)
            if text.strip():
                text = mark + text
            meter.add(len(text))
            level = headings.level(child)
            for line in text.split("\n"):
                builder.add_line(line, heading=level)
        elif child.tag == f"{_W}tbl":
            rows = _table_rows(child)
            meter.add(sum(len(cell) + 1 for row in rows for cell in row))
            builder.add_table(rows)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            _read_blocks(content if content is not None else child, builder, meter, marks, headings)


def _paragraph_text(paragraph: Any) -> str:
    """Return a paragraph's text; tabs are kept as tabs and every kind of break as a newline."""
    pieces: list[str] = []
    for run in paragraph.xpath(_RUNS):
        for item in run.iterchildren():
            tag = item.tag
            if tag == f"{_W}t":
                pieces.append(item.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                pieces.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                pieces.append("-")
    return "".join(pieces)


def _table_rows(table: Any) -> list[list[str]]:
    """Return a table's rows as lists of cell texts (merges resolved as the module docstring says)."""
    rows = []
    for row in _children(table, "tr"):
        cells = [""] * row.grid_before
        for cell in _children(row, "tc"):
            cells.append("" if cell.vMerge == "continue" else _cell_text(cell))
        rows.append(cells)
    return rows


def _cell_text(cell: Any) -> str:
    """Return the text of a table cell on one line: its paragraphs and nested tables, space-separated."""
    parts: list[str] = []
    for child in _children(cell, "p", "tbl"):
        if child.tag == f"{_W}p":
            parts.append(_paragraph_text(child))
        else:
            parts.extend(" ".join(row) for row in _table_rows(child))
    return flatten(" ".join(parts))


def _children(element: Any, *names: str) -> Iterator[Any]:
    """Yield the children of ``element`` tagged ``w:`` + one of ``names``, looking inside content controls."""
    tags = {f"{_W}{name}" for name in names}
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            yield from _children(content if content is not None else child, *names)
