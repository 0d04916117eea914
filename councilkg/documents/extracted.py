"""The text every extractor produces, and the one builder that lays it out the same for every format.

The rules (one plan gives the same text whatever its format):

- A paragraph, heading or list item is one line (a PDF's wrapped lines are joined). Inside a
  line, every run of whitespace, tabs included, becomes one space, so only tables hold tabs.
- A table is one line per row, cells joined by a tab. Inside a cell, newlines, tabs and runs of
  whitespace become one space; cells are stripped; a missing (merged) cell is an empty string.
  Rows whose cells are all empty are dropped; shorter rows are padded with empty cells at the end
  to the width of the table's widest row, so a full-width merged row reads ``Heading\\t\\t\\t``
  as it would in a text version. A one-column table therefore comes out as plain lines.
- A blank line comes before and after each table; runs of blank lines become one; the text has no
  leading blank line and ends with exactly one newline.
- Control characters, soft hyphens and zero-width spaces are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")
# C0 controls (not whitespace), DEL, soft hyphen, zero-width space and joiners, byte-order mark.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f\u00ad\u200b-\u200d\u2060\ufeff]")


Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points from the page's top-left corner."""


@dataclass(frozen=True)
class Position:
    """Where a line of extracted text was printed: its 1-based page and its bounding box there."""

    page: int
    bbox: Box


@dataclass(frozen=True)
class ExtractedText:
    """The text of a PDF, DOCX or HTML plan, laid out as plan text (tables as tab-separated rows)."""

    text: str
    source_format: str
    """``pdf``, ``docx`` or ``html``."""
    media_type: str
    pages: int | None
    """The number of pages of a PDF; ``None`` for formats without pages."""
    tables: int
    """How many tables were written as tab-separated rows (a PDF table split by a page break counts twice)."""
    warnings: tuple[str, ...] = ()
    """What was read but may be incomplete, e.g. a PDF page without a text layer."""
    positions: dict[int, Position] | None = None
    """Where each line of :attr:`text` (1-based) was printed, for formats with pages (PDF)."""
    headings: dict[int, int] | None = None
    """The lines (1-based) the format marks as headings, with their level (1 the highest): HTML's
    ``<h1>``-``<h6>``, Word's Title and Heading styles, a PDF's lines printed larger or bolder than
    its body text; ``None`` when the format marks none."""


def flatten(text: str | None) -> str:
    """Return ``text`` on one line: invisible characters dropped, whitespace runs made one space, stripped.

    Example:
        >>> flatten(" Lead\\n officer\\t(interim) "), flatten(None), flatten("co\\u00adordinate")
        ('Lead officer (interim)', '', 'coordinate')
    """
    if not text:
        return ""
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def describe_error(error: BaseException) -> str:
    """Return a library's exception as one short line for an error message: its text, else its type.

    Example:
        >>> describe_error(ValueError("bad\\n xref")), describe_error(KeyError())
        ('bad xref', 'KeyError')
    """
    message = flatten(str(error))
    return (message[:200] + "…" if len(message) > 200 else message) or type(error).__name__


def union_box(first: Box, second: Box) -> Box:
    """Return the smallest box holding both boxes.

    Example:
        >>> union_box((10, 20, 30, 40), (5, 25, 35, 30))
        (5, 20, 35, 40)
    """
    return (
        min(first[0], second[0]),
        min(first[1], second[1]),
        max(first[2], second[2]),
        max(first[3], second[3]),
    )


class TextBuilder:
    """Collects lines and tables in reading order and returns them as plan text."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self.tables = 0
        self.positions: dict[int, Position] = {}  # 1-based line -> where it was printed
        self.headings: dict[int, int] = {}  # 1-based line -> its heading level, where the format marks one
        self._wrapped: dict[int, list[str]] = {}  # 1-based line -> the wrapped lines joined to it

    def add_line(self, text: str, where: Position | None = None, heading: int | None = None) -> None:
        """Add one line (flattened), printed at ``where`` if known, a heading of level ``heading`` if
        the format marks it so; a line with no text adds a blank line."""
        line = flatten(text)
        if line:
            self._lines.append(line)
            self._place(where)
            if heading is not None:
                self.headings[len(self._lines)] = heading
        else:
            self.add_blank()

    @property
    def marked_headings(self) -> dict[int, int] | None:
        """Return the heading lines the format marked, by line, with their levels; ``None`` for none."""
        return dict(self.headings) or None

    @property
    def last_line(self) -> int:
        """Return the 1-based number of the last line added (0 before any)."""
        return len(self._lines)

    def extend_line(self, text: str, where: Position | None = None) -> None:
        """Join ``text`` (flattened) to the last line with a space: a wrapped paragraph's next line."""
        line = flatten(text)
        if not line:
            return
        if self._lines and self._lines[-1]:
            self._wrapped.setdefault(len(self._lines), []).append(line)  # joined once, in text()
            known = self.positions.get(len(self._lines))
            if known is not None and where is not None and known.page == where.page:
                self.positions[len(self._lines)] = Position(known.page, union_box(known.bbox, where.bbox))
        else:
            self._lines.append(line)
            self._place(where)

    def _place(self, where: Position | None) -> None:
        if where is not None:
            self.positions[len(self._lines)] = where

    def add_blank(self) -> None:
        """Add a blank line unless the text is empty or already ends with one."""
        if self._lines and self._lines[-1]:
            self._lines.append("")

    def add_table(
        self, rows: Iterable[Sequence[str | None]], where: Sequence[Position | None] | None = None
    ) -> None:
        """Add a table, a tab-separated line per row, between blank lines (nothing if every row is empty).

        ``where`` gives, row by row, where each row was printed, when known.
        """
        cleaned = [[flatten(cell) for cell in row] for row in rows]
        places = list(where) if where is not None else [None] * len(cleaned)
        kept = [(row, place) for row, place in zip(cleaned, places, strict=False) if any(row)]
        if not kept:
            return
        width = max(len(row) for row, _ in kept)
        self.add_blank()
        for row, place in kept:
            self._lines.append("\t".join(row + [""] * (width - len(row))))
            self._place(place)
        self._lines.append("")
        self.tables += 1

    @property
    def has_text(self) -> bool:
        """True when any line or table holds text."""
        return any(self._lines)

    def text(self) -> str:
        r"""Return the lines joined by newlines, ending with one newline (``""`` when nothing was added).

        Example:
            >>> builder = TextBuilder()
            >>> builder.add_line("Actions"); builder.add_table([["Ref", "Lead"], ["A1", None], [None, ""]])
            >>> builder.text()
            'Actions\n\nRef\tLead\nA1\t\n'
        """
        lines = list(self._lines)
        for number, wrapped in self._wrapped.items():
            lines[number - 1] = " ".join([lines[number - 1], *wrapped])
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines) + "\n" if lines else ""
