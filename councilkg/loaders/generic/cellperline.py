"""Rebuilding the tables a text flattened **one cell per line**: the header's N cells on N short lines,
then each row's cells, a cell perhaps wrapped over several lines or missing when empty.

The header is the longest run of short lines that each read as a column heading
(:class:`HeaderCells`); the lines under it, up to a labelled heading, a list item or a lead-in, are
the table's, fitted to its columns by :func:`~councilkg.loaders.generic.cellfitting.fit_cells`. A
table whose header cells turn up among its rows (columns printed one after another) is not rebuilt
but noted as unsettled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import LINE_BULLETS
from councilkg.loaders.generic.cellfitting import fit_cells, mean_fit
from councilkg.loaders.generic.flatrows import (
    LABELLED_HEADING,
    MAX_HEADER_CELL_WORDS,
    SHAPE_ONE_CELL_PER_LINE,
    HeaderTest,
    RebuiltTable,
    is_text,
)
from councilkg.loaders.parsing.columns import ColumnMap
from councilkg.text import clean_text

#: A table printed one cell per line is fitted to its columns over at most this many lines (the
#: fitting costs time in proportion); rows a line (space-aligned, delimited) have no such bound.
MAX_TABLE_LINES = 2_000
#: "8. The agenda for action 2003-2006": a numbered entry of a list or a contents page, no header cell.
_NUMBERED_ENTRY = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+\S")
#: A list item or a lead-in ending with a colon is text after a table, not one of its cells.
_ENDS_TABLE = re.compile(r"^(?:[" + LINE_BULLETS + r"]\s|\(?[a-z]\)\s)")
#: A contents entry: its page number after a wide gap or leaders at the line's end.
_PAGED_ENTRY = re.compile(r"[^\s\d](?:\s{3,}|\s*(?:\.\s?){4,}\s*)\d{1,3}\s*$")
_PAGE_FURNITURE = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)


class HeaderCells:
    """Which short lines read as header cells on their own, and header rows' columns, each worked out once.

    A plan's short lines are tried as the start of a one-cell-per-line header again and again; the
    answers are kept, so rebuilding stays linear in the plan's length.
    """

    def __init__(self, is_header: HeaderTest) -> None:
        self.is_header = is_header
        self._cells: dict[str, str | None] = {}
        self._rows: dict[tuple[str, ...], ColumnMap | None] = {}
        #: header lines reprinted inside a table that did not fit: tried with it, so not tried again
        #: (each try would fit every line after it again: time quadratic in the reprints)
        self.failed_reprints: set[int] = set()

    def cell(self, raw: str) -> str | None:
        """Return the cleaned text of ``raw`` when it reads as a header cell with a role, else ``None``."""
        if raw in self._cells:
            return self._cells[raw]
        text = clean_text(raw) if is_text(raw) else ""
        ok = (
            bool(text)
            and len(text.split()) <= MAX_HEADER_CELL_WORDS
            and not text.endswith(".")
            and not LABELLED_HEADING.match(text)
            and not _NUMBERED_ENTRY.match(text)
            and self.columns((text, text)) is not None  # the cell has a role of its own
        )
        self._cells[raw] = text if ok else None
        return self._cells[raw]

    def columns(self, cells: tuple[str, ...]) -> ColumnMap | None:
        """Return the columns of a header row, or ``None`` when ``cells`` are not one."""
        if cells not in self._rows:
            self._rows[cells] = self.is_header(list(cells))
        return self._rows[cells]


def _header_run(lines: Sequence[str], start: int, cells: HeaderCells) -> tuple[list[str], ColumnMap] | None:
    """Return the cells and columns of the longest header printed one cell a line from ``start``."""
    run: list[str] = []
    for raw in lines[start : start + 12]:
        text = cells.cell(raw)
        if text is None:
            break
        run.append(text)
    while len(run) >= 2:
        columns = cells.columns(tuple(run))
        if columns is not None and len(columns.columns) == len(run):
            # "The eight prioritiesThe eight priorities" / "The eight priorities": a news page's
            # caption printed again (and glued to itself), no header of columns
            return None if len({_once(cell) for cell in run}) == 1 or _title_again(run) else (run, columns)
        run.pop()
    return None


#: A title printed again in a longer one is this many words at least (column names are shorter).
MIN_TITLE_WORDS = 3


def _title_again(run: Sequence[str]) -> bool:
    """True when one cell of ``run`` is a title of three words or more printed again inside another
    ("Corporate plan - Achieving Preston's Priorities" / "Achieving Preston's Priorities": a page's
    title over its heading, no header of columns)."""
    keys = [(len(cell.split()), _once(cell)) for cell in run]
    return any(
        words >= MIN_TITLE_WORDS and key != other and key in other for words, key in keys for _, other in keys
    )


def _once(cell: str) -> str:
    """Return a cell's letters and digits, lower-cased, once when the cell prints them twice over."""
    key = re.sub(r"\W", "", cell.casefold())
    half = len(key) // 2
    return key[:half] if len(key) % 2 == 0 and key[:half] == key[half:] else key


def _stray_header_cells(lines: Sequence[str], first: int, width: int, cells: HeaderCells) -> int:
    """Return how many lone header cells ("Target 2018" between "MMR at 5 years" and "72.2%") the
    few rows' worth of lines after a header hold: a sign its columns follow one another.

    A header cell next to another is a new header (another table's, or this one's again), not a
    stray one."""
    texts = [clean_text(line) for line in lines[first : first + STRAY_WINDOW_ROWS * width] if line.strip()]
    header_like = [cells.cell(text) is not None for text in texts]
    return sum(
        1
        for position, is_cell in enumerate(header_like)
        if is_cell
        and not (position > 0 and header_like[position - 1])
        and not (position + 1 < len(header_like) and header_like[position + 1])
    )


def one_cell_per_line_table(
    lines: Sequence[str], start: int, cells: HeaderCells, unsettled: list[tuple[int, str]]
) -> tuple[RebuiltTable, list[list[str]]] | None:
    """Return the one-cell-per-line table whose header starts at line ``start`` (0-based) and its rows'
    cells, else ``None`` (with the header's line and why in ``unsettled`` when its columns cannot be
    settled)."""
    if cells.cell(lines[start]) is None or start in cells.failed_reprints:
        return None
    found = _header_run(lines, start, cells)
    if found is None:
        return None
    header, columns = found
    first = start + len(header)
    if _stray_header_cells(lines, first, len(header), cells) >= MAX_STRAY_HEADER_CELLS:
        unsettled.append((start + 1, UNSETTLED_COLUMNS))
        return None
    body: list[tuple[int, str]] = []
    reprints: list[int] = []
    index = first
    while index < min(len(lines), first + MAX_TABLE_LINES):
        raw = lines[index]
        text = clean_text(raw)
        if not text:
            index += 1
            continue
        ends = _ENDS_TABLE.match(text) or text.endswith(":")
        if not is_text(raw) or LABELLED_HEADING.match(text) or ends:
            break
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if cells.cell(raw) is not None and cells.cell(following) is not None:
            if not body or [clean_text(line) for line in lines[index : index + len(header)]] != header:
                break  # another table's header, or the header again with no row between
            reprints.append(index)
            index += len(header)  # the header printed again after a page break
            continue
        if not _PAGE_FURNITURE.match(text):
            body.append((index + 1, text))
        index += 1
    cells.failed_reprints.update(reprints)  # dropped again below when the table fits
    if len(body) >= 2 and all(_NUMBERED_ENTRY.match(text) for _, text in body):
        return None  # "9. Demonstrating delivery" / "1. The Government's …": a numbered list, not cells
    if len(body) >= 3 and 3 * sum(1 for at, _ in body if _PAGED_ENTRY.search(lines[at - 1])) >= 2 * len(body):
        return None  # "Preface      4" / "1.   Introduction      5": a contents page's entries, no rows
    if sum(1 for _, text in body if cells.cell(text) is not None) >= MAX_STRAY_HEADER_CELLS:
        unsettled.append((start + 1, UNSETTLED_COLUMNS))
        return None
    rows = fit_cells(body, columns, len(header))
    while rows and sum(1 for _, text in rows[-1] if text) < 2:  # text after the table, not a row
        rows.pop()
    if not rows or mean_fit(rows, columns, len(header)) < MIN_MEAN_FIT:
        return None
    end = max(line for row in rows for line, _ in row if line) if rows else first
    cells.failed_reprints.difference_update(reprints)
    table = RebuiltTable(
        SHAPE_ONE_CELL_PER_LINE,
        start + 1,
        tuple(header),
        tuple(min(line for line, _ in row if line) for row in rows),
        end,
    )
    return table, [[text for _, text in row] for row in rows]


#: Header cells ("Target 2018", "Reporting cycle") printed among a table's rows: the text gives the
#: table column after column or with page columns interleaved, which one cell a line cannot settle.
MAX_STRAY_HEADER_CELLS = 2
#: How many rows' worth of lines after a header are looked through for stray header cells.
STRAY_WINDOW_ROWS = 6
UNSETTLED_COLUMNS = (
    "header cells among the rows: columns printed one after another or interleaved; not rebuilt, "
    "only items the outline states are read"
)

#: The least mean :func:`~councilkg.loaders.generic.cellfitting.cell_fit` of a one-cell-per-line
#: table's cells: below it the lines under a header-like run are not that table's cells (a title and a
#: rating run together, narrative).
MIN_MEAN_FIT = 0.5
