"""The reading engine on the table shapes real plans print their items in, on small snippets (plans with
no table: ``test_engine_outline.py``).

Snippets marked with a source are cut from the wild corpus (``tests/corpus/wild/``, real councils'
plans as their PDFs and web pages give the text); the others show one shape in its plainest form.
"""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.calibration import rule_confidence
from councilkg.loaders.generic.cellfitting import fit_cells
from councilkg.loaders.generic.delimitedrows import fill_down
from councilkg.loaders.generic.engine import GenericLoader, inspect_plan
from councilkg.loaders.generic.flattables import rebuild_tables
from councilkg.loaders.model import Extraction, Reading
from councilkg.loaders.parsing.columns import classify_header, map_columns
from tests.loaders.generic.reading import is_header, read
from tests.render_plan import render_pdf

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
    measured = rule_confidence()["table: one cell per line"]  # its precision on first contact
    assert found.actions[0].reading == Reading("table: one cell per line", measured)


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
    measured = rule_confidence()["table: delimited"]  # its precision on first contact
    assert [i.reading for i in found.indicators] == [Reading("table: delimited", measured)] * 2


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
        # every header word the issue names (issue 17, "Header words beyond today's vocabulary")
        ("How?", "description"),
        ("Milestone", "timescale"),
        ("Success criteria", "expected-result"),
        ("Outcome measures", "title"),
        ("How will we know?", "title"),
        ("Lead", "responsible"),
        ("Responsible", "responsible"),
        ("Accountable", "accountable"),
        ("Traffic light", "status"),
        ("RAG", "status"),
        ("Status", "status"),
        ("Direction of travel", "status"),
        ("Comments", "progress"),
        ("Progress", "progress"),
        ("Update", "progress"),
        ("Target 10/11", "target"),
        ("Actual 09/10", "outturn"),
        ("Baseline (2007)", "outturn"),
    ],
)
def test_more_header_words(header: str, role: str) -> None:
    column = classify_header(header)
    assert column is not None and column.role.value == role


def test_what_how_who_when_header_row() -> None:
    """An action plan's header of questions: what is done, how, by whom, by when."""
    columns = map_columns(["What?", "How?", "Who?", "When?"]).columns
    assert [column.role.value for column in columns] == ["action", "description", "responsible", "timescale"]


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


def test_an_html_pages_list_items_are_read_as_list_items(tmp_path: Path) -> None:
    """Luton's child-friendly town page (https://m.luton.gov.uk/Page/Show/Council_government_and_democracy/
    2040/Pages/Child-friendly-town.aspx) rendered as the HTML it is: its <li> items carry their marks,
    so the bullets under the priority are its actions."""
    page = tmp_path / "luton.html"
    page.write_text(
        "<html><body><h2>A child-friendly town</h2>"
        "<p>This has been developed in the strategic priority:</p>"
        "<p>Making Luton a child-friendly town where our children and young people grow up feeling happy, "
        "healthy and secure, with a voice that matters</p>"
        "<ul><li>ensuring all children and young people can access their basic needs and essential services"
        "<li>making sure children and young people grown up feeling safe and secure</ul>"
        "</body></html>",
        encoding="utf-8",
    )
    found = GenericLoader().load(read_document(page))
    [priority] = found.priorities
    assert [(a.label[:30], a.supports) for a in found.actions] == [
        ("ensuring all children and youn", [priority.key]),
        ("making sure children and young", [priority.key]),
    ]


def test_a_word_documents_numbered_and_bulleted_paragraphs_are_read_as_lists(tmp_path: Path) -> None:
    """North Northamptonshire's corporate plan priorities (2021,
    https://www.northnorthants.gov.uk/corporate-plan/our-priorities-future) rendered as a Word document
    whose lists are Word's own (numbers and bullets outside the text): each numbered priority heads the
    bullets under it."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("Our priorities for North Northamptonshire.")
    word.add_paragraph("Active, fulfilled lives", style="List Number")
    word.add_paragraph("Greater access to better quality adult social care", style="List Bullet")
    word.add_paragraph("Value and support our carers and volunteers", style="List Bullet")
    word.add_paragraph("Better, brighter futures", style="List Number")
    word.add_paragraph(
        "Ensure every child has equal access to a high standard of education", style="List Bullet"
    )
    path = tmp_path / "north-northamptonshire.docx"
    word.save(str(path))
    found = GenericLoader().load(read_document(path))
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Active, fulfilled lives"),
        ("2", "Better, brighter futures"),
    ]
    refs = {p.key: p.ref for p in found.priorities}
    assert [(a.label[:30], [refs[k] for k in a.supports]) for a in found.actions] == [
        ("Greater access to better quali", ["1"]),
        ("Value and support our carers a", ["1"]),
        ("Ensure every child has equal a", ["2"]),
    ]


#: Hertfordshire's Children and Young People's Plan performance review 2006/07, Appendix B (a table
#: delimited by " / ", its cells wrapped over lines),
#: https://docsbay.net/doc/277840/children-and-young-people-s-plan-performance-review-2006-07appendix-b
HERTFORDSHIRE = "\n".join(
    [
        "BEING HEALTHYOutcome / KPI / Baseline / Target 06/07 / Actual 06/07 / Traffic Light / Comments",
        "Percentage of Hertfordshire schools achieving Healthy School Status by 2009 / 0% / 60% / 55% "
        "schools to achieve Status by July 2007",
        "(+ 14% of schools with old style Healthy School Status) / Good progress reported with LAA target",
        "Percentage of 5 to 16 year olds who travel to school using sustainable modes of transport / 56.5% / "
        "58% / 66% / LAA Year 1 target exceeded",
    ]
)


def test_a_row_whose_label_cell_holds_a_value_gives_no_item() -> None:
    """A row starting at the wrong cell puts "56.5%" where a label stands: a value names nothing."""
    found = read(HERTFORDSHIRE)
    assert all(re.search(r"[A-Za-z]{2}", item.label) for item in [*found.indicators, *found.priorities])
    assert "56.5%" not in [item.label for item in [*found.indicators, *found.actions, *found.priorities]]


#: Devon's Children's Improvement Plan 2015/16, priority 5: its milestones grouped by when they fall,
#: https://new.devon.gov.uk/childrens-improvement-plan/priorities-for-201516/priority5
DEVON = """Milestones and outcomes

By September 2015

  • Corporate Parenting Board established with children/young people engagement
  • New Fostering structure in place

By December 2015

  • Children placed through adoption increased to 14%
"""


def test_milestones_grouped_by_when_they_fall_are_measures() -> None:
    """ "Milestones and outcomes" leads in dated milestones (measures of progress); "By December 2015"
    groups the list, it neither ends it nor is an item."""
    found = read(DEVON)
    assert [i.label[:26] for i in found.indicators] == [
        "Corporate Parenting Board ",
        "New Fostering structure in",
        "Children placed through ad",
    ]
    assert not found.outcomes and not found.priorities
