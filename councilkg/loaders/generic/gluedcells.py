"""A table whose cells the text glued together, its header naming the kind of item of a column.

A web page's table copied as text may lose what stood between its cells: the header
"ActivityCabinet MemberEnd date" and rows "Improve personalisation of care services in the
homeAdults’ Services & HealthOctober 2022", or "ReferenceActivityRAG Year End 24/25" over
"5Implement requirements from Adult Social Care Reform White PaperComplete". Each cell still starts
with a capital where the one before ends with a small letter, a stop or a bracket (a row's
reference with its digits). A header glued so is read only where the table header vocabulary
reads its parts as columns, one of them naming the kind of item the rows are (an "Activity", an
"Action", a "Priority", an "Indicator"); the lines under it that part into as many cells are its
rows. :func:`glued_rows` returns those lines tab-separated, for the table reader to read by the
header, and the items read from them carry :data:`RULE_GLUED_CELLS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole

RULE_GLUED_CELLS = "table whose cells the text glued, under a header naming its kind"
#: Where a glued cell starts: a capital after a small letter, a closing bracket, a stop or a closing
#: quote ("homeAdults’", "Plan)Complete"), or digits after a small letter ("Health2025").
_GLUE = re.compile(r"(?<=[a-z).’?])(?=[A-Z])|(?<=[a-z])(?=\d)")
#: A row's reference glued to its first cell: "5Implement", "5.1Prepare".
_LEAD_REF = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)(?=[A-Z])")
#: The columns whose cells are the rows' items: a header naming one names the kind of item.
_KIND_ROLES = frozenset({ColumnRole.ACTION, ColumnRole.PRIORITY, ColumnRole.OUTCOME, ColumnRole.TITLE})
MIN_COLUMNS = 2
MIN_ROWS = 2
#: A header is a short line; a row may be long, but a glued paragraph is no row.
MAX_HEADER_CHARS = 80
MAX_ROW_CHARS = 600

HeaderTest = Callable[[list[str]], ColumnMap | None]


def _parts(line: str) -> list[str]:
    """Return the cells a glued line parts into (one, for a line glued nowhere)."""
    return [part.strip() for part in _GLUE.split(line.strip()) if part.strip()]


def _row_cells(line: str, ref_first: bool) -> list[str]:
    """Return a glued row's cells: its leading reference apart when the table's first column is one."""
    text = line.strip()
    lead = _LEAD_REF.match(text) if ref_first else None
    if lead is None:
        return _parts(text)
    return [lead.group(1), *_parts(text[lead.end() :])]


def _header(line: str, header: HeaderTest) -> tuple[int, bool] | None:
    """Return (number of columns, first column a reference) for a glued header naming a kind of item."""
    text = line.strip()
    if not text or "\t" in text or "  " in text or len(text) > MAX_HEADER_CHARS:
        return None
    cells = [part for part in _GLUE.split(text) if part.strip()]
    if len(cells) < MIN_COLUMNS:
        return None
    found = header([cell.strip() for cell in cells])
    if found is None or len(found.columns) < MIN_COLUMNS:
        return None
    if not any(column.role in _KIND_ROLES for column in found.columns):
        return None
    ref_first = any(column.index == 0 and column.role is ColumnRole.REF for column in found.columns)
    return len(cells), ref_first


def glued_rows(lines: Sequence[str], header: HeaderTest) -> dict[int, str]:
    """Return, by line number (from 1), the header and rows of each table whose cells the text glued
    together, tab-separated: a header ``header`` reads as columns, one naming a kind of item, and at
    least two lines under it parting into as many cells (the table ends at the first that does not).

    Example:
        >>> from councilkg.loaders.parsing.tablefinder import header_columns
        >>> from councilkg.loaders.generic.tablekinds import classifier, known_cells
        >>> from councilkg.loaders.generic.profile import Profile
        >>> profile = Profile()
        >>> test, known = classifier(profile), known_cells(profile)
        >>> rows = glued_rows(["ActivityCabinet MemberEnd date", "Review our planAdults’ ServicesMay 2024",
        ...     "Improve personalisation in careAdults’ ServicesTBC", "Next steps"],
        ...     lambda cells: header_columns(cells, test, known, profile.builtin_columns))
        >>> [rows[n].split("\\t") for n in sorted(rows)][1]
        ['Review our plan', 'Adults’ Services', 'May 2024']
        >>> sorted(rows)
        [1, 2, 3]
    """
    found: dict[int, str] = {}
    number = 0
    while number < len(lines):
        number += 1
        shape = _header(lines[number - 1], header)
        if shape is None:
            continue
        columns, ref_first = shape
        rows: dict[int, str] = {}
        for below in range(number + 1, len(lines) + 1):
            line = lines[below - 1]
            if len(line) > MAX_ROW_CHARS or "\t" in line:
                break
            cells = _row_cells(line, ref_first)
            if len(cells) != columns:
                break
            rows[below] = "\t".join(cells)
        if len(rows) >= MIN_ROWS:
            found[number] = "\t".join(cell.strip() for cell in _GLUE.split(lines[number - 1].strip()))
            found.update(rows)
            number = max(rows)
    return found
