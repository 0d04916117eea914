"""What the pages of a plan, an authority, an owner and a national code show, on the bundled plans."""

from __future__ import annotations

from councilkg.analysis.authorities import AuthorityPlans
from councilkg.analysis.describe import describe_item
from councilkg.analysis.overviews import CodeOverview, Overviewed, overview_of, plan_overview
from councilkg.analysis.ownership import OwnerReport
from councilkg.analysis.threads import ThreadNode
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])


def _overview(store: EmbeddedStore, iri: str) -> Overviewed | None:
    item = describe_item(store, iri)
    assert item is not None
    return overview_of(store, item)


def _walk(node: ThreadNode) -> list[ThreadNode]:
    return [node, *(below for child in node.children for below in _walk(child))]


def test_a_plans_tree_starts_at_its_top_priorities_and_reaches_its_actions(
    memory_store: EmbeddedStore,
) -> None:
    plan = plan_overview(memory_store, LAMBETH_2020)
    assert plan is not None
    assert [branch.tree.ref for branch in plan.branches] == [
        "CSOB01",
        "CSOB02",
        "CSOB03",
        "CSOB04",
        "CSOB05",
        "CSOB06",
    ]
    assert all(branch.tree.kind == "priority" for branch in plan.branches)
    below = {node.ref for branch in plan.branches for node in _walk(branch.tree)}
    assert "CSKA12" in below
    csob05 = next(branch for branch in plan.branches if branch.tree.ref == "CSOB05")
    assert "CSKA12" in {child.ref for child in csob05.tree.children}
    assert all(
        iri.startswith(str(ID["framework/"])) for branch in plan.branches for iri, _ in branch.outcomes
    )
    assert plan.completeness is not None and (plan.completeness.actions, plan.completeness.complete) == (
        37,
        36,
    )
    counts = {kind: count for kind, _, count in plan.gap_counts()}
    assert counts["action-without-priority"] == 1 and counts["indicator-without-target"] == 41
    assert all(gap.plan == LAMBETH_2020 for gap in plan.gaps)
    flagged = {gap for branch in plan.branches for node in _walk(branch.tree) for gap in node.gaps}
    assert "priority-without-indicator" in flagged


def test_a_plan_cited_but_not_loaded_has_no_tree(memory_store: EmbeddedStore) -> None:
    assert plan_overview(memory_store, str(ID["plan/lambeth/community-strategy"])) is None
    assert _overview(memory_store, str(ID["plan/lambeth/community-strategy"])) is None


def test_an_authoritys_page_lists_its_loaded_plans(memory_store: EmbeddedStore) -> None:
    found = _overview(memory_store, str(ID["authority/lambeth"]))
    assert found is not None and isinstance(found.overview, AuthorityPlans)
    assert [(p.start_year, p.end_year) for p in found.overview.plans] == [(2007, 2010), (2020, 2021)]
    assert found.overview.gss == "E09000022"
    assert LAMBETH_2020 in found.covered


def test_a_persons_page_lists_what_they_own(memory_store: EmbeddedStore) -> None:
    found = _overview(memory_store, str(ID["person/alex-kubeyinje"]))
    assert found is not None and isinstance(found.overview, OwnerReport)
    refs = {item.ref for item in found.overview.items}
    assert {"CSKA12", "CSKA09", "RI.58"} <= refs
    assert found.overview.posts == ("Director, Children's Social Care",)
    assert f"{LAMBETH_2020}/action/cska12" in found.covered


def test_a_national_code_is_shown_across_authorities(memory_store: EmbeddedStore) -> None:
    found = _overview(memory_store, str(ID["indicator-set/ni/59"]))
    assert found is not None and isinstance(found.overview, CodeOverview)
    code = found.overview
    assert [(s.plan_short, s.match) for s in code.series] == [
        ("Herefordshire 2009-11", "direct"),
        ("Lambeth 2020-21", "relatedMatch"),
    ]
    assert code.periods == ("2007/08", "2009/10", "2010/11", "2019/20")
    herefordshire, lambeth = code.series
    assert code.cell(herefordshire, "2009/10", "Target") == "65%"
    assert code.cell(herefordshire, "2007/08", "Comparator") == "71.1% (SN Group)"
    assert code.cell(lambeth, "2019/20", "Outturn") == "93.71%"
    assert code.cell(lambeth, "2009/10", "Target") == ""


def test_an_action_has_no_overview(memory_store: EmbeddedStore) -> None:
    assert _overview(memory_store, f"{LAMBETH_2020}/action/cska12") is None
