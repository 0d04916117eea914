"""The reading engine on each shape real plans print their items in, on small snippets.

Snippets marked with a source are cut from the wild corpus (``tests/corpus/wild/``, real councils'
plans as their PDFs and web pages give the text); the others show one shape in its plainest form.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contents import is_contents_entry
from councilkg.loaders.generic.engine import GenericLoader, inspect_plan
from councilkg.loaders.generic.flattables import fill_down, fit_cells, rebuild_tables
from councilkg.loaders.model import Extraction, Reading
from councilkg.loaders.parsing.columns import classify_header, map_columns
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.render_plan import render_pdf


def read(text: str) -> Extraction:
    """Return what the engine reads from ``text``."""
    return GenericLoader().load(Document.from_text("plan.txt", text))


def is_header(cells: list[str]):  # type: ignore[no-untyped-def]
    return header_columns(cells, classify_header)


# --- 1a. one cell per line --------------------------------------------------------------------------


def test_one_cell_per_line_with_wrapped_and_missing_cells() -> None:
    """A header of N short lines, then each row's cells: a wrapped action, a missing date, initials."""
    text = "\n".join(
        [
            "Priority 2: Reduce repeat referrals",
            "Action",
            "Lead",
            "By when",
            "Audit every repeat referral with",
            "the safeguarding board",
            "Head of Safeguarding",
            "March 2011",
            "Recruit two family support workers",
            "JS",
            "Publish the early help offer on the council website",
            "Early Help Manager",
            "Q3 2010/11",
        ]
    )
    found = read(text)
    assert [(a.label, a.source_line) for a in found.actions] == [
        ("Audit every repeat referral with the safeguarding board", 5),
        ("Recruit two family support workers", 9),
        ("Publish the early help offer on the council website", 11),
    ]
    assert [a.timescale for a in found.actions] == ["March 2011", None, "Q3 2010/11"]
    assert [[o.name for o in a.owners] for a in found.actions] == [
        ["Head of Safeguarding"],
        ["JS"],
        ["Early Help Manager"],
    ]
    assert all(a.supports == [found.priorities[0].key] for a in found.actions)
    assert found.actions[0].reading == Reading("table: one cell per line", 0.7)


def test_fitting_cells_prefers_dates_under_by_when() -> None:
    body = [(1, "Open a second residential home"), (2, "Head of LAC"), (3, "2011/12")]
    rows = fit_cells(body, map_columns(["Action", "Lead officer", "By when"]), 3)
    assert [[text for _, text in row] for row in rows] == [
        ["Open a second residential home", "Head of LAC", "2011/12"]
    ]


# --- 1b. a row on one line: space-aligned, delimited ---------------------------------------------------


def test_space_aligned_rows_keep_their_columns() -> None:
    text = "\n".join(
        [
            "PI        Description                          Baseline    Target 2010/11",
            "NI 65     Children subject to a second plan    13.2%       10%",
            "NI 62     Stability of placements              12%         10%",
        ]
    )
    found = read(text)
    assert [(i.ref, i.label) for i in found.indicators] == [
        ("NI 65", "Children subject to a second plan"),
        ("NI 62", "Stability of placements"),
    ]
    assert [(o.measure_type.value, o.raw_value) for o in found.indicators[0].observations] == [
        ("Outturn", "13.2%"),
        ("Target", "10%"),
    ]
    assert found.indicators[0].reading == Reading("table: space-aligned", 0.8)


def test_delimited_rows_wrap_and_fill_down() -> None:
    """Hertfordshire's CYPP performance review 2006/07 (docsbay.net/doc/277840), " / " between cells: a
    row wraps over lines, and the outcome cell is printed once for two rows."""
    text = "\n".join(
        [
            "Outcome / KPI / Baseline / Target 06/07 / Actual 06/07 / Traffic Light / Comments",
            "Tackle obesity / Percentage of obese children under 11 / 4.6 % obese",
            "(2002) / No target set / N/A / N/A / Year 6 pupils are due to be measured",
            "Percentage of children consuming 5 portions of fruit and vegetables per day / 98.96% / "
            "No target set / 381 schools / Green / Good progress",
        ]
    )
    found = read(text)
    assert [i.label for i in found.indicators] == [
        "Percentage of obese children under 11",
        "Percentage of children consuming 5 portions of fruit and vegetables per day",
    ]
    assert [i.reading for i in found.indicators] == [Reading("table: delimited", 0.9)] * 2


def test_a_markdown_table_is_delimited() -> None:
    found = read("| Action | Lead | By when |\n|---|---|---|\n| Audit plans | Head of X | May 2011 |\n")
    assert [(a.label, a.timescale) for a in found.actions] == [("Audit plans", "May 2011")]


# --- 1c. a whole table on one line, column after column: named, only what is safe read -------------------


def test_a_table_on_one_line_is_not_guessed_at() -> None:
    """Cells run together on one line cannot be told apart: no item is invented from them."""
    text = "Action Lead By when Audit plans Head of X May 2011 Recruit staff Mary Okafor June 2011\n"
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


# --- 2. row-spanning cells -----------------------------------------------------------------------------


def test_fill_down_a_row_spanning_first_cell() -> None:
    assert fill_down([["Stay safe", "Audit plans", "Head of X"], ["Recruit staff", "JS"]], 3) == [
        ["Stay safe", "Audit plans", "Head of X"],
        ["Stay safe", "Recruit staff", "JS"],
    ]


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
    assert found.actions[1].reading == Reading("list item after an action lead-in", 0.7)


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
    assert [(p.label, p.source_line) for p in found.priorities] == [("Keeping children safe", 5)]


def test_narrative_gives_no_items() -> None:
    """Committee minutes about a plan state no item of it."""
    text = (
        "The Director of Children's Services submitted a report on the refreshed plan.\n\n"
        "Members discussed the consultation with young people.\n\nRESOLVED - That the report be noted.\n"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


# --- 4. header words beyond the old vocabulary ----------------------------------------------------------


@pytest.mark.parametrize(
    "header, role",
    [
        ("What?", "action"),
        ("Who?", "responsible"),
        ("When?", "timescale"),
        ("Key tasks", "action"),
        ("Milestones", "timescale"),
        ("Success measures", "title"),
        ("KPI", "title"),
        ("Objective", "priority"),
        ("Risk manager", "risk-owner"),
    ],
)
def test_more_header_words(header: str, role: str) -> None:
    column = classify_header(header)
    assert column is not None and column.role.value == role


# --- inspect ----------------------------------------------------------------------------------------


def test_inspect_shows_rebuilt_tables_and_refusals() -> None:
    seen = inspect_plan(Document.from_text("p.txt", "Action\nLead\nAudit plans\nHead of X\n"))
    assert [(t.shape, t.read_as, [c.heading for c in t.columns]) for t in seen.tables] == [
        ("one cell per line", "actions", ["Action", "Lead"])
    ]
    assert seen.refused is None and seen.unplaced == []
    refused = inspect_plan(Document.from_text("p.txt", "The meeting closed at 7.45pm.\n"))
    assert refused.items == [] and refused.refused is not None and "no plan items found" in refused.refused


def test_rebuilding_keeps_every_line_number() -> None:
    lines = ["Intro", "Action", "Lead", "Audit plans", "Head of X", "Outro"]
    rebuilt = rebuild_tables(lines, is_header)
    assert len(rebuilt.lines) == len(lines)
    assert rebuilt.lines[0] == "Intro" and rebuilt.lines[-1] == "Outro"
    assert rebuilt.lines[3] == "Audit plans\tHead of X"


# --- 6. borderless tables in PDFs ----------------------------------------------------------------------


def test_a_borderless_pdf_table_is_read_from_word_positions(tmp_path: Path) -> None:
    """Kent's corporate risk register 2020 (vdocument.in, the corpus's kent-2020 excerpt) printed as a
    table without rules: its columns come from where the words are, and each risk says its page and box."""
    text = "\n".join(
        [
            "Corporate Risk Register - Summary Risk Profile",
            "",
            "Risk No.\tRisk Title\tCurrent Risk Rating\tTarget Risk Rating",
            "CRR0001\tSafeguarding – protecting vulnerable children\t20\t15",
            "CRR0002\tSafeguarding – protecting vulnerable adults\t20\t15",
            "CRR0004\tSimultaneous emergency response, recovery and resilience\t25\t15",
        ]
    )
    pdf = render_pdf(text, tmp_path / "kent-risks.pdf", max_column_width=300, ruled=False)
    document = read_document(pdf)
    assert "CRR0001\tSafeguarding – protecting vulnerable children\t20\t15" in document.lines
    found = GenericLoader().load(document)
    assert [(r.ref, r.label, r.rating) for r in found.risks] == [
        ("CRR0001", "Safeguarding – protecting vulnerable children", 20),
        ("CRR0002", "Safeguarding – protecting vulnerable adults", 20),
        ("CRR0004", "Simultaneous emergency response, recovery and resilience", 25),
    ]
    reading = found.risks[0].reading
    assert reading is not None and reading.rule == "table: tab-separated" and reading.page == 1
    assert reading.bbox is not None
    assert reading.bbox[0] < reading.bbox[2] and reading.bbox[1] < reading.bbox[3]


def test_prose_in_a_pdf_is_not_a_borderless_table(tmp_path: Path) -> None:
    text = "Our vision\n\nEvery child in the borough grows up safe, healthy and able to achieve.\n"
    document = read_document(render_pdf(text, tmp_path / "prose.pdf"))
    assert all("\t" not in line for line in document.lines)


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
    """Ealing's CYPP 2011-14: the contents page, then the body starting with "Foreword" again."""
    lines = ["Contents", "Foreword", "2", "1 Introduction", "3", "Foreword"]
    text = "\n".join([*lines, "We will publish the scorecard every quarter."])
    found = read(text)
    assert found.placed[2] == "contents"
    assert [a.label for a in found.actions] == ["We will publish the scorecard every quarter"]


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


# --- 1b. delimited rows whose first cell fills several lines; 1c. columns one after another -------------


MERTON_ROWS = "\n".join(  # Merton's Health and Wellbeing Strategy delivery plan 2015/16 (merton.gov.uk)
    [
        "Outcome 1.1 – Uptake of child immunisation is increased.",
        "Action / Indicator / Baseline / Target 2018 / Reporting cycle / Lead Officer / Governance Lead",
        "Review recommendations from the Merton Scrutiny of Childhood immunisations.",
        "Engage GP practices in strategies to increase uptake and coverage of childhood immunisations.",
        "Increase parental access and awareness of immunisations. / Immunisation: MMR at 5 years / 72.2%",
        "2013/14 / 87.6% / Quarterly / CCG/NHS England/Public Health LBM / Children’s Trust Board",
    ]
)


def test_a_delimited_row_whose_first_cell_lists_actions_over_several_lines() -> None:
    """The row's actions (one a line) and its indicator, with the baseline wrapped onto the next line."""
    found = read(MERTON_ROWS)
    assert [a.label[:22] for a in found.actions] == [
        "Review recommendations",
        "Engage GP practices in",
        "Increase parental acce",
    ]
    assert {a.source_line for a in found.actions} == {3}
    [indicator] = found.indicators
    assert indicator.label == "Immunisation: MMR at 5 years"
    assert [(str(o.measure_type), o.raw_value) for o in indicator.observations][:2] == [
        ("Outturn", "72.2% 2013/14"),
        ("Target", "87.6%"),
    ]


def test_a_profile_may_keep_a_cell_of_several_actions_as_one() -> None:
    from councilkg.loaders.generic.profile import Profile

    found = GenericLoader(Profile(split_cells=False)).load(Document.from_text("plan.txt", MERTON_ROWS))
    assert found.actions == []  # no cell split, no actions read from an indicators table's action cell


def test_columns_printed_one_after_another_are_named_not_rebuilt() -> None:
    """Merton's delivery plan as another PDF-to-text page gives it: header cells among the cells."""
    text = "\n".join(
        [
            "Action",
            "Indicator",
            "Baseline",
            "Review recommendations from the",
            "Merton Scrutiny of Childhood",
            "immunisations.",
            "Immunisation:",
            "MMR at 5 years",
            "Target 2018",
            "72.2%",
            "2013/14",
            "87.6%",
            "Reporting",
            "cycle",
            "Quarterly",
            "Lead Officer",
            "CCG/LBM",
        ]
    )
    seen = inspect_plan(Document.from_text("plan.txt", text))
    assert seen.tables == []
    assert [(line, why.split(":")[0]) for line, why in seen.unsettled] == [(1, "header cells among the rows")]


# --- 1c. lists run together: numbers glued to the words before them; a counted list in a sentence ------


def test_a_numbered_list_run_together_over_lines_with_its_numbers_glued() -> None:
    """Leeds' Children and Young People's Plan 2015-19, its key indicators (docslib text of the PDF)."""
    text = "\n".join(
        [
            "1. Number of children who need to be looked after2. Number of children and young people "
            "with child",
            "",
            "protection plans3. Percentage with good achievement at the end",
            "",
            "of primary school4. Percentage gaining 5 good GCSEs including",
            "",
            "English and maths5. Level 3 qualifications at 196. Achievement gaps at 5, 11, 16 and 197. "
            "Primary and secondary school attendance",
        ]
    )
    found = read(text)
    assert [(i.ref, i.label, i.source_line) for i in found.indicators] == [
        ("1", "Number of children who need to be looked after", 1),
        ("2", "Number of children and young people with child protection plans", 1),
        ("3", "Percentage with good achievement at the end of primary school", 3),
        ("4", "Percentage gaining 5 good GCSEs including English and maths", 5),
        ("5", "Level 3 qualifications at 19", 7),
        ("6", "Achievement gaps at 5, 11, 16 and 19", 7),
        ("7", "Primary and secondary school attendance", 7),
    ]


def test_a_counted_list_run_into_a_sentence() -> None:
    """Nottinghamshire's CYPF Plan 2014-16 annual performance report (the whole report on one line)."""
    text = (
        "Purpose of the Report 1. To provide the Board with an overview of performance. 2. The Children’s "
        "Trust identified five priority areas for 2014-2016, which were: To work together to keep children "
        "and young people safe To improve children and young people’s health outcomes To close the gap in "
        "educational attainment. To provide children and young people with the early help support that they "
        "need To deliver integrated services for children with complex needs or disabilities. 3. For each of "
        "the priority areas there was agreed key actions."
    )
    assert [p.label[:16] for p in read(text).priorities] == [
        "To work together",
        "To improve child",
        "To close the gap",
        "To provide child",
        "To deliver integ",
    ]


def test_a_numbered_list_run_into_a_paragraph_after_a_lead_in() -> None:
    """Stockton-on-Tees' Cabinet decision on its Youth Justice Plan, 2024 (one paragraph a line)."""
    text = (
        "The Plan documents seven key strategic objective for the forthcoming year as follows:- 1) Help "
        "children stay out of the criminal justice system. 2) To reduce reoffending. 3) Reduce the use of "
        "custody and prioritise effective resettlement. A copy of the Plan was attached to the report."
    )
    assert [(p.ref, p.label) for p in read(text).priorities] == [
        ("1", "Help children stay out of the criminal justice system"),
        ("2", "To reduce reoffending"),
        ("3", "Reduce the use of custody and prioritise effective resettlement"),
    ]


# --- 7. merged cells: an HTML rowspan, a Word vertical merge ------------------------------------------

MERTON_MERGED = [  # Merton's delivery plan 2015/16 rows, rendered with the outcome cell spanning them
    ("Review recommendations from the Merton Scrutiny of Childhood immunisations", "Public Health LBM"),
    ("Engage GP practices in strategies to increase uptake of childhood immunisations", "CCG"),
    ("Increase parental access and awareness of immunisations", "CCG/NHS England"),
]
MERTON_OUTCOME = "Uptake of child immunisation is increased"


def _assert_merged_rows_read(found: Extraction) -> None:
    assert [(a.label[:20], [o.name for o in a.owners]) for a in found.actions] == [
        ("Review recommendatio", ["Public Health LBM"]),
        ("Engage GP practices ", ["CCG"]),
        ("Increase parental ac", ["CCG", "NHS England"]),  # two owners
    ]
    [priority] = found.priorities
    assert priority.label == MERTON_OUTCOME
    assert all(action.supports == [priority.key] for action in found.actions)


def test_a_cell_spanning_rows_in_html_is_filled_down(tmp_path: Path) -> None:
    spanning = f"<td rowspan=3>{MERTON_OUTCOME}</td>"
    rows = "".join(
        f"<tr>{spanning if index == 0 else ''}<td>{action}</td><td>{lead}</td></tr>"
        for index, (action, lead) in enumerate(MERTON_MERGED)
    )
    header = "<tr><th>Priority</th><th>Action</th><th>Lead Officer</th></tr>"
    page = tmp_path / "merton.html"
    page.write_text(f"<html><body><table>{header}{rows}</table></body></html>", encoding="utf-8")
    _assert_merged_rows_read(GenericLoader().load(read_document(page)))


def test_a_vertically_merged_word_cell_is_filled_down(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=1 + len(MERTON_MERGED), cols=3)
    for cell, heading in zip(table.rows[0].cells, ["Priority", "Action", "Lead Officer"], strict=True):
        cell.text = heading
    for index, (action, lead) in enumerate(MERTON_MERGED, start=1):
        table.cell(index, 1).text = action
        table.cell(index, 2).text = lead
    merged = table.cell(1, 0).merge(table.cell(len(MERTON_MERGED), 0))
    merged.text = MERTON_OUTCOME
    path = tmp_path / "merton.docx"
    word.save(str(path))
    _assert_merged_rows_read(GenericLoader().load(read_document(path)))


# --- 5. values as written ------------------------------------------------------------------------------


def test_values_as_written_give_their_number_unit_and_year() -> None:
    """Hertfordshire's CYPP performance review 2006/07 (delimited PDF text), its columns as printed."""
    text = "\n".join(
        [
            "KPI / Baseline / Target 06/07 / Actual 06/07 / Comments",
            "Percentage of obese children under 11 / 4.6 % obese (2002) / No target set / N/A / To measure",
            "Percentage of 5 to 16 year olds who travel to school using sustainable modes / 56.5% / 58% / "
            "66% / LAA Year 1 target exceeded",
            "Diagnostic rate of new episodes of Sexually Transmitted Infections among under 16 year olds / "
            "371 cases (Chlamydia 2003) / reduce to 300 / N/A / No original target set",
        ]
    )
    found = read(text)
    observed = [
        [(str(o.measure_type), o.value, o.unit, o.year) for o in indicator.observations]
        for indicator in found.indicators
    ]
    assert observed[0][0] == ("Outturn", Decimal("4.6"), "percent", 2002)  # a baseline is an outturn
    assert observed[0][1][1] is None  # "No target set" stays as printed, with no value
    assert [value for _, value, _, _ in observed[1]] == [Decimal("56.5"), Decimal("58"), Decimal("66")]
    assert observed[2][:2] == [
        ("Outturn", Decimal("371"), "rate", 2003),
        ("Target", Decimal("300"), "rate", None),
    ]


def test_rows_delimited_by_dashes() -> None:
    """A row a line, its cells parted by " – " (an en dash with a space each side)."""
    text = "\n".join(
        [
            "Action – Lead officer – By when",
            "Audit every repeat child protection plan – Head of Safeguarding – March 2011",
            "Recruit two family support workers – Early Help Manager – Q3 2010/11",
        ]
    )
    found = read(text)
    assert [(a.label, a.timescale) for a in found.actions] == [
        ("Audit every repeat child protection plan", "March 2011"),
        ("Recruit two family support workers", "Q3 2010/11"),
    ]
    assert found.actions[0].reading is not None and found.actions[0].reading.rule == "table: delimited"


# --- 4. bare year columns take their role from the columns around them -----------------------------


def test_bare_year_columns_after_a_baseline_are_targets_for_those_years() -> None:
    text = "\n".join(
        [
            "KPI / Baseline (2007) / 2008/09 / 2009/10 / 2010/11",
            "Under 18 conception rate per 1,000 girls aged 15-17 / 46.1 / 42.0 / 38.5 / 35.0",
        ]
    )
    [indicator] = read(text).indicators
    assert [(str(o.measure_type), o.period, o.value) for o in indicator.observations] == [
        ("Outturn", "2007/08", Decimal("46.1")),  # the baseline year's
        ("Target", "2008/09", Decimal("42.0")),
        ("Target", "2009/10", Decimal("38.5")),
        ("Target", "2010/11", Decimal("35.0")),
    ]


def test_bare_year_columns_before_a_target_are_outturns() -> None:
    header = "PI / Description / 2007/08 / 2008/09 / Target 2010/11"
    text = f"{header}\nNI 117 / NEET young people / 6.9% / 6.2% / 5.7%"
    [indicator] = read(text).indicators
    assert [(str(o.measure_type), o.period) for o in indicator.observations] == [
        ("Outturn", "2007/08"),
        ("Outturn", "2008/09"),
        ("Target", "2010/11"),
    ]


def test_status_and_progress_columns_are_kept_as_printed() -> None:
    """Bath and North East Somerset's improvement plan progress report, October 2003 (its columns)."""
    text = "\n".join(
        [
            "Actions Required / Lead Officer(s) / Progress October 2003 / RAG",
            "Devise policy and process to identify unmet need and implement. / Liz Price, Planning Manager / "
            "Referral and assessment team have established system for identifying unmet need. / Green",
        ]
    )
    [action] = read(text).actions
    assert action.status == "Green"
    assert (
        action.progress == "Referral and assessment team have established system for identifying unmet need."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Priority 1 " + "." * 300_000 + "x",  # a heading whose leaders never reach a page number
        "The plan sets these priorities:" + " " * 1_900 + "x",  # a lead-in's colon, then a run of spaces
        "1. Number of children" + "9" * 300_000,  # a numbered run's item without its next number
        "Be Healthy " + "4" * 300_000,  # a contents entry's page number run on and on
    ],
)
def test_the_engine_reads_hostile_long_lines_in_linear_time(line: str) -> None:
    """Each rule's patterns run over a long line in linear time (a budget, not a benchmark)."""
    import time

    started = time.perf_counter()
    with contextlib.suppress(UnknownLayoutError):
        read(line + "\n" + line + "\n")
    assert time.perf_counter() - started < 5
