"""A heading naming the plan's values ("Our Values") ends the list in force: the bullets under it are the
values, not actions of the priority read above.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.otherlists import leads_into_other_list
from tests.loaders.generic.reading import read

#: Warrington Youth Voice, Our Pledges & Priorities (https://www.warringtonyouthvoice.org/pledges-priorities).
WARRINGTON_2021 = (
    "Our Pledges & Priorities \n\n"
    "The Pledges & Priorities are the set topics of which we will be working on and focusing on throughout "
    "the year. \n\n"
    "Young people are happy and safe\n\n\n"
    "A place of equality and diversity for young people\n\n"
    "Our Values\n\n"
    "  • Determined, ambitious & active - Empowered and motivated by our own beliefs and values to do what "
    "is best for our town.\n\n"
    "  • Community involvement - engaging positively with the diverse communities of Warrington.\n\n"
    "  • Equality - challenge discrimination, respect all and promote equal opportunities for all.\n\n"
    "  • Accountable - being open, honest and responsible.\n"
)


def test_values_under_a_values_heading_are_no_actions() -> None:
    """The priority read above keeps no actions: the bullets are the youth council's values."""
    assert read(WARRINGTON_2021).actions == []


def test_headings_naming_values() -> None:
    """Values and principles are named; a priority's heading is not."""
    assert leads_into_other_list("Our Values") and leads_into_other_list("Core Values")
    assert leads_into_other_list("Our guiding principles:")
    assert not leads_into_other_list("Valuing our children") and not leads_into_other_list(
        "Young people are safe"
    )
