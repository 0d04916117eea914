"""A table's header row printed one cell a line ("ACTIONS" / "OUTPUTS/OUTCOMES" / "FUTURE ACTIONS"):
lines each naming a kind of item, one right under another, are the columns of a table whose rows
came apart, not lead-ins. Under such a header the lines hold the cells of several columns, so no one
of the names says what kind they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import ACTION_LEAD_IN, MEASURE_LEAD_IN

#: A column's name is a word or three ("OUTPUTS/OUTCOMES", "Future actions").
MAX_CELL_WORDS = 3
#: A column's name is short as printed; a longer line (a word, a run of spaces, a word) is no cell, and
#: the kinds' patterns are never run over it.
MAX_CELL_CHARS = 60
#: How many columns naming kinds, one under another, make a header row.
MIN_CELLS = 3


def names_a_column(text: str) -> bool:
    """Return whether ``text`` could be a header cell naming a kind of item: a few words, no colon,
    naming actions, measures, priorities or outcomes.

    Example:
        >>> names_a_column("FUTURE ACTIONS"), names_a_column("Our priorities are:"), names_a_column("Policy")
        (True, False, False)
    """
    if not text or len(text) > MAX_CELL_CHARS or len(text.split()) > MAX_CELL_WORDS or text.endswith(":"):
        return False
    return bool(lead_in_kind(text) or ACTION_LEAD_IN.match(text) or MEASURE_LEAD_IN.match(text))


def is_header_cell(lines: Sequence[str], number: int) -> bool:
    """Return whether line ``number`` (from 1) of ``lines`` is one of a table's header cells printed one
    a line: it names a column, and so do enough of the lines right above and below it (blank lines
    between) to make a row of columns ("Council Plan measures" over "Overarching measures" is a
    heading over a sub-heading, no row).

    Example:
        >>> is_header_cell(["POLICY", "ACTIONS", "", "OUTPUTS/OUTCOMES", "FUTURE ACTIONS"], 2)
        True
        >>> is_header_cell(["Council Plan measures", "", "Overarching measures", "", "• Percentage of …"], 1)
        False
    """
    if not names_a_column(lines[number - 1].strip()):
        return False
    run = 1
    for step in (-1, 1):
        at = number - 1 + step
        while 0 <= at < len(lines) and run < MIN_CELLS:
            text = lines[at].strip()
            if text and not names_a_column(text):
                break
            run += bool(text)
            at += step
    return run >= MIN_CELLS


def over_header_row(lines: Sequence[str], number: int) -> bool:
    """Return whether the next line with text after line ``number`` (from 1) is a header cell printed
    one a line: line ``number`` is then the row's first cell ("POLICY" over "ACTIONS" / …), no heading.

    Example:
        >>> over_header_row(["POLICY", "", "ACTIONS", "OUTCOMES", "FUTURE ACTIONS"], 1)
        True
    """
    after = next((at for at in range(number, len(lines)) if lines[at].strip()), None)
    return after is not None and is_header_cell(lines, after + 1)
