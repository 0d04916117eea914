"""The store protocol: what the build, analysis, release, the server and the CLI call on a store.

Two stores implement it: :class:`~councilkg.store.embedded.EmbeddedStore` (Oxigraph on disk or in
memory) and :class:`~councilkg.store.sparql.SparqlStore` (a SPARQL 1.1 server). Both keep the same
layout of named graphs (see :mod:`councilkg.ontology.graphs`); :mod:`councilkg.store.location`
constructs the right one. A store stores: it holds no reference data of its own, the build writes it
(:meth:`Store.write_reference`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal as TypingLiteral
from typing import Protocol, get_args

import pyoxigraph as ox
from rdflib import Graph, URIRef

from councilkg.errors import StoreError
from councilkg.store.names import NameIndex
from councilkg.store.rdf import ntriples

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
"""The RDF formats councilkg writes, by the name ``--format`` (and the endpoint's ``format=``) takes.
Formats that support datasets (N-Quads, TriG, JSON-LD) keep each named graph; the others give the
union of the graphs."""

ExportFormat = TypingLiteral["nquads", "trig", "turtle", "ntriples", "jsonld"]
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {name: RDF_FORMATS[name] for name in get_args(ExportFormat)}
"""The formats a store exports (:meth:`Store.export`): all but RDF/XML, in the order ``--format`` lists."""

EXPORT_EXTENSIONS: dict[str, str] = {
    ".nq": "nquads",
    ".trig": "trig",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
}
"""The export format a file name's extension means (``plans.ttl`` is Turtle)."""

_NOT_EXPORTED = {".rdf": "RDF/XML", ".owl": "RDF/XML", ".xml": "RDF/XML", ".n3": "N3"}
"""RDF file extensions of formats a store does not export."""


def export_format_for(file_name: str, chosen: str | None = None) -> str:
    """Return the export format for writing ``file_name``: the one its extension means
    (:data:`EXPORT_EXTENSIONS`), else ``chosen`` (``--format``), else N-Quads.

    Example:
        >>> export_format_for("plans.ttl"), export_format_for("plans"), export_format_for("x.out", "trig")
        ('turtle', 'nquads', 'trig')

    Raises:
        StoreError: the extension names another format than ``chosen``, or one a store does not export.
    """
    extension = PurePath(file_name).suffix.lower()
    meant = EXPORT_EXTENSIONS.get(extension)
    if extension in _NOT_EXPORTED:
        raise StoreError(
            f"{file_name}: {extension} means {_NOT_EXPORTED[extension]}, which export does not write; "
            f"name the file {', '.join('*' + key for key in EXPORT_EXTENSIONS)}"
        )
    if meant is not None and chosen is not None and chosen != meant:
        suffix = next(key for key, name in EXPORT_EXTENSIONS.items() if name == chosen)
        raise StoreError(
            f"{file_name}: {extension} means --format {meant}, not {chosen}; "
            f"give --format {meant}, or name the file *{suffix}"
        )
    return meant or chosen or "nquads"


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (``variables`` and ``rows``), a boolean of an ASK, or triples of a CONSTRUCT."""

    kind: TypingLiteral["select", "ask", "construct"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.Literal | ox.BlankNode | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()


@dataclass(frozen=True)
class PreparedPlan:
    """A plan's graph and its share of the reference graph, serialised as N-Triples, ready to write.

    Holding text rather than rdflib graphs keeps a large build's memory near the size of its N-Triples.
    """

    name: URIRef
    plan_text: str
    shared_text: str
    triples: int


def prepare_plan(graph: Graph, shared: Graph | None = None) -> PreparedPlan:
    """Return a plan's graph (named by its identifier, the plan's IRI) and shared triples as N-Triples.

    Raises:
        StoreError: the graph's identifier is not an IRI.
    """
    name = graph.identifier
    if not isinstance(name, URIRef):
        raise StoreError("a plan graph needs an IRI as its identifier")
    return PreparedPlan(name, ntriples(graph), ntriples(shared or Graph()), len(graph))


class Store(Protocol):
    """A councilkg store: named graphs of plans, the reference graph, the ontology graph and private
    (appraisal) graphs, read with SPARQL over the dataset of :mod:`councilkg.ontology.graphs`."""

    location: str
    """Where the store is: a folder, ``:memory:``, or a SPARQL server's URL."""
    read_only: bool
    lateral_joins: bool
    """Whether its queries may use ``LATERAL`` (Oxigraph's SPARQL extension), which
    :func:`~councilkg.queries.sparqltext.for_each_value` writes."""

    def close(self) -> None:
        """Flush and release the store; returns nothing."""

    def __enter__(self) -> Store: ...

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None: ...

    # -- writing

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Return a context within which the writes into a store that holds no plans may be
        bulk-loaded into a new database that replaces the store's at its end (the embedded store's),
        or written transactionally as outside it."""
        ...

    def replace_plan(self, graph: Graph, shared: Graph | None = None) -> int:
        """Replace one plan's named graph and its share of the reference graph; return the triples written."""
        ...

    def write_plan(self, prepared: PreparedPlan, replaces: URIRef | None = None) -> int:
        """Replace one plan's graph and its share of the reference graph, dropping the plan ``replaces``
        (another IRI) in the same transaction; return the triples written."""
        ...

    def write_reference(self, ontology: str, reference: str) -> None:
        """Rewrite the ontology graph and the shipped reference data with these N-Triples; returns nothing."""

    def remove_plan(self, plan: URIRef) -> None:
        """Drop a plan's graph and its share of the reference graph; returns nothing."""

    def replace_private_graph(self, graph: Graph) -> int:
        """Replace one private (appraisal) graph; return the triples written."""
        ...

    def replace_private_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace private (appraisal) graphs together; return the triples written."""
        ...

    def replace_derived_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace hidden derived (analytics) graphs together; return the triples written."""
        ...

    # -- reading

    def graphs(self, include_private: bool = False) -> list[URIRef]:
        """Return the store's public named graphs, sorted; private (appraisal) graphs only when asked."""
        ...

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        include_private: bool = False,
        graphs: Iterable[str] | None = None,
    ) -> QueryResult:
        """Return the result of a SPARQL query over the store's dataset, ``bindings`` bound as terms;
        ``graphs``, when the caller knows them, are the only named graphs its ``GRAPH`` reaches (of
        those it may see: naming a thousand plans' graphs costs a query more than its own work)."""
        ...

    def graph_ntriples(self, graph: URIRef) -> tuple[str, int]:
        """Return one named graph (hidden ones included) as N-Triples, and its number of triples."""
        ...

    def graph_quads(self, graph: URIRef) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph."""
        ...

    def quads(self, include_private: bool = False) -> Iterator[ox.Quad]:
        """Yield every quad of the visible named graphs."""
        ...

    def derived_quads(self, predicate: URIRef, plans: Iterable[str] | None = None) -> Iterator[ox.Quad]:
        """Yield the quads with ``predicate`` of every hidden derived (analytics) graph, or of the
        derived graphs of ``plans`` (IRIs)."""
        ...

    def export(self, export_format: str = "nquads", include_private: bool = False) -> bytes:
        """Return the store serialised in one of :data:`EXPORT_FORMATS`, in a stable order."""
        ...

    def export_chunks(self, export_format: str = "nquads", include_private: bool = False) -> Iterator[bytes]:
        """Yield :meth:`export`'s bytes in pieces."""
        ...

    def triple_count(self, graph: URIRef | None = None) -> int:
        """Return the number of triples in one named graph, or in all visible graphs together."""
        ...

    def name_index(self) -> NameIndex | None:
        """Return the store's index of labels (:mod:`councilkg.store.names`) when it is current, else
        ``None``: a store without one, or whose index a write has not yet caught up with."""
        ...
