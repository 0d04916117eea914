"""The Lambeth Children's Directorate Plan 2020/21 loader, on the bundled plan and on small snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.documents.document import read_document
from councilkg.errors import LoaderError
from councilkg.loaders import find_loader, get_loader
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.model import Extraction, MeasureType, OwnerKind, OwnerRole
from tests.conftest import LAMBETH_2020


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    """The bundled plan, extracted once."""
    document = read_document(LAMBETH_2020)
    return find_loader(document).load(document)


def test_sniff_picks_this_loader_only_for_this_layout(tmp_path: Path) -> None:
    """The loader claims the 2020/21 plan and nothing else."""
    loader = get_loader("lambeth-directorate-2020")
    assert loader.sniff(read_document(LAMBETH_2020)) == 1.0
    other = tmp_path / "other.txt"
    other.write_text("Some other council's plan\nRef\tActivity\n", encoding="utf-8")
    assert loader.sniff(read_document(other)) == 0.0


def test_plan_vision_and_structure(extraction: Extraction) -> None:
    """Plan metadata, vision, three divisions and their directors holding posts."""
    plan = extraction.plan
    assert (plan.authority, plan.slug, plan.start_year, plan.end_year) == (
        "lambeth",
        "childrens-directorate-plan-2020-21",
        2020,
        2021,
    )
    assert extraction.vision is not None and extraction.vision.source_line == 42
    assert extraction.vision.text.startswith("ambitious every day for every child")
    holders = {post.title: post.holder for post in extraction.posts}
    assert holders == {
        "Strategic Director, Children's Services": "Merlin Joseph",
        "Director, Children's Social Care": "Alex Kubeyinje",
        "Director, Commissioning and Community Safety": "Abi Onaboye",
        "Director, Education and Learning": "Cathy Twist",
    }
    divisions = {u.name for u in extraction.units if u.parent == "Children's Services"}
    assert divisions == {
        "Children's Social Care",
        "Commissioning and Community Safety",
        "Education and Learning",
    }
    services = {u.name: u.parent for u in extraction.units if u.parent in divisions}
    assert services["Youth Offending"] == "Commissioning and Community Safety"


def test_objectives_and_borough_plan_goals(extraction: Extraction) -> None:
    """Six objectives; misprinted goal numbers ("2,2") are read as goals; values are outcomes too."""
    refs = [p.ref for p in extraction.priorities]
    assert refs == [f"CSOB0{n}" for n in range(1, 7)]
    csob01 = extraction.priorities[0]
    assert [link.key for link in csob01.contributes_to] == [
        "goal-2-1",
        "goal-2-2",
        "goal-2-3",
        "goal-2-4",
        "goal-3-1",
        "goal-3-2",
    ]
    assert [link.key for link in extraction.priorities[5].contributes_to] == [
        "value-for-money",
        "collaborating",
    ]
    outcomes = {o.key: o for o in extraction.outcomes}
    assert outcomes["goal-3-3"].broader == "pillar-3"


def test_all_key_activities_with_owners_and_objectives(extraction: Extraction) -> None:
    """36 numbered activities plus the unnumbered one, with split owners and normalised objectives."""
    numbered = [a for a in extraction.actions if a.ref]
    assert [a.ref for a in numbered] == [f"CSKA{n:02d}" for n in range(1, 37)]
    unnumbered = [a for a in extraction.actions if not a.ref]
    assert len(unnumbered) == 1 and unnumbered[0].source_line == 149
    by_ref = {a.ref: a for a in numbered}
    cska12 = by_ref["CSKA12"]
    responsible = [o.name for o in cska12.owners if o.role is OwnerRole.RESPONSIBLE]
    assert responsible == ["Alex Kubeyinje", "Abi Onaboye"]
    assert [o.name for o in cska12.owners if o.role is OwnerRole.LEAD_MEMBER] == ["Cllr Dyer"]
    assert cska12.supports == ["csob05"]
    assert by_ref["CSKA03"].supports == ["csob01", "csob02", "csob04"]
    assert [o.name for o in by_ref["CSKA26"].owners if o.role is OwnerRole.LEAD_MEMBER] == [
        "Cllr Seedat",
        "Cllr Dyer",
    ]


def test_all_directors_expand_to_the_director_posts(extraction: Extraction) -> None:
    """ "All Children's Services Directors / Adult services" names the three director posts and a unit."""
    cska09 = next(a for a in extraction.actions if a.ref == "CSKA09")
    owners = [(o.name, o.kind) for o in cska09.owners if o.role is OwnerRole.RESPONSIBLE]
    assert owners == [
        ("Director, Children's Social Care", OwnerKind.POST),
        ("Director, Commissioning and Community Safety", OwnerKind.POST),
        ("Director, Education and Learning", OwnerKind.POST),
        ("Adult services", OwnerKind.UNIT),
    ]


def test_activity_whose_objective_cell_holds_a_goal_is_a_gap(extraction: Extraction) -> None:
    """CSKA24's objective cell holds "Goal 2.2": it supports no objective, keeps the goal, and is warned."""
    cska24 = next(a for a in extraction.actions if a.ref == "CSKA24")
    assert cska24.supports == []
    assert {link.key for link in cska24.related_outcomes} == {"goal-2-2", "goal-3-2"}
    assert any(w.line == 134 for w in extraction.warnings)


def test_indicators_with_outturns_units_and_owners(extraction: Extraction) -> None:
    """Every indicator row, its code, owner, group and 2019/20 outturn; "New indicator" kept raw."""
    kpis = [i for i in extraction.indicators if i.indicator_type != "Workforce"]
    assert len(kpis) == 31
    se180 = next(i for i in kpis if i.ref == "SE180")
    assert [o.name for o in se180.owners] == ["Cathy Twist"]
    (outturn,) = se180.observations
    assert (outturn.measure_type, outturn.period, outturn.value, outturn.unit, outturn.raw_value) == (
        MeasureType.OUTTURN,
        "2019/20",
        Decimal("56.1"),
        "percent",
        "56.1%",
    )
    new = next(i for i in kpis if i.label == "Early help assessments per 10,000 population")
    assert new.ref is None and new.observations[0].raw_value == "New indicator"
    assert new.observations[0].value is None
    assert se180.section == "Education"
    ri30 = next(i for i in kpis if i.ref == "RI.30")
    assert ri30.observations[0].unit == "rate" and ri30.section == "Commissioning and Community Safety"


def test_risks_with_ratings_and_owners(extraction: Extraction) -> None:
    """Twelve risks; "(16)" is 16; each has its owner."""
    assert len(extraction.risks) == 12
    risks = {r.ref: r for r in extraction.risks}
    assert (risks["CSSR0005"].rating, risks["CSSR0005"].target_rating) == (32, 8)
    assert [o.name for o in risks["CSSR0005"].owners] == ["Merlin Joseph"]
    assert risks["CSSR0002"].rating == 16
    assert [o.name for o in risks["CSSR0015"].owners] == ["Alex Kubeyinje"]


def test_finance_tables(extraction: Extraction) -> None:
    """Budget rows with signed amounts, savings in pounds from £'000 columns, contracts with dates."""
    budget = {b.label: b for b in extraction.budget_lines}
    assert len(budget) == 6
    net = {a.amount_type: a.value for a in budget["Children's Services (GF) Total"].amounts}
    assert net["Total Net Expenditure"] == Decimal("69846000")
    assert net["Total Income"] == Decimal("-10871000")
    savings = {s.ref: s for s in extraction.savings}
    ifa = {a.amount_type: a.value for a in savings["17.18.CHN-002"].amounts}
    assert ifa["2020/21 Saving £'000"] == Decimal("380000")
    assert ifa["2020/21 Budget less Committed future Savings £'000"] == Decimal("7668000")
    contracts = {c.label: c for c in extraction.contracts}
    assert len(contracts) == 13
    assert contracts["Youth and Play"].end_date == (2022, 10)
    assert [
        o.name for o in contracts["Universal health services: Health visiting, school nursing, FNP"].owners
    ] == [
        "Ruth Hutt",
        "Abi Onaboye",
    ]


def test_workforce_snapshot_becomes_indicators(extraction: Extraction) -> None:
    """The Dec 2019 workforce snapshot gives indicators with 2019/20 outturns."""
    workforce = [i for i in extraction.indicators if i.indicator_type == "Workforce"]
    assert len(workforce) == 10
    agency = next(i for i in workforce if i.label.startswith("Agency staff"))
    assert agency.observations[0].raw_value == "146 (25.26%)"
    assert agency.observations[0].period == "2019/20"


def test_every_item_points_at_its_own_line(extraction: Extraction) -> None:
    """Each activity, risk and indicator's source line is the line that prints it."""
    lines = LAMBETH_2020.read_text(encoding="utf-8").splitlines()
    for action in extraction.actions:
        assert action.label[:40] in lines[action.source_line - 1]
        if action.ref:
            assert lines[action.source_line - 1].startswith(action.ref)
    for risk in extraction.risks:
        assert lines[risk.source_line - 1].startswith(risk.ref)
    for indicator in extraction.indicators:
        assert indicator.label[:30] in lines[indicator.source_line - 1]


def test_missing_section_is_a_loader_error(tmp_path: Path) -> None:
    """A plan of this layout with its key-activities section cut off fails naming the section."""
    text = LAMBETH_2020.read_text(encoding="utf-8")
    cut = text[: text.index("Key Activities")]
    broken = tmp_path / "cut.txt"
    broken.write_text(cut + "\nCSKA01 and CSOB01 mentioned\n", encoding="utf-8")
    document = read_document(broken)
    with pytest.raises(LoaderError, match="Key Activities"):
        get_loader("lambeth-directorate-2020").load(document)


def test_every_table_row_is_placed(extraction: Extraction) -> None:
    """The extraction report lists no table row of the plan as unplaced; headers are read as headers."""
    coverage = coverage_of(extraction, read_document(LAMBETH_2020))
    assert coverage.unplaced_table_rows == ()
    assert coverage.placed_as["table header"] >= 21  # every repeat of a header after a page break
    assert coverage.percent > 75


def test_foreword_signature_is_the_strategic_director(extraction: Extraction) -> None:
    """The foreword's signature (name line, post line) gives the Strategic Director's post once."""
    posts = [post for post in extraction.posts if post.title == "Strategic Director, Children's Services"]
    assert [(post.holder, post.source_line) for post in posts] == [("Merlin Joseph", 34)]
    assert extraction.placed[36] == "post"
