"""A web page's furniture under a line naming priorities or outcomes is no list of them: the page's own
contents under "… sets out our four key priorities …", a contents entry that lost its mark between two
marked ones, a strapline over the paragraph that says what the priorities are; nor is what came up in a
consultation ("During the consultation, some themes were identified including:"). Snippets cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Cambridge City Council, Corporate Plan 2022-27 web page,
#: https://cambridge.gov.uk/corporate-plan-2022-27-our-priorities-for-cambridge
CAMBRIDGE = """\
Our corporate plan for 2022 to 2027 sets out our four key priorities for the city over the next five years.
- Foreword by the Leader of the Council
- Our four key priorities for 2022 to 2027
- Our vision
- Key indicators to tell us whether we’re achieving our vision
- Annual report
Foreword by the Leader of the Council (February 2022)
"""
#: Gateshead Council, draft Children and Young People's Partnership Strategy 2025-2030 (consultation page),
#: https://www.gateshead.gov.uk/article/32955/Children-and-Young-People-s-Partnership-Strategy-for-Gateshead-2025-2030
GATESHEAD = """\
- Our vision
- Strategic context
Our children and young people
Our strategic partnership approach
- What we have heard from our engagement work
Our intended outcomes
- Responsibility for implementation

Our Children and Young People's Partnership Strategy sets out our commitment to achieve better outcomes \
for all Children and Young People in Gateshead.
"""
#: Hyndburn Borough Council, "Hyndburn's Priorities" web page (2008),
#: https://www.hyndburnbc.gov.uk/hyndburns-priorities/
HYNDBURN = """\
Hyndburn’s Priorities

Making Hyndburn The Place To Be

This page shows you what Hyndburn’s priorities for improvement are over the next few years that will be \
delivered by the Council and its Partners and that will help us to deliver our vision of making Hyndburn \
The Place To Be.
"""


@pytest.mark.parametrize("text", [CAMBRIDGE, GATESHEAD, HYNDBURN], ids=["contents", "lost-mark", "strapline"])
def test_a_pages_furniture_under_a_kind_is_no_plan_item(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_priorities_listed_under_the_same_sentence_are_still_read() -> None:
    text = CAMBRIDGE.replace("- Foreword by the Leader of the Council\n", "").replace(
        "- Our four key priorities for 2022 to 2027\n- Our vision\n- Key indicators to tell us whether we’re "
        "achieving our vision\n- Annual report\n",
        "- Supporting people in Cambridge\n- Tackling climate change\n",
    )
    assert [priority.label for priority in read(text).priorities] == [
        "Supporting people in Cambridge",
        "Tackling climate change",
    ]


def test_a_kind_named_between_bullets_still_leads_in_the_list_it_heads() -> None:
    """Two or more entries under it: a list of its own, not one entry that lost its mark."""
    text = GATESHEAD.replace(
        "- Responsibility for implementation\n",
        "- Every child has the best start in life\n- Every young person is safe from harm\n",
    )
    labels = [outcome.label for outcome in read(text).outcomes]
    assert labels == ["Every child has the best start in life", "Every young person is safe from harm"]


def test_a_heading_over_a_paragraph_about_the_heading_is_still_a_priority() -> None:
    text = HYNDBURN.replace("what Hyndburn’s priorities for improvement are", "how we will improve")
    assert [priority.label for priority in read(text).priorities] == ["Making Hyndburn The Place To Be"]


#: Bracknell Forest Council, "New youth strategy for Bracknell Forest" (2024),
#: https://www.bracknell-forest.gov.uk/news/2024/05/new-youth-strategy-bracknell-forest
BRACKNELL = """\
Themes

Over the past 6 months, we have asked young people, families, practitioners, and partners what is \
important to them. We also asked how we can improve services.

During the consultation, some themes were identified including:

  • tackling bullying
  • feeling safer when moving about the borough
  • championing young carers

Priority areas

The new strategy reflects these comments and the ambitions mentioned during the consultation. It gives \
five priority areas of focus over the next 3 years:

  1. We want to keep young people safe and intervene early to prevent and reduce harm.
  2. We will support young people to make informed decisions about their health and wellbeing.
"""


def test_what_came_up_during_a_consultation_is_no_list_of_the_plans_items() -> None:
    assert [priority.label for priority in read(BRACKNELL).priorities] == [
        "We want to keep young people safe and intervene early to prevent and reduce harm.",
        "We will support young people to make informed decisions about their health and wellbeing.",
    ]


def test_what_people_told_a_council_throughout_its_engagement_is_no_list_of_its_items() -> None:
    # Central Bedfordshire Council, "The 12 wishes – Children and Young People's Plan 2025 to 2028"
    # consultation,
    # https://centralbedfordshire.gov.uk/info/306/your_voice_matters/1847/children_and_young_peoples_plan_consultation_2024/2
    text = (
        "There were 4 main themes that, throughout our engagement, that children and young people, their "
        "parents and carers and professionals working with them, told us were important. These were:\n"
        "- safety\n- importance of friends and family\n- want things to do/places to go\n"
    )
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_aims_as_a_verb_names_no_list_of_aims() -> None:
    # Hertford Town Council, "What is our mission?" (objectives 2023-2027),
    # https://hertford.gov.uk/our-mission-and-our-constitution
    text = """\
This aims to make Hertford:

 • a welcoming place to live, work and learn

• a place where diversity is recognised and celebrated

• a place where the natural environment is valued and enhanced

The Objectives of Hertford Town Council for 2023-2027 are:

1. To safeguard and enhance the natural environment and increase net biodiversity.

2. To build strong links with residents, business and other stakeholders and empower them to develop \
vibrant communities.
"""
    assert [priority.ref for priority in read(text).priorities] == ["1", "2"]
    assert lead_in_kind("Our aims are:") == "priority"
