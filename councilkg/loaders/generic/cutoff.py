"""An item cut off where the text ends: "4. Achieve the best possible outcomes for" on a plan's last line.

A page copied up to a point, or a PDF's text cut at its last page, can stop mid-item. An item on the
text's last line whose label ends in a word no phrase ends with (an article, a preposition, a
conjunction) was cut off there: what it says is not known, and it is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.dropitems import drop_items
from councilkg.loaders.model import Extraction

CUT_OFF = "item cut off at the text's end"
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z‘“'\"]")
#: Words no item's label ends with: the phrase goes on past them.
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|for|to|and|or|with|in|on|by|from|at|into|across|which|that|our|their|its)\s*$",
    re.IGNORECASE,
)


def ends_open(label: str) -> bool:
    """True when a label ends in a word no phrase ends with: it was cut off.

    Example:
        >>> ends_open("Achieve the best possible outcomes for"), ends_open("Keep children safe")
        (True, False)
    """
    return bool(_OPEN_END.search(label))


def drop_cut_off_items(extraction: Extraction, lines: Sequence[str]) -> list[int]:
    """Take out the item the text ends in, when the text's last line ends open ("… outcomes for") and
    the item's label ends where the line does; returns their lines."""
    last = max((number for number, line in enumerate(lines, 1) if line.strip()), default=0)
    if not last or not ends_open(lines[last - 1]):
        return []  # "… to work in;": a line closed by its stop is whole, whatever its last word
    end = lines[last - 1].split()[-1]

    def cut_off(line: int, label: str) -> bool:
        # "Health and happiness. As well as …, the": a whole title, what was said of it cut off
        whole_first = _SENTENCE_BREAK.search(label)
        return line == last and ends_open(label) and label.split()[-1] == end and not whole_first

    return drop_items(extraction, lambda item: cut_off(item.source_line, item.label), CUT_OFF)
