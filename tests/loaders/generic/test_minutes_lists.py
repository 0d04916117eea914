"""Plan items that minutes and news state as a list inside their prose: a counted list opened by
"including" or "are", a counted list inside a minute's numbered paragraph, items a sentence names
after (or before) their kind with no count, on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.runlists import between_commas, counted_run
from tests.loaders.generic.reading import read

#: Telford & Wrekin Council, Cabinet minutes on the Children and Young People's Strategy 2025-2028,
#: https://democracy.telford.gov.uk/mgAi.aspx?ID=15323
TELFORD = (
    "The report summarised the proposals for the Council’s draft Children and Young People Strategy for "
    "2025 – 2028 which was an overarching plan that will act as an umbrella for a range of supporting "
    "partnership strategies and transformation programmes. The vision of the strategy was that the Borough "
    "would be a home to healthy, safe children who achieve their potential and encompasses four main aims "
    "including start well, stay well, keep safe and enjoy and achieve.\n"
)

#: London Borough of Southwark, decision details of 11 April 2011 on the Children and Young People's
#: Plan, https://moderngov.southwark.gov.uk/mgDecisionDetails.aspx?IId=13939&Opt=1
SOUTHWARK = (
    "5.3  Jane Bailey, Assistant director for children’s services, introduced the report circulated by "
    "commenting that she hoped everybody present had had a chance to contribute to the plan; over 1000 "
    "voices had been recorded in the course of the plan’s development. The Assistant director reported "
    "that 5 key priorities had emerged: thinking family, narrowing the gap, raising the bar, succeeding "
    "into adulthood and working together – children safeguarded from harm and neglect.\n"
)


def test_a_counted_list_opened_by_including_is_read() -> None:
    assert [p.label for p in read(TELFORD).priorities] == [
        "start well",
        "stay well",
        "keep safe",
        "enjoy and achieve",
    ]


def test_a_counted_list_in_a_numbered_minute_is_read() -> None:
    assert [p.label for p in read(SOUTHWARK).priorities] == [
        "thinking family",
        "narrowing the gap",
        "raising the bar",
        "succeeding into adulthood",
        "working together – children safeguarded from harm and neglect",
    ]


def test_the_last_and_parts_the_items_nearest_the_others_length() -> None:
    assert between_commas("start well, stay well, keep safe and enjoy and achieve", 4)[2:] == [
        "keep safe",
        "enjoy and achieve",
    ]
    # with nothing to choose between, the last "and" parts them, as before
    assert between_commas("health, schools and roads and housing", 3)[1:] == ["schools and roads", "housing"]


def test_priorities_a_minute_says_the_plan_included_are_read() -> None:
    """Gloucestershire County Council, Cabinet minutes on the Youth Justice Plan 2022/23,
    https://glostext.gloucestershire.gov.uk/ieIssueDetails.aspx?IId=45218&PlanId=0&Opt=3"""
    text = (
        "Gloucestershire’s Youth Justice System was generally performing well, although there were "
        "considerable national and local challenges. Key priorities within the 2022/23 plan, attached at "
        "Appendix 1, included serious youth violence, promoting the voice of young people, "
        "disproportionality (the over representation of certain groups in the Criminal Justice System) and "
        "mobilising health, education and other services.\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "serious youth violence",
        "promoting the voice of young people",
        "disproportionality (the over representation of certain groups in the Criminal Justice System)",
        "mobilising health, education and other services",
    ]


def test_items_led_by_verbs_in_ing_end_at_the_last_and_before_one() -> None:
    """Wanstead Post, "Children in Redbridge 'gang affected'" (2018), on the Youth Justice Plan 2018/2019,
    https://thewansteadpost.co.uk/2018/07/20/children-in-redbridge-gang-affected/"""
    text = (
        "The Plan identified priorities for 2018/2019 which included maintaining the low level of young "
        "people entering the youth justice system, supporting vulnerable young people from re-offending and "
        "strengthening collaborative work on serious youth violence, child sexual exploitation, knife crimes "
        "and gangs work.\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "maintaining the low level of young people entering the youth justice system",
        "supporting vulnerable young people from re-offending",
        "strengthening collaborative work on serious youth violence, child sexual exploitation, knife crimes "
        "and gangs work",
    ]


#: Sandwell Metropolitan Borough Council, Strategic Risk Register Update (committee minutes, 2021),
#: https://sandwell.moderngov.co.uk/mgAi.aspx?ID=1181
SANDWELL = """The risks categorised as red and faced by the council related to children’s social care, \
GDPR, medium term financial strategy (with the local government finance settlement to be published in the \
following month), cyber security and the towns fund programme.


Emergency planning, business continuity, commonwealth games aquatic centre, Oracle Fusion (business \
management system) implementation, and Grant Thornton audit findings recommendations were among the \
amber risks.
"""


def test_risks_named_after_or_before_their_kind_are_read() -> None:
    risks = read(SANDWELL).risks
    assert [(r.source_line, r.label) for r in risks] == [
        (1, "children’s social care"),
        (1, "GDPR"),
        (
            1,
            "medium term financial strategy (with the local government finance settlement to be published "
            "in the following month)",
        ),
        (1, "cyber security"),
        (1, "the towns fund programme"),
        (4, "Emergency planning"),
        (4, "business continuity"),
        (4, "commonwealth games aquatic centre"),
        (4, "Oracle Fusion (business management system) implementation"),
        (4, "Grant Thornton audit findings recommendations"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # York, CYPP executive minutes (2009): "including" after a comma gives examples, no list
        "The plan sets out priorities, including improving the life chances of the most disadvantaged and "
        "disaffected children, young people and families in the City.",
        # Halton, Executive Board minutes (2007): a reported clause whose commas part an item's own list
        "It was noted that the reduction of children and young people not in education, training and "
        "employment, and an increase in the qualification levels of young people in Halton, were the "
        "Children and Young People’s Plan priorities for 2007 – 2009.",
        # two items are a phrase, not a list
        "Partnerships and improved support for children and families in Calderdale are the aims.",
        # what members raised is no plan's list
        "The priorities members raised at the meeting included housing, transport, schools and parks.",
        # "included in": a participle, and what follows is no list of the risks
        "The risks included in the register were reviewed, updated, and agreed by the committee.",
    ],
)
def test_sentences_naming_no_list_of_a_plan_are_refused(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text + "\n")


def test_a_colon_later_in_the_sentence_opens_the_list_rather_than_are_or_were() -> None:
    assert counted_run(
        "The board said the three priorities were agreed: safer homes, better schools and parks."
    ) == (
        "priorities",
        ["safer homes", "better schools", "parks"],
    )


#: East Riding of Yorkshire Council, news: business plan update for 2024 (a news site's copy),
#: https://www.thescarboroughnews.co.uk/news/politics/council/east-riding-council-business-plan-outlines-priorities-for-year-ahead-4577738
EAST_RIDING = (
    "East Riding of Yorkshire Council has published the update to the business plan for 2024, their "
    "priorities are growing the economy, valuing the environment, empowering and supporting communities, "
    "protecting the vulnerable and helping children and young people achieve.\n"
)


def test_priorities_named_as_the_predicate_of_are_when_each_opens_with_a_verb_in_ing() -> None:
    extraction = read(EAST_RIDING)
    assert [p.label for p in extraction.priorities] == [
        "growing the economy",
        "valuing the environment",
        "empowering and supporting communities",
        "protecting the vulnerable",
        "helping children and young people achieve",
    ]


def test_a_predicate_of_are_that_names_no_actions_lists_nothing() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("The council's priorities are clear, simple and agreed by partners in the borough.\n")


#: Guildford Borough Council, minutes on the draft new Corporate Plan (2018),
#: https://democracy.guildford.gov.uk/mgAi.aspx?ID=4595
GUILDFORD = (
    "The Corporate Plan had been streamlined to focus on the three strategic themes of Place-making, "
    "Community and Innovation and referred to the Council’s recent key achievements.  The Board was "
    "invited to comment on the draft Corporate Plan before its consideration by the Executive.\n"
)


def test_titles_listed_between_commas_end_where_the_sentence_goes_on_in_lower_case() -> None:
    """ "… Community and Innovation and referred to …": the last title ends at the "and" the sentence
    goes on with, not at the last "and"."""
    assert between_commas("Place-making, Community and Innovation and referred to the achievements", 3) == [
        "Place-making",
        "Community",
        "Innovation",
    ]
    phrases = between_commas("start well, stay well, keep safe and enjoy and achieve", 4)
    assert phrases[-1] == "enjoy and achieve"
    assert [p.label for p in read(GUILDFORD).priorities] == ["Place-making", "Community", "Innovation"]


#: North Yorkshire County Council, Youth Justice Service performance update (minutes, 2021),
#: tests/corpus/wild/north-yorkshire-2021-youth-justice-strategic-plan-priorities-minutes.txt
NORTH_YORKSHIRE = """\
Steve Walker provided an overview of performance and drew attention to the key priorities within the new \
Strategic Plan for 2021-22 e.g.:

·          Reducing number of first-time entrants – it was noted that the pace of reduction in North \
Yorkshire was slowing;

·          Reducing Re-offending – it was noted that North Yorkshire was several percent above most \
other areas;
"""


def test_a_point_titled_before_what_was_noted_of_it_is_an_item_by_its_title() -> None:
    """ "Reducing Re-offending – it was noted that …": the priority, then the minute's note on it."""
    assert [p.label for p in read(NORTH_YORKSHIRE).priorities] == [
        "Reducing number of first-time entrants",
        "Reducing Re-offending",
    ]
    with pytest.raises(UnknownLayoutError):
        read(
            NORTH_YORKSHIRE.replace("Reducing Re-offending –", "Re-offending rates were higher –").replace(
                "Reducing number of first-time entrants –", "First-time entrants had fallen –"
            )
        )


#: Watford Borough Council, Cabinet minutes on the Council Plan 2022-26
#: (https://watford.moderngov.co.uk/mgAi.aspx?ID=18052), as the stored page gives them.
WATFORD = """There were four themes –


·               A council working for our community and serving our residents – this was extremely \
important ensuring residents received value for money

·               A greener, brighter future – the environment was at the forefront of
"""


def test_a_theme_a_minute_names_then_says_how_it_was_spoken_of_is_read_by_its_title() -> None:
    """After the dash is what the minute says of each theme, in the past tense: the theme is its title."""
    assert [p.label for p in read(WATFORD).priorities] == [
        "A council working for our community and serving our residents",
        "A greener, brighter future",
    ]


#: London Borough of Harrow, minutes on the Youth Justice Plan 2015-2018,
#: https://moderngov.harrow.gov.uk/mgAi.aspx?ID=97009
HARROW = """The Head of Service – Youth Offending also addressed the Committee and made the following points:

·                     the three Key Performance Indicators for the Youth Offending Team, as set by the Youth \
Justice Board were reducing first time entrants; reducing re-offending and reducing the use of custody. \
Performance against these targets was good;

·                     there was a decrease in the number of young people being found guilty of a crime \
in 2014-15;

·                     the Harrow Youth Offending Team Annual Report fed into this Plan;
"""


def test_a_point_of_the_minutes_naming_a_counted_list_gives_its_items() -> None:
    """The points made are no items, but the indicators one of them counts and names are."""
    found = read(HARROW)
    assert [indicator.label for indicator in found.indicators] == [
        "reducing first time entrants",
        "reducing re-offending",
        "reducing the use of custody",
    ]
    assert found.priorities == [] and found.actions == []


#: Havant Borough Council, news on its new Corporate Strategy (2024),
#: https://havant.gov.uk/news/2024/community-heart-councils-new-corporate-strategy
HAVANT = (
    "The strategy maintains the established key themes of Wellbeing, Pride in Place and Growth, but in "
    "direct response to feedback in this year’s Residents’ Survey, the theme ‘A Responsive Council’ has "
    "been introduced.\n"
)

#: North Kesteven District Council, The NK Plan (2018),
#: https://www.n-kesteven.gov.uk/your-council/facts-and-figures-about-the-council/council-performance/the-nk-plan/
NORTH_KESTEVEN = (
    "A consultation process has been undertaken with residents, partners and other stakeholders to review "
    "and fine tune the proposals resulting in the addition of a new fifth corporate priority – Our "
    "Environment – to sit alongside the existing priorities of Our Communities, Our Council, Our Economy, "
    "and Our Homes. The NK Plan 2018-21 was approved at the Full Council Meeting held 6th March 2018.\n"
)


@pytest.mark.parametrize(
    "text, labels",
    [
        (HAVANT, ["Wellbeing", "Pride in Place", "Growth"]),
        (NORTH_KESTEVEN, ["Our Communities", "Our Council", "Our Economy", "Our Homes"]),
    ],
)
def test_titles_a_sentence_names_after_their_kind_and_of_are_its_items(text: str, labels: list[str]) -> None:
    assert [priority.label for priority in read(text).priorities] == labels


def test_a_kind_of_words_in_small_letters_names_no_items() -> None:
    """"the priorities of the council, its partners and residents": whose they are, not what."""
    with pytest.raises(UnknownLayoutError):
        read("The plan sets out the priorities of the council, its partners and its residents for 2024.\n")


#: St Edmundsbury Borough Council, Overview and Scrutiny Committee minutes on the draft West Suffolk
#: strategic framework (2017), https://democracy.westsuffolk.gov.uk/mgAi.aspx?ID=14303
ST_EDMUNDSBURY = (
    "Work undertaken to date had involved the formulation of a draft vision and strategic priorities, based "
    "on a review of West Suffolk’s existing priorities, and set against a background of evidence about West "
    "Suffolk and the issues be faced.  The three priorities that emerged from the work continued to be "
    "growth; resilient families and communities; and housing.  Each of the three strategic priorities was "
    "supported by a draft set of projects and actions.\n"
)


def test_a_counted_list_the_sentence_says_its_kind_continued_to_be() -> None:
    labels = [priority.label for priority in read(ST_EDMUNDSBURY).priorities]
    assert labels == ["growth", "resilient families and communities", "housing"]
