"""The generic loader: tables, table kinds, heading attachment, identity guesses, and the Northmoor plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.data import bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.errors import UnknownLayoutError
from councilkg.loaders import find_loader, get_loader
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.generic.calibration import rule_confidence
from councilkg.loaders.generic.engine import GenericLoader, load_with_profile
from councilkg.loaders.generic.rows import undated_periods
from councilkg.loaders.generic.tablekinds import readable_tables, table_kind
from councilkg.loaders.model import (
    Extraction,
    MeasureType,
    OutcomeLink,
    OwnerKind,
    OwnerRole,
    PlanInfo,
    Reading,
)
from councilkg.loaders.parsing.columns import classify_header, map_columns
from councilkg.loaders.parsing.planguess import guess_council
from councilkg.loaders.parsing.tablefinder import find_tables, header_columns

NORTHMOOR = Path(__file__).resolve().parents[2] / "data" / "generic" / "northmoor-cypp-2010-13.txt"


def doc(text: str, name: str = "snippet.txt") -> Document:
    """A document of literal lines."""
    return Document.from_text(name, text)


@pytest.fixture(scope="module")
def northmoor() -> Extraction:
    """The Northmoor plan as the loader that claims it reads it."""
    document = read_document(NORTHMOOR)
    return find_loader(document).load(document)


# --- choosing the loader ------------------------------------------------------------------------


def test_generic_is_registered_and_reads_northmoor(northmoor: Extraction) -> None:
    """No specific loader claims the Northmoor plan, so the generic fallback reads it."""
    assert get_loader("generic").name == "generic"
    assert northmoor.loader == "generic"


@pytest.mark.parametrize("plan", bundled_plans(), ids=lambda plan: plan.path.stem)
def test_bundled_plans_keep_their_specific_loader(plan) -> None:  # type: ignore[no-untyped-def]
    """The four bundled plans are still read by their own loaders, though they have tables too."""
    assert find_loader(read_document(plan.path)).name != "generic"


def test_prose_without_plan_items_is_refused() -> None:
    """A file of prose states no plan item: the generic engine takes it and says what it looked for."""
    prose = doc("Shopping list\n\nWe went to the market on Saturday.\n\n- eggs\n- milk\n")
    assert find_loader(prose).name == "generic"
    looked_for = r"no plan items found \(looked for tables with a header row"
    with pytest.raises(UnknownLayoutError, match=looked_for):
        GenericLoader().load(prose)


def test_a_labelled_priority_heading_is_a_plan_item() -> None:
    """With no table, a "Priority 1: …" heading is read, and the bullets under it are its actions."""
    found = GenericLoader().load(doc("Priority 1: Buy bread\n\n- eggs\n- milk\n"))
    assert [(p.ref, p.label) for p in found.priorities] == [("Priority 1", "Buy bread")]
    assert [(a.label, a.supports) for a in found.actions] == [
        ("eggs", ["priority-1"]),
        ("milk", ["priority-1"]),
    ]
    measured = rule_confidence()  # each rule's precision on first contact
    bullet, heading = "list item under a priority", "heading: section rule"
    assert [action.reading for action in found.actions] == [Reading(bullet, measured[bullet])] * 2
    assert found.priorities[0].reading == Reading(heading, measured[heading])


def test_table_of_unknown_columns_is_refused() -> None:
    """A table whose header names no role the loader uses (photos, captions) is no reason to claim a file."""
    text = "Gallery\nPhoto\tCaption\tCredit\nA.jpg\tThe park\tJ. Smith\n"
    assert readable_tables(doc(text)) == []
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        find_loader(doc(text)).load(doc(text))


# --- finding tables ----------------------------------------------------------------------------


def test_header_row_needs_known_short_cells() -> None:
    """Headers are short known headings; a data row (a code, a long label, a value) is not a header."""
    assert header_columns(["PI", "Description", "Baseline", "Target 2010/11", "Actual"], classify_header)
    assert (
        header_columns(["NI 65", "Percentage of children becoming subject", "13.2%"], classify_header) is None
    )
    assert header_columns(["Action", "Photo"], classify_header) is None  # one role of two cells is not enough
    long_action = "Put a maths leader in every primary school below the floor target and review its outcomes"
    assert header_columns([long_action, "Lead officer", "By when"], classify_header) is None


def test_tables_continue_over_blank_lines_and_repeated_headers() -> None:
    """A table split by a page break keeps its rows; a new header starts a table; stray rows stay apart."""
    lines = [
        "Orphan\tcell",
        "Action\tLead officer\tBy when",
        "Audit plans\tHead of Safeguarding\tMarch 2011",
        "",
        "Page 4",
        "Action\tLead officer\tBy when",
        "Recruit staff\tMary Okafor\tJune 2011",
        "Ref\tRisk\tLikelihood\tImpact",
        "R1\tVacancies\t3\t4",
    ]
    layout = find_tables(lines, classify_header)
    assert [
        (table.header_line, table.header_lines, [row.line for row in table.rows]) for table in layout.tables
    ] == [
        (2, [2, 6], [3, 7]),
        (8, [8], [9]),
    ]
    assert [row.line for row in layout.stray_rows] == [1]


def test_unmapped_header_cells_are_listed() -> None:
    """Header cells with no role are reported, so a profile can name them."""
    layout = find_tables(["Action\tPhoto\tBy when", "Audit\tAnn Lee\tMay 2011"], classify_header)
    assert layout.tables[0].unmapped == [(1, "Photo")]


# --- what a table holds ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, kind",
    [
        (["Action", "Lead officer", "By when"], "actions"),
        (["Key activity", "Responsible officer"], "actions"),
        (["Description", "Owner"], "actions"),
        (["PI", "Description", "Baseline", "Target 2010/11", "Actual"], "indicators"),
        (["Measure", "Indicator owner"], "indicators"),
        (["Ref", "Risk", "Likelihood", "Impact", "Mitigation", "Risk owner"], "risks"),
        (["Risk", "Rating", "Mitigation"], "risks"),
        (["Priority", "Outcome"], "priorities"),
        (["Grade", "Strengths"], None),
    ],
)
def test_table_kind_from_roles(header: list[str], kind: str | None) -> None:
    """Risk columns make risks, value columns indicators, action/timescale/owner columns actions."""
    found = table_kind(map_columns(header))
    assert (found.value if found else None) == kind


def test_baseline_and_actual_periods() -> None:
    """Baseline: the year before the first target; Actual: the last target's year; else the plan's years."""
    info = PlanInfo("x", "p", "P", "ServicePlan", 2010, 2013, 1)
    columns = map_columns(["PI", "Baseline", "Target 2011/12", "Target 2012/13", "Actual"])
    assert undated_periods(columns, info) == {1: "2010/11", 4: "2012/13"}
    assert undated_periods(map_columns(["PI", "Baseline", "Outturn"]), info) == {1: "2009/10", 2: "2010/11"}


# --- headings ------------------------------------------------------------------------------------

ATTACHMENT = """\
Stay safe
Priority 1: Fewer repeat child protection plans
Action\tLead officer\tBy when
Audit every repeat plan\tHead of Safeguarding\tMarch 2011
Objective 2 - Stable placements
Every Child Matters outcome: Enjoy and achieve
PI\tDescription\tTarget 2010/11
NI 62\tStability of placements\t10%
Appendix A
Action\tLead officer\tBy when
Publish the plan\tHead of Policy\tMay 2010
"""


def test_rows_attach_to_the_nearest_priority_heading() -> None:
    """Rows support (actions) or measure (indicators) the priority heading above them; an appendix ends it."""
    found = load_with_profile(doc(ATTACHMENT))
    assert [(p.key, p.ref, p.label) for p in found.priorities] == [
        ("priority-1", "Priority 1", "Fewer repeat child protection plans"),
        ("objective-2", "Objective 2", "Stable placements"),
    ]
    assert {a.label: a.supports for a in found.actions} == {
        "Audit every repeat plan": ["priority-1"],
        "Publish the plan": [],
    }
    assert [(i.ref, i.measures) for i in found.indicators] == [("NI 62", ["objective-2"])]


def test_ecm_outcomes_from_headings_and_labelled_lines() -> None:
    """An outcome heading ("Stay safe") passes to the priorities below; a labelled line names its own."""
    found = load_with_profile(doc(ATTACHMENT))
    links = {p.key: p.contributes_to for p in found.priorities}
    assert links["priority-1"] == [OutcomeLink("ecm", "stay-safe")]
    assert links["objective-2"] == [OutcomeLink("ecm", "enjoy-and-achieve")]


def test_priority_column_names_the_priority() -> None:
    """A priority column in an action table links each row to that priority, made once."""
    text = "Priority\tAction\tOwner\nStaying safe\tAudit\tAnn Lee\nStaying safe\tTrain staff\tBob Ray\n"
    found = load_with_profile(doc(text))
    assert [(p.label, p.contributes_to) for p in found.priorities] == [
        ("Staying safe", [OutcomeLink("ecm", "stay-safe")])
    ]
    assert [a.supports for a in found.actions] == [["staying-safe"], ["staying-safe"]]


# --- owners, risks -------------------------------------------------------------------------------


def test_name_and_post_owner_is_the_person_holding_the_post() -> None:
    """ "Mary Okafor, Service Manager" is Mary Okafor, who holds the post; posts and people are told apart."""
    text = (
        "Action\tLead officer\nRecruit\tMary Okafor, Service Manager\nAudit\tHead of Safeguarding / Ann Lee\n"
    )
    found = load_with_profile(doc(text))
    owners = [[(o.name, o.kind, o.role) for o in action.owners] for action in found.actions]
    assert owners == [
        [("Mary Okafor", OwnerKind.PERSON, OwnerRole.LEAD_MANAGER)],
        [
            ("Head of Safeguarding", OwnerKind.POST, OwnerRole.LEAD_MANAGER),
            ("Ann Lee", OwnerKind.PERSON, OwnerRole.LEAD_MANAGER),
        ],
    ]
    assert [(post.title, post.holder) for post in found.posts] == [("Service Manager", "Mary Okafor")]
    assert found.people == {"Mary Okafor": 2, "Ann Lee": 3}


def test_printed_rating_wins_over_the_product() -> None:
    """The rating is likelihood x impact unless the plan prints one; a text score is warned about."""
    text = "Ref\tRisk\tLikelihood\tImpact\tRating\nA\tOne\t3\t4\t\nB\tTwo\t3\t4\t(16)\nC\tThree\tHigh\t2\t\n"
    found = load_with_profile(doc(text))
    assert [(r.ref, r.likelihood, r.severity, r.rating) for r in found.risks] == [
        ("A", 3, 4, 12),
        ("B", 3, 4, 16),
        ("C", None, 2, None),
    ]
    assert [w.line for w in found.warnings if "not a number" in w.message] == [4]


# --- identity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, short, full",
    [
        ("Northmoor Borough Council", "Northmoor", "Northmoor Borough Council"),
        ("London Borough of Lambeth", "Lambeth", "London Borough of Lambeth"),
        ("Wessex County Council: Children's Services", "Wessex", "Wessex County Council"),
        ("Royal Borough of Kingston upon Thames", "Kingston", "Royal Borough of Kingston"),
    ],
)
def test_council_names(line: str, short: str, full: str) -> None:
    """The council is read from the usual forms of its name."""
    assert guess_council(["Cover", line]) == (short, full, 2)


def test_council_falls_back_to_the_file_name() -> None:
    """A plan that names no council is filed under its file name's first word, and says so."""
    text = "Action\tLead officer\nAudit\tHead of X\n"
    found = load_with_profile(doc(text, "wessex-plan-2011-14.txt"))
    assert (found.plan.authority, found.plan.authority_label) == ("wessex", "Wessex")
    assert found.guessed["council"].basis == "file name"
    assert (found.plan.start_year, found.plan.end_year) == (2011, 2014)
    assert found.guessed["years"].basis == "file name"


# --- the Northmoor plan ------------------------------------------------------------------------


def test_northmoor_identity_is_guessed_with_lines(northmoor: Extraction) -> None:
    """Council, title, type and years are guessed from the cover, each with the line it came from."""
    plan = northmoor.plan
    assert (plan.authority, plan.authority_label, plan.plan_type, plan.start_year, plan.end_year) == (
        "northmoor",
        "Northmoor",
        "ChildrenAndYoungPeoplesPlan",
        2010,
        2013,
    )
    assert plan.title == "Children and Young People's Plan 2010-2013"
    assert {key: (guess.value, guess.line) for key, guess in northmoor.guessed.items()} == {
        "council": ("Northmoor Borough Council", 1),
        "title": ("Children and Young People's Plan 2010-2013", 2),
        "type": ("ChildrenAndYoungPeoplesPlan", 2),
        "years": ("2010-2013", 2),
    }
    assert northmoor.vision is not None and northmoor.vision.source_line == 5


def test_northmoor_priorities_and_outcomes(northmoor: Extraction) -> None:
    """Three priorities, each contributing to the ECM outcome printed under it."""
    assert [
        (p.ref, p.source_line, [link.key for link in p.contributes_to]) for p in northmoor.priorities
    ] == [
        ("Priority 1", 7, ["stay-safe"]),
        ("Priority 2", 20, ["enjoy-and-achieve"]),
        ("Priority 3", 31, ["economic-wellbeing"]),
    ]


def test_northmoor_actions(northmoor: Extraction) -> None:
    """Six actions with owners (posts and people) and due dates, each supporting its priority."""
    actions = {action.source_line: action for action in northmoor.actions}
    assert len(actions) == 6
    recruit = actions[13]
    assert recruit.label == "Recruit and retain permanent social workers"
    assert recruit.due == (2010, 9) and recruit.timescale == "September 2010"
    assert [(o.name, o.kind) for o in recruit.owners] == [("Mary Okafor", OwnerKind.PERSON)]
    assert recruit.supports == ["priority-1"]
    home = actions[14]
    assert (home.timescale, home.due) == ("2011/12", None)  # a year range is no due date; the text is kept
    assert [(o.name, o.kind) for o in home.owners] == [("Head of Looked After Children", OwnerKind.POST)]
    assert actions[35].supports == ["priority-3"] and actions[35].due == (2011, 4)


def test_northmoor_indicators(northmoor: Extraction) -> None:
    """Five NI indicators with baseline, target and actual values by period, measuring their priorities."""
    by_ref = {indicator.ref: indicator for indicator in northmoor.indicators}
    assert sorted(by_ref) == ["NI 117", "NI 62", "NI 65", "NI 73", "NI 75"]
    ni65 = by_ref["NI 65"]
    assert ni65.national_codes == [("ni", "65")] and ni65.measures == ["priority-1"]
    assert [(o.measure_type, o.period, o.value, o.unit, o.raw_value) for o in ni65.observations] == [
        (MeasureType.OUTTURN, "2009/10", Decimal("13.2"), "percent", "13.2%"),
        (MeasureType.TARGET, "2010/11", Decimal("10"), "percent", "10%"),
        (MeasureType.OUTTURN, "2010/11", Decimal("11.5"), "percent", "11.5%"),
    ]
    assert by_ref["NI 117"].measures == ["priority-3"]


def test_northmoor_risks(northmoor: Extraction) -> None:
    """Three risks with likelihood, impact, rating = their product, mitigation and a post as risk owner."""
    assert [(r.ref, r.likelihood, r.severity, r.rating) for r in northmoor.risks] == [
        ("R1", 3, 4, 12),
        ("R2", 4, 3, 12),
        ("R3", 2, 3, 6),
    ]
    owner = northmoor.risks[1].owners[0]
    assert (owner.name, owner.kind, owner.role) == ("Head of Finance", OwnerKind.POST, OwnerRole.RISK_OWNER)
    assert northmoor.risks[0].mitigation and northmoor.risks[0].mitigation.startswith("Recruitment campaign")


def test_northmoor_every_line_is_placed(northmoor: Extraction) -> None:
    """Every non-blank line of the plan is read as something; nothing is warned about."""
    coverage = coverage_of(northmoor, read_document(NORTHMOOR))
    assert coverage.unplaced == ()
    assert northmoor.warnings == []
    assert coverage.placed_as["table header"] == 7


def test_unread_table_and_stray_rows_are_warned_and_left_unplaced() -> None:
    """What the loader cannot read it says, and the coverage report lists it as unplaced."""
    text = "Wessex Plan\nStray\trow\nAction\tLead officer\nAudit\tAnn Lee\nGrade\tStrengths\nGood\tMany\n"
    document = doc(text)
    found = load_with_profile(document)
    assert sorted(w.line for w in found.warnings) == [2, 5]
    unplaced = [line.line for line in coverage_of(found, document).unplaced]
    assert unplaced == [2, 5, 6]


def test_due_dates_parse_day_month_year() -> None:
    """A full date in a timescale column becomes a date."""
    found = load_with_profile(doc("Action\tBy when\nAudit\t31st March 2011\n"))
    assert found.actions[0].due == date(2011, 3, 31)
