"""Contents pages: skipped as items, except the entries listed under an entry naming their kind.

The two snippets are cut from the wild corpus (``tests/corpus/wild/``): West Sussex's Early Help
Plan 2014–17 (https://www.westsussex.gov.uk, its index with dotted leaders) and Sandwell's Children,
Young People and Families Plan 2011–14 (its contents page as a PDF gives it, one cell per line).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contents import (
    ContentsSections,
    is_contents_entry,
    kind_of_entry,
    page_first_entries,
    page_last_entries,
    without_page_number,
)
from councilkg.loaders.generic.outlinelines import coded_row
from tests.loaders.generic.reading import read

WEST_SUSSEX = """INDEX
Foreword ......................................................................................... 3
1. Scope and purpose ...................................................................... 4
2. Implementing the vision .............................................................. 6
3. What this Action Plan means for West Sussex ........................... 7
4. Priorities for action ...................................................................... 9
Smarter ................................................................... 9
Sooner ..................................................................... 11
Safer ........................................................................ 12
Stronger ................................................................. 13
5. Next steps
................................................................................ 15
6. Appendices
a. Needs evidence base ......................................... 17
b. Governance Structure ........................................ 19
c. Consultation report 2013 and references ........... 19
In this document we use terms that you may be unfamiliar with or require a definition."""

SANDWELL = "\n\n".join(
    [
        "Contents Section",
        "Page",
        "1",
        "Purpose and Background",
        "1",
        "2",
        "Vision and Values",
        "2",
        "5",
        "Improving Outcomes",
        "6",
        "6",
        "Outcomes Framework",
        "Successful Families and Parents",
        "Children have a Good Start to Life",
        "Successful Young People",
        "Cross Cutting Themes",
        "Delivering Priority Actions •",
        "Partnership and Engagement",
    ]
)


#: North Yorkshire's Children and Young People's Plan 2014–17, "Young and Yorkshire" (its contents
#: page as a table: chapter numbers as cells, sections under them unnumbered).
NORTH_YORKSHIRE = """CONTENTS
Chapter / Page1 / Forewords
2 / “Young and Yorkshire” -The Plan in a page
How we drew up this Plan
5 / What Else Do We Know?
A Review of Performance over the Last Plan Period
Our new Vision, Principles and Priorities
6 / Our new Vision and Guiding Principles
7 / Our Priorities for 2014-17
Ensuring that Education is our Greatest Liberator
Keeping Families Together
Ensuring a Healthy Start to Life
How we will Bring the Plan to Life
8 / A Plan that Makes a Difference
The Children’s Trust and Other Delivery Arrangements
1. Forewords
“We, the children of North Yorkshire, would like you to make sure that we are healthy, sporty, happy, clean, \
and eco-friendly. That we make awesome friends.”"""


def test_entries_under_priorities_for_action_are_the_priorities() -> None:
    found = read(WEST_SUSSEX)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Smarter", 7),
        ("Sooner", 8),
        ("Safer", 9),
        ("Stronger", 10),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {
        "contents entry under an entry naming its kind"
    }
    assert not found.actions and not found.outcomes  # the appendices' lettered entries are no items


def test_entries_under_an_outcomes_framework_are_the_outcomes() -> None:
    """A PDF's contents page, one cell per line: a section's number is the line above its title."""
    found = read(SANDWELL)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Successful Families and Parents", 27),
        ("Children have a Good Start to Life", 29),
        ("Successful Young People", 31),
    ]
    assert not found.priorities and not found.actions


def test_a_body_repeating_the_entries_gives_each_item_once_from_the_body() -> None:
    body = "\n".join(
        ["", "4. Priorities for action", "", "Priority 1: Smarter", "We will:", "• Share one record"]
    )
    found = read(WEST_SUSSEX + "\n" + body)
    smarter = [p for p in found.priorities if p.label == "Smarter"]
    assert len(smarter) == 1 and smarter[0].source_line > 20
    assert [a.label for a in found.actions] == ["Share one record"]


def test_numbers_printed_as_cells_mark_the_sections_and_questions_are_entries() -> None:
    """A question does not end the contents page; "How we will …" heads narrative, not a priority."""
    found = read(NORTH_YORKSHIRE)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Ensuring that Education is our Greatest Liberator", 10),
        ("Keeping Families Together", 11),
        ("Ensuring a Healthy Start to Life", 12),
    ]


def test_a_section_ends_at_an_entry_printed_like_its_own_or_naming_another_kind() -> None:
    sections = ContentsSections()
    sections.entry(1, "Our priorities", "numbered")
    sections.entry(2, "Early help", "none")
    sections.entry(3, "Safeguarding", "none")
    sections.entry(4, "Next steps", "numbered")
    sections.entry(5, "Key risks", "numbered")
    sections.entry(6, "Budget", "none")
    sections.entry(7, "Staffing", "none")
    assert [(item.kind, item.label, item.line) for item in sections.items()] == [
        ("priority", "Early help", 2),
        ("priority", "Safeguarding", 3),
    ]


def test_one_entry_alone_under_a_kind_is_no_list() -> None:
    sections = ContentsSections()
    sections.entry(1, "Outcomes", "numbered")
    sections.entry(2, "Healthy lives", "none")
    sections.interrupt()
    assert list(sections.items()) == []


def test_kinds_and_page_numbers_of_entries() -> None:
    assert kind_of_entry("Outcomes Framework") == "outcome"
    assert kind_of_entry("Priorities for action") == "priority"
    assert kind_of_entry("Delivering Priority Actions") == "other"
    assert kind_of_entry("Purpose and Background") is None
    assert without_page_number("Stronger ....... 13") == "Stronger"
    assert without_page_number("Children 0-19") == "Children 0-19"


#: Worcestershire's Local Area SEND Written Statement of Action (2018), worcestershire.gov.uk: a
#: contents page printing each page number (or range) before its entry.
WORCESTERSHIRE = "\n\n".join(
    [
        "This Written Statement of Action has been approved and endorsed by:",
        "               3          Statement of Intent and Introduction",
        "               5          Glossary",
        "                          ACTION PLAN",
        "               10         Structure of the Action Plan",
        "               14 - 22    Work stream One - The Local Offer",
        "               23 - 45    Work stream Two – Embedding the Graduated Response",
        "               77         Appendix - List of Key Individuals",
        "Statement of Intent",
        "Our Local Area Inspection identified a number of areas in which we must improve.",
    ]
)


def test_page_numbers_printed_first_make_a_contents_page() -> None:
    entries = page_first_entries(WORCESTERSHIRE.split("\n"))
    assert list(entries.values()) == [
        "Statement of Intent and Introduction",
        "Glossary",
        "Structure of the Action Plan",
        "Work stream One - The Local Offer",
        "Work stream Two – Embedding the Graduated Response",
        "Appendix - List of Key Individuals",
    ]


def test_a_few_rows_led_by_numbers_are_no_contents_page() -> None:
    """A scorecard's "12     Children in care" rows are a table's, not a contents page's."""
    rows = ["12      Children in care", "15      Care leavers in work", "Our priorities are set out below."]
    assert page_first_entries(rows) == {}
    assert page_first_entries(["40     Target", "12     Outturn", "30     Baseline", "9      Rank"]) == {}


def test_contents_entries_that_name_their_kind_are_items_unless_the_body_reads_them() -> None:
    found = read(WORCESTERSHIRE)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("The Local Offer", 11),
        ("Embedding the Graduated Response", 13),
    ]
    body = WORCESTERSHIRE + "\n\nWork stream One - The Local Offer\n\nWe will:\n- publish the local offer\n"
    assert [p.source_line for p in read(body).priorities] == [21, 13]


#: Middlesbrough's Children, Families & Learning Plan 2006/08, 2007/08 Action Plan (draft): a
#: contents page by Every Child Matters outcome, its heading glued to the first entry.
MIDDLESBROUGH = "\n".join(
    [
        "CHILDREN, FAMILIES & LEARNING PLAN 2006/08",
        "Contents /Introduction 4",
        "Be Healthy 5",
        "Tackle the high levels of obesity amongst children and young people in Middlesbrough 8",
        "Continue to develop the Teenage Pregnancy Strategy and build on the excellent work undertaken in "
        "Middlesbrough 12",
        "Stay Safe 15",
        "Tackling hidden harm 17",
        "Developing a framework to tackle bullying across all services. 19",
        "Enjoy and Achieve 24",
        "Improve the educational outcomes for pupils in all schools, with particular emphasis on vulnerable "
        "groups. 29",
        "To develop an effective and responsive extended schools provision. 36",
    ]
)


def test_entries_under_a_framework_outcomes_entry_are_its_priorities() -> None:
    found = read(MIDDLESBROUGH)
    outcomes = {o.key: o.label for o in found.outcomes}
    assert list(outcomes.values()) == ["Be Healthy", "Stay Safe", "Enjoy and Achieve"]
    assert [(p.label[:24], outcomes[p.contributes_to[0].key]) for p in found.priorities] == [
        ("Tackle the high levels o", "Be Healthy"),
        ("Continue to develop the ", "Be Healthy"),
        ("Tackling hidden harm", "Stay Safe"),
        ("Developing a framework t", "Stay Safe"),
        ("Improve the educational ", "Enjoy and Achieve"),  # names outcomes, but is no short title
        ("To develop an effective ", "Enjoy and Achieve"),
    ]
    assert found.priorities[0].label.endswith("in Middlesbrough")  # without its page number
    assert found.priorities[0].reading.rule == "contents entry under a framework outcome's entry"  # type: ignore[union-attr]


def test_a_long_entry_naming_outcomes_opens_no_section() -> None:
    assert kind_of_entry("Improve the educational outcomes for pupils in all schools") is None
    assert kind_of_entry("Outcomes Framework") == "outcome"


def test_framework_outcomes_as_contents_entries_with_page_ranges_are_read() -> None:
    """Cambridgeshire's Annual Performance Assessment self-assessment 2008, its contents
    (http://www.docstoc.com/docs/128909344/Be-Healthy): "Being Healthy      Pages 6-9" names an Every
    Child Matters outcome."""
    text = "\n\n".join(
        [
            "Background information                      Page 3",
            "Self-evaluation grades                      Page 4",
            "Being Healthy                               Pages 6-9",
            "Staying Safe                                Pages 9–13",
            "Enjoying and Achieving                      Pages 13-17",
        ]
    )
    found = read(text)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Being Healthy", 5),
        ("Staying Safe", 7),
        ("Enjoying and Achieving", 9),
    ]


def test_a_contents_page_one_cell_per_line_with_labelled_objectives_over_their_titles() -> None:
    """Tameside's Corporate Parenting Strategy 2012-2015 (https://paperzz.com/doc/7179207/), its
    contents one cell per line: "Objective 1"
    over its title is a labelled item (its number is no page), and "Principles" and "Context" under
    "Introductions & Objectives" are the plan's sections, not objectives."""
    text = "\n".join(
        [
            "Contents",
            "Introductions & Objectives",
            "4",
            "Principles",
            "6",
            "Context",
            "5",
            "Objective 1",
            "Supporting families to stay together",
            "21",
            "Objective 2",
            "Managing risk efficiently and providing support at the edge of care",
            "24",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Supporting families to stay together"),
        ("2", "Managing risk efficiently and providing support at the edge of care"),
    ]


def test_lettered_outcomes_run_together_in_a_contents_line_are_read_without_their_pages() -> None:
    """Northamptonshire's Quarterly Corporate Performance Report, Quarter 4 2009/10, its contents run
    together on one line (https://docslib.org/doc/5464514/2009-10-presented-to-cabinet)."""
    text = "\n\n".join(
        [
            "CONTENTS Page Contact for more information EXECUTIVE SUMMARY- see separate report",
            "PERFORMANCE 3 Paul Edwards 01604 237053 Summary of status of all PIs in the report 4 "
            "Performance on Corporate Outcomes – Summary tables & individual detail Outcome A : Safer, freer "
            "and stronger communities 6 Outcome B : Cleaner, greener and more prosperous County 37 Outcome C "
            ": More secure, independent future for children, young people & adults 50 Notes on outstanding "
            "indicators 92",
        ]
    )
    found = read(text)
    assert [(o.notation, o.label) for o in found.outcomes] == [
        ("A", "Safer, freer and stronger communities"),
        ("B", "Cleaner, greener and more prosperous County"),
        ("C", "More secure, independent future for children, young people & adults"),
    ]


#: Greater Peterborough Partnership, Sustainable Community Strategy 2008–21 (its contents page),
#: http://de.slideshare.net/peterboroughet/sustainable-community-strategy
PETERBOROUGH = """Contents
Overview                                                         3

Introduction                                                     4

Sustainable Community Strategy 2008-21 – Vision and Priorities   10

●   Creating opportunities – tackling inequalities

●   Creating strong and supportive communities

●   Creating the country’s environment capital

●   Delivering substantial and sustainable growth

Principles                                                       13

Related documents                                                14"""


def test_bullets_under_an_entry_naming_priorities_are_its_items() -> None:
    """The bullets printed under "… Vision and Priorities 10" are sub-entries, not the page's end."""
    assert [p.label for p in read(PETERBOROUGH).priorities] == [
        "Creating opportunities – tackling inequalities",
        "Creating strong and supportive communities",
        "Creating the country’s environment capital",
        "Delivering substantial and sustainable growth",
    ]


def test_bullets_after_an_entry_naming_no_kind_are_no_priorities() -> None:
    text = PETERBOROUGH.replace("Vision and Priorities", "Vision")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Lancashire Children and Young People's Plan 2014–17 (its contents page: the page number first),
#: https://ar.scribd.com/document/225513113/Lancashire-s-Children-and-Young-People-s-Plan
LANCASHIRE = """Contents
4 Introduction to our Children and Young Peoples Plan
6 Lancashire the place
18 Our commitment

20 Key outcomes and measures
20 Outcome 1 To feel safe
22 Outcome 2 To do well
22 Outcome 3 To be happy

25 Leadership, management and governance of this Plan
Introduction to our Children and Young Peoples Plan
The Children and Young Peoples Plan sets out how we want to work alongside children, young people
and families."""


def test_entries_naming_their_kind_after_a_page_number_are_items_with_their_numbers() -> None:
    found = read(LANCASHIRE)
    assert [(o.notation, o.label) for o in found.outcomes] == [
        ("1", "To feel safe"),
        ("2", "To do well"),
        ("3", "To be happy"),
    ]


#: Cornwall Council's Children & Family Services Business Plan 2018/22, its contents page space-aligned
#: with a "Page" column, https://readkong.com/page/children-family-services-business-plan-2018-22-7283330
CORNWALL = """         CONTENTS                                                      Page

1.       Statement by the Service Director                                 3
     o   The Purpose of the Business Plan
     o   How Our Service contributes to the Council Plan

2.       The Structure of the Service and Delivery Model                   8
     o   The Extended Management Team
     o   The Operational Delivery Model

3.       Current Position                                                 23

4.       Our Ambition                                                     26
"""


def test_a_space_aligned_contents_page_with_a_page_column_is_no_plan() -> None:
    """ "CONTENTS   Page" heads the page; its numbered entries' bullets are sub-entries, not actions."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(CORNWALL)


#: Milton Keynes Children and Young People's Plan 2014-2015, its contents page with each page number in
#: a cell of its own, https://docsbay.net/better-services-better-connected-delivering-betteroutcomes
MILTON_KEYNES = """Contents

Page no.
Introduction / 3
Our Priorities for 2013 – 2014 / 4
Our Principles / 5
The Milton Keynes Context for Children and Young People / 6
"""


def test_contents_entries_with_their_page_after_a_slash_are_no_items() -> None:
    """ "Our Priorities for 2013 – 2014 / 4" is an entry, not a lead-in to "Our Principles / 5"."""
    assert is_contents_entry("Our Principles / 5") and not is_contents_entry("Children / Young People")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(MILTON_KEYNES)


#: The City of London Corporation's Children and Young People's Plan 2018–2021, its contents page as a
#: PDF gives it (the indent setting the priorities under "Priorities" lost; leaders shortened),
#: https://fdocuments.in/document/the-city-of-london-corporation-children-and-2018-04-05-3-our-vision-we-want-the.html
CITY_OF_LONDON = """Contents Our Vision ........................................ 3

Our building blocks to success ........................................ 4

Developing this plan ........................................ 6

Priorities ........................................ 7

Safe ........................................ 7

Potential ........................................ 9

Independence, involvement and choice ........................................ 11

Health and wellbeing ........................................ 13
"""


def test_entries_printed_alike_after_an_entry_naming_a_kind_are_its_items_by_their_pages() -> None:
    """ "Safe … 7" starts on the page "Priorities … 7" does, and the pages go on rising."""
    assert [p.label for p in read(CITY_OF_LONDON).priorities] == [
        "Safe",
        "Potential",
        "Independence, involvement and choice",
        "Health and wellbeing",
    ]


#: Camden's Corporate Parenting Strategy 2021–2024, its contents page with a bare page number after
#: each entry, https://vdocuments.us/corporate-parenting-strategy-2021-2024.html
CAMDEN = """Foreword 3

Introduction 3

Camden’s Looked After Children 5

What our young people have told us 6

Our priorities 2021 – 24 8

Race and Identity 9

Mental and Physical Health and Wellbeing 10

Education and Employment 11

Taking this strategy forward 14
"""


def test_entries_with_a_bare_page_number_after_them_make_a_contents_page() -> None:
    """Its entries under "Our priorities 2021 – 24 8" are the priorities, up to the section after them."""
    assert page_last_entries(CAMDEN.split("\n"))[1] == "Foreword 3"
    assert [p.label for p in read(CAMDEN).priorities] == [
        "Race and Identity",
        "Mental and Physical Health and Wellbeing",
        "Education and Employment",
    ]


def test_labels_with_numbers_after_them_are_no_contents_page_unless_the_numbers_run_as_pages() -> None:
    """Values that go back, a title numbered like "Aim 1 12", entries run together: no contents page."""
    values = ["Looked after children 45", "Care leavers 12", "Adoptions 30", "Fostering 9"]
    assert page_last_entries(values) == {}
    assert page_last_entries(["Aim 1 12", "Aim 2 18", "Aim 3 28", "Aim 4 36"]) == {}
    assert page_last_entries(["Intro 2", "Our Aims 2Improving 3", "Plan 4", "Glossary 9"]) == {}


#: Surrey's Joint Area Review post-inspection action plan (October 2008), its contents page as a PDF
#: gives it, https://vdocument.in/joint-area-review-surrey-scrutiny-committee-jar-recommendation-partnership.html
SURREY = """CONTENTS Page PART 1 Introduction

1.1 Purpose of the Surrey JAR Action Plan 2 1.2 Index of JAR Recommendations, Lead Agencies and \
Accountable Persons 4 1.3 Monitoring Progress against the Surrey JAR Action Plan 7

PART 2 Surrey CYPCP JAR Action Plan

PART 3 Key to Accountable/ Responsible Persons 84 PART 4 Glossary of Terms 86
"""


def test_a_plans_own_parts_are_no_reference_codes() -> None:
    """ "PART 2 Surrey CYPCP JAR Action Plan" names a part of the plan, not a row coded "PART 2"."""
    assert coded_row("PART 2 Surrey CYPCP JAR Action Plan") is None and coded_row("CRR01 Staffing")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SURREY)


#: Middlesbrough's Children & Young People's Plan 2011–2014, its contents page one cell per line, each
#: entry's page on the line after it, https://issuu.com/wayfresh/docs/mytp2
MIDDLESBROUGH_2011 = "\n\n".join(
    [
        "CONTENTS Foreword",
        "3",
        "Summary Of Our Key Priorities For 2011 - 2014",
        "13",
        "Supporting Families Through Early Help To Prevent Problems Getting Worse",
        "14",
        "Our Key Priorities And Actions For 2011 - 2014",
        "15",
        "Reducing the Impact of Poverty on Children and Young People",
        "16",
        "Safeguarding Our Children And Young People",
        "18",
        "Reducing the Risk-Taking Behaviours of Children and Young People",
        "21",
        "Commissioning",
        "29",
    ]
)


def test_entries_with_their_pages_on_the_line_after_them_are_items_by_their_pages() -> None:
    """ "Our Key Priorities And Actions For 2011 - 2014" names priorities (their actions under them);
    the entries after it, their pages rising, are its priorities up to "Commissioning"."""
    assert kind_of_entry("Our Key Priorities And Actions For 2011 - 2014") == "priority"
    assert [p.label for p in read(MIDDLESBROUGH_2011).priorities] == [
        "Reducing the Impact of Poverty on Children and Young People",
        "Safeguarding Our Children And Young People",
        "Reducing the Risk-Taking Behaviours of Children and Young People",
    ]


#: Poole's draft Children and Young People's Plan (2006), its contents page one cell per line with the
#: Every Child Matters outcomes lettered under a chapter, https://docsbay.net/appendix-to-children-and-young-peoples-plan
POOLE = "\n\n".join(
    [
        "CONTENTS",
        "Chapter 5",
        "OUR RESPONSE AND PRIORITIES TO IMPROVE",
        "Chapter 6",
        "KEY MESSAGES AND ACTIONS WE WILL TAKE",
        "a) Be Healthy",
        "b) Stay Safe",
        "c) Enjoy and Achieve",
        "d) Positive Contribution",
        "e) Economic Well-being",
        "Chapter 7",
        "NEW WAYS OF WORKING",
        "Making the Most of Our Resources to Achieve Our Objectives",
    ]
)


def test_lettered_framework_outcomes_in_a_contents_page_are_outcomes_up_to_the_next_chapter() -> None:
    """ "a) Be Healthy" names an Every Child Matters outcome; "Chapter 7" ends the entries under them."""
    found = read(POOLE)
    assert [o.label for o in found.outcomes] == [
        "Be Healthy",
        "Stay Safe",
        "Enjoy and Achieve",
        "Positive Contribution",
        "Economic Well-being",
    ]
    assert not found.priorities


#: Halton Borough Council's Corporate Risk Register (Strategic Risk Register April 2016), its table of
#: contents as a document-sharing transcript gives it (https://fdocuments.net/document/corporate-risk-
#: register-borough-of-8june16-corpriskrecorporate-risk-register.html): each entry a risk, named so.
HALTON = f"""Table of Contents

1. Risk - Budget Reductions {"." * 60} 3

2. Risk – Capacity and Resilience {"." * 60} 5

3. Risk – Safeguarding Children and Adults {"." * 60} 6

4. Risk – Changes to Governance Arrangements {"." * 60} 7"""


def test_contents_entries_naming_a_risk_are_the_risks_with_their_numbers() -> None:
    found = read(HALTON)
    assert [(r.ref, r.label, r.source_line) for r in found.risks] == [
        ("1", "Budget Reductions", 3),
        ("2", "Capacity and Resilience", 5),
        ("3", "Safeguarding Children and Adults", 7),
        ("4", "Changes to Governance Arrangements", 9),
    ]
    # one entry naming a risk among entries naming none, or among a plan's priorities, is no register's risks
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(HALTON.replace("Risk –", "Section –"))
    priorities = read(HALTON.replace("Risk –", "Priority –"))
    assert ([p.label for p in priorities.priorities], priorities.risks) == (
        ["Capacity and Resilience", "Safeguarding Children and Adults", "Changes to Governance Arrangements"],
        [],
    )


def test_risks_a_registers_body_reads_are_not_read_again_from_its_contents() -> None:
    body = "\n\nRisk\tLikelihood\tImpact\nBudget Reductions\t4\t5\nCapacity and Resilience\t3\t4"
    found = read(HALTON + body)
    assert [r.label for r in found.risks].count("Budget Reductions") == 1


#: Broxbourne's Annual Report 2016/17, its contents page and introduction as a document-sharing site gives
#: them, https://docslib.org/doc/6500254/broxbourne-borough-councils-annual-report-2016-17
BROXBOURNE = """INTRODUCTION 3

FACTS ABOUT THE BOROUGH 4

CORPORATE OBJECTIVES 5

AMBITION BROXBOURNE: A THRIVING ECONOMY 6

BEAUTIFUL BROXBOURNE: ENHANCING THE QUALITY OF LIFE 8

INNOVATIVE BROXBOURNE: AN EFFECTIVE, ENABLING COUNCIL 17

SUMMARY OF ACCOUNTS 2016/17 21

Annual Report and Summary of Accounts 2016/17 2 INTRODUCTION 2016/17 was an exciting year, laying the \
groundwork for the vibrant Broxbourne of the future. The Council has three priorities:

AMBITION BROXBOURNE: A thriving economy

BEAUTIFUL BROXBOURNE: Enhancing the quality of life

INNOVATIVE BROXBOURNE: An effective, enabling Council
"""


def test_a_contents_entry_may_name_its_theme_after_a_colon() -> None:
    """ "AMBITION BROXBOURNE: A THRIVING ECONOMY 6" is an entry of the contents page: read once, from the
    body's list, not also as a heading with its page number."""
    entries = page_last_entries(BROXBOURNE.split("\n"))
    assert entries[7] == "AMBITION BROXBOURNE: A THRIVING ECONOMY 6" and len(entries) == 7
    assert page_last_entries(["Boys: 12", "Girls: 15", "Looked after: under 5 6", "Total: 27"]) == {}
    assert [p.label for p in read(BROXBOURNE).priorities] == [
        "AMBITION BROXBOURNE: A thriving economy",
        "BEAUTIFUL BROXBOURNE: Enhancing the quality of life",
        "INNOVATIVE BROXBOURNE: An effective, enabling Council",
    ]
