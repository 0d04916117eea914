"""What a lead-in says its list holds, on snippets cut from the wild corpus (``tests/corpus/wild/``): a plan
focusing ("Our draft plan focuses on:") and its main areas of work lead in priorities, "This will involve
us:" actions; a lead-in pointing back ("We will do this by:", "These are:") takes the kind named above it;
"We will:" under "the following six principles" leads in none; what people are to enjoy "through:" is
outcomes."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Lewes District Council, consultation on its draft corporate plan (2023-24),
#: tests/corpus/wild/lewes-2024-draft-corporate-plan-consultation-priorities.txt
LEWES = (
    "Our draft plan focuses on:\n"
    "- Delivering high quality, responsive services to local people\n"
    "- Continuing to support local people through challenging times\n"
    "- Building genuinely affordable homes\n"
    "We also asked about the section on how the council proposes to work with people and partners.\n"
)


def test_a_plan_focusing_on_a_list_names_its_priorities() -> None:
    assert [p.label for p in read(LEWES).priorities] == [
        "Delivering high quality, responsive services to local people",
        "Continuing to support local people through challenging times",
        "Building genuinely affordable homes",
    ]


def test_main_areas_of_work_are_priorities() -> None:
    # Suffolk Children and Young People's Emotional Wellbeing Plan (2016), tests/corpus/wild/suffolk-2016-…
    assert lead_in_kind("These are currently the main areas of work:") == "priority"
    text = "These are currently the main areas of work:\n\n1.  Access to help\n\n2.  Early intervention\n"
    assert [(p.ref, p.label) for p in read(text).priorities] == [
        ("1", "Access to help"),
        ("2", "Early intervention"),
    ]


def test_this_will_involve_us_leads_in_actions() -> None:
    # Thanet District Council, Corporate Plan 2015 to 2019, corporate priorities,
    # https://www.thanet.gov.uk/about-us/corporate-plan-2015-to-2019/corporate-priorities-2015-to-19/
    text = (
        "Priority 1: A clean and welcoming environment\n"
        "\n"
        "We want to encourage pride in our district by keeping Thanet clean.\n"
        "\n"
        "This will involve us:\n"
        "\n"
        "  • Continuing to improve waste and recycling services, reducing waste and increasing recycling.\n"
        "\n"
        "  • Keeping streets, parks and open spaces clean for residents and visitors.\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == ["A clean and welcoming environment"]
    assert [a.label[:30] for a in extraction.actions] == [
        "Continuing to improve waste an",
        "Keeping streets, parks and ope",
    ]


def test_we_will_do_this_by_under_our_priorities_leads_in_the_priorities() -> None:
    # Cotswold District Council, Our aims and priorities (2020),
    # https://cotswold.gov.uk/about-the-council/our-aims-and-priorities/
    text = (
        "Our priorities\n"
        "\n"
        "We will do this by:\n"
        "\n"
        "  • delivering our services to the highest standards\n"
        "  • responding to the challenges presented by the climate crisis\n"
        "\n"
        "Our principles\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == [
        "delivering our services to the highest standards",
        "responding to the challenges presented by the climate crisis",
    ]
    assert extraction.actions == []


def test_a_count_of_themes_supported_by_actions_leads_in_the_themes() -> None:
    # Erewash Borough Council, Corporate Plan 2021-2023, foreword,
    # tests/corpus/wild/erewash-2021-corporate-plan-themes-foreword.txt
    lead_in = (
        "We have identified four strategic themes to drive our service delivery, supported by a range of "
        "high level actions:"
    )
    assert lead_in_kind(lead_in) == "priority"
    assert lead_in_kind("Our plan is supported by a range of high level actions:") == "action"


def test_we_will_under_a_line_naming_the_following_principles_leads_in_no_actions() -> None:
    # Cheltenham Borough Council, Corporate Plan 2023-27 (summary - principles and priorities),
    # tests/corpus/wild/cheltenham-2023-corporate-plan-key-priorities.txt
    text = (
        "The delivery of our priorities will be based around the following six principles\n"
        "\n"
        "We will:\n"
        "\n"
        "  1. Help all our communities to benefit and prosper from our strong local economy\n"
        "  2. Be risk aware, rather than risk averse\n"
        "\n"
        "Our five key priorities\n"
        "\n"
        "Key Priority 1 - Enhancing Cheltenham’s reputation as the cyber capital of the UK\n"
    )
    extraction = read(text)
    assert extraction.actions == []
    assert [p.label for p in extraction.priorities] == [
        "Enhancing Cheltenham’s reputation as the cyber capital of the UK"
    ]


def test_a_we_will_sentence_hanging_under_a_numbered_priority_is_said_of_it() -> None:
    # Guildford Borough Council, new ten-year Corporate Strategy (2024),
    # tests/corpus/wild/guildford-2024-corporate-strategy-2024-2034-five-key-priorities-news.txt
    text = (
        "Our five key priorities are:\n"
        "\n"
        "  1. A more sustainable borough\n"
        "    We are committed to becoming a more socially and environmentally responsible borough.\n"
        "  2. A more prosperous borough\n"
        "    We will ensure that Guildford borough is a place where business can thrive.\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == [
        "A more sustainable borough",
        "A more prosperous borough",
    ]
    assert extraction.actions == []


def test_these_are_alone_points_at_the_kind_the_sentence_above_named_last() -> None:
    # Allerdale Borough Council news, Delivery Plan 2021/22 (14 May 2021),
    # tests/corpus/wild/allerdale-2021-delivery-plan-key-priorities-news.txt
    text = (
        "The council’s ambitious Delivery Plan for 2021/22 sets out the main projects and activities that "
        "will be prioritised over the next 12 months. All the projects fall under the key priorities "
        "contained in the Council Strategy.\n"
        "\n"
        "These are:\n"
        "\n"
        "  • A financially secure council\n"
        "  • A cleaner, greener Allerdale\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "A financially secure council",
        "A cleaner, greener Allerdale",
    ]


def test_what_people_are_to_enjoy_through_is_outcomes_and_our_plan_to_achieve_this_actions() -> None:
    # Wealden District Council, Corporate Plan 2019-23 - Communities,
    # tests/corpus/wild/wealden-2019-corporate-plan-communities-plan-to-achieve.txt
    text = (
        "We want people in Wealden’s communities to have the opportunity to enjoy an excellent quality of "
        "life through:\n"
        "\n"
        "  • Active, healthy and fulfilling lifestyles\n"
        "  • Positive democratic engagement\n"
        "\n"
        "Our plan to achieve this...\n"
        "\n"
        "1. Meet local needs in our housing market particularly for first time buyers\n"
        "2. Build and maintain more council homes to a high standard\n"
    )
    extraction = read(text)
    assert [o.label for o in extraction.outcomes] == [
        "Active, healthy and fulfilling lifestyles",
        "Positive democratic engagement",
    ]
    assert [a.ref for a in extraction.actions] == ["1", "2"]


def test_an_action_plan_that_will_leads_in_actions() -> None:
    # Brighton & Hove City Council news, "City agrees to create youth action plan" (14 September 2020),
    # tests/corpus/wild/brighton-hove-2020-youth-action-plan-news.txt
    text = (
        "The children, young people and skills committee on Monday 14 September agreed to create a joint "
        "action plan with young people that will:\n"
        "\n"
        "  • Publicise more widely the youth services that are on offer\n"
        "  • Work with the providers of these services to make them more inclusive\n"
    )
    assert [a.label[:24] for a in read(text).actions] == [
        "Publicise more widely th",
        "Work with the providers ",
    ]
