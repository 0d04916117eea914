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
from collections.abc import Sequence

from councilkg.documents.tables import Row
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.model import Extraction, Priority
from councilkg.loaders.parsing.cells import cell_items
from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole
from councilkg.loaders.parsing.tablefinder import FoundTable


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


def split_row(lines: Sequence[str], row: Row, index: int, paragraphs: bool) -> list[Row]:
    """Return ``row`` once for each item its cell at ``index`` lists (once if it lists one or none):
    the bullets of its cleaned text ("•"), or with ``paragraphs`` the paragraphs and bullets of the
    cell as printed."""
    if paragraphs:
        items = cell_texts(raw_cell(lines, row, index), paragraphs)
    else:
        found = cell_items(row.cell(index))
        items = [item.text for item in found] if all(item.bullet for item in found) else []
    if len(items) < 2:
        return [row]
    before, after = row.cells[:index], row.cells[index + 1 :]
    return [dataclasses.replace(row, cells=(*before, item, *after)) for item in items]


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
    """Decides, per printing of a table (the rows under one printing of its header), whether it sets
    one action beside one result a row (paired) or prints lists side by side."""

    def __init__(self, lines: Sequence[str], paragraphs: bool) -> None:
        self.lines = lines
        self.paragraphs = paragraphs
        self.paired_by_printing: dict[tuple[int, int], bool] = {}

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
        if result is None:
            return
        results = cell_texts(raw_cell(self.lines, row, result), self.paragraphs)
        given = extraction.actions[first_action:]
        if self.paragraphs:
            for item in given:
                item.expected_results = list(results)
        action = columns.index(ColumnRole.ACTION)
        rule = extras.rules.get(result)
        if priority is None or rule is None or not rule.lists_to_priority or action is None:
            return
        if self._paired(table, row, action, result):
            return
        priority.expected_results += results
        for item in given:
            item.expected_results = []

    def _paired(self, table: FoundTable, row: Row, action: int, result: int) -> bool:
        printing = max((line for line in table.header_lines if line < row.line), default=table.header_line)
        key = (id(table), printing)
        if key not in self.paired_by_printing:
            later = min((line for line in table.header_lines if line > printing), default=None)
            rows = [r for r in table.rows if printing < r.line and (later is None or r.line < later)]
            counts = [
                (
                    len(cell_texts(raw_cell(self.lines, r, action), self.paragraphs)),
                    len(cell_texts(raw_cell(self.lines, r, result), self.paragraphs)),
                )
                for r in rows
            ]
            counts = [count for count in counts if any(count)]
            filled = [count for count in counts if count[0]]
            self.paired_by_printing[key] = len(filled) > 1 and all(a <= 1 and r <= 1 for a, r in counts)
        return self.paired_by_printing[key]
