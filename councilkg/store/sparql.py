"""An existing SPARQL 1.1 server as the store: Virtuoso, Apache Jena Fuseki, GraphDB...

:class:`SparqlStore` keeps the embedded store's layout on the server — a named graph per plan, the
hidden contribution graphs, the reference and ontology graphs, private appraisal graphs — and,
because a server's default graph is its own business, keeps the merge of the public graphs in the
named graph ``id:graph/public``, which every query names as its default graph. Reads go over the
SPARQL 1.1 Protocol; writes are SPARQL 1.1 Update requests, one per plan (whether a request is one
transaction is the server's choice: Fuseki and GraphDB make it one; Virtuoso commits each operation).
Only the standard library speaks HTTP; user names and passwords go by HTTP Basic or Digest, as the
server asks.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.message import Message

import pyoxigraph as ox
from rdflib import URIRef

from councilkg.errors import QueryError, StoreError, first_line
from councilkg.ontology.graphs import PUBLIC_GRAPH, private_graphs, reached_graphs, visible_graphs
from councilkg.ontology.vocab import ID, PREFIXES
from councilkg.queries.sparqltext import bind, mentions_graph, names_dataset, query_form
from councilkg.store.base import QueryResult
from councilkg.store.common import LayoutStore
from councilkg.store.rdf import to_ox

ENDPOINT_ENV = "COUNCILKG_ENDPOINT"
UPDATE_ENDPOINT_ENV = "COUNCILKG_UPDATE_ENDPOINT"
USER_ENV = "COUNCILKG_USER"
PASSWORD_ENV = "COUNCILKG_PASSWORD"

INSERT_CHUNK = 1000
"""Triples per ``INSERT DATA`` operation: Virtuoso's SPARQL compiler runs out of memory near 5,000."""

_RESULTS_XML = "application/sparql-results+xml"
_PARTIAL_HEADER = "X-SQL-State"
_PARTIAL_STATE = "S1TAT"
#: The SQL state of a statement the server cancelled (Virtuoso: "HY008 Error SR203: Async statement killed
#: by SQLCancel" when its time limit stops a query it does not answer in part).
_CANCELLED = "HY008"
_PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}> " for prefix, iri in PREFIXES.items())
"""The prefixes the embedded store lets every query use, declared for the server on the query's first
line, so that the server's line numbers are the user's."""
_CONSTRUCT_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML)
"""The formats a server's CONSTRUCT answer is read in (``text/plain`` is N-Triples too)."""


@dataclass(frozen=True)
class Endpoint:
    """Where a SPARQL server answers queries (and updates), and who to say we are."""

    url: str
    update_url: str | None = None  # the query URL when the server takes both there
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout_s: float = 600.0

    def __str__(self) -> str:
        return self.url


class SparqlStore(LayoutStore):
    """A councilkg store kept on a SPARQL 1.1 server (see the module's description)."""

    merge_graph = PUBLIC_GRAPH

    def __init__(self, endpoint: Endpoint, read_only: bool = False) -> None:
        super().__init__(endpoint.url, read_only)
        self.endpoint = endpoint
        self._graphs: list[str] | None = None
        """Every named graph on the server under ``id:``, hidden ones included, listed once between writes."""
        self._opener = _opener(endpoint)

    @classmethod
    def connect(cls, endpoint: Endpoint, *, read_only: bool = False) -> SparqlStore:
        """Return the store on the server at ``endpoint``, after checking that it answers SPARQL.

        Raises:
            StoreError: the URL is not http(s), or the server does not answer a query.
        """
        scheme = urllib.parse.urlsplit(endpoint.url).scheme
        if scheme not in {"http", "https"} or not urllib.parse.urlsplit(endpoint.url).netloc:
            raise StoreError(f"--endpoint {endpoint.url} is not an http(s) URL")
        store = cls(endpoint, read_only=read_only)
        store._post(endpoint.url, {"query": "SELECT (1 AS ?ok) WHERE {}"}, _RESULTS_XML)
        return store

    def close(self) -> None:
        """Nothing to release: every request is its own connection; returns nothing."""

    def __enter__(self) -> SparqlStore:
        return self

    # -- writing -------------------------------------------------------------------------------

    def _insert_data(self, graph: URIRef, text: str) -> str:
        lines = text.splitlines()
        return " ;\n".join(
            f"INSERT DATA {{ GRAPH {to_ox(graph)} {{\n" + "\n".join(lines[i : i + INSERT_CHUNK]) + "\n} }"
            for i in range(0, len(lines), INSERT_CHUNK)
        )

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        self._graphs = None
        self._post(self.endpoint.update_url or self.endpoint.url, {"update": _PROLOGUE + update}, "*/*")

    # -- reading -------------------------------------------------------------------------------

    def graphs(self, include_private: bool = False) -> list[URIRef]:
        """Return the store's public named graphs on the server, sorted; private ones only when asked."""
        return visible_graphs(self._stored_graphs(), include_private)

    def _stored_graphs(self) -> list[str]:
        if self._graphs is None:
            found = self._select(
                f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ID}")) }}',
                dataset={},
            )
            self._graphs = sorted(row[0].value for row in found.rows if isinstance(row[0], ox.NamedNode))
        return self._graphs

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        include_private: bool = False,
        graphs: Iterable[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query on the server over the same dataset the embedded store gives (``graphs``
        limiting the named graphs as there).

        Bound variables are replaced by their terms, escaped, by :func:`~councilkg.queries.sparqltext.bind`,
        as the embedded store binds them.

        Raises:
            QueryError: the query is not valid SPARQL (as the server or councilkg reads it), selects
                no bound variable, or names its own graphs with FROM.
            StoreError: the server cannot be reached or fails.
        """
        bound = bind(sparql, bindings)
        form = query_form(sparql)
        if names_dataset(sparql):
            # Servers let FROM in the text override the protocol's dataset, private graphs included.
            raise QueryError(
                "FROM and FROM NAMED are not used with --endpoint: councilkg chooses the graphs "
                "(reach a plan's graph with GRAPH, appraisal graphs with --include-private)"
            )
        text = _PROLOGUE + bound
        visible = self.graphs(include_private)
        dataset = {"default-graph-uri": [str(PUBLIC_GRAPH), *private_graphs(visible)]}
        if mentions_graph(text):
            dataset["named-graph-uri"] = reached_graphs(visible, graphs)
        if form in {"construct", "describe"}:
            return QueryResult("construct", triples=tuple(self._triples(text, dataset)))
        result = self._select(text, dataset)
        if form == "ask":
            return QueryResult("ask", boolean=_ask_value(result))
        return result

    def graph_quads(self, graph: URIRef) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph on the server."""
        name = ox.NamedNode(str(graph))
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}"
        for triple in self._triples(query, {"named-graph-uri": [str(graph)]}):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, name)

    def triple_count(self, graph: URIRef | None = None) -> int:
        """Return the number of triples in one named graph, or in all visible graphs together."""
        graphs = [graph] if graph is not None else self.graphs()
        if not graphs:
            return 0
        values = " ".join(str(to_ox(g)) for g in graphs)
        result = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}",
            {"named-graph-uri": [str(g) for g in graphs]},
        )
        count = result.rows[0][0] if result.rows else None
        return int(count.value) if isinstance(count, ox.Literal) else 0

    # -- protocol ------------------------------------------------------------------------------

    def _select(self, query: str, dataset: Mapping[str, list[str]]) -> QueryResult:
        body, _ = self._post(self.endpoint.url, {"query": query, **dataset}, _RESULTS_XML)
        try:
            parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
        except SyntaxError as error:
            raise StoreError(f"{self.location} sent results that are not SPARQL XML: {error}") from error
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(parsed))
        variables = tuple(v.value for v in parsed.variables)
        rows = tuple(tuple(solution) for solution in parsed)  # values in the order of the variables
        return QueryResult("select", variables=variables, rows=rows)

    def _triples(self, query: str, dataset: Mapping[str, list[str]]) -> list[ox.Triple]:
        accept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
        body, content_type = self._post(self.endpoint.url, {"query": query, **dataset}, accept)
        rdf_format = ox.RdfFormat.from_media_type(content_type) if content_type else None
        if rdf_format is None or rdf_format not in _CONSTRUCT_FORMATS:
            raise StoreError(f"{self.location} answered a CONSTRUCT with {content_type or 'no type'}")
        try:
            return [quad.triple for quad in ox.parse(body, format=rdf_format)]
        except SyntaxError as error:
            raise StoreError(f"{self.location} sent RDF that does not parse: {error}") from error

    def _post(self, url: str, form: Mapping[str, str | list[str]], accept: str) -> tuple[bytes, str]:
        """POST a form to the server; return the body and its media type.

        Raises:
            QueryError: the server refused the request as bad (HTTP 400).
            StoreError: the server cannot be reached, refuses the credentials, or fails.
        """
        data = urllib.parse.urlencode(form, doseq=True).encode()
        request = urllib.request.Request(
            url,
            data=data,
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with self._opener.open(request, timeout=self.endpoint.timeout_s) as response:
                headers: Message = response.headers
                body = response.read()
        except urllib.error.HTTPError as error:
            raise _refusal(url, form, error) from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from error
        if headers.get(_PARTIAL_HEADER) == _PARTIAL_STATE:
            # Virtuoso's "anytime" answer: a 200 holding whatever was found before its time limit.
            raise StoreError(
                f"{url} stopped the query at its time limit and sent a partial answer "
                f"({_PARTIAL_STATE}); narrow the query, or raise the server's MaxQueryExecutionTime"
            )
        return body, headers.get_content_type()


def _refusal(
    url: str, form: Mapping[str, str | list[str]], error: urllib.error.HTTPError
) -> QueryError | StoreError:
    """Return the error for a server's HTTP error answer: a bad query, refused access, or a failure."""
    detail = first_line(error.read().decode("utf-8", "replace")) or error.reason
    if error.code == 400:
        return QueryError(f"{url} refused the query: {detail}")
    if error.code in {401, 403}:
        return StoreError(
            f"{url} refused access (HTTP {error.code}); give --user and --password "
            f"(or ${USER_ENV}, ${PASSWORD_ENV}) of an account allowed to "
            f"{'update' if 'update' in form else 'query'}"
        )
    if _CANCELLED in detail:
        # Virtuoso under load kills a query at its time limit instead of sending what it found so far
        return StoreError(
            f"{url} stopped the query at its time limit and sent no answer ({detail}); narrow the query, "
            "or raise the server's MaxQueryExecutionTime"
        )
    if "update" in form and "permission" in detail.lower():
        return StoreError(
            f"{url} refused the update: {detail}; give an update endpoint and an account allowed to "
            "write (Virtuoso: --update-endpoint http://HOST:8890/sparql-auth --user dba --password …)"
        )
    return StoreError(f"{url} failed: HTTP {error.code}: {detail}")


def _ask_value(result: QueryResult) -> bool:
    """Return an ASK's answer, also when the server (Virtuoso) sends it as a one-row table."""
    if result.kind == "ask":
        return bool(result.boolean)
    if result.rows and result.rows[0] and isinstance(result.rows[0][0], ox.Literal):
        return result.rows[0][0].value not in {"0", "false"}
    return False


def _opener(endpoint: Endpoint) -> urllib.request.OpenerDirector:
    """Return a URL opener answering Basic and Digest challenges with the endpoint's credentials."""
    if not endpoint.user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in {endpoint.url, endpoint.update_url or endpoint.url}:
        passwords.add_password(None, url, endpoint.user, endpoint.password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)
    )
