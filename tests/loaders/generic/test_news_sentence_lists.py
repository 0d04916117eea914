"""A news story's sentence naming a plan's items after their kind: "These themes include: A; B; …",
"its four key priority areas: A, B, C, and D, E." (commas after the closing ", and" inside the last
item), "the following themes: A, B, and a Greener C."; snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.namedlists import quoted_items
from councilkg.loaders.parsing.runlists import between_commas, counted_lines, named_in_sentence
from tests.loaders.generic.reading import read

#: Ludlow Advertiser, 2019, on Ludlow Town Council's community-led plan,
#: https://www.ludlowadvertiser.co.uk/news/17433176.people-responding-to-town-plan/
LUDLOW = (
    "These themes include: Young People; Older and Vulnerable People; Transport, Parking and Road Safety; "
    "Employment and Economic Development; Retail and the Market; Environment (including litter and open "
    "spaces); Tourism; Crime and Safety.\n"
)
#: Three Rivers District Council, "Council unveils ambitious new 12 month action plan" (2021),
#: https://www.threerivers.gov.uk/news/council-unveils-new-12-month-action-plan
THREE_RIVERS = (
    "The action plan for 2021-22 will help the council deliver its objectives in its four key priority "
    "areas: Sustainable Environment, Successful Economy, Housing and Thriving Communities, and High "
    "Performing, Financially Independent Council.\n"
)
#: Trowbridge Town Council, "Trowbridge Town Council to review current strategy" (2021),
#: https://trowbridge.gov.uk/trowbridge-town-council-to-review-current-strategy/
TROWBRIDGE = """\
At the Policy and Resources Committee meeting held on the 5th September, it was resolved that the \
council will undertake a review of the 2021-2025 Strategy. The Strategy was based upon the following \
themes: A More Active Trowbridge, A More Vibrant Trowbridge, and a Greener Trowbridge.

The Council will identify those actions which the council are aiming to progress significantly by \
2025, and identify those which are deferred to post-2025.
"""


def test_themes_a_sentence_says_it_includes_are_read_between_semicolons() -> None:
    found = read(LUDLOW)
    assert [priority.label for priority in found.priorities] == [
        "Young People",
        "Older and Vulnerable People",
        "Transport, Parking and Road Safety",
        "Employment and Economic Development",
        "Retail and the Market",
        "Environment (including litter and open spaces)",
        "Tourism",
        "Crime and Safety",
    ]


def test_themes_a_sentence_merely_mentions_are_not_named() -> None:
    assert named_in_sentence("These themes include work with schools; the police; and health.") is None


def test_commas_after_the_closing_and_are_inside_the_last_item() -> None:
    found = read(THREE_RIVERS)
    assert [priority.label for priority in found.priorities] == [
        "Sustainable Environment",
        "Successful Economy",
        "Housing and Thriving Communities",
        "High Performing, Financially Independent Council",
    ]


def test_a_sentence_going_on_after_the_closing_and_item_is_left_out_of_it() -> None:
    # Mansfield and Ashfield Chad on Mansfield District Council's "Towards 2030" refresh (2024),
    # https://www.chad.co.uk/news/politics/council/council-updates-strategy-to-guide-mansfield-to-caring-confident-and-prosperous-future-4562496
    text = (
        "The strategy is focused on five themes: communities, the district, the economy, the environment, "
        "and the council, under an overall goal - to be an ambitious, caring and confident district where "
        "everyone can prosper.\n"
    )
    assert [priority.label for priority in read(text).priorities] == [
        "communities",
        "the district",
        "the economy",
        "the environment",
        "the council",
    ]


def test_the_count_still_decides_where_the_closing_and_stands() -> None:
    """Five counted: the piece after ", and" is the fourth, so the list does not hold five."""
    assert between_commas("A, B, C, and D, E", 5) == []
    assert between_commas("A, B, C, and D, E", 4) == ["A", "B", "C", "D, E"]


def test_the_following_themes_are_read_and_sorting_the_plans_actions_is_no_action() -> None:
    found = read(TROWBRIDGE)
    assert [priority.label for priority in found.priorities] == [
        "A More Active Trowbridge",
        "A More Vibrant Trowbridge",
        "a Greener Trowbridge",
    ]
    assert found.actions == []


#: Felixstowe Spy, "Felixstowe Town Council asks for community feedback on Business Plan" (2020),
#: https://felixstowespy.com/2020/02/07/felixstowe-town-council-asks-for-community-feedback-on-business-plan/
#: (the glosses shortened).
FELIXSTOWE = """\
The aim of the Town Council’s Business Plan is to clearly articulate the Council’s priorities for the \
next four years. There are four main objectives:

Focus on the Environment – which includes reacting to the ‘climate emergency’ declared in 2019

Support the Community –  which includes working with youth and dementia groups.

Enhance Public Spaces – which includes improving play areas, extending the cemetery and

Promote Felixstowe – which includes protecting Felixstowe’s heritage, promoting the town centre.

This is all very laudable – and it is and will be interesting to look at what has been proposed.
"""


def test_a_glossed_sentence_after_a_counted_list_of_glossed_titles_is_not_a_fifth_item() -> None:
    found = read(FELIXSTOWE)
    assert [priority.label for priority in found.priorities] == [
        "Focus on the Environment",
        "Support the Community",
        "Enhance Public Spaces",
        "Promote Felixstowe",
    ]


def test_a_glossed_line_after_titles_glossed_unalike_leaves_the_count_in_doubt() -> None:
    texts = [(number, line.strip()) for number, line in enumerate(FELIXSTOWE.splitlines(), 1)]
    assert counted_lines(texts, 0) is not None
    texts[4] = (5, "Support the Community – through working with youth and dementia groups.")
    assert counted_lines(texts, 0) is None


def test_the_end_of_a_year_is_no_count() -> None:
    # Stonor for Faversham, "Priorities for Faversham: from the centre to the edges" (2015),
    # https://stonor-faversham.org/2015/03/18/priorities-for-faversham-from-the-centre-to-the-edges/
    text = (
        "Whatever you think of the 2015/16 Business Plan’s three priorities (Magna Carta, the Creek, the "
        "Guildhall) the fact is that, geographically, these projects cover a limited part of the town.\n"
    )
    assert [priority.label for priority in read(text).priorities] == [
        "Magna Carta",
        "the Creek",
        "the Guildhall",
    ]


#: Northampton Chronicle & Echo on Northampton Borough Council's Corporate Plan 2018-20,
#: https://www.northamptonchron.co.uk/news/council-targets-stronger-economy-and-exceptional-services-in-remaining-two-years-1-8700018
NORTHAMPTON = """\
Among the key objectives the council pledges to work towards before that are ‘a clean, green and tidy \
town’, ‘improving our governance’, ‘spending your money wisely’ and ‘more and better homes’.

It also lists three ‘strategic priorities’, which are ‘a stronger economy’, ‘resilient communities’ and \
‘exceptional services to be proud of’.
"""


def test_items_each_quoted_are_parted_by_their_quotes_not_their_commas() -> None:
    found = read(NORTHAMPTON)
    assert [priority.label for priority in found.priorities] == [
        "a clean, green and tidy town",
        "improving our governance",
        "spending your money wisely",
        "more and better homes",
        "a stronger economy",
        "resilient communities",
        "exceptional services to be proud of",
    ]


def test_a_list_only_partly_quoted_is_not_parted_by_its_quotes() -> None:
    assert quoted_items("‘a clean town’, better homes and ‘improving our governance’") == []
    assert quoted_items("‘a clean town’ and ‘improving our governance’") == []  # two: a pair, not a list


def test_five_short_phrases_a_predicate_names_after_the_kind_are_a_list() -> None:
    # Hastings Borough Council's draft corporate plan 2018/19, its leader quoted in the Hastings Observer,
    # https://www.hastingsobserver.co.uk/news/council-launches-consultation-on-new-corporate-plan-and-budget-1-8333966
    text = (
        "“So, in our 2018/19 corporate plan, we have set out our vision for Hastings, and how we will "
        "achieve that vision. Our priorities are economic and physical regeneration, cultural regeneration, "
        "intervention where it’s needed, creating decent homes, an attractive town, a greener town, and "
        "transforming the way we work.\n"
    )
    assert [priority.label for priority in read(text).priorities] == [
        "economic and physical regeneration",
        "cultural regeneration",
        "intervention where it’s needed",
        "creating decent homes",
        "an attractive town",
        "a greener town",
        "transforming the way we work",
    ]


def test_three_phrases_a_predicate_names_may_be_what_the_kind_is_said_to_be() -> None:
    with pytest.raises(UnknownLayoutError):
        read("Our priorities are clear, simple and agreed by partners.\n")


#: St Albans City and District Council, news, "Council’s future priorities revealed" (2019), on the
#: Corporate Plan 2020-2025, https://stalbans.gov.uk/news/councils-future-priorities-revealed
ST_ALBANS = """\
Council’s future priorities revealed

Publication date:

Tackling both the climate emergency and a shortage of social housing are two of the four main objectives \
of St Albans City and District Council’s new corporate plan.

Council Leader Chris White said:

We have set ourselves some difficult challenges for the years ahead, especially in relation to climate change.
"""


def test_a_news_headline_naming_priorities_leads_in_no_list_of_its_stories_lines() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(ST_ALBANS)  # "Publication date:" and "Council Leader Chris White said:" are no priorities


#: Spalding Today, "Priorities for South Holland laid out by council" (2021), on the strategic programme
#: of work, https://www.spaldingtoday.co.uk/news/districts-priorities-set-out-9226142/
SOUTH_HOLLAND = """\
Priorities for South Holland laid out by council

More news, no ads

South Holland District Council has outlined its new priorities for residents and businesses.

South Holland's plan includes:

  • Spalding and Holbeach town centre improvement programmes
  • The Grants4Growth programme and Open for Business initiative for local businesses,
  • Support for the district's leisure facilities

The partnership-wide plans include:

  • Developing the case for devolution for the sub-region
  • A focus on health and leisure.
"""


def test_what_a_plan_is_said_to_include_are_its_actions_under_a_headline() -> None:
    found = read(SOUTH_HOLLAND)
    assert [action.label for action in found.actions] == [
        "Spalding and Holbeach town centre improvement programmes",
        "The Grants4Growth programme and Open for Business initiative for local businesses,",
        "Support for the district's leisure facilities",
        "Developing the case for devolution for the sub-region",
        "A focus on health and leisure.",
    ]
    assert not found.priorities  # the headline, and "More news, no ads" under it, are none


#: Greatest Hits Radio, Northamptonshire news, on North Northamptonshire Council's SEND priority action
#: plan (2024),
#: https://hellorayo.co.uk/greatest-hits/northamptonshire/news/action-plan-to-improved-send-facilities
NORTH_NORTHAMPTONSHIRE = (
    "The key areas flagged as the highest need include ensuring there is a clear direction for partnership "
    "working across the services, strengthening joint commissioning, putting in place heightened governance "
    "arrangements to monitor SEND and alternative provision strategy and improving accurate and early "
    "identification of needs."
)


def test_the_key_areas_a_sentence_says_it_includes_are_priorities() -> None:
    assert [priority.label for priority in read(NORTH_NORTHAMPTONSHIRE).priorities] == [
        "ensuring there is a clear direction for partnership working across the services",
        "strengthening joint commissioning",
        "putting in place heightened governance arrangements to monitor SEND and alternative provision "
        "strategy",
        "improving accurate and early identification of needs",
    ]


#: The News (Portsmouth), 2017, on Fareham Borough Council's draft corporate strategy,
#: http://www.portsmouth.co.uk/news/politics/public-to-have-their-say-on-council-s-new-strategy-1-8095389
FAREHAM = (
    "The six main priorities for the next five years are providing housing choices, protecting and enhancing "
    "the environment, strong, safe, inclusive and healthy communities, maintaining and extending prosperity, "
    "leisure opportunities for health and fun and a dynamic, prudent and progressive council.\n"
)


def test_qualities_a_comma_parts_stay_in_the_item_they_qualify() -> None:
    """ "strong, safe, inclusive and healthy communities" is one of the six; Mansfield's themes of a word
    each ("communities, the district, …"; the Chad, 2024,
    https://www.chad.co.uk/news/politics/council/council-updates-strategy-to-guide-mansfield-to-caring-confident-and-prosperous-future-4562496)
    stay five."""
    labels = [p.label for p in read(FAREHAM).priorities]
    assert len(labels) == 6 and labels[2] == "strong, safe, inclusive and healthy communities"
    mansfield = "communities, the district, the economy, the environment, and the council"
    assert between_commas(mansfield, 5) == [
        "communities",
        "the district",
        "the economy",
        "the environment",
        "the council",
    ]
