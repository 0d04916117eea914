"""A table whose web page's text printed each cell on lines of its own, between lines holding only the
delimiter "|", gathered again one row a line so the delimited-table reader can read it.

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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: Fewer rows as wide as each other, and the run is no table.
MIN_ROWS = 3


@dataclass
class _Row:
    cells: list[tuple[int, str]] = field(default_factory=list)  # (0-based line, text) of each cell
    lines: list[int] = field(default_factory=list)  # the 0-based lines it was printed on


def gather_pipe_cells(lines: list[str], is_header: Callable[[Sequence[str]], object | None]) -> bool:
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


def _write(out: list[str], rows: Sequence[_Row], is_header: Callable[[Sequence[str]], object | None]) -> bool:
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
