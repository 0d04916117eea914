"""What the page of a plan, an authority, an owner or a national indicator code shows besides the
item's own statements: a plan's tree of items and its gaps, an authority's plans over the years,
what a person or post owns year by year, and one indicator code's values and targets across
authorities. Every overview reads the public graphs only (private appraisal data never appears).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from councilkg.analysis.authorities import AuthorityPlans, authorities
from councilkg.analysis.describe import ItemDescription
from councilkg.analysis.gaps import GAP_KINDS, Completeness, Gap, completeness, find_gaps, mark_gaps
from councilkg.analysis.indicators import IndicatorSeries, indicator_series
from councilkg.analysis.lookup import find_agents, plans_in
from councilkg.analysis.ownership import OwnerReport, owner_report
from councilkg.analysis.threads import (
    ACTION_KINDS,
    INDICATOR_KINDS,
    ThreadNode,
    display_order,
    load_thread_graph,
    spine_reach,
    spine_successors,
    thread_tree,
)
from councilkg.ontology.vocab import ID_IRI
from councilkg.store.base import Store

AGENT_KINDS = frozenset({"Person", "Post", "OrganisationalUnit", "Partner"})
"""The kinds of item whose page lists what they own."""
_CODE_PREFIX = ID_IRI + "indicator-set/"


@dataclass(frozen=True)
class Branch:
    """One of a plan's top priorities, with what supports and measures it (a thread tree down) and
    the outcomes it serves, as ``(IRI, label)``."""

    tree: ThreadNode
    outcomes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PlanOverview:
    """A plan's items as a tree under its top priorities, the items under none, and its gaps."""

    branches: tuple[Branch, ...]
    unlinked: tuple[ThreadNode, ...]
    """The plan's actions, projects and indicators under none of its priorities."""
    gaps: tuple[Gap, ...]
    completeness: Completeness | None

    def gap_counts(self) -> list[tuple[str, str, int]]:
        """Return ``(kind, what it means, how many)`` for each kind of gap the plan has, in report order."""
        counts: dict[str, int] = {}
        for gap in self.gaps:
            counts[gap.kind] = counts.get(gap.kind, 0) + 1
        return [(kind, meaning, counts[kind]) for kind, meaning in GAP_KINDS.items() if kind in counts]


@dataclass(frozen=True)
class CodeOverview:
    """A national indicator code across authorities: each plan indicator linked to it, with its
    observations, and the periods any of them prints (sorted), for a table side by side."""

    series: tuple[IndicatorSeries, ...]
    periods: tuple[str, ...]
    plan_iris: dict[str, str] = field(default_factory=dict)
    """The IRI of each series' plan, by the plan's title (:attr:`IndicatorSeries.plan`)."""

    def cell(self, series: IndicatorSeries, period: str, measure: str) -> str:
        """Return what ``series`` prints for ``period`` as ``measure`` ("Outturn", "Target"...), joined
        by "; " when it prints several (comparator groups), else an empty string."""
        return "; ".join(
            o.raw + (f" ({o.group})" if o.group else "")
            for o in series.observations
            if o.period == period and o.measure == measure
        )


Overview = PlanOverview | AuthorityPlans | OwnerReport | CodeOverview


@dataclass(frozen=True)
class Overviewed:
    """An overview for a page, and the IRIs it lists (the page's list of links in leaves them out)."""

    overview: Overview
    covered: frozenset[str]


def overview_of(store: Store, item: ItemDescription) -> Overviewed | None:
    """Return what the page of ``item`` shows besides its statements, or ``None`` for a kind with no
    overview: a plan's tree and gaps, an authority's plans, an agent's items, a code's series."""
    if item.kind == "Plan":
        plan = plan_overview(store, item.iri)
        if plan is None:
            return None
        listed = {node.iri for branch in plan.branches for node in _walk(branch.tree)}
        return Overviewed(plan, frozenset(listed | {n.iri for n in plan.unlinked}))
    if item.kind == "Authority":
        found = next((a for a in authorities(store) if a.iri == item.iri), None)
        return None if found is None else Overviewed(found, frozenset(p.iri for p in found.plans))
    if item.kind in AGENT_KINDS:
        agents = find_agents(store, item.iri)
        if not agents:
            return None
        report = owner_report(store, agents[0])
        return Overviewed(report, frozenset(i.iri for i in report.items))
    if item.iri.startswith(_CODE_PREFIX) and "/" in item.iri[len(_CODE_PREFIX) :]:
        series = tuple(indicator_series(store, item.iri))
        if not series:
            return None
        periods = sorted({o.period for s in series for o in s.observations if o.period})
        plan_iris = {plan.title: plan.iri for plan in plans_in(store)}
        code = CodeOverview(series, tuple(periods), plan_iris)
        return Overviewed(code, frozenset(s.indicator for s in series))
    return None


def plan_overview(store: Store, plan: str) -> PlanOverview | None:
    """Return a plan's tree of items, gaps marked, and its gaps; ``None`` when the plan has no items
    in the store (a plan another plan cites but that is not loaded)."""
    graph = load_thread_graph(store, include_private=False, plans=[plan])
    if plan not in graph.graph["plans"]:
        return None
    gaps = find_gaps(graph, plan)
    mark_gaps(graph, gaps)
    own = {iri for iri, data in graph.nodes(data=True) if data["plan"] == plan}
    priorities = {iri for iri in own if graph.nodes[iri]["kind"] == "priority"}
    roots = sorted(
        (p for p in priorities if not priorities.intersection(spine_successors(graph, p))),
        key=lambda iri: display_order(graph, iri),
    )
    branches = tuple(
        Branch(
            thread_tree(graph, root, "down"),
            tuple(
                (o, graph.nodes[o]["label"])
                for o in sorted(spine_successors(graph, root), key=lambda n: display_order(graph, n))
                if graph.nodes[o]["kind"] == "outcome"
            ),
        )
        for root in roots
    )
    reached = spine_reach(graph, roots, "down")
    loose = sorted(
        (iri for iri in own - reached if graph.nodes[iri]["kind"] in ACTION_KINDS | INDICATOR_KINDS),
        key=lambda iri: display_order(graph, iri),
    )
    unlinked = tuple(thread_tree(graph, iri, "down") for iri in loose)
    scores = [c for c in completeness(graph) if c.plan == plan]
    return PlanOverview(branches, unlinked, tuple(gaps), scores[0] if scores else None)


def _walk(node: ThreadNode) -> list[ThreadNode]:
    """Return ``node`` and every node below it."""
    return [node, *(below for child in node.children for below in _walk(child))]
