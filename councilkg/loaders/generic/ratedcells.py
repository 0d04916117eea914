"""A table's last cell that is a number, mistaken for a contents page's page number.

"CYP101:Proportion of children … / 3" reads as a contents entry ("Our Principles / 5"): a name, then
its page in a cell of its own. A contents page's numbers never go back; a table whose rows end in a
score or a rating ("/ 1", "/ 3", "/ 4", "/ 1") goes back again and again. Such rows are given to the
readers without that cell, so they are read as the rows they are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from councilkg.loaders.generic.contents import is_contents_entry, page_number, without_page_number

#: How many times the numbers must go back: one restart may be a second contents page (a chapter's).
MIN_STEPS_BACK = 2


def numbered_cell_rows(lines: Sequence[str]) -> dict[int, str]:
    """Return, by line number (from 1), each row ending in a "/ N" cell, without that cell, when the
    numbers of such rows go back at least twice down the text (so they are no page numbers).

    Example:
        >>> numbered_cell_rows(["Safe / 3", "Healthy / 1", "Achieving / 4", "Housing / 2"])
        {1: 'Safe', 2: 'Healthy', 3: 'Achieving', 4: 'Housing'}
        >>> numbered_cell_rows(["Safe / 3", "Healthy / 4", "Achieving / 4", "Housing / 9"])
        {}
    """
    rows: dict[int, str] = {}
    numbers: list[int] = []
    for number, line in enumerate(lines, start=1):
        if not is_contents_entry(line) or not line.rstrip().rstrip("0123456789").rstrip().endswith(" /"):
            continue
        page = page_number(line)
        if page is None:
            continue
        rows[number] = without_page_number(line.rstrip())
        numbers.append(page)
    steps_back = sum(1 for before, after in itertools.pairwise(numbers) if after < before)
    return rows if steps_back >= MIN_STEPS_BACK else {}
