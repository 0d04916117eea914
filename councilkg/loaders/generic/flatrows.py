"""What the readers of a flattened table share: the table found (:class:`RebuiltTable`, its shape and
how far its reading is trusted), the test of a header row, and which lines can be a table's at all.

The readers are one module a shape (:mod:`~councilkg.loaders.generic.delimitedrows`,
:mod:`~councilkg.loaders.generic.alignedrows`, :mod:`~councilkg.loaders.generic.cellperline`);
:func:`~councilkg.loaders.generic.flattables.rebuild_tables` tries them in turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilkg.loaders.parsing.columns import ColumnMap

HeaderTest = Callable[[Sequence[str]], ColumnMap | None]
"""Reads a row of cells into their columns when it is a header row, else ``None``."""

SHAPE_ONE_CELL_PER_LINE = "one cell per line"
SHAPE_SPACE_ALIGNED = "space-aligned"
SHAPE_DELIMITED = "delimited"
#: How much the reading of each shape is trusted (an item's ckg:confidence).
SHAPE_CONFIDENCE = {SHAPE_DELIMITED: 0.9, SHAPE_SPACE_ALIGNED: 0.8, SHAPE_ONE_CELL_PER_LINE: 0.7}

#: A header cell has at most this many words (a longer one is a sentence, not a column heading).
MAX_HEADER_CELL_WORDS = 6
#: "Priority 2:", "Outcome 3 –": a labelled heading starts a new part of the plan, never a table's cell.
LABELLED_HEADING = re.compile(
    r"^(?:strategic |key |our )?(?:priority|priorities|outcome|objective|aim|theme|goal|ambition|section|"
    r"appendix|part)\b\s*(?:\d+|[A-Z]\b|one|two|three|four|five|six)?\s*[:.–-]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RebuiltTable:
    """A flattened table found and rewritten: its shape, header line, row lines and columns."""

    shape: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[int, ...]
    end_line: int

    @property
    def confidence(self) -> float:
        """Return how much a reading of this table is trusted, from 0 to 1."""
        return SHAPE_CONFIDENCE[self.shape]


#: Longer lines are paragraphs, never a table's header or row; the rules are not run over them.
MAX_ROW_CHARS = 2_000


def is_text(line: str) -> bool:
    """Return True when ``line`` can be a flattened table's header or row: text, not too long, no tab."""
    return len(line) <= MAX_ROW_CHARS and bool(line.strip()) and "\t" not in line
