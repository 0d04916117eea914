"""Where a plan's golden thread breaks (:func:`find_gaps`), and how complete each plan's threads are
(:func:`completeness`), read from the thread graph of :func:`~councilkg.analysis.threads.load_thread_graph`
without touching the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from councilkg.analysis.threads import (
    ACTION_KINDS,
    INDICATOR_KINDS,
    check_plan,
    display_order,
    natural_key,
    owners_of,
    post_holders,
    spine_reach,
    spine_successors,
)
from councilkg.store.terms import shorten
from councilkg.text import plan_name

GAP_KINDS: dict[str, str] = {
    "action-without-owner": "an action or project names no owner (person, post, unit or partner)",
    "action-without-priority": "an action or project supports no priority, so it hangs off the thread",
    "action-without-outcome": "an action or project supports a priority, but no link leads on to an outcome",
    "priority-without-action": "no action supports the priority or any priority nested under it",
    "priority-without-indicator": "no indicator measures the priority or any priority nested under it",
    "indicator-unlinked": "an indicator measures no priority or outcome",
    "indicator-without-target": "an indicator states no numeric target for any period",
    "indicator-without-owner": "an indicator names no owner",
    "post-without-holder": "a post owns items of the plan but the plan names nobody holding it",
    "objective-unlinked": "an appraisal objective supports an item that is not loaded or reaches no outcome",
}
"""Each kind of gap :func:`find_gaps` reports, with a one-line description; in report order."""


# -- gaps ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """A place where a plan's thread breaks: ``kind`` is a key of :data:`GAP_KINDS`."""

    plan: str | None
    plan_title: str | None
    kind: str
    item: str
    ref: str | None
    label: str
    line: int | None
    detail: str
    council: str | None = None
    """The name of the plan's council ("Lambeth")."""

    @property
    def plan_name(self) -> str | None:
        """Return the plan's council and title, e.g. "Lambeth — Children's Directorate Plan 2020/21"."""
        return plan_name(self.council, self.plan_title)

    def to_dict(self) -> dict[str, Any]:
        """Return the gap as a JSON-ready dict."""
        return {
            "plan": self.plan,
            "plan_title": self.plan_title,
            "council": self.council,
            "kind": self.kind,
            "item": self.item,
            "ref": self.ref,
            "label": self.label,
            "line": self.line,
            "detail": self.detail,
        }


def _name(graph: nx.DiGraph, iri: str) -> str:
    data = graph.nodes[iri]
    return str(data["ref"] or shorten(data["label"], 60))


def _names(graph: nx.DiGraph, iris: Iterable[str], most: int = 5) -> str:
    """Return refs (or short labels) of ``iris`` in display order, at most ``most`` of them."""
    names = [_name(graph, iri) for iri in sorted(iris, key=lambda n: display_order(graph, n))]
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return "; ".join(names[:most]) + more


def _reaching_outcome(graph: nx.DiGraph) -> set[str]:
    """Return every node with a spine path to an outcome (outcomes included)."""
    outcomes = [iri for iri, kind in graph.nodes(data="kind") if kind == "outcome"]
    return spine_reach(graph, outcomes, "down")


def _nested(graph: nx.DiGraph, priority: str) -> set[str]:
    """Return the priority and every priority nested under it (contributing to it, at any depth)."""
    seen, frontier = {priority}, [priority]
    while frontier:
        node = frontier.pop()
        for child in graph.predecessors(node):
            edge = graph.edges[child, node]
            if (
                edge["relation"] == "contributesTo"
                and graph.nodes[child]["kind"] == "priority"
                and child not in seen
            ):
                seen.add(child)
                frontier.append(child)
    return seen


def _sources(graph: nx.DiGraph, targets: set[str], relation: str, kinds: frozenset[str]) -> set[str]:
    return {
        source
        for target in targets
        for source in graph.predecessors(target)
        if graph.edges[source, target]["relation"] == relation and graph.nodes[source]["kind"] in kinds
    }


def _gap(graph: nx.DiGraph, kind: str, iri: str, detail: str, plan: str | None = None) -> Gap:
    data = graph.nodes[iri]
    plan = plan if plan is not None else data["plan"]
    title = graph.graph.get("plans", {}).get(plan) if plan is not None else None
    council = graph.graph.get("councils", {}).get(plan) if plan is not None else None
    return Gap(
        plan,
        title or data["plan_title"],
        kind,
        iri,
        data["ref"],
        data["label"],
        data["line"],
        detail,
        council or data.get("council"),
    )


@dataclass(frozen=True)
class _Survey:
    """What gap checks need to know about the whole graph, worked out once."""

    linked: frozenset[str]  # nodes with a spine path to an outcome
    plans_with_indicators: frozenset[str]

    @classmethod
    def of(cls, graph: nx.DiGraph) -> _Survey:
        return cls(
            frozenset(_reaching_outcome(graph)),
            frozenset(d["plan"] for _, d in graph.nodes(data=True) if d["kind"] == "indicator" and d["plan"]),
        )


def _item_gaps(graph: nx.DiGraph, iri: str, data: dict[str, Any], survey: _Survey) -> list[Gap]:
    """Return the gaps of one action, priority, indicator or objective."""
    kind = data["kind"]
    if kind in ACTION_KINDS:
        return _action_gaps(graph, iri, survey)
    if kind == "priority":
        return _priority_gaps(graph, iri, survey)
    if kind == "indicator":
        return _indicator_gaps(graph, iri, data)
    if kind == "objective":
        return _objective_gaps(graph, iri, survey)
    return []


def _related(graph: nx.DiGraph, iri: str, relation: str) -> list[str]:
    return [t for t in graph.successors(iri) if graph.edges[iri, t]["relation"] == relation]


def _dead_ends(graph: nx.DiGraph, iri: str) -> str:
    """Describe where the spine above ``iri`` stops: the items it reaches that lead nowhere."""
    tops = [n for n in spine_reach(graph, [iri], "up") if n != iri and not spine_successors(graph, n)]
    return f"the thread stops at {_names(graph, tops)}, which leads to no outcome"


def _action_gaps(graph: nx.DiGraph, iri: str, survey: _Survey) -> list[Gap]:
    gaps: list[Gap] = []
    if not owners_of(graph, iri):
        gaps.append(_gap(graph, "action-without-owner", iri, "no owner is named"))
    if not _related(graph, iri, "supports"):
        detail = "supports no priority"
        related = _related(graph, iri, "relatedOutcome")
        if related:
            detail += f"; the plan names related outcome(s) {_goal_names(graph, related)} instead"
        gaps.append(_gap(graph, "action-without-priority", iri, detail))
    elif iri not in survey.linked:
        gaps.append(_gap(graph, "action-without-outcome", iri, _dead_ends(graph, iri)))
    return gaps


def _priority_gaps(graph: nx.DiGraph, iri: str, survey: _Survey) -> list[Gap]:
    gaps: list[Gap] = []
    family = _nested(graph, iri)
    where = f" (nor any of the {len(family) - 1} priorities nested under it)" if len(family) > 1 else ""
    if not _sources(graph, family, "supports", ACTION_KINDS):
        gaps.append(_gap(graph, "priority-without-action", iri, f"no action supports it{where}"))
    if not _sources(graph, family, "measures", INDICATOR_KINDS):
        detail = f"no indicator measures it{where}"
        outcomes = {n for n in spine_reach(graph, [iri], "up") if graph.nodes[n]["kind"] == "outcome"}
        plan = graph.nodes[iri]["plan"]
        measuring = {
            i
            for i in _sources(graph, outcomes, "measures", INDICATOR_KINDS)
            if graph.nodes[i]["plan"] == plan
        }
        if measuring:
            detail += (
                f"; {len(measuring)} of the plan's indicators measure the outcome(s) it leads to,"
                f" {_goal_names(graph, outcomes)}"
            )
        elif plan not in survey.plans_with_indicators:
            detail += "; the plan states no indicators at all"
        gaps.append(_gap(graph, "priority-without-indicator", iri, detail))
    return gaps


def _indicator_gaps(graph: nx.DiGraph, iri: str, data: dict[str, Any]) -> list[Gap]:
    gaps: list[Gap] = []
    if not spine_successors(graph, iri):
        gaps.append(_gap(graph, "indicator-unlinked", iri, "measures no priority or outcome"))
    if not data.get("has_target"):
        cells = graph.graph.get("targets", {}).get(iri, [])
        printed = "; ".join(f"{period or 'no period'}: {raw!r}" for period, raw, _ in cells)
        detail = f"target cells print no number: {printed}" if cells else "no target is stated"
        gaps.append(_gap(graph, "indicator-without-target", iri, detail))
    if not owners_of(graph, iri):
        gaps.append(_gap(graph, "indicator-without-owner", iri, "no indicator owner is named"))
    return gaps


def _objective_gaps(graph: nx.DiGraph, iri: str, survey: _Survey) -> list[Gap]:
    dangling: list[tuple[str, str]] = graph.graph.get("dangling", {}).get(iri, [])
    missing = sorted(target for relation, target in dangling if relation == "supports")
    if missing:
        detail = f"supports {', '.join(missing)}, which is not in the store (load its plan)"
    elif not _related(graph, iri, "supports"):
        detail = "supports nothing"
    elif iri not in survey.linked:
        detail = _dead_ends(graph, iri)
    else:
        return []
    return [_gap(graph, "objective-unlinked", iri, detail)]


def _goal_names(graph: nx.DiGraph, outcomes: Iterable[str]) -> str:
    return "; ".join(
        f"{graph.nodes[o]['label']!r}" for o in sorted(outcomes, key=lambda n: graph.nodes[n]["label"])
    )


def _post_gaps(graph: nx.DiGraph, plan: str | None) -> list[Gap]:
    """Return one gap per (plan, post) where a post owns the plan's items and nobody holds it."""
    owned: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, agent, relation in graph.edges(data="relation"):
        item_plan = graph.nodes[item]["plan"]
        if relation != "owner" or graph.nodes[agent]["kind"] != "post" or item_plan is None:
            continue
        if (plan is None or item_plan == plan) and not post_holders(graph, agent):
            owned[item_plan, agent].add(item)
    gaps = []
    for (item_plan, post), items in owned.items():
        lines = [graph.nodes[i]["line"] for i in items if graph.nodes[i]["line"] is not None]
        detail = f"owns {len(items)} item(s): {_names(graph, items)}"
        gap = _gap(graph, "post-without-holder", post, detail, plan=item_plan)
        gaps.append(
            Gap(
                gap.plan,
                gap.plan_title,
                gap.kind,
                gap.item,
                gap.ref,
                gap.label,
                min(lines, default=None),
                detail,
                gap.council,
            )
        )
    return gaps


def find_gaps(graph: nx.DiGraph, plan: str | None = None) -> list[Gap]:
    """Find where threads break (see :data:`GAP_KINDS`).

    A post's gap (``post-without-holder``) is reported once per plan whose items the post owns;
    its ``line`` is the first line of those items. Find gaps on the whole graph and
    :func:`mark_gaps` a view of it: a view lacks links (an indicator, a sibling action) that close gaps.

    Args:
        graph: a thread graph from :func:`load_thread_graph`.
        plan: only the gaps of this plan (an IRI); ``None`` for every plan.

    Returns:
        The gaps, sorted by plan, kind (in :data:`GAP_KINDS` order), source line and ref.

    Raises:
        ThreadError: ``plan`` is not a plan of the graph.
    """
    if plan is not None:
        check_plan(graph, plan)
    survey = _Survey.of(graph)
    gaps = [
        gap
        for iri, data in graph.nodes(data=True)
        if plan is None or data["plan"] == plan
        for gap in _item_gaps(graph, iri, data, survey)
    ]
    gaps += _post_gaps(graph, plan)
    order = list(GAP_KINDS)
    return sorted(
        gaps,
        key=lambda g: (
            g.plan or "",
            order.index(g.kind),
            g.line is None,
            g.line or 0,
            natural_key(g.ref),
            g.item,
        ),
    )


def mark_gaps(graph: nx.DiGraph, gaps: Iterable[Gap]) -> None:
    """Set each gap's node's ``gaps`` attribute to the sorted kinds of its gaps; returns nothing.

    Nodes not in ``graph`` (gaps found on a larger graph) are skipped; earlier marks are replaced.
    """
    kinds: dict[str, set[str]] = defaultdict(set)
    for gap in gaps:
        kinds[gap.item].add(gap.kind)
    order = list(GAP_KINDS)
    for iri, found in kinds.items():
        if iri in graph:
            graph.nodes[iri]["gaps"] = sorted(
                found, key=lambda k: order.index(k) if k in order else len(order)
            )


# -- completeness -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Completeness:
    """How many of a plan's actions (projects included) have an owner and a path to an outcome."""

    plan: str
    plan_title: str | None
    actions: int
    complete: int
    score: float
    council: str | None = None
    """The name of the plan's council ("Lambeth")."""

    @property
    def plan_name(self) -> str | None:
        """Return the plan's council and title, e.g. "Lambeth — Children's Directorate Plan 2020/21"."""
        return plan_name(self.council, self.plan_title)

    def to_dict(self) -> dict[str, Any]:
        """Return the row as a JSON-ready dict."""
        return {
            "plan": self.plan,
            "plan_title": self.plan_title,
            "council": self.council,
            "actions": self.actions,
            "complete": self.complete,
            "score": self.score,
        }


def completeness(graph: nx.DiGraph) -> list[Completeness]:
    """Score each plan's threads.

    Returns:
        One row per plan with items, sorted by plan IRI: the number of actions (projects
        included), how many have at least one owner AND a spine path to a ``ckg:Outcome``, and
        their share (0 when the plan has no actions).
    """
    linked = _reaching_outcome(graph)
    plans: dict[str, str | None] = dict(graph.graph.get("plans", {}))
    councils: dict[str, str | None] = dict(graph.graph.get("councils", {}))
    counts: dict[str, list[int]] = {plan: [0, 0] for plan in plans}
    for iri, data in graph.nodes(data=True):
        if data["kind"] not in ACTION_KINDS or data["plan"] is None:
            continue
        plans.setdefault(data["plan"], data["plan_title"])
        councils.setdefault(data["plan"], data.get("council"))
        tally = counts.setdefault(data["plan"], [0, 0])
        tally[0] += 1
        tally[1] += bool(owners_of(graph, iri)) and iri in linked
    return [
        Completeness(
            plan, plans[plan], total, complete, complete / total if total else 0.0, councils.get(plan)
        )
        for plan, (total, complete) in sorted(counts.items())
    ]
