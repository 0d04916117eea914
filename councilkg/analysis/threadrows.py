"""The rows a golden-thread graph is built from: read from the store, or kept with a plan's analytics.

:func:`read_thread_rows` asks the store for the items of some plans (or of all), the targets of
their indicators, their links and owners, and the outcomes, people and posts they lead to in the
reference graph: :func:`~councilkg.analysis.threads.load_thread_graph` builds its graph from them.
A plan's rows read alone are also kept in its derived graph (``ckg:threadRows``, written with its
analytics), so the thread of a few plans in a large store is built from one value a plan
(:func:`kept_thread_rows`, :func:`joined`, :meth:`ThreadRows.of_items`) rather than from some five
thousand index lookups: the rows are the same either way, which the tests check.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX, REFERENCE_GRAPH, derived_plan
from councilkg.ontology.vocab import CKG
from councilkg.queries import named_queries
from councilkg.queries.sparqltext import for_each_value, with_values
from councilkg.store.base import Store

Row = tuple[str | None, ...]
"""One result row as text: each bound term's value, ``None`` where unbound."""

#: The layout of the rows :meth:`ThreadRows.to_text` writes: a store written by a version that kept
#: them otherwise has its plans' rows read from the store instead.
_LAYOUT = 1

_ITEM_VARIABLES = {
    "thread-nodes": "item",
    "thread-targets": "indicator",
    "thread-owners": "item",
}
"""The variable of each thread query that rows limited to some items limit."""


@dataclass(frozen=True)
class ThreadRows:
    """The rows of the four thread queries, each sorted; nodes, links and owners without repeats."""

    nodes: tuple[Row, ...]
    """``thread-nodes``: item, class, named graph, label, ref, plan, line, due, timescale, review date."""
    targets: tuple[Row, ...]
    """``thread-targets``: indicator, period, value as printed, numeric value."""
    edges: tuple[Row, ...]
    """``thread-edges``: source, property, target."""
    owners: tuple[Row, ...]
    """``thread-owners``: item, owner property, agent."""

    def to_text(self) -> str:
        """Return the rows as kept in a derived graph: JSON, compressed, in base64 (a plan's 1,200
        rows of long IRIs are some 300 kB of JSON, 30 kB compressed)."""
        data = json.dumps([_LAYOUT, self.nodes, self.targets, self.edges, self.owners], separators=(",", ":"))
        return base64.b64encode(zlib.compress(data.encode(), 6)).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> ThreadRows:
        """Return the rows :meth:`to_text` wrote.

        Raises:
            ValueError: ``text`` is not such rows.
        """
        try:
            layout, nodes, targets, edges, owners = json.loads(zlib.decompress(base64.b64decode(text)))
        except (ValueError, zlib.error, TypeError) as error:  # bad base64, zlib or JSON, or shape
            raise ValueError(f"not the rows of a thread: {error}") from error
        if layout != _LAYOUT:
            raise ValueError(f"not the rows of a thread: layout {layout!r}, not {_LAYOUT}")
        return cls(*(tuple(tuple(row) for row in rows) for rows in (nodes, targets, edges, owners)))

    def of_items(self, items: Iterable[str]) -> ThreadRows:
        """Return the rows :func:`read_thread_rows` reads limited to ``items``, from these rows of
        their plans whole: the items' nodes, targets and owners, and the links and nodes of what
        they lead to, step by step."""
        wanted = set(items)
        nodes = [row for row in self.nodes if row[0] in wanted and not _is_reference(row[2])]
        owners = [row for row in self.owners if row[0] in wanted]
        known = {row[0] for row in nodes}
        by_source: dict[str | None, list[Row]] = defaultdict(list)
        for row in self.edges:
            by_source[row[0]].append(row)
        edges: list[Row] = []
        asked: set[str | None] = set()
        while sources := (known | (reached := _reached(known, [*owners, *edges]))) - asked:
            asked |= sources
            edges += [row for source in sources for row in by_source.get(source, ())]
        nodes += [row for row in self.nodes if row[0] in reached]
        targets = [row for row in self.targets if row[0] in wanted]
        return ThreadRows(_distinct(nodes), _sorted(targets), _distinct(edges), _distinct(owners))


def joined(rows: Iterable[ThreadRows]) -> ThreadRows:
    """Return the rows of several plans as one: what :func:`read_thread_rows` of the plans together
    reads, given each plan's read alone."""
    parts = list(rows)
    return ThreadRows(
        _distinct(row for part in parts for row in part.nodes),
        _sorted(row for part in parts for row in part.targets),
        _distinct(row for part in parts for row in part.edges),
        _distinct(row for part in parts for row in part.owners),
    )


def kept_thread_rows(store: Store, plans: Iterable[str]) -> dict[str, ThreadRows]:
    """Return the rows kept in the derived graphs of ``plans`` (IRIs), keyed by plan IRI; a plan
    without them (no analytics, or analytics a write made stale) is left out."""
    found: dict[str, ThreadRows] = {}
    for quad in store.derived_quads(CKG.threadRows, plans=plans):
        plan = derived_plan(quad.graph_name.value) if isinstance(quad.graph_name, ox.NamedNode) else None
        if plan is not None:
            try:
                found[plan] = ThreadRows.from_text(str(quad.object.value))  # type: ignore[union-attr]
            except ValueError:  # written by another version: read the plan's rows from the store
                continue
    return found


def read_thread_rows(
    store: Store,
    include_private: bool = True,
    plans: Iterable[str] | None = None,
    items: Iterable[str] | None = None,
) -> ThreadRows:
    """Return the rows of the thread graph of every plan in ``store``, or of some plans, as
    :func:`~councilkg.analysis.threads.load_thread_graph` describes its arguments."""
    queries = named_queries()
    wanted = None if plans is None else set(plans)
    some = None if items is None else sorted(set(items))
    scope: list[str] | None = None
    if wanted is not None:
        private = [str(g) for g in store.graphs(include_private) if str(g).startswith(PRIVATE_GRAPH_PREFIX)]
        scope = sorted(wanted) + private

    def select(name: str, iris: Iterable[str] | None) -> list[Row]:
        text = with_values(queries[name].text, "graph", iris)
        if some is not None:
            text = each_of(store, text, _ITEM_VARIABLES[name], some)
        return _as_text(store.query(text, include_private=include_private, graphs=iris).rows)

    nodes = select("thread-nodes", scope)
    targets = select("thread-targets", scope)
    # Limited to some items, their links and those of what they reach (a post a plan names the
    # holder of, say) are read step by step with the reference graph's.
    edges = select("thread-edges", scope) if some is None else []
    owners = select("thread-owners", scope)
    if scope is not None:
        # The outcomes, people and posts the plans' items lead to are in the reference graph, with
        # those of every other plan: read only the links and nodes reached.
        also = scope if some is not None else []
        links, reached = _reference_links(store, nodes, [*edges, *owners], include_private, also)
        edges += links
        if reached:
            nodes += _node_rows(store, [*scope, str(REFERENCE_GRAPH)], reached, include_private)
        nodes += _public_rows(store, nodes, include_private)
    return ThreadRows(_distinct(nodes), _sorted(targets), _distinct(edges), _distinct(owners))


def each_of(store: Store, text: str, variable: str, iris: Iterable[str]) -> str:
    """Return ``text`` limited to ``iris`` as ``?variable``, looked up from each where the store
    reads ``LATERAL`` (a reference graph of 1,100 plans read for 170 items: 1.5 ms, not 23 ms)."""
    if store.lateral_joins:
        return for_each_value(text, variable, iris)
    return with_values(text, variable, iris)


def only_private(graphs: Iterable[str | None]) -> bool:
    """True when every graph of ``graphs`` is a private (appraisal) graph."""
    return all(graph is not None and graph.startswith(PRIVATE_GRAPH_PREFIX) for graph in graphs)


def _as_text(rows: Iterable[Sequence[object]]) -> list[Row]:
    return [tuple(None if term is None else term.value for term in row) for row in rows]  # type: ignore[attr-defined]


def _key(row: Row) -> tuple[str, ...]:
    return tuple("" if cell is None else cell for cell in row)


def _sorted(rows: Iterable[Row]) -> tuple[Row, ...]:
    # Sorted here rather than by ORDER BY, which costs more than the query itself; the order nodes
    # and edges are added in is the order every view of the graph lists them in.
    return tuple(sorted(rows, key=_key))


def _distinct(rows: Iterable[Row]) -> tuple[Row, ...]:
    return _sorted(set(rows))


def _is_reference(graph: str | None) -> bool:
    return graph == str(REFERENCE_GRAPH)


def _reached(known: set[str | None], links: Iterable[Row]) -> set[str | None]:
    """Return what ``known`` leads to through ``links`` (source, property, target), step by step,
    that is not one of them: their outcomes and owners, and the holders of those posts."""
    targets: dict[str | None, set[str | None]] = defaultdict(set)
    for source, _property, target in links:
        targets[source].add(target)
    reached: set[str | None] = set()
    frontier = list(known)
    while frontier:
        step = [t for iri in frontier for t in targets.get(iri, ()) if t not in known and t not in reached]
        reached.update(step)
        frontier = step
    return reached


def _reference_links(
    store: Store,
    nodes: Sequence[Row],
    links: Sequence[Row],
    include_private: bool,
    graphs: Sequence[str] = (),
) -> tuple[list[Row], set[str | None]]:
    """Return the thread links the reference graph (and ``graphs``) states from the items of ``nodes``
    and from what they lead to through ``links`` and these links, found step by step (an outcome's
    national outcome, a post's holder), and what the items reach through all of them."""
    reference = [str(REFERENCE_GRAPH), *graphs]
    text = with_values(named_queries()["thread-edges"].text, "graph", reference)
    found: list[Row] = []
    asked: set[str | None] = set()
    items = {row[0] for row in nodes}
    while sources := (items | (reached := _reached(items, [*links, *found]))) - asked:
        asked |= sources
        query = each_of(store, text, "source", sorted(s for s in sources if s is not None))
        found += _as_text(store.query(query, include_private=include_private, graphs=reference).rows)
    return found, reached


def _public_rows(store: Store, nodes: Sequence[Row], include_private: bool) -> list[Row]:
    """Return the reference graph's node rows of the nodes ``nodes`` finds only in private graphs: a
    person an appraisal names who holds a post the reference graph states is not private."""
    graphs: dict[str | None, set[str | None]] = defaultdict(set)
    for item, _class, named_graph, *_cells in nodes:
        graphs[item].add(named_graph)
    hidden = sorted(iri for iri, found in graphs.items() if iri is not None and only_private(found))
    return _node_rows(store, [str(REFERENCE_GRAPH)], hidden, include_private) if hidden else []


def _node_rows(
    store: Store, graphs: list[str], iris: Iterable[str | None], include_private: bool
) -> list[Row]:
    """Return the ``thread-nodes`` rows of ``iris`` typed in ``graphs``, each looked up from the item."""
    # ?graph bound too: unbound, Oxigraph would look for each item in every plan's graph.
    text = with_values(named_queries()["thread-nodes"].text, "graph", graphs)
    text = each_of(store, text, "item", sorted(iri for iri in iris if iri is not None))
    return _as_text(store.query(text, include_private=include_private, graphs=graphs).rows)
