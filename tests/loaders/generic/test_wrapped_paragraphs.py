"""A paragraph wrapped over lines (a narrower column or page) is read for its "We will" commitments as
the paragraph it is: joined from its first line, each commitment whole and placed on the line it starts
on (councilkg/loaders/generic/wrappedparagraphs.py), so the same plan printed at another width reads
the same actions."""

from __future__ import annotations

from councilkg.loaders.generic.wrappedparagraphs import wrapped_paragraph
from tests.loaders.generic.reading import read

#: Liverpool City Council, Liverpool 2040: the next generation (2025),
#: https://liverpool.gov.uk/council/strategies-and-policies/liverpool-2040/the-next-generation
#: (each paragraph one line there): re-wrapped at 80 columns.
LIVERPOOL_80 = [
    "Goal 1 outcomes (1 to 5)",
    "To realise our goal, we will progress the following outcomes:",
    "-",
    "Children have the best possible start in life",
    "We will focus on improving outcomes in the first 1001 days of a child’s life and",
    "provide every child with the support and opportunities needed to start school",
    "ready to learn and reach their full potential. We will ensure early and",
    "preventative intervention to reduce infant mortality rates in Liverpool through",
    "joined-up action.",
]

#: Salford City Council, Pledge: Improving Health in Salford (2004): a heading over a table's header.
SALFORD = [
    "Improving HealthIN Salford",
    "We will improve the Health, Well-being and Social Care of the people in Salford",
    "By: / Key Indicators year one 2004/05 / Key Indicators, three year to 2007",
]


def test_commitments_of_a_paragraph_wrapped_at_80_columns_are_read_whole_on_their_lines() -> None:
    actions = read("\n".join(LIVERPOOL_80)).actions
    assert [(action.source_line, action.label) for action in actions] == [
        (
            5,
            "We will focus on improving outcomes in the first 1001 days of a child’s life and provide every "
            "child with the support and opportunities needed to start school ready to learn and reach their "
            "full potential",
        ),
        (
            7,
            "We will ensure early and preventative intervention to reduce infant mortality rates in "
            "Liverpool through joined-up action",
        ),
    ]


def test_a_line_between_two_capitalised_words_is_no_wrapped_line() -> None:
    assert wrapped_paragraph(SALFORD, 2, lambda number: False) is None


def test_a_line_longer_than_a_page_is_a_paragraph_printed_whole() -> None:
    long_line = "We will ensure that all children are supported to achieve their full potential " * 3
    assert wrapped_paragraph(["", long_line, "and their families."], 2, lambda number: False) is None
