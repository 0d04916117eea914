"""Headings over the actions under them on a council's web page: a lead-in sentence above the first
heading is not wrapped onto it (the heading is the priority, not the end of the sentence), headings
are found over bullets led by verbs such as "Bring" and "Tackle", and bullets stating figures of how
the area is under a priority are no actions of it.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Hastings Borough Council, Corporate plan 2020-24: key work under each priority,
#: https://www.hastings.gov.uk/my-council/corp-plan-2023-update/key-work/
HASTINGS = """Key work we are doing
These are some of the key areas of work that we'll be doing under each of the six new priorities for the \
year ahead
Tackling homelessness and ensuring quality housing
- Review our council tax reduction scheme for 2020/21 by November 2020
- Aim to build 192 new homes at Bulverhythe
- Regulate the quality and supply of rented housing in the town through a new licensing scheme
Keeping Hastings clean and safe through efficient licensing, enforcement, waste collection, street \
cleansing and recycling services
Enhance our existing enforcement, contractual and street cleansing arrangements by:
- Expanding the garden waste service that we offer
- Delivering a full strength warden service to tackle anti-social behaviour and enviro-crime
Making best use of our buildings, land and public realm assets
- Bring forward improvements to the delivery of our grounds maintenance arrangements
- Complete our Visitor Centre at Hastings Country Park
"""

#: Buckinghamshire Council, Corporate Plan 2020-2025: Key priority: strengthening our communities,
#: https://www.buckinghamshire.gov.uk/your-council/corporate-plans-and-policies/corporate-plans-and-priorities/corporate-plan-2020-2025/key-priority-strengthening-our-communities/
BUCKINGHAMSHIRE = """Corporate plan
Key priority: strengthening our communities
- Life expectancy in Buckinghamshire is 81.5 years for men and 85.1 years for women (one of the highest \
in South East England).
- Only 57.6% of children and young people are meeting recommended levels of physical activity
- The life expectancy gap between the most and least deprived residents is 5.8 years for men and 6.1 \
years for women.
Working with partners, we will:
- Continue to develop our Leisure Strategy and seek to invest in our facilities where appropriate
"""


def test_the_headings_under_a_lead_in_sentence_are_the_priorities_of_the_actions_below() -> None:
    found = read(HASTINGS)
    assert [priority.label for priority in found.priorities] == [
        "Tackling homelessness and ensuring quality housing",
        "Making best use of our buildings, land and public realm assets",
    ]
    under = {action.label: action.supports for action in found.actions}
    first, second = (priority.key for priority in found.priorities)
    assert under["Aim to build 192 new homes at Bulverhythe"] == [first]
    bring = "Bring forward improvements to the delivery of our grounds maintenance arrangements"
    assert under[bring] == [second]


def test_figures_of_how_the_area_is_are_no_actions_of_the_priority() -> None:
    found = read(BUCKINGHAMSHIRE)
    assert [action.label for action in found.actions] == [
        "Continue to develop our Leisure Strategy and seek to invest in our facilities where appropriate"
    ]
