"""Rebuilding the tables that PDF and web-page text flattens, so the table reader can read them.

Text taken from a plan's PDF or web page rarely keeps a table's tabs. Its rows come out

- **one cell per line**: the header's N cells on N short lines, then each row's cells, a cell
  perhaps wrapped over several lines or missing when empty;
- **space-aligned**: a row a line, columns separated by runs of two or more spaces;
- **delimited**: a row a line, cells separated by `` | `` or `` / `` (a Markdown table too); the
  header may go on over the lines before a first row led by its reference ("1 / …"), and the rows of
  a table led so take every line under them not led by one (a cell printing the delimiter, "Chair /
  DCS", or a progress note over several lines).

Each shape starts at a header row whose cells read as column headings (the header vocabulary of
:mod:`~councilkg.loaders.parsing.columns`). :func:`rebuild_tables` returns the plan's lines with every table
found rewritten as tab-separated rows, **each row on the line where it starts and the lines it
consumed left blank**, so every line number, and so every item's ``ckg:sourceLine``, is the plan's own.

The readers are one module a shape: :mod:`~councilkg.loaders.generic.delimitedrows`,
:mod:`~councilkg.loaders.generic.alignedrows` and :mod:`~councilkg.loaders.generic.cellperline` (its
lines fitted to the columns by :mod:`~councilkg.loaders.generic.cellfitting`), what they share in
:mod:`~councilkg.loaders.generic.flatrows`; :func:`rebuild_tables` tries them in turn at each line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from councilkg.loaders.generic.alignedrows import space_aligned_table
from councilkg.loaders.generic.cellperline import HeaderCells, one_cell_per_line_table
from councilkg.loaders.generic.delimitedrows import delimited_table
from councilkg.loaders.generic.flatrows import HeaderTest, RebuiltTable


@dataclass
class Rebuilt:
    """A plan's lines with its flattened tables rewritten tab-separated, and the tables found."""

    lines: list[str]
    tables: list[RebuiltTable] = field(default_factory=list)
    #: (header line, why) for each table found but not rebuilt: a shape plain text cannot settle
    unsettled: list[tuple[int, str]] = field(default_factory=list)

    def table_at(self, line: int) -> RebuiltTable | None:
        """Return the rebuilt table whose header or rows span ``line``, else ``None``."""
        for table in self.tables:
            if table.header_line <= line <= table.end_line:
                return table
        return None


def rebuild_tables(lines: Sequence[str], is_header: HeaderTest) -> Rebuilt:
    """Return ``lines`` with each flattened table found rewritten as tab-separated rows in place.

    Lines that already hold tabs are left as they are (extraction found those tables).

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> def header(cells):
        ...     columns = map_columns(cells)
        ...     return columns if len(columns.columns) >= 2 else None
        >>> rebuilt = rebuild_tables(["Action", "Lead", "By when", "Audit every plan",
        ...                           "Head of Safeguarding", "March 2011"], header)
        >>> rebuilt.lines
        ['Action\\tLead\\tBy when', '', '', 'Audit every plan\\tHead of Safeguarding\\tMarch 2011', '', '']
    """
    out = list(lines)
    rebuilt = Rebuilt(out)
    cells = HeaderCells(is_header)
    index = 0
    while index < len(out):
        found = (
            delimited_table(out, index, cells.is_header)
            or space_aligned_table(out, index, cells.is_header)
            or one_cell_per_line_table(out, index, cells, rebuilt.unsettled)
        )
        if found is None:
            index += 1
            continue
        table, rows = found
        _write(out, table, rows)
        rebuilt.tables.append(table)
        index = table.end_line  # 1-based end line: the next 0-based index after it
    return rebuilt


def _write(out: list[str], table: RebuiltTable, rows: Sequence[Sequence[str]]) -> None:
    for number in range(table.header_line, table.end_line + 1):
        out[number - 1] = ""
    out[table.header_line - 1] = "\t".join(table.header)
    for number, cells in zip(table.rows, rows, strict=True):
        out[number - 1] = "\t".join(cell.replace("\t", " ") for cell in cells)
