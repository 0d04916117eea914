"""A "|" table whose rows print one cell a line, each cell closed by the delimiter: a web page's
table as some pages give its text, every cell of a row on a line of its own.

    | Action | lead agency | Roles responsible | Due date | Short/medium term action | Success measure |
    |---|---|---|---|---|---|
    Action 1.1 Embed resources created by CYP for settings … |
    Shout Out for SEND/schools and settings |
    Youth Participation Worker/SENCos |
    December 2025 |
    …

Under a header row the header vocabulary knows, the lines that follow are gathered into rows of as
many cells as the header has: a line ending with "|" closes a cell, a line that does not goes on
with the cell (a cell printed over lines), a line of "|" alone closes the cell it ends. Each row is
then written as one "|" line on its first line (its other lines blank, so lines keep their
numbers) for the delimited-table reader. The cells are not guessed at: a row is made only of cells
the page closed, and the table's last cell may end the text unclosed. A string scan, linear in the
number of lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.parsing.columns import ColumnMap
from councilkg.text import clean_text

HeaderTest = Callable[[Sequence[str]], ColumnMap | None]

#: How many lines one cell may be printed over before the run is no table's rows.
MAX_CELL_LINES = 8
#: Longer lines are paragraphs, never a header.
MAX_HEADER_CHARS = 400
_RULE = re.compile(r"^[\s|:\-+]+$")


def _cells(line: str) -> list[str]:
    """Return the cells of a "|" line, without the empty ends its outer delimiters leave."""
    cells = [clean_text(cell) for cell in line.strip().split("|")]
    if cells and not cells[0] and line.strip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1] and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


def join_pipe_cells(lines: Sequence[str], is_header: HeaderTest) -> list[str]:
    """Return ``lines`` with each "|" table printed one cell a line rewritten one row a line.

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> def header(cells):
        ...     columns = map_columns(cells)
        ...     return columns if len(columns.columns) >= 2 else None
        >>> join_pipe_cells(["| Action | Lead | By when |", "|---|---|---|", "Audit every plan |",
        ...                  "Head of", "Safeguarding |", "March 2011 |"], header)[2:]
        ['Audit every plan | Head of Safeguarding | March 2011 |', '', '', '']
    """
    out = list(lines)
    index = 0
    while index < len(out):
        width = _header_width(out[index], is_header)
        if width:
            index = _join_rows(out, index + 1, width)
        else:
            index += 1
    return out


def _header_width(line: str, is_header: HeaderTest) -> int:
    """Return the number of cells of ``line`` when it is a "|" header row, else 0."""
    if "\t" in line or line.count("|") < 2 or len(line) > MAX_HEADER_CHARS:
        return 0
    cells = _cells(line)
    if len(cells) < 2 or not all(cells) or is_header(cells) is None:
        return 0
    return len(cells)


def _one_cell(raw: str) -> bool:
    """True when the stripped line ``raw`` holds at most one cell: no delimiter but a closing one."""
    return "\t" not in raw and "|" not in raw.rstrip("|").rstrip()


def _cell_closes(out: Sequence[str], start: int) -> bool:
    """True when a line ending with "|" closes the cell that starts at ``start`` within a few lines."""
    seen = 0
    for raw in out[start:]:
        text = raw.strip()
        if not text:
            continue
        if not _one_cell(text) or seen >= MAX_CELL_LINES:
            return False
        if text.endswith("|"):
            return True
        seen += 1
    return False


def _join_rows(out: list[str], start: int, width: int) -> int:
    """Rewrite the rows printed one cell a line from ``start`` on; return the index after them."""
    index = start
    while index < len(out) and (not out[index].strip() or _RULE.match(out[index])):
        index += 1
    rows: list[tuple[list[int], list[str]]] = []
    lines: list[int] = []
    cells: list[str] = []
    open_cell: list[str] = []
    while index < len(out):
        raw = out[index].strip()
        if not raw:
            index += 1
            continue
        if not _one_cell(raw) or (not lines and not _cell_closes(out, index)):
            break  # a line of cells: a row printed on its line, the delimited reader's
        open_cell.append(clean_text(raw.rstrip("|")))
        if len(open_cell) > MAX_CELL_LINES:
            break
        lines.append(index)
        if raw.endswith("|"):
            cells.append(clean_text(" ".join(open_cell)))
            open_cell = []
        if len(cells) == width:
            rows.append((lines, cells))
            lines, cells = [], []
        index += 1
    if open_cell and len(cells) == width - 1:  # the table's last cell, left unclosed
        rows.append((lines, [*cells, clean_text(" ".join(open_cell))]))
    for row_lines, row_cells in rows:
        for number in row_lines:
            out[number] = ""
        out[row_lines[0]] = " | ".join(row_cells) + " |"
    return rows[-1][0][-1] + 1 if rows else start
