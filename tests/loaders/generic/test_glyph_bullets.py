"""A symbol font's bullets copied as the letters that code them ("l A Central Information Hub") are
bullets, and a lead-in saying what is to be created ("Key features include creating:") names
actions. Snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Hartlepool Mail, "Bid to give youngsters better start" (the council's early intervention strategy, 2011),
#: https://www.hartlepoolmail.co.uk/news/bid-to-give-youngsters-better-start-1-4090115
HARTLEPOOL = """\
The new two-year strategy was discussed by the cabinet committee at a recent meeting.

Key features include creating:

l A Central Information Hub

This will be the single point of contact for families to receive advice and guidance or support if needed;

l Early Years Pathway

This will focus on hotspot areas and ensure that every family with a child pre-birth to two years old \
will get specific targeted support;

l Locality Teams

These will provide services for families with children pre-birth to 19 with a focus on improving \
school attendance and poor parenting.
"""


def test_letters_coding_a_symbol_fonts_bullets_mark_the_actions_a_lead_in_names() -> None:
    assert [action.label for action in read(HARTLEPOOL).actions] == [
        "A Central Information Hub",
        "Early Years Pathway",
        "Locality Teams",
    ]


def test_a_letter_opening_one_line_only_is_no_bullet() -> None:
    text = HARTLEPOOL.replace("l Early Years Pathway", "Early Years Pathway").replace(
        "l Locality", "Locality"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Hambleton District Council, report to Scrutiny Committee on the Annual Review 2017/18 (2018),
#: https://docslib.org/doc/10503067/hambleton-district-council-report-to
HAMBLETON = """\
1.3 The Annual Review provides information across the four priority areas throughout the year, an \
indication for the year ahead and finishes with a snapshot of performance statistics. The four priority \
areas are:

. Driving Economic Vitality . Enhancing Health and Wellbeing . Caring for the Environment . Providing a \
Special Place to Live

2.0 LINK TO COUNCIL PRIORITIES:
"""


def test_bullets_copied_as_full_stops_part_the_items_of_a_line() -> None:
    assert [priority.label for priority in read(HAMBLETON).priorities] == [
        "Driving Economic Vitality",
        "Enhancing Health and Wellbeing",
        "Caring for the Environment",
        "Providing a Special Place to Live",
    ]
