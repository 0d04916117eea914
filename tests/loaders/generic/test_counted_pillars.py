"""A lead-in counting a plan's pillars ("… built around four core pillars:") names its priorities, as one
counting its themes or goals does; a pillar's heading later is the pillar listed, not an outcome.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Wirral Council, Corporate Parenting Plan 2026 to 2029
#: (https://www.wirral.gov.uk/health-and-social-care/childrens-social-care/corporate-parenting-plan-2026-2029/corporate-0).
WIRRAL_2025 = (
    "Our plan is built around four core pillars:\n\n"
    "  1. My Health and Wellbeing\n"
    "  2. My Family, Friends and Home\n"
    "  3. My Learning and Skills\n"
    "  4. My Future\n\n"
    "Vision: \n\n"
    "Children who come into care are better off because of it.\n\n"
    "Our Pillars\n\n"
    "Pillar 1: My Health and Wellbeing\n\n"
    "Over the term of this plan, we will: \n\n"
    "  • make sure that all our care experienced young people have a health passport when they turn 18\n"
    "  • make sure that children in care have their health needs assessed and met on a regular basis\n\n"
    "Pillar 2:  My Family, Friends and Home\n\n"
    "Over the term of this plan, we will: \n\n"
    "  • extend our Staying Close project, increase the numbers of carers offering Staying Put and increase "
    "the use of services such as Shared Lives\n"
)


def test_counted_pillars_are_the_plans_priorities() -> None:
    """The four pillars are priorities; each pillar's heading is the one listed, its actions under it."""
    extraction = read(WIRRAL_2025)
    assert [(priority.ref, priority.label) for priority in extraction.priorities] == [
        ("1", "My Health and Wellbeing"),
        ("2", "My Family, Friends and Home"),
        ("3", "My Learning and Skills"),
        ("4", "My Future"),
    ]
    assert extraction.outcomes == []
    first, second = extraction.priorities[:2]
    assert [len([a for a in extraction.actions if p.key in a.supports]) for p in (first, second)] == [2, 1]


def test_a_lead_in_counting_pillars() -> None:
    """The word "pillars" names the list as "themes" does."""
    assert lead_in_kind("Our plan is built around four core pillars:") == "priority"
