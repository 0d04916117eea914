"""Items a sentence names by their place in the plan's list ("The fifth priority is …", "The first of
these, …, had been formed"), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.ordinals import RULE_ORDINAL_ITEM, first_of_counted, ordinal_items
from tests.loaders.generic.reading import read

#: Trafford Council, scrutiny minutes: the Leader's presentation of the Corporate Plan refresh (2024),
#: https://democratic.trafford.gov.uk/mgAi.aspx?ID=41422
TRAFFORD = (
    "The Leader of the Council provided a summary overview of the presentation shared with the agenda. The "
    "new Corporate Plan now included five priorities, with two additional priorities added to the three "
    "from the former plan.\n"
    "\n"
    "The first of these, providing the best start for children and young people, had been formed, in part, "
    "due to the impact felt by young people during the pandemic. The second new priority, the Leader "
    "outlined, was to celebrate the cultural power of the Borough of Trafford.\n"
)

#: London Borough of Havering news on its Integrated Starting Well Plan (2024),
#: https://havering.gov.uk/news/article/1453/happy-healthy-lives-havering-s-wish-for-young-people
HAVERING = (
    "It brings together the Council’s key strategies and plans under five priorities.\n"
    "The first four spell out the Council’s WISH for children and young people.\n"
    "- Well\n"
    "- Inspired\n"
    "- Safe and\n"
    "- Heard\n"
    "The fifth priority is a commitment to doing everything the Council can to ensure children, young "
    "people and their families are treated fairly.\n"
)


def test_a_priority_named_by_its_place_and_one_of_these_after_a_count() -> None:
    priorities = read(TRAFFORD).priorities
    assert [p.label for p in priorities] == [
        "providing the best start for children and young people",
        "celebrate the cultural power of the Borough of Trafford",
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_ORDINAL_ITEM}


def test_the_first_four_of_five_priorities_over_four_bullets_and_the_fifth_priority_is() -> None:
    assert [p.label for p in read(HAVERING).priorities] == [
        "Well",
        "Inspired",
        "Safe and",
        "Heard",
        "a commitment to doing everything the Council can to ensure children, young people and their "
        "families are treated fairly",
    ]


def test_one_of_these_with_no_count_before_and_an_outcome_of_a_meeting_are_no_items() -> None:
    # "The first four" over as many bullets as the count before it is no list of its first four
    assert (
        first_of_counted(
            "The first four spell out our WISH.", "It has four priorities.", HAVERING.split("\n"), 2
        )
        is None
    )
    assert ordinal_items("The first of these, in March, was the budget.", "The Board met twice.") is None
    assert ordinal_items("The final outcome was that the report was noted.") is None
