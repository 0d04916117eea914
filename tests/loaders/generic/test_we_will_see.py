"""A "We will" sentence saying what will be known or seen is no action (outlinelines.NOT_DONE)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.outlinelines import COMMITMENT, WE_WILL
from tests.loaders.generic.reading import read


@pytest.mark.parametrize(
    "sentence",
    [
        # Westminster City Council's children's charter (2007), https://www.westminster.gov.uk/childrens-charter
        "We will know we have done what we promised because children and young people tell us so",
        # Barnsley's SEND Improvement Programme (2022), https://www.barnsley.gov.uk/services/our-council/
        # our-strategies/send-strategy/send-improvement-programme/
        "By delivering these priorities and the enablers that will drive success, we'll see positive "
        "outcomes for all children and young people across Barnsley",
    ],
)
def test_what_will_be_seen_is_no_commitment(sentence: str) -> None:
    assert COMMITMENT.match(sentence) is None
    assert WE_WILL.match(sentence) is None


def test_a_heading_over_what_will_be_known_reads_no_action() -> None:
    """Westminster City Council's children's charter: the last paragraph says how success is known."""
    text = "\n\n".join(
        [
            "How the promise fits into our plans",
            "We will:",
            "  • ask a Councillor to take special responsibility for hearing what children and young people "
            "are saying",
            "How will we know if we have been successful?",
            "We will know we have done what we promised because children and young people tell us so.",
        ]
    )
    labels = [action.label for action in read(text).actions]
    assert len(labels) == 1
    assert labels[0].startswith("ask a Councillor to take special responsibility")
