"""A heading in a plan's section of measures, over bullets naming measures: the priority they measure.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as its stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Derbyshire County Council, Council Plan: Delivering the plan (2023),
#: https://www.derbyshire.gov.uk/council/policies-plans/council-plan/delivering-the-plan/delivering-the-plan.aspx
DERBYSHIRE_2023 = "\n".join(
    [
        "Council Plan measures",
        "",
        "Overarching measures",
        "",
        "  • Percentage of residents who are satisfied with our services",
        "  • Percentage of residents agreeing we provide good value for money",
        "",
        "Resilient, healthy and safe communities",
        "",
        "  • Number of people achieving a 4 week Quit",
        "  • Number of people achieving a 5% weight loss",
        "  • Uptake of full sexual health screen out of all those eligible",
    ]
)


def test_a_heading_in_a_section_of_measures_groups_the_measures_under_it() -> None:
    """The list of measures ends at the heading, the section does not: the heading is a priority and
    the bullets under it are measures too, the last one as well though it opens with no count."""
    found = read(DERBYSHIRE_2023)
    assert [priority.label for priority in found.priorities] == ["Resilient, healthy and safe communities"]
    assert [indicator.label for indicator in found.indicators] == [
        "Percentage of residents who are satisfied with our services",
        "Percentage of residents agreeing we provide good value for money",
        "Number of people achieving a 4 week Quit",
        "Number of people achieving a 5% weight loss",
        "Uptake of full sexual health screen out of all those eligible",
    ]
    assert not found.actions


def test_the_heading_needs_a_section_of_measures_above_it() -> None:
    """With no measures led in above, the same heading and bullets are not read by where they stand."""
    with pytest.raises(UnknownLayoutError):
        read("\n".join(DERBYSHIRE_2023.splitlines()[7:]))
