"""Lead-ins that say what is to be done for one priority named above them or in them ("The objectives for
this aim are to:", "To do this, our priorities … are to:", "… ambitions for ‘People: cohesive
communities‘ are to:"): their lists are actions; on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlineleadins import QUOTED_FOCUS
from tests.loaders.generic.reading import read

#: Blackburn with Darwen Borough Council, Adolescent Strategy (2022),
#: https://www.blackburn.gov.uk/children-and-young-people/support-young-people/adolescent-strategy
BLACKBURN = """\
Aim 1: Keeping children and young people safe in the home and in the community

The objectives for this aim are to:

  • Improve the physical health, emotional wellbeing and safety of our young people
  • Offer of support to children open to social care

Aim 2: Reduce the number of children and young people in care
"""

#: Wycombe District Council's Corporate Plan to 2019, a news report (2016),
#: https://wycombetoday.com/2016-01-22-wycombe-district-council-sets-ambitious-plans-up-to-2019/
WYCOMBE = """\
By prioritising ‘Place: regeneration and infrastructure‘ over the next few years, the council aims to:

  • Deliver major regeneration and development projects.
  • Improve the vibrancy of High Wycombe town centre.

The council’s ambitions for ‘People: cohesive communities‘ are to:

  • Engage with younger people to help meet their needs and aspirations locally.
"""


def test_objectives_for_the_aim_above_are_its_actions() -> None:
    found = read(BLACKBURN)
    assert [p.label[:16] for p in found.priorities] == ["Keeping children", "Reduce the numbe"]
    first = found.priorities[0].key
    assert [(a.label[:24], a.supports) for a in found.actions] == [
        ("Improve the physical hea", [first]),
        ("Offer of support to chil", [first]),
    ]


def test_priorities_to_do_what_the_sentence_above_says_are_actions() -> None:
    # South Cambridgeshire District Council, Business Plan 2020/2021,
    # https://www.scambs.gov.uk/your-council-and-democracy/performance-and-plans/our-business-plan/
    assert lead_in_kind("To do this, our priorities before the end of March 2021 are to:") == "action"
    assert lead_in_kind("Our Corporate Priorities are to:") == "priority"  # the plan's own, named first


def test_a_priority_named_in_quotes_leads_in_what_is_done_for_it() -> None:
    found = read(WYCOMBE)
    assert [p.label for p in found.priorities] == [
        "Place: regeneration and infrastructure",
        "People: cohesive communities",
    ]
    place, people = (p.key for p in found.priorities)
    assert [(a.label[:24], a.supports) for a in found.actions] == [
        ("Deliver major regenerati", [place]),
        ("Improve the vibrancy of ", [place]),
        ("Engage with younger peop", [people]),
    ]
    assert not QUOTED_FOCUS.search("The council’s ambitions are to:")
