"""Table rows whose cells sit out of line with their header: an anchor column, carried cells and a
column naming the items' section.

A table printed across page breaks, or with a merged cell, gives rows whose cells do not line up with
the header: the header prints a blank cell the rows lack, a row prints its group in the second cell
instead of the first. A column rule's ``anchor`` is a pattern that finds the column's cell in each row
whatever its position (an indicator's reference, "PAF A1 (BVPI 49)"): the cells after it fill the
columns after it, in order; of the filled cells before it, the last fills the named column just before
it and the others the named columns from the first. A rule's ``carry`` makes an empty cell of its
column take the last one printed above it in the same table (a group printed once for the rows
below it), and ``section`` makes the column's cell the section of the row's items.
"""

from __future__ import annotations

from councilkg.documents.tables import Row
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.parsing.columns import ColumnMap


def anchored(row: Row, columns: ColumnMap, extras: TableExtras) -> Row:
    """Return ``row`` with its cells placed around its anchor cell (see the module docstring); the row
    as it is when no column has an anchor, no cell matches it, or more cells precede it than there are
    named columns before it.

    Example:
        >>> import re
        >>> from councilkg.loaders.generic.profile import ColumnRule
        >>> from councilkg.loaders.parsing.columns import Column, ColumnRole
        >>> columns = ColumnMap((Column(0, ColumnRole.OUTCOME, "Outcome"),
        ...     Column(2, ColumnRole.TITLE, "Title"), Column(3, ColumnRole.REF, "Indicator"),
        ...     Column(4, ColumnRole.OUTTURN, "Outturn 06/07")))
        >>> extras = TableExtras(rules={3: ColumnRule(re.compile("Indicator"), ColumnRole.REF,
        ...     anchor=re.compile(r"^PAF [A-Z]\\d+$"))})
        >>> anchored(Row(9, ("Stay safe", "Re-registrations", "PAF A3", "12.5")), columns, extras).cells
        ('Stay safe', '', 'Re-registrations', 'PAF A3', '12.5')
        >>> anchored(Row(9, ("Children in need", "", "PAF E67", "n/a")), columns, extras).cells
        ('', '', 'Children in need', 'PAF E67', 'n/a')
    """
    at = next((index for index, rule in extras.rules.items() if rule.anchor is not None), None)
    if at is None:
        return row
    pattern = extras.rules[at].anchor
    assert pattern is not None
    found = next((index for index, cell in enumerate(row.cells) if pattern.search(cell)), None)
    if found is None:
        return row
    named = sorted(
        {column.index for column in columns.columns if column.index < at}
        | {index for index in extras.rules if index < at}
    )
    before = [cell for cell in row.cells[:found] if cell]
    if len(before) > len(named):
        return row
    after = row.cells[found:]
    cells = [""] * max(at + len(after), len(row.cells))
    cells[at : at + len(after)] = after
    if before:
        cells[named[-1]] = before[-1]
        for index, cell in zip(named, before[:-1], strict=False):
            cells[index] = cell
    return Row(row.line, tuple(cells))


class CarriedCells:
    """The cells of carried columns last printed in each table, to fill the empty cells below them."""

    def __init__(self) -> None:
        self.last: dict[tuple[int, int], str] = {}

    def carried(self, table: int, row: Row, extras: TableExtras) -> Row:
        """Return ``row`` with each empty cell of a ``carry`` column taking the one printed above it in
        the table ``table`` (an id); the row as it is when none is empty or the table prints none above.

        Example:
            >>> import re
            >>> from councilkg.loaders.generic.profile import ColumnRule
            >>> extras = TableExtras(rules={0: ColumnRule(re.compile("Outcome"), None, carry=True)})
            >>> carry = CarriedCells()
            >>> [carry.carried(1, Row(n, cells), extras).cells for n, cells in
            ...     ((2, ("Stay safe", "PAF A3")), (3, ("", "PAF C21")), (4, ("Health", "BVPI 197")))]
            [('Stay safe', 'PAF A3'), ('Stay safe', 'PAF C21'), ('Health', 'BVPI 197')]
        """
        cells = list(row.cells)
        for index, rule in extras.rules.items():
            if not rule.carry:
                continue
            if row.cell(index):
                self.last[(table, index)] = row.cell(index)
            elif (table, index) in self.last and any(cells):
                cells += [""] * (index + 1 - len(cells))
                cells[index] = self.last[(table, index)]
        return Row(row.line, tuple(cells))


def row_section(row: Row, extras: TableExtras) -> str | None:
    """Return the cell of the row's first ``section`` column, the section of its items; ``None``
    when no column is one or its cell is empty."""
    return next(
        (row.cell(index) for index, rule in extras.rules.items() if rule.section and row.cell(index)), None
    )
