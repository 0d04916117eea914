"""A tab that only indents a line: printed as spaces, so a list indented with tabs reads as one indented
with spaces.

A tab inside a line separates a table's cells (the PDF, Word and HTML readers print a row so), and the
readers take any line holding a tab for a row. A web page's or a Word file's text also indents a list's
items and their wrapped lines with tabs ("\\t• Improve attendance"); such a line holds no tab after its
text, and its neighbours are not a table's rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The spaces a leading tab is printed as.
TAB_WIDTH = 4

_LEADING_TABS = re.compile(r"^[ \t]*\t[ \t]*(?=[^\s])")


def _has_cell_gap(line: str) -> bool:
    """True when a tab follows the line's first printed character: a table's row."""
    return "\t" in line.lstrip(" \t")


def untab_indents(lines: Sequence[str]) -> list[str]:
    r"""Return ``lines`` with the tabs leading a line printed as spaces, where they only indent it.

    A line's leading tabs are indentation when no tab follows its text and neither of its nearest
    non-blank neighbours is a table's row (a tab after its text): a row with an empty first cell
    prints as ``"\tvalue"`` among rows that hold a tab between their cells.

    Example:
        >>> untab_indents(["Our priorities:", "\t• Be healthy", "\t\tand active"])
        ['Our priorities:', '    • Be healthy', '        and active']
        >>> untab_indents(["Ref\tAction", "\tRecruit foster carers"])
        ['Ref\tAction', '\tRecruit foster carers']
    """
    out = list(lines)
    printed = [index for index, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(printed):
        line = lines[index]
        lead = _LEADING_TABS.match(line)
        if lead is None or _has_cell_gap(line):
            continue
        neighbours = printed[max(position - 1, 0) : position] + printed[position + 1 : position + 2]
        if any(_has_cell_gap(lines[other]) for other in neighbours):
            continue
        out[index] = lead.group(0).expandtabs(TAB_WIDTH) + line[lead.end() :]
    return out
