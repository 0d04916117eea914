"""A sentence a PDF's column wraps over lines, read as one sentence by the counted and named list rules,
each item placed on the line its label starts on; on snippets cut from the wild corpus
(``tests/corpus/wild/``), printed as the stored page wraps them."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.wrappedsentences import wrapped_sentence
from tests.loaders.generic.reading import read

#: Leicestershire County Council, "Improving life in Leicestershire: Medium Term Corporate Strategy to
#: 2009" (2006), the Leader's foreword, http://www.docstoc.com/docs/26275137/Improving-life
LEICESTERSHIRE = """I am pleased to present the County Council‟s second Medium Term Corporate Strategy which
covers our priorities for the four year period to May 2009. The priorities are set out within our 3
overall aims of improving quality of life for people, improving quality of life in communities and
improving services so they are high quality and value for money. This focus on priorities is
intended to help everyone be clear about what the Council wants to achieve. Progress against
the targets will be monitored and published each year in the Council‟s Annual Plan.
"""

#: City of York Council, "Launching our new children and young people's plan" (2016), slides,
#: https://sambuz.com/doc/launching-our-new-children-and-young-people-s-plan-young-presentation-534631
YORK = [
    "Four Priorities: Early Help Emotional Narrowing Priority and Mental and Mental Gaps in Gaps in Groups "
    "Groups Health Outcomes #NWD2016 yor-ok.org.uk/nowrongdoor",
    "1. Early help • Better perinatal health to give children the best possible start • Great support in the "
    "Early Years • More children and families access the right early support at the right time",
]


def test_a_counted_list_wrapped_over_three_lines_is_read_each_item_on_its_own_line() -> None:
    aims = read(LEICESTERSHIRE).priorities
    assert [(aim.label, aim.source_line) for aim in aims] == [
        ("improving quality of life for people", 3),
        ("improving quality of life in communities", 3),
        ("improving services so they are high quality and value for money", 4),
    ]


def test_the_list_is_read_once_where_its_count_is_not_again_from_the_next_line() -> None:
    aims = read("Foreword\n\n" + LEICESTERSHIRE).priorities
    assert [aim.source_line for aim in aims] == [5, 5, 6]


def test_a_count_not_matching_the_wrapped_list_reads_nothing() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LEICESTERSHIRE.replace("within our 3", "within our 4"))


def test_a_blank_line_ends_the_paragraph_so_nothing_wraps_over_it() -> None:
    parted = LEICESTERSHIRE.replace("within our 3\n", "within our 3\n\n")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(parted)


def test_a_numbered_item_below_is_no_wrapped_line_of_the_sentence_above() -> None:
    assert wrapped_sentence(YORK, 1, lambda number: False) is None


def test_a_line_another_reader_read_is_no_wrapped_line() -> None:
    lines = LEICESTERSHIRE.splitlines()
    assert wrapped_sentence(lines, 2, lambda number: False) is not None
    assert wrapped_sentence(lines, 2, lambda number: number == 3) is None


def test_a_line_printed_in_cells_is_no_wrapped_line() -> None:
    lines = LEICESTERSHIRE.splitlines()
    lines[2] = lines[2].replace("people, improving", "people,     improving")
    assert wrapped_sentence(lines, 2, lambda number: False) is None


def test_a_typists_two_spaces_after_a_stop_are_no_cells() -> None:
    """Cornwall (2017) and Northumberland (2019) print two spaces after a full stop ("… Isles of
    Scilly.  These are:"); the Leicestershire paragraph so printed still wraps."""
    spaced = LEICESTERSHIRE.replace("May 2009. The", "May 2009.  The").replace("money. This", "money.  This")
    aims = read(spaced).priorities
    assert [(aim.label, aim.source_line) for aim in aims][2] == (
        "improving services so they are high quality and value for money",
        4,
    )
