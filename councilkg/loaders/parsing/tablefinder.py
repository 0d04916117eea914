"""Finding a plan's tables without knowing its layout: runs of tab-separated rows under a header row.

PDF, DOCX and HTML extraction deliver a table as tab-separated lines, so a table is a header row
(a tab-separated line whose cells read as column headings) followed by the tab-separated rows up to
the next header. Blank lines and page furniture between rows end nothing: a table split by a page
break stays whole, and a header repeated after the break continues it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.documents.tables import Row, Table, split_row
from councilkg.loaders.parsing.columns import Column, ColumnMap, ColumnRole, short_period
from councilkg.loaders.parsing.numbers import parse_decimal
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text

#: A header cell is a heading, not a sentence.
MAX_HEADER_CELL_CHARS = 60

Classifier = Callable[[str, int], Column | None]
"""Reads one header cell (text, position) into a :class:`Column`, or ``None`` for an unknown one."""

Known = Callable[[str], bool]
"""True for a header cell a profile's column rules name (with a role, an item field or ignored)."""


def _unknown(cell: str) -> bool:
    return False


@dataclass
class FoundTable(Table):
    """A table of the document model (header row, rows, every printing of its header) with the
    column roles its header row was read as."""

    columns: ColumnMap = field(kw_only=True)

    @property
    def unmapped(self) -> list[tuple[int, str]]:
        """Return ``(index, heading)`` of each non-blank header cell no column role was found for."""
        mapped = {column.index for column in self.columns.columns}
        return [(index, cell) for index, cell in enumerate(self.header) if cell and index not in mapped]


@dataclass
class Layout:
    """What the table finder saw: the tables, and the tab-separated lines that belong to no table."""

    tables: list[FoundTable] = field(default_factory=list)
    stray_rows: list[Row] = field(default_factory=list)


def header_columns(
    cells: Sequence[str], classify: Classifier, known: Known = _unknown, bare_periods: bool = False
) -> ColumnMap | None:
    """Return the columns of ``cells`` when they read as a header row, else ``None``.

    A header row has at least two non-blank cells, each short and neither a number nor a date
    (a cell ``known`` may print a date), and at least two cells name a known column role; those
    and the cells ``known`` without a role are at least half of the non-blank ones.

    Example:
        >>> from councilkg.loaders.parsing.columns import classify_header
        >>> columns = header_columns(["Action", "Lead officer", "By when"], classify_header)
        >>> [c.role.value for c in columns.columns]
        ['action', 'lead-manager', 'timescale']
        >>> header_columns(["NI 65", "Percentage of children", "13.2%"], classify_header) is None
        True
    """
    nonblank = [cell for cell in cells if cell]
    if len(nonblank) < 2:
        return None
    for cell in nonblank:
        if len(cell) > MAX_HEADER_CELL_CHARS or parse_decimal(cell) is not None:
            return None
        # A profile may name a header that prints a date ("Dec 2019 snapshot").
        if parse_due(cell) is not None and not known(cell) and not (bare_periods and classify(cell, 0)):
            return None  # a date is a row's cell, unless it dates a header ("Progress October 2003")
    found = (classify(cell, index) for index, cell in enumerate(cells) if cell)
    columns = ColumnMap(tuple(column for column in found if column is not None))
    if bare_periods:
        columns = period_columns(cells, columns)
    mapped = {column.index for column in columns.columns}
    extra = sum(1 for index, cell in enumerate(cells) if cell and index not in mapped and known(cell))
    if len(columns.columns) < 2 or 2 * (len(columns.columns) + extra) < len(nonblank):
        return None
    return columns


_BARE_PERIOD = re.compile(r"^\(?(?:19|20)\d{2}(?:\s*[/\-–]\s*(?:19|20)?\d{2})?\)?$")


def period_columns(cells: Sequence[str], columns: ColumnMap) -> ColumnMap:
    """Return ``columns`` with each header cell that is only a year ("2008/09") given a measure role.

    Its role comes from the columns around it: after a baseline, outturn or target column, a run of
    years is targets for those years; before a target column, outturns. With neither, or no column
    naming what the rows are, the years stay unread.

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> [(c.role.value, c.period) for c in period_columns(
        ...     ["KPI", "Baseline (2007)", "2008/09", "2009/10"],
        ...     map_columns(["KPI", "Baseline (2007)", "2008/09", "2009/10"])).columns]
        [('title', None), ('outturn', None), ('target', '2008/09'), ('target', '2009/10')]
    """
    roles = {column.index: column.role for column in columns.columns}
    if not set(roles.values()) & {
        ColumnRole.TITLE,
        ColumnRole.DESCRIPTION,
        ColumnRole.REF,
        ColumnRole.ACTION,
    }:
        return columns
    added: list[Column] = []
    for index, cell in enumerate(cells):
        text = clean_text(cell)
        if index in roles or not _BARE_PERIOD.match(text):
            continue
        before = {roles[i] for i in roles if i < index}
        after = {roles[i] for i in roles if i > index}
        if before & {ColumnRole.OUTTURN, ColumnRole.TARGET}:
            role = ColumnRole.TARGET
        elif ColumnRole.TARGET in after:
            role = ColumnRole.OUTTURN
        else:
            continue
        added.append(Column(index, role, text, short_period(text)))
    if not added:
        return columns
    return ColumnMap(tuple(sorted((*columns.columns, *added), key=lambda column: column.index)))


def find_tables(
    lines: Sequence[str], classify: Classifier, known: Known = _unknown, bare_periods: bool = False
) -> Layout:
    """Return the tables of a plan's lines (0-based list; rows keep 1-based line numbers).

    A tab-separated line that reads as a header row starts a table, unless it repeats the header
    of the table being read (a page break). Other tab-separated lines are that table's rows; those
    before any header are stray.

    Example:
        >>> from councilkg.loaders.parsing.columns import classify_header
        >>> lines = ["Actions", "Action\\tLead officer\\tBy when", "Audit plans\\tHead of X\\tMarch 2011",
        ...          "", "Action\\tLead officer\\tBy when", "Recruit staff\\tMary Okafor\\tJune 2011"]
        >>> layout = find_tables(lines, classify_header)
        >>> [(t.header_lines, [r.line for r in t.rows]) for t in layout.tables]
        [([2, 5], [3, 6])]
    """
    layout = Layout()
    current: FoundTable | None = None
    for index, raw in enumerate(lines):
        if "\t" not in raw:
            continue
        row = split_row(raw, index + 1)
        if not any(row.cells):
            continue
        if current is not None and _same_header(row.cells, current.header):
            current.header_lines.append(row.line)
            continue
        columns = header_columns(row.cells, classify, known, bare_periods)
        if columns is not None:
            current = FoundTable(row.cells, row.line, header_lines=[row.line], columns=columns)
            layout.tables.append(current)
        elif current is not None:
            current.rows.append(row)
        else:
            layout.stray_rows.append(row)
    return layout


def _same_header(cells: Sequence[str], header: Sequence[str]) -> bool:
    def key(values: Sequence[str]) -> list[str]:
        words = [clean_text(value).casefold() for value in values]
        while words and not words[-1]:
            words.pop()
        return words

    return key(cells) == key(header)
