"""A list its lead-in counts but calls by a word of its own ("Our three obsessions are:"), on snippets
cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Leeds City Council, Child Friendly Leeds, "How are we doing?",
#: http://www.leeds.gov.uk/childfriendlyleeds/Pages/How-are-we-doing.aspx
LEEDS = """Our three obsessions are:

• to safely and appropriately reduce the number of children looked after;

• to reduce the number of young people not in education, employment and training (NEET), and

• to improve school attendance

We regularly monitor our progress on each of these obsessions through our ‘weekly obsessions tracker’.
"""

#: Swindon Link, "Council plan to shape Swindon's future to be shared with public" (8 December 2023),
#: https://swindonlink.com/news/swinplan
SWINDON = """The draft Swindon Plan will be discussed by Swindon Borough Council’s Cabinet on Wednesday 13 \
December and is based on the current Labour administration’s three main priority missions for the town.

These are to:

- Combat Inequality – make Swindon a fairer place, reduce disadvantage and eliminate big disparities.

- Build a Better Swindon – create a town ready for the challenges of the coming decades.

- Achieve Net Zero – fully play our part as a council and a town in combatting climate change.

A major focus of the Swindon Plan will be on engagement with the local community.
"""

#: Leicestershire County Council, Children and Families Overview and Scrutiny Committee minutes (2019),
#: https://democracy.leics.gov.uk/mgAi.aspx?ID=61324
LEICESTERSHIRE = """Members noted that the inspection had looked at four areas:

·  The impact of leaders on social work practice with children and families (rated good)

·  The experiences and progress of children who need help and protection (rated as requires improvement)

·  The experiences and progress of children in care and care leavers (rated good)

·  Overall effectiveness (rated as requires improvement)
"""


def test_a_counted_list_of_what_is_to_be_done_is_the_plans_priorities() -> None:
    """ "Our three obsessions are:" over three bullets each saying what is to be done."""
    assert [p.label[:28] for p in read(LEEDS).priorities] == [
        "to safely and appropriately ",
        "to reduce the number of youn",
        "to improve school attendance",
    ]


def test_the_count_may_be_in_the_sentence_before_these_are() -> None:
    """ "… three main priority missions for the town." then "These are to:" over three bullets."""
    assert [p.label for p in read(SWINDON).priorities] == [
        "Combat Inequality",
        "Build a Better Swindon",
        "Achieve Net Zero",
    ]


def test_a_list_longer_than_its_count_is_not_read() -> None:
    """Four bullets after "three obsessions": the count does not say what these bullets are."""
    longer = LEEDS.replace(
        "• to improve school attendance", "• to improve school attendance\n\n• to read more"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(longer)


def test_a_counted_list_of_things_named_by_nouns_is_no_items() -> None:
    """The four areas an inspection looked at are findings, not what the plan will do."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LEICESTERSHIRE)


def test_a_counted_list_of_values_is_no_items() -> None:
    """Values are what a council holds to (the engine's lead-ins say so too), even when each is led by
    a verb. (Kingston's consultation on its Children and Young People's Plan 2017-21, whose labels count
    these five as priorities: left unread; https://www.kingston.gov.uk/news/article/501/the_future_direction_
    and_goals_for_children_and_young_people_s_services_in_kingston_are_being_decided_have_your_say)"""
    text = """People are being asked to give their views on five key values. These are:

  • Keeping children and young people safe and supported at home and school
  • Helping children and young people to be healthy and make good choices about their health
  • Ensuring children and young people enjoy life, do well in school and get involved in activities
  • Providing early help to children, young people and their families
  • Making sure services are right for families and work well

Kingston Council’s Cabinet Member for Children’s Social Care and Health, Cllr Richard Hudson, said:
"""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Oldham Youth Council, meeting minutes 30 May 2018,
#: https://oldhamyc.com/blog/2018/05/30/oyc-meeting-minutes-30-05-18/
OLDHAM = """Lisa from the Oldham Local Safeguarding Children’s Board (LSCB) came into the meeting to talk \
about the LSCB strategic plan for 2018/21. The LSCB has six strategic plans:

  • Excellen practice is the norm across all practitioners in Oldham.
  • Partner agencies hold one another to account effectively.
  • There is early identification of new safeguarding issues.
  • Learning is promoted and embedded.
  • Information is shared effectively.
  • The public feel confident that children are protected.

Their seven priority areas for 2018/21 are:
"""

#: Walsall Council news, "We want to be part of the action" (2024),
#: https://go.walsall.gov.uk/newsroom/we-want-be-part-action-listen-young-people-who-are-shaping-future-walsall
WALSALL = """Each of the young people shared feedback and drew upon personal experiences, under the four \
main headings of the strategy:

  • I am healthy, happy and well
  • I have a voice, and I am heard
  • I am hopeful and excited for the future
  • I am safe in all spaces

The discussion is part of a wider programme of work.
"""

#: Ealing Council's Performance Dashboard (Council Plan 2018-22), https://ealingperformance.inphase.com/
EALING = """Those priorities are supported by nine aims which have been agreed with local partners in \
health, education, policing, employment, housing, local business and the voluntary and community sector. \
This programme, called Future Ealing, focuses on nine ways we want to make the borough better:

  • A growing economy creates jobs and opportunities for Ealing residents to reduce poverty
  • Children and young people fulfil their potential
  • Children and young people grow up safe from harm
  • Residents are physically and mentally healthy, active and independent
  • Ealing has an increasing supply of quality and affordable housing
  • Crime is down and Ealing residents feel safe
  • The borough has the smallest environmental footprint possible
  • Ealing is a clean borough and a high quality place where people want to live
  • Ealing is a strong community that promotes diversity with inequality and discrimination reduced

For any help or queries with this dashboard please email research@ealing.gov.uk
"""


def _labels(text: str) -> list[str]:
    plan = read(text)
    return [item.label for item in [*plan.outcomes, *plan.priorities]]


def test_a_counted_list_the_count_calls_the_plans_own_is_read() -> None:
    """ "six strategic plans:" / "the four main headings of the strategy:": statements, no verbs, but the
    counted words name the plan and the count is exact."""
    assert len(_labels(OLDHAM)) == 6
    assert _labels(OLDHAM)[0].startswith("Excellen practice is the norm")
    assert _labels(WALSALL) == [
        "I am healthy, happy and well",
        "I have a voice, and I am heard",
        "I am hopeful and excited for the future",
        "I am safe in all spaces",
    ]


def test_a_count_the_lead_in_gives_a_kind_of_item_too_is_read() -> None:
    """ "nine aims …" then "nine ways we want to make the borough better:" over nine bullets."""
    labels = _labels(EALING)
    assert len(labels) == 9
    assert labels[1] == "Children and young people fulfil their potential"


def test_a_count_of_the_plans_parts_or_a_wrong_count_is_no_items() -> None:
    """The plan's "three sections", or five bullets counted as six, say nothing of what the items are."""
    sections = WALSALL.replace("four main headings of the strategy", "four sections of the strategy")
    miscounted = OLDHAM.replace("six strategic plans", "five strategic plans")
    for text in (sections, miscounted):
        with pytest.raises(UnknownLayoutError, match="no plan items found"):
            read(text)


def test_a_count_of_other_plans_is_no_items() -> None:
    """ "three other strategic plans:" names documents beside the plan, not what it sets."""
    others = WALSALL.replace("the four main headings of the strategy", "four other strategic plans")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(others)


def test_the_kind_the_lead_in_counts_is_the_lists_kind() -> None:
    """ "nine measures …" then "nine ways …:": the bullets are measures, not priorities."""
    plan = read(EALING.replace("nine aims", "nine measures"))
    assert len(plan.indicators) == 9
    assert not plan.priorities and not plan.outcomes


#: Sefton Parent Carer Forum, "Children and Young People Plan - Public Survey" (2024), Sefton Council's
#: consultation on its updated plan, https://seftonpcf.org/Site/Home/Post/23
SEFTON = "\n".join(
    [
        "We think there are 7 important areas we need to focus on:",
        "1. Involving children and young people in the decisions we make about them.",
        "2. Stronger families and communities.",
        "3. Making sure children are safe and protected.",
        "4. Getting the most out of life through play, hobbies, culture, and sporting activities.",
        "5. Equal opportunities for all children and young people.",
        "6. Helping families to be healthy.",
        "7. All children and young people have hopes and can achieve what they want to achieve.",
        "",
        "The updated plan will start from 2024 –2027.",
    ]
)


def test_a_counted_numbered_list_of_areas_to_focus_on_is_the_plans_priorities() -> None:
    """Numbered as counted; "6. Helping families to be healthy." names an Every Child Matters outcome
    at its end, and is the sixth item all the same, no outcome heading."""
    extraction = read(SEFTON)
    assert [p.ref for p in extraction.priorities] == ["1", "2", "3", "4", "5", "6", "7"]
    assert not extraction.outcomes


#: Sussex Express, "Hastings Borough Council Corporate Plan 2025-2030 is now live" (2025),
#: https://www.sussexexpress.co.uk/news/politics/council/hastings-borough-council-corporate-plan-2025-2030-is-now-live-5071624
HASTINGS = """The new Hastings Borough Council Corporate Plan for 2025-2030 is now live.

There are five priorities in the plan. These all have actions underneath to set out how they will be \
achieved:

Hastings Borough Council's Corporate Plan 2025-30

1. has a financially stable council that delivers high quality, responsive services in cooperation with \
local people;

2. is tackling homelessness and ensuring good-quality housing;

3. is tackling poverty and inequality;

4. takes action to tackle the climate and nature crisis; and

5. encourages and supports pride of place in our town.
"""


def test_the_actions_each_item_holds_leave_the_counted_kind_and_a_caption_ends_no_list() -> None:
    """The five are priorities, each with its actions underneath; the plan's title between the lead-in
    and the first item captions the list, it does not end it."""
    plan = read(HASTINGS)
    assert [p.label[:26] for p in plan.priorities] == [
        "has a financially stable c",
        "is tackling homelessness a",
        "is tackling poverty and in",
        "takes action to tackle the",
        "encourages and supports pr",
    ]
    assert not plan.actions


#: South Derbyshire District Council, Corporate Plan 2009-2014
#: (https://issuu.com/southderbysdc/docs/corporate_plan_2009_-_14),
#: the page listing its four themes as the stored text gives it.
SOUTH_DERBYSHIRE = """From a detailed evidence base and consultation programme with our community, \
we have set out our vision of ‘Making South Derbyshire a better place to live, work and visit’.

Our four themes: 6

Sustainable growth and opportunity


Safe and secure


Lifestyle choices


Value for money

We have set out four themes for improvement… • • • •
"""


def test_headings_a_lead_in_counts_are_read_one_under_another_with_no_paragraph_between() -> None:
    """After "Our four themes:", four short headings: each is the next theme until four are read."""
    assert [p.label for p in read(SOUTH_DERBYSHIRE).priorities] == [
        "Sustainable growth and opportunity",
        "Safe and secure",
        "Lifestyle choices",
        "Value for money",
    ]


def test_headings_beyond_the_count_are_not_read() -> None:
    three = SOUTH_DERBYSHIRE.replace("Our four themes: 6", "Our three themes: 6")
    assert [p.label for p in read(three).priorities] == [
        "Sustainable growth and opportunity",
        "Safe and secure",
        "Lifestyle choices",
    ]


#: Surrey Chambers of Commerce, "A strong voice for Spelthorne" (news, 2021), on Spelthorne Borough
#: Council's corporate plan, https://www.surrey-chambers.co.uk/news-listing/a-strong-voice-for-spelthorne/
SPELTHORNE = (
    "Spelthorne Borough Council is refreshing and realigning its corporate plan which will earmark four "
    "‘CARE’ priorities; Community wellbeing, Affordable homes provision, Recovery and Environment for "
    "delivering services and supporting residents in the Borough."
)


def test_a_quoted_word_between_the_count_and_the_kind_still_counts_the_list() -> None:
    labels = [priority.label for priority in read(SPELTHORNE).priorities]
    assert labels[:3] == ["Community wellbeing", "Affordable homes provision", "Recovery"]
    assert len(labels) == 4 and labels[3].startswith("Environment")


#: Uttlesford District Council, Scrutiny Committee minutes (2021) on the Corporate Plan Delivery Plan
#: (https://uttlesford.moderngov.co.uk/mgAi.aspx?ID=7896), the themes' headings each over its bullets.
UTTLESFORD = """There were 4 main themes and Councillor Reeve highlighted some items in each:-

Putting residents first

·         Expanding the opportunities for young people, Councillor Day as the portfolio holder was \
working on a more detailed plan.

·         The completion of the £300m investment programme to ensure the Council was financed sufficiently.

Being progressive custodians of the rural environment

·         To build on the Climate Change Strategy document, approved at the last Council meeting.

Champion for the District

·         Supporting the ageing population which required more detail.
"""


def test_a_counted_list_s_next_heading_may_follow_the_bullets_under_the_last() -> None:
    found = read(UTTLESFORD)
    assert [p.label for p in found.priorities] == [
        "Putting residents first",
        "Being progressive custodians of the rural environment",
        "Champion for the District",
    ]
    assert [len(a.supports) for a in found.actions] == [1, 1, 1, 1]
    assert found.actions[2].supports == [found.priorities[1].key]


#: Woking Borough Council, "Towards Tomorrow Today - 2020/21 Service Plans" (Appendix 4, foreword),
#: http://www.readkong.com/page/towards-tomorrow-today-2020-21-service-plans-appendix-4-3455721
WOKING = """The Service Plans are split into three sections relating to the following themes:

People:       A Healthy, Inclusive and Engaged Community
Place:        An Enterprising, Vibrant and Sustainable Place
Us:           An Innovative, Proactive and Effective Council

Monitoring the performance of the Council

This document can be read in conjunction with the Council’s Green Book. The Green Book monitors the
performance of the Council across a range of service areas.
"""


def test_a_long_lead_in_naming_the_following_themes_leads_in_the_lines_right_under_each_other() -> None:
    """However long the sentence, "… the following themes:" names the lines under it: each line right
    under the one read is the next theme; the heading after the blank line is not one."""
    assert [p.label for p in read(WOKING).priorities] == [
        "People: A Healthy, Inclusive and Engaged Community",
        "Place: An Enterprising, Vibrant and Sustainable Place",
        "Us: An Innovative, Proactive and Effective Council",
    ]


def test_a_long_sentence_ending_in_a_colon_without_naming_its_list_leads_in_no_lines() -> None:
    unnamed = WOKING.replace("relating to the following themes:", "relating to these parts of the council:")
    with pytest.raises(UnknownLayoutError):
        read(unnamed)


#: Benjamin Murphy (Common Councilman), blog on the City of London Corporation's draft Corporate Plan
#: 2024–2029, https://benjaminmurphy.uk/?p=1897
CITY_OF_LONDON = (
    "For the first time today, the Court was presented with a draft plan which covers 6 key areas: Dynamic "
    "Economic Growth, Diverse Engaged Communities, Flourishing Public Spaces, Vibrant Thriving Destination, "
    "Providing Excellent Services and Leading Environmental Sustainability. For the first time, it has also "
    "looked at success criteria and performance measures (KPIs and OKRs).\n"
)


def test_a_plans_key_areas_counted_before_their_list_are_its_priorities() -> None:
    assert [p.label for p in read(CITY_OF_LONDON).priorities] == [
        "Dynamic Economic Growth",
        "Diverse Engaged Communities",
        "Flourishing Public Spaces",
        "Vibrant Thriving Destination",
        "Providing Excellent Services",
        "Leading Environmental Sustainability",
    ]


#: East Hampshire District Council, Corporate Strategy 2020-2024 (its PDF's text, the page on one line),
#: https://docslib.org/download/7130743/corporate-strategy-2020-24
EAST_HAMPSHIRE = (
    "Our mission is to enhance the lives of our residents, businesses and visitors. We will achieve this by "
    "concentrating on four themes from now until 2024: A fit for purpose Council A safer, healthier and more "
    "active East Hampshire A thriving local economy with infrastructure to support our ambitions An "
    "environmentally aware and cleaner East Hampshire We will embrace the following values as we deliver "
    "this Corporate Strategy: Responsibility for our actions Fairness and integrity in all we do\n"
)


def test_counted_titles_run_together_each_open_with_an_article_and_end_where_the_page_goes_on() -> None:
    """"A …" / "An …" open the four themes alike; the last ends before "We will …", the page's next
    sentence run on after it."""
    assert [p.label for p in read(EAST_HAMPSHIRE).priorities] == [
        "A fit for purpose Council",
        "A safer, healthier and more active East Hampshire",
        "A thriving local economy with infrastructure to support our ambitions",
        "An environmentally aware and cleaner East Hampshire",
    ]
