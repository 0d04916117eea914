"""Golden threads as a networkx graph: who owns what, what supports what, and where the thread breaks.

:func:`load_thread_graph` reads the store once (a few SELECT queries) into an ``nx.DiGraph`` whose
nodes are items (outcomes, priorities, actions, projects, indicators, appraisal objectives) and
agents (people, posts, units, partners), keyed by IRI. Edges point from the lower item to the higher
one (action → priority → outcome, indicator → priority, objective → action) or from an item to its
owner, and from a post to the person holding it; each edge's ``relation`` says which. The *spine*
relations (``supports``, ``contributesTo``, ``measures``) are the thread itself; ``relatedOutcome``
is a side link and ``owner``/``heldBy`` hang people off it.

Everything else here works on that graph without touching the store: views of one thread
(:func:`thread_up`, :func:`thread_down`), of a plan or an owner, a tree for printing
(:func:`thread_tree`); :mod:`councilkg.analysis.gaps` finds where a thread breaks and how
complete each plan's threads are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx
import pyoxigraph as ox

from councilkg.analysis.threadrows import (
    ThreadRows,
    each_of,
    joined,
    kept_thread_rows,
    only_private,
    read_thread_rows,
)
from councilkg.errors import ThreadError
from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX
from councilkg.ontology.vocab import CKG
from councilkg.queries import named_queries
from councilkg.queries.sparqltext import with_values
from councilkg.store.base import Store
from councilkg.store.terms import local_name, term_text

Direction = Literal["up", "down"]

KINDS: tuple[str, ...] = (
    "outcome",
    "priority",
    "indicator",
    "action",
    "project",
    "objective",
    "post",
    "person",
    "unit",
    "partner",
)
"""Node kinds in display order: the order children and owners are sorted in."""

ITEM_KINDS = frozenset({"outcome", "priority", "indicator", "action", "project", "objective"})
AGENT_ORDER = ("post", "person", "unit", "partner")
AGENT_KINDS = frozenset(AGENT_ORDER)
ACTION_KINDS = frozenset({"action", "project"})
INDICATOR_KINDS = frozenset({"indicator"})

SPINE = frozenset({"supports", "contributesTo", "measures"})
"""Relations that make up the thread itself (item → the item it serves)."""

_KIND_OF_CLASS: dict[str, str] = {
    str(CKG.Outcome): "outcome",
    str(CKG.Priority): "priority",
    str(CKG.Action): "action",
    str(CKG.Project): "project",
    str(CKG.Indicator): "indicator",
    str(CKG.AppraisalObjective): "objective",
    str(CKG.Person): "person",
    str(CKG.Post): "post",
    str(CKG.OrganisationalUnit): "unit",
    str(CKG.Partner): "partner",
}
# When an IRI has several of these classes, the first kind listed wins (a Project is also an Action).
_KIND_PRECEDENCE = ("objective", "project", "action", "indicator", "priority", "outcome", *AGENT_ORDER)
_OWNER_ROLE = "owner"


# -- loading ------------------------------------------------------------------------------------


def thread_plans(store: Store, item: str, include_private: bool = True) -> list[str]:
    """Return the plans a golden thread through ``item`` (an IRI) reaches, sorted.

    That is the item's own plan and the plans of every item it leads up to or that leads up to it;
    :func:`load_thread_graph` of these plans has the whole thread through ``item`` and the gaps on it.
    An outcome shared by every plan (an Every Child Matters outcome) reaches every plan.
    """
    query = named_queries()["thread-reach"].text
    rows = store.query(query, {"item": ox.NamedNode(item)}, include_private=include_private).rows
    return sorted({str(term_text(plan)) for _item, plan in rows if plan is not None})


@dataclass(frozen=True)
class ThreadScope:
    """What the thread below an item is read from (:func:`thread_below`)."""

    items: tuple[str, ...]
    """The item, every item that leads up to it, and every item those lead up to, sorted."""
    plans: tuple[str, ...]
    """The plans these items are stated in, sorted."""


def thread_below(store: Store, item: str, include_private: bool = True) -> ThreadScope:
    """Return the items and plans the thread below ``item`` (an IRI) is read from.

    The items are ``item``, every item that leads up to it, and every item those lead up to in
    turn: the other items an action below supports decide its gaps as much as the ones below
    ``item`` do; their plans hold every plan of :func:`thread_plans`. :func:`load_thread_graph` of
    these plans limited to these items gives the thread below ``item`` and its gaps as the plans'
    whole graph gives them, from far fewer rows in a large store (an outcome of 1,100 plans: 150
    items, not the 360 nodes of the three plans).
    """
    queries = named_queries()
    rows = store.query(
        queries["thread-below"].text, {"item": ox.NamedNode(item)}, include_private=include_private
    ).rows
    items = {item, *(str(term_text(below)) for _item, below in rows)}
    plans: set[str] = set()
    frontier = set(items)
    while frontier:
        text = each_of(store, queries["thread-parents"].text, "item", sorted(frontier))
        rows = store.query(text, include_private=include_private).rows
        plans.update(str(term_text(plan)) for _item, _parent, plan in rows if plan is not None)
        frontier = {str(term_text(parent)) for _item, parent, _plan in rows if parent is not None} - items
        items |= frontier
    return ThreadScope(tuple(sorted(items)), tuple(sorted(plans)))


def plan_titles(
    store: Store, include_private: bool = False, plans: Iterable[str] | None = None
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Return the title and the council's name of every plan with items (or of those of ``plans``),
    each keyed by plan IRI: the ``plans`` and ``councils`` of :func:`load_thread_graph`."""
    wanted = None if plans is None else set(plans)
    text = with_values(named_queries()["thread-plans"].text, "plan", wanted)  # not every plan's, at 5M
    rows = store.query(text, include_private=include_private).rows
    plan_rows = sorted(
        (tuple(map(term_text, row)) for row in rows if row[0] is not None),
        key=lambda row: tuple("" if cell is None else cell for cell in row),
    )
    titles = {str(plan): title for plan, title, _council in plan_rows}
    councils = {str(plan): council for plan, _title, council in plan_rows}
    return titles, councils


def load_thread_graph(
    store: Store,
    include_private: bool = True,
    plans: Iterable[str] | None = None,
    items: Iterable[str] | None = None,
    *,
    kept: bool = True,
) -> nx.DiGraph:
    """Read the golden-thread graph of every plan in ``store``, or of some plans.

    Args:
        store: an open store.
        include_private: also read appraisal objectives and the posts and people of the private
            appraisal graphs.
        plans: read only these plans' graphs (IRIs) and the private graphs, with the outcomes,
            people and posts their items lead to; ``None`` reads every plan. The thread through one
            item needs only the plans of :func:`thread_plans`: much less to read in a large store.
        items: with ``plans``, read only these items of theirs (IRIs), with the outcomes, people
            and posts they lead to: the thread below one item needs only those of
            :func:`thread_below`.
        kept: read the rows of ``plans`` kept with their analytics
            (:func:`~councilkg.analysis.threadrows.kept_thread_rows`) when every plan has them and
            no private graph is to be read; ``False`` always asks the store (analytics do).

    Returns:
        A directed graph keyed by IRI (see the module docstring). Node attributes: ``kind``,
        ``label``, ``ref``, ``plan``, ``plan_title``, ``council``, ``line``, ``due``, ``private``, and
        ``has_target`` for indicators (true when a target cell holds a number: "not set" is no
        target); edge attributes ``relation`` and, on owner edges, ``roles`` (the sorted local
        names of the narrower properties stated, or ``("owner",)``). An appraisal objective takes
        the plan of the item it supports; its ``line`` is a line of the appraisal CSV, not of the
        plan. ``graph.graph["plans"]`` maps each plan with items to its title, and
        ``graph.graph["councils"]`` to its council's name;
        ``graph.graph["dangling"]`` maps an item to its spine links ``(relation, IRI)`` whose
        target is not in the graph; ``graph.graph["targets"]`` maps an indicator to the target
        cells it prints, as ``(period, printed text, whether it holds a number)``.
    """
    wanted = None if plans is None else set(plans)
    if items is not None and wanted is None:
        raise ThreadError("a thread graph limited to some items is read from their plans: name the plans")
    rows = _kept_rows(store, include_private, wanted, items) if kept and wanted is not None else None
    if rows is None:
        rows = read_thread_rows(store, include_private, wanted, items)
    graph = nx.DiGraph()
    graph.graph["plans"], graph.graph["councils"] = plan_titles(store, include_private, wanted)
    _add_nodes(graph, rows.nodes, graph.graph["plans"], graph.graph["councils"])
    _add_targets(graph, rows.targets)
    graph.graph["dangling"] = _add_links(graph, rows.edges)
    _add_owners(graph, rows.owners)
    _place_objectives(graph)
    return graph


def _kept_rows(
    store: Store, include_private: bool, plans: set[str], items: Iterable[str] | None
) -> ThreadRows | None:
    """Return the rows of ``plans`` (limited to ``items``) kept with their analytics, or ``None``
    when a plan has none or the private graphs, which analytics leave out, are to be read."""
    if include_private and any(str(g).startswith(PRIVATE_GRAPH_PREFIX) for g in store.graphs(True)):
        return None
    kept = kept_thread_rows(store, plans)
    if len(kept) < len(plans):
        return None
    rows = joined(kept.values())
    return rows if items is None else rows.of_items(items)


def _add_nodes(
    graph: nx.DiGraph,
    rows: Iterable[tuple[Any, ...]],
    plans: dict[str, str | None],
    councils: dict[str, str | None],
) -> None:
    """Add one node per item or agent, merging the rows its classes, graphs and values multiply."""
    kinds: dict[str, set[str]] = defaultdict(set)
    graphs: dict[str, set[str]] = defaultdict(set)
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    fields = ("label", "ref", "plan", "line", "due", "timescale", "review")
    for iri, cls, named_graph, *cells in rows:
        kinds[iri].add(_KIND_OF_CLASS[cls])
        graphs[iri].add(named_graph)
        for field, cell in zip(fields, cells, strict=True):
            if cell is not None:
                values[iri][field].add(cell)
    for iri, found in kinds.items():
        kind = next(k for k in _KIND_PRECEDENCE if k in found)
        # min(): an item stated with two labels (or lines) gets the same one on every run.
        first = {field: min(texts) for field, texts in values[iri].items()}.get
        lines = sorted(int(line) for line in values[iri].get("line", ()))
        plan = first("plan")
        attributes: dict[str, Any] = {
            "kind": kind,
            "label": first("label") or local_name(iri),
            "ref": first("ref"),
            "plan": plan,
            "plan_title": plans.get(plan) if plan is not None else None,
            "council": councils.get(plan) if plan is not None else None,
            "line": lines[0] if lines else None,
            "due": first("due") or first("timescale") or first("review"),
            "private": only_private(graphs[iri]),
        }
        if kind == "indicator":
            attributes["has_target"] = False
        graph.add_node(iri, **attributes)


def _add_targets(graph: nx.DiGraph, rows: Iterable[tuple[Any, ...]]) -> None:
    """Set ``has_target`` on indicators with a numeric target; keep every target cell for details.

    A target cell that prints no number ("not set", "N/A", "To be set once baseline established")
    states that there is no target yet, so it does not count as one.
    """
    targets: dict[str, list[tuple[str | None, str | None, bool]]] = defaultdict(list)
    for iri, period, raw, value in rows:
        targets[iri].append((period, raw, value is not None))
        if value is not None and iri in graph:
            graph.nodes[iri]["has_target"] = True
    graph.graph["targets"] = dict(targets)


def _add_links(graph: nx.DiGraph, rows: Iterable[tuple[Any, ...]]) -> dict[str, list[tuple[str, str]]]:
    """Add the spine, related-outcome and heldBy edges; return the links whose target is not a node."""
    dangling: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source_iri, prop, target_iri in rows:
        relation = local_name(prop)
        if source_iri not in graph:
            continue
        if target_iri not in graph:
            if relation in SPINE:
                dangling[source_iri].append((relation, target_iri))
            continue
        existing = graph.get_edge_data(source_iri, target_iri)
        # A pair linked both ways keeps its spine relation: the side link adds nothing to the thread.
        if existing is None or existing["relation"] not in SPINE:
            graph.add_edge(source_iri, target_iri, relation=relation)
    return dict(dangling)


def _add_owners(graph: nx.DiGraph, rows: Iterable[tuple[Any, ...]]) -> None:
    """Add one owner edge per (item, agent) with the sorted names of the roles stated."""
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item_iri, prop, agent_iri in rows:
        if item_iri in graph and agent_iri in graph and graph.nodes[item_iri]["kind"] in ITEM_KINDS:
            roles[item_iri, agent_iri].add(local_name(prop))
    for (item_iri, agent_iri), names in roles.items():
        narrower = sorted(names - {_OWNER_ROLE})
        graph.add_edge(item_iri, agent_iri, relation="owner", roles=tuple(narrower or [_OWNER_ROLE]))


def _place_objectives(graph: nx.DiGraph) -> None:
    """Give an objective stated outside any plan the plan of the item it supports."""
    for iri, data in graph.nodes(data=True):
        if data["kind"] != "objective" or data["plan"] is not None:
            continue
        plans = sorted(
            (graph.nodes[target]["plan"], graph.nodes[target]["plan_title"])
            for target in spine_successors(graph, iri)
            if graph.nodes[target]["plan"] is not None
        )
        if plans:
            data["plan"], data["plan_title"] = plans[0]
            data["council"] = graph.graph.get("councils", {}).get(plans[0][0])


def _check_node(graph: nx.DiGraph, iri: str) -> None:
    if iri not in graph:
        raise ThreadError(
            f"{iri} is not in the thread graph; find it with councilkg.analysis.lookup.resolve_item"
        )


def check_plan(graph: nx.DiGraph, plan: str) -> None:
    """Raise :class:`ThreadError` when ``plan`` is not a plan of the graph; returns nothing."""
    plans: dict[str, str | None] = graph.graph.get("plans", {})
    if plan not in plans:
        known = ", ".join(sorted(plans)) or "none (build the store first)"
        raise ThreadError(f"no plan {plan} in the store; plans: {known}")


# -- subgraphs ----------------------------------------------------------------------------------


def spine_successors(graph: nx.DiGraph, iri: str) -> list[str]:
    """Return the items ``iri`` leads to along spine edges (supports, contributesTo, measures)."""
    return [t for t in graph.successors(iri) if graph.edges[iri, t]["relation"] in SPINE]


def _spine_predecessors(graph: nx.DiGraph, iri: str) -> list[str]:
    return [s for s in graph.predecessors(iri) if graph.edges[s, iri]["relation"] in SPINE]


def spine_reach(graph: nx.DiGraph, starts: Iterable[str], direction: Direction) -> set[str]:
    """Return ``starts`` and every node reachable from them along spine edges, up or down."""
    step = spine_successors if direction == "up" else _spine_predecessors
    seen = set(starts)
    frontier = list(seen)
    while frontier:
        node = frontier.pop()
        for neighbour in step(graph, node):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return seen


def owners_of(graph: nx.DiGraph, iri: str) -> list[str]:
    """Return the agents that own ``iri`` (its ``owner`` edges)."""
    return [a for a in graph.successors(iri) if graph.edges[iri, a]["relation"] == "owner"]


def post_holders(graph: nx.DiGraph, post: str) -> list[str]:
    """Return the people the graph says hold ``post``."""
    return [p for p in graph.successors(post) if graph.edges[post, p]["relation"] == "heldBy"]


def _with_owners(graph: nx.DiGraph, nodes: set[str]) -> nx.DiGraph:
    """Return the subgraph of ``nodes``, their owners and the holders of those owners (a copy)."""
    owners = {agent for node in nodes for agent in owners_of(graph, node)}
    holders = {person for agent in owners | nodes for person in post_holders(graph, agent)}
    return graph.subgraph(nodes | owners | holders).copy()


def thread_up(graph: nx.DiGraph, item: str) -> nx.DiGraph:
    """Return the thread above ``item``: what it supports, up to the outcomes, with owners.

    Returns:
        A copy of the subgraph of ``item``, every node reachable from it along spine edges, the
        owners of those nodes and the people holding those owners' posts.

    Raises:
        ThreadError: ``item`` is not a node of ``graph``.
    """
    _check_node(graph, item)
    return _with_owners(graph, spine_reach(graph, [item], "up"))


def thread_down(graph: nx.DiGraph, item: str) -> nx.DiGraph:
    """Return the thread below ``item``: everything whose spine path leads to it, with owners.

    Returns:
        A copy of the subgraph of ``item`` and the priorities nested under it, the actions and
        projects supporting them, the indicators measuring them and the appraisal objectives
        supporting those, with their owners and the people holding those owners' posts.

    Raises:
        ThreadError: ``item`` is not a node of ``graph``.
    """
    _check_node(graph, item)
    return _with_owners(graph, spine_reach(graph, [item], "down"))


def plan_graph(graph: nx.DiGraph, plan: str) -> nx.DiGraph:
    """Return one plan's threads.

    Returns:
        A copy of the subgraph of the plan's items, the outcomes and parent items they reach, the
        appraisal objectives supporting them, their owners and the holders of those posts.

    Raises:
        ThreadError: ``plan`` is not a plan of the store the graph was read from.
    """
    check_plan(graph, plan)
    own = {iri for iri, data in graph.nodes(data=True) if data["plan"] == plan and data["kind"] in ITEM_KINDS}
    objectives = {
        source
        for iri in own
        for source in _spine_predecessors(graph, iri)
        if graph.nodes[source]["kind"] == "objective"
    }
    return _with_owners(graph, spine_reach(graph, own | objectives, "up"))


def owner_graph(graph: nx.DiGraph, agent: str) -> nx.DiGraph:
    """Return what an agent owns and the threads above it.

    For a person, items owned through the posts the person holds count as the person's; for a
    post, the people holding it are shown but their other items are not.

    Returns:
        A copy of the subgraph of the agent, the posts it holds (or, for a post, its holders),
        every item they own, and :func:`thread_up` of each of those items.

    Raises:
        ThreadError: ``agent`` is not a node of ``graph``.
    """
    _check_node(graph, agent)
    agents = {agent}
    related: set[str] = set()
    if graph.nodes[agent]["kind"] == "person":
        posts = {p for p in graph.predecessors(agent) if graph.edges[p, agent]["relation"] == "heldBy"}
        agents |= posts
    else:
        related = set(post_holders(graph, agent))
    items = {
        item
        for owner in agents
        for item in graph.predecessors(owner)
        if graph.edges[item, owner]["relation"] == "owner"
    }
    view = _with_owners(graph, spine_reach(graph, items, "up"))
    return graph.subgraph(set(view) | agents | related).copy()


# -- trees --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """An owner of a tree node: ``held_by`` holds the names of the people holding a post."""

    iri: str
    kind: str
    label: str
    roles: tuple[str, ...]
    held_by: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the owner as a JSON-ready dict."""
        return {
            "iri": self.iri,
            "kind": self.kind,
            "label": self.label,
            "roles": list(self.roles),
            "held_by": list(self.held_by),
        }


@dataclass(frozen=True)
class ThreadNode:
    """One node of a thread tree; its children are the next step up or down the thread."""

    iri: str
    kind: str
    label: str
    ref: str | None
    plan: str | None
    plan_title: str | None
    line: int | None
    due: str | None
    owners: tuple[Owner, ...] = ()
    gaps: tuple[str, ...] = ()
    children: tuple[ThreadNode, ...] = ()
    council: str | None = None
    """The name of the plan's council ("Lambeth")."""

    def to_dict(self) -> dict[str, Any]:
        """Return the tree below and including this node as JSON-ready dicts and lists."""
        return {
            "iri": self.iri,
            "kind": self.kind,
            "label": self.label,
            "ref": self.ref,
            "plan": self.plan,
            "plan_title": self.plan_title,
            "council": self.council,
            "line": self.line,
            "due": self.due,
            "owners": [owner.to_dict() for owner in self.owners],
            "gaps": list(self.gaps),
            "children": [child.to_dict() for child in self.children],
        }


def natural_key(text: str | None) -> tuple[tuple[int, int | str], ...]:
    """Return a sort key in which "CSKA2" comes before "CSKA12"."""
    if text is None:
        return ()
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def display_order(graph: nx.DiGraph, iri: str) -> tuple[Any, ...]:
    """Return the sort key of a node: kind, reference (naturally), label, then IRI."""
    data = graph.nodes[iri]
    return (KINDS.index(data["kind"]), natural_key(data["ref"]), data["label"].casefold(), iri)


def _tree_owners(graph: nx.DiGraph, iri: str) -> tuple[Owner, ...]:
    owners = []
    for agent in sorted(owners_of(graph, iri), key=lambda a: display_order(graph, a)):
        data = graph.nodes[agent]
        holders = sorted(graph.nodes[p]["label"] for p in post_holders(graph, agent))
        owners.append(
            Owner(agent, data["kind"], data["label"], graph.edges[iri, agent]["roles"], tuple(holders))
        )
    return tuple(owners)


def thread_tree(graph: nx.DiGraph, root: str, direction: Direction) -> ThreadNode:
    """Return the thread from ``root`` as a tree, for the terminal and for JSON.

    Going ``"up"``, a node's children are what it supports, contributes to or measures; going
    ``"down"``, what supports, contributes to or measures it. Children are sorted by kind (see
    :data:`KINDS`), then ref (numbers in refs compare as numbers), then label. A node reached
    twice appears twice; a node already on the path from the root is shown but not expanded again,
    so a cycle ends the branch. Owners are not children: each node lists them in ``owners``.

    Raises:
        ThreadError: ``root`` is not a node of ``graph``, or ``direction`` is neither up nor down.
    """
    _check_node(graph, root)
    if direction not in ("up", "down"):
        raise ThreadError(f"direction {direction!r} is not a way along a thread; use 'up' or 'down'")
    step = spine_successors if direction == "up" else _spine_predecessors

    def build(iri: str, path: frozenset[str]) -> ThreadNode:
        data = graph.nodes[iri]
        children: tuple[ThreadNode, ...] = ()
        if iri not in path:
            below = path | {iri}
            children = tuple(
                build(n, below) for n in sorted(step(graph, iri), key=lambda n: display_order(graph, n))
            )
        return ThreadNode(
            iri=iri,
            kind=data["kind"],
            label=data["label"],
            ref=data["ref"],
            plan=data["plan"],
            plan_title=data["plan_title"],
            line=data["line"],
            due=data["due"],
            owners=_tree_owners(graph, iri),
            gaps=tuple(data.get("gaps", ())),
            children=children,
            council=data.get("council"),
        )

    return build(root, frozenset())
