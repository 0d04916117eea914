"""Lists a sentence counts as two, run into it ("two key areas for improvement: A and B", "two areas of
significant weakness … – namely A, and B"), on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.countedpairs import counted_pair
from councilkg.loaders.parsing.runlists import counted_run
from tests.loaders.generic.reading import read

#: Hertfordshire County Council, report to the Education & Skills Cabinet Panel on the Children and
#: Young People's Plan 2011/12 (8 February 2011),
#: https://docest.com/doc/32480/children-and-young-peoples-plan-cypp-report-for-education-and-skills-panel-8-february-2011
HERTFORDSHIRE = (
    "2.1The CYPP is the key strategic document for all partners delivering services to children, young "
    "people, and their families in Hertfordshire. The plan continues to focus on two key areas for "
    "improvement: safeguarding children and young people and narrowing the gap between children from the "
    "poorest families and all children.\n"
    "\n"
    "2.2The 2011/12 draft plan now focuses on 11 key priorities instead of 12. Priority 10 from the 2010/11 "
    "CYPP has now been embedded within the plan.\n"
    "\n"
    "2.4 During the period for comment, work will be undertaken with priority leads to amend or supplement "
    "the use of performance measures within the plan.\n"
)

#: Darlington Borough Council, minutes on the SEND written statement of action (2023),
#: https://democracy.darlington.gov.uk/mgAi.aspx?ID=9672
DARLINGTON = (
    "The submitted report highlighted that, whilst the lead inspector identified a number of strengths in "
    "the local area, there were also two areas of significant weakness identified across Darlington – "
    "namely the ineffectiveness of meeting the needs of children and young people with SEND and the impact "
    "of this on their outcomes, and poor preparation for adulthood and post-19 opportunities for children "
    "and young people with SEND. It was reported that actions were already taking place to address the "
    "highlighted concerns.\n"
)

#: North Tyneside Council, Children and Young People Plan,
#: https://my.northtyneside.gov.uk/category/522/children-and-young-people-plan
NORTH_TYNESIDE = (
    "This Plan supports the delivery of two themes within the Our North Tyneside Plan; that we are a "
    "‘family friendly’ and ‘caring’ Borough."
)

#: Bournemouth 2026 Trust, Our Priorities (2013), http://bournemouth2026.org.uk/our-priorities
BOURNEMOUTH = (
    "The Bournemouth 2026 Trust has 3 key priorities to focus its attention on over the next few years that "
    "fall under regeneration and transformation.\n"
    "\n"
    "The two neighbourhood regeneration priorities are: Boscombe and West Howe.  These were identified by "
    "the former Bournemouth 2026 Shadow Board as hotspots requiring attention.\n"
)


def test_two_items_led_by_verbs_in_ing_part_at_the_and_before_the_second() -> None:
    extraction = read(HERTFORDSHIRE)
    assert [p.label for p in extraction.priorities] == [
        "safeguarding children and young people",
        "narrowing the gap between children from the poorest families and all children",
    ]
    # the report's later numbered paragraphs are no actions for the second of them
    assert extraction.actions == []


def test_two_areas_of_weakness_part_at_the_closing_comma_and() -> None:
    assert [p.label for p in read(DARLINGTON).priorities] == [
        "the ineffectiveness of meeting the needs of children and young people with SEND and the impact of "
        "this on their outcomes",
        "poor preparation for adulthood and post-19 opportunities for children and young people with SEND",
    ]


def test_two_with_no_single_mark_between_them_is_no_list() -> None:
    assert counted_run(NORTH_TYNESIDE) is None
    assert counted_pair("health and wellbeing and safety for all") == []
    with pytest.raises(UnknownLayoutError):
        read(NORTH_TYNESIDE)


def test_two_names_part_at_their_one_and() -> None:
    assert [p.label for p in read(BOURNEMOUTH).priorities] == ["Boscombe", "West Howe"]
    assert counted_pair("Boscombe and West Howe") == ["Boscombe", "West Howe"]
    assert counted_pair("Health and Wellbeing and Safety") == []
