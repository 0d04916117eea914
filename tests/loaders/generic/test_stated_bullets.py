"""A bullet under a priority saying in the present tense what is ("We are ambitious for …", "We want
strong schools …") is no action of it (statedlines.STATE): a vision's or a value's words. The heading
above such bullets is no priority either (outlineheadings, tests/loaders/generic/test_statement_bullets.py);
here the priority is labelled, and only its bullets are in question."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.statedlines import STATE
from tests.loaders.generic.reading import read


def test_present_tense_bullets_under_a_labelled_priority_are_no_actions() -> None:
    """North Lincolnshire Council's Education and Inclusion Plan 2022-25 (its vision's bullets,
    https://localoffer.northlincs.gov.uk/document-library/education-and-inclusion-plan-2022-25/), printed
    here under a labelled priority with a commitment after them."""
    text = "\n".join(
        [
            "Education and Inclusion Plan 2022 - 25",
            "",
            "Priority 1: Inclusion",
            "",
            "  • We are ambitious for our children, families and communities.",
            "  • We want strong schools and settings which have high standards and accessible provision",
            "  • We will reduce absence and exclusions.",
        ]
    )
    extraction = read(text)
    assert [priority.label for priority in extraction.priorities] == ["Inclusion"]
    assert [action.label for action in extraction.actions] == ["We will reduce absence and exclusions."]


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
