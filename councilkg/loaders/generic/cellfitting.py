"""Fitting the lines of a table printed one cell per line to its columns.

The lines under a header are fitted by dynamic programming (:func:`fit_cells`), each line joining the
cell of the column whose kind of text it reads as (:func:`cell_fit`: a date under "By when", a post or
initials under "Lead", a number under "Target", a sentence under "Action"), a wrapped cell costing a
little, a missing cell a little more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.parsing.columns import MEASURE_TYPES, OWNER_ROLES, ColumnMap, ColumnRole
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import ends_mid_phrase

#: Roles of columns holding a risk's scores, read as numbers (or H/M/L).
RATING_ROLES = frozenset(
    {
        ColumnRole.LIKELIHOOD,
        ColumnRole.SEVERITY,
        ColumnRole.RATING,
        ColumnRole.RESIDUAL_LIKELIHOOD,
        ColumnRole.RESIDUAL_SEVERITY,
        ColumnRole.RESIDUAL_RATING,
    }
)
#: A cell of a one-cell-per-line table is fitted over at most this many lines.
MAX_CELL_LINES = 8


def mean_fit(rows: Sequence[Sequence[tuple[int, str]]], columns: ColumnMap, width: int) -> float:
    """Return the mean :func:`cell_fit` of the non-empty cells of ``rows`` under their columns (0 if none)."""
    kinds = _column_kinds(columns, width)
    fits = [cell_fit(kinds[index], text) for row in rows for index, (_, text) in enumerate(row) if text]
    return sum(fits) / len(fits) if fits else 0.0


def _column_kinds(columns: ColumnMap, width: int) -> list[str]:
    """Return the kind of text each of ``width`` columns holds ("text" where no role says more)."""
    kinds = [_cell_kind(None)] * width
    for column in columns.columns:
        if column.index < width:
            kinds[column.index] = _cell_kind(column.role)
    return kinds


def _cell_kind(role: ColumnRole | None) -> str:
    """Return the kind of text a column of ``role`` holds: date, owner, ref, value or free text."""
    if role is ColumnRole.TIMESCALE:
        return "date"
    if role in OWNER_ROLES or role is ColumnRole.PARTNER:
        return "owner"
    if role is ColumnRole.REF:
        return "ref"
    if role in MEASURE_TYPES or role in RATING_ROLES:
        return "value"
    return "text"


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|\bquarter\b|"
    r"\b(?:19|20)\d{2}\b|\bongoing\b|\bannual(?:ly)?\b|\bmonthly\b|\bspring\b|\bsummer\b|\bautumn\b|"
    r"\bwinter\b|\btbc\b|\bby end\b|\bcomplete[d]?\b|\bimmediate\b",
    re.IGNORECASE,
)
_REF = re.compile(r"^(?:[A-Z]{1,6}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?$|^[A-Z]{1,4}\d{0,3}$")
_VALUE = re.compile(r"\d|^(?:n/?a|new|tbc|tbd|nil|none|high|medium|low|h|m|l|red|amber|green|-|–)$", re.I)
_TWO_DIGITS = re.compile(r"\d{2}")
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*$")


def cell_fit(kind: str, text: str) -> float:
    """Return how well ``text`` reads as a cell of a column of ``kind`` (higher is better).

    Example:
        >>> cell_fit("date", "March 2011") > cell_fit("date", "Audit every repeat plan with the board")
        True
        >>> cell_fit("owner", "JS") > cell_fit("owner", "We will audit every repeat plan this year.")
        True
    """
    words = len(text.split())
    if kind == "date":
        if parse_due(text) is not None or _DATE_WORDS.search(text):
            return 2.0 if words <= 4 else 0.5 if words <= 8 else -1.0
        return -1.5 if words > 4 else -0.5
    if kind == "ref":
        return 2.0 if _REF.match(text) else -2.0
    if kind == "value":
        if _VALUE.search(text) and words <= 6:
            return 1.5
        return -1.0
    if kind == "owner":
        if _INITIALS.match(text):
            return 2.0
        if text[:1].islower():
            return -1.0
        if words <= 8 and not text.endswith(".") and not _TWO_DIGITS.search(text):
            return 1.0
        return -1.5
    # free text: an action, a description, a title
    if _REF.match(text) or (parse_due(text) is not None and words <= 4):
        return -1.5
    if text[:1].islower():
        return -0.5
    return 1.0 if words >= 2 else 0.0


def _continues(previous: str, text: str) -> bool:
    return ends_mid_phrase(previous) or text[:1].islower()


def fit_cells(body: Sequence[tuple[int, str]], columns: ColumnMap, width: int) -> list[list[tuple[int, str]]]:
    """Return the rows of a one-cell-per-line table: ``body`` (line, text) fitted to ``width`` columns.

    Each row is ``width`` (line, text) cells; a missing cell is ``(0, "")``. Dynamic programming over
    (lines used, next column) finds the split whose cells best read as their columns' kinds.

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> body = [(4, "Audit every repeat plan"), (5, "with the board"), (6, "Head of Safeguarding"),
        ...         (7, "March 2011"), (8, "Recruit social workers"), (9, "MO"), (10, "June 2010")]
        >>> rows = fit_cells(body, map_columns(["Action", "Lead", "By when"]), 3)
        >>> [[t for _, t in row] for row in rows][0]
        ['Audit every repeat plan with the board', 'Head of Safeguarding', 'March 2011']
        >>> [[t for _, t in row] for row in rows][1]
        ['Recruit social workers', 'MO', 'June 2010']
    """
    kinds = _column_kinds(columns, width)
    n = len(body)
    if n == 0:
        return []
    wrap_cost, skip_cost, row_cost = 0.6, 1.2, 0.0
    worst = float("-inf")
    # best[i][c]: best score having used i lines with the next cell in column c
    best = [[worst] * width for _ in range(n + 1)]
    back: list[list[tuple[int, int, int] | None]] = [[None] * width for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for c in range(width):
            score = best[i][c]
            if score == worst:
                continue
            following = (c + 1) % width
            # an empty (missing) cell, never the first of a row
            if c > 0 and score - skip_cost > best[i][following]:
                best[i][following] = score - skip_cost
                back[i][following] = (i, c, 0)
            text = ""
            for take in range(1, min(MAX_CELL_LINES, n - i) + 1):
                piece = body[i + take - 1][1]
                penalty = 1.5 if take > 1 and not _continues(text, piece) else 0.0
                text = f"{text} {piece}".strip()
                gained = cell_fit(kinds[c], text) - wrap_cost * (take - 1) - penalty
                if following == 0:
                    gained -= row_cost
                total = score + gained
                if total > best[i + take][following]:
                    best[i + take][following] = total
                    back[i + take][following] = (i, c, take)
    # the last row may end early: its missing cells cost nothing more
    end_column = max(range(width), key=lambda column: (best[n][column], column == 0))
    if best[n][end_column] == worst:
        return []
    cells: list[tuple[int, int, int]] = []  # (column, first line index, lines taken) from the end
    i, c = n, end_column
    while (i, c) != (0, 0):
        step = back[i][c]
        if step is None:  # pragma: no cover - every reached state has a way back
            return []
        i, c, take = step
        cells.append((c, i, take))
    rows: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] = []
    for position, first, take in reversed(cells):
        if position == 0 and row:
            rows.append(row)
            row = []
        text = " ".join(body[first + k][1] for k in range(take))
        row.append((body[first][0] if take else 0, text))
    if row:
        rows.append(row)
    return [padded + [(0, "")] * (width - len(padded)) for padded in rows]
