"""Text and tables of an HTML plan, with the standard library's ``html.parser``.

The page's bytes are decoded by their byte-order mark, else the charset a ``<meta>`` tag declares,
else as UTF-8, else as Windows-1252. ``<head>``, ``<script>``, ``<style>``, ``<template>`` and
``<title>`` are skipped; entities are decoded. Block elements (``p``, ``div``, ``h1``-``h6``,
``li``, ``section``...) start new lines, as does ``<br>``; inside a line whitespace is collapsed as
a browser would, except in ``<pre>``, whose newlines start new lines. Headings are plain lines. A
list item outside a table starts with the mark a browser shows for it — "• " in a ``<ul>``, "1. ",
"2. " … in an ``<ol>`` (from its ``start``, or "a) " for ``type="a"``) — as the text of a web page
copied from a browser reads, so the reading engine knows a list item from a line of prose.

Each ``<table>`` is written as tab-separated rows of its ``<td>`` and ``<th>`` cells (a cell's
blocks and line breaks joined by spaces; a nested table's cells join its outer cell's text). A cell
spanning columns appears once; where a cell spans rows, each later row gets an empty cell in its
place, as a vertically merged Word cell does. A ``<caption>`` is a line before the table's rows.
Omitted end tags (``</td>``, ``</tr>``) are closed as browsers close them. Tables nested more than
:data:`MAX_TABLE_DEPTH` deep are refused. The walk is linear in the page: a nested table's cells are
handed to the cell holding it by reference and joined once, when the outermost table is written.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Union

from councilkg.documents.budget import Meter
from councilkg.documents.extracted import ExtractedText, TextBuilder, describe_error
from councilkg.errors import LoaderError

MEDIA_TYPE = "text/html"

_SKIPPED = frozenset({"head", "script", "style", "template", "title"})
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog"),
        *("div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend", "li", "main", "nav", "ol", "p"),
        *("pre", "section", "summary", "ul"),
    }
)
_CELLS = frozenset({"td", "th"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"))
_MARKS_16 = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
# Binary data holds C0 control bytes other than tab, LF, FF and CR; text never does.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
# WHATWG: labels for Latin-1 and ASCII mean Windows-1252.
_WINDOWS_1252_LABELS = frozenset(
    {"latin1", "iso88591", "iso885915", "ascii", "usascii", "cp1252", "windows1252"}
)
MAX_SPAN = 1000
#: Tables inside tables deeper than this are refused (a plan nests two or three at most).
MAX_TABLE_DEPTH = 50

#: The mark :meth:`_PlanParser._mark` puts before a list item, at a line's start.
_LINE_MARK = re.compile(r"^(?:• |\d{1,6}\. |[a-zA-Z]\) )")
#: How far a list's numbers may run (an ``<ol start>`` beyond is read as 1).
MAX_LIST_NUMBER = 999_999


@dataclass
class _List:
    """A list open in the page: a bullet list, or a numbered or lettered one and its next number."""

    numbered: bool
    letters: str | None = None  # "a" or "A" for a lettered list
    number: int = 1

    @classmethod
    def opened(cls, tag: str, attributes: dict[str, str | None]) -> _List:
        """Return the list a ``<ul>`` or ``<ol>`` tag opens (an ``<ol>``'s ``start`` and ``type`` read)."""
        if tag == "ul":
            return cls(numbered=False)
        kind = attributes.get("type") or "1"
        return cls(True, kind if kind in ("a", "A") else None, _number(attributes.get("start")))

    def next_mark(self, value: str | None) -> str:
        """Return the next item's mark ("• ", "3. ", "c) "); an ``<li value>`` sets the number."""
        if not self.numbered:
            return "• "
        if value is not None:
            self.number = _number(value)
        number, self.number = self.number, min(self.number + 1, MAX_LIST_NUMBER)
        if self.letters is not None and 1 <= number <= 26:
            return chr(ord(self.letters) + number - 1) + ") "
        return f"{number}. "


def _number(value: str | None) -> int:
    """Return an ``<ol start>`` or ``<li value>`` as a number from 1 to :data:`MAX_LIST_NUMBER` (1 if
    unreadable)."""
    try:
        return min(max(int(value or "1"), 1), MAX_LIST_NUMBER)
    except ValueError:
        return 1


Pieces = list[Union[str, "Pieces"]]
"""A cell's text as read: strings, and the pieces of the tables nested in it (joined once, at the end)."""


def extract_html(path: Path, meter: Meter | None = None) -> ExtractedText:
    """Return the text of the HTML page at ``path``: blocks as lines, tables as tab-separated rows.

    Raises:
        LoaderError: the file is binary, cannot be decoded, cannot be parsed, nests tables more
            than :data:`MAX_TABLE_DEPTH` deep, or holds no text.
        ExtractionBudgetError: its text (a tab for each cell included) passes ``meter``'s budget,
            or reading it takes more time or memory.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoaderError(path, f"cannot read: {error.strerror or error}") from error
    markup = _decode(path, data)
    parser = _PlanParser(path, meter or Meter(path))
    try:
        parser.feed(markup)
        parser.close()
    except LoaderError:
        raise
    except Exception as error:  # html.parser is lenient, but a hostile page must not escape
        raise LoaderError(path, f"cannot parse HTML: {describe_error(error)}") from error
    builder = parser.finish()
    if not builder.has_text:
        raise LoaderError(path, "the HTML page holds no text")
    return ExtractedText(
        text=builder.text(),
        source_format="html",
        media_type=MEDIA_TYPE,
        pages=None,
        tables=builder.tables,
        headings=builder.marked_headings,
    )


def _decode(path: Path, data: bytes) -> str:
    """Return the page's text, decoded as the module docstring says.

    Raises:
        LoaderError: the file holds control bytes (a binary file), or is neither UTF-8 nor Windows-1252.
    """
    for mark, encoding in (*_MARKS, *_MARKS_16):
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise LoaderError(path, f"not valid {encoding.upper()} text") from error
    binary = _BINARY.search(data)
    if binary is not None:
        raise LoaderError(
            path,
            f"binary file (byte 0x{data[binary.start()]:02x} at offset {binary.start()}), not an HTML page",
            hint="check the file's type",
        )
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        label = declared.group(1).decode("ascii").lower()
        if re.sub(r"[^a-z0-9]", "", label) in _WINDOWS_1252_LABELS:
            label = "cp1252"
        try:
            return data.decode(codecs.lookup(label).name, errors="replace")
        except LookupError:
            pass  # an unknown charset: fall back as if none was declared
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise LoaderError(
            path, "not UTF-8 text, nor Windows-1252", hint="declare its <meta charset>"
        ) from error


@dataclass
class _Table:
    """A table being read: finished rows, the open row and cell, and the row spans still running."""

    meter: Meter
    rows: list[list[Pieces]] = field(default_factory=list)
    caption: Pieces = field(default_factory=list)
    row: list[Pieces] | None = None
    cell: Pieces | None = None
    column: int = 0
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Grid column -> (rows still to cover, columns wide) of cells spanning rows."""
    new_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    in_caption: bool = False

    def fill_spanned(self) -> None:
        """Add an empty cell for each cell spanning down from above at the current grid column."""
        while self.row is not None and self.column in self.spans:
            self.row.append([])
            self.meter.add(1)  # its tab
            self.column += self.spans[self.column][1]

    def start_row(self) -> None:
        """Close the open row, if any, and open a new one."""
        self.end_row()
        self.row = []
        self.column = 0
        self.new_spans = {}

    def start_cell(self, colspan: int, rowspan: int) -> None:
        """Close the open cell, if any, and open a new one spanning ``colspan`` x ``rowspan``."""
        self.end_cell()
        if self.row is None:
            self.start_row()
        self.fill_spanned()
        if rowspan > 1:
            self.new_spans[self.column] = (rowspan - 1, colspan)
        self.column += colspan
        self.cell = []

    def end_cell(self) -> None:
        """Close the open cell, adding its text to the row."""
        if self.cell is not None and self.row is not None:
            self.row.append(self.cell)
            self.meter.add(1)  # its tab
        self.cell = None

    def end_row(self) -> None:
        """Close the open row and age the row spans (spanned cells after the last are trailing empties)."""
        self.end_cell()
        if self.row is None:
            return
        self.rows.append(self.row)
        aged = {column: (left - 1, width) for column, (left, width) in self.spans.items() if left > 1}
        self.spans = {**aged, **self.new_spans}
        self.row = None


class _PlanParser(HTMLParser):
    """Collects an HTML page's lines and tables into a :class:`TextBuilder`."""

    def __init__(self, path: Path, meter: Meter) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.meter = meter
        self.builder = TextBuilder()
        self._line: list[str] = []
        self._skipping: list[str] = []
        self._skipped = Counter[str]()  # how many of each tag _skipping holds, for a test in O(1)
        self._tables: list[_Table] = []
        self._pre = 0
        self._in_body = False
        self._lists: list[_List] = []  # the lists open outside tables, innermost last
        self._marked = False  # whether the line being built starts with a list item's mark
        self._heading: int | None = None  # the level of the <h1>-<h6> open outside tables, if any

    # --- the parser's callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.meter.tick()
        if tag == "body":
            self._skipping.clear()  # a <head> left open ends where the body starts
            self._skipped.clear()
            self._in_body = True
        if tag == "head" and self._in_body:
            return  # browsers ignore a stray <head> in the body; skipping to its end would lose the page
        if self._skipping or tag in _SKIPPED:
            if tag in _SKIPPED:
                self._skipping.append(tag)
                self._skipped[tag] += 1
            return
        table = self._tables[-1] if self._tables else None
        if tag == "table":
            if len(self._tables) >= MAX_TABLE_DEPTH:
                raise LoaderError(
                    self.path,
                    f"tables nested more than {MAX_TABLE_DEPTH} deep; pages are read up to that",
                    line=self.getpos()[0],
                )
            self._break_line()
            self._tables.append(_Table(self.meter))
        elif table is not None and tag == "tr":
            table.start_row()
        elif table is not None and tag in _CELLS:
            attributes = dict(attrs)
            table.start_cell(_span(attributes.get("colspan")), _span(attributes.get("rowspan")))
        elif table is not None and tag == "caption":
            table.in_caption = True
        elif tag == "br" or tag in _BLOCKS or tag in _CELLS or tag == "tr":
            self._break_line()
            if tag == "pre":
                self._pre += 1
            if table is None and tag in ("ul", "ol"):
                self._lists.append(_List.opened(tag, dict(attrs)))
            elif table is None and tag == "li":
                self._line.append(self._mark(dict(attrs)))
                self._marked = True
            elif table is None and tag in _HEADINGS:
                self._heading = _HEADINGS[tag]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if self._skipped[tag]:
                at = self._skipping.index(tag)
                self._skipped.subtract(self._skipping[at:])
                del self._skipping[at:]
            return
        table = self._tables[-1] if self._tables else None
        if tag == "table" and table is not None:
            self._end_table()
        elif table is not None and tag in _CELLS:
            table.end_cell()
        elif table is not None and tag == "tr":
            table.end_row()
        elif table is not None and tag == "caption":
            table.in_caption = False
        elif tag in _BLOCKS or tag in _CELLS or tag == "tr":
            self._break_line()
            if tag == "pre" and self._pre:
                self._pre -= 1
            if table is None and tag in ("ul", "ol") and self._lists:
                self._lists.pop()
            if tag in _HEADINGS:
                self._heading = None

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self.meter.add(len(data))
        if self._tables:
            table = self._tables[-1]
            if table.cell is not None:
                table.cell.append(data)
            elif table.in_caption:
                table.caption.append(data)
            elif data.strip():  # text between cells: browsers show it before the table; keep it as a line
                table.caption.append(" " + data)
            return
        if self._pre:
            first, *rest = data.split("\n")
            self._line.append(first)
            for piece in rest:
                self._break_line()
                self._line.append(piece)
        else:
            self._line.append(data)

    # --- assembling lines and tables ----------------------------------------------------------

    def _break_line(self) -> None:
        """End the current line, if any, or a block break inside a table cell (a space there)."""
        if self._tables:
            table = self._tables[-1]
            if table.cell is not None:
                table.cell.append(" ")
            return
        if self._line:
            line = "".join(self._line)
            marked, self._line, self._marked = self._marked, [], False
            if (line[len(self._line_mark(line)) :] if marked else line).strip():
                # a list item's mark alone (its text a nested list) is no line
                self.builder.add_line(line, heading=None if marked else self._heading)

    def _mark(self, attributes: dict[str, str | None]) -> str:
        """Return the mark a browser shows before a list item: a bullet, a number or a letter."""
        if not self._lists:
            return "• "  # an <li> outside any list: browsers show it as a bullet
        return self._lists[-1].next_mark(attributes.get("value"))

    @staticmethod
    def _line_mark(line: str) -> str:
        """Return the list mark a line starts with (as :meth:`_mark` wrote it)."""
        found = _LINE_MARK.match(line)
        return found.group(0) if found else ""

    def _end_table(self) -> None:
        """Close the innermost table: write it out, or hand its pieces to the cell holding it."""
        table = self._tables.pop()
        table.end_row()
        if self._tables:
            outer = self._tables[-1]
            target = outer.cell if outer.cell is not None else outer.caption
            folded: Pieces = [" ", table.caption, " "]
            for row in table.rows:
                for cell in row:
                    folded += [cell, " "]
            target.append(folded)  # by reference: joined once, with the outermost table
            return
        caption = _joined(table.caption)
        if caption.strip():
            self.builder.add_line(caption)
        self.builder.add_table([[_joined(cell) for cell in row] for row in table.rows])

    def finish(self) -> TextBuilder:
        """Close tables and lines left open at the end of the page and return the builder."""
        while self._tables:
            self._end_table()
        self._break_line()
        return self.builder


def _joined(pieces: Pieces) -> str:
    """Return the text of a cell's pieces, nested tables' pieces in place, in one pass.

    Example:
        >>> _joined(["a ", [" ", ["b"], " ", ["c"], " "], "d"])
        'a  b c d'
    """
    out: list[str] = []
    stack = [iter(pieces)]
    while stack:
        for part in stack[-1]:
            if isinstance(part, str):
                out.append(part)
            else:
                stack.append(iter(part))  # the outer iterator carries on after it
                break
        else:
            stack.pop()
    return "".join(out)


def _span(value: str | None) -> int:
    """Return a ``colspan`` or ``rowspan`` value as a count from 1 to :data:`MAX_SPAN` (1 if unreadable)."""
    try:
        return min(max(int(value or "1"), 1), MAX_SPAN)
    except ValueError:
        return 1
