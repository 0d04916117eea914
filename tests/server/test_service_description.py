"""A GET on /sparql without a query: the SPARQL 1.1 Service Description when the client asks for RDF,
the query page when a browser asks, and CORS only when ``--cors-origin`` allows it (issue 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, VOID

from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX
from councilkg.ontology.vocab import FORMATS, SD
from councilkg.server import SparqlServer, make_server
from councilkg.store.embedded import EmbeddedStore
from tests.server.test_server import count, request

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

RDF_TYPES = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def description(server: SparqlServer, accept: str = "text/turtle", **headers: str) -> Graph:
    """Return the Service Description the server sends for ``accept``, parsed by rdflib."""
    status, got, body = request(server, headers={"Accept": accept, **headers})
    assert status == 200, body
    assert got["vary"] == "Accept, Origin"
    return Graph().parse(data=body, format=RDF_TYPES[got["content-type"].split(";")[0]])


def test_rdflib_reads_the_description_from_the_endpoint_url(server: SparqlServer) -> None:
    """rdflib dereferences the endpoint URL as any linked-data client does, with its own Accept."""
    graph = Graph().parse(server.url)
    (service,) = graph.subjects(RDF.type, SD.Service)
    assert graph.value(service, SD.endpoint) == URIRef(server.url)
    assert graph.value(service, SD.supportedLanguage) == SD.SPARQL11Query
    assert graph.value(service, SD.feature) == SD.UnionDefaultGraph
    assert set(graph.objects(service, SD.resultFormat)) == {
        FORMATS.SPARQL_Results_JSON,
        FORMATS.SPARQL_Results_XML,
        FORMATS.SPARQL_Results_CSV,
        FORMATS.SPARQL_Results_TSV,
        FORMATS.Turtle,
        FORMATS["N-Triples"],
        FORMATS["JSON-LD"],
        FORMATS.RDF_XML,
    }


def test_the_counts_are_the_endpoints_own(server: SparqlServer, private_store_path: Path) -> None:
    graph = description(server)
    dataset = graph.value(next(graph.subjects(RDF.type, SD.Service)), SD.defaultDataset)
    default = graph.value(dataset, SD.defaultGraph)
    assert graph.value(default, VOID.triples) == Literal(
        count(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    )
    distinct_subjects = count(server, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")
    assert graph.value(default, VOID.distinctSubjects) == Literal(distinct_subjects)
    assert graph.value(default, VOID.classes) == Literal(
        count(server, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?i a ?c }")
    )
    named = {
        str(graph.value(node, SD.name)): int(graph.value(graph.value(node, SD.graph), VOID.triples))  # type: ignore[arg-type]
        for node in graph.objects(dataset, SD.namedGraph)
    }
    with EmbeddedStore.open(private_store_path, read_only=True) as store:
        public = [str(g) for g in store.graphs()]
        assert [g for g in store.graphs(include_private=True) if str(g).startswith(PRIVATE_GRAPH_PREFIX)]
    assert sorted(named) == public  # the private graph is not named
    for name, triples in named.items():
        assert triples == count(server, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"), name


@pytest.mark.parametrize("accept", list(RDF_TYPES))
def test_each_rdf_format_says_the_same(server: SparqlServer, accept: str) -> None:
    graph = description(server, accept)
    assert len(graph) == len(description(server))
    assert len(list(graph.subjects(RDF.type, SD.NamedGraph))) == 6


@pytest.mark.parametrize(
    ("accept", "params", "expected"),
    [
        ("*/*", {}, "text/turtle"),
        ("", {}, "text/turtle"),
        ("application/ld+json;q=0.9, text/turtle;q=0.5", {}, "application/ld+json"),
        ("*/*", {"format": "rdfxml"}, "application/rdf+xml"),
        (BROWSER, {}, "text/html"),
    ],
)
def test_negotiation(server: SparqlServer, accept: str, params: dict[str, str], expected: str) -> None:
    """Curl (``*/*``) and clients naming no type get Turtle; a browser gets the query page."""
    status, headers, _ = request(server, params, headers={"Accept": accept})
    assert status == 200
    assert headers["content-type"].split(";")[0] == expected


def test_a_client_wanting_only_results_still_hears_the_query_is_missing(server: SparqlServer) -> None:
    status, _, body = request(server, headers={"Accept": "application/sparql-results+json"})
    assert (status, body) == (400, b"missing query: give the SPARQL query as the query parameter\n")


def test_the_endpoint_is_named_as_the_client_named_it(server: SparqlServer) -> None:
    graph = description(server, Host=f"localhost:{server.port}")
    assert set(graph.objects(None, SD.endpoint)) == {URIRef(f"http://localhost:{server.port}/sparql")}


def test_no_cors_unless_asked(server: SparqlServer) -> None:
    """Without --cors-origin a page of another origin gets no description and no CORS header."""
    status, headers, _ = request(
        server, headers={"Accept": "text/turtle", "Origin": "https://allowed.example"}
    )
    assert status == 403
    assert not [name for name in headers if name.startswith("access-control")]
    status, headers, _ = request(server, headers={"Accept": "text/turtle"})
    assert status == 200
    assert not [name for name in headers if name.startswith("access-control")]


def test_cors_when_asked(cors_server: SparqlServer) -> None:
    """With --cors-origin the allowed origin's page may read the description; another still may not."""
    status, headers, body = request(
        cors_server, headers={"Accept": "text/turtle", "Origin": "https://allowed.example"}
    )
    assert status == 200 and b"sd:Service" in body
    assert headers["access-control-allow-origin"] == "https://allowed.example"
    assert headers["vary"] == "Accept, Origin"
    status, headers, _ = request(
        cors_server, headers={"Accept": "text/turtle", "Origin": "https://other.example"}
    )
    assert status == 403
    assert "access-control-allow-origin" not in headers


def test_counting_is_bounded_by_the_query_timeout(private_store_path: Path) -> None:
    """The counts are queries like any other: past --timeout the answer is a one-line 503."""
    with make_server(private_store_path, port=0, timeout_s=0.001, workers=1, log=False) as slow:
        slow.start()
        status, headers, body = request(slow, headers={"Accept": "text/turtle"})
    assert status == 503
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body == (
        b"the service description's counts were not done within 0.001 s (the endpoint's --timeout); "
        b"try again later\n"
    )
