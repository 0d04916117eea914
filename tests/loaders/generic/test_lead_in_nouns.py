"""What else a lead-in names beside the list's kind: "the Council's vision and priorities" leads in the
priorities; a question heading ("Why this is important") after a lead-in is no item; on snippets cut
from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Shropshire Council, "Performance" page on the corporate plan (2019),
#: https://shropshire.gov.uk/information-intelligence-and-insight/performance/
SHROPSHIRE = "\n".join(
    [
        "Corporate plan",
        "",
        "In Shropshire we base the performance management framework around our corporate plan. The corporate "
        "plan sets out the Council’s vision and priorities, providing the focus of the work of the council, "
        "and underpinning what we're trying to achieve over the coming years:",
        "",
        "  • More people with a suitable home",
        "  • Care for those in need at any age",
        "  • A good place to do business",
    ]
)

#: Lancashire County Council, Children, Young People and Families Partnership page (2022),
#: http://www.lancashire.gov.uk/practitioners/supporting-children-and-families/lancashire-children-young-people-and-families-partnership-board/
LANCASHIRE = "\n\n".join(
    [
        "Our partnership's key shared outcomes are:",
        "Why this is important",
        "To prevent the need for children to become looked after and with compassion, step in when "
        "necessary to keep children and young people safe from harm.",
    ]
)


def test_a_vision_named_with_the_priorities_leaves_them_the_list() -> None:
    assert [p.label for p in read(SHROPSHIRE).priorities] == [
        "More people with a suitable home",
        "Care for those in need at any age",
        "A good place to do business",
    ]


def test_a_headline_naming_a_vision_and_priorities_leads_in_nothing() -> None:
    assert lead_in_kind("Council agrees its vision and priorities") is None


def test_a_question_heading_after_a_lead_in_is_no_item() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LANCASHIRE)


#: Arun District Council, Annual Governance Statement 2022/23, https://arun.gov.uk/annual-governance-statement-202223
ARUN = """\
In 2021/22 the council developed and agreed on its vision 2022-2026 which contains four new themes:-
- improving the wellbeing of Arun
- delivering the right homes in the right places
- supporting our environment to support us
- fulfilling Arun’s economic potential
Linked to these are key performance indicators/outcomes.
Within these themes, the council will deliver services and progress initiatives for improvement and \
change to make things better for:-
- our residents and everyone who visits this area
- our businesses
"""


def test_a_kind_named_back_within_these_leads_in_no_list_of_it() -> None:
    assert lead_in_kind("Within these themes, the council will make things better for:-") is None
    assert [p.label for p in read(ARUN).priorities] == [
        "improving the wellbeing of Arun",
        "delivering the right homes in the right places",
        "supporting our environment to support us",
        "fulfilling Arun’s economic potential",
    ]


#: Hull City Council, "City Plan – ambitions and priorities" page (2013),
#: http://www.hullpublichealth.org/cityplan.html
HULL = "\n\n".join(
    [
        "The City Plan will focus on five priorities to achieve the main goal to create and sustain jobs in "
        "Hull. These are –",
        "Back to top",
        "1. Harness all Hull's assets to become the leading UK Energy City",
        "Hull's location and its skilled workforce will see it become the UK hub for renewable energy "
        "industries and investment.",
        "Projects and proposals include –",
        "  • Vivergo Fuel's £350m world-scale biofuels plant – set to open later this year\n"
        "  • more investment linked to enterprise zones",
    ]
)


def test_a_web_pages_furniture_between_a_lead_in_and_its_list_is_passed_over() -> None:
    extraction = read(HULL)
    assert [p.label for p in extraction.priorities] == [
        "Harness all Hull's assets to become the leading UK Energy City"
    ]


def test_projects_included_under_an_item_are_its_actions() -> None:
    assert lead_in_kind("Projects and proposals include –") == "action"
    assert lead_in_kind("Key projects are:") == "action"
    assert [a.label for a in read(HULL).actions] == [
        "Vivergo Fuel's £350m world-scale biofuels plant – set to open later this year",
        "more investment linked to enterprise zones",
    ]


#: Norfolk County Council's decision on its early childhood and family service (news, January 2019),
#: https://www.savesurestart.co.uk/2019/01/23/results-of-meeting/
NORFOLK = """The drivers for change were given as follows:

  1. Securing better outcomes for children and their families
  2. Ambition to build an early childhood system in Norfolk

By making these changes, the council says the new service will operate in the following way:

  1. Provide targeted support for families with children aged 0-5
  2. Offer help so that all families can connect with local support and universal early childhood activities
"""


def test_the_way_a_service_will_operate_is_its_actions() -> None:
    extraction = read(NORFOLK)
    assert [a.label for a in extraction.actions] == [
        "Provide targeted support for families with children aged 0-5",
        "Offer help so that all families can connect with local support and universal early childhood "
        "activities",
    ]
    assert not extraction.priorities  # the drivers for change are why, not what the plan will do


#: Hastings Borough Council, Corporate Plan 2020-24 (web page),
#: https://www.hastings.gov.uk/my-council/corp-plan-2023-update/corp-plan/
HASTINGS = """Our town will:
- Be a ‘green’ town with zero carbon footprint
- Be a hub of creativity and culture
We can’t do this alone so we will continue to work with our partners across all sectors to achieve our \
vision and promote our town. So that we can work towards our vision, we have priorities which we will be \
concentrating on:
- Tackling homelessness, poverty and ensuring quality housing
- Keeping Hastings clean and safe
- Minimising our environmental impact
"""


def test_a_vision_named_in_a_purpose_clause_is_not_what_the_list_holds() -> None:
    assert lead_in_kind("So that we can work towards our vision, we have priorities we will focus on:") == (
        "priority"
    )
    assert lead_in_kind("He started with the vision, then the priorities:") is None
    assert [p.label for p in read(HASTINGS).priorities] == [
        "Tackling homelessness, poverty and ensuring quality housing",
        "Keeping Hastings clean and safe",
        "Minimising our environmental impact",
    ]


#: Wiltshire Council's SEND strategy 2024, its first priority's page on the Local Offer site
#: (https://localoffer.wiltshire.gov.uk/article/9977/Priority-1-Children-and-young-people-and-their-
#: families-will-be-at-the-centre-of-planning-views-and-aspirations-heard-and-acted-upon-as-true-partners).
WILTSHIRE = """What children and young people and their families will see as a result:

  • They will feel heard within the local area and be able to access help, where required, to express \
views, wishes and choices.
  • Opportunities to design new services will be available for all.
"""


def test_what_the_people_served_will_see_as_a_result_leads_in_outcomes() -> None:
    assert lead_in_kind(WILTSHIRE.splitlines()[0]) == "outcome"
    assert lead_in_kind("What you will notice:") == "outcome"
    assert lead_in_kind("What we will see in the data:") is None  # no list's kind, no difference to people
    assert [outcome.label[:28] for outcome in read(WILTSHIRE).outcomes] == [
        "They will feel heard within ",
        "Opportunities to design new ",
    ]


def test_strategic_commitments_are_a_councils_themes_and_commitments_its_promises() -> None:
    # Fylde Council, 2024-28 Corporate Plan approved (2024), https://new.fylde.gov.uk/?p=25285
    fylde = "To achieve this, the 2024-28 Corporate Plan includes five strategic commitments:"
    assert lead_in_kind(fylde) == "priority"
    # Castle Point Borough Council, Community Commitments (2024),
    # https://castlepoint.gov.uk/news/castle-point-borough-council-announces-community-commitments-3265
    assert lead_in_kind("The eight Community Commitments are:") == "action"
