"""Tables a web page's text printed one cell a line with "|" delimiters, gathered again one row a line
so the delimited-table reader can read them. Two printings occur:

**Cells between lines holding only "|"** (:func:`gather_pipe_cells`):

    |            <- a row starts
    REF
    |
    TARGET
    AREA         <- a cell wrapped over two lines
    |
    TARGET
    |            <- the row ends …
    |            <- … and the next starts
    1
    |
    School Attendance
    |
    Improve school attendance
    |

Two delimiter lines one after the other part two rows; one parts two cells. Each row is written on
the line its first cell starts on ("REF | TARGET AREA | TARGET"), the lines it was printed on left
blank, so every line number stays the plan's own; what its columns hold is the delimited-table
reader's to say. Only runs of three rows or more as wide as each other (two cells or more), the first
of them a header row, are gathered: a form's "label | value" fields printed so are left as they are. A
row of one cell between the table's rows (a group's title, "NON – PRIORITY TARGETS (9)") is left out,
as the reader would take it for the next row's first cell. A scan of the lines, linear in their number.

**Cells each closed by "|" on their own line**, under a header row printed on one "|" line
(:func:`join_pipe_cells`):

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

:func:`gather_pipe_tables` applies both; each rewrites only under a header row the vocabulary knows.
It then reads a third printing, a one-column table whose first cell names a kind
(:func:`one_column_lists`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.text import clean_text

#: Says whether a row's cells are a header row (``None`` when not).
HeaderTest = Callable[[Sequence[str]], object | None]

#: Fewer rows as wide as each other, and a run of cells between "|" lines is no table.
MIN_ROWS = 3
#: How many lines one cell may be printed over before the run is no table's rows.
MAX_CELL_LINES = 8
#: Longer lines are paragraphs, never a header.
MAX_HEADER_CHARS = 400
_RULE = re.compile(r"^[\s|:\-+]+$")


def gather_pipe_tables(lines: list[str], is_header: HeaderTest) -> bool:
    """Rewrite, in ``lines``, every "|" table printed one cell a line (either printing) one row a
    line, and every one-column table so printed under a cell naming a kind as that list
    (:func:`one_column_lists`); returns whether any was."""
    gathered = gather_pipe_cells(lines, is_header)
    joined = join_pipe_cells(lines, is_header)
    if joined != lines:
        lines[:] = joined
        gathered = True
    listed = one_column_lists(lines, lead_in_kind)
    return gathered or listed


#: A one-column table's cell naming its kind is a short title ("Strategic Outcomes |") …
MAX_KIND_CELL_WORDS = 6
#: … and the cells under it that are its items say more than a title does.
MIN_ITEM_CELL_WORDS = 5


def one_column_lists(lines: list[str], kind_of: Callable[[str], str | None]) -> bool:
    """Rewrite, in ``lines``, each one-column table printed a cell a line, each closed by "|", whose
    first cell names a kind ("Strategic Outcomes |" over "Prevention To provide the right support … |"),
    as that list: the cell a lead-in ("Strategic Outcomes:"), the cells under it its items ("- Prevention
    To provide …"), up to a short cell naming no kind ("Enablers |"); returns whether any was. Every
    line keeps its number.

    Example:
        >>> lines = ["Strategic Outcomes |", "Prevention To provide the right support at the right time |",
        ...          "Emotional Health To promote and improve emotional health |", "Enablers |"]
        >>> one_column_lists(lines, lambda cell: "outcome" if "Outcomes" in cell else None), lines[:2]
        (True, ['Strategic Outcomes:', '- Prevention To provide the right support at the right time'])
        >>> lines[3]
        'Enablers |'
    """
    changed = False
    index = 0
    while index < len(lines):
        cell = _closed_cell(lines[index])
        if cell is None or len(cell.split()) > MAX_KIND_CELL_WORDS or kind_of(cell) is None:
            index += 1
            continue
        items = []
        below = index + 1
        while below < len(lines) and (not lines[below].strip() or _closed_cell(lines[below]) is not None):
            item = _closed_cell(lines[below])
            if item is not None and len(item.split()) < MIN_ITEM_CELL_WORDS:
                break  # "Enablers |": the next column's title, or a cell too short to be an item
            if item is not None:
                items.append((below, item))
            below += 1
        if len(items) >= 2:
            lines[index] = f"{cell}:"
            for number, item in items:
                lines[number] = f"- {item}"
            changed = True
        index = below
    return changed


def _closed_cell(line: str) -> str | None:
    """Return the text of a line that is one cell closed by "|" ("Enablers |"), else ``None``."""
    text = line.strip()
    if not text.endswith("|") or not _one_cell(text):
        return None
    return clean_text(text.rstrip("|")) or None


@dataclass
class _Row:
    cells: list[tuple[int, str]] = field(default_factory=list)  # (0-based line, text) of each cell
    lines: list[int] = field(default_factory=list)  # the 0-based lines it was printed on


def gather_pipe_cells(lines: list[str], is_header: HeaderTest) -> bool:
    """Rewrite, in ``lines``, each table printed a cell at a time between "|" lines one row a line,
    its cells parted by " | " (the other lines it took left blank); returns whether any was.
    ``is_header`` says whether a row's cells are a header (``None`` when not).

    Example:
        >>> lines = ["|", "REF", "|", "TARGET", "|", "|", "1", "|", "Bus use", "|", "|", "2", "|", "Road",
        ...          "accidents", "|", "|", "3", "|", "Recycling", "|"]
        >>> gather_pipe_cells(lines, lambda cells: cells if cells[0] == "REF" else None), lines[:7]
        (True, ['', 'REF | TARGET', '', '', '', '', '1 | Bus use'])
    """
    gathered = False
    index = 0
    while index < len(lines):
        if lines[index].strip() != "|":
            index += 1
            continue
        rows, end = _run(lines, index)
        gathered = _write(lines, rows, is_header) or gathered
        index = max(end, index + 1)
    return gathered


def _run(lines: Sequence[str], start: int) -> tuple[list[_Row], int]:
    """Return the rows of the run of "|" lines and cell lines from ``start``, and the index after it."""
    rows: list[_Row] = []
    row, cell, delimiters = _Row(), None, 0
    index = start
    while index < len(lines):
        text = lines[index].strip()
        if not text or ("|" in text and text != "|"):
            break  # a blank line, or a line printing cells and delimiters together: the run's end
        if text == "|":
            delimiters += 1
            if cell is not None:
                row.cells.append(cell)
                cell = None
            elif delimiters == 2 and row.cells:  # "| … |" then "|": the row ends, the next starts
                rows.append(row)
                row = _Row()
        else:
            delimiters = 0
            cell = (index, text) if cell is None else (cell[0], f"{cell[1]} {text}")
        row.lines.append(index)
        index += 1
    if row.cells:
        rows.append(row)
    return rows, index


def _write(out: list[str], rows: Sequence[_Row], is_header: HeaderTest) -> bool:
    """Write the run's rows one a line when three or more are as wide as each other (two cells or
    more), the first a header: from it to the last such row; the rows before and after as printed.
    Returns whether they were written."""
    widths = [len(row.cells) for row in rows if len(row.cells) >= 2]
    width = max(set(widths), key=widths.count) if widths else 0
    if widths.count(width) < MIN_ROWS:
        return False
    wide = [at for at, row in enumerate(rows) if len(row.cells) == width]
    if is_header([text for _, text in rows[wide[0]].cells]) is None:
        return False  # no header: the cells' lines are left to the rest of the engine as printed
    for row in rows[wide[0] : wide[-1] + 1]:
        for number in row.lines:
            out[number] = ""
        if len(row.cells) >= 2:  # a row of one cell, a group's title, is left out
            out[row.cells[0][0]] = " | ".join(text for _, text in row.cells)
    return True


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
