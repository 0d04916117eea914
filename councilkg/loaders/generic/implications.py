"""A priority's implications: a table of financial, staffing and risk implications under it.

A plan may close each priority with a small table headed "Financial implications | Staffing
implications | Risk implications". Its rows (a long text split over rows by a page break) give the
priority in force those texts, each column's cells joined with a space.
"""

from __future__ import annotations

from councilkg.documents.tables import Row
from councilkg.loaders.model import Priority
from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole

#: The priority's field each implications column fills.
IMPLICATIONS = {
    ColumnRole.FINANCIAL: "financial_implications",
    ColumnRole.STAFFING: "staffing_implications",
    ColumnRole.RISK_IMPLICATIONS: "risk_implications",
}


def is_implications_table(columns: ColumnMap) -> bool:
    """True when every column of a table is an implications column (and it has one).

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> is_implications_table(map_columns(["Financial implications", "Risk implications"]))
        True
        >>> is_implications_table(map_columns(["Action", "Financial implications"]))
        False
    """
    roles = columns.roles()
    return bool(roles) and roles <= set(IMPLICATIONS)


def add_implications(priority: Priority, columns: ColumnMap, row: Row) -> None:
    """Give ``priority`` the implications a row of its implications table prints, after any printed
    above; returns nothing."""
    for role, attribute in IMPLICATIONS.items():
        index = columns.index(role)
        text = row.cell(index) if index is not None else ""
        if text:
            earlier = getattr(priority, attribute)
            setattr(priority, attribute, f"{earlier} {text}" if earlier else text)
