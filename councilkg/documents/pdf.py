"""Text and tables of a PDF plan, with pdfplumber.

Pages are read in order. On each page, tables are found with pdfplumber's default ``lines``
strategy, which needs ruled cell borders: a borderless table comes out as ordinary text lines
(one per printed line, cells run together by spaces), for a profile or the generic loader to read.
Each table is written as tab-separated rows at its vertical position on the page; a multi-line
cell becomes one cell, its lines joined by spaces, and a cell pdfplumber reports as merged
(``None``) is empty, so a cell spanning two columns reads ``text\\t``. A table split by a page
break becomes two tables, each between blank lines.

Text outside the tables comes top to bottom, one line per paragraph: a printed line is joined to
the one above it when it carries on a wrapped paragraph — same font and size, the paragraph's line
spacing and left edge, not a new list item, and the line above ends where the first word of this one
would not have fitted before the right edge of the page's text. Anything else (headings, short
lines, list items, a paragraph that ended by choice) starts a new line. A page printed in two columns
of prose is read column by column (:mod:`councilkg.documents.pagecolumns`); on a page with
ruled tables, columns are read across.
Nothing else is skipped: running headers, footers and page numbers are kept, for the loaders to
recognise as page furniture. Typographic ligatures (``ﬁ``, ``ﬂ``...) are spelt out, and a
character printed twice at the same place (fake bold) is read once.

A PDF with no text on any page is refused as scanned; pages without text among pages with text
are named in :attr:`ExtractedText.warnings`.

Each glyph is counted against the document's extraction budget as pdfminer draws it, before
pdfplumber holds it (:mod:`councilkg.documents.budget`), so a small file that draws millions
of glyphs stops at the budget, not after filling the memory.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from councilkg.documents.budget import LAYOUT_GROWTH, Meter
from councilkg.documents.extracted import Box, ExtractedText, Position, TextBuilder, describe_error, union_box
from councilkg.documents.listmarks import is_marked
from councilkg.documents.pagecolumns import find_gutter, reading_flows
from councilkg.documents.pdfheadings import PrintedHeadings
from councilkg.errors import ExtractionBudgetError, LoaderError

if TYPE_CHECKING:
    from pdfplumber.page import Page

MEDIA_TYPE = "application/pdf"

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def extract_pdf(path: Path, meter: Meter | None = None) -> ExtractedText:
    """Return the text of the PDF at ``path``: lines outside tables, and tables as tab-separated rows.

    Raises:
        LoaderError: the file is not a PDF, is damaged, needs a password, or has no text layer on
            any page (a scanned PDF).
        ExtractionBudgetError: it has more pages, or draws more glyphs, or takes more time or memory
            than ``meter``'s budget (by default :data:`~councilkg.documents.budget.DEFAULT_BUDGET`).
    """
    with path.open("rb") as stream:
        start = stream.read(1024)
    if b"%PDF-" not in start:
        raise LoaderError(path, "not a PDF file (no %PDF- header)", hint="check the file's type")

    meter = meter or Meter(path)
    with _quiet_pdfminer(), _bounded_inflating(meter):
        return _extract(path, meter)


def _extract(path: Path, meter: Meter) -> ExtractedText:
    """Return the text of the PDF at ``path`` (see :func:`extract_pdf`)."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as error:
        raise _open_error(path, error) from error
    except Exception as error:  # a hostile file must not escape as a traceback
        raise LoaderError(path, f"cannot read PDF: {describe_error(error)}") from error
    try:
        headings = PrintedHeadings()
        pages, builder, pages_without_text, unmapped = _read_pages(path, pdf, meter, headings)
    finally:
        _close(pdf)
    if not pages:
        raise LoaderError(path, "PDF has no pages")
    if len(pages_without_text) == len(pages) or not builder.has_text:
        raise LoaderError(
            path,
            "no text layer: this looks like a scanned PDF",
            hint="run OCR first, e.g. `ocrmypdf --force-ocr plan.pdf plan-ocr.pdf`, and load the result",
        )
    warnings = tuple(
        f"page {number} has no text layer (a scanned page?); its content is missing"
        for number in pages_without_text
    ) + tuple(
        f"page {number}: {count} character(s) the PDF's font maps to no Unicode text were left out "
        "(often bullets or symbols)"
        for number, count in unmapped.items()
    )
    return ExtractedText(
        text=builder.text(),
        source_format="pdf",
        media_type=MEDIA_TYPE,
        pages=len(pages),
        tables=builder.tables,
        warnings=warnings,
        positions=dict(builder.positions),
        headings=headings.levels() or None,
    )


def _read_pages(
    path: Path, pdf: Any, meter: Meter, headings: PrintedHeadings | None = None
) -> tuple[list[Page], TextBuilder, list[int], dict[int, int]]:
    """Return the PDF's pages, their text in a builder, the numbers of the pages without text, and
    per page number the characters left out because the PDF maps them to no text; each line's type
    is noted in ``headings``."""
    try:
        pages = pdf.pages
    except Exception as error:
        raise LoaderError(path, f"damaged PDF, its pages cannot be read: {describe_error(error)}") from error
    meter.check_pages(len(pages))
    builder = TextBuilder()
    pages_without_text: list[int] = []
    unmapped: dict[int, int] = {}
    for number, page in enumerate(pages, start=1):
        try:
            meter.start_page(number)
            _lay_out(page, meter)
            read = _read_page(page, builder, number, headings)
            meter.check()  # finding tables and lines takes time too
            if not read.has_text:
                pages_without_text.append(number)
            if read.unmapped:
                unmapped[number] = read.unmapped
        except ExtractionBudgetError:
            raise
        except Exception as error:
            raise LoaderError(
                path, f"cannot read page {number} of the PDF: {describe_error(error)}"
            ) from error
        finally:
            page.close()  # frees the page's parsed objects; a long plan would hold them all
    return pages, builder, pages_without_text, unmapped


def _lay_out(page: Page, meter: Meter) -> None:
    """Lay the page out as pdfplumber's ``Page.layout`` does, counting each glyph and drawn path on
    ``meter`` as pdfminer draws it, and leave the result where pdfplumber looks for it."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _metered_device()(meter, page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    with meter.projecting(LAYOUT_GROWTH):
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()  # pdfplumber's cache of the layout (Page.layout reads it)


@cache
def _metered_device() -> type:
    """Return pdfplumber's layout device with each glyph and path counted (made once, when pdfplumber is)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class MeteredDevice(PDFPageAggregatorWithMarkedContent):
        def __init__(self, meter: Meter, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.meter = meter

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.meter.add(1)
            return super().render_char(*args, **kwargs)

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            self.meter.tick()
            super().paint_path(*args, **kwargs)

    return MeteredDevice


def _close(pdf: Any) -> None:
    """Close an open PDF, even a damaged one whose ``close`` fails re-reading its pages."""
    try:
        pdf.close()
    except Exception:  # pdfplumber's close walks the pages again; a damaged page raises there too
        if not getattr(pdf, "stream_is_external", True):
            pdf.stream.close()


@contextmanager
def _bounded_inflating(meter: Meter) -> Iterator[None]:
    """Have pdfminer inflate compressed streams no further than ``meter`` allows, while in this block.

    pdfminer inflates a stream with one ``zlib.decompress`` call, which no timer interrupts: a 500 KB
    PDF inflated to 500 MB, and a 100 MB one would ask for 100 GB. Its module's ``zlib`` is swapped
    for :class:`_BoundedZlib` meanwhile.
    """
    from pdfminer import pdftypes

    unbounded = pdftypes.zlib
    pdftypes.zlib = _BoundedZlib(meter)  # type: ignore[assignment]
    try:
        yield
    finally:
        pdftypes.zlib = unbounded


INFLATE_CHUNK = 16 * 1024 * 1024
"""Bytes inflated at a time, so a stream is refused within this much of its limit."""


class _BoundedZlib:
    """The part of ``zlib`` pdfminer uses, inflating at most the meter's limit per stream."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    def __init__(self, meter: Meter) -> None:
        self.meter = meter

    def decompress(self, data: bytes) -> bytes:
        """Return ``data`` inflated, refusing it past the limit (a truncated stream gives what it holds)."""
        inflater = zlib.decompressobj()
        pieces: list[bytes] = []
        size, pending = 0, data
        while pending or not pieces:
            piece = inflater.decompress(pending, INFLATE_CHUNK)
            size += len(piece)
            self.meter.inflating(size)
            self.meter.check()
            pieces.append(piece)
            pending = inflater.unconsumed_tail
        pieces.append(inflater.flush())
        return b"".join(pieces)


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """Hold back pdfminer's and pdfplumber's log warnings about damaged objects while a PDF is read.

    They would reach stderr through logging's last-resort handler, around the CLI's one-line output;
    what they are about is either recovered from or raised as a :class:`LoaderError`.
    """
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class PageRead(NamedTuple):
    """What reading one page found: whether it has text, and how many characters mapped to none."""

    has_text: bool
    unmapped: int = 0


def _read_page(
    page: Page, builder: TextBuilder, number: int = 1, headings: PrintedHeadings | None = None
) -> PageRead:
    """Add the page's lines and tables to ``builder`` top to bottom, each with where it was printed on
    page ``number``, noting each line's type in ``headings``; return what the page held."""
    if not page.chars:
        return PageRead(has_text=False)
    if headings is not None:
        headings.count_chars(page.chars)
    spelt = _Speller()
    if _has_doubled_chars(page.chars):
        page = page.dedupe_chars()  # slow, so only where needed
    tables = page.find_tables()
    boxes: list[Box] = [table.bbox for table in tables]
    text_page = page.filter(lambda obj: not _inside_any(obj, boxes)) if boxes else page
    items: list[tuple[int, float, float, int, Any]] = []
    printed = sorted(
        text_page.extract_text_lines(return_chars=True), key=lambda line: (line["top"], line["x0"])
    )
    gutter = None if tables else find_gutter(printed, float(page.width), line_cells)
    flows = reading_flows(printed, gutter) if gutter else [printed]
    borderless: list[BorderlessTable] = []
    rights: list[float] = []  # each flow's right edge: where its wrapped lines reach
    narrow: list[bool] = []  # each flow's text narrower than a page column's share of the page
    for flow_index, flow in enumerate(flows):
        found_here = find_borderless_tables(flow)
        in_borderless = {id(line) for table in found_here for line in table.lines}
        for line in flow:
            if id(line) not in in_borderless:
                items.append((flow_index, line["top"], line["x0"], 0, line))
        for found in found_here:
            items.append((flow_index, found.lines[0]["top"], found.lines[0]["x0"], 2, len(borderless)))
            borderless.append(found)
        rights.append(max((line["x1"] for line in flow), default=0.0))
        left_edge = min((line["x0"] for line in flow), default=0.0)
        narrow.append(rights[-1] - left_edge < NARROW_SHARE * float(page.width))
    for index, table in enumerate(tables):
        items.append((0, table.bbox[1], table.bbox[0], 1, index))
    previous: dict[str, Any] | None = None
    previous_flow = -1
    for flow_index, _top, _left, kind, content in sorted(items, key=lambda item: item[:4]):
        if kind == 0:
            text = spelt(content["text"])
            where = Position(number, _box(content))
            right = rights[flow_index]
            joins = previous is not None and _continues(previous, content, right, narrow[flow_index])
            if joins and previous_flow == flow_index:
                builder.extend_line(text, where)
                if headings is not None:
                    headings.note_wrapped(builder.last_line, content)
            else:
                builder.add_line(text, where)
                if headings is not None:
                    headings.note_line(builder.last_line, content)
            previous, previous_flow = content, flow_index
        elif kind == 1:
            previous = None
            ruled = tables[content]
            rows = ruled.extract()
            places = [Position(number, tuple(row.bbox)) for row in ruled.rows]
            builder.add_table([[spelt(cell) if cell else cell for cell in row] for row in rows], places)
        else:
            previous = None
            found = borderless[content]
            builder.add_table(
                [[spelt(cell) for cell in row] for row in found.rows],
                [Position(number, box) for box in found.boxes],
            )
    return PageRead(has_text=True, unmapped=spelt.unmapped)


def _box(line: dict[str, Any]) -> Box:
    return (float(line["x0"]), float(line["top"]), float(line["x1"]), float(line["bottom"]))


#: A gap between two characters of a printed line wider than this many times the font size parts
#: two cells of a borderless table; spaces between words are a quarter to a third of it.
CELL_GAP = 1.0
#: A borderless table has a header and at least this many rows, each with cells in two columns or more.
MIN_BORDERLESS_ROWS = 2


class BorderlessTable(NamedTuple):
    """A table printed without rules: its printed lines, its rows of cells and each row's box."""

    lines: list[dict[str, Any]]
    rows: list[list[str]]
    boxes: list[Box]


#: A gap wider than this many times the font size between two characters is a space between words.
WORD_GAP = 0.15


def line_cells(line: dict[str, Any]) -> list[tuple[float, float, str]]:
    """Return the cells of a printed line: (x0, x1, text) runs of characters parted by wide gaps.

    Words are parted where the PDF prints a space or leaves a gap wider than :data:`WORD_GAP` times
    the font size; cells where the gap is wider than :data:`CELL_GAP` times it.
    """
    cells: list[tuple[float, float, str]] = []
    start: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    text: list[str] = []
    for char in line["chars"]:
        if not char["text"].strip():
            if text and text[-1] != " ":
                text.append(" ")
            continue
        size = max(float(char["size"]), 1.0)
        gap = float(char["x0"]) - float(last["x1"]) if last is not None else 0.0
        if start is not None and last is not None and gap > CELL_GAP * size:
            cells.append((float(start["x0"]), float(last["x1"]), "".join(text).strip()))
            start, text = None, []
        elif text and gap > WORD_GAP * size and text[-1] != " ":
            text.append(" ")
        if start is None:
            start = char
        text.append(char["text"])
        last = char
    if start is not None and last is not None:
        cells.append((float(start["x0"]), float(last["x1"]), "".join(text).strip()))
    return [cell for cell in cells if cell[2]]


def find_borderless_tables(lines: list[dict[str, Any]]) -> list[BorderlessTable]:
    """Return the tables printed without rules among a page's printed lines (sorted top to bottom).

    A table starts at a line of two or more cells (its header) and takes the lines below whose
    cells fall under the header's columns: a line of two or more cells is a row; a line of one cell
    under a column other than the first, or close under the row above, carries on that row's cell
    (a wrapped cell). Each cell goes to the column whose header starts at or before it. A table
    needs :data:`MIN_BORDERLESS_ROWS` rows of two or more cells under two columns or more.
    """
    found: list[BorderlessTable] = []
    index = 0
    while index < len(lines):
        header = line_cells(lines[index])
        table = _borderless_from(lines, index, header) if len(header) >= 2 else None
        if table is None:
            index += 1
            continue
        found.append(table)
        index += len(table.lines)
    return found


def _borderless_from(
    lines: list[dict[str, Any]], start: int, header: list[tuple[float, float, str]]
) -> BorderlessTable | None:
    starts = [x0 for x0, _, _ in header]
    tolerance = 3.0

    def column(x0: float) -> int:
        return max((i for i, begin in enumerate(starts) if begin <= x0 + tolerance), default=0)

    rows: list[list[str]] = [[text for _, _, text in header]]
    boxes: list[Box] = [_box(lines[start])]
    used = [lines[start]]
    full_rows = 0
    for line in lines[start + 1 :]:
        cells = line_cells(line)
        above = used[-1]
        height = float(above["bottom"]) - float(above["top"])
        close = float(line["top"]) - float(above["bottom"]) <= 0.8 * height
        columns = [column(x0) for x0, _, _ in cells]
        if len(cells) >= 2 and len(set(columns)) >= 2:
            row = [""] * len(starts)
            for position, (_, _, text) in zip(columns, cells, strict=True):
                row[position] = f"{row[position]} {text}".strip()
            rows.append(row)
            boxes.append(_box(line))
            full_rows += 1
        elif len(cells) == 1 and len(rows) > 1 and (columns[0] > 0 or close):
            rows[-1][columns[0]] = f"{rows[-1][columns[0]]} {cells[0][2]}".strip()
            boxes[-1] = union_box(boxes[-1], _box(line))
        else:
            break
        used.append(line)
    if full_rows < MIN_BORDERLESS_ROWS:
        return None
    return BorderlessTable(used, rows, boxes)


#: Text narrower than this share of the page is set in a page column (see :func:`_continues`).
NARROW_SHARE = 0.6
#: A new list item's start, besides the shared marks (:func:`councilkg.documents.listmarks.is_marked`):
#: any letter with a stop ("e. "), a number with a stop before any word ("3. 2019 figures").
_LIST_ITEM = re.compile(r"^\s*(?:[•●▪■◦‣∙·*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _continues(above: dict[str, Any], line: dict[str, Any], right: float, narrow: bool = False) -> bool:
    """Return whether ``line`` carries on the paragraph of the printed line ``above`` (a wrapped line).

    It does when it follows at the paragraph's line spacing, in the same font and size, starting near
    the same left edge, not as a new list item (nor, in ``narrow`` text such as a page column, as a
    new sentence after one that ended the line above) — and ``above`` ends where the first word of
    ``line`` would not have fitted before the right edge of the page's text (so ``above`` was
    wrapped, not ended).
    """
    first, last = line["chars"][0], above["chars"][-1]
    if (first["fontname"], round(first["size"], 1)) != (last["fontname"], round(last["size"], 1)):
        return False
    height = above["bottom"] - above["top"]
    if not 0 < line["top"] - above["top"] <= 1.6 * height or abs(line["x0"] - above["x0"]) > 2 * height:
        return False
    if _LIST_ITEM.match(line["text"]) or is_marked(line["text"]):
        return False
    if narrow and above["text"].rstrip().endswith((".", "!", "?", ":", ";")) and line["text"][:1].isupper():
        # in a page column few words fit after a line's end, so a line ending a sentence may have
        # ended by choice: the next line may be the next item
        return False
    word = line["text"].split(" ", 1)[0]
    word_chars = line["chars"][: len(word)]
    word_width = word_chars[-1]["x1"] - word_chars[0]["x0"] if word_chars else 0.0
    space = first["size"] * 0.25
    return above["x1"] + space + word_width > right + 0.5


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """True when a character is printed twice at (almost) the same place, as some PDFs fake bold."""
    seen: set[tuple[str, int, int]] = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen and not char["text"].isspace():
            return True
        seen.add(key)
    return False


_UNMAPPED = re.compile(r"\(cid:\d+\)")
"""How pdfminer writes a character whose font gives it no Unicode text."""


class _Speller:
    """Spells out a page's text: ligatures as letters, and characters with no text left out, counted."""

    def __init__(self) -> None:
        self.unmapped = 0

    def __call__(self, text: str) -> str:
        """Return ``text`` with ligatures spelt out and pdfminer's ``(cid:N)`` placeholders removed."""
        text, removed = _UNMAPPED.subn("", text.translate(_LIGATURES))
        self.unmapped += removed
        return text


def _inside_any(obj: dict[str, Any], boxes: list[Box]) -> bool:
    """True when ``obj`` is a character whose centre lies in one of the table boxes."""
    if obj.get("object_type") != "char":
        return False
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _open_error(path: Path, wrapped: Exception) -> LoaderError:
    """Return the error for a PDF pdfminer refused to open, saying why when it is a known reason."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSException

    cause = wrapped.args[0] if wrapped.args and isinstance(wrapped.args[0], Exception) else wrapped
    if isinstance(cause, PDFPasswordIncorrect):
        return LoaderError(
            path,
            "PDF is encrypted with a password",
            hint="save an unprotected copy (`qpdf --decrypt --password=... in.pdf out.pdf`) and load that",
        )
    if isinstance(cause, PDFEncryptionError):
        return LoaderError(path, f"PDF uses encryption that cannot be read: {describe_error(cause)}")
    if isinstance(cause, PSException):
        return LoaderError(
            path, f"damaged PDF: {describe_error(cause)}", hint="re-save or repair it, e.g. with qpdf"
        )
    return LoaderError(path, f"cannot read PDF: {describe_error(cause)}")
