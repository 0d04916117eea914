"""Where an item's label ends when its line runs on past the name: a description after a colon, a body
named in brackets and the next column, a measure's row of figures. Snippets cut from the wild corpus
(``tests/corpus/wild/``); the source of each is given over it."""

from __future__ import annotations

from councilkg.loaders.parsing.labelends import (
    before_owner_column,
    measure_before_figures,
    title_before_description,
    titles_glued_to_descriptions,
)
from tests.loaders.generic.reading import read

#: Hillingdon's select committee minutes on the Youth Justice Strategy 2024-2029,
#: https://modgov.hillingdon.gov.uk/mgAi.aspx?ID=46440
HILLINGDON = (
    "The strategy contained five priorities:\n\n"
    "  • Priority One – Prevention and Early Intervention: This sought to build on the provision currently "
    "in place and the aim was to intervene at the earliest possible stage to prevent escalation.\n"
    "  • Priority Two – Over-representation and Disproportionality: The goal was to address disparities and "
    "create a system that treated all children equally.\n"
    "  • Priority Three – Child-Centred Practice: The focus was on the holistic needs of children to promote "
    "health, well-being, and development to promote positive outcomes.\n"
)

#: Barnsley's SEND Improvement Programme (SEND Strategy 2022-2025), a table printed one row a line,
#: https://www.barnsley.gov.uk/services/our-council/our-strategies/send-strategy/send-improvement-programme/
BARNSLEY = (
    "Number Priority/enabler Focus\n"
    "Priority 1 Engagement, participation and coproduction: children and young people (SEND Oversight Board) "
    "Parent/carer engagement, participation and coproduction.\n"
    "Priority 4 Meeting needs through specialist support and provision (SEND Sufficiency Group) Universal "
    "and specialist support and provision, including sufficiency of places.\n"
    "Priority 6 Preparation for adulthood (PfA Steering Group) PfA from the earliest years and transitions.\n"
)

#: Bracknell Forest's council plan overview report, quarterly updates on key performance indicators (2025),
#: https://www.bracknell-forest.gov.uk/council-and-democracy/strategies-plans-and-policies/council-plan
BRACKNELL = (
    "Performance quarterly indicators for engaged and healthy communities\n"
    "Indicator Description Directorate Last period This period Target Status Trend\n"
    "1.1.2.PI Percentage of school admission appeals upheld Communities 0% 3% 20% Green Worse\n"
    "1.1.3.PI Number of visits to the Look Out Discovery Centre Place 20,020 20,843 19,875 Green Better\n"
    "1.1.6.KR Number of young people involved in universal youth service activities People 384 275 270 Green "
    "Worse\n"
)


def test_a_labelled_priority_ends_where_the_sentence_describing_it_begins() -> None:
    found = read(HILLINGDON)
    assert [p.label for p in found.priorities] == [
        "Prevention and Early Intervention",
        "Over-representation and Disproportionality",
        "Child-Centred Practice",
    ]


def test_a_colon_before_a_phrase_or_after_a_long_title_ends_nothing() -> None:
    # Barnsley's "…: children and young people" and Somerset's title-with-strapline list items keep the colon
    assert title_before_description(
        "Engagement, participation and coproduction: children and young people"
    ) == ("Engagement, participation and coproduction: children and young people")
    assert title_before_description("Support for: Children and young people who are looked after now") == (
        "Support for: Children and young people who are looked after now"
    )
    assert title_before_description("Healthier: Creating a healthier standard") == (
        "Healthier: Creating a healthier standard"
    )


def test_a_labelled_priority_ends_before_its_owner_in_brackets_and_the_next_column() -> None:
    found = read(BARNSLEY)
    assert [p.label for p in found.priorities] == [
        "Engagement, participation and coproduction: children and young people",
        "Meeting needs through specialist support and provision",
        "Preparation for adulthood",
    ]
    # a body in brackets at the end of the line is part of what the line says, not a next column
    assert before_owner_column("Preparation for adulthood (PfA Steering Group)") == (
        "Preparation for adulthood (PfA Steering Group)"
    )


def test_a_listed_measure_ends_before_its_row_of_figures() -> None:
    found = read(BRACKNELL)
    assert [i.label for i in found.indicators] == [
        "Percentage of school admission appeals upheld Communities",
        "Number of visits to the Look Out Discovery Centre Place",
        "Number of young people involved in universal youth service activities People",
    ]


def test_figures_inside_a_measure_name_are_kept() -> None:
    assert measure_before_figures("Percentage of pupils achieving 5 A*-C grades") == (
        "Percentage of pupils achieving 5 A*-C grades"
    )
    assert measure_before_figures("Number of children aged 0 to 5 registered") == (
        "Number of children aged 0 to 5 registered"
    )


#: Worcestershire's Children and Young People's Plan (web page, 2021), bold titles run into their text,
#: https://worcestershire.gov.uk/council-services/childrens-social-care/worcestershires-children-and-young-peoples-plan
WORCESTERSHIRE = (
    "It will focus on key priorities and success measures:\n"
    "- the best start to life Early help and support to parents through pregnancy and early years. "
    "Preventing risks escalating and needs becoming more complex\n"
    "- access to the right education Be inclusive in our mainstream schools; provide specialist education "
    "for children when its needed\n"
    "- access to emotional health and wellbeing and mental health support Interventions: services and "
    "support that promote and enable mental health stability for the individual child or young person\n"
    "- working together to keep children safe from harm Get Safe: Identify and support Children and young "
    "people at risk and experiencing criminal exploitation.\n"
)

#: Sandwell's Children's Strategic Partnership Board priorities (2018): one title names a place,
#: https://www.sandwell.gov.uk/info/200219/children/2018/working_together_to_improve_childrens_lives
SANDWELL = (
    "As a result of what they already know, the board has decided to focus on making sure that:\n\n"
    "  • no children in Sandwell live in poverty (tackling child poverty)\n"
    "  • all children and young people are healthy and safe (child health outcomes)\n"
    "  • all children and families get help as early as possible if they have a problem (early help)\n"
)


def test_a_list_whose_every_title_runs_into_its_description_is_cut_to_the_titles() -> None:
    found = read(WORCESTERSHIRE)
    assert [p.label for p in found.priorities] == [
        "the best start to life",
        "access to the right education",
        "access to emotional health and wellbeing and mental health support",
        "working together to keep children safe from harm",
    ]


def test_one_title_holding_a_name_among_others_is_not_cut() -> None:
    assert (
        titles_glued_to_descriptions(
            [
                "no children in Sandwell live in poverty (tackling child poverty)",
                "all children and young people are healthy and safe (child health outcomes)",
                "all children and families get help as early as possible if they have a problem (early help)",
            ]
        )
        is None
    )
    assert read(SANDWELL).priorities[0].label == (
        "no children in Sandwell live in poverty (tackling child poverty)"
    )


def test_titles_in_capitals_before_their_descriptions_are_the_labels() -> None:
    # Fylde Council, Corporate Plan 2016-20 (http://fylde.web-labs.co.uk/council/performance/, the wild
    # corpus's fylde-2016-corporate-plan-2016-20-five-priorities)
    text = (
        "Our Corporate Plan 2016-20 is focused on five corporate priorities:\n"
        "  • VALUE FOR MONEY - Spending your money in the most efficient way to achieve excellent services\n"
        "  • CLEAN & GREEN - Delivering the services that customers expect of an excellent council\n"
        "  • A VIBRANT ECONOMY - Working with all partners\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "VALUE FOR MONEY",
        "CLEAN & GREEN",
        "A VIBRANT ECONOMY",
    ]
    one = text.split("  • CLEAN")[0]  # one such item alone keeps its description: no list shows the pattern
    assert [p.label[:20] for p in read(one).priorities] == ["VALUE FOR MONEY - Sp"]


def test_short_titles_before_a_dash_or_colon_are_the_labels_and_the_rest_their_descriptions() -> None:
    # Preston City Council, Achieving Preston's Priorities 2023/24
    # (https://preston.gov.uk:443/article/1324/Corporate-plan-Achieving-Preston-s-Priorities-, the wild
    # corpus's preston-2023-achieving-prestons-priorities-page)
    text = (
        "To achieve this the council's medium to long term objectives for the city and the council as an "
        "organisation are set out as three priority areas.\n"
        "- Your City - Securing investment; improving assets and infrastructure; attracting high quality "
        "jobs; creating a city with a strong cultural and leisure offer.\n"
        "- Fairness for you - Fairness at the heart of decision making; an economy supporting prosperity and "
        "promoting fairness in working lives and practices; accessibility to affordable energy and decent "
        "affordable homes.\n"
        "- Your Council - Providing well run value for money services; demonstrating good governance, "
        "openness, transparency and a strong democratic process.\n"
    )
    priorities = read(text).priorities
    assert [p.label for p in priorities] == ["Your City", "Fairness for you", "Your Council"]
    assert priorities[0].description == (
        "Securing investment; improving assets and infrastructure; attracting high quality jobs; "
        "creating a city with a strong cultural and leisure offer."
    )


def test_a_title_that_would_leave_a_phrase_open_is_not_cut() -> None:
    text = (
        "Our three priorities are:\n"
        "- Support for - families who need help early, before problems grow\n"
        "- Better homes - for everyone who lives and works in the district today\n"
        "- Safer streets - where residents and visitors feel safe day and night\n"
    )
    assert [p.label[:14] for p in read(text).priorities] == [
        "Support for - ",
        "Better homes -",
        "Safer streets ",
    ]


#: Knowsley News, "Councillors back Annual Delivery Plan" (2023), on the Council Delivery Plan 2023/24,
#: https://www.knowsleynews.co.uk/councillors-back-annual-delivery-plan/ (two items left out).
KNOWSLEY = """\
The proposed Annual Council Delivery Plan includes the following key actions:

  • Financial Exclusion Support – continued delivery of the Knowsley Better Together Hardship Programme. \
This includes increasing support, advice, guidance, and access to temporary accommodation as required.
  • Improvements in Children’s Services – including improving the quality of practice in Children’s \
Social Care and improving support to care leavers.
  • Climate Emergency and Achieving “Net Zero” – by continuing to progress the actions within the \
Council’s Net Zero Delivery Plan, including the development of new waste management arrangements.
"""


def test_listed_actions_each_a_short_title_before_a_dash_are_their_titles() -> None:
    actions = read(KNOWSLEY).actions
    assert [action.label for action in actions] == [
        "Financial Exclusion Support",
        "Improvements in Children’s Services",
        "Climate Emergency and Achieving “Net Zero”",
    ]
    assert actions[1].description == (
        "including improving the quality of practice in Children’s Social Care and improving support to care "
        "leavers."
    )


#: Norfolk County Council, "Flourish" (2022), https://www.norfolk.gov.uk/article/39200/Flourish (the wild
#: corpus's norfolk-2022-flourish-framework-impacts; three impacts of eight).
NORFOLK = """\
Impacts are the long-term, sustainable changes we want to secure for all children and young people in Norfolk:

  • Family and friends: Children and young people are safe, connected and supported through positive \
relationships and networks
  • Learning: Children and young people are achieving their full potential and developing skills which \
prepare them for life
  • Understood: Children and young people feel listened to, understood and part of decision-making processes
"""


def test_listed_outcomes_each_a_short_name_before_its_statement_are_their_names() -> None:
    outcomes = read(NORFOLK).outcomes
    assert [outcome.label for outcome in outcomes] == ["Family and friends", "Learning", "Understood"]
    assert outcomes[1].description == (
        "Children and young people are achieving their full potential and developing skills which prepare "
        "them for life"
    )
    one = NORFOLK.split("  • Learning")[0]  # one such outcome alone keeps its whole line
    assert [outcome.label[:20] for outcome in read(one).outcomes] == ["Family and friends: "]
