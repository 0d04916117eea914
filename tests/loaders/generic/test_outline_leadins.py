"""What a line before a list says the list holds, on snippets cut from the wild corpus
(``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import MEASURE_LEAD_IN
from tests.loaders.generic.reading import read

#: East Sussex's Children and Young People's Plan (2022),
#: https://www.eastsussex.gov.uk/children-families/key-policies/cypt/children-young-peoples-plan
EAST_SUSSEX = "\n\n".join(
    [
        "The CYP Plan takes account of wider aspects set out in the Joint Strategic Needs Assessment in "
        "relation to children and young people.  This includes the Public Health Outcomes Framework. The "
        "Joint Strategic Needs Assessment identifies the:",
        "  • health and wellbeing needs and\n  • strengths",
        "of the local community.",
        "Not all children at risk of poor outcomes live in households with low income. There is a "
        "significant link between poverty and poor outcomes in relation to:",
        "  • education\n  • health and wellbeing\n  • safeguarding",
        "Key Priorities in the Children and Young People's Plan",
        "Through discussion and participation, five priority areas have been identified. These will "
        "support children and young people within East Sussex:",
        "  • Best Start for Life\n  • Physical Health\n  • Mental Health and Emotional Wellbeing",
    ]
)


def test_a_kind_word_said_of_results_or_in_a_title_names_no_list() -> None:
    """ "poor outcomes" and "the Public Health Outcomes Framework" do not make the bullets outcomes;
    "five priority areas have been identified" makes the bullets after it priorities."""
    found = read(EAST_SUSSEX)
    assert not found.outcomes
    assert [p.label for p in found.priorities] == [
        "Best Start for Life",
        "Physical Health",
        "Mental Health and Emotional Wellbeing",
    ]


#: Richmond upon Thames's Children and Young People's Plan 2013-17, its priorities page,
#: http://www.richmond.gov.uk/council/how_we_work/partnerships/childrens_strategic_partnership_board/
#: children_and_young_peoples_plan_2013_2017/priorities
RICHMOND = "\n\n".join(
    [
        "Priorities are selected based on four types of information:",
        "  • Current performance data, the annual self-assessment of our CYPP achievements and feedback from "
        "inspectorates such as Ofsted.\n  • The administration’s vision for the borough.",
        "Priorities for 2013-2014(pdf, 89KB)",
        "Updated: 28 June 2017",
    ]
)


def test_a_list_counted_as_something_else_is_no_items() -> None:
    """What the line counts ("four types of information") is what the list holds; a link to a file
    and the page's date are the page's furniture."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(RICHMOND)
    assert lead_in_kind("Priorities are selected based on four types of information:") is None
    assert lead_in_kind("Priority actions for the next five years") == "action"
    assert lead_in_kind("The priorities for 2016/17 are placed under our general themes of:") == "priority"


#: Wigan Council's Children and young people's plan (2013),
#: https://www.wigan.gov.uk/Council/Partnerships/Childrens-Trust/Children-and-Young-Peoples-Plan.aspx
WIGAN = "\n\n".join(
    [
        "The Children’s Trust is responsible for delivering against the Start Well strand of Wigan’s Joint "
        "Health and Wellbeing Strategy and aims to fulfil this responsibility through its key priorities. "
        "The plan outlines three key priorities all of which are important to ensuring that every child in "
        "Wigan has the best possible start in life.",
        "  • Narrow the gap\n"
        "  • Safeguard, protect and promote the welfare of all vulnerable children and young people\n"
        "  • Develop a whole system approach to early intervention.",
        "Rate the information on this page",
    ]
)


def test_a_paragraph_counting_the_items_leads_in_the_list_under_it() -> None:
    found = read(WIGAN)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Narrow the gap", 3),
        ("Safeguard, protect and promote the welfare of all vulnerable children and young people", 4),
        ("Develop a whole system approach to early intervention.", 5),
    ]


#: Sunderland's Children's Strategic Partnership (2017), https://sunderlandpartnership.org.uk/childrens-strategic-partnership
SUNDERLAND = "\n\n".join(
    [
        "Established in 2016 the Children’s Strategic Partnership strives to ensure that all children and "
        "young people:",
        "  • are safe from harm\n  • are able to choose healthy lifestyles",
        "Whilst this CYPP covers the period 2017-2022 we anticipate that the actions will be achieved in the "
        "first one of two years. Therefore the action plan will be reviewed annually.",
        "The partnership consists of:",
        "  • Sunderland City Council \n  • Together for Children\n  • Northumbria Police",
    ]
)


def test_what_all_children_will_be_are_outcomes_and_members_are_no_actions() -> None:
    """A list after "… all children and young people:" holds outcomes; "consists of:" after a paragraph
    that mentions actions is a list of something else (only a heading above names a list)."""
    found = read(SUNDERLAND)
    labels = [o.label for o in found.outcomes]
    assert labels == ["are safe from harm", "are able to choose healthy lifestyles"]
    assert not found.actions


def test_we_will_need_to_is_no_commitment() -> None:
    """Hounslow's Joint Children and Young People's Strategy 2017-2020 (introduction),
    https://www.readkong.com/page/joint-children-and-young-people-s-strategy-2017-2020-4242841"""
    text = (
        "Our Priorities\n\nWe will need to work with children, young people and families at all "
        "developmental phases.\n\nWe will publish a parenting offer by March 2018. We will open a family "
        "hub in each locality."  # the test's own commitments: one alone would be narrative
    )
    assert [a.label for a in read(text).actions] == [
        "We will publish a parenting offer by March 2018",
        "We will open a family hub in each locality",
    ]


def test_we_will_said_of_the_plan_itself_is_no_commitment() -> None:
    """A "We will" sentence about the plan or its priorities as a whole states none of its actions:
    Cumberland's Children and Family Wellbeing Strategic Plan 2024-2026
    (https://cumberland.gov.uk/children-and-family-wellbeing-strategic-plan-2024-2026/strategic-priorities-
    next-18-months) and Derby's Council Delivery Plan 2019-2020
    (https://pdfslide.us/documents/council-delivery-plan-2019-2020-derby-a-city-of-health-and-happiness-
    action-portfolio.html)."""
    cumberland = (
        "We will further invest in our staff and volunteer pool to ensure a professional, skilled and "
        "knowledgeable workforce across all services for children, families and education including our "
        "Youth Justice Services.\n\n"
        "2) Right services for the right children at the right time\n\nWe will deliver on our priorities "
        "within the Family Help and Prevention Strategy to provide innovative, inclusive and compassionate "
        "services that nurture the growth, development and well-being of every child. We will create a "
        "community where every child receives the right support at the right time through collaborative "
        "partnership working reducing the need for children to become cared for."
    )
    assert [a.label for a in read(cumberland).actions] == [
        "We will further invest in our staff and volunteer pool to ensure a professional, skilled and "
        "knowledgeable workforce across all services for children, families and education including our "
        "Youth Justice Services",
        "We will create a community where every child receives the right support at the right time through "
        "collaborative partnership working reducing the need for children to become cared for",
    ]
    derby = (
        "Our Priorities\n\nWe will report how we have progressed against this Delivery Plan after six "
        "months and at the end of the year (in summer 2020), so that you can see how far we have achieved "
        "what we set out to do."
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(derby)


def test_a_contents_entry_over_its_page_number_leads_in_nothing() -> None:
    """Walsall's Children and Young People's Services Directorate Plan 2007/8, its contents printed one
    cell per line among the introduction's text
    (https://slideum.com/doc/3405748/directorate-plan-2007-8): "Directorate objectives" over "14" is an
    entry and its page, and the headings after it are no priorities."""
    text = "\n".join(
        [
            "Section",
            "Page",
            "Introduction",
            "2",
            "The Plan is built upon a very successful base where the Audit",
            "Commission and Children and Young People’s Inspectorates have",
            "praised us for the very significant progress we have made in Walsall.",
            "Key drivers for directorate plan",
            "12",
            "Directorate objectives",
            "14",
            "Our key targets & priorities",
            "15-24",
            "To achieve such ambitious aims, we all have leadership role, in",
            "working with many partners outside of the council to bring about the",
            "cultural and organisational change that Change for Children",
            "requires.",
            "Value for Money",
            "28",
            "Our path to excellence",
            "34",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_what_children_and_families_are_able_to_do_are_outcomes() -> None:
    """Barnet's Children and Young People Plan 2016-20,
    https://www.barnet.gov.uk/children-and-families/barnet-children-and-young-people-plan"""
    text = "\n\n".join(
        [
            "In a ‘Family Friendly’ Barnet, children and families are able to:",
            "  • keep themselves safe\n  • achieve their best\n  • be active and healthy\n  • have their say",
            "These form the four key outcomes of the plan.",
        ]
    )
    labels = [o.label for o in read(text).outcomes]
    assert labels == ["keep themselves safe", "achieve their best", "be active and healthy", "have their say"]


def test_a_lead_in_whose_last_sentence_names_documents_or_a_vision_leads_in_no_items() -> None:
    """North Lincolnshire's Getting the Best Start Plan (2020),
    https://localoffer.northlincs.gov.uk/documents/one-family-approach/getting-the-best-start-plan/, and
    Hammersmith and Fulham's committee minutes (2018), http://democracy.lbhf.gov.uk/mgAi.aspx?ID=56719:
    the lists are documents and a vision quoted clause by clause; "Key challenges" is no priority."""
    assert (
        lead_in_kind(
            "The ‘Getting the BEST START’ Plan is one of a suite of documents which link to the "
            "commissioning intent and associated priorities for children and families from the Trust:"
        )
        is None
    )
    assert lead_in_kind("He presented the key priorities and challenges. He started with the vision:") is None
    text = "\n\n".join(
        [
            "Priorities and Challenges for Children's Services in 2018-19",
            "Steve Miley gave a presentation on the key priorities and challenges for the department over "
            "the coming year. He started with the department's vision:",
            '"To improve the lives and life chances of our children and young people;',
            "ensure children and young people are protected from harm;",
            'All of this will be done whilst reducing costs and improving service effectiveness."',
            "Key challenges",
            "Steve then talked about the key challenges for the service.",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_a_numbered_comment_naming_a_coded_measure_is_an_indicator() -> None:
    """Wokingham's Children's Services Overview and Scrutiny Committee minutes (2018),
    https://wokingham.moderngov.co.uk/ieIssueDetails.aspx?IId=21161&PlanId=0&Opt=3: the comments on a
    scorecard are numbered by the indicator they are about."""
    text = "\n\n".join(
        [
            "The following comments were made during her presentation:",
            "1.  EA1i: Percentage of Wokingham Borough State-Funded Primary Schools with a current Ofsted "
            "rating of ‘Good’ or better",
            "Viki Elliott-King stated that this indicator had deteriorated.",
            "2.  EA2: Percentage of children who attend a Wokingham state-funded school",
        ]
    )
    found = read(text)
    assert [(i.ref, i.label[:26]) for i in found.indicators] == [
        ("EA1i", "Percentage of Wokingham Bo"),
        ("EA2", "Percentage of children who"),
    ]


#: Wokingham Borough Council, the Vision for Wokingham Borough (2010, a news page),
#: https://wokingham-berks.com/wokingham-news/wokingham-borough-vision/
WOKINGHAM = "\n".join(
    [
        "Under the strap line, ‘A great place to live, an even better place to do business,’ the vision has "
        "three main priorities:",
        "Improve the educational attainment in our schools, ensuring that all the borough’s children have "
        "the opportunity to achieve their potential",
        "Invest in regenerating our towns and villages, supporting economic prosperity, while encouraging "
        "business growth",
        "Tackle traffic congestion, with schemes such as the station link road proposals",
        "The vision describes the sort of place the council and residents wish Wokingham Borough to be in 10 "
        "to 20 years.",
    ]
)


def test_the_unmarked_lines_a_lead_in_counts_are_its_items() -> None:
    found = read(WOKINGHAM)
    assert [(p.label[:40], p.source_line, p.reading.rule) for p in found.priorities] == [
        ("Improve the educational attainment in ou", 2, "counted list, one item a line"),
        ("Invest in regenerating our towns and vil", 3, "counted list, one item a line"),
        ("Tackle traffic congestion, with schemes ", 4, "counted list, one item a line"),
    ]
    assert found.placed[1] == "priority lead-in"


def test_lines_fewer_than_the_count_or_led_otherwise_are_no_counted_list() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(WOKINGHAM.replace("three main priorities", "four main priorities"))


#: Warwickshire County Council, minutes of the council's meeting on the Youth Justice Plan 2023-2024,
#: https://democracy.warwickshire.gov.uk/mgAi.aspx?ID=10042: the four priorities indented, one with a
#: full stop the others lack.
WARWICKSHIRE = """The Plan set out the focus on delivering early intervention to support continued \
reduction in the numbers of youths coming through the criminal justice system and set out four key \
priorities to achieve this:

        Prevention of Serious Youth Violence

        Prevention of and improved intervention for children who present with harmful sexualised behaviours.

        Embedding the ARC Trauma Informed Model and improving the interventions offer for children

        Focusing on Core Good Practice – including reviewing all policies, procedures and agreements


The recommendation was seconded by Councillor Andy Crump."""


def test_one_counted_line_with_a_stray_full_stop_is_an_item_all_the_same() -> None:
    found = read(WARWICKSHIRE)
    assert [(p.label[:30], p.source_line) for p in found.priorities] == [
        ("Prevention of Serious Youth Vi", 3),
        ("Prevention of and improved int", 5),
        ("Embedding the ARC Trauma Infor", 7),
        ("Focusing on Core Good Practice", 9),
    ]
    # the last line unlike the lines before it: a sentence after a list short of its count
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(
            WARWICKSHIRE.replace(
                "Focusing on Core Good Practice – including reviewing all policies, procedures "
                "and agreements",
                "This was welcomed by members.",
            )
        )


#: Westmorland and Furness Council's Ambition for Every Child (2024, a news report),
#: https://nwemail.co.uk/news/24476385.westmorland-furness-council-reveals-five-year-plan-children
WESTMORLAND = (
    "The priorities are improving the life chances of children and young people, caring for and keeping "
    "children and young people safe, ensuring access to services and provision, and working in partnership "
    "to manage collective resources effectively."
)


def test_a_sentence_saying_what_the_priorities_are_lists_them() -> None:
    assert [p.label for p in read(WESTMORLAND).priorities] == [
        "improving the life chances of children and young people",
        "caring for and keeping children and young people safe",
        "ensuring access to services and provision",
        "working in partnership to manage collective resources effectively",
    ]


def test_a_sentence_whose_parts_are_led_unalike_lists_nothing() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(WESTMORLAND.replace("caring for", "the care of"))


#: Luton Borough Council, Luton 2040: a child-friendly town (2021),
#: https://m.luton.gov.uk/Page/Show/Council_government_and_democracy/2040/Pages/Child-friendly-town.aspx
LUTON = "\n".join(
    [
        "This has been developed in the strategic priority:",
        "Making Luton a child-friendly town where our children and young people grow up feeling happy, "
        "healthy and secure, with a voice that matters",
        "- ensuring all children and young people can access their basic needs and essential services",
        "- making sure children and young people grown up feeling safe and secure",
        "To measure progress on this priority we will be regularly monitoring the following target outcomes:",
        "- reduced educational inequalities for our children and young people",
    ]
)


def test_a_lead_in_naming_one_priority_heads_the_list_under_the_next_line() -> None:
    found = read(LUTON)
    assert [(p.label[:33], p.reading.rule) for p in found.priorities] == [
        ("Making Luton a child-friendly tow", "item after a lead-in naming one")
    ]
    priority = found.priorities[0].key
    assert [(a.label[:30], a.supports) for a in found.actions] == [
        ("ensuring all children and youn", [priority]),
        ("making sure children and young", [priority]),
    ]


def test_what_is_monitored_to_measure_progress_are_indicators_whatever_they_are_called() -> None:
    found = read(LUTON)
    assert [i.label for i in found.indicators] == [
        "reduced educational inequalities for our children and young people"
    ]
    assert not found.outcomes


#: Manchester City Council, About children's services (the Children and Young People's Plan, 2020),
#: https://mccleaders.com/about-childrens-services
MANCHESTER = (
    "Our key priorities over the next 4 years will be for all children and young people to: – feel safe in "
    "their community and have trusted adults they can speak to – have an improved knowledge around e-safety "
    "– be able to access affordable, cultural, leisure, youth and sports opportunities"
)
#: Leeds Children and Young People's Plan 2009–14 (its pledge), https://issuu.com/edleeds/docs/cyp-plan-final
LEEDS = (
    "Our pledge As part of developing and agreeing this plan, all the organisations that make up Children "
    "Leeds have agreed to the following pledges: • We will work together for all the children, families and "
    "communities in Leeds. • We will work to put the needs, views and choices of children, young people, "
    "parents, carers and families first. • We will prioritise resources and the energy and creativity of our "
    "organisations to deliver our shared priorities."
)


def test_a_list_run_on_after_its_lead_in_on_one_line_is_read_item_by_item() -> None:
    assert [p.label for p in read(MANCHESTER).priorities] == [
        "feel safe in their community and have trusted adults they can speak to",
        "have an improved knowledge around e-safety",
        "be able to access affordable, cultural, leisure, youth and sports opportunities",
    ]
    found = read(LEEDS)
    assert not found.priorities
    assert [a.label[:35] for a in found.actions] == [
        "We will work together for all the c",
        "We will work to put the needs, view",
        "We will prioritise resources and th",
    ]


def test_a_dash_inside_a_sentence_runs_on_no_list() -> None:
    text = "Our aim: – to listen. We consulted widely – schools, parents and carers – across the borough."
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Shropshire Council, The Shropshire Plan 2022–25: Healthy people,
#: https://next.shropshire.gov.uk/the-shropshire-plan-2022-2025/healthy-people
SHROPSHIRE = "\n".join(
    [
        "Healthy people",
        "We'll support Shropshire residents to take responsibility for their own health and wellbeing, "
        "choosing healthy lifestyles and preventing ill-health, reducing the need for long-term or hospital "
        "care.",
        "We’ll work with partners to develop, commission and deliver the right services and support that "
        "meet the needs of children, young people, adults and families in the right place, at the right "
        "time.",
    ]
)


def test_we_ll_is_we_will() -> None:
    assert [a.label[:30] for a in read(SHROPSHIRE).actions] == [
        "We'll support Shropshire resid",
        "We’ll work with partners to de",
    ]


#: Calderdale Council, JSNA: Developing well — our goal (2024),
#: https://new.calderdale.gov.uk/health-and-social-care/jsna/developing-well
CALDERDALE = "\n".join(
    [
        "How we will know if this goal has been met",
        "For Year 10 pupils in Calderdale there is:",
        "- An increased percentage who feel happy with what may happen to them in the future "
        "(60% in July 2021).",
        "- A smaller percentage with low life satisfaction (28% in 2021).",
        "In 2023, we had work done to capture what hope and aspiration means to young people:",
        "Understanding Hope and Aspiration",
        "What currently works well",
        "- Connect. (Socialise with friends, meet new people, build relationships.)",
    ]
)


def test_a_plain_lead_in_under_a_measures_heading_leads_in_measures_and_the_list_ends_after_them() -> None:
    found = read(CALDERDALE)
    assert [i.label[:30] for i in found.indicators] == [
        "An increased percentage who fe",
        "A smaller percentage with low ",
    ]
    assert not found.actions and not found.priorities


#: Royal Borough of Greenwich, news: "Priorities revealed for children and young people in Greenwich"
#: (2017), https://www.royalgreenwich.gov.uk/news/article/1003/priorities_revealed_for_children_and_young_people_in_greenwich
GREENWICH = "\n\n".join(
    [
        "The plan, which was officially launched at Brookhill Children's Centre in Woolwich on Monday "
        "(14 August), has the following priorities:",
        "  • Creating strong foundations for children from disadvantaged backgrounds\n"
        "  • Supporting disadvantaged boys and supporting men\n"
        "  • Promoting healthy relationships and tackling violence and exploitation",
        "About the plan",
        "The Greenwich Children and Young People Plan will be delivered over the next three years. We will "
        "begin by carrying out research to identify what would help make the biggest possible difference.",
    ]
)


def test_a_date_in_a_lead_in_counts_nothing() -> None:
    """ "Monday (14 August)" is a date, not "14" of something the list holds other than priorities."""
    assert lead_in_kind(GREENWICH.split("\n\n")[0]) == "priority"
    assert lead_in_kind("Our plan sets out 14 priorities:") == "priority"
    assert lead_in_kind("Priorities are selected based on four types of information:") is None


def test_prose_after_a_list_of_priorities_is_no_action_of_its_last_item() -> None:
    """The news page's "We will begin by …" after the list says what the plan will do in general."""
    found = read(GREENWICH)
    assert [p.label for p in found.priorities] == [
        "Creating strong foundations for children from disadvantaged backgrounds",
        "Supporting disadvantaged boys and supporting men",
        "Promoting healthy relationships and tackling violence and exploitation",
    ]
    assert not found.actions


#: Oxfordshire's Children and Young People's Plan 2006-2009, Summary (a Word draft's text, its bullet
#: glyphs lost), https://docslib.org/doc/13946365/oxfordshire-children-and
OXFORDSHIRE = "\n\n".join(
    [
        "Our aim is for Oxfordshire to be a place where every child and young person receives the help they "
        "need to:",
        " enjoy good physical and mental health;",
        " be protected from harm and neglect and grow up able to look after themselves;",
        " make a positive contribution to the community and society;",
        " live free from poverty, achieve their potential and make the most of their lives.",
        "The Plan describes the areas where we want to improve outcomes for our children and young people.",
    ]
)


def test_clauses_ending_in_semicolons_after_what_every_child_needs_to_are_outcomes() -> None:
    """A list whose marks were lost: its clauses end in semicolons, the last in a full stop, and the
    sentence after it is no item."""
    found = read(OXFORDSHIRE)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("enjoy good physical and mental health", 3),
        ("be protected from harm and neglect and grow up able to look after themselves", 5),
        ("make a positive contribution to the community and society", 7),
        ("live free from poverty, achieve their potential and make the most of their lives", 9),
    ]
    assert not found.priorities and not found.actions


#: Coventry Children's Services Revised Improvement Plan 2015/16, its introduction,
#: https://studylib.net/doc/7684016/now---coventry-city-council
COVENTRY = (
    "Coventry City Council is committed to protecting vulnerable children and families in need of support "
    "and protection. This is a key part of our work in delivering the overall vision for the City:\n"
    "“We want Coventry children and young people to: have supportive families; live safe from harm; "
    "achieve their potential; be healthy; and have positive and fulfilling lives.”\n"
)


def test_clauses_run_on_after_what_children_are_wanted_to_be_are_outcomes() -> None:
    """The vision's clauses between semicolons, on the lead-in's line: what children will be."""
    found = read(COVENTRY)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("have supportive families", 2),
        ("live safe from harm", 2),
        ("achieve their potential", 2),
        ("be healthy", 2),
        ("have positive and fulfilling lives", 2),
    ]
    with pytest.raises(UnknownLayoutError):  # two clauses are a sentence, not a list
        read(COVENTRY.replace("live safe from harm; achieve their potential; be healthy; ", ""))


#: Hertfordshire Children's Trust Partnership Executive, the CYPP 2008/09 Quarterly Performance Monitor
#: Report (2009), https://docsbay.net/doc/375953/hertfordshire-children-s-trust-partnership
HERTFORDSHIRE = """PURPOSE OF THE REPORT
- To present the HCTP Executive with the thirdquarter performance monitor for the Children and Young \
People’s Plan (CYPP) 2008/09.
ACTIONS REQUIRED
- PERFORMANCE AND DELIVERY UPDATE
(a) Performance Rating
"""
#: Sutton Council's consultation on its Children & Young People's Plan 2010/11 (results page),
#: https://sutton.citizenspace.com/children-young-people-and-learning-services/children-young-people-s-plan-2010-11-high-level/
SUTTON = """Results updated 11 Jul 2011

  • Following the consultation some clear messages came out which have been picked up in the final \
version of the Plan:

    • Better support the transition from the care system to leaving care
    • Provide further support for parents and families, particularly from the voluntary  and community sector
    • Tackle poor school attendance using discipline and incentives
"""


def test_a_reports_sections_under_actions_required_are_no_actions() -> None:
    """ "ACTIONS REQUIRED" over "- PERFORMANCE AND DELIVERY UPDATE": a section heading in capitals
    ends the list; a decision a report asks for leads in nothing."""
    assert lead_in_kind("Decision required:") is None and lead_in_kind("ACTIONS REQUIRED") == "action"
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(HERTFORDSHIRE)


def test_a_bullet_ending_in_a_colon_that_names_no_kind_leads_in_no_items() -> None:
    """The messages a consultation heard are no actions, though some start with a verb."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SUTTON)


#: Salford LEA's Post-OfSTED Action Plan (2004), its success criteria with the date after a slash,
#: https://docsbay.net/doc/288581/overarching-success-criteria
SALFORD = """Overarching success criteria

/

Date

1.1 All Service Plans completed and entered as live documents on electronic database / May 2004
1.2 Schools’ strategic planning to include medium term financial projections, improving proactive decision \
making re: resources and staffing / From September 2004
1.3 At least 85% of schools rate Grounds’ Maintenance as at least satisfactory, rising to 95% within a \
further 12 months as measured by satisfaction survey / From September 2004
"""


def test_numbered_lines_under_a_success_criteria_heading_are_measures() -> None:
    """ "Overarching success criteria" leads in measures as "Success criteria" does."""
    assert MEASURE_LEAD_IN.match("Overarching success criteria")
    found = read(SALFORD)
    assert [i.label[:30] for i in found.indicators] == [
        "All Service Plans completed an",
        "Schools’ strategic planning to",
        "At least 85% of schools rate G",
    ]
    assert not found.priorities and not found.actions


#: Luton Safeguarding Children Partnership's Business Plan 2020–2022, its areas of focus in a
#: Symbol-font bullet list, https://lutonlscb.org.uk/parents/lscb-priotities/
LUTON_AREAS = """The Board has also identified one joint area (with the LSAB) and three key areas to \
focus its work upon:

\uf0b7 Domestic abuse ( joint with LSAB)
\uf0b7 Implementing learning from SCR/CSPRs
\uf0b7 Neglect ( Pan beds)
\uf0b7 Children’s Emotional Wellbeing and Mental Health ( Pan Beds)
"""


def test_a_list_of_key_areas_to_focus_on_holds_priorities() -> None:
    assert lead_in_kind("three key areas to focus its work upon:") == "priority"
    assert [p.label[:20] for p in read(LUTON_AREAS).priorities] == [
        "Domestic abuse ( joi",
        "Implementing learnin",
        "Neglect ( Pan beds)",
        "Children’s Emotional",
    ]


#: Rochdale's Children and Young People's Partnership (2013), its vision's paragraph ending in what the
#: partners want to see (the paragraph's last sentences),
#: http://rochdale.gov.uk/council-and-democracy/policies-strategies-and-reviews/strategies/children-and-young-
#: people-1/Pages/children-and-young-people-plan.aspx
ROCHDALE = """We recognise that everyone has a part to play in helping children and young people to achieve \
their full potential, not least families and the communities in which they live. In Rochdale, we want to see:

  • Children and young people who are safe, aspire and achieve their full potential, regardless of the \
circumstances in which they were born.
  • Families being empowered and supported to take control of their lives and to be able to tackle the \
challenges and problems that face them.
"""


def test_what_the_partners_want_to_see_are_outcomes() -> None:
    assert [o.label[:30] for o in read(ROCHDALE).outcomes] == [
        "Children and young people who ",
        "Families being empowered and s",
    ]


#: Telford & Wrekin Council's cabinet minutes on its Council Plan 2024/25 to 2026/27,
#: https://democracy.telford.gov.uk/mgAi.aspx?ID=14308
TELFORD = """In order to deliver the Council’s vision, the Council Plan identified four priorities:
· Every child, young person and adult lives well in their community
· Everyone benefits from a thriving economy
· All neighbourhoods are a great place to live
· Our natural environment is protected, and the Council has a leading role in addressing the climate emergency
Significant progress had been made on delivering against these priorities.
"""


def test_a_counted_kind_ending_the_lead_in_names_the_list_whatever_the_sentence_names_first() -> None:
    """ "… the Council's vision, … four priorities:": the vision is named first, the priorities listed."""
    assert lead_in_kind(TELFORD.split("\n")[0]) == "priority"
    assert lead_in_kind("He started with the vision, and its values:") is None
    assert [p.label[:24] for p in read(TELFORD).priorities] == [
        "Every child, young perso",
        "Everyone benefits from a",
        "All neighbourhoods are a",
        "Our natural environment ",
    ]
