"""How a big view folds: what shows when it is collapsed, what each outcome or priority opens, and
narrowing a view to some outcomes or owners.

A collapsed view shows its outcomes and priorities (:data:`OVERVIEW_KINDS`); opening one shows the
items linked to it from below (the actions supporting it, the indicators measuring it, the actions
naming it as a related outcome), everything further down their threads (appraisal objectives), and
the owners of all of them and of the opened item itself. Items linked to no outcome or priority are
kept apart (:attr:`Outline.unlinked`), so the page can show them on request.

Example:
    >>> graph = nx.DiGraph()
    >>> graph.add_edge("a", "p", relation="supports")
    >>> graph.add_edge("p", "o", relation="contributesTo")
    >>> graph.add_edge("a", "who", relation="owner", roles=("owner",))
    >>> kinds = {"a": "action", "p": "priority", "o": "outcome", "who": "person"}
    >>> nx.set_node_attributes(graph, kinds, "kind")
    >>> folded = outline(graph)
    >>> folded.overview, folded.reveals["p"], folded.reveals["o"]
    (('o', 'p'), ('a', 'who'), ())
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from councilkg.analysis.threads import AGENT_KINDS, SPINE, owner_graph, thread_down
from councilkg.errors import ViewError
from councilkg.store.terms import shorten

OVERVIEW_KINDS = frozenset({"outcome", "priority"})
"""The kinds a collapsed view shows."""
COLLAPSE_ABOVE = 60
"""Most nodes a view without a focus may have to be drawn open; a bigger one starts collapsed."""
OUTCOME_KINDS = frozenset({"outcome"})
_DOWNWARD = SPINE | {"relatedOutcome"}
_CHOICES_LISTED = 10
_CHOICE_LENGTH = 50


@dataclass(frozen=True)
class Outline:
    """A view folded: the nodes shown collapsed, what opening each shows, and the unlinked items.

    ``reveals`` has an entry (maybe empty) for every node of ``overview``; ``unlinked`` holds the
    items no outcome or priority reveals, with their owners. Every node of the graph is in
    ``overview``, some ``reveals`` entry or ``unlinked``.
    """

    overview: tuple[str, ...]
    reveals: dict[str, tuple[str, ...]]
    unlinked: tuple[str, ...]


def outline(graph: nx.DiGraph) -> Outline:
    """Return how ``graph`` folds (see the module's docstring); node tuples are sorted.

    Example:
        >>> graph = nx.DiGraph()
        >>> graph.add_node("i", kind="indicator")
        >>> outline(graph).unlinked
        ('i',)
    """
    overview = sorted(iri for iri in graph if _kind(graph, iri) in OVERVIEW_KINDS)
    reveals = {iri: tuple(sorted(_opened(graph, iri) - {iri})) for iri in overview}
    shown = set(overview).union(*reveals.values())
    loose = {iri for iri in graph if iri not in shown and _kind(graph, iri) not in AGENT_KINDS}
    unlinked = _with_owners(graph, loose) | {iri for iri in graph if iri not in shown}
    return Outline(tuple(overview), reveals, tuple(sorted(unlinked - shown)))


def _opened(graph: nx.DiGraph, iri: str) -> set[str]:
    """Return what opening ``iri`` shows: the items below it down to the next overview items, owned."""
    children = {
        source
        for source in graph.predecessors(iri)
        if _relation(graph, source, iri) in _DOWNWARD and _kind(graph, source) not in OVERVIEW_KINDS
    }
    seen, frontier = set(children), list(children)
    while frontier:
        node = frontier.pop()
        for source in graph.predecessors(node):
            if (
                source not in seen
                and _relation(graph, source, node) in _DOWNWARD
                and _kind(graph, source) not in OVERVIEW_KINDS
            ):
                seen.add(source)
                frontier.append(source)
    return _with_owners(graph, seen | {iri})


def _with_owners(graph: nx.DiGraph, items: Iterable[str]) -> set[str]:
    """Return ``items``, their owners and the people holding those owners' posts."""
    found = set(items)
    owners = {t for i in found for t in graph.successors(i) if _relation(graph, i, t) == "owner"}
    holders = {t for a in owners | found for t in graph.successors(a) if _relation(graph, a, t) == "heldBy"}
    return found | owners | holders


def under_outcome(graph: nx.DiGraph, outcome: str) -> set[str]:
    """Return the nodes of the threads below ``outcome``: it, what leads to it, and their owners."""
    return set(thread_down(graph, outcome))


def owned_by(graph: nx.DiGraph, agent: str) -> set[str]:
    """Return the nodes of what ``agent`` owns and the threads above it (see ``owner_graph``)."""
    return set(owner_graph(graph, agent))


def matching(graph: nx.DiGraph, text: str, kinds: frozenset[str], what: str) -> list[str]:
    """Return the nodes of ``kinds`` whose code is ``text`` or whose label holds it (any case).

    Raises:
        ViewError: none matches; the message lists the ``what`` the view has.
    """
    wanted = " ".join(text.split()).casefold()
    candidates = sorted(iri for iri in graph if _kind(graph, iri) in kinds)
    found = [
        iri
        for iri in candidates
        if wanted
        and (
            iri == text
            or " ".join(str(graph.nodes[iri].get("ref") or "").split()).casefold() == wanted
            or wanted in " ".join(str(graph.nodes[iri].get("label") or "").split()).casefold()
        )
    ]
    if found:
        return found
    names = sorted({shorten(display_name(graph, iri), _CHOICE_LENGTH) for iri in candidates})
    if not names:
        raise ViewError(f"no {what} matches {text!r}: this view has none")
    listed = "; ".join(names[:_CHOICES_LISTED]) + (" …" if len(names) > _CHOICES_LISTED else "")
    raise ViewError(f"no {what} matches {text!r}; this view's {what}s: {listed}")


def narrow(graph: nx.DiGraph, outcomes: Sequence[str] = (), owners: Sequence[str] = ()) -> nx.DiGraph:
    """Return the part of ``graph`` under the outcomes matching ``outcomes`` and owned by ``owners``.

    Each text picks the outcomes (or owners: people, posts, units, partners) whose code it is or
    whose label holds it. With outcomes, the view keeps the threads below them; with owners, what
    they own and the threads above it; with both, what both keep. No texts: ``graph`` itself.

    Returns:
        A copy of the narrowed subgraph (``graph`` when nothing was asked).

    Raises:
        ViewError: a text matches no outcome or owner of the view.

    Example:
        >>> graph = nx.DiGraph()
        >>> graph.add_edge("a", "o", relation="supports")
        >>> graph.add_edge("b", "o2", relation="supports")
        >>> kinds = {"a": "action", "o": "outcome", "b": "action", "o2": "outcome"}
        >>> nx.set_node_attributes(graph, kinds, "kind")
        >>> nx.set_node_attributes(graph, {"o": "Be healthy", "o2": "Stay safe"}, "label")
        >>> sorted(narrow(graph, outcomes=["healthy"]))
        ['a', 'o']
    """
    if not outcomes and not owners:
        return graph
    kept = set(graph)
    if outcomes:
        picked = [iri for text in outcomes for iri in matching(graph, text, OUTCOME_KINDS, "outcome")]
        kept &= set().union(*(under_outcome(graph, iri) for iri in picked))
    if owners:
        picked = [iri for text in owners for iri in matching(graph, text, AGENT_KINDS, "owner")]
        kept &= set().union(*(owned_by(graph, iri) for iri in picked))
    return graph.subgraph(kept).copy()


def display_name(graph: nx.DiGraph, iri: str) -> str:
    """Return an item's code and label (``CSOB05 Stabilise the workforce``), or an owner's name."""
    attributes = graph.nodes[iri]
    label = " ".join(str(attributes.get("label") or iri).split())
    return f"{attributes['ref']} {label}" if attributes.get("ref") else label


def _kind(graph: nx.DiGraph, iri: str) -> str:
    return str(graph.nodes[iri].get("kind") or "other")


def _relation(graph: nx.DiGraph, source: str, target: str) -> str:
    return str(graph.edges[source, target].get("relation") or "")
