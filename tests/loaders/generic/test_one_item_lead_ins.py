"""A lead-in naming one item ("… start thinking about a fourth priority:") over that one item, bulleted
or not; on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: The Sutton Plan, "Sutton Plan priorities: Year one" (2017), http://www.thesuttonplan.org/priorities/
SUTTON = (
    "We have also agreed to start thinking about a fourth priority:\n"
    "\n"
    "  • Working together to make the borough a more attractive place to live, work and play for all age "
    "groups.\n"
    "\n"
    "We will report our findings before the final Sutton Plan is published in Spring 2018.\n"
)


def test_one_bullet_after_a_lead_in_naming_one_priority_is_that_priority() -> None:
    expected = "Working together to make the borough a more attractive place to live, work and play for all "
    expected += "age groups"
    assert [p.label for p in read(SUTTON).priorities] == [expected]


def test_bullets_after_it_are_a_list_not_the_one_item() -> None:
    text = SUTTON.replace("groups.\n", "groups.\n  • Keeping the borough clean.\n")
    with pytest.raises(UnknownLayoutError):  # two bullets under a lead-in naming one: neither is read
        read(text)
