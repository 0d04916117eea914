"""Cells that list several items (an action each, and whose results they are), and cells spanning rows.

A cell may list several actions or results: as bullets (``<li>``, "•"), or, in some layouts, as
paragraphs (``<p>…</p> <p>…</p>``; the profile key ``paragraph_items``). A row listing several
actions gives an action each (``split_cells``). A table may set its actions beside their results
one to a row, or print two lists side by side in one row; with an expected-result column's
``lists_to_priority``, the results of a table printed as lists are the priority's, not its rows'
actions' (:func:`results_to_priority`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from councilkg.documents.tables import Row
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.model import Action, Extraction, Priority
from councilkg.loaders.parsing.cells import cell_items, split_dates
from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole
from councilkg.loaders.parsing.tablefinder import FoundTable
from councilkg.text import clean_text


def raw_cell(lines: Sequence[str], row: Row, index: int) -> str:
    """Return the cell at ``index`` of a row's line as printed, markup and all (``""`` when short)."""
    cells = lines[row.line - 1].split("\t") if 0 < row.line <= len(lines) else []
    return cells[index] if index < len(cells) else ""


def cell_texts(raw: str, paragraphs: bool) -> list[str]:
    """Return the items a printed cell lists: its bullets, and with ``paragraphs`` its paragraphs too.

    Example:
        >>> cell = "<p>Develop provision</p> <p>Improve contact</p>"
        >>> cell_texts(cell, paragraphs=True), cell_texts(cell, paragraphs=False)
        (['Develop provision', 'Improve contact'], ['Develop provision Improve contact'])
    """
    items = cell_items(raw)
    if len(items) > 1 and (paragraphs or all(item.bullet for item in items)):
        return [item.text for item in items]
    text = " ".join(item.text for item in items)
    return [text] if text else []


def split_row(
    lines: Sequence[str],
    row: Row,
    index: int,
    paragraphs: bool,
    items: list[str] | None = None,
    paired: Sequence[int] = (),
    given: Mapping[int, list[str]] | None = None,
    dated: Sequence[int] = (),
    warn: Callable[[int, str], None] | None = None,
) -> list[Row]:
    """Return ``row`` once for each item its cell at ``index`` lists (once if it lists one or none):
    the bullets of its cleaned text ("•"), or with ``paragraphs`` the paragraphs and bullets of the
    cell as printed; ``items`` gives them instead (a row whose first item continued the row above).
    A cell of a ``paired`` column listing as many values as there are items gives each item its own
    (see :func:`paired_values`, or ``given`` values of a column); else each item has the whole cell,
    and a ``dated`` column printing several dates but not one per item is warned (with ``warn``)."""
    if items is not None:
        items = [item for item in items if item]
    elif paragraphs:
        items = cell_texts(raw_cell(lines, row, index), paragraphs)
    else:
        found = cell_items(row.cell(index))
        items = [item.text for item in found] if all(item.bullet for item in found) else []
    if len(items) < 2 and not (items and row.cell(index) != items[0]):
        return [row]
    before, after = row.cells[:index], row.cells[index + 1 :]
    split = [dataclasses.replace(row, cells=(*before, item, *after)) for item in items]
    for column in paired if len(items) > 1 else ():
        values = (given or {}).get(column)
        if values is None or len(values) != len(items):
            values = paired_values(raw_cell(lines, row, column), len(items))
            dates = split_dates(raw_cell(lines, row, column)) if column in dated and not values else []
            if warn is not None and len(dates) > 1:
                cell = clean_text(raw_cell(lines, row, column))
                warn(row.line, f"{len(dates)} dates printed for {len(items)} actions: {cell!r}")
        if column != index and values:
            for number, value in enumerate(values):
                cells = list(split[number].cells) + [""] * (column + 1 - len(split[number].cells))
                cells[column] = value
                split[number] = dataclasses.replace(split[number], cells=tuple(cells))
    return split


def paired_values(raw: str, count: int) -> list[str]:
    """Return the ``count`` values a printed cell lists beside as many items: its dates ("March 2008
    December 2007"), its paragraphs or bullets, or its parts between runs of two spaces or more;
    ``[]`` when it lists another number of values.

    Example:
        >>> paired_values("March 2008  December 2007", 2)
        ['March 2008', 'December 2007']
        >>> paired_values("<p>Head of A</p> <p>Head of B</p>", 2)
        ['Head of A', 'Head of B']
        >>> paired_values("Director, Resources  Director, BSF", 2), paired_values("March 2008", 2)
        (['Director, Resources', 'Director, BSF'], [])
    """
    texts = cell_texts(raw, paragraphs=True)
    for values in (
        split_dates(raw),
        texts,
        [clean_text(part) for part in re.split(r"\s{2,}", raw.strip()) if clean_text(part)],
    ):
        if len(values) == count and (count > 1 or values):
            return values
    return []


def filled_down(spanned: dict[int, str], table: FoundTable, columns: ColumnMap, row: Row) -> Row:
    """Return ``row`` with an empty priority cell taking the one above it in the same table.

    A cell spanning several rows (an HTML ``rowspan``, a merged Word cell, a PDF cell printed
    once) is empty in every row but its first; the rows below it belong to the same priority.
    ``spanned`` holds, per table, the last priority cell printed.
    """
    index = columns.index(ColumnRole.PRIORITY)
    if index is None:
        return row
    above = spanned.get(id(table))
    if row.cell(index):
        spanned[id(table)] = row.cell(index)
        return row
    if above is None or not any(row.cells):
        return row
    cells = list(row.cells) + [""] * (index + 1 - len(row.cells))
    cells[index] = above
    return Row(row.line, tuple(cells))


class ResultLists:
    """Reads the items of a table's cells as printed: which row's results are whose, per printing of
    the table (the rows under one printing of its header: one action beside one result a row, or
    lists side by side), and, with ``continued``, items a page break split across two rows."""

    def __init__(
        self, lines: Sequence[str], paragraphs: bool, continued: bool, new_key: Callable[[str], str]
    ) -> None:
        self.lines = lines
        self.paragraphs = paragraphs
        self.continued = continued
        self.new_key = new_key
        self.paired_by_printing: dict[tuple[int, int], bool] = {}
        self.trimmed: dict[tuple[int, int], list[str]] = {}  # (line, column): a row's items left
        #: Per table, the actions the row above gave and the lists its results went to.
        self.above: dict[int, tuple[list[Action], list[list[str]]]] = {}

    def items(self, row: Row, index: int) -> list[str]:
        """Return the items of a row's cell at ``index`` (less an item that continued the row above)."""
        return self.trimmed.get((row.line, index)) or cell_texts(
            raw_cell(self.lines, row, index), self.paragraphs
        )

    def continue_row(self, table: FoundTable, columns: ColumnMap, row: Row) -> bool:
        """With ``continued``, join a first item starting in lower case to the last item above it in
        its column (the action's label, re-keyed, or the last result); return True when nothing is left
        of the row."""
        action, result = columns.index(ColumnRole.ACTION), columns.index(ColumnRole.EXPECTED_RESULT)
        above = self.above.get(id(table))
        if not self.continued or above is None or action is None:
            return False
        actions, results = above
        left: dict[int, list[str]] = {}
        for index in (action, result):
            if index is None:
                continue
            items = self.items(row, index)
            if items and items[0][:1].islower() and (actions if index == action else results):
                if index == action:
                    actions[-1].label = f"{actions[-1].label} {items[0]}"
                    actions[-1].key = self.new_key(actions[-1].label)
                else:
                    for target in results:
                        target[-1] = f"{target[-1]} {items[0]}"
                items = items[1:]
                self.trimmed[(row.line, index)] = items or [""]
            left[index] = [item for item in items if item]
        if left[action] or (row.line, action) not in self.trimmed:
            return not any(left.values())
        for target in results:  # the row only continued the commitment: its other results join the above's
            target.extend(left.get(result, []) if result is not None else [])
        return True

    def continued_place(self, row: Row, columns: ColumnMap, owner_held: bool) -> str:
        """Return what a row that only continued the rows around it is placed as: "action-owner" when it
        printed an owner alone for the row below (``owner_held``), "action" when it continued an
        action's label and no result, else "table row continued"."""
        action, result = columns.index(ColumnRole.ACTION), columns.index(ColumnRole.EXPECTED_RESULT)
        if owner_held:
            return "action-owner"
        if (row.line, action) in self.trimmed and (result is None or (row.line, result) not in self.trimmed):
            return "action"
        return "table row continued"

    def results_to_priority(
        self,
        extraction: Extraction,
        priority: Priority | None,
        table: FoundTable,
        columns: ColumnMap,
        extras: TableExtras,
        row: Row,
        first_action: int,
    ) -> None:
        """Give the actions a row gave (``extraction.actions[first_action:]``) the results its result
        cell lists (with ``paragraphs``), or give them to ``priority`` instead when the column's rule
        has ``lists_to_priority`` and the row's printing of the table is not paired.

        Returns nothing.
        """
        result = columns.index(ColumnRole.EXPECTED_RESULT)
        given = extraction.actions[first_action:]
        if result is None:
            self.above[id(table)] = (given, [])
            return
        results = [item for item in self.items(row, result) if item]
        if self.paragraphs:
            for item in given:
                item.expected_results = list(results)
        self.above[id(table)] = (given, [item.expected_results for item in given if item.expected_results])
        action = columns.index(ColumnRole.ACTION)
        rule = extras.rules.get(result)
        if priority is None or rule is None or not rule.lists_to_priority or action is None:
            return
        if self._paired(table, row, action, result):
            return
        priority.expected_results += results
        for item in given:
            item.expected_results = []
        self.above[id(table)] = (given, [priority.expected_results] if results else [])

    def _paired(self, table: FoundTable, row: Row, action: int, result: int) -> bool:
        printing = max((line for line in table.header_lines if line < row.line), default=table.header_line)
        key = (id(table), printing)
        if key not in self.paired_by_printing:
            later = min((line for line in table.header_lines if line > printing), default=None)
            rows = [r for r in table.rows if printing < r.line and (later is None or r.line < later)]
            counts = [
                (self._count(r, action, number > 0), self._count(r, result, number > 0))
                for number, r in enumerate(rows)
            ]
            counts = [count for count in counts if any(count)]
            filled = [count for count in counts if count[0]]
            self.paired_by_printing[key] = len(filled) > 1 and all(a <= 1 and r <= 1 for a, r in counts)
        return self.paired_by_printing[key]

    def _count(self, row: Row, index: int, below: bool) -> int:
        """Return how many items a cell lists, less a first one that continues the row above."""
        items = cell_texts(raw_cell(self.lines, row, index), self.paragraphs)
        if below and self.continued and items and items[0][:1].islower():
            return len(items) - 1
        return len(items)
