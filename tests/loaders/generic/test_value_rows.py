"""A table of measures printed one cell a line with no header: name, value, status — read as
indicators with their outturns, never a contents page's entries and their pages.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Cheshire West and Chester Council, performance report 2019 (thriving residents),
#: https://performancecheshirewest.co.uk/thriving-residents/
CHESHIRE_WEST = "\n\n".join(
    [
        "Reduce the rate of children in need, per 10,000 population 0-17 (includes all children 0-17 with an "
        "open referral, CIN, CPP and LAC)",
        "323.5",
        "Stayed the same",
        "Parent/Carer Satisfaction with Final Education Heath and Care Plan (initial targets revised as "
        "process has bedded in)",
        "92.4%",
        "Improved performance",
        "Percentage of referrals to children’s social care within 12 months of a previous referral",
        "19.9%",
        "Requires improvement",
    ]
)


def test_a_measure_printed_over_its_value_and_status_is_an_indicator_with_its_outturn() -> None:
    found = read(CHESHIRE_WEST)
    assert [(i.label[:30], i.source_line, i.status) for i in found.indicators] == [
        ("Reduce the rate of children in", 1, "Stayed the same"),
        ("Parent/Carer Satisfaction with", 7, "Improved performance"),
        ("Percentage of referrals to chi", 13, "Requires improvement"),
    ]
    observed = [
        (o.raw_value, o.value, o.unit, o.source_line) for i in found.indicators for o in i.observations
    ]
    assert observed == [
        ("323.5", Decimal("323.5"), None, 3),
        ("92.4%", Decimal("92.4"), "percent", 9),
        ("19.9%", Decimal("19.9"), "percent", 15),
    ]
    assert found.placed[5] == "indicator status"


#: Tameside MBC, Corporate Parenting Strategy for Looked After Children 2012–15 (its contents page, one
#: cell a line), https://paperzz.com/doc/7179207/corporate-parenting-strategy-for-looked-after-children--2...
CONTENTS = "\n".join(
    [
        "Introductions & Objectives",
        "4",
        "Supporting families to stay together",
        "21",
        "Achieving permanence for children in care",
        "23",
        "Improving the health of children in care",
        "27",
    ]
)


def test_entries_over_bare_page_numbers_are_no_measures() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(CONTENTS)
