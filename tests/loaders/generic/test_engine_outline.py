"""The reading engine on plans with no table: headings, numbered paragraphs, lists, contents pages and a
national framework's outcomes, on small snippets (the table shapes are in ``test_engine_shapes.py``).

Snippets marked with a source are cut from the wild corpus (``tests/corpus/wild/``, real councils'
plans as their PDFs and web pages give the text); the others show one shape in its plainest form.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.calibration import rule_confidence
from councilkg.loaders.generic.contents import is_contents_entry
from councilkg.loaders.model import Reading
from tests.loaders.generic.reading import read

# --- 3. no table at all -----------------------------------------------------------------------------------


def test_numbered_priorities_with_a_colon() -> None:
    """Sutton's CYPP 2014-17 (sutton.gov.uk, articleid=2180): "1: Ensure Safeguarding"."""
    text = (
        "Following a review of needs, this refreshed plan will focus on four strategic priorities:\n\n"
        "1: Ensure Safeguarding\n\n2: Promote the Early Years and Early Development\n\n"
        "Our overriding concern is to target our services as early as we can.\n"
    )
    found = read(text)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Ensure Safeguarding"),
        ("2", "Promote the Early Years and Early Development"),
    ]
    assert found.actions == []


def test_a_lead_in_names_what_the_list_holds() -> None:
    """Darlington's CYPP 2017-22 (darlington.gov.uk): ambitions, then "priority actions"."""
    text = "\n".join(
        [
            "The plan sets out the following ambitions",
            "",
            "  • Ambition 1: Ensuring that all children and young people are safe from any perceived harm",
            "  • Ambition 2: Improving the health and wellbeing of all babies, children and young people",
            "",
            "To achieve all four ambitions, we will work together to focus on the following seven main "
            "priority actions",
            "",
            "Priority actions for the next five years",
            "",
            "  1. Increase breastfeeding rates and reduce the incidence of smoking at the time of delivery",
            "  2. Reduce obesity levels",
        ]
    )
    found = read(text)
    assert [(o.notation, o.label[:20]) for o in found.outcomes] == [
        ("1", "Ensuring that all ch"),
        ("2", "Improving the health"),
    ]
    assert [(a.ref, a.label) for a in found.actions][1] == ("2", "Reduce obesity levels")
    assert found.priorities == []


def test_bullets_under_a_priority_are_its_actions_and_measures() -> None:
    text = "\n".join(
        [
            "Priority 3: Healthy lives",
            "We will:",
            "• Extend the healthy schools programme to every primary school",
            "• Open two more children's centres in",
            "  the east of the borough",
            "Success measures:",
            "• Fewer children obese at Year 6",
        ]
    )
    found = read(text)
    assert [a.label for a in found.actions] == [
        "Extend the healthy schools programme to every primary school",
        "Open two more children's centres in the east of the borough",
    ]
    assert [(i.label, i.measures) for i in found.indicators] == [
        ("Fewer children obese at Year 6", [found.priorities[0].key])
    ]
    rule = "list item after an action lead-in"  # its confidence: its precision on first contact
    assert found.actions[1].reading == Reading(rule, rule_confidence()[rule])


def test_a_numbered_list_on_one_line() -> None:
    """Kirklees's 10 point improvement plan 2018 (contents): the ten priorities run on one line."""
    text = "Part 3: 10 Point Improvement Plan\n\n1. Children Looked After 2. Care Leavers 3. Front Door\n"
    found = read(text)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Children Looked After"),
        ("2", "Care Leavers"),
        ("3", "Front Door"),
    ]


def test_headings_after_a_priorities_lead_in() -> None:
    """ "Priorities", then each priority as a short heading over a sentence or two of its own."""
    text = "\n".join(
        [
            "Priorities",
            "Our homes",
            "Children want to live",
            "in a safe and warm home.",
            "Our schools",
            "Children want schools that listen to them.",
            "Photographs by",
            "Sam",
        ]
    )
    assert [p.label for p in read(text).priorities] == ["Our homes", "Our schools"]


def test_rows_led_by_a_reference_code() -> None:
    """Kent's corporate risk register 2020 (vdocument.in): "CRR0001 Safeguarding … 20 15"."""
    text = "\n".join(
        [
            "Risk No.* Risk Title Current Risk",
            "Rating",
            "",
            "CRR0001 Safeguarding – protecting vulnerable children 20 15",
            "",
            "CRR0004 Simultaneous emergency response, recovery and resilience 25 15",
        ]
    )
    found = read(text)
    assert [(r.ref, r.label) for r in found.risks] == [
        ("CRR0001", "Safeguarding – protecting vulnerable children"),
        ("CRR0004", "Simultaneous emergency response, recovery and resilience"),
    ]


def test_a_contents_page_is_not_read_twice() -> None:
    text = "\n".join(
        [
            "Contents",
            "Priority 1: Keeping children safe ........ 4",
            "Priority 2: Raising attainment ........ 9",
            "",
            "Priority 1: Keeping children safe",
            "We will:",
            "• Audit every repeat child protection plan",
        ]
    )
    found = read(text)
    # the body's heading is read where the body prints it; an entry naming a priority the body (here an
    # excerpt) does not print again is read from the contents page
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Keeping children safe", 5),
        ("Raising attainment", 3),
    ]


def test_narrative_gives_no_items() -> None:
    """Committee minutes about a plan state no item of it."""
    text = (
        "The Director of Children's Services submitted a report on the refreshed plan.\n\n"
        "Members discussed the consultation with young people.\n\nRESOLVED - That the report be noted.\n"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


# --- contents, navigation and page furniture ---------------------------------------------------------


def test_a_page_menu_and_page_furniture_are_not_items() -> None:
    """Rotherham's council plan page (rotherham.gov.uk): an "In this section" menu, then the plan (a
    page footer added)."""
    text = "\n".join(
        [
            "In this section",
            "",
            "  1. Where we are now, and where we want to be",
            "  2. You are here: Our desired outcomes and how we will achieve them",
            "",
            "Page 2 of 42",
            "The outcomes we will focus on",
            "",
            "  • Children get the best start in life",
            "  • Children and young people safe from harm",
        ]
    )
    found = read(text)
    assert [o.label for o in found.outcomes] == [
        "Children get the best start in life",
        "Children and young people safe from harm",
    ]
    assert found.priorities == [] and found.actions == []


def test_a_neutral_lead_in_takes_the_kind_the_heading_above_names() -> None:
    """Croydon's CYPF plan 2020-24 (croydon.gov.uk): "The priorities of the plan" / "These are:"."""
    text = (
        "The priorities of the plan\n\nThese are:\n\n"
        "  1. Building skills for adulthood\n  2. Investing in wellbeing\n"
    )
    assert [(p.ref, p.label) for p in read(text).priorities] == [
        ("1", "Building skills for adulthood"),
        ("2", "Investing in wellbeing"),
    ]


def test_contents_entries_are_recognised_in_linear_time() -> None:
    assert is_contents_entry("2. Priorities for action ........ 17")
    assert is_contents_entry("Appendix 1 . . . 91")
    assert not is_contents_entry("Reduce to 12")
    assert not is_contents_entry("." * 100_000 + "x")


# --- 3. contents pages: entries printed numbered, bulleted, paged or plain ----------------------------


def test_a_numbered_contents_page_gives_no_items_but_the_list_run_into_it() -> None:
    """Wirral's Improvement Plan 2017-19 (via a PDF-to-text page): a numbered contents page with the
    plan's five priorities run onto one line under entry 4."""
    text = "\n".join(
        [
            "CONTENTS",
            "",
            "1. Introduction",
            "",
            "2. Wirral Improvement Plan Progress: September 2016 – August 2017",
            "",
            "3. Wirral Improvement Plan: Improvement and Transformation Principles",
            "",
            "4. Wirral’s Refreshed Improvement Plan",
            "",
            "1. Provide the right service at the right time 2. Protect the most vulnerable and ensure they "
            "succeed 3. Provide care and support for our children",
            "",
            "5. How we will monitor the Improvement Plan",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "Provide the right service at the right time",
        "Protect the most vulnerable and ensure they succeed",
        "Provide care and support for our children",
    ]
    assert found.placed[5] == found.placed[13] == "contents"


def test_a_paged_contents_page_ends_at_the_first_heading_without_a_page_number() -> None:
    """Derbyshire's Children's Services Service Plan 2019/20 (readkong.com): space-aligned page
    numbers; the body's first heading follows the page's footer."""
    text = "\n".join(
        [
            "Contents",
            "Council Ambition, Outcomes and Priorities               2",
            "",
            "Departmental Overview                                   3",
            "",
            "                                                    1",
            "Council Ambition",
            "We will strive to be:",
            "",
            "An enterprising and value for money council, enabling people and communities to thrive.",
            "",
            "Council Priorities for 2019/20",
            "Our Council priorities are:",
            "\uf0b7 Value for money",
            "\uf0b7 A prosperous Derbyshire",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == ["Value for money", "A prosperous Derbyshire"]
    assert found.actions == []  # "We will strive to be:" introduces the ambition; it is no action


def test_a_contents_page_ends_where_its_entries_are_printed_again() -> None:
    """Ealing's CYPP 2011-14: the contents page, then the body starting with "Foreword" again (the
    two "We will" sentences are the test's own: one alone would be narrative, see lonecommitment)."""
    lines = ["Contents", "Foreword", "2", "1 Introduction", "3", "Foreword"]
    body = "We will publish the scorecard every quarter. We will meet every school in the first year."
    found = read("\n".join([*lines, body]))
    assert found.placed[2] == "contents"
    assert [a.label for a in found.actions] == [
        "We will publish the scorecard every quarter",
        "We will meet every school in the first year",
    ]


# --- 3. a national framework's outcomes as headings or contents entries ------------------------------


def test_every_child_matters_headings_are_the_plans_outcomes_matched_to_the_framework() -> None:
    """Ealing's CYPP 2011-14 (ealing.gov.uk PDF): the five outcomes as section headings."""
    headings = ["2.1", "2.2", "2.3", "18", "27", "Being Healthy", "Staying Safe", "Enjoy and Achieve"]
    text = "\n".join([*headings, "1. Reduce childhood obesity", "• Run a weighing programme in every school"])
    found = read(text)
    assert [(o.label, o.matches[0].key, o.reading.rule if o.reading else None) for o in found.outcomes] == [
        ("Being Healthy", "be-healthy", "heading naming an Every Child Matters outcome"),
        ("Staying Safe", "stay-safe", "heading naming an Every Child Matters outcome"),
        ("Enjoy and Achieve", "enjoy-and-achieve", "heading naming an Every Child Matters outcome"),
    ]


def test_every_child_matters_outcomes_on_a_contents_line_run_together() -> None:
    """Waltham Forest's annual report 2006/07 (PDF text, words glued at line ends)."""
    text = (
        "ContentsForeword 3Be healthy 4Our aspiration: that children and young people are physically "
        "healthy, living in a borough with clean streets and good green space where they can be "
        "activeStay safe 7Our aspiration: that children and young people feel safe everywhere in the "
        "borough and on public transportEnjoy and achieve 10Our aspiration: that they achieve highly"
    )
    found = read(text)
    assert [(o.label, o.matches[0].key) for o in found.outcomes] == [
        ("Be healthy", "be-healthy"),
        ("Stay safe", "stay-safe"),
        ("Enjoy and achieve", "enjoy-and-achieve"),
    ]


def test_outcomes_named_in_sentences_or_once_before_a_number_are_not_stated() -> None:
    """Minutes that mention the outcomes state none; nor does one name before a number."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(
            "The board discussed how schools help children be healthy and stay safe.\n"
            "The Stay Safe 2 subgroup met twice in the year and reported to the board on its work.\n"
        )


# --- 3. lists: what a lead-in names, where a list ends ------------------------------------------------


def test_objectives_under_a_priority_are_its_actions_and_its_outcomes_leave_it_in_force() -> None:
    """Wolverhampton's Council Plan 2019-24 (wolverhampton.gov.uk): a priority numbered twice ("1. 1."),
    its outcomes, then its objectives."""
    text = "\n".join(
        [
            "Delivery of this ambition will be supported by six overarching priorities:",
            "",
            "1. 1. Strong families where children grow up well and achieve their full potential",
            "",
            "Outcomes:",
            "  • Children have the best start in life and good early development",
            "  • High quality education which closes the attainment gap",
            "",
            "Objectives:",
            "  • Families will be supported by multi-agency early help offer to ensure they get the right "
            "information and support at the right time.",
            "  • Work in partnership with our schools and education settings to build a system with the "
            "highest quality education.",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label[:14]) for p in found.priorities] == [("1", "Strong familie")]
    assert [o.label[:13] for o in found.outcomes] == ["Children have", "High quality "]
    assert [(a.label[:8], a.supports) for a in found.actions] == [
        ("Families", [found.priorities[0].key]),
        ("Work in ", [found.priorities[0].key]),
    ]


def test_a_bulleted_list_ends_at_a_heading_and_a_question_lists_no_items() -> None:
    """Oxfordshire's CYPP 2018-21 page (oxfordshire.gov.uk): priority areas as bullets, a heading, the
    "Areas of Focus" named above a neutral lead-in, then findings under a question."""
    text = "\n".join(
        [
            "In the first year of the plan these priority areas are:",
            "",
            "  • Children missing out on education",
            "  • Children affected by domestic abuse",
            "",
            "The New Oxfordshire Children and Young People’s Plan",
            "",
            "Areas of Focus",
            "",
            "For all children and young people to:",
            "",
            "  • Be Successful",
            "  • Be Safe",
            "",
            "What do we know about growing up in Oxfordshire?",
            "",
            "  • We have a growing population that is becoming more diverse.",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "Children missing out on education",
        "Children affected by domestic abuse",
        "Be Successful",
        "Be Safe",
    ]
    assert found.actions == []


def test_key_activity_areas_are_actions() -> None:
    """Hampshire's CYPP 2012-15, priority 2 (hants.gov.uk)."""
    text = "\n".join(
        [
            "Priority 2: Securing children and young people’s physical and mental health",
            "",
            "Key activity areas:",
            "",
            "  • ensuring that the best universal services are available for all children and families",
            "  • supporting parents/carers through universal, high-quality maternity care",
        ]
    )
    found = read(text)
    assert [a.label[:20] for a in found.actions] == ["ensuring that the be", "supporting parents/c"]
    assert [p.label[:10] for p in found.priorities] == ["Securing c"]


def test_a_lead_in_naming_who_will_act_introduces_actions() -> None:
    """Essex's Organisation Strategy 2019 page (essex.gov.uk): "In the next year the Council will:"."""
    text = "\n".join(
        [
            "Priority: Help keep vulnerable children safer and enable them to fulfil their potential",
            "",
            "In the next year the Council will: ",
            "",
            "  • Continue to develop new employment opportunities for disabled young people ",
            "  •  Embed and continue to deliver savings from the redesign of the adoption service ",
        ]
    )
    assert [a.label[:12] for a in read(text).actions] == ["Continue to ", "Embed and co"]


def test_rows_led_by_a_code_under_a_priorities_heading_are_priorities() -> None:
    """Milton Keynes' Health and Wellbeing Strategy 2018-22, Starting Well (milton-keynes.gov.uk)."""
    text = "\n".join(
        [
            "Starting Well Priorities",
            "",
            "SW1 Stop all forms of abuse, including neglect and address the impact it has on children",
            "SW2 Help children and young people to better mental health",
        ]
    )
    assert [(p.ref, p.label[:14]) for p in read(text).priorities] == [
        ("SW1", "Stop all forms"),
        ("SW2", "Help children "),
    ]


def test_items_numbered_with_a_letter_under_a_numbered_priority() -> None:
    """Hillingdon's Youth Offer update, 2024 (minutes of a select committee, hillingdon.gov.uk)."""
    text = "\n".join(
        [
            "Priority 1: Local Youth Offer",
            "1a: Publish and distribute a clear, accessible and informative LYO across the borough",
            "There had been a successful launch event in February held at Harlington Young People’s Centre.",
            "1b: Develop plans for the continuation and evolution of the LYO",
        ]
    )
    found = read(text)
    assert [(a.ref, a.label[:12]) for a in found.actions] == [("1a", "Publish and "), ("1b", "Develop plan")]
    assert all(a.supports == [found.priorities[0].key] for a in found.actions)


def test_verb_led_lines_under_a_priority_are_actions_even_wrapped_over_blank_lines() -> None:
    """Cumbria's Council Plan Delivery Plan 2017/18, appendix 1 (docslib text: a blank line between
    every printed line); a table header's "Target value or date" and a noun phrase are not actions."""
    text = "\n".join(
        [
            "Priority: To safeguard children and support",
            "",
            "families and schools so that all children in",
            "",
            "Cumbria can grow up in a safe environment",
            "",
            "Target value or date",
            "",
            "We will, as part of our Improvement Plan, work with partners to improve outcomes.",
            "",
            "Deliver, in partnership, the",
            "",
            "council’s improvement",
            "",
            "Support provided by relevant directorate and Children’s Services by March 2018.",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "To safeguard children and support families and schools so that all children in Cumbria can grow "
        "up in a safe environment"
    ]
    assert [(a.label, a.reading.rule if a.reading else None) for a in found.actions] == [
        (
            "We will, as part of our Improvement Plan, work with partners to improve outcomes",
            "sentence: we will",
        ),
        ("Deliver, in partnership, the council’s improvement", "line led by a verb under a priority"),
    ]


def test_a_run_of_numbered_headings_with_no_priority_above_are_priorities() -> None:
    """Birmingham's Children and Young People's Strategy 2004-2010 (space-aligned PDF text)."""
    text = "\n".join(
        [
            "                  ACHIEVE OUR VISION",
            "",
            "                  3.1         Core Commitments",
            "                  3.2         Health and Well-being",
            "                  3.3         Family Support",
            "",
            "Appendix 1        Glossary",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("3.1", "Core Commitments"),
        ("3.2", "Health and Well-being"),
        ("3.3", "Family Support"),
    ]


def test_sub_numbered_lines_under_a_priority_stay_its_actions() -> None:
    text = "Priority 3: Raise attainment\n3.1 Audit every school\n3.2 Recruit mentors\n"
    found = read(text)
    assert [p.label for p in found.priorities] == ["Raise attainment"]
    assert [(a.ref, a.supports) for a in found.actions] == [
        ("3.1", [found.priorities[0].key]),
        ("3.2", [found.priorities[0].key]),
    ]


def test_a_short_fragment_runs_on_past_a_blank_line() -> None:
    """Cumbria's delivery plan 2017/18 (docslib text): "Deliver the Children" / "Looked After (CLA)"."""
    text = "Priority: Safeguard children\n\nDeliver the Children\n\nLooked After (CLA)\n\nStrategy.\n"
    assert [a.label for a in read(text).actions] == ["Deliver the Children Looked After (CLA) Strategy."]
