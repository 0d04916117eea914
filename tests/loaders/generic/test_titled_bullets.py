"""A bullet under a priority that names its subject and then says what it means ("Equality - challenge
discrimination …") is a value, a theme or a sub-priority, no action of the priority: read by its place
alone it is left (outlineitems.TITLED_ITEM); after a lead-in naming actions it is one."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Warrington Youth Voice's values (2021), https://www.warringtonyouthvoice.org/pledges-priorities,
#: printed here under a priority with no heading of their own.
VALUES = [
    "  • Partnerships & collaboration - work with others to maximise resources and potential.",
    "  • Equality - challenge discrimination, respect all and promote equal opportunities for all.",
]


def test_titled_bullets_under_a_priority_are_no_actions() -> None:
    text = "\n".join(
        [
            "Young people's priorities",
            "",
            "Priority 1: Young people are safe",
            "",
            *VALUES,
            "  • Deliver youth-led safety walks - with the police and community safety teams.",
        ]
    )
    labels = [action.label for action in read(text).actions]
    assert labels == ["Deliver youth-led safety walks - with the police and community safety teams."]


def test_titled_bullets_after_an_action_lead_in_are_actions() -> None:
    """London Borough of Bexley's Joint Health and Wellbeing Strategy (2023), https://www.bexley.gov.uk/
    about-the-council/strategies-plans-and-policies/bexley-joint-local-health-and-wellbeing-strategy-2023-2028/
    priority-children-and-young-people: "Key strategic actions under this priority are:" names them."""
    text = "\n".join(
        [
            "Priority 1: Best start in life",
            "",
            "Key strategic actions under this priority are:",
            "",
            "  • Make it easy to access services - join up specialist services and make services easy to "
            "access.",
            "  • Build community resilience - empower communities to stay well and safe in the community.",
        ]
    )
    assert len(read(text).actions) == 2
