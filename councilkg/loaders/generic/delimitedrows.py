"""Rebuilding the tables a text flattened into **delimited** rows: a row a line, its cells parted by
`` | ``, `` / `` or `` – `` (a Markdown table too).

The header may go on over the lines before a first row led by its reference ("1 / …"), and the rows
of a table led so take every line under them not led by one (a cell printing the delimiter, "Chair /
DCS", or a progress note over several lines). A row wrapped over lines goes on with its last cell
(:func:`_cell_goes_on`); a cell printed once for the rows it groups is filled down (:func:`fill_down`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.flatrows import (
    LABELLED_HEADING,
    MAX_HEADER_CELL_WORDS,
    SHAPE_DELIMITED,
    HeaderTest,
    RebuiltTable,
    is_text,
)
from councilkg.loaders.generic.rowstarts import starts_row
from councilkg.loaders.parsing.columns import ColumnRole
from councilkg.text import clean_text

#: Roles of a first column whose cell is printed once for the rows it groups.
GROUPING_ROLES = frozenset({ColumnRole.PRIORITY, ColumnRole.OUTCOME, ColumnRole.PROJECT_AREA})
_DELIMITERS = ("|", " / ", " – ")


def _split_delimited(line: str, delimiter: str) -> list[str]:
    """Return the cells of ``line`` parted by ``delimiter`` ("|", or " / " with a space each side).

    String splitting, not a pattern: a pattern with a space run before the delimiter is quadratic on
    a long line of spaces.
    """
    text = " ".join(line.split())
    if delimiter == "|":
        cells = [clean_text(cell) for cell in text.split("|")]
        if cells and not cells[0] and text.startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1] and text.endswith("|"):
            cells = cells[:-1]
        return cells
    return [clean_text(cell) for cell in text.split(delimiter)]


def _words(cell: str) -> int:
    """Return how many words ``cell`` has; a lone "/" or "–" between its names is none."""
    return sum(any(char.isalnum() for char in word) for word in cell.split())


def delimited_table(
    lines: Sequence[str], start: int, is_header: HeaderTest
) -> tuple[RebuiltTable, list[list[str]]] | None:
    """Return the delimited table whose header is line ``start`` (0-based) and its rows' cells, else
    ``None``: the first of the delimiters that parts the line into header cells and rows under it."""
    if not is_text(lines[start]):
        return None
    for pattern in _DELIMITERS:
        header = _split_delimited(lines[start], pattern)
        # "Who | Time / Measure / Milestones of Success |": a cell's own slashes part no columns
        if (
            len(header) < 2
            or any(_words(cell) > MAX_HEADER_CELL_WORDS for cell in header)
            or (pattern != "|" and len(_split_delimited(lines[start], "|")) >= 2)
        ):
            continue
        header, end = _wrapped_header(lines, start, pattern, header, is_header)
        if is_header(header) is None:
            continue
        rows: list[list[str]] = []
        row_lines: list[int] = []
        width, ref_led = len(header), False
        for index in range(end + 1, len(lines)):
            raw = lines[index]
            if not raw.strip():
                continue
            if re.fullmatch(r"[\s|:\-+]+", raw):  # a Markdown table's rule
                end = index
                continue
            if not is_text(raw) or LABELLED_HEADING.match(clean_text(raw)):
                break
            cells = _split_delimited(raw, pattern)
            ref_led = ref_led if rows else bool(_REF_LED_ROW.match(raw.strip()))
            if ref_led and _SUB_REF.match(raw):
                break  # "(1b) …": a cell's next item on a line of its own, which no column can be told for
            if rows and _goes_on(rows[-1], cells, width, ref_led and index == end + 1, raw):
                # a row wrapped over lines: its last cell goes on, then its next cells
                rows[-1][-1] = _cell_goes_on(rows[-1][-1], cells[0])
                rows[-1].extend(cells[1:])
            elif len(cells) < 2 and not _row_goes_on(lines, index, pattern):
                break
            else:
                rows.append(cells)
                row_lines.append(index + 1)
            end = index
        if not rows:
            continue
        columns = is_header(header)
        first_role = next((c.role for c in columns.columns if c.index == 0), None) if columns else None
        if first_role in GROUPING_ROLES or first_role is None:
            rows = fill_down(rows, width)
        table = RebuiltTable(SHAPE_DELIMITED, start + 1, tuple(header), tuple(row_lines), end + 1)
        return table, rows
    return None


def _goes_on(row: Sequence[str], cells: Sequence[str], width: int, under_ref_led: bool, raw: str) -> bool:
    """True when the line ``raw`` (its ``cells``) goes on with ``row``: the row lacks cells the line
    completes, or the rows are led by refs ("1. / …") and the line, right under the row, is led by none."""
    if (
        len(row) < width
        and (len(cells) < 2 or len(row) + len(cells) - 1 <= width)
        and not starts_row(row, cells)
    ):
        return True
    return under_ref_led and not _REF_LED_ROW.match(raw.strip())


#: How many lines a delimited header may go on over, and the words of each of its cells then.
MAX_HEADER_LINES = 3
MAX_WRAPPED_CELL_WORDS = 8
#: A delimited row led by its reference: "1 / …", "1. / …", "(1a) / …", "1.2 / …", "CP 3 / …".
_REF_LED_ROW = re.compile(r"^\(?(?:[A-Z]{1,3} ?)?\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]?\s+/\s")
#: "(1b) Weekly reports …": the next item of a row's cell, printed on its own line, not a wrapped line.
_SUB_REF = re.compile(r"^\s*\(\d{1,2}[a-z]\)\s")


def _wrapped_header(
    lines: Sequence[str], start: int, delimiter: str, header: list[str], is_header: HeaderTest
) -> tuple[list[str], int]:
    """Return a delimited header's cells and its last line: the lines after ``start`` when the header
    goes on over them up to a first row led by its reference ("… / Planned" | "Completion Date / Lead
    Officer / … /" | "1 / Timeliness …"), else ``header`` and ``start``.

    A line ending with the delimiter ends its last cell; otherwise that cell goes on on the next line.
    """
    cells, ended = list(header), lines[start].rstrip().endswith(delimiter.strip())
    for index in range(start + 1, min(len(lines), start + MAX_HEADER_LINES + 1)):
        raw = lines[index].strip()
        if _REF_LED_ROW.match(raw):
            wrapped = [cell.rstrip(delimiter.strip()).strip() for cell in cells]
            if index > start + 1 and all(wrapped) and is_header(wrapped) is not None:
                return wrapped, index - 1
            if index > start + 1 and is_header(header) is not None:
                return header, index - 1  # the header's wrapped tails, dated ("… Dec 2017"): no rows
            break
        more = _split_delimited(raw, delimiter)
        if not more or not is_text(raw) or any(len(cell.split()) > MAX_WRAPPED_CELL_WORDS for cell in more):
            break
        if not ended:
            cells[-1], more = clean_text(f"{cells[-1]} {more[0]}"), more[1:]
        cells.extend(more)
        ended = raw.endswith(delimiter.strip())
    return header, start


#: How many lines a row's first cell may fill before the line that carries its other cells.
MAX_FIRST_CELL_LINES = 8


def _row_goes_on(lines: Sequence[str], start: int, delimiter: str) -> bool:
    """True when the undelimited line at ``start`` is the first of a row's first cell: a line with
    the row's other cells follows within a few lines ("Review … / Engage … / Increase … / MMR / 72%")."""
    for index in range(start + 1, min(len(lines), start + MAX_FIRST_CELL_LINES + 1)):
        raw = lines[index]
        if not is_text(raw) or LABELLED_HEADING.match(clean_text(raw)):
            return False
        if len(_split_delimited(raw, delimiter)) >= 2:
            return True
    return False


def _cell_goes_on(cell: str, more: str) -> str:
    """Return ``cell`` with the next line's text: a wrapped line joined, or, when the cell's line ended
    a sentence and the next starts one, a second item of the cell marked as a bullet.

    Example:
        >>> _cell_goes_on("72.2%", "2013/14")
        '72.2% 2013/14'
        >>> _cell_goes_on("Review the scrutiny findings.", "Engage GP practices.")
        '• Review the scrutiny findings. • Engage GP practices.'
    """
    if re.search(r"[.;!?]$", cell) and more[:1].isupper() and len(more.split()) >= 3:
        first = cell if cell.startswith("• ") else f"• {cell}"
        return f"{first} • {more}"
    return clean_text(f"{cell} {more}")


def fill_down(rows: Sequence[Sequence[str]], width: int) -> list[list[str]]:
    """Return rows with a cell printed once for several rows (a row-spanning first cell) filled down.

    A row short of ``width`` cells after a row with a first cell lacks that first cell (a cell
    printed once for several rows, in a first column that groups them): it takes the cell above.

    Example:
        >>> fill_down([["Tackle obesity", "Obese children", "4.6%"], ["Fruit and vegetables", "98%"]], 3)
        [['Tackle obesity', 'Obese children', '4.6%'], ['Tackle obesity', 'Fruit and vegetables', '98%']]
    """
    filled: list[list[str]] = []
    above = ""
    for row in rows:
        cells = list(row)
        if len(cells) < width and above and width > 2:
            cells = [above, *cells]
        elif cells:
            above = cells[0]
        filled.append(cells)
    return filled
