"""The embedded store: a pyoxigraph database on disk (or in memory) holding one named graph per plan.

Writes are whole-plan graph replacements, each in one transaction (a single SPARQL update), so a
failed or interrupted load leaves the plan's previous graph in place. The reference graph (frameworks,
authorities, people, posts) is rebuilt inside the same transaction. A second process that opens a
store for writing while one is held gets :class:`~councilkg.errors.StoreInUseError`; readers open
read-only and are not blocked.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.term import Node

from councilkg.build.crosswalk import shipped_crosswalk_graph
from councilkg.errors import QueryError, StoreError, StoreInUseError
from councilkg.files import describe_os_error
from councilkg.ontology import ONTOLOGY_FILE, ontology_path, reference_paths
from councilkg.ontology.vocab import (
    GENID_AUTHORITY,
    GENID_PATH,
    ID,
    ONTOLOGY_GRAPH,
    PREFIXES,
    REFERENCE_GRAPH,
)

if TYPE_CHECKING:
    from councilkg.store.sparql import Endpoint

MEMORY = ":memory:"
DEFAULT_STORE = Path(".councilkg") / "store"
STORE_ENV = "COUNCILKG_STORE"
PRIVATE_GRAPH_PREFIX = str(ID["graph/appraisals/"])

ExportFormat = TypingLiteral["nquads", "trig", "turtle", "ntriples", "jsonld"]
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_QUAD_FORMATS = {"nquads", "trig", "jsonld"}

CONTRIBUTION_PREFIX = str(ID["graph/contribution/"])
"""Hidden graphs, one per plan plus the shipped data, whose merge is the reference graph."""
STATIC_CONTRIBUTION = ID["graph/contribution/shipped"]


def contribution_graph(plan: URIRef) -> URIRef:
    """Return the hidden graph holding a plan's share of the reference graph."""
    return URIRef(CONTRIBUTION_PREFIX + str(plan).removeprefix(str(ID)))


def default_location() -> str:
    """Return the store used without ``--store``: ``$COUNCILKG_STORE``, else ``./.councilkg/store``."""
    return os.environ.get(STORE_ENV) or str(DEFAULT_STORE)


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Return the pyoxigraph term equal to an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Return triples as N-Triples lines (valid inside SPARQL ``INSERT DATA``)."""
    return "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)


def ox_triples(triples: Iterable[tuple[Node, Node, Node]]) -> list[ox.Triple]:
    """Return rdflib triples as pyoxigraph triples, sorted (a stable order to serialise them in).

    Raises:
        StoreError: a triple has a literal subject or a predicate that is not an IRI.
    """
    converted = []
    for subject, predicate, value in triples:
        node, prop = to_ox(subject), to_ox(predicate)
        if isinstance(node, ox.Literal) or not isinstance(prop, ox.NamedNode):
            raise StoreError(f"not an RDF triple: {subject} {predicate} {value}")
        converted.append(ox.Triple(node, prop, to_ox(value)))
    return sorted(converted, key=str)


def skolemized(graph: Graph) -> Graph:
    """Return ``graph`` with each blank node replaced by a stable ``/.well-known/genid/`` IRI.

    Blank nodes (``owl:unionOf`` lists in the ontology) would get fresh labels on every load;
    canonical labelling first makes the IRIs depend only on the graph's content.
    """
    return to_canonical_graph(graph).skolemize(authority=GENID_AUTHORITY, basepath=GENID_PATH)


@cache
def _static_reference_text() -> tuple[str, str]:
    """Return N-Triples of the ontology and of the shipped reference data, read once.

    The shipped reference data is the Turtle in ``ontology/reference/`` plus the indicator crosswalk.
    """
    ontology = Graph().parse(ontology_path(ONTOLOGY_FILE), format="turtle")
    reference = Graph()
    for path in reference_paths():
        reference.parse(path, format="turtle")
    reference += shipped_crosswalk_graph()
    return _ntriples(skolemized(ontology)), _ntriples(skolemized(reference))


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
    return PreparedPlan(name, _ntriples(graph), _ntriples(shared or Graph()), len(graph))


class PlanStore:
    """A councilkg store: named graphs of plans, the reference graph and the ontology graph."""

    merge_graph: URIRef | None = None
    """Where the merge of the public graphs is kept: ``None`` is the store's default graph."""

    def __init__(self, store: ox.Store, location: str, read_only: bool) -> None:
        self._store = store
        self.location = location
        self.read_only = read_only

    @classmethod
    def open(cls, location: str | Path | Endpoint | None = None, *, read_only: bool = False) -> PlanStore:
        """Return the store at ``location`` (``":memory:"`` for an in-memory one).

        Args:
            location: a folder, or a SPARQL server (an :class:`~councilkg.store.sparql.Endpoint` or an
                http(s) URL); ``None`` means ``$COUNCILKG_ENDPOINT`` if set, else :func:`default_location`.
            read_only: open for reading only; the store must exist, and a writer may hold it.

        Raises:
            StoreInUseError: another process has the store open for writing.
            StoreError: the store does not exist (read-only) or cannot be opened.
        """
        from councilkg.store.sparql import Endpoint, RemoteStore, endpoint_from_environment, is_endpoint

        if location is None and (endpoint := endpoint_from_environment()) is not None:
            location = endpoint
        if is_endpoint(location):
            endpoint = (
                location if isinstance(location, Endpoint) else endpoint_from_environment(str(location))
            )
            assert endpoint is not None
            return RemoteStore.connect(endpoint, read_only=read_only)
        where = str(location) if location is not None else default_location()
        if where == MEMORY:
            return cls(ox.Store(), where, read_only=False)
        path = Path(where)
        try:
            if read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no store at {where}; run `councilkg build --store {where}` first")
                return cls(_open_read_only(path), where, read_only=True)
            if path.exists() and not path.is_dir():
                raise StoreError(f"--store {where} is a file, not a store folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(path)), where, read_only=False)
        except (OSError, RuntimeError) as error:
            message = str(error)
            if re.search(r"\block\b", message, re.IGNORECASE):  # RocksDB: "While lock file: .../LOCK"
                raise StoreInUseError(
                    f"store {where} is in use by another councilkg process; wait for it to finish"
                ) from error
            reason = describe_os_error(error) if isinstance(error, OSError) else message
            raise StoreError(f"cannot open store {where}: {reason}") from error

    @property
    def ox_store(self) -> ox.Store:
        """Return the underlying pyoxigraph store, for streaming reads (``councilkg serve``)."""
        return self._store

    def close(self) -> None:
        """Flush and release the store; returns nothing."""
        try:
            if not self.read_only and self.location != MEMORY:
                self._store.flush()
        except OSError as error:  # a full disk: RocksDB refuses the write, and what was committed stays
            reason = describe_os_error(error)
            raise StoreError(f"cannot finish writing store {self.location}: {reason}") from error
        finally:
            del self._store

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
            return
        with contextlib.suppress(StoreError):  # the error on its way out says what failed first
            self.close()

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

    def write_plan(self, prepared: PreparedPlan) -> int:
        """Replace one plan's named graph and its share of the reference graph, in one transaction.

        Returns:
            The number of triples written to the plan's graph.
        """
        name = prepared.name
        self._update(
            self._rewrite_update({name: prepared.plan_text, contribution_graph(name): prepared.shared_text})
        )
        return prepared.triples

    def refresh_reference(self) -> None:
        """Rewrite the ontology graph and the shipped reference data (as this version ships them)."""
        ontology, reference = _static_reference_text()
        self._update(self._rewrite_update({ONTOLOGY_GRAPH: ontology, STATIC_CONTRIBUTION: reference}))

    def remove_plan(self, plan: URIRef) -> None:
        """Drop a plan's graph and its share of the reference graph, in one transaction."""
        self._update(self._rewrite_update({plan: "", contribution_graph(plan): ""}))

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
        parts: list[str] = []
        written = 0
        for graph in graphs:
            name = graph.identifier
            if not (
                isinstance(name, URIRef)
                and str(name).startswith(PRIVATE_GRAPH_PREFIX)
                and len(str(name)) > len(PRIVATE_GRAPH_PREFIX)
            ):
                raise StoreError(
                    f"{name} is not a private graph; its IRI must start with {PRIVATE_GRAPH_PREFIX}"
                )
            parts.append(f"DROP SILENT GRAPH {to_ox(name)}")
            if len(graph):
                parts.append(self._insert_data(name, _ntriples(graph)))
            written += len(graph)
        if parts:
            self._update(" ;\n".join(parts))
        return written

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
        is_source = f'?other != {ref} && !STRSTARTS(STR(?other), "{PRIVATE_GRAPH_PREFIX}")'
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

    def _insert_data(self, graph: URIRef, text: str) -> str:
        """Return the update operation(s) inserting N-Triples ``text`` into ``graph``."""
        return f"INSERT DATA {{ GRAPH {to_ox(graph)} {{\n{text}\n}} }}"

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        try:
            self._store.update(update, prefixes=PREFIXES)
        except (OSError, SyntaxError) as error:
            reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
            raise StoreError(f"write to store {self.location} failed: {reason}") from error

    # -- reading -------------------------------------------------------------------------------

    def graphs(self, include_private: bool = False) -> list[URIRef]:
        """Return the store's public named graphs, sorted; private (appraisal) graphs only when asked.

        The hidden contribution graphs, whose merge is the reference graph, are never listed.
        """
        names = sorted(
            str(graph.value) for graph in self._store.named_graphs() if isinstance(graph, ox.NamedNode)
        )
        return [
            URIRef(n)
            for n in names
            if not n.startswith(CONTRIBUTION_PREFIX)
            and (include_private or not n.startswith(PRIVATE_GRAPH_PREFIX))
        ]

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        include_private: bool = False,
    ) -> QueryResult:
        """Run a SPARQL query, with ``bindings`` as bound terms.

        The default graph is the merge of the public graphs (plans, reference, ontology), with the
        private appraisal graphs added only when ``include_private``; ``GRAPH ?g`` sees the same graphs.
        The default graph is then a union of graphs, not a merge: a triple stated in a public and
        a private graph would match twice, so the appraisal loader never restates public triples.

        Bindings are substituted as RDF terms (SEP-0007), never pasted into the query text.

        Raises:
            QueryError: the query is not valid SPARQL.
        """
        visible: list[ox.NamedNode | ox.BlankNode] = [
            ox.NamedNode(str(g)) for g in self.graphs(include_private)
        ]
        private = [g for g in visible if g.value.startswith(PRIVATE_GRAPH_PREFIX)]
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): term for name, term in (bindings or {}).items()
        }
        try:
            result = self._store.query(
                sparql,
                prefixes=PREFIXES,
                default_graph=[ox.DefaultGraph(), *private],
                named_graphs=visible,
                substitutions=substitutions,
            )
            if isinstance(result, ox.QuerySolutions):
                variables = tuple(v.value for v in result.variables)
                rows = tuple(tuple(solution[v] for v in variables) for solution in result)
                return QueryResult("select", variables=variables, rows=rows)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(result))
            return QueryResult("construct", triples=tuple(result))
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL: {first_line(str(error))}") from error
        except RuntimeError as error:
            # Oxigraph binds a parameter only when the query selects it (SEP-0007).
            if "projection" in str(error):
                names = ", ".join(f"?{name}" for name in bindings or {})
                raise QueryError(
                    f"a bound parameter must be selected: add {names} to the SELECT clause"
                ) from error
            raise QueryError(f"query failed: {first_line(str(error))}") from error
        except OSError as error:
            raise StoreError(f"reading store {self.location} failed: {error}") from error

    def graph_ntriples(self, graph: URIRef) -> tuple[str, int]:
        """Return one named graph (hidden contribution graphs included) as N-Triples, and its size."""
        triples = [
            quad.triple for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
        ]
        text = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
        return text, len(triples)

    def quads(self, include_private: bool = False) -> Iterator[ox.Quad]:
        """Yield every quad of the visible named graphs."""
        for graph in self.graphs(include_private):
            yield from self.graph_quads(graph)

    def graph_quads(self, graph: URIRef) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph."""
        yield from self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))

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
        quads = sorted(self.quads(include_private), key=str)
        data: list[ox.Quad] | list[ox.Triple] = (
            quads if export_format in _QUAD_FORMATS else sorted({quad.triple for quad in quads}, key=str)
        )
        if export_format in {"nquads", "ntriples"}:
            return ox.serialize(data, format=EXPORT_FORMATS[export_format]) or b""
        return ox.serialize(data, format=EXPORT_FORMATS[export_format], prefixes=PREFIXES) or b""

    def triple_count(self, graph: URIRef | None = None) -> int:
        """Return the number of triples in one named graph, or in all visible graphs together."""
        graphs = [graph] if graph is not None else self.graphs()
        return sum(
            len(list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))))
            for name in graphs
        )


def first_line(message: str) -> str:
    """Return the first line of an error message (the whole message when it has one line)."""
    return message.strip().splitlines()[0] if message.strip() else message


READ_ONLY_ATTEMPTS = 5


def _open_read_only(path: Path) -> ox.Store:
    """Return a read-only view of the store at ``path``, retrying while a writer swaps its files.

    RocksDB lists the live files in its manifest; a writer compacting at the moment a reader
    opens can delete a file the reader just read of, which pyoxigraph reports as "Corruption ...
    No such file". Opening again reads the new manifest.

    Raises:
        RuntimeError, OSError: the store still cannot be opened after several attempts.
    """
    for attempt in range(1, READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as error:
            if "No such file" not in str(error):
                raise
            time.sleep(0.05 * attempt)
    return ox.Store.read_only(str(path))
