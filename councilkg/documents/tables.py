"""The document model's tables: a table is a header row and the rows under it, each a row of cleaned cells.

Extraction lays every table out as tab-separated lines (:mod:`councilkg.documents.extract`), so a
row is one tab-separated line, kept with its 1-based line number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.text import clean_text


@dataclass(frozen=True)
class Row:
    """One tab-separated line of a table: its 1-based line number and its cleaned cells."""

    line: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        """Return the cell at ``index``, or ``""`` when the row is shorter."""
        return self.cells[index] if index < len(self.cells) else ""

    @property
    def is_subheading(self) -> bool:
        """True when only the first cell holds text: a group heading inside a table."""
        return bool(self.cells and self.cells[0]) and not any(self.cells[1:])


@dataclass
class Table:
    """The one table model: rows under one header; header rows repeated after page breaks are not rows.

    ``header_lines`` holds the line of the header and of every repeat of it, so a loader can
    report them as read; a loader adds what it reads the header as (its columns' roles).
    """

    header: tuple[str, ...]
    header_line: int
    rows: list[Row] = field(default_factory=list)
    header_lines: list[int] = field(default_factory=list)

    def column(self, predicate: Callable[[str], bool]) -> int | None:
        """Return the index of the first header cell for which ``predicate`` holds, or ``None``."""
        for index, heading in enumerate(self.header):
            if predicate(heading):
                return index
        return None


def split_row(line: str, line_number: int) -> Row:
    """Return the tab-separated cells of ``line``, each cleaned of markup and extra spaces."""
    return Row(line_number, tuple(clean_text(cell) for cell in line.split("\t")))


def read_tables(
    lines: Sequence[str],
    start: int,
    end: int,
    is_header: Callable[[Row], bool],
) -> list[Table]:
    """Return the tables in ``lines[start:end]`` (0-based slice; rows keep 1-based line numbers).

    A table begins at a row for which ``is_header`` holds. A later header row with the same
    first cell continues the same table (a header repeated after a page break); rows without
    a tab end nothing, so a table split by blank lines or a page heading stays whole.

    Example:
        >>> lines = ["Ref\\tName", "A1\\tx", "", "Ref\\tName", "A2\\ty"]
        >>> tables = read_tables(lines, 0, 5, lambda r: r.cell(0) == "Ref")
        >>> [r.cells for t in tables for r in t.rows], tables[0].header_lines
        ([('A1', 'x'), ('A2', 'y')], [1, 4])
    """
    tables: list[Table] = []
    for index in range(start, min(end, len(lines))):
        line = lines[index]
        if "\t" not in line:
            continue
        row = split_row(line, index + 1)
        if is_header(row):
            if tables and tables[-1].header[:1] == row.cells[:1]:
                tables[-1].header_lines.append(row.line)
                continue
            tables.append(Table(header=row.cells, header_line=row.line, header_lines=[row.line]))
        elif tables and any(row.cells):
            tables[-1].rows.append(row)
    return tables
