"""Indicators printed one cell a line with no header: a measure's name, then its value, then a status.

A performance report taken from a web page or a PDF often loses its table's header and prints each
row down the page: "Percentage of referrals … within 12 months" / "19.9%" / "Requires improvement".
:func:`value_rows` finds such rows where the document holds several of them and their values are
no page numbers (a contents page printed one cell a line pairs each entry with its page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: A line that is only a value: "323.5", "92.4%", "13,510", "£1.2m", "< 5".
VALUE_ONLY = re.compile(r"^[<>≤≥~]?\s*£?-?\d[\d,]*(?:\.\d+)?\s*(?:%|pp|k|m|bn|days?|weeks?)?$")
#: A value that says what it counts: a percentage, money, a thousands comma or a unit.
_MARKED_VALUE = re.compile(r"[%£,]|\d\s*[a-z]")
#: How many rows make a table of them, not a figure quoted under a heading.
MIN_VALUE_ROWS = 3
#: A measure's name is a few words at least and no paragraph.
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 3, 40
#: A status or direction of travel after the value is a short phrase ("Improved performance").
MAX_STATUS_WORDS = 4


@dataclass(frozen=True)
class ValueRow:
    """One row printed down the page: the name's line, the value's line and text, the status line if any."""

    line: int
    value_line: int
    value: str
    status_line: int | None = None
    status: str | None = None


def value_rows(texts: Sequence[tuple[int, str]]) -> dict[int, ValueRow]:
    """Return the rows (by the line of their name) of a table printed one cell a line, name then value.

    ``texts`` are (line number, text) pairs. Returns nothing unless three or more names are each
    followed by a line holding only a value, and a third of those values or more say what they count
    ("92.4%", "13,510"): the bare page numbers of a contents page's entries make no measures.

    Example:
        >>> rows = value_rows([(1, "Rate of children in need per 10,000"), (2, "323.5"),
        ...                    (3, "Stayed the same"), (4, "Number of complex families turned around"),
        ...                    (5, "139"), (6, "Improved"), (7, "Share of parents satisfied"), (8, "92.4%")])
        >>> [(row.line, row.value, row.status) for row in rows.values()]
        [(1, '323.5', 'Stayed the same'), (4, '139', 'Improved'), (7, '92.4%', None)]
        >>> value_rows([(1, "Purpose and Background"), (2, "1"), (3, "Vision and Values"), (4, "2"),
        ...             (5, "Our priorities for action"), (6, "4")])
        {}
    """
    filled = [(number, text.strip()) for number, text in texts if text.strip()]
    rows: dict[int, ValueRow] = {}
    for position in range(len(filled) - 1):
        number, text = filled[position]
        value_line, value = filled[position + 1]
        if (
            not VALUE_ONLY.match(value)
            or VALUE_ONLY.match(text)
            or not MIN_LABEL_WORDS <= len(text.split()) <= MAX_LABEL_WORDS
            or text.endswith(":")
        ):
            continue
        status_line = status = None
        if position + 2 < len(filled):
            after_line, after = filled[position + 2]
            if (
                len(after.split()) <= MAX_STATUS_WORDS
                and not re.search(r"\d", after)
                and not after.endswith(":")
            ):
                status_line, status = after_line, after
        rows[number] = ValueRow(number, value_line, value, status_line, status)
    values = [row.value for row in rows.values()]
    # a page or section number is bare; a third of a table's values at least say what they count
    marked = sum(1 for value in values if _MARKED_VALUE.search(value))
    if len(rows) < MIN_VALUE_ROWS or marked * 3 < len(values):
        return {}
    return rows
