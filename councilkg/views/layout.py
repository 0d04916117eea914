"""Where each node of a view is drawn: a layered layout, top to bottom, computed here.

Item kinds sit in bands (:func:`node_rows`): outcomes, priorities (each nested priority one row
lower), indicators, actions and projects, appraisal objectives. An owner sits in a row of its own
just below the lowest band of the items it owns, and a person holding a post one row below that
post, so that owner edges point down and the thread itself reads upwards. Long rows are staggered
(:func:`node_levels`) and each node placed beside the nodes it is linked to (:func:`node_positions`).

The page lays out again, by the same rule, whenever the reader expands or filters a view; the data
that needs is :func:`layout_data`, and ``templates/thread-view.js`` holds the rule's JavaScript twin
(a browser test checks the two agree).

Example:
    >>> graph = nx.DiGraph()
    >>> graph.add_edge("a", "o", relation="supports")
    >>> nx.set_node_attributes(graph, {"a": "action", "o": "outcome"}, "kind")
    >>> node_positions(graph)
    {'o': (0, 0), 'a': (0, 120)}
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from councilkg.analysis.threads import AGENT_KINDS
from councilkg.views.labels import node_width

ROW_WIDTH = 12
"""Fewest nodes a row holds before it is staggered; bigger graphs get wider rows (see node_levels)."""
LEVEL_SEPARATION = 120
NODE_GAP = 28
"""Least room between two nodes of a row, in pixels at zoom 1."""

# Bands order the item kinds top to bottom; agents get rows computed from what they own.
ITEM_BAND = {"outcome": 0, "priority": 1, "indicator": 2, "action": 3, "project": 3, "objective": 4}
OTHER_BAND = ITEM_BAND["action"]
KINDS_IN_ORDER = (
    "outcome",
    "priority",
    "indicator",
    "action",
    "project",
    "objective",
    "person",
    "post",
    "unit",
    "partner",
)
KIND_ORDER = {kind: index for index, kind in enumerate(KINDS_IN_ORDER)}
"""The order kinds are listed in (legends) and sorted in within a row."""


def node_rows(graph: nx.DiGraph) -> dict[str, int]:
    """Return each node's row before long rows are staggered: its band, or its owner row.

    Each band of items takes three rows: the items, their owners, and the holders of those owners.
    A priority nested under another priority is one band lower than its parent. An agent (person,
    post, unit, partner) is one row below the lowest item it owns, and a post's holder one row
    below the post; an agent that owns nothing shown goes to the bottom row.

    Returns:
        A dict from node key to row (rows may be empty: :func:`node_levels` compacts them).
    """
    depth = _priority_depths(graph)
    deepest = max(depth.values(), default=0)
    rows: dict[str, int] = {}
    for iri in graph:
        kind = _kind(graph, iri)
        if kind in AGENT_KINDS:
            continue
        band = ITEM_BAND.get(kind, OTHER_BAND)
        row = band if band <= ITEM_BAND["priority"] else band + deepest
        rows[iri] = 3 * (row + depth.get(iri, 0))
    for iri in _agents_top_down(graph):
        # In-edges of an agent are owner edges from items and heldBy edges from posts placed earlier.
        above = [rows[source] + 1 for source in graph.predecessors(iri) if source in rows]
        if above:
            rows[iri] = max(above)
    bottom = max(rows.values(), default=-1) + 1
    for iri in graph:
        rows.setdefault(iri, bottom)
    return rows


def node_levels(graph: nx.DiGraph, rows: Mapping[str, int] | None = None) -> dict[str, int]:
    """Return each node's row in the drawing, 0 at the top, with no empty rows.

    Rows are :func:`node_rows` (or ``rows``, e.g. those of a larger graph this one is part of). A
    row of more nodes than ``max(ROW_WIDTH, 1.2 * sqrt(nodes in the graph))`` is staggered over
    several rows, taking nodes in turn, so that the items under one parent alternate between them
    and a plan's hundred actions make a block about as wide as a screen rather than one long line.

    Returns:
        A dict from node key to level, covering every node of ``graph``, in the order nodes are
        placed within their level.

    Example:
        >>> graph = nx.DiGraph()
        >>> graph.add_edge("a", "p", relation="supports")
        >>> graph.add_edge("p", "o", relation="contributesTo")
        >>> graph.add_edge("a", "who", relation="owner", roles=("owner",))
        >>> kinds = {"a": "action", "p": "priority", "o": "outcome", "who": "person"}
        >>> nx.set_node_attributes(graph, kinds, "kind")
        >>> sorted(node_levels(graph).items())
        [('a', 2), ('o', 0), ('p', 1), ('who', 3)]
    """
    rows = {iri: row for iri, row in (rows or node_rows(graph)).items() if iri in graph}
    by_row: dict[int, list[str]] = {}
    for iri, row in rows.items():
        by_row.setdefault(row, []).append(iri)
    rank: dict[str, int] = {}
    places: dict[str, tuple[int, int]] = {}
    width = max(ROW_WIDTH, round(1.2 * math.sqrt(len(graph))))
    for row in sorted(by_row):

        def under(iri: str, row: int = row) -> tuple[Any, ...]:
            # Next to the other nodes linked to the same node above, in that node's order.
            linked = [rank[n] for n in nx.all_neighbors(graph, iri) if n in rank and rows[n] < row]
            return (min(linked, default=len(graph)), node_sort_key(graph, iri, row))

        members = sorted(by_row[row], key=under)
        stagger = -(-len(members) // width)
        for index, iri in enumerate(members):
            rank[iri] = len(rank)
            places[iri] = (row, index % stagger)
    compact = {place: level for level, place in enumerate(sorted(set(places.values())))}
    # Insertion order is the order within each level, which node_positions starts from.
    return {iri: compact[places[iri]] for iri in rank}


def node_positions(
    graph: nx.DiGraph,
    levels: Mapping[str, int] | None = None,
    focus: str | None = None,
    widths: Mapping[str, float] | None = None,
) -> dict[str, tuple[int, int]]:
    """Return each node's ``(x, y)`` in the drawing: its level's row, and a place beside its links.

    A layered layout: rows from :func:`node_levels`, ``LEVEL_SEPARATION`` apart; within a row, each
    node goes as near as the nodes beside it allow to the mean ``x`` of the nodes it is linked to in
    the rows above (then, in a second pass, below, so a parent sits over its children). Nodes linked
    to nothing above go to the row's right end. Computed here rather than by vis-network so that the
    same graph always gives the same drawing.

    Args:
        graph: the graph to lay out.
        levels: its levels, when already computed by :func:`node_levels`.
        focus: the node drawn larger, which needs more room.
        widths: how wide nodes are drawn, where not :func:`~councilkg.views.labels.node_width`
            (a node whose label the page adds to).

    Returns:
        A dict from node key to integer ``(x, y)``, ``y`` growing downwards.

    Example:
        >>> graph = nx.DiGraph()
        >>> graph.add_edge("a1", "p", relation="supports")
        >>> graph.add_edge("a2", "p", relation="supports")
        >>> nx.set_node_attributes(graph, {"a1": "action", "a2": "action", "p": "priority"}, "kind")
        >>> positions = node_positions(graph)
        >>> positions["p"][0] == (positions["a1"][0] + positions["a2"][0]) // 2
        True
    """
    levels = dict(levels if levels is not None else node_levels(graph))
    widths = {iri: node_width(graph.nodes[iri], iri, iri == focus) for iri in levels} | dict(widths or {})
    rows: dict[int, list[str]] = {}
    for iri, level in levels.items():
        rows.setdefault(level, []).append(iri)
    x: dict[str, float] = {}
    order = sorted(rows)
    for sweep, (sequence, looks_up) in enumerate(((order, True), (order[::-1], False), (order, True))):
        for level in sequence:

            def linked_x(iri: str, level: int = level, looks_up: bool = looks_up) -> float | None:
                xs = [
                    x[n]
                    for n in nx.all_neighbors(graph, iri)
                    if n in x and (levels[n] < level if looks_up else levels[n] > level)
                ]
                # Sorted, so the float sum does not depend on the order the graph stores edges in.
                return sum(sorted(xs)) / len(xs) if xs else None

            wanted = {iri: linked_x(iri) for iri in rows[level]}
            if sweep:
                wanted = {iri: x[iri] if want is None else want for iri, want in wanted.items()}
            # Stable: nodes wanting the same place keep their order from the row before.
            rows[level] = sorted(rows[level], key=lambda iri: (wanted[iri] is None, wanted[iri] or 0.0))
            x.update(_pack(rows[level], wanted, widths))
    return {iri: (round(x[iri]), levels[iri] * LEVEL_SEPARATION) for iri in levels}


def layout_data(
    graph: nx.DiGraph,
    order: Iterable[str],
    focus: str | None = None,
    widths: Mapping[str, float] | None = None,
) -> list[tuple[int, int, float]]:
    """Return what the page needs to lay out any part of ``graph`` again, one entry per node.

    Args:
        graph: the whole graph of the view.
        order: its nodes, in the order the page lists them.
        focus: the node drawn larger.
        widths: as for :func:`node_positions`.

    Returns:
        For each node of ``order``: its :func:`node_rows` row, its place in the order
        :func:`node_sort_key` gives, and its width (``widths``, else
        :func:`~councilkg.views.labels.node_width`).
    """
    wide = dict(widths or {})
    rows = node_rows(graph)
    sort_rank = {
        iri: rank for rank, iri in enumerate(sorted(graph, key=lambda n: node_sort_key(graph, n, rows[n])))
    }
    return [
        (rows[iri], sort_rank[iri], wide.get(iri) or node_width(graph.nodes[iri], iri, iri == focus))
        for iri in order
    ]


def _pack(
    row: list[str], wanted: Mapping[str, float | None], widths: Mapping[str, float]
) -> dict[str, float]:
    """Return ``x`` for a row's nodes, in order, each as near its wanted place as spacing allows."""
    gaps = [(widths[a] + widths[b]) / 2 + NODE_GAP for a, b in itertools.pairwise(row)]
    targets: list[float] = []
    for index, iri in enumerate(row):
        want = wanted[iri]
        if want is None:
            # Linked to nothing on that side: next to the previous node, or a row centred on 0.
            want = targets[-1] + gaps[index - 1] if targets else -sum(gaps) / 2
        targets.append(want)
    left = targets[:]
    for index in range(1, len(row)):
        left[index] = max(left[index], left[index - 1] + gaps[index - 1])
    right = targets[:]
    for index in range(len(row) - 2, -1, -1):
        right[index] = min(right[index], right[index + 1] - gaps[index])
    # Packing from the left pushes nodes right, from the right pushes them left: meet halfway.
    return {iri: (left[i] + right[i]) / 2 for i, iri in enumerate(row)}


def _priority_depths(graph: nx.DiGraph) -> dict[str, int]:
    """Return, for each priority, how many priorities it is nested under along contributesTo."""
    priorities = {iri for iri in graph if _kind(graph, iri) == "priority"}
    depths: dict[str, int] = {}

    def depth(iri: str, path: frozenset[str]) -> int:
        if iri in depths:
            return depths[iri]
        parents = [
            target
            for _, target, data in graph.out_edges(iri, data=True)
            if target in priorities and target not in path and _relation(data) == "contributesTo"
        ]
        found = 1 + max((depth(p, path | {iri}) for p in parents), default=-1)
        depths[iri] = found
        return found

    for iri in sorted(priorities):
        depth(iri, frozenset())
    return depths


def _agents_top_down(graph: nx.DiGraph) -> list[str]:
    """Return the agents, posts before the people holding them, so a holder's row follows its post."""
    agents = sorted(iri for iri in graph if _kind(graph, iri) in AGENT_KINDS)
    holders = {target for _, target, data in graph.edges(data=True) if _relation(data) == "heldBy"}
    return [a for a in agents if a not in holders] + [a for a in agents if a in holders]


def node_sort_key(graph: nx.DiGraph, iri: str, level: int) -> tuple[Any, ...]:
    """Return the key nodes are sorted by within a row: kind, plan, code (``A2`` before ``A10``), label."""
    attributes = graph.nodes[iri]
    return (
        level,
        KIND_ORDER.get(_kind(graph, iri), 99),
        attributes.get("plan") or "",
        _natural_key(attributes.get("ref") or ""),
        attributes.get("label") or "",
        iri,
    )


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Return a key sorting ``A2`` before ``A10``."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text) if part)


def _kind(graph: nx.DiGraph, iri: str) -> str:
    return str(graph.nodes[iri].get("kind") or "other")


def _relation(data: Mapping[str, Any]) -> str:
    return str(data.get("relation") or "")
