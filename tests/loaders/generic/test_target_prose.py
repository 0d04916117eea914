"""Measures minutes and news state with their value and target in a sentence ("… 48 out of every 10,000
children … were on the Child Protection Register, compared with a target of 30 per 10,000"), on snippets
cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.model import MeasureType
from tests.loaders.generic.reading import read

#: Care Appointments, "Targets still missed by Doncaster failed children's services department" (2009),
#: https://careappointments.com/care-news/england/82505/targets-still-missed-by-doncaster-failed-childrens-services-department/
DONCASTER = """But latest quarterly monitoring figures also to be considered by the panel tomorrow show the \
scale of the task ahead with three key targets being missed.

The figures show that, in April this year, 48 out of every 10,000 children in the town were on the Child \
Protection Register, compared with a target of 30 per 10,000.

Almost six per cent of the children on the register were not allocated to a social worker – the target is \
none; and fewer than half of initial social care assessments were carried out within seven days, compared \
with a target of 75 per cent.
"""


def test_a_value_of_what_it_counts_compared_with_a_target_is_a_measure() -> None:
    indicators = read(DONCASTER).indicators
    assert [(i.source_line, i.label) for i in indicators] == [
        (3, "children in the town were on the Child Protection Register"),
        (5, "initial social care assessments were carried out within seven days"),
    ]
    targets = [(o.measure_type, o.raw_value) for i in indicators for o in i.observations]
    assert targets == [(MeasureType.TARGET, "30 per 10,000"), (MeasureType.TARGET, "75 per cent")]


def test_a_measure_named_before_its_value_is_read_by_what_it_counts() -> None:
    """Darlington Borough Council, Children and Young People Scrutiny Committee minutes (2019),
    https://democracy.darlington.gov.uk/mgAi.aspx?ID=3008; Cheshire West and Chester Council's performance
    pages (2018), https://performancecheshirewest.co.uk/thriving-residents/best-start-in-life/"""
    text = (
        "It was highlighted that 96.8 per cent of referrals are screened and completed within one day "
        "which was above the target of 90 per cent; 14.8 per cent of re-referrals were repeated within 12 "
        "months.\n\n"
        "The areas highlighted for improvement in Quarter 1 was the timeliness of assessments which was 88.1 "
        "per cent, below the target of 90 per cent and the reasons for this have been analysed.\n\n"
        "Cheshire West has experienced a significant reduction in the number of children in need, currently "
        "at 291.4 per 10,000, below the target of 310 per 10,000.\n"
    )
    assert [i.label for i in read(text).indicators] == [
        "referrals are screened and completed within one day",
        # a value beside one compared with its target: a measure of the same list (the excerpt's label)
        "re-referrals were repeated within 12 months",
        "the timeliness of assessments",
        "the number of children in need",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Central Bedfordshire's performance page (2016): a target, but nothing said of what the value counts
        "Central Bedfordshire does however remain just below the national average of 69.3% and, more "
        "significantly, short of the target of 71.7%.",
        # a measure's name with no value before the target: no comparison stated
        "The Committee discussed the number of children in care against the target of the strategy.",
    ],
)
def test_a_target_with_no_measure_and_value_before_it_is_no_measure(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text + "\n")
