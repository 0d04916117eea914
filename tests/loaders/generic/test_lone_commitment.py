"""A text whose only reading is one "We will …" sentence states no plan (lonecommitment)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Suffolk County Council's Vision and Priorities (2013), its vision's paragraphs,
#: http://www.suffolk.gov.uk/your-council/suffolk-county-council-vision-and-priorities/
SUFFOLK = (
    "By 2017, we want the County Council to be:\n\n"
    "We make best use of technology to enhance the services people receive.\n\n"
    "We prioritise our services to help those most vulnerable, helping them to help themselves.\n\n"
    "We will maintain a commitment to high standards, are well regarded by the public and other "
    "authorities, and have a constructive relationship with the media.\n\n"
    "We allocate the Council's budget wisely to deliver our priorities whilst saving £156 million."
)

#: South Tyneside's Performance Update, Quarter 1 2023, its Vision's commitments,
#: https://publications.southtyneside.gov.uk/updates/2023-2024/q1
SOUTH_TYNESIDE = (
    "And we want these things for every resident, so we are committed to:\n\n"
    "Targeting support to make things fairer\n\n"
    "We will target support at the residents and parts of our borough that need it the most, reducing "
    "inequalities and making things fairer.\n\n"
    "To deliver the 20-year Vision, we are focusing our efforts through a series of clear 3-year "
    "Strategies."
)


@pytest.mark.parametrize("text", [SUFFOLK, SOUTH_TYNESIDE])
def test_one_we_will_sentence_alone_is_narrative(text: str) -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_two_we_will_sentences_are_still_read() -> None:
    """Cumberland's Children and Family Wellbeing Strategic Plan 2024-2026, its first priority's prose,
    https://cumberland.gov.uk/children-and-family-wellbeing-strategic-plan-2024-2026/strategic-priorities-
    next-18-months: a plan stating its commitments as sentences states several."""
    text = (
        "1) A stable workforce\n\nWe will further invest in our staff and volunteer pool to ensure a "
        "professional, skilled and knowledgeable workforce across all services for children, families "
        "and education including our Youth Justice Services.\n\nHow will we know we have succeeded?\n\n"
        "2) Right services for the right children at the right time\n\nWe will create a community where "
        "every child receives the right support at the right time through collaborative partnership "
        "working reducing the need for children to become cared for."
    )
    assert [a.label[:30] for a in read(text).actions] == [
        "We will further invest in our ",
        "We will create a community whe",
    ]


def test_one_commitment_under_an_item_is_kept() -> None:
    """Haringey's Child Poverty Strategy 2013, its second outcome,
    http://haringey.gov.uk/children-and-families/children-and-young-peoples-plan/tackling-child-poverty:
    the one sentence serves the outcome read above it."""
    found = read(
        "Outcome 2: Sustainable employment\n\nWe want to help young people and parents to learn "
        "new skills and find work."
    )
    assert [o.label for o in found.outcomes] == ["Sustainable employment"]
    assert [a.label for a in found.actions] == [
        "We want to help young people and parents to learn new skills and find work"
    ]
