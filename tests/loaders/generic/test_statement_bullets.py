"""Bullets saying what a council is or hopes for ("We are ambitious for …", "We want strong schools …")
are a vision's statements, not what is done: they make the heading above them no priority.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: North Lincolnshire Council, Education and Inclusion Plan 2022-25
#: (https://localoffer.northlincs.gov.uk/document-library/education-and-inclusion-plan-2022-25/).
NORTH_LINCOLNSHIRE_2022 = (
    "Education and Inclusion Plan 2022 - 25\n\n"
    "In North Lincolnshire\n\n"
    "  • We are ambitious for our children, families and communities. We want North Lincolnshire to be "
    "the Best Place to live, learn, work and visit.\n"
    "  • We want strong schools and settings which have high standards and accessible provision that meets "
    "the needs of their children and community\n"
    "  • We invest in a resilient community of schools and settings which work together to share "
    "excellence and model high expectations through system leadership.\n\n"
    "Our improvement priorities\n\n"
    "  • Improving equalities in children’s health, educational entitlement and outcomes\n"
    "  • Leading standards, transforming improvement\n"
)


def test_statements_of_a_vision_make_no_priority_of_their_heading() -> None:
    """The heading "In North Lincolnshire" is over what the council is and wants, not over actions:
    neither it nor its bullets are items; the priorities the lead-in names still are."""
    extraction = read(NORTH_LINCOLNSHIRE_2022)
    assert [priority.label for priority in extraction.priorities] == [
        "Improving equalities in children’s health, educational entitlement and outcomes",
        "Leading standards, transforming improvement",
    ]
    assert extraction.actions == []


def test_a_we_will_bullet_still_makes_its_heading_a_priority() -> None:
    """A bullet saying what will be done is an action, and the heading above it the priority it serves."""
    extraction = read("Early help\n\n  • We will open two more family hubs\n  • We will train 50 staff\n")
    assert [priority.label for priority in extraction.priorities] == ["Early help"]
    assert [action.label for action in extraction.actions] == [
        "We will open two more family hubs",
        "We will train 50 staff",
    ]
