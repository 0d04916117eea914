"""Titles over paragraphs after a plan's own lead-in counting them ("… are six outcomes for the
borough:"), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.titledparagraphs import RULE_COUNTED_TITLES
from tests.loaders.generic.reading import read

#: Bolton Vision partnership's page on the Bolton 2030 vision (2017), https://boltonvision.org.uk/home
BOLTON = """Underpinning the Vision are six outcomes for the borough:
Start Well
Our children get the best possible start in life, so that they have every chance to succeed and be happy.
Live Well
The happiness and wellbeing of our residents is improved, so that they can live healthy, fulfilling lives \
for longer.
Age Well
Older people in Bolton stay healthier for longer and feel more connected with their communities.
Clean and Green
Our environment is protected and improved so that more people enjoy it, care for it and are active in it.
Safe, Strong and Distinctive
Stronger, cohesive, more confident communities in which people feel safe, welcome and connected.

Our approach
"""

#: Dorset Council's equality impact assessment of the Children, Young People and Families Plan 2020-23,
#: the plan's priorities (the page ends at the last one's title)
DORSET = """The plan focuses on improving outcomes for all children and young people through 6 priorities:

Best start in life

Focused on: re-imagining how services are delivered to families who are expecting and have pre-school \
children; ensuring the best possible start in life; and improving school readiness.

Young and thriving

Focused on: setting up our young people for success in adulthood; ensuring young people have a strong voice.

Best place to live
"""


def test_the_titles_a_counted_lead_in_names_are_its_items() -> None:
    found = read(BOLTON)
    assert [(o.label, o.reading.rule if o.reading else None) for o in found.outcomes] == [
        (label, RULE_COUNTED_TITLES)
        for label in [
            "Start Well",
            "Live Well",
            "Age Well",
            "Clean and Green",
            "Safe, Strong and Distinctive",
        ]
    ]
    assert not found.priorities


def test_a_last_title_the_text_ends_at_is_one_of_the_counted_list() -> None:
    found = read(DORSET)
    assert [p.label for p in found.priorities] == [
        "Best start in life",
        "Young and thriving",
        "Best place to live",
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_COUNTED_TITLES}


def test_more_titles_than_the_count_are_not_its_list() -> None:
    """A lead-in counting two outcomes over five titles counts something else."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(BOLTON.replace("six outcomes", "two outcomes"))
