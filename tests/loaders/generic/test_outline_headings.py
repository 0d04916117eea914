"""Headings and lead-ins the outline reads in their less usual spellings, on snippets cut from the
wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import label_line_kind
from tests.loaders.generic.reading import read

#: Southend SEND Strategy 2023–2026 (https://livewellsouthend.com/send-local-offer/…).
SOUTHEND = "\n".join(
    [
        "Priority - Transitions:",
        "Children and young people are prepared and supported to thrive at each change in their lives.",
        "This is important because:",
        "- change is part of everyday life, so it is important to help children and families adapt",
        "Priority - Early Intervention:",
        "Identification, assessment and effective support are provided at the earliest opportunity.",
    ]
)


def test_a_labelled_heading_ending_in_a_colon_is_a_heading() -> None:
    found = read(SOUTHEND)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Transitions", 1),
        ("Early Intervention", 5),
    ]
    assert not found.actions  # the reasons after "This is important because:" are no items


def test_a_kind_word_alone_with_a_colon_still_leads_in_sentences() -> None:
    """ "Strategic Outcomes:" has no label: it introduces the sentences after it (Cumbria, 2011)."""
    found = read(
        "Priority one - No avoidable child deaths\n\nStrategic Outcomes:\n"
        "Families have earlier offers of help and support.\nChildren are safer from harm.\n"
    )
    assert [o.label for o in found.outcomes] == [
        "Families have earlier offers of help and support",
        "Children are safer from harm",
    ]


#: Cumberland's Local area SEND and Alternative Provision Strategy (2024), https://cumberlandsend.co.uk.
CUMBERLAND = "\n\n".join(
    [
        "Working together and building trust - priority 1",
        "We want:",
        "  • to work with children, young people and their families to develop trust\n"
        "  • to clearly communicate with children, young people and their families",
        "Improving outcomes - priority 3",
        "We want:",
        "  • to improve access to health visiting services",
    ]
)


def test_a_label_followed_by_its_kind_and_number_is_a_heading() -> None:
    found = read(CUMBERLAND)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Working together and building trust"),
        ("3", "Improving outcomes"),
    ]
    assert not found.outcomes  # "Improving outcomes" names the heading; it leads in no outcomes


def test_we_want_leads_in_the_actions_of_the_priority_above() -> None:
    found = read(CUMBERLAND)
    first, third = found.priorities
    assert [(a.label, a.supports) for a in found.actions] == [
        ("to work with children, young people and their families to develop trust", [first.key]),
        ("to clearly communicate with children, young people and their families", [first.key]),
        ("to improve access to health visiting services", [third.key]),
    ]


def test_a_dash_inside_a_sentence_is_no_labelled_heading() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("Partners agreed the order - priority 1 being the school run\n\nIt was, we said, the first.\n")


#: Haringey's Child Poverty Strategy 2013-15 (http://haringey.gov.uk/children-and-families/…).
HARINGEY = "\n\n".join(
    [
        "Outcome 2: Sustainable employment",
        "We want to help young people and parents to learn new skills and find work.",
        "Outcome 3: Quality homes for children and their families",
        "We want to reduce the impact on children who live in temporary homes or in overcrowded homes.",
    ]
)


def test_we_want_to_sentences_under_an_outcome_are_its_actions() -> None:
    found = read(HARINGEY)
    outcomes = {o.key: o.label for o in found.outcomes}
    assert [(a.label[:30], outcomes[a.delivers[0].key]) for a in found.actions] == [
        ("We want to help young people a", "Sustainable employment"),
        ("We want to reduce the impact o", "Quality homes for children and their families"),
    ]


def test_we_want_to_with_nothing_in_force_is_prose() -> None:
    """A foreword's wish names no action when no outcome or priority is in force."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("Our plan\n\nWe want to help young people and parents to learn new skills and find work.\n")


#: Oxfordshire's Youth Justice Plan 2002–2005, a report to the Executive (2003), mycouncil.oxfordshire.gov.uk.
OXFORDSHIRE = "\n".join(
    [
        "  1. The aims of the Youth Offending Team are:",
        "",
        "    • Reduce the Likelihood of offending of Children & Young People",
        "    • Reintegrate offenders into the wider law abiding community",
        "",
        "  1. In 2002, the YOT worked with 1042 young offenders, from intervention programmes for Final "
        "Warnings right through to work with those in custody.",
    ]
)


def test_a_numbered_paragraph_can_lead_in_a_list() -> None:
    found = read(OXFORDSHIRE)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Reduce the Likelihood of offending of Children & Young People", 3),
        ("Reintegrate offenders into the wider law abiding community", 4),
    ]


def test_a_numbered_paragraph_after_a_bulleted_list_is_not_one_of_it() -> None:
    found = read(OXFORDSHIRE)
    assert "In 2002" not in " ".join(p.label for p in found.priorities)


#: Bracknell Forest's Corporate Parenting Strategy action plan 2025 to 2028 (bracknell-forest.gov.uk).
BRACKNELL = "\n".join(
    [
        "The 10 pledges outline that we promise to do our best to:",
        "",
        "  1. Support you in the same way as if you were our own child.",
        "  2. Listen to your wishes and work on finding the best solution.",
    ]
)


def test_a_lead_in_naming_pledges_lists_priorities() -> None:
    found = read(BRACKNELL)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Support you in the same way as if you were our own child."),
        ("2", "Listen to your wishes and work on finding the best solution."),
    ]


def test_a_work_stream_heading_is_a_priority() -> None:
    found = read("Work stream Three – Assessment and Planning\n\nActions:\n- Audit every plan\n")
    assert [(p.ref, p.label) for p in found.priorities] == [("Three", "Assessment and Planning")]
    assert [a.label for a in found.actions] == ["Audit every plan"]


def test_a_labelled_item_whose_title_ends_naming_its_measures_lists_them() -> None:
    """Bradford's Children, Young People and Families Plan 2017-20 (bradford.gov.uk, a web page):
    "Imperative one: Improve school attendance. We will monitor this by assessing:" is a priority, and
    the bullets under it are the indicators that measure it."""
    text = "\n\n".join(
        [
            "The partners in Bradford have identified two key imperatives.",
            "Imperative one: Improve school attendance. We will monitor this by assessing:",
            "  • The number of unauthorised primary school absences.\n"
            "  • The number of unauthorised secondary school absences.",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label) for p in found.priorities] == [("one", "Improve school attendance.")]
    assert [(i.label, i.measures) for i in found.indicators] == [
        ("The number of unauthorised primary school absences.", [found.priorities[0].key]),
        ("The number of unauthorised secondary school absences.", [found.priorities[0].key]),
    ]


#: Sheffield City Council Plan 2024-2028, its children and young people page,
#: https://council-plan.sheffield.gov.uk/children-young-people
SHEFFIELD = "\n".join(
    [
        "Our priorities for the next 4 years",
        "",
        "Ensure all children and young people can feel like they can belong and thrive in Sheffield",
        "We will build on our pioneering Family Hub network to ensure children and parents get the support "
        "they need. We want all children and young people to fulfil their aspirations and potential. With "
        "schools, businesses, and other partners we will link education, skills, and business investment "
        "into career pathways. In all this we will listen meaningfully to the voice of children and young "
        "people.",
    ]
)


def test_a_long_heading_over_a_paragraph_is_the_next_listed_priority() -> None:
    """Under a heading naming priorities, a heading of up to 16 words over a paragraph is a priority;
    the paragraph's commitments are its actions, also after a fronted phrase ("With schools … we will",
    "In all this we will")."""
    found = read(SHEFFIELD)
    assert [p.label for p in found.priorities] == [
        "Ensure all children and young people can feel like they can belong and thrive in Sheffield"
    ]
    assert [a.label[:30] for a in found.actions] == [
        "We will build on our pioneerin",
        "With schools, businesses, and ",
        "In all this we will listen mea",
    ]
    assert all(a.supports == [found.priorities[0].key] for a in found.actions)


def test_priorities_printed_side_by_side_under_a_heading_are_each_one() -> None:
    """Rochdale's Children's Services Directorate Plan 2020/21 (https://www.readkong.com/page/
    children-s-services-directorate-directorate-plan-2020-21-4559094): the four strategic priorities
    printed as one row of a page, cells apart; the headings after them are no more priorities."""
    text = "\n".join(
        [
            "Strategic priorities",
            "",
            "        People                                Place                          Prosperity"
            "                       Performance",
            "",
            "Equality and Diversity",
            "The Public Sector Equality Duty 2011 places a legal requirement on the Council.",
            "The Rochdale Way",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == ["People", "Place", "Prosperity", "Performance"]


#: Swindon Borough Council, Our vision, priorities and pledges (2016: priority four),
#: https://www.swindon.gov.uk/info/20028/open_data_and_transparency/952/our_vision_priorities_and_pledges/5
SWINDON = "\n".join(
    [
        "Priority four: Help people to help themselves while always protecting our most vulnerable children "
        "and adults",
        "Pledge 17",
        "Provide early support so that Swindon residents are financially included and avoid getting into "
        "debt.",
        "Pledge 18",
        "Deliver a borough-wide approach to increase the impact of volunteering, enabling more people to be "
        "active in supporting vulnerable people.",
    ]
)


def test_pledges_under_a_priority_are_its_actions_their_text_on_the_next_line() -> None:
    found = read(SWINDON)
    assert [(p.ref, p.label[:20]) for p in found.priorities] == [("four", "Help people to help ")]
    assert [(a.ref, a.label[:30], a.supports) for a in found.actions] == [
        ("17", "Provide early support so that ", [found.priorities[0].key]),
        ("18", "Deliver a borough-wide approac", [found.priorities[0].key]),
    ]


def test_pledges_with_no_priority_above_are_the_plans_priorities() -> None:
    found = read(SWINDON.split("\n", 1)[1])
    assert [(p.ref, p.label[:20]) for p in found.priorities] == [
        ("17", "Provide early suppor"),
        ("18", "Deliver a borough-wi"),
    ]


#: Central Bedfordshire Council, The 12 wishes: Children and Young People's Plan 2025–28 (consultation),
#: https://centralbedfordshire.gov.uk/info/306/your_voice_matters/1847/children_and_young_peoples_plan_consultation_2024/2
CENTRAL_BEDFORDSHIRE = "\n".join(
    [
        "The 12 wishes",
        "Wish 1: We know how and where to get support for our mental health and wellbeing",
        "We will achieve this by:",
        "- improving accessibility and awareness of where to get help for mental health and wellbeing",
        "- regularly reviewing referrals and waiting times for access to mental health services",
        "Wish 2: We are helped to make healthy choices, and we have opportunities to exercise regularly",
    ]
)


def test_wishes_are_labelled_priorities_and_we_will_achieve_this_by_leads_in_their_actions() -> None:
    found = read(CENTRAL_BEDFORDSHIRE)
    assert [(p.ref, p.label[:25]) for p in found.priorities] == [
        ("1", "We know how and where to "),
        ("2", "We are helped to make hea"),
    ]
    assert [(a.label[:25], a.supports) for a in found.actions] == [
        ("improving accessibility a", [found.priorities[0].key]),
        ("regularly reviewing refer", [found.priorities[0].key]),
    ]


#: London Borough of Newham, Sustainable Community Strategy 2010–2030 (its outcomes, as the PDF wraps them),
#: https://paperzz.com/doc/7090994/sustainable-community-strategy-for-2010%E2%80%932030
NEWHAM = "\n".join(
    [
        "Outcome 1 – Creating a coherent",
        "and attractive city within a city region",
        "Outcome 2 – Improving educational",
        "attainment, skills and raising aspirations",
        "Outcome 4 – Homes for all",
    ]
)


def test_a_labelled_outcome_goes_on_over_its_wrapped_line() -> None:
    assert [(o.notation, o.label, o.source_line) for o in read(NEWHAM).outcomes] == [
        ("1", "Creating a coherent and attractive city within a city region", 1),
        ("2", "Improving educational attainment, skills and raising aspirations", 3),
        ("4", "Homes for all", 5),
    ]


#: Brighton & Hove City Council, Families, Children and Learning Directorate Plan 2021 to 2024 (its web
#: page): the corporate plan's table, one cell per line, its header cells printed over every block,
#: https://www.brighton-hove.gov.uk/content/council-and-democracy/directorate-plans-2021-2024/families-children-and-learning-0
BRIGHTON = "\n\n".join(
    [
        "Corporate Plan 2020 to 2023 Outcomes and Actions",
        "Outcome",
        "1. City to call home",
        "Key area of action",
        "1.1 Reduce homelessness and rough sleeping",
        "1.2 Provide genuinely affordable homes",
        "Outcome",
        "2. City working for all",
        "Key area of action",
        "2.1 Build community wealth",
    ]
)


def test_a_kinds_name_alone_over_numbered_lines_names_their_kind() -> None:
    """ "Outcome" over "1. City to call home", "Key area of action" over "1.1 …": each block's outcome
    is in force for the areas under it (no wrapped "City to call home Key area of action" action)."""
    found = read(BRIGHTON)
    assert [(o.notation, o.label, o.source_line) for o in found.outcomes] == [
        ("1", "City to call home", 5),
        ("2", "City working for all", 15),
    ]
    assert [(p.ref, p.label, [link.key for link in p.contributes_to]) for p in found.priorities] == [
        ("1.1", "Reduce homelessness and rough sleeping", ["1"]),
        ("1.2", "Provide genuinely affordable homes", ["1"]),
        ("2.1", "Build community wealth", ["2"]),
    ]
    assert not found.actions


def test_what_a_kinds_name_alone_on_a_line_labels() -> None:
    """A kind's name alone, singular, labels the numbered lines under it; a plural or longer line is a
    lead-in or a heading read by other rules."""
    assert [
        label_line_kind(text) for text in ("Outcome", "Key area of action", "Success measure:", "Risk")
    ] == [
        "outcome",
        "priority",
        "indicator",
        "risk",
    ]
    assert [label_line_kind(text) for text in ("Outcomes", "Outcome measures", "Action plan")] == [None] * 3


#: Isle of Wight Council, report to the Cabinet on the Joint Area Review action plan (2006), its
#: numbered paragraphs as the PDF gives them, http://old-iwight.onthewight.com/council/committees/mod-Council/15-11-06/Paper%20C.htm
ISLE_OF_WIGHT = """1. PURPOSE
1.1 That the Cabinet fulfil their statutory duty in respect of the
approval for submission of the Joint Area Review (JAR) Action Plan, as set out
in the attached appendix.
2. CONFIDENTIAL/ EXEMPT ITEMS
2.1 This report and appendix do not disclose confidential or exempt
information.
3. BACKGROUND AND STRATEGIC CONTEXT
3.1 The services for children and young people were inspected
under the joint framework by a team of inspectors representing OFSTED, the
Commission for Social Care Inspection (CSCI) and the National Health Service
from March 2006 to May 2006.
3.2 The Joint Area Review report was published on 14 August
2006.
"""


def test_a_reports_numbered_paragraphs_are_no_actions_nor_their_sections_priorities() -> None:
    """ "3.1 The services … were inspected …" states; "3. BACKGROUND …" heads prose, not actions."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(ISLE_OF_WIGHT)
    action = "3.2 Submit the action plan to the Government Office by 20 November"
    found = read(ISLE_OF_WIGHT.replace("3.2 The Joint Area Review report was published on 14 August", action))
    assert [(a.ref, a.label) for a in found.actions] == [
        ("3.2", "Submit the action plan to the Government Office by 20 November 2006.")
    ]


#: Enfield Council's improvement plan "Putting Enfield First" 2007-2010, its contents page one cell a
#: line, https://vdocuments.net/putting-enfield-first-improvement.html
ENFIELD = "\n\n".join(
    ["Aim 1 12", "A Cleaner, Greener Enfield", "Aim 2 18", "High Quality Education and Lifelong Learning"]
)


def test_a_labelled_entrys_page_number_is_no_label_of_it() -> None:
    """ "Aim 1 12": aim 1 on page 12, its title on the next line."""
    found = read(ENFIELD)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "A Cleaner, Greener Enfield"),
        ("2", "High Quality Education and Lifelong Learning"),
    ]


def test_a_news_pages_release_date_and_a_bare_chapter_number_are_page_furniture() -> None:
    text = "Our priorities are:\n\nRelease date: 14 January 2026\n\nChapter 6\n\n• Keeping children safe\n"
    assert [p.label for p in read(text).priorities] == ["Keeping children safe"]


#: Cambridgeshire's Vision 2007-2021, the Countywide Sustainable Community Strategy: its contents page
#: printed column after column (each page number on the line above its entry), https://www.readkong.com/page/cambridgeshire-s-vision-2007-2021-countywide-sustainable-9448609
CAMBRIDGESHIRE = """    The Five Themes:
                                          18
    MANAGING GROWTH
                                          20
    ECONOMIC PROSPERITY
                                          23
    ENVIRONMENTAL SUSTAINABILITY
                                          25
    EQUALITY AND INCLUSION
                                          28
    SAFER AND STRONGER COMMUNITIES

                                          30
    PARTNER ORGANISATIONS
"""


def test_headings_between_page_numbers_after_a_counted_lead_in_are_that_many_items() -> None:
    """A page number stands between two entries; "The Five Themes:" names five, so the sixth heading
    is none of them."""
    assert [p.label for p in read(CAMBRIDGESHIRE).priorities] == [
        "MANAGING GROWTH",
        "ECONOMIC PROSPERITY",
        "ENVIRONMENTAL SUSTAINABILITY",
        "EQUALITY AND INCLUSION",
        "SAFER AND STRONGER COMMUNITIES",
    ]


#: Derby City Council's Local Area Inclusion Plan (2025), its aims and their objectives,
#: https://www.derby.gov.uk/education-and-learning/derbys-send-local-offer/send-inclusion-derby/our-local-area-inclusion-plan
DERBY = """Aim 1
Champion an ambitious and inclusive city.
Objectives
- A city that fosters a culture of belonging and is a safe place to thrive.
- A city that collaboratively addresses systemic issues that are barriers to success.
Aim 2
Meet the needs of our children at the right time and place.
Objectives
- To enable access to early support and intervention.
"""


def test_objectives_under_an_aim_are_priorities_serving_it_as_an_outcome() -> None:
    """Under "Priority 1", "Objectives" list what is done for it; under "Aim 1" they are what the aim
    is reached by."""
    found = read(DERBY)
    assert [(o.notation, o.label) for o in found.outcomes] == [
        ("1", "Champion an ambitious and inclusive city."),
        ("2", "Meet the needs of our children at the right time and place."),
    ]
    assert [(p.label[:30], [link.key for link in p.contributes_to]) for p in found.priorities] == [
        ("A city that fosters a culture ", ["1"]),
        ("A city that collaboratively ad", ["1"]),
        ("To enable access to early supp", ["2"]),
    ]
    assert not found.actions
    under_a_priority = read(DERBY.replace("Aim ", "Priority "))
    assert len(under_a_priority.actions) == 3


#: West Berkshire Council Strategy Delivery Plan (2023), priority area 5: numbered three levels deep,
#: https://westberks.gov.uk/article/42336/Priority-Area-5-Thriving-communities-with-a-strong-local-voice
WEST_BERKSHIRE = """5.1. Closer and more effective working with our communities and partner organisations
5.1.1. Re-establish community forums to pro-actively invite residents' input and feedback
5.1.2. Continue to support local communities in developing their own Neighbourhood Development Plans
5.2. Enable the seldom heard, including young people, to have a voice in local issues
5.3. Improved health and wellbeing of our residents, including those with long-term conditions
5.4. West Berkshire continues to be a safe place, through our own actions
5.4.1. Deliver initiatives with partner organisations to prevent and reduce crime
"""


def test_numbers_at_the_level_that_heads_deeper_numbers_are_headings_all() -> None:
    """ "5.1" heads "5.1.1": every "5.n" is a heading, "5.2" and "5.3" with no actions under them too."""
    found = read(WEST_BERKSHIRE)
    assert [p.ref for p in found.priorities] == ["5.1", "5.2", "5.3", "5.4"]
    assert [(a.ref, a.supports) for a in found.actions] == [
        ("5.1.1", ["5-1"]),
        ("5.1.2", ["5-1"]),
        ("5.4.1", ["5-4"]),
    ]


#: Bristol City Council's Business Plan 2019/20, its themes each a title with a colon over a description
#: (the contents' page numbers printed among them),
#: https://www.readkong.com/page/business-plan-2019-20-bristol-city-council-2204695
BRISTOL = """Our Corporate Strategy 2018–2023 sets out our priorities and vision for Bristol. \
It identifies four strategic
themes that will help us achieve this vision:

Empowering and Caring:
    Work with partners to empower communities and individuals, increase
                                                                                                            7
    independence, support those who need it and give children the best possible start in life.

Fair and Inclusive:
    Improve economic and social equality, pursuing economic growth which includes
                                                                                                          15
    everyone and making sure people have access to good quality learning, decent jobs and
    homes they can afford.
"""


def test_titles_with_a_colon_over_their_description_are_the_listed_themes() -> None:
    """The description under "Empowering and Caring:" describes the theme: it is no action."""
    found = read(BRISTOL)
    assert [p.label for p in found.priorities] == ["Empowering and Caring", "Fair and Inclusive"]
    assert not found.actions


#: Suffolk County Council's Vision and Priorities (2013): its priorities as bullets after the vision's
#: prose, with no heading over them,
#: http://www.suffolk.gov.uk/your-council/suffolk-county-council-vision-and-priorities/
SUFFOLK = """We allocate the Council’s budget wisely to deliver our priorities whilst saving £156 million.


  • Raise educational attainment and skill levels
  • Support the Local Enterprise Partnerships (LEPs) to increase economic growth
  • Maintain roads and develop Suffolk’s infrastructure
"""


def test_bullets_led_by_verbs_under_no_heading_are_no_actions() -> None:
    """With no priority or outcome in force a bullet's verb is weak evidence: on the released plans
    such bullets were more often a council's priorities than actions. Under a heading they are read."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SUFFOLK)
    headed = read(SUFFOLK.replace("\n\n\n", "\n\nOur priorities\n\n"))
    assert [p.label[:22] for p in headed.priorities] == [
        "Raise educational atta",
        "Support the Local Ente",
        "Maintain roads and dev",
    ]


#: Stockton-on-Tees Borough Council, A Draft Sustainable Community Strategy 2007-2021, its contents as
#: the stored transcription gives them (no pages), http://www.docstoc.com/docs/164100330/
STOCKTON = """\
4. Living in Stockton – how life has changed

5. Ambitions for the Future 2007-2021: Core Themes

      a. Economic Regeneration and Transport

      b. Environment and Housing

      c. Safer Communities

6. Supporting Themes

      a. Stronger Communities

      b. Older Adults
"""


def test_a_numbered_line_naming_its_kind_over_a_lettered_list_leads_it_in() -> None:
    assert [priority.label for priority in read(STOCKTON).priorities] == [
        "Economic Regeneration and Transport",
        "Environment and Housing",
        "Safer Communities",
        "Stronger Communities",
        "Older Adults",
    ]


#: Chorley Council, Corporate Strategy 2022,
#: https://chorley.gov.uk/article/2289/Corporate-Strategy-2022?action=Print&model=%232289+-+%27Corporate+Strategy+2022%27%3A+document
CHORLEY = """\
Housing where residents can live well

"Access to clean, safe and decent homes should be the starting point, not an aspiration"

Our commitment

  • deliver affordable and energy efficient housing
  • strive for good quality housing for all
  • work with partners supporting new ways to prevent homelessness
"""


def test_our_commitment_in_the_singular_leads_in_actions() -> None:
    assert [action.label for action in read(CHORLEY).actions] == [
        "deliver affordable and energy efficient housing",
        "strive for good quality housing for all",
        "work with partners supporting new ways to prevent homelessness",
    ]
