"""Tables read by position: a header row the engine cannot read, under a heading whose profile rule
names the columns its tables have.

A plan of one layout prints the same table under each of its priorities ("We will commission
services that..." | "As a result, we expect..."). When a printing's header row names none of the
roles (a draft's "Commitments | Results"), the profile's ``columns`` on the heading's rule say what its
columns are, in order: the row is read as the header of a table with those roles by position, with a
warning, and the rows below it as its rows.
"""

from __future__ import annotations

from councilkg.documents.tables import split_row
from councilkg.loaders.generic.profile import SectionRule
from councilkg.loaders.parsing.columns import Column, ColumnMap
from councilkg.loaders.parsing.tablefinder import FoundTable


def positional_table(rule: SectionRule | None, raw: str, line: int) -> tuple[FoundTable, str] | None:
    """Return the table whose header is the row ``raw`` (at ``line``), its columns the roles ``rule``
    names by position, and the warning saying so; ``None`` when the rule names no columns.

    Example:
        >>> import re
        >>> from councilkg.loaders.generic.profile import SectionKind
        >>> from councilkg.loaders.parsing.columns import ColumnRole
        >>> rule = SectionRule(re.compile("x"), SectionKind.PRIORITY,
        ...     columns=(ColumnRole.ACTION, ColumnRole.EXPECTED_RESULT))
        >>> table, warning = positional_table(rule, "Commitments\\tResults", 7)
        >>> [(column.index, column.role.value) for column in table.columns.columns], warning
        ([(0, 'action'), (1, 'expected-result')], "table header 'Commitments | Results' not understood: \
columns read as action, expected-result")
    """
    if rule is None or not rule.columns:
        return None
    cells = split_row(raw, line).cells
    columns = tuple(
        Column(index, role, cells[index]) for index, role in enumerate(rule.columns) if index < len(cells)
    )
    table = FoundTable(cells, line, header_lines=[line], columns=ColumnMap(columns))
    shown = " | ".join(cell for cell in cells if cell)
    roles = ", ".join(column.role.value for column in columns)
    return table, f"table header {shown!r} not understood: columns read as {roles}"
