"""A short line whose kind word is only the object of an infinitive closing it ("Working together to
reach your goals") states a purpose, a cover's strapline: it leads in no list, and the title lines
under it are no priorities. A short line naming its kind first still leads in the headings under it.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Buckinghamshire Children and Young People's Plan 2009-2011, its cover and welcome
#: (https://1library.net/document/y93ex3dy-buckinghamshire-children-and-young-people-s-plan.html):
#: the strapline, then the plan's title broken over lines.
BUCKINGHAMSHIRE = """(1)

Working together to reach your goals

Buckinghamshire

Children

and

Young People’s

Buckinghamshire Children and Young People’s Plan

(3)

Welcome To The Buckinghamshire Children And Young People’s Plan

We are pleased to introduce the Children and Young People’s Plan for 2009–2011."""

#: Sheffield City Council's Council Plan 2024-28, children and young people
#: (https://council-plan.sheffield.gov.uk/children-young-people): a short heading naming the
#: priorities over them, each over its paragraph.
SHEFFIELD = (
    "Our priorities for the next 4 years\n\n"
    "Ensure all children and young people can feel like they can belong and thrive in Sheffield\n"
    "We will build on our pioneering Family Hub network to ensure children and parents get the support "
    "they need so that children get the best start in life, and work across the system to ensure "
    "children and young people can feel comfortable and secure wherever they are.\n"
    "Address inequalities for our children and young people and ensure we are equipped to support them"
)


def test_a_strapline_naming_goals_as_a_purpose_leads_in_no_list() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(BUCKINGHAMSHIRE)


def test_a_short_heading_naming_its_kind_first_still_leads_in_the_headings_under_it() -> None:
    labels = [p.label for p in read(SHEFFIELD).priorities]
    assert labels == [
        "Ensure all children and young people can feel like they can belong and thrive in Sheffield"
    ]
