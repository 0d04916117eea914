"""A counted list run into a sentence between two dashes, an item holding commas in brackets: "… six
outcome areas - A, B, …, and F (x, y and z) - with the aim …", on a snippet cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.runlists import between_commas, counted_run
from tests.loaders.generic.reading import read

#: Young Merton Together newsletter, autumn 2019, "My Family, My Future, My Merton",
#: https://cyp.mertonpartnership.org.uk/autumn-2019/top-news-stories/my-family-my-future-my-merton/print
#: (the paragraph's first sentence shortened).
MERTON = (
    "Merton's Children's Trust is very pleased to be able to present our new Children and Young People's "
    "Plan: My Family, My Future, My Merton. The plan commits to priorities under six outcome areas - Being "
    "Healthy, Staying Safe, Enjoying and Achieving, Making a Positive Contribution, Achieving Economic "
    "Wellbeing, and Feeling Connected (family, friends and the community) - with the aim of making Merton:"
)


def test_the_list_ends_at_the_dash_closing_it_and_brackets_keep_their_commas() -> None:
    found = read(MERTON)
    assert [o.label for o in found.outcomes] == [
        "Being Healthy",
        "Staying Safe",
        "Enjoying and Achieving",
        "Making a Positive Contribution",
        "Achieving Economic Wellbeing",
        "Feeling Connected (family, friends and the community)",
    ]
    assert not found.priorities and not found.actions


def test_commas_in_brackets_part_no_items() -> None:
    assert between_commas("Safe, Healthy (in body, mind and spirit), and Achieving", 3) == [
        "Safe",
        "Healthy (in body, mind and spirit)",
        "Achieving",
    ]


def test_a_count_the_dashed_list_does_not_match_reads_nothing() -> None:
    """Five areas counted, six given: the count is the evidence, so nothing is read."""
    assert counted_run(MERTON.replace("six outcome areas", "five outcome areas")) is None
    with pytest.raises(UnknownLayoutError):
        read(MERTON.replace("six outcome areas", "five outcome areas"))


def test_a_counted_list_quoted_together_ends_at_its_closing_quote() -> None:
    # Barrow Borough Council's council plan 2020-24 in the News and Star,
    # https://www.in-cumbria.com/news/18073368.barrow-council-priorities-next-four-years-must-health-jobs-community/
    text = "Council officer John Penfold said the plan had three priorities ‘people, place and prosperity’.\n"
    assert counted_run(text) == ("priorities", ["people", "place", "prosperity"])
    assert counted_run(text.replace("’.", ".")) is None  # a quote never closed: no list it bounds
