"""A bullet saying in the present tense what is ("We are ambitious for …", "We want strong schools …")
is no action of the priority above it, nor makes the heading above it a priority (statedlines.STATE)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.statedlines import STATE
from tests.loaders.generic.reading import read

#: North Lincolnshire Council's Education and Inclusion Plan 2022-25,
#: https://localoffer.northlincs.gov.uk/document-library/education-and-inclusion-plan-2022-25/
NORTH_LINCOLNSHIRE = "\n".join(
    [
        "In North Lincolnshire",
        "",
        "  • We are ambitious for our children, families and communities.",
        "  • We want strong schools and settings which have high standards and accessible provision that "
        "meets the needs of their children and community",
        "  • We are committed to supporting parents as first educators, enabling children to remain "
        "resilient",
        "",
        "Our improvement priorities",
        "",
        "  • Improving equalities in children’s health, educational entitlement and outcomes",
        "  • Leading standards, transforming improvement",
    ]
)


def test_a_vision_in_bullets_gives_no_priority_and_no_actions() -> None:
    extraction = read(NORTH_LINCOLNSHIRE)
    assert [priority.label for priority in extraction.priorities] == [
        "Improving equalities in children’s health, educational entitlement and outcomes",
        "Leading standards, transforming improvement",
    ]
    assert extraction.actions == []


def test_commitments_in_bullets_still_are_a_headings_actions() -> None:
    """London Borough of Lewisham's Children and Young People's Plan (2015), https://www.lewisham.gov.uk/
    myservices/socialcare/children/cypp/Pages/Our-priority-areas.aspx: "We will …" bullets under a heading."""
    text = "\n".join(
        [
            "Children and Young People's Plan",
            "",
            "Raise achievement and attainment",
            "",
            "  • We will promote the highest aspirations and ambition for all our children and young people "
            "across the partnership.",
            "  • We will work across the partnership to close gaps in attainment.",
        ]
    )
    extraction = read(text)
    assert [priority.label for priority in extraction.priorities] == ["Raise achievement and attainment"]
    assert len(extraction.actions) == 2


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We are ambitious for our children, families and communities.", True),
        ("We want a high quality, accessible leisure, culture and heritage offer outside school", True),
        ("We have a skilled workforce.", True),  # Derby's local area inclusion plan (2025): an aim's words
        ("We want to reduce the impact on children who live in temporary homes", False),
        ("We will promote the highest aspirations and ambition for all our children", False),
        ("Weave services around the family", False),
    ],
)
def test_which_bullets_state_what_is(text: str, stated: bool) -> None:
    assert (STATE.match(text) is not None) is stated
