"""What a plan wants all children to have or be, as the lead-in to a list of what that means ("We want all
children and young people to have the best possible start in life:" over "• to grow up safely …"): the
list is of outcomes. On a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Royal Borough of Kensington and Chelsea, "Our vision" for children's services (2016),
#: https://www.rbkc.gov.uk/jobs-employment-and-skills/social-work/our-vision
KENSINGTON = """\
We want all children and young people to have the best possible start in life:

  • to respect themselves and others, and to engage positively with society
  • to be enquiring and keen to learn, to help others and to enjoy life
  • to grow up safely and healthily
"""


def test_what_all_children_are_wanted_to_have_leads_in_outcomes() -> None:
    assert [outcome.label for outcome in read(KENSINGTON).outcomes] == [
        "to respect themselves and others, and to engage positively with society",
        "to be enquiring and keen to learn, to help others and to enjoy life",
        "to grow up safely and healthily",
    ]


def test_what_a_council_wants_staff_to_have_leads_in_nothing() -> None:
    with pytest.raises(UnknownLayoutError):
        read(KENSINGTON.replace("all children and young people", "all our staff"))
