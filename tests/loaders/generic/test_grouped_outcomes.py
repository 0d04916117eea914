"""A lead-in naming outcomes over the priorities' headings ("Priority Outcomes we want to see" /
"Priority 1 - Improve …" / "• Residents living active and healthy lives"): the bullets under each
heading are the outcomes that priority works for, not its actions.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: East Hertfordshire District Council, Vision & Corporate Priorities (Corporate Strategic Plan, 2016),
#: https://www.eastherts.gov.uk/about-east-herts-0/vision-corporate-priorities
EAST_HERTS = """Vision & Corporate Priorities

Our Corporate Strategic Plan sets out our vision and corporate priorities.
Our Corporate Strategic Plan
Priority Outcomes we want to see
Priority 1 - Improve the health and wellbeing of our communities
  • Residents living active and healthy lives
  • Support for our vulnerable families and individuals
Priority 2 - Enhance the quality of people's lives
  • Attractive places
  • Future development best meets the need of the district and its residents

These priorities are measured by a vast array of corporate actions and key performance indicators.
"""


def test_the_bullets_under_each_priority_are_the_outcomes_it_works_for() -> None:
    found = read(EAST_HERTS)
    assert found.actions == []
    outcomes = {outcome.key: outcome.label for outcome in found.outcomes}
    works_for = {
        priority.label: [outcomes[link.key] for link in priority.contributes_to]
        for priority in found.priorities
    }
    assert works_for == {
        "Improve the health and wellbeing of our communities": [
            "Residents living active and healthy lives",
            "Support for our vulnerable families and individuals",
        ],
        "Enhance the quality of people's lives": [
            "Attractive places",
            "Future development best meets the need of the district and its residents",
        ],
    }
