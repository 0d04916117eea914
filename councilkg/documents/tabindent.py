"""Tabs that only indent a line or set a list's mark apart from its text: printed as spaces, so a list
printed with tabs reads as one printed with spaces.

A tab inside a line separates a table's cells (the PDF, Word and HTML readers print a row so), and the
readers take any line holding a tab for a row. A web page's or a Word file's text also indents a list's
items with tabs ("\\t• Improve attendance") and puts a tab between an item's mark and its text
("•\\tImprove attendance", "1.\\tImprove attendance"): such a line holds no tab after its text, and the
lines holding tabs around it are not a table's rows either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER

#: The spaces a leading tab is printed as.
TAB_WIDTH = 4

_LEADING_SPACE = re.compile(r"^[ \t]*")
_MARK_GAP = re.compile(r"[ \t]*\t[ \t]*$")


def _split(line: str) -> tuple[str, str, str]:
    """Return a line's leading space, its list mark with the space after it ("" when it has none) and
    the rest."""
    lead = _LEADING_SPACE.match(line)
    start = lead.end() if lead else 0
    mark = BULLET.match(line) or NUMBER.match(line) or LETTER.match(line)
    end = max(mark.end(), start) if mark else start
    return line[:start], line[start:end], line[end:]


def _has_cell_gap(line: str) -> bool:
    """True when a tab follows the line's text (after its leading space and list mark): a table's row."""
    return "\t" in _split(line)[2]


def _untabbed(line: str) -> str:
    lead, mark, rest = _split(line)
    if "\t" in mark:
        mark = _MARK_GAP.sub(" ", mark)
    return lead.expandtabs(TAB_WIDTH) + mark + rest


def untab_indents(lines: Sequence[str]) -> list[str]:
    r"""Return ``lines`` with the tabs that only indent a line or follow its list mark printed as spaces.

    A run of printed lines that hold tabs (blank lines between them do not end it) is a table's rows
    when any of them has a tab after its text; else its tabs are indentation and mark gaps. A row with
    an empty first cell prints as ``"\tvalue"``, a numbered row as ``"1.\tvalue"``, among rows with a
    tab between cells.

    Example:
        >>> untab_indents(["Our priorities:", "\t• Be healthy", "\t\tand active", "2.\tStay safe"])
        ['Our priorities:', '    • Be healthy', '        and active', '2. Stay safe']
        >>> untab_indents(["No.\tAction", "1.\tRecruit foster carers", "\tReview placements"])
        ['No.\tAction', '1.\tRecruit foster carers', '\tReview placements']
    """
    out = list(lines)
    run: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        line = lines[index] if index < len(lines) else ""
        if index < len(lines) and not line.strip():
            continue
        if index < len(lines) and "\t" in line:
            run.append(index)
            continue
        if run and not any(_has_cell_gap(lines[member]) for member in run):
            for member in run:
                out[member] = _untabbed(lines[member])
        run = []
    return out
