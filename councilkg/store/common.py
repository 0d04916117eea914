"""What both stores share: whole-plan writes as one SPARQL update each, and exports.

:class:`LayoutStore` keeps the layout of :mod:`councilkg.ontology.graphs` with SPARQL updates: a
plan's graph and its hidden contribution graph are rewritten together, and the derived graphs (the
reference graph, the merge of the public graphs) are kept in step in the same update. A store built
on it gives the primitives: :meth:`LayoutStore._update`, :meth:`LayoutStore.graphs` and
:meth:`LayoutStore.graph_quads`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager

import pyoxigraph as ox
from rdflib import Graph, URIRef

from councilkg.errors import QueryError, StoreError
from councilkg.ontology.graphs import (
    CONTRIBUTION_PREFIX,
    DERIVED_PREFIX,
    ONTOLOGY_GRAPH,
    PRIVATE_GRAPH_PREFIX,
    REFERENCE_GRAPH,
    STATIC_CONTRIBUTION,
    contribution_graph,
    derived_graph,
    derived_scope,
    is_private_graph,
)
from councilkg.ontology.vocab import PREFIXES
from councilkg.store.base import EXPORT_FORMATS, PreparedPlan, prepare_plan
from councilkg.store.names import NameIndex
from councilkg.store.rdf import ntriples, to_ox


class LayoutStore(ABC):
    """The writes and exports of a councilkg store, over a store's own updates and reads."""

    merge_graph: URIRef | None = None
    """Where the merge of the public graphs is kept: ``None`` is the store's default graph."""

    lateral_joins = False
    """Whether queries may use ``LATERAL``: SPARQL servers (Virtuoso) read SPARQL 1.1 only."""

    _names: NameIndex | None = None
    """The store's name index (:mod:`councilkg.store.names`), if it keeps one."""

    def __init__(self, location: str, read_only: bool) -> None:
        self.location = location
        self.read_only = read_only

    @abstractmethod
    def close(self) -> None:
        """Release the store (flushing what it holds); returns nothing."""

    def __enter__(self) -> LayoutStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
            return
        with contextlib.suppress(StoreError):  # the error on its way out says what failed first
            self.close()

    # -- the store's own primitives -------------------------------------------------------------

    @abstractmethod
    def _update(self, update: str) -> None:
        """Run a SPARQL update on the store; returns nothing.

        Raises:
            StoreError: the store is read-only, or the write failed.
        """

    @abstractmethod
    def graphs(self, include_private: bool = False) -> list[URIRef]:
        """Return the store's public named graphs, sorted; private (appraisal) graphs only when asked."""

    @abstractmethod
    def graph_quads(self, graph: URIRef) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph."""

    @abstractmethod
    def _stored_graphs(self) -> list[str]:
        """Return every named graph the store holds, the hidden and private ones included."""

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Return a context in which writes may be bulk-loaded (see
        :meth:`~councilkg.store.embedded.EmbeddedStore.bulk_writes`); here, a block that writes
        transactionally, as outside it."""
        return contextlib.nullcontext()

    def _bulk_add(self, contents: Mapping[URIRef, str]) -> bool:
        """Hand source graphs (IRI → N-Triples) to a bulk build in progress; return whether it took
        them (``False``: none runs, or it holds one of them already, so they are written by update)."""
        return False

    def _insert_data(self, graph: URIRef, text: str) -> str:
        """Return the update operation(s) inserting N-Triples ``text`` into ``graph``."""
        return f"INSERT DATA {{ GRAPH {to_ox(graph)} {{\n{text}\n}} }}"

    # -- writing -------------------------------------------------------------------------------

    def replace_plan(self, graph: Graph, shared: Graph | None = None) -> int:
        """Replace one plan's named graph and its share of the reference graph, in one transaction.

        Args:
            graph: the plan's triples; its identifier (the plan's IRI) names the graph.
            shared: what the plan adds to the reference graph (people, posts, frameworks...).

        Returns:
            The number of triples written to the plan's graph.
        """
        return self.write_plan(prepare_plan(graph, shared))

    def write_plan(self, prepared: PreparedPlan, replaces: URIRef | None = None) -> int:
        """Replace one plan's named graph and its share of the reference graph, in one transaction.

        Args:
            prepared: the plan's triples.
            replaces: another plan (its IRI) that this one replaces, under another name: its graph and
                its share of the reference graph are dropped in the same transaction.

        Returns:
            The number of triples written to the plan's graph.
        """
        name = prepared.name
        contents = {name: prepared.plan_text, contribution_graph(name): prepared.shared_text}
        if replaces is not None and replaces != name:
            contents = {replaces: "", contribution_graph(replaces): "", **contents}
        self._rewrite(contents, self._stale_derived([name, *([replaces] if replaces is not None else [])]))
        return prepared.triples

    def write_reference(self, ontology: str, reference: str) -> None:
        """Rewrite the ontology graph and the shipped reference data with these N-Triples; returns nothing."""
        self._rewrite({ONTOLOGY_GRAPH: ontology, STATIC_CONTRIBUTION: reference})

    def remove_plan(self, plan: URIRef) -> None:
        """Drop a plan's graph and its share of the reference graph, in one transaction."""
        self._rewrite({plan: "", contribution_graph(plan): ""}, self._stale_derived([plan]))

    def _stale_derived(self, plans: Iterable[URIRef]) -> list[URIRef]:
        """Return the derived graphs (see :func:`~councilkg.ontology.graphs.derived_graph`) that writing
        ``plans`` makes stale: those of every plan of their authorities. A write drops them with the
        plan, so a derived graph in the store is never older than the plans it was computed from;
        ``councilkg.api`` computes them again after the write."""
        scopes = tuple({derived_scope(plan) for plan in plans})
        own = {str(derived_graph(plan)) for plan in plans}
        return [URIRef(g) for g in self._stored_graphs() if g.startswith(scopes) or g in own]

    def replace_derived_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace derived (analytics) graphs, all in one transaction; an empty graph drops its graph.

        Derived graphs are hidden: never merged into the default graph, listed or exported. They are
        not indexed by name either (they hold no labels).

        Args:
            graphs: the graphs; each identifier must be an IRI under ``id:graph/derived/``.

        Returns:
            The number of triples written, all graphs together.

        Raises:
            StoreError: an identifier is not a derived graph's IRI, or the write failed.
        """
        contents: dict[URIRef, str] = {}
        written = 0
        for graph in graphs:
            name = graph.identifier
            if not (isinstance(name, URIRef) and str(name).startswith(DERIVED_PREFIX)):
                raise StoreError(f"{name} is not a derived graph; its IRI must start with {DERIVED_PREFIX}")
            contents[name] = ntriples(graph) if len(graph) else ""
            written += len(graph)
        if not contents or self._bulk_add(contents):
            return written
        parts: list[str] = []
        for name, text in contents.items():
            parts.append(f"DROP SILENT GRAPH {to_ox(name)}")
            if text:
                parts.append(self._insert_data(name, text))
        self._update(" ;\n".join(parts))
        return written

    def replace_private_graph(self, graph: Graph) -> int:
        """Replace one private (appraisal) graph with ``graph``; see :meth:`replace_private_graphs`.

        Returns:
            The number of triples written.
        """
        return self.replace_private_graphs([graph])

    def replace_private_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace private (appraisal) graphs, all in one transaction.

        Unlike :meth:`replace_plan`, nothing is merged into the store's default graph, which holds
        the public graphs only: :meth:`query` adds private graphs to it only when asked. An empty
        graph drops the private graph of its name.

        Args:
            graphs: the graphs; each identifier must be an IRI under ``id:graph/appraisals/``.

        Returns:
            The number of triples written, all graphs together.

        Raises:
            StoreError: an identifier is not a private graph's IRI, or the write failed.
        """
        graphs = list(graphs)
        parts: list[str] = []
        written = 0
        for graph in graphs:
            name = graph.identifier
            if not (isinstance(name, URIRef) and is_private_graph(name)):
                raise StoreError(
                    f"{name} is not a private graph; its IRI must start with {PRIVATE_GRAPH_PREFIX}"
                )
            parts.append(f"DROP SILENT GRAPH {to_ox(name)}")
            if len(graph):
                parts.append(self._insert_data(name, ntriples(graph)))
            written += len(graph)
        if parts:
            self._written([str(graph.identifier) for graph in graphs], " ;\n".join(parts))
        return written

    def _rewrite(self, contents: Mapping[URIRef, str], dropped: Iterable[URIRef] = ()) -> None:
        """Rewrite source graphs, and the merged graphs with them, in one update, dropping the hidden
        graphs ``dropped`` (stale analytics) in the same update; returns nothing. A bulk build in
        progress takes graphs it does not hold yet, with nothing to drop."""
        dropped = list(dropped)
        if not dropped and self._bulk_add(contents):
            return
        drops = [f"DROP SILENT GRAPH {to_ox(graph)}" for graph in dropped]
        update = " ;\n".join([*drops, self._rewrite_update(contents)])
        self._written([str(graph) for graph in contents], update)

    def _written(self, graphs: list[str], update: str) -> None:
        """Run ``update``, which rewrites the named ``graphs``, keeping the store's name index in step:
        the graphs are marked dirty in it first, and re-read after; returns nothing."""
        if self._names is not None:
            try:
                self._names.mark_dirty(graphs)
            except sqlite3.Error:  # an index that cannot follow this write must not outlive it
                self._names.discard()
                self._names = None
        self._update(update)
        if self._names is not None:
            # On failure the graphs stay dirty: the index is not current until a writer re-reads them.
            with contextlib.suppress(sqlite3.Error):
                self._names.refresh(graphs, self._quads_of)

    def _quads_of(self, graph: ox.NamedNode, predicate: ox.NamedNode) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph with ``predicate``."""
        return (quad for quad in self.graph_quads(URIRef(graph.value)) if quad.predicate == predicate)

    def name_index(self) -> NameIndex | None:
        """Return the store's name index when it holds every graph as the store has it, else ``None``."""
        return self._names if self._names is not None and self._names.current() else None

    def _rewrite_update(self, contents: Mapping[URIRef, str]) -> str:
        """Return one SPARQL update that rewrites source graphs and keeps the derived graphs in step.

        Source graphs are the plan graphs, the ontology graph and the hidden contribution graphs
        (each plan's share of the reference data, and the shipped reference data). Two graphs are
        derived from them: the reference graph, the merge of the contributions; and the store's
        default graph, the merge of every public graph, so that a triple stated twice is one triple
        to a query. A triple leaves a derived graph only when no other source still states it.
        """
        ref = to_ox(REFERENCE_GRAPH)
        rewritten = [str(to_ox(g)) for g in contents]
        contributions = [str(to_ox(g)) for g in contents if str(g).startswith(CONTRIBUTION_PREFIX)]
        old_all, old_contributions = " ".join(rewritten), " ".join(contributions)
        others = f"?other NOT IN ({', '.join(rewritten)})"
        is_source = (
            f'?other != {ref} && !STRSTARTS(STR(?other), "{PRIVATE_GRAPH_PREFIX}")'
            f' && !STRSTARTS(STR(?other), "{DERIVED_PREFIX}")'
        )
        if self.merge_graph is not None:
            is_source += f" && ?other != {to_ox(self.merge_graph)}"
        is_contribution = f'STRSTARTS(STR(?other), "{CONTRIBUTION_PREFIX}")'
        triple = "{ ?s ?p ?o }"
        merged = triple if self.merge_graph is None else f"{{ GRAPH {to_ox(self.merge_graph)} {triple} }}"
        parts = [
            f"DELETE {merged} WHERE {{ VALUES ?old {{ {old_all} }} GRAPH ?old {triple}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?other {triple} FILTER({others} && {is_source}) }} }}",
        ]
        if contributions:
            parts.append(
                f"DELETE {{ GRAPH {ref} {triple} }} WHERE {{ VALUES ?old {{ {old_contributions} }}\n"
                f"  GRAPH ?old {triple}\n"
                f"  FILTER NOT EXISTS {{ GRAPH ?other {triple} FILTER({others} && {is_contribution}) }} }}"
            )
        parts += [f"DROP SILENT GRAPH {g}" for g in rewritten]
        parts += [self._insert_data(g, text) for g, text in contents.items() if text]
        if contributions:
            parts.append(
                f"INSERT {{ GRAPH {ref} {triple} }}\n"
                f"WHERE {{ VALUES ?new {{ {old_contributions} }} GRAPH ?new {triple} }}"
            )
        parts.append(f"INSERT {merged} WHERE {{ VALUES ?new {{ {old_all} }} GRAPH ?new {triple} }}")
        return " ;\n".join(parts)

    # -- reading -------------------------------------------------------------------------------

    def graph_ntriples(self, graph: URIRef) -> tuple[str, int]:
        """Return one named graph (hidden contribution graphs included) as N-Triples, and its size."""
        triples = [quad.triple for quad in self.graph_quads(graph)]
        text = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
        return text, len(triples)

    def derived_quads(self, predicate: URIRef, plans: Iterable[str] | None = None) -> Iterator[ox.Quad]:
        """Yield the quads with ``predicate`` of every hidden derived (analytics) graph, or of the
        derived graphs of ``plans`` (IRIs)."""
        stored = set(self._stored_graphs())
        wanted = [str(derived_graph(plan)) for plan in plans] if plans is not None else sorted(stored)
        for graph in wanted:
            if graph.startswith(DERIVED_PREFIX) and graph in stored:
                yield from (q for q in self.graph_quads(URIRef(graph)) if q.predicate.value == str(predicate))

    def quads(self, include_private: bool = False) -> Iterator[ox.Quad]:
        """Yield every quad of the visible named graphs."""
        for graph in self.graphs(include_private):
            yield from self.graph_quads(graph)

    def export_chunks(self, export_format: str = "nquads", include_private: bool = False) -> Iterator[bytes]:
        """Yield :meth:`export`'s bytes in pieces: N-Quads a named graph at a time, so that memory holds
        one graph rather than the store; the other formats in one piece."""
        if export_format != "nquads":
            yield self.export(export_format, include_private)
            return
        for graph in self.graphs(include_private):
            quads = sorted(self.graph_quads(graph), key=str)
            yield ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""

    def export(self, export_format: str = "nquads", include_private: bool = False) -> bytes:
        """Return the store serialised in ``export_format``, in a stable order (same store, same bytes).

        N-Quads, TriG and JSON-LD keep each plan's named graph; Turtle and N-Triples give the union.
        N-Quads come a graph at a time (graphs in order, each graph's quads sorted).
        """
        if export_format not in EXPORT_FORMATS:
            raise QueryError(f"unknown --format {export_format!r}; choose from {', '.join(EXPORT_FORMATS)}")
        if export_format == "nquads":
            return b"".join(self.export_chunks(export_format, include_private))
        rdf_format = EXPORT_FORMATS[export_format]
        quads = sorted(self.quads(include_private), key=str)
        data: list[ox.Quad] | list[ox.Triple] = (
            quads if rdf_format.supports_datasets else sorted({quad.triple for quad in quads}, key=str)
        )
        if export_format in {"nquads", "ntriples"}:
            return ox.serialize(data, format=rdf_format) or b""
        return ox.serialize(data, format=rdf_format, prefixes=PREFIXES) or b""
