"""A one-column table a web page printed a cell a line, each cell closed by "|": a cell naming a kind
("Strategic Outcomes |") over the cells that are its items, up to the next column's short title
("Enablers |"); on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: West Cheshire Children's Trust, Children and Young People's Plan 2025-2026, plan on a page,
#: https://westcheshirechildrenstrust.co.uk/?p=858
CHESHIRE_WEST = """\
Vision |
In West Cheshire we will work together to support families to keep children and young people happy, \
healthy and safe. |
Strategic Outcomes |
Prevention To provide the right support at the right time to ensure the best outcomes for children and \
families to avoid the need for statutory services. |
Emotional Health and Mental Wellbeing To promote and improve the emotional health and mental wellbeing of \
children, young people and their families. |
Enablers |
West Cheshire Children’s Trust – dynamic partnership working |
Trauma Informed Approach |
"""


def test_the_cells_under_a_cell_naming_a_kind_are_its_items() -> None:
    found = read(CHESHIRE_WEST)
    assert [(o.label[:37], o.source_line) for o in found.outcomes] == [
        ("Prevention To provide the right suppo", 4),
        ("Emotional Health and Mental Wellbeing", 5),
    ]
    assert not found.priorities and not found.actions  # "Enablers" and its cells: no items


def test_a_column_whose_first_cell_names_no_kind_is_no_list() -> None:
    with pytest.raises(UnknownLayoutError):
        read(CHESHIRE_WEST.replace("Strategic Outcomes |", "Our work |"))
