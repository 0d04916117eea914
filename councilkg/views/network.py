"""Interactive HTML views of a thread graph: a pyvis (vis-network) drawing in one offline page.

The page is self-contained: vis-network's script and stylesheet (shipped inside pyvis) are inlined,
and nothing is fetched from a network, so a view opens on a machine with no connection. The drawing
is layered, top to bottom (:mod:`councilkg.views.layout`): outcomes, priorities, indicators, actions
and projects, appraisal objectives, each owner below what it owns. A big view without a focus (a
whole plan) starts collapsed to its outcomes and priorities, and a click opens one
(:mod:`councilkg.views.outline`); the page can show only one outcome's threads or one owner's
items. Gaps are marked by kind, in a colour of their own, each kind with a switch in the legend;
a kind that marks most of the items it applies to is a trait of the whole plan, listed but off at
first, so the few gaps that matter stand out.

Example:
    >>> import networkx as nx
    >>> graph = nx.DiGraph()
    >>> graph.add_node("urn:x:o", kind="outcome", label="Children are safe")
    >>> "Children are safe" in render_html(graph, "One outcome")
    True
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
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
from councilkg.views.labels import FOCUS_FONT_SIZE, FONT_SIZE, NODE_WIDTH, label_width, short_label
from councilkg.views.layout import (
    KIND_ORDER,
    LEVEL_SEPARATION,
    NODE_GAP,
    ROW_WIDTH,
    layout_data,
    node_levels,
    node_positions,
    node_rows,
    node_sort_key,
)
from councilkg.views.outline import (
    COLLAPSE_ABOVE,
    OVERVIEW_KINDS,
    Outline,
    display_name,
    outline,
    owned_by,
    under_outcome,
)

TEMPLATE = "thread-view.html"
SCRIPT = "thread-view.js"
VIS_VERSION = "vis-9.1.2"
EDGE_LABELS_SHOWN = 40
"""Most edges a view may have for their labels to be drawn all the time; a bigger view labels an
edge only while it, or a node at one of its ends, is hovered or selected (the labels of many edges
between two rows pile up into an unreadable line)."""
EDGE_LABEL_COLOUR = "#444444"
HIDDEN = "rgba(0,0,0,0)"


@dataclass(frozen=True)
class KindStyle:
    """How the nodes of one kind are drawn: legend name, fill colour and shape."""

    name: str
    colour: str
    shape: str


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

BORDER = "#555555"
GAP_BORDER_WIDTH = 4
GAP_COLOURS: dict[str, str] = {
    "action-without-owner": "#d62728",
    "action-without-priority": "#ff7f0e",
    "action-without-outcome": "#8c564b",
    "priority-without-action": "#e377c2",
    "priority-without-indicator": "#9467bd",
    "indicator-unlinked": "#1f77b4",
    "indicator-without-target": "#bcbd22",
    "indicator-without-owner": "#7f7f7f",
    "post-without-holder": "#2ca02c",
    "objective-unlinked": "#17becf",
}
"""The border colour of each kind of gap (one per key of ``GAP_KINDS``, in its order)."""
OTHER_GAP_COLOUR = "#000000"
GAP_APPLIES_TO: dict[str, tuple[str, ...]] = {
    "action": ("action", "project"),
    "priority": ("priority",),
    "indicator": ("indicator",),
    "post": ("post",),
    "objective": ("objective",),
}
"""The kinds of node each family of gap kinds (the first word of its name) applies to."""
WIDESPREAD_SHARE = 0.5
WIDESPREAD_LEAST = 5
"""A gap kind marking more than ``WIDESPREAD_SHARE`` of the items it applies to, and at least
``WIDESPREAD_LEAST`` of them, says something of the whole plan ("no indicator names an owner"):
the legend lists it, switched off, rather than outlining nearly every node."""
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
    # Positions come from node_positions (and the page's twin of it); vis-network only draws.
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


@dataclass(frozen=True)
class LegendEntry:
    """One entry of a page's legend of kinds: a swatch (fill, border, dashed or not) and its name."""

    name: str
    colour: str
    border: str = BORDER
    dashed: bool = False


@dataclass(frozen=True)
class GapKey:
    """One kind of gap in a view: its colour, how many nodes it marks among how many it applies to
    (``among``, the nodes of the kinds it marks, named by ``noun``), and whether it starts shown."""

    kind: str
    description: str
    colour: str
    count: int
    among: int
    noun: str
    shown: bool

    @property
    def text(self) -> str:
        """Return the legend's words for this kind, e.g. ``indicator unlinked: 30 of 103 indicators``."""
        return f"{self.kind.replace('-', ' ')}: {self.count} of {self.among} {self.noun}"


@dataclass(frozen=True)
class ViewData:
    """What a page draws: vis-network's nodes, edges and options, and what its script needs to fold,
    filter and lay the view out again (``script``: indices into ``nodes``)."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    legend: list[LegendEntry]
    gap_keys: list[GapKey]
    script: dict[str, Any]
    collapsible: bool
    outcome_choices: list[tuple[int, str]]
    owner_choices: list[tuple[int, str]]


def render_html(
    graph: nx.DiGraph, title: str, focus: str | None = None, collapsed: bool | None = None
) -> str:
    """Return a self-contained HTML page drawing ``graph`` as an interactive layered network.

    Nodes are coloured by ``kind`` (a legend lists the kinds present), labelled with their code
    and the start of their words (:func:`~councilkg.views.labels.short_label`), and carry hover
    text (:func:`hover_text`) with the full label, code, kind, owners and their roles, due date,
    plan, source line and gaps. Gaps are outlined by kind (:func:`gap_keys`); nodes read from a
    private appraisal graph have a dashed border. Edges are styled and labelled by relation (owner
    edges by role; related outcomes dashed, post holders dotted); in a view of more than
    ``EDGE_LABELS_SHOWN`` edges a label shows only while its edge, or a node at one end, is hovered
    or selected. Nothing in the page is loaded from a network, and the same graph always gives the
    same page.

    Args:
        graph: a thread graph (node and edge attributes as built by :mod:`councilkg.analysis.threads`).
        title: the page's heading.
        focus: a node to draw larger, e.g. the item a thread was drawn from.
        collapsed: start folded to outcomes and priorities, a click opening each (``True``), or
            open (``False``); ``None`` folds a view of more than ``COLLAPSE_ABOVE`` nodes that has
            no focus and has outcomes or priorities to fold to.

    Returns:
        The page's HTML text. An empty graph gives a page saying there is nothing to show.

    Raises:
        ViewError: ``focus`` is not a node of a non-empty ``graph``.
    """
    data = view_data(graph, focus, collapsed)
    relations = {_relation(d) for _, _, d in graph.edges(data=True)}
    hidden = sum(1 for node in data.nodes if node.get("hidden"))
    template = _environment().get_template(TEMPLATE)
    return template.render(
        title=title,
        nodes=data.nodes,
        edges=data.edges,
        options=data.options,
        legend=data.legend,
        gap_keys=data.gap_keys,
        view=data.script,
        collapsible=data.collapsible,
        outcome_choices=data.outcome_choices,
        owner_choices=data.owner_choices,
        hidden_count=hidden,
        unlinked_count=len(data.script["unlinked"]),
        edge_key=[text for relation, text in EDGE_KEY.items() if relation in relations],
        edge_label_colour=EDGE_LABEL_COLOUR,
        item_count=sum(1 for iri in graph if _kind(graph, iri) not in AGENT_KINDS),
        agent_count=sum(1 for iri in graph if _kind(graph, iri) in AGENT_KINDS),
        vis_css=_asset("vis-network.css") if data.nodes else "",
        vis_js=_asset("vis-network.min.js") if data.nodes else "",
        view_js=_script() if data.nodes else "",
    )


def view_data(graph: nx.DiGraph, focus: str | None = None, collapsed: bool | None = None) -> ViewData:
    """Return what :func:`render_html` puts in the page for ``graph`` (arguments as there).

    Nodes come in drawing order (by level, then kind, plan, code); a node hidden while the view
    is collapsed has ``hidden: True`` and its place in the open view, the others their place in
    the collapsed drawing. ``script`` holds, by index into the nodes: ``layout`` (each node's row,
    sort rank and width, see :func:`~councilkg.views.layout.layout_data`), ``overview``,
    ``reveals`` and ``unlinked`` (:func:`~councilkg.views.outline.outline`), ``outcomes`` and
    ``owners`` (the nodes each outcome's threads, or each owner's items and the threads above them,
    keep), the gap colours, and the layout's constants.

    Raises:
        ViewError: ``focus`` is not a node of a non-empty ``graph``.
    """
    if focus is not None and len(graph) and focus not in graph:
        raise ViewError(f"focus {focus} is not a node of the graph; pass the IRI of one of its items")
    folded = outline(graph)
    collapsible = starts_collapsed(graph, focus, collapsed)
    widths = _hint_widths(graph, folded) if collapsible else {}
    levels = node_levels(graph)
    positions = node_positions(graph, levels, focus, widths)
    order = sorted(graph.nodes, key=lambda iri: node_sort_key(graph, iri, levels[iri]))
    index = {iri: number for number, iri in enumerate(order)}
    shown = set(graph)
    if collapsible:
        shown = set(folded.overview)
        part = graph.subgraph(shown)
        positions |= node_positions(part, node_levels(part, node_rows(graph)), None, widths)
    keys = gap_keys(graph)
    gaps_shown = {key.kind for key in keys if key.shown}
    network = Network(directed=True, cdn_resources="in_line")
    for iri in order:
        x, y = positions[iri]
        drawn = _vis_node(graph, iri, levels[iri], iri == focus, gaps_shown)
        if collapsible:
            drawn["title"] += _opening_hint(graph, folded.reveals.get(iri, ()))
        network.add_node(iri, x=x, y=y, hidden=iri not in shown, **drawn)
    edges = sorted(graph.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], _relation(e[2])))
    for number, (source, target, data) in enumerate(edges):
        network.add_edge(source, target, id=f"e{number}", **_vis_edge(graph, source, target, data))
    nodes, vis_edges, *_ = network.get_network_data()
    for node in nodes:
        if not node["hidden"]:
            del node["hidden"]

    outcomes = [iri for iri in order if _kind(graph, iri) == "outcome"] if collapsible else []
    owners = [iri for iri in order if _kind(graph, iri) in AGENT_KINDS] if collapsible else []
    script = {
        "collapsible": collapsible,
        "layout": layout_data(graph, order, focus, widths),
        **_fold_data(graph, index, folded, outcomes, owners),
        "gapColours": {key.kind: key.colour for key in keys},
        "border": BORDER,
        "gapBorderWidth": GAP_BORDER_WIDTH,
        "focus": index[focus] if focus is not None and focus in index else None,
        "rowWidth": ROW_WIDTH,
        "levelSeparation": LEVEL_SEPARATION,
        "nodeGap": NODE_GAP,
    }
    return ViewData(
        nodes=nodes,
        edges=vis_edges,
        options=_options(graph),
        legend=_legend(graph),
        gap_keys=keys,
        script=script,
        collapsible=collapsible,
        outcome_choices=[(index[iri], display_name(graph, iri)) for iri in outcomes],
        owner_choices=sorted(
            ((index[iri], display_name(graph, iri)) for iri in owners), key=lambda c: c[1].casefold()
        ),
    )


def _fold_data(
    graph: nx.DiGraph,
    index: Mapping[str, int],
    folded: Outline,
    outcomes: Iterable[str],
    owners: Iterable[str],
) -> dict[str, Any]:
    """Return the fold and the filters' node sets for the page's script, by index into its nodes."""

    def indices(iris: Iterable[str]) -> list[int]:
        return sorted(index[iri] for iri in iris)

    return {
        "overview": indices(folded.overview),
        "reveals": {index[iri]: indices(nodes) for iri, nodes in folded.reveals.items()},
        "revealedItems": {
            index[iri]: sum(1 for n in nodes if _kind(graph, n) not in AGENT_KINDS)
            for iri, nodes in folded.reveals.items()
        },
        "unlinked": indices(folded.unlinked),
        "outcomes": {index[iri]: indices(under_outcome(graph, iri)) for iri in outcomes},
        "owners": {index[iri]: indices(owned_by(graph, iri)) for iri in owners},
    }


def starts_collapsed(graph: nx.DiGraph, focus: str | None = None, collapsed: bool | None = None) -> bool:
    """Return whether the page of ``graph`` starts folded to its outcomes and priorities.

    ``collapsed`` decides, when given, for a graph that has outcomes or priorities to fold to;
    ``None`` folds a graph of more than ``COLLAPSE_ABOVE`` nodes that has no ``focus``.

    Example:
        >>> graph = nx.DiGraph()
        >>> graph.add_node("o", kind="outcome")
        >>> starts_collapsed(graph), starts_collapsed(graph, collapsed=True)
        (False, True)
    """
    has_overview = any(_kind(graph, iri) in OVERVIEW_KINDS for iri in graph)
    if collapsed is not None:
        return collapsed and has_overview
    return len(graph) > COLLAPSE_ABOVE and focus is None and has_overview


def gap_keys(graph: nx.DiGraph) -> list[GapKey]:
    """Return one key per kind of gap marked in ``graph``, in ``GAP_KINDS`` order.

    A kind counts the nodes it marks among the nodes of the same kinds (an indicator gap among the
    indicators); it starts shown unless it is widespread (see ``WIDESPREAD_SHARE``).

    Example:
        >>> graph = nx.DiGraph()
        >>> for n in range(6):
        ...     graph.add_node(f"i{n}", kind="indicator", gaps=["indicator-without-owner"])
        >>> graph.nodes["i0"]["gaps"] = ["indicator-unlinked", "indicator-without-owner"]
        >>> for key in gap_keys(graph):
        ...     print(key.text, key.shown)
        indicator unlinked: 1 of 6 indicators True
        indicator without owner: 6 of 6 indicators False
    """
    marked: dict[str, list[str]] = {}
    for iri in graph:
        for gap in graph.nodes[iri].get("gaps") or ():
            marked.setdefault(gap, []).append(iri)
    order = list(GAP_KINDS)
    keys = []
    for gap in sorted(marked, key=lambda g: (order.index(g) if g in order else len(order), g)):
        applies = GAP_APPLIES_TO.get(gap.split("-")[0], ())
        kinds = sorted(
            {_kind(graph, iri) for iri in marked[gap]}
            | {k for k in applies if any(_kind(graph, n) == k for n in graph)},
            key=lambda k: KIND_ORDER.get(k, 99),
        )
        among = sum(1 for iri in graph if _kind(graph, iri) in kinds)
        count = len(marked[gap])
        widespread = count >= WIDESPREAD_LEAST and count > WIDESPREAD_SHARE * among
        noun = " and ".join(_plural(_style(kind).name) for kind in kinds)
        colour = GAP_COLOURS.get(gap, OTHER_GAP_COLOUR)
        keys.append(GapKey(gap, GAP_KINDS.get(gap, gap), colour, count, among, noun, not widespread))
    return keys


def _plural(name: str) -> str:
    return name[:-1] + "ies" if name.endswith("y") else name + "s"


def _hint_widths(graph: nx.DiGraph, folded: Outline) -> dict[str, float]:
    """Return the widths of the nodes a click opens, with the longest line the page may add to their
    label (``▸ 23 below · 5 with gaps``), so that the layout leaves room for it."""
    widths = {}
    for iri, revealed in folded.reveals.items():
        items = sum(1 for n in revealed if _kind(graph, n) not in AGENT_KINDS)
        gapped = sum(1 for n in revealed if graph.nodes[n].get("gaps"))
        if revealed:
            hint = f"▸ {items} below · {gapped} with gaps" if gapped else f"▸ {items} below"
            widths[iri] = label_width(f"{short_label(graph.nodes[iri], iri)}\n{hint}")
    return widths


def _opening_hint(graph: nx.DiGraph, revealed: Sequence[str]) -> str:
    items = sum(1 for iri in revealed if _kind(graph, iri) not in AGENT_KINDS)
    if not revealed:
        return ""
    what = f"{items} item{'s' if items != 1 else ''}" if items else "its owners"
    return f"\nClick to show or hide {what} below"


def _options(graph: nx.DiGraph) -> dict[str, Any]:
    """Return the vis-network options for ``graph``: edge labels hidden until asked for in big views."""
    options = copy.deepcopy(VIS_OPTIONS)
    if graph.number_of_edges() > EDGE_LABELS_SHOWN:
        options["edges"]["font"].update(color=HIDDEN, strokeWidth=0)
    return options


def _legend(graph: nx.DiGraph) -> list[LegendEntry]:
    """Return the legend of kinds: one entry per kind present, then the private marking if used."""
    kinds = sorted({_kind(graph, iri) for iri in graph}, key=lambda kind: KIND_ORDER.get(kind, 99))
    legend = [LegendEntry(_style(kind).name, _style(kind).colour) for kind in kinds]
    if any(graph.nodes[iri].get("private") for iri in graph):
        legend.append(LegendEntry("private appraisal record", "#ffffff", dashed=True))
    return legend


def write_html(
    graph: nx.DiGraph, path: Path, title: str, focus: str | None = None, collapsed: bool | None = None
) -> Path:
    """Write the page :func:`render_html` draws for ``graph`` to ``path``, creating its folders.

    Returns:
        ``path``.

    Raises:
        ViewError: the page cannot be written (folder not writable, path is a folder...), or
            ``focus`` is not a node of the graph; ``path`` exists and is not a regular file.
    """
    page = render_html(graph, title, focus, collapsed)
    try:
        write_file(path, page, make_folders=True)
    except OutputError as error:
        raise ViewError(f"{error}; choose another output file") from error
    return path


def _vis_node(
    graph: nx.DiGraph, iri: str, level: int, focused: bool, gaps_shown: Iterable[str]
) -> dict[str, Any]:
    """Return the keyword arguments of pyvis ``add_node`` drawing one node; its border shows its
    first gap of a kind in ``gaps_shown``."""
    attributes = graph.nodes[iri]
    kind = _kind(graph, iri)
    style = _style(kind)
    gaps = list(attributes.get("gaps") or ())
    marked = [gap for gap in gaps if gap in set(gaps_shown)]
    border = GAP_COLOURS.get(marked[0], OTHER_GAP_COLOUR) if marked else BORDER
    fill = style.colour
    colour = {
        "background": fill,
        "border": border,
        "highlight": {"background": fill, "border": border if marked else "#000000"},
        "hover": {"background": fill, "border": border if marked else "#000000"},
    }
    drawn = {
        "label": short_label(attributes, iri),
        "title": hover_text(graph, iri),
        "shape": style.shape,
        "color": colour,
        "borderWidth": GAP_BORDER_WIDTH if marked or focused else 1,
        "font": {"size": FOCUS_FONT_SIZE if focused else FONT_SIZE},
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
    # An end's code (its label's first line), so the hover is one line.
    ends = [short_label(graph.nodes[end], end).split("\n")[0] for end in (source, target)]
    style["title"] = f"{ends[0]} → {ends[1]}: {relation_text}"
    return style


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
def _script() -> str:
    """Return the page's own script: folding, filters, gap switches and the layout's twin."""
    text = (resources.files("councilkg.views") / "templates" / SCRIPT).read_text(encoding="utf-8")
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise ViewError(f"{SCRIPT} cannot be inlined: it holds a closing tag or <!--")
    return text


@cache
def _asset(name: str) -> str:
    """Return one of vis-network's files as pyvis ships them (its ``in_line`` resources)."""
    text = (resources.files("pyvis") / "templates" / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early, and "<!--"
    # changes where an HTML parser thinks a script ends.
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise ViewError(f"pyvis's {VIS_VERSION}/{name} cannot be inlined: it holds a closing tag or <!--")
    return text
