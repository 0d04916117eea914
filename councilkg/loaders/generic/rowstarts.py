"""Where a delimited table's next row starts, when the row above it is short of the header's cells.

A row printed short (an empty cell left out, a first cell printed once for several rows) is followed
by the next row's line, whose cells would fill it up to the header's count. Counting cells cannot
tell the two apart; how the line opens can. A row's wrapped line goes on with a value, a bracket or
a lower-case word ("(2002) / No target set / …", "52 cases (Gonorrhoea 2003) / …", "to baseline /
…"); a new row opens with a label, a capitalised phrase of a few words, after a row whose printed
cells end whole:

    … / 56.5% / 58% / 66% / LAA Year 1 target exceeded – survey to be re-examined in Year 2
    Reduce teenage pregnancy and improve sexual health / Diagnostic rate of new episodes … / 371 cases

Only a row already holding two cells or more is closed so (a row of one cell is a first cell
printed over lines, whose sentences the reader keeps together), and only by a line of three cells
or more (a note's next sentence and the rating after it go on with the note).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.text import ends_mid_phrase

#: The fewest words of a new row's first cell: a label, not a wrapped cell's last words ("Chair", "NI 75").
MIN_LABEL_WORDS = 4
#: The fewest cells of a new row's line: a label and two more, not a wrapped note and its rating.
MIN_ROW_CELLS = 3
_LABEL_START = re.compile(r"^[A-Z][a-z]+\b")


def starts_row(row: Sequence[str], cells: Sequence[str]) -> bool:
    """True when a line's ``cells`` start a new row rather than go on with the short ``row`` above.

    Example:
        >>> row = ["Percentage of 5 to 16 year olds who travel to school", "56.5%", "58%", "66%",
        ...        "LAA Year 1 target exceeded – survey to be re-examined in Year 2"]
        >>> starts_row(row, ["Reduce teenage pregnancy and improve sexual health", "Diagnostic rate", "371"])
        True
        >>> starts_row(row, ["52 cases (Gonorrhoea 2003)", "No target set", "N/A"])
        False
        >>> starts_row(["Improve access to health visiting"], ["Increase parental access", "MMR", "72%"])
        False
    """
    if len(row) < 2 or len(cells) < MIN_ROW_CELLS or not row[-1] or ends_mid_phrase(row[-1]):
        return False
    first = cells[0]
    return bool(_LABEL_START.match(first)) and len(first.split()) >= MIN_LABEL_WORDS
