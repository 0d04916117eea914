"""Owner cells a page break split (``continued_items``): "Divisional" at the foot of one page and
"Director, Social Care" at the head of the next.

When a row's first action continues the last action of the row above (it starts in lower case), the
first of its owner cell's values (when the cell lists one more than the row's new actions, or it has
no new action) continues that action's owner: the owner cell is read again as joined ("Divisional" and
"Director, Social Care"). A row printing nothing but an owner begins the owner of the row below it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from councilkg.documents.tables import Row
from councilkg.loaders.generic.celllists import paired_values, raw_cell
from councilkg.loaders.model import Action
from councilkg.loaders.parsing.columns import OWNER_ROLES, ColumnMap
from councilkg.text import clean_text


class OwnerFragments:
    """The owner fragments of one plan's action tables, per table."""

    def __init__(self, lines: Sequence[str], reread: Callable[[Action, str], None]) -> None:
        self.lines = lines
        self.reread = reread
        self.pending: dict[int, str] = {}  # per table, an owner printed alone on a row
        self.given: dict[tuple[int, int], list[str]] = {}  # (line, column): the owners left for new actions
        self.held: set[int] = set()  # the lines of rows printing an owner alone, kept for the row below

    def joined(self, table: int, columns: ColumnMap, row: Row) -> Row:
        """Return ``row`` with an owner printed alone on the row above put before its owner cell."""
        index = _owner_column(columns)
        fragment = self.pending.pop(table, None)
        if index is None or fragment is None:
            return row
        cells = list(row.cells) + [""] * (index + 1 - len(row.cells))
        cells[index] = f"{fragment} {cells[index]}".strip()
        return dataclasses.replace(row, cells=tuple(cells))

    def continued(
        self,
        table: int,
        columns: ColumnMap,
        row: Row,
        label: int,
        trimmed: Mapping[tuple[int, int], list[str]],
        last: Action | None,
    ) -> Row:
        """Return ``row`` less the first owner of its owner cell when its first action continued
        ``last`` (the action above), whose owner that owner continues (the rest kept for the row's new
        actions); or keep an owner printed alone on a row for the row below (the row as it is)."""
        index = _owner_column(columns)
        if index is None:
            return row
        owner = row.cell(index)
        if (row.line, label) in trimmed and last is not None and owner:
            new = [item for item in trimmed[(row.line, label)] if item]
            values = paired_values(raw_cell(self.lines, row, index), len(new) + 1) if new else [owner]
            if values:
                self.reread(last, values[0])
                self.given[(row.line, index)] = values[1:]
                cells = list(row.cells)
                cells[index] = "  ".join(values[1:])
                return dataclasses.replace(row, cells=tuple(cells))
        elif owner and not any(
            clean_text(cell) for number, cell in enumerate(self._printed(row)) if number != index
        ):  # as printed: the priority cell filled down from above is no cell of this row
            self.pending[table] = owner
            self.held.add(row.line)
        return row

    def _printed(self, row: Row) -> list[str]:
        return self.lines[row.line - 1].split("\t") if 0 < row.line <= len(self.lines) else list(row.cells)


def _owner_column(columns: ColumnMap) -> int | None:
    owners = columns.all(*OWNER_ROLES)
    return owners[0].index if owners else None
