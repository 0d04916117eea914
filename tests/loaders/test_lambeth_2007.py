"""The Lambeth CYPS Service Plan 2007-10 loader, on the bundled plan and on small snippets."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders import get_loader
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.model import Action, Extraction, MeasureType, OwnerKind, OwnerRole
from councilkg.loaders.parsing.matching import best_word_match
from councilkg.loaders.parsing.owners import same_unit
from councilkg.text import clean_text

PLAN = bundled_plan("lambeth-cyps-service-plan-2007-10.txt").path
PLAN_LINES = PLAN.read_text(encoding="utf-8").splitlines()
LOADER = get_loader("lambeth-service-plan-2007")
SOCIAL_CARE = "Divisional Director, Social Care"
INCLUSION = "Divisional Director, Inclusion and Standards"
COMMISSIONING = "Divisional Director, Commissioning and Performance"


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN)


@pytest.fixture(scope="module")
def extraction(document: Document) -> Extraction:
    """The bundled plan, extracted once."""
    return LOADER.load(document)


def action(extraction: Extraction, label: str) -> Action:
    """Return the one action labelled ``label``."""
    (found,) = [a for a in extraction.actions if a.label == label]
    return found


def owner_names(item: Action) -> list[str]:
    """Return the names of an action's owners, in order."""
    return [owner.name for owner in item.owners]


def snippet(*rows: str) -> Extraction:
    """Return the extraction of a small plan holding only a title and an action plan with ``rows``."""
    text = "\n".join(
        [
            "# **Lambeth Children and Young People's Service**",
            "## **Service Plan 2007-10**",
            "## 9. Action Plan and Targets",
            "<b>Priorities</b>\t<b>Action Plan &amp; Targets</b>\t<b>Date</b>\t<b>Responsible Division</b>",
            *rows,
            "## Appendix 3",
        ]
    )
    return LOADER.load(Document.from_text("snippet.txt", text + "\n"))


# -- sniff and plan ------------------------------------------------------------------------------


def test_sniff_claims_this_plan_only(document: Document) -> None:
    """The loader claims the 2007-10 service plan and none of the other bundled plans."""
    assert LOADER.sniff(document) == 1.0
    others = [path for path in PLAN.parent.glob("*.txt") if path != PLAN]
    assert len(others) == 3
    for path in others:
        assert LOADER.sniff(read_document(path)) < 0.2, path.name


def test_plan_info_and_the_plans_it_draws_on(extraction: Extraction) -> None:
    """Authority, slug, type, years, title line, and the four plans it draws on."""
    plan = extraction.plan
    assert (plan.authority, plan.slug, plan.plan_type, plan.start_year, plan.end_year) == (
        "lambeth",
        "cyps-service-plan-2007-10",
        "ServicePlan",
        2007,
        2010,
    )
    assert plan.title == "Lambeth Children and Young People's Service — Service Plan 2007-10"
    assert plan.source_line == 5
    assert [(c.slug, c.label, c.plan_type) for c in plan.draws_on] == [
        ("cypp-2007-10", "Children and Young People's Plan 2007-10", "ChildrenAndYoungPeoplesPlan"),
        ("corporate-plan-2007-10", "Corporate Plan 2007-10", "CorporatePlan"),
        ("local-area-agreement", "Local Area Agreement", "LocalAreaAgreement"),
        ("community-strategy", "Community Strategy", "CommunityStrategy"),
    ]


def test_missing_title_is_a_loader_error() -> None:
    """Text without the "Service Plan YYYY-YY" title cannot be read by this loader."""
    with pytest.raises(LoaderError, match="Service Plan"):
        LOADER.load(Document.from_text("x.txt", "Some plan\n\n## 9. Action Plan and Targets\n"))


def test_vision_and_common_aims(extraction: Extraction) -> None:
    """The vision without its quotes and emphasis; the three common aims of the foreword."""
    assert extraction.vision is not None
    assert extraction.vision.source_line == 68
    assert extraction.vision.text == (
        "We will enable children and young people to be happy, healthy and safe"
        " to achieve their full potential"
    )
    aims = [(p.label, p.source_line) for p in extraction.priorities if p.section == "Common aims"]
    assert aims == [
        ("Safeguarding children and young people", 15),
        ("Raising achievement", 16),
        ("Avoiding risky and harmful behaviour", 17),
    ]


# -- organisation ----------------------------------------------------------------------------------


def test_seven_divisions_in_the_directorate(extraction: Extraction) -> None:
    """The seven divisions of section 1 are units of the service, each on its own line."""
    divisions = [
        (u.name, u.source_line) for u in extraction.units if u.parent == "Children and Young People's Service"
    ]
    assert divisions == [
        ("Standard and Inclusion", 54),
        ("Community Learning", 55),
        ("Commissioning and Performance", 56),
        ("Change Management", 57),
        ("Resources", 58),
        ("Children's Social Care", 59),
        ("Building Schools for the Future (BSF)", 60),
    ]


def test_chart_directors_hold_posts_in_their_divisions(extraction: Extraction) -> None:
    """Each director of the chart holds a post in the division it names, however the names differ."""
    posts = {p.title: (p.holder, p.unit, p.source_line) for p in extraction.posts}
    assert posts[SOCIAL_CARE] == ("Yashi Shah", "Children's Social Care", 386)
    assert posts[INCLUSION] == ("Chris Ashton", "Standard and Inclusion", 381)
    assert posts["Divisional Director, Change Management and TAC"] == (
        "Sandra Morrison",
        "Change Management",
        382,
    )
    assert posts["Divisional Director, Community Learning"] == ("John Readman", "Community Learning", 384)
    assert posts["Executive Director, Children and Young People's Service"] == (
        "Phyllis Dunipace",
        "Children and Young People's Service",
        24,
    )
    assert posts["Divisional Director, Community safety"] == (None, None, 267)
    assert len(posts) == 9
    assert extraction.people == {
        "Phyllis Dunipace": 23,
        "Farrukh Akbar": 380,
        "Chris Ashton": 381,
        "Sandra Morrison": 382,
        "Mike Pocock": 383,
        "John Readman": 384,
        "Doreen Redwood": 385,
        "Yashi Shah": 386,
        "Roy Gopaul": 389,
    }
    assert ("Policy and Planning", 390) in [(u.name, u.source_line) for u in extraction.units]


def test_directors_key_priorities_are_owned_by_their_posts(extraction: Extraction) -> None:
    """39 key priorities of the chart, each owned by its director's post."""
    divisional = [p for p in extraction.priorities if p.section == "Key Divisional Priorities"]
    assert len(divisional) == 39
    shah = [p.label for p in divisional if [o.name for o in p.owners] == [SOCIAL_CARE]]
    assert shah == [
        "Safeguarding children and young people",
        "Further improving stability and security for looked after children",
        "Improving educational attainment of LAC",
        "Maintaining good quality social work practice and decision making",
        "Recruitment and retention of foster carers",
        "Developing and implementing Corporate Parenting",
    ]
    assert all(p.source_line == 386 for p in divisional if p.label in shah[1:])
    assert {o.role for p in divisional for o in p.owners} == {OwnerRole.RESPONSIBLE}


# -- Figure 1 and the action-plan priorities ----------------------------------------------------


def test_shared_priorities_under_their_outcomes(extraction: Extraction) -> None:
    """Figure 1: 18 priorities under five ECM outcomes and Service Management (a plan outcome)."""
    shared = [p for p in extraction.priorities if p.section == "Our Shared Priorities"]
    by_outcome: dict[str, list[str]] = {}
    for priority in shared:
        (link,) = priority.contributes_to
        by_outcome.setdefault(f"{link.scheme}/{link.key}", []).append(priority.label)
    assert {key: len(labels) for key, labels in by_outcome.items()} == {
        "ecm/be-healthy": 3,
        "ecm/stay-safe": 3,
        "ecm/enjoy-and-achieve": 3,
        "ecm/positive-contribution": 3,
        "ecm/economic-wellbeing": 2,
        "lambeth-cyps-shared-priorities/service-management": 4,
    }
    stability = next(p for p in shared if p.label.startswith("Further improve stability"))
    assert stability.source_line == 93
    (outcome,) = extraction.outcomes
    assert (outcome.scheme, outcome.key, outcome.label, outcome.source_line) == (
        "lambeth-cyps-shared-priorities",
        "service-management",
        "Service Management",
        114,
    )


def test_reworded_action_plan_priorities_resolve_to_figure_1(extraction: Extraction) -> None:
    """Rewordings join their Figure 1 priority; two Service Management priorities stand alone."""
    keys = {p.key: p for p in extraction.priorities}
    assert action(extraction, "Increase adoption of LAC to 5.5%").supports == [
        "further-improve-stability-and-security-for-children-looked"
    ]
    assert action(
        extraction, "Establish vfm project group to drive strong vfm agenda throughout the department"
    ).supports == ["further-improve-value-for-money"]
    assert action(extraction, "Reduce turnover of social work staff").supports == [
        "recruit-and-retain-more-social-work-staff"
    ]
    own = [(p.label, p.source_line) for p in extraction.priorities if p.section == "Action Plan and Targets"]
    assert own == [
        ("Continue to ensure services meet needs of all communities", 322),
        ("Preparing CYPS for APA and Joint Area Review", 323),
    ]
    assert [link.key for link in keys["preparing-cyps-for-apa-and-joint-area-review"].contributes_to] == [
        "service-management"
    ]


def test_word_matching_of_rewordings() -> None:
    """A rewording matches its priority; unrelated or ambiguous text matches none."""
    figure = ["Further improve value for money", "Further embed performance & risk management"]
    assert best_word_match("Achieve value for money", figure) == 0
    assert best_word_match("Risk Management", figure) == 1
    assert best_word_match("Preparing CYPS for APA and Joint Area Review", figure) is None
    assert best_word_match("value", ["value", "value"]) is None


def test_unit_names_compared_by_conjuncts() -> None:
    """Names of one unit match by a shared conjunct or a word suffix; a shared first word is not enough."""
    assert same_unit("Commissioning and Strategy", "Commissioning and Performance")
    assert same_unit("Inclusion and Standards", "Standard and Inclusion")
    assert not same_unit("Community safety", "Community Learning")
    assert not same_unit("Resources", "Social Care")


# -- the action plan ---------------------------------------------------------------------------------


def test_every_action_plan_bullet_is_an_action(extraction: Extraction) -> None:
    """56 action-plan bullets, each supporting a priority, with a due month and an owner."""
    planned = [a for a in extraction.actions if a.section == "Action Plan and Targets"]
    assert len(planned) == 56
    assert all(a.supports and a.due and a.owners for a in planned)
    for item in planned:
        printed = clean_text(PLAN_LINES[item.source_line - 1].replace("<sup>", "").replace("</sup>", ""))
        assert item.label[:15] in printed


def test_gold_action_due_priority_and_owner(extraction: Extraction) -> None:
    """ "Increase adoption of LAC to 5.5%": March 2008, the stability priority, the Social Care post."""
    adoption = action(extraction, "Increase adoption of LAC to 5.5%")
    assert (adoption.source_line, adoption.timescale, adoption.due) == (275, "March 2008", (2008, 3))
    assert [(o.name, o.kind, o.role) for o in adoption.owners] == [
        (SOCIAL_CARE, OwnerKind.POST, OwnerRole.RESPONSIBLE)
    ]


def test_bullet_split_across_a_page_break_is_joined(extraction: Extraction) -> None:
    """ "Improve long-term" … "stability of LAC (2.5 years) to 70%", its owner split the same way."""
    item = action(extraction, "Improve long-term stability of LAC (2.5 years) to 70%")
    assert (item.source_line, item.due) == (279, (2008, 3))
    assert owner_names(item) == [SOCIAL_CARE]
    assert not [a for a in extraction.actions if a.label.startswith("stability of LAC")]


def test_continued_cell_pairs_each_bullet_with_its_date_and_owner(extraction: Extraction) -> None:
    """Line 294 ends line 292's bullet and owner, then pairs four bullets with four dates and owners."""
    raise_attendance = action(
        extraction, "Raise level of school attendance in the primary phase to national average or above"
    )
    assert (raise_attendance.source_line, raise_attendance.due) == (292, (2008, 3))
    assert owner_names(raise_attendance) == [INCLUSION]
    on_294 = [(a.label, a.timescale, owner_names(a)) for a in extraction.actions if a.source_line == 294]
    assert on_294 == [
        ("Reduce number of permanent exclusions", "March 2008", [INCLUSION]),
        ("Increase percentage of LAC aged 16 achieving 1 or more GCSEs", "January 2008", [INCLUSION]),
        (
            "Continue to raise attainment levels for under-performing BME groups and narrow gender gap",
            "January 2008",
            [INCLUSION],
        ),
        (
            "Opening of New Michael Tippett School",
            "March 2008",
            ["Divisional Director, Building Schools for the Future (BSF)"],
        ),
    ]


def test_two_dates_separated_by_spaces(extraction: Extraction) -> None:
    """ "March 2008  December 2007" beside two bullets and two owners."""
    on_312 = [(a.label, a.due, owner_names(a)) for a in extraction.actions if a.source_line == 312]
    assert on_312 == [
        ("Develop targets and improvement plans to improve Level 2 and 3 results", (2008, 3), [INCLUSION]),
        ("Re-submit diploma course applications to Gateway for approval", (2007, 12), [INCLUSION]),
    ]
    on_298 = [(a.timescale, owner_names(a)) for a in extraction.actions if a.source_line == 298]
    assert on_298 == [
        ("October 2007", ["Divisional Director, Community Learning"]),
        ("March 2008", ["Divisional Director, Community Learning"]),
    ]


def test_owner_cells_give_posts_and_partners(extraction: Extraction) -> None:
    """Two posts, a post and the PCT, an inherited prefix, a full stop and the split last owner."""
    pregnancy = action(extraction, "Reduce teenage pregnancy rates by 15%")
    assert (owner_names(pregnancy), pregnancy.partners) == (
        ["Divisional Director, Community Learning"],
        ["PCT"],
    )
    foundation = action(extraction, "Improve performance at Foundation Stage and Key Stage 1")
    assert owner_names(foundation) == ["Divisional Director, Community Learning", INCLUSION]
    leaving_care = action(extraction, "Ensure 100% young people leaving care have care plans in place")
    assert owner_names(leaving_care) == [SOCIAL_CARE, "Divisional Director, Community Learning"]
    treatment = next(a for a in extraction.actions if a.source_line == 267)
    assert owner_names(treatment) == ["Divisional Director, Community safety", SOCIAL_CARE]
    equalities = action(extraction, "Complete review and re-establish departmental Equalities Board")
    assert (equalities.source_line, equalities.due, owner_names(equalities)) == (
        322,
        (2008, 10),
        [COMMISSIONING],
    )
    assert owner_names(action(extraction, "Create 3 TAC teams to work in separate localities")) == [
        "Divisional Director, Change Management and TAC"
    ]


def test_post_titles_resolved_to_the_chart_are_warned(extraction: Extraction) -> None:
    """Each differently-named post is warned once, naming both titles; Community safety stays apart."""
    messages = {w.line: w.message for w in extraction.warnings}
    assert "'Divisional Director, Change Management and TAC'" in messages[265]
    assert "'Divisional Director, Commissioning and Strategy'" in messages[314]
    assert "'Divisional Director, Commissioning and Performance'" in messages[314]
    assert "not on the management-structure chart" in messages[267]
    assert len(extraction.warnings) == 6


def test_dated_commitments_of_section_3(extraction: Extraction) -> None:
    """Sentences ending "by March 2008" in section 3 are actions with due dates; "by 2015" has none."""
    commitments = [
        a for a in extraction.actions if a.section and a.section.startswith("Transforming services")
    ]
    assert [(a.source_line, a.due) for a in commitments] == [
        (146, (2008, 3)),
        (152, (2008, 3)),
        (158, (2008, 3)),
        (164, (2008, 3)),
        (170, (2008, 3)),
        (176, None),
    ]
    assert (
        commitments[0].section == "Transforming services: Team Around the Child (TAC) and Lead Professionals"
    )
    assert commitments[5].timescale == "2015"


# -- snippets --------------------------------------------------------------------------------------


def test_snippet_owner_printed_alone_goes_to_the_row_below() -> None:
    """ "\\t\\t\\tDivisional" then "…\\tDirector. Commissioning and Strategy": the owner of the row below."""
    found = snippet(
        "<b>Service management</b>\t\t\t",
        "Risk Management\t<ul><li>Set up a group</li></ul>\tDecember 2007"
        "\tDivisional Director. Commissioning and Strategy",
        "\t\t\tDivisional",
        "",
        "Equalities\t<ul><li>• Review the board</li></ul>\tOctober 2008"
        "\tDirector. Commissioning and Strategy",
    )
    assert [(a.label, a.owners[0].name, a.due) for a in found.actions] == [
        ("Set up a group", "Divisional Director, Commissioning and Strategy", (2007, 12)),
        ("Review the board", "Divisional Director, Commissioning and Strategy", (2008, 10)),
    ]
    assert found.placed[7] == "action-owner"


def test_snippet_continuation_row_without_date() -> None:
    """A row of plain text and an owner fragment continues the bullet and owner above."""
    found = snippet(
        "<b>Stay safe</b>\t\t\t",
        "Keep children safe\t<ul><li>Improve long-term</li></ul>\tMarch 2008\tDivisional",
        "",
        "\tstability of LAC to 70%\t\tDirector, Social Care",
    )
    (item,) = found.actions
    assert (item.label, item.owners[0].name, item.source_line) == (
        "Improve long-term stability of LAC to 70%",
        SOCIAL_CARE,
        6,
    )
    assert found.placed[8] == "action"
    (priority,) = found.priorities
    assert [link.key for link in priority.contributes_to] == ["stay-safe"]


def test_snippet_more_dates_than_bullets_is_warned() -> None:
    """Three dates for two bullets cannot be paired: the whole cell is kept as each timescale."""
    found = snippet(
        "<b>Be Healthy</b>\t\t\t",
        "Be well\t<ul><li>One</li><li>Two</li></ul>\tMay 2008 June 2008 July 2008"
        "\tDivisional Director, Resources",
    )
    assert [a.timescale for a in found.actions] == ["May 2008 June 2008 July 2008"] * 2
    assert any("3 dates printed for 2 actions" in w.message for w in found.warnings)


# -- indicators --------------------------------------------------------------------------------------


def test_every_indicator_with_codes_group_and_values(extraction: Extraction) -> None:
    """41 indicators; two national codes from "PAF A1 (BVPI 49)"; "MR D74" is not national."""
    assert len(extraction.indicators) == 41
    by_ref = {i.ref: i for i in extraction.indicators}
    a1 = by_ref["PAF A1 (BVPI 49)"]
    assert (a1.key, a1.national_codes, a1.source_line) == (
        "paf-a1-bvpi-49",
        [("paf", "a1"), ("bvpi", "49")],
        333,
    )
    assert [link.key for link in a1.measures_outcomes] == ["stay-safe"]
    d74 = by_ref["MR D74"]
    assert d74.national_codes == [] and d74.key == "mr-d74"
    assert [link.key for link in d74.measures_outcomes] == ["service-management"]
    assert [(o.measure_type, o.raw_value, o.period) for o in d74.observations] == [
        (MeasureType.OUTTURN, "11.76", "2006/07")
    ]
    e67 = by_ref["PAF E67"]
    assert (e67.label, e67.section) == ("Children in need with disabilities", "ECONOMIC WELL-BEING")
    a4 = by_ref["PAF A4 (BVPI 161)"]
    assert [link.key for link in a4.measures_outcomes] == ["economic-wellbeing"]
    assert [link.key for link in by_ref["BVPI 197"].measures_outcomes] == ["be-healthy"]


def test_indicator_values_and_raw_only_cells(extraction: Extraction) -> None:
    """Numbers from "£1,000", "-6.6", "0.89"; "not collected", "Pending", "not set", "N/A" raw only."""
    by_ref = {i.ref: i for i in extraction.indicators}
    b8 = {o.measure_type: o for o in by_ref["PAF B8"].observations}
    assert (b8[MeasureType.OUTTURN].value, b8[MeasureType.OUTTURN].unit, b8[MeasureType.OUTTURN].period) == (
        Decimal("946"),
        "GBP",
        "2006/07",
    )
    assert (
        b8[MeasureType.TARGET].raw_value,
        b8[MeasureType.TARGET].value,
        b8[MeasureType.TARGET].period,
    ) == (
        "£1,000",
        Decimal("1000"),
        "2007/08",
    )
    assert by_ref["BVPI 197"].observations[0].value == Decimal("-6.6")
    assert by_ref["BVPI 221B"].observations[0].value == Decimal("0.89")
    raw_only = {o.raw_value for i in extraction.indicators for o in i.observations if o.value is None}
    assert raw_only == {"not collected", "Pending", "not set", "N/A"}
    assert all(o.unit is None for i in extraction.indicators for o in i.observations if o.value is None)


# -- coverage and robustness ----------------------------------------------------------------------


def test_coverage_places_every_table_row(extraction: Extraction, document: Document) -> None:
    """No table row is left unplaced; what stays unplaced is narrative."""
    report = coverage_of(extraction, document)
    assert report.unplaced_table_rows == ()
    assert report.percent > 75
    assert report.placed_as["contents"] == 12
    assert all(not line.text.startswith(("<", "#")) for line in report.unplaced)


@pytest.mark.parametrize("cut", range(0, len(PLAN_LINES) + 1, 10))
def test_truncated_plan_gives_an_extraction_or_loader_error(cut: int) -> None:
    """The plan cut after any tenth line loads (or fails with LoaderError) and converts to triples."""
    document = Document.from_text("cut.txt", "\n".join(PLAN_LINES[:cut]) + "\n")
    with contextlib.suppress(LoaderError):
        extraction_to_graph(LOADER.load(document), document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500))
def test_any_text_after_the_title_gives_an_extraction(text: str) -> None:
    """Whatever follows the title, the loader returns an extraction."""
    document = Document.from_text("x.txt", "## **Service Plan 2007-10**\n" + text)
    assert LOADER.load(document).plan.start_year == 2007


def test_reads_the_plan_from_a_file(tmp_path: Path) -> None:
    """A copy of the plan on disk loads the same as the bundled one."""
    copy = tmp_path / "plan.txt"
    copy.write_bytes(PLAN.read_bytes())
    assert len(LOADER.load(read_document(copy)).actions) == 62
