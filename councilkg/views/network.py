"""Interactive HTML views of a thread graph: a pyvis (vis-network) drawing in one offline page.

The page is self-contained: vis-network's script and stylesheet (shipped inside pyvis) are inlined,
and nothing is fetched from a network, so a view opens on a machine with no connection. The layout is
hierarchical, top to bottom, in bands: outcomes, priorities (each nested priority one row lower),
indicators, actions and projects, appraisal objectives. An owner sits in a row of its own just below
the lowest band of the items it owns, and a person holding a post one row below that post, so that
owner edges point down and the thread itself reads upwards. Positions are computed here
(:func:`node_levels`, :func:`node_positions`); vis-network only draws, zooms, pans and shows hovers.

Example:
    >>> import networkx as nx
    >>> graph = nx.DiGraph()
    >>> graph.add_node("urn:x:o", kind="outcome", label="Children are safe")
    >>> "Children are safe" in render_html(graph, "One outcome")
    True
"""

from __future__ import annotations

import copy
import itertools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pyvis.network import Network

from councilkg.analysis.gaps import GAP_KINDS
from councilkg.analysis.threads import AGENT_KINDS
from councilkg.errors import OutputError, ViewError
from councilkg.files import write_file

TEMPLATE = "thread-view.html"
VIS_VERSION = "vis-9.1.2"
LABEL_LENGTH = 28
"""Characters of an item's label shown on its node when it has no ref; the hover shows it all."""
ROW_WIDTH = 12
"""Fewest nodes a row holds before it is staggered; bigger graphs get wider rows (see node_levels)."""
LEVEL_SEPARATION = 95
NODE_WIDTH = 170
"""Widest a node's label box may grow before its text wraps (vis ``widthConstraint``)."""
NODE_GAP = 28
EDGE_LABELS_SHOWN = 40
"""Most edges a view may have for their labels to be drawn all the time; a bigger view labels an
edge only while it, or a node at one of its ends, is hovered or selected (the labels of many edges
between two rows pile up into an unreadable line)."""
EDGE_LABEL_COLOUR = "#444444"
HIDDEN = "rgba(0,0,0,0)"
FONT_SIZE = 14
FOCUS_FONT_SIZE = 22


@dataclass(frozen=True)
class KindStyle:
    """How the nodes of one kind are drawn: legend name, fill colour and shape."""

    name: str
    colour: str
    shape: str


# Bands order the item kinds top to bottom; agents get rows computed from what they own.
ITEM_BAND = {"outcome": 0, "priority": 1, "indicator": 2, "action": 3, "project": 3, "objective": 4}
OTHER_BAND = ITEM_BAND["action"]
KIND_STYLES: dict[str, KindStyle] = {
    "outcome": KindStyle("outcome", "#f6c85f", "box"),
    "priority": KindStyle("priority", "#6fa8dc", "box"),
    "indicator": KindStyle("indicator", "#93c47d", "box"),
    "action": KindStyle("action", "#b4a7d6", "box"),
    "project": KindStyle("project", "#d5a6bd", "box"),
    "objective": KindStyle("appraisal objective", "#f9cb9c", "box"),
    "person": KindStyle("person", "#d9d9d9", "ellipse"),
    "post": KindStyle("post", "#fff2cc", "ellipse"),
    "unit": KindStyle("organisational unit", "#a2d8d8", "ellipse"),
    "partner": KindStyle("partner", "#e6c9a8", "ellipse"),
}
OTHER_STYLE = KindStyle("other", "#eeeeee", "box")
KIND_ORDER = {kind: index for index, kind in enumerate(KIND_STYLES)}

BORDER = "#555555"
GAP_BORDER = "#d62728"
PRIVATE_DASHES = [5, 4]
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "supports": {"label": "supports", "color": "#555555", "width": 1.5},
    "contributesTo": {"label": "contributes to", "color": "#555555", "width": 1.5},
    "measures": {"label": "measures", "color": "#38761d", "width": 1.5},
    "relatedOutcome": {"label": "related outcome", "color": "#888888", "width": 1, "dashes": [8, 6]},
    "owner": {"label": "owner", "color": "#999999", "width": 1},
    "heldBy": {"label": "held by", "color": "#999999", "width": 1, "dashes": [2, 4]},
}

EDGE_KEY = {
    "supports": "dark: supports",
    "contributesTo": "dark: contributes to",
    "measures": "green: measures",
    "relatedOutcome": "dashed: related outcome",
    "owner": "grey: owner, labelled with the role",
    "heldBy": "dotted: held by",
}
"""How the page's key describes each relation's edges, in the order it lists them."""

VIS_OPTIONS: dict[str, Any] = {
    # Positions come from node_positions; vis-network only draws, zooms and pans.
    "layout": {"hierarchical": {"enabled": False}, "randomSeed": 0},
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True},
    "nodes": {
        "font": {"size": FONT_SIZE, "face": "system-ui, sans-serif"},
        "widthConstraint": {"maximum": NODE_WIDTH},
        "margin": 8,
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "smooth": {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4},
        "font": {"size": 11, "align": "horizontal", "color": EDGE_LABEL_COLOUR, "strokeWidth": 3},
    },
}


def render_html(graph: nx.DiGraph, title: str, focus: str | None = None) -> str:
    """Return a self-contained HTML page drawing ``graph`` as an interactive hierarchical network.

    Nodes are coloured by ``kind`` (a legend lists the kinds present), labelled with their ref or
    a shortened label, and carry hover text (:func:`hover_text`) with the full label, ref, kind,
    owners and their roles, due date, plan, source line and gaps. Nodes with gaps get a thick red
    border and red text; nodes read from a private appraisal graph a dashed border. Edges are
    styled and labelled by relation (owner edges by role; related outcomes dashed, post holders
    dotted); in a view of more than ``EDGE_LABELS_SHOWN`` edges a label shows only while its edge,
    or a node at one end, is hovered or selected. Nothing in the page is loaded from a network,
    and the same graph always gives the same page.

    Args:
        graph: a thread graph (node and edge attributes as built by :mod:`councilkg.analysis.threads`).
        title: the page's heading.
        focus: a node to draw larger, e.g. the item a thread was drawn from.

    Returns:
        The page's HTML text. An empty graph gives a page saying there is nothing to show.

    Raises:
        ViewError: ``focus`` is not a node of a non-empty ``graph``.
    """
    if focus is not None and len(graph) and focus not in graph:
        raise ViewError(f"focus {focus} is not a node of the graph; pass the IRI of one of its items")
    levels = node_levels(graph)
    positions = node_positions(graph, levels, focus)
    order = sorted(graph.nodes, key=lambda iri: _node_sort_key(graph, iri, levels[iri]))
    network = Network(directed=True, cdn_resources="in_line", heading=title)
    for iri in order:
        x, y = positions[iri]
        network.add_node(iri, x=x, y=y, **_vis_node(graph, iri, levels[iri], iri == focus))
    position = {iri: index for index, iri in enumerate(order)}
    edges = sorted(graph.edges(data=True), key=lambda e: (position[e[0]], position[e[1]], _relation(e[2])))
    for number, (source, target, data) in enumerate(edges):
        network.add_edge(source, target, id=f"e{number}", **_vis_edge(graph, source, target, data))
    nodes, vis_edges, *_ = network.get_network_data()
    relations = {_relation(data) for _, _, data in graph.edges(data=True)}
    template = _environment().get_template(TEMPLATE)
    return template.render(
        title=title,
        nodes=nodes,
        edges=vis_edges,
        options=_options(graph),
        legend=_legend(graph),
        edge_key=[text for relation, text in EDGE_KEY.items() if relation in relations],
        edge_label_colour=EDGE_LABEL_COLOUR,
        item_count=sum(1 for iri in graph if _kind(graph, iri) not in AGENT_KINDS),
        agent_count=sum(1 for iri in graph if _kind(graph, iri) in AGENT_KINDS),
        vis_css=_asset("vis-network.css") if nodes else "",
        vis_js=_asset("vis-network.min.js") if nodes else "",
    )


@dataclass(frozen=True)
class LegendEntry:
    """One entry of a page's legend: a swatch (fill, border, dashed or not) and its name."""

    name: str
    colour: str
    border: str = BORDER
    dashed: bool = False


def _options(graph: nx.DiGraph) -> dict[str, Any]:
    """Return the vis-network options for ``graph``: edge labels hidden until asked for in big views."""
    options = copy.deepcopy(VIS_OPTIONS)
    if graph.number_of_edges() > EDGE_LABELS_SHOWN:
        options["edges"]["font"].update(color=HIDDEN, strokeWidth=0)
    return options


def _legend(graph: nx.DiGraph) -> list[LegendEntry]:
    """Return the legend's entries: one per kind present, then the gap and private markings used."""
    kinds = sorted({_kind(graph, iri) for iri in graph}, key=lambda kind: KIND_ORDER.get(kind, 99))
    legend = [LegendEntry(_style(kind).name, _style(kind).colour) for kind in kinds]
    if any(graph.nodes[iri].get("gaps") for iri in graph):
        legend.append(LegendEntry("has a gap (hover for which)", "#ffffff", border=GAP_BORDER))
    if any(graph.nodes[iri].get("private") for iri in graph):
        legend.append(LegendEntry("private appraisal record", "#ffffff", dashed=True))
    return legend


def write_html(graph: nx.DiGraph, path: Path, title: str, focus: str | None = None) -> Path:
    """Write the page :func:`render_html` draws for ``graph`` to ``path``, creating its folders.

    Returns:
        ``path``.

    Raises:
        ViewError: the page cannot be written (folder not writable, path is a folder...), or
            ``focus`` is not a node of the graph; ``path`` exists and is not a regular file.
    """
    page = render_html(graph, title, focus)
    try:
        write_file(path, page, make_folders=True)
    except OutputError as error:
        raise ViewError(f"{error}; choose another output file") from error
    return path


def node_levels(graph: nx.DiGraph) -> dict[str, int]:
    """Return each node's row in the drawing, 0 at the top, with no empty rows.

    Item kinds sit in bands (outcomes, priorities, indicators, actions and projects, objectives); a
    priority nested under another priority sits one row below its parent. An agent (person, post,
    unit, partner) sits one row below the lowest item it owns, and a post's holder one row below the
    post; an agent that owns nothing shown goes to the bottom row. A row of more nodes than
    ``max(ROW_WIDTH, 1.2 * sqrt(nodes in the graph))`` is staggered over several rows, taking nodes
    in turn, so that the items under one parent alternate between them and a plan's hundred actions
    make a block about as wide as a screen rather than one long line.

    Returns:
        A dict from node key to level, covering every node of ``graph``.

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
    depth = _priority_depths(graph)
    deepest = max(depth.values(), default=0)
    # Each band of items takes three rows: the items, their owners, and the holders of those owners.
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
    return _staggered(graph, rows)


def _staggered(graph: nx.DiGraph, rows: Mapping[str, int]) -> dict[str, int]:
    """Return levels: ``rows`` compacted, each row longer than ``ROW_WIDTH`` spread over several."""
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
            return (min(linked, default=len(graph)), _node_sort_key(graph, iri, row))

        members = sorted(by_row[row], key=under)
        stagger = -(-len(members) // width)
        for index, iri in enumerate(members):
            rank[iri] = len(rank)
            places[iri] = (row, index % stagger)
    compact = {place: level for level, place in enumerate(sorted(set(places.values())))}
    # Insertion order is the order within each level, which node_positions starts from.
    return {iri: compact[places[iri]] for iri in rank}


def node_positions(
    graph: nx.DiGraph, levels: Mapping[str, int] | None = None, focus: str | None = None
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
            x.update(
                _pack(rows[level], wanted, {iri: _width(graph, iri, iri == focus) for iri in rows[level]})
            )
    return {iri: (round(x[iri]), levels[iri] * LEVEL_SEPARATION) for iri in levels}


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


def _width(graph: nx.DiGraph, iri: str, focused: bool = False) -> float:
    """Return roughly how wide a node is drawn, in pixels at zoom 1."""
    size = FOCUS_FONT_SIZE if focused else FONT_SIZE
    return min(NODE_WIDTH * size / FONT_SIZE, 0.6 * size * len(short_label(graph.nodes[iri], iri)) + 20.0)


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


def _node_sort_key(graph: nx.DiGraph, iri: str, level: int) -> tuple[Any, ...]:
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


def _vis_node(graph: nx.DiGraph, iri: str, level: int, focused: bool) -> dict[str, Any]:
    """Return the keyword arguments of pyvis ``add_node`` drawing one node."""
    attributes = graph.nodes[iri]
    kind = _kind(graph, iri)
    style = _style(kind)
    gaps = list(attributes.get("gaps") or ())
    border = GAP_BORDER if gaps else BORDER
    fill = style.colour
    colour = {
        "background": fill,
        "border": border,
        "highlight": {"background": fill, "border": border if gaps else "#000000"},
        "hover": {"background": fill, "border": border if gaps else "#000000"},
    }
    font: dict[str, Any] = {"size": FOCUS_FONT_SIZE if focused else FONT_SIZE}
    if gaps:
        font["color"] = "#7f0000"
    drawn = {
        "label": short_label(attributes, iri),
        "title": hover_text(graph, iri),
        "shape": style.shape,
        "color": colour,
        "borderWidth": 4 if gaps or focused else 1,
        "font": font,
        "level": level,
        "kind": kind,
        "gaps": gaps,
        "focus": focused,
    }
    if attributes.get("private"):
        drawn["shapeProperties"] = {"borderDashes": PRIVATE_DASHES}
    return drawn


def _vis_edge(graph: nx.DiGraph, source: str, target: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Return the keyword arguments of pyvis ``add_edge`` drawing one edge, with its hover text."""
    relation = _relation(data)
    style = dict(EDGE_STYLES.get(relation, {"label": relation, "color": "#555555", "width": 1}))
    relation_text = style["label"]
    if relation == "owner":
        style["label"] = ", ".join(role_name(role) for role in data.get("roles") or ("owner",))
        relation_text = f"owner ({style['label']})"
    style["relation"] = relation
    ends = short_label(graph.nodes[source], source), short_label(graph.nodes[target], target)
    style["title"] = f"{ends[0]} → {ends[1]}: {relation_text}"
    return style


def short_label(attributes: Mapping[str, Any], iri: str) -> str:
    """Return the text shown on a node: its ref, else its label cut to ``LABEL_LENGTH`` characters.

    Example:
        >>> short_label({"ref": "CSKA12", "label": "Improve outcomes"}, "urn:x")
        'CSKA12'
        >>> short_label({"label": "Reduce the number of children who are persistently absent"}, "urn:x")
        'Reduce the number of childr…'
    """
    ref = attributes.get("ref")
    if ref:
        return str(ref)
    label = " ".join(str(attributes.get("label") or "").split()) or iri.rstrip("/").rsplit("/", 1)[-1]
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + "…"


def hover_text(graph: nx.DiGraph, iri: str) -> str:
    """Return a node's hover text: plain text lines (vis-network shows a string title as text).

    Lists the full label, kind and ref, owners with their roles (and the holders of owning posts),
    holders or posts held for an agent, due date, plan title, source line, and each gap with its
    description.
    """
    attributes = graph.nodes[iri]
    kind = _kind(graph, iri)
    lines = [" ".join(str(attributes.get("label") or iri).split())]
    ref = attributes.get("ref")
    lines.append(f"{_style(kind).name}" + (f" · {ref}" if ref else ""))
    owners = [
        _owner_text(graph, target, data)
        for _, target, data in sorted(graph.out_edges(iri, data=True), key=lambda e: e[1])
        if _relation(data) == "owner"
    ]
    if owners:
        lines.append("Owners: " + "; ".join(sorted(owners)))
    holders = _names(graph, (t for _, t, d in graph.out_edges(iri, data=True) if _relation(d) == "heldBy"))
    if holders:
        lines.append("Held by: " + holders)
    posts = _names(graph, (s for s, _, d in graph.in_edges(iri, data=True) if _relation(d) == "heldBy"))
    if posts:
        lines.append("Holds: " + posts)
    owned = sum(1 for _, _, d in graph.in_edges(iri, data=True) if _relation(d) == "owner")
    if owned:
        lines.append(f"Owns {owned} item{'s' if owned != 1 else ''} shown here")
    if attributes.get("due"):
        lines.append(f"Due: {attributes['due']}")
    plan_title = attributes.get("plan_title")
    if plan_title:
        lines.append(f"Plan: {plan_title}")
    if attributes.get("line"):
        lines.append(f"Source: line {attributes['line']}" + (f" of {plan_title}" if plan_title else ""))
    if attributes.get("private"):
        lines.append("Private: from an appraisal record")
    if kind == "indicator" and "has_target" in attributes:
        lines.append("Target: set" if attributes["has_target"] else "Target: none stated")
    gaps = list(attributes.get("gaps") or ())
    if gaps:
        lines.append("Gaps:")
        lines += [f"  • {gap}: {GAP_KINDS[gap]}" if gap in GAP_KINDS else f"  • {gap}" for gap in gaps]
    return "\n".join(lines)


def _owner_text(graph: nx.DiGraph, owner: str, data: Mapping[str, Any]) -> str:
    name = " ".join(str(graph.nodes[owner].get("label") or owner).split())
    roles = ", ".join(role_name(role) for role in data.get("roles") or ("owner",))
    holders = _names(graph, (t for _, t, d in graph.out_edges(owner, data=True) if _relation(d) == "heldBy"))
    return f"{name} ({roles})" + (f", held by {holders}" if holders else "")


def role_name(role: str) -> str:
    """Return an owner role as words: ``leadMember`` gives ``lead member``.

    Example:
        >>> role_name("indicatorOwner")
        'indicator owner'
    """
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", role).lower()


def _names(graph: nx.DiGraph, iris: Iterable[str]) -> str:
    return ", ".join(sorted(" ".join(str(graph.nodes[i].get("label") or i).split()) for i in iris))


def _kind(graph: nx.DiGraph, iri: str) -> str:
    return str(graph.nodes[iri].get("kind") or "other")


def _style(kind: str) -> KindStyle:
    return KIND_STYLES.get(kind, OTHER_STYLE)


def _relation(data: Mapping[str, Any]) -> str:
    return str(data.get("relation") or "")


@cache
def _environment() -> Environment:
    folder = Path(str(resources.files("councilkg.views") / "templates"))
    return Environment(loader=FileSystemLoader(folder), autoescape=True, undefined=StrictUndefined)


@cache
def _asset(name: str) -> str:
    """Return one of vis-network's files as pyvis ships them (its ``in_line`` resources)."""
    text = (resources.files("pyvis") / "templates" / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early, and "<!--"
    # changes where an HTML parser thinks a script ends.
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise ViewError(f"pyvis's {VIS_VERSION}/{name} cannot be inlined: it holds a closing tag or <!--")
    return text
