"""The SPARQL endpoint end to end: a real server on a free port over the bundled plans (plus
private appraisals), called with SPARQLWrapper and urllib."""

from __future__ import annotations

import csv
import http.client
import io
import json
import multiprocessing
import re
import shutil
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from councilkg.errors import StoreError
from councilkg.server import TRUNCATED_HEADER, ServerError, SparqlServer, make_server
from councilkg.server.execute import Job, Reply
from councilkg.server.worker import WorkerPool, _deny_network
from councilkg.store.embedded import EmbeddedStore

PRIVATE = "https://w3id.org/councilkg/id/graph/appraisals/lambeth"
LAMBETH_2020 = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
# the ontology, its shapes and the reference frameworks, as the store holds them
# (29 more since ckg:extractionRule, ckg:confidence, ckg:sourcePage, ckg:boundingBox and
# ckg:deliversOutcome were added, and ckg:supports may point at an outcome; 6 more for ckg:lowerIsBetter,
# 6 more for ckg:threadRows)
ONTOLOGY_TRIPLES = 910
TITLES = [
    "Children and Young People's Directorate Plan 2009-2011",
    "Children and Young People's Plan 2010-2013",
    "Children's Directorate Plan 2020/21",
    "Lambeth Children and Young People's Service — Service Plan 2007-10",
]
TITLES_QUERY = "SELECT ?title WHERE { ?plan a ckg:Plan ; dcterms:title ?title } ORDER BY ?title"
ACTIONS = 281


def request(
    server: SparqlServer,
    params: dict[str, str] | list[tuple[str, str]] | None = None,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    path: str = "/sparql",
) -> tuple[int, dict[str, str], bytes]:
    """Return the status, headers (lower-case names) and body of one request; errors are answers too."""
    url = f"http://127.0.0.1:{server.port}{path}"
    if params:
        url += "?" + urlencode(params)
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def post_form(
    server: SparqlServer, fields: dict[str, str], accept: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    """POST ``fields`` as application/x-www-form-urlencoded."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return request(server, method="POST", body=urlencode(fields).encode(), headers=headers)


def select_values(body: bytes) -> list[dict[str, str]]:
    """Return the JSON results' rows as ``{variable: value}``."""
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(body)["results"]["bindings"]]


def count(server: SparqlServer, query: str, **params: str) -> int:
    """Return the single integer a ``SELECT (COUNT(...) AS ?n)`` query answers."""
    status, _, body = request(server, {"query": query, **params})
    assert status == 200, body
    return int(select_values(body)[0]["n"])


# -- SPARQLWrapper ------------------------------------------------------------------------------


def wrapper(server: SparqlServer, query: str, return_format: str, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url)
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    sparql.setMethod(method)
    return sparql


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_counts_the_actions(server: SparqlServer, method: str) -> None:
    query = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ckg:Action }"
    result = wrapper(server, query, JSON, method).query().convert()
    assert result == {
        "head": {"vars": ["n"]},
        "results": {
            "bindings": [
                {
                    "n": {
                        "type": "literal",
                        "value": str(ACTIONS),
                        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                    }
                }
            ]
        },
    }


def test_sparqlwrapper_reads_titles_as_csv_and_xml(server: SparqlServer) -> None:
    text = wrapper(server, TITLES_QUERY, CSV).query().convert()
    assert list(csv.reader(io.StringIO(text.decode()))) == [["title"], *[[t] for t in TITLES]]
    document = wrapper(server, TITLES_QUERY, XML).query().convert()
    assert [node.firstChild.data for node in document.getElementsByTagName("literal")] == TITLES


def test_sparqlwrapper_reads_a_construct_as_turtle(server: SparqlServer) -> None:
    query = "CONSTRUCT { ?plan dcterms:title ?title } WHERE { ?plan a ckg:Plan ; dcterms:title ?title }"
    turtle = wrapper(server, query, TURTLE).query().convert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert sorted(str(title) for title in graph.objects()) == TITLES


# -- formats and negotiation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "content_type", "results_format"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", "text/csv; charset=utf-8", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
        ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        (
            "text/csv;q=0.4, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
            ox.QueryResultsFormat.XML,
        ),
        ("text/html, */*;q=0.1", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ],
)
def test_select_is_sent_in_the_negotiated_format(
    server: SparqlServer, accept: str, content_type: str, results_format: ox.QueryResultsFormat
) -> None:
    status, headers, body = request(server, {"query": TITLES_QUERY}, headers={"Accept": accept})
    assert status == 200
    assert headers["content-type"] == content_type
    if results_format == ox.QueryResultsFormat.CSV:  # lossy, so pyoxigraph does not parse it
        assert list(csv.reader(io.StringIO(body.decode()))) == [["title"], *[[t] for t in TITLES]]
        return
    solutions = ox.parse_query_results(body, format=results_format)
    assert [solution["title"].value for solution in solutions] == TITLES  # type: ignore[union-attr]


def test_ask_is_sent_as_json_and_xml(server: SparqlServer) -> None:
    query = "ASK { ?a a ckg:Action }"
    assert request(server, {"query": query})[2] == b'{"head":{},"boolean":true}'
    _, headers, body = request(server, {"query": query}, headers={"Accept": "application/sparql-results+xml"})
    assert headers["content-type"] == "application/sparql-results+xml"
    assert bool(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)) is True


@pytest.mark.parametrize(
    ("accept", "content_type", "rdf_format"),
    [
        ("text/turtle", "text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("*/*", "text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
    ],
)
def test_construct_is_sent_in_the_negotiated_format(
    server: SparqlServer, accept: str, content_type: str, rdf_format: ox.RdfFormat
) -> None:
    query = "CONSTRUCT { ?plan dcterms:title ?title } WHERE { ?plan a ckg:Plan ; dcterms:title ?title }"
    status, headers, body = request(server, {"query": query}, headers={"Accept": accept})
    assert status == 200
    assert headers["content-type"] == content_type
    assert sorted(quad.object.value for quad in ox.parse(body, format=rdf_format)) == TITLES


def test_format_parameter_overrides_accept(server: SparqlServer) -> None:
    status, headers, body = request(
        server, {"query": TITLES_QUERY, "format": "csv"}, headers={"Accept": "text/turtle"}
    )
    assert (status, headers["content-type"]) == (200, "text/csv; charset=utf-8")
    assert body.decode().splitlines()[1] == TITLES[0]
    status, _, body = request(server, {"query": TITLES_QUERY, "format": "yaml"})
    assert status == 400
    assert body.startswith(b"unknown format 'yaml'")


def test_unacceptable_accept_gets_406(server: SparqlServer) -> None:
    status, headers, body = request(server, {"query": TITLES_QUERY}, headers={"Accept": "text/turtle"})
    assert status == 406
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body == (
        b"no acceptable format: SELECT results can be sent as application/sparql-results+json, "
        b"application/sparql-results+xml, text/csv, text/tab-separated-values\n"
    )
    status, _, body = request(server, {"query": "DESCRIBE <x:y>"}, headers={"Accept": "text/csv"})
    assert status == 406
    assert body.startswith(b"no acceptable format: DESCRIBE results can be sent as text/turtle")


def test_sparql_query_body(server: SparqlServer) -> None:
    status, _, body = request(
        server,
        method="POST",
        body=TITLES_QUERY.encode(),
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert status == 200
    assert [row["title"] for row in select_values(body)] == TITLES


def test_other_content_types_get_415(server: SparqlServer) -> None:
    status, _, body = request(server, method="POST", body=b"{}", headers={"Content-Type": "application/json"})
    assert status == 415
    assert body.startswith(b"unsupported Content-Type application/json")


# -- refusals -----------------------------------------------------------------------------------

READ_ONLY = b"this endpoint is read-only: SPARQL updates are not accepted\n"


def test_updates_are_refused(server: SparqlServer) -> None:
    update = f"DELETE WHERE {{ GRAPH <{LAMBETH_2020}> {{ ?s ?p ?o }} }}"
    assert request(server, {"update": update})[::2] == (400, READ_ONLY)
    assert post_form(server, {"update": update})[::2] == (400, READ_ONLY)
    sent = request(
        server, method="POST", body=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    assert sent[::2] == (400, READ_ONLY)
    status, _, body = post_form(server, {"query": update})
    assert status == 400
    assert body == b"invalid SPARQL: error at 1:10: expected CONSTRUCT\n"
    status, headers, body = request(server, method="PUT", body=b"")
    assert (status, headers["allow"]) == (405, "GET, HEAD, POST, OPTIONS")
    assert count(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{LAMBETH_2020}> {{ ?s ?p ?o }} }}") == 4028


def test_bad_sparql_gets_400_with_the_parsers_first_line(server: SparqlServer) -> None:
    status, headers, body = request(server, {"query": "SELECT ?s WHERE { ?s ?p }"})
    assert status == 400
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.startswith(b"invalid SPARQL: error at 1:")
    assert body.count(b"\n") == 1


def test_a_slashed_prefixed_name_gets_the_spellings_that_work(server: SparqlServer) -> None:
    """``id:person/x`` in a query gets the line naming ``id:person\\/x`` and the full IRI, as the CLI does."""
    status, _, body = request(server, {"query": "SELECT ?l WHERE { id:person/alex-kubeyinje rdfs:label ?l }"})
    assert status == 400
    assert body.startswith(b"invalid SPARQL: id:person/alex-kubeyinje is not a SPARQL name")
    assert body.endswith(b"or <https://w3id.org/councilkg/id/person/alex-kubeyinje>\n")


def test_missing_or_repeated_query_gets_400(server: SparqlServer) -> None:
    assert request(server, {"format": "json"})[::2] == (
        400,
        b"missing query: give the SPARQL query as the query parameter\n",
    )
    status, _, body = request(server, [("query", "ASK {}"), ("query", "ASK {}")])
    assert (status, body) == (400, b"give the query parameter once, not 2 times\n")


def test_oversized_body_gets_413(server: SparqlServer) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 20_000
    status, headers, body = post_form(server, {"query": query})
    assert status == 413
    assert body == b"the request body is over the limit of 10000 bytes\n"
    assert headers["connection"] == "close"


def test_oversized_body_with_expect_continue_is_refused_before_it_is_sent(server: SparqlServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Length", "5000000")
    connection.putheader("Expect", "100-continue")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413
    connection.close()


def test_oversized_url_gets_414(server: SparqlServer) -> None:
    status, _, body = request(server, {"query": "ASK { ?s ?p ?o } #" + "x" * 20_000})
    assert (status, body) == (414, b"the request URL is over the limit of 10000 bytes; use POST\n")
    status, _, body = request(server, {"query": "ASK {} #" + "x" * 70_000})  # the standard library's limit
    assert (status, body) == (414, b"the request URL is too long; send the query with POST instead\n")


def test_unknown_path_gets_404(server: SparqlServer) -> None:
    assert request(server, path="/query")[::2] == (
        404,
        b"no such page: /query (the endpoint is /sparql; items: /id/...)\n",
    )


# -- row cap ------------------------------------------------------------------------------------


def test_rows_over_the_cap_are_cut_and_flagged(server: SparqlServer) -> None:
    query = "SELECT ?a WHERE { ?a a ckg:Action } ORDER BY ?a"
    status, headers, body = request(server, {"query": query})
    assert status == 200
    assert headers[TRUNCATED_HEADER.lower()] == "50"
    assert len(select_values(body)) == 50
    status, headers, body = request(server, {"query": query + " LIMIT 50"})
    assert TRUNCATED_HEADER.lower() not in headers
    assert len(select_values(body)) == 50
    _, headers, body = request(server, {"query": query}, headers={"Accept": "text/csv"})
    assert headers[TRUNCATED_HEADER.lower()] == "50"
    assert len(body.decode().splitlines()) == 51


def test_triples_over_the_cap_are_cut_and_flagged(server: SparqlServer) -> None:
    _, headers, body = request(
        server, {"query": "CONSTRUCT WHERE { ?a a ckg:Action }"}, headers={"Accept": "application/n-triples"}
    )
    assert headers[TRUNCATED_HEADER.lower()] == "50"
    assert len(body.decode().splitlines()) == 50


# -- timeout ------------------------------------------------------------------------------------


def test_a_slow_query_is_stopped_and_the_server_answers_the_next(private_store_path: Path) -> None:
    with make_server(private_store_path, port=0, timeout_s=0.5, workers=1, log=False) as slow:
        slow.start()
        cross_product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
        status, headers, body = request(slow, {"query": cross_product})
        assert (status, body) == (503, b"query stopped after 0.5 s; narrow it or add a LIMIT\n")
        assert headers["content-type"] == "text/plain; charset=utf-8"
        assert count(slow, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ckg:Action }") == ACTIONS


# -- CORS ---------------------------------------------------------------------------------------


def test_no_cors_headers_by_default(server: SparqlServer) -> None:
    status, headers, _ = request(server, {"query": "ASK {}"}, headers={"Origin": "https://allowed.example"})
    assert status == 403  # a query from another origin's page is refused outright
    assert not [name for name in headers if name.startswith("access-control")]
    status, headers, _ = request(server, method="OPTIONS", headers={"Origin": "https://allowed.example"})
    assert status == 204
    assert not [name for name in headers if name.startswith("access-control")]


def test_cors_for_an_allowed_origin(cors_server: SparqlServer) -> None:
    _, headers, _ = request(cors_server, {"query": "ASK {}"}, headers={"Origin": "https://allowed.example"})
    assert headers["access-control-allow-origin"] == "https://allowed.example"
    assert headers["access-control-expose-headers"] == TRUNCATED_HEADER
    assert headers["vary"] == "Origin"
    status, headers, _ = request(
        cors_server, {"query": "ASK {}"}, headers={"Origin": "https://other.example"}
    )
    assert status == 403
    assert "access-control-allow-origin" not in headers


def test_cors_preflight(cors_server: SparqlServer) -> None:
    status, headers, body = request(
        cors_server,
        method="OPTIONS",
        headers={
            "Origin": "https://allowed.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert (status, body) == (204, b"")
    assert headers["access-control-allow-origin"] == "https://allowed.example"
    assert headers["access-control-allow-methods"] == "GET, POST, OPTIONS"
    assert headers["access-control-allow-headers"] == "Accept, Content-Type"


def test_cors_any_origin(private_store_path: Path) -> None:
    with make_server(private_store_path, port=0, cors_origins=["*"], workers=1, log=False) as any_origin:
        any_origin.start()
        _, headers, _ = request(any_origin, {"query": "ASK {}"}, headers={"Origin": "https://anyone.example"})
        assert headers["access-control-allow-origin"] == "*"
        assert "vary" not in headers


# -- private graphs -----------------------------------------------------------------------------


def test_the_private_graph_exists_in_the_store(private_store_path: Path) -> None:
    with EmbeddedStore.open(private_store_path, read_only=True) as store:
        rows = store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PRIVATE}> {{ ?s ?p ?o }} }}", include_private=True
        ).rows
    assert int(rows[0][0].value) == 116  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT (COUNT(*) AS ?n) WHERE { ?o a ckg:AppraisalObjective }",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PRIVATE}> {{ ?s ?p ?o }} }}",
        f"SELECT (COUNT(*) AS ?n) FROM <{PRIVATE}> WHERE {{ ?s ?p ?o }}",
        f"SELECT (COUNT(*) AS ?n) FROM NAMED <{PRIVATE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"SELECT (COUNT(*) AS ?n) FROM <{PRIVATE}> FROM NAMED <{PRIVATE}> WHERE {{ {{ ?s ?p ?o }} UNION "
        f"{{ GRAPH ?g {{ ?s ?p ?o }} }} }}",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?o a ckg:AppraisalObjective } }",
        "PREFIX g: <https://w3id.org/councilkg/id/graph/> "
        "SELECT (COUNT(*) AS ?n) FROM g:appraisals\\/lambeth WHERE { ?s ?p ?o }",
    ],
)
def test_private_graphs_are_never_visible(server: SparqlServer, query: str) -> None:
    assert count(server, query) == 0


@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
def test_protocol_dataset_cannot_reach_private_graphs(server: SparqlServer, parameter: str) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    assert count(server, query, **{parameter: PRIVATE}) == 0


def test_graph_variable_sees_only_public_graphs(server: SparqlServer) -> None:
    status, _, body = request(
        server, {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"}
    )
    assert status == 200
    assert [row["g"] for row in select_values(body)] == [
        "https://w3id.org/councilkg/id/graph/ontology",
        "https://w3id.org/councilkg/id/graph/reference",
        "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11",
        LAMBETH_2020,
        "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10",
        "https://w3id.org/councilkg/id/plan/southwark/cypp-2010-13",
    ]


def test_a_construct_cannot_copy_private_triples(server: SparqlServer) -> None:
    query = f"CONSTRUCT {{ ?s ?p ?o }} FROM <{PRIVATE}> WHERE {{ GRAPH <{PRIVATE}> {{ ?s ?p ?o }} }}"
    status, _, body = request(server, {"query": query}, headers={"Accept": "application/n-triples"})
    assert (status, body) == (200, b"")


def test_from_and_protocol_dataset_restrict_to_public_graphs(server: SparqlServer) -> None:
    plan_triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert count(server, f"SELECT (COUNT(*) AS ?n) FROM <{LAMBETH_2020}> WHERE {{ ?s ?p ?o }}") == 4028
    assert (
        count(server, "SELECT (COUNT(*) AS ?n) FROM id:graph\\/ontology WHERE { ?s ?p ?o }")
        == ONTOLOGY_TRIPLES
    )
    assert count(server, plan_triples, **{"default-graph-uri": LAMBETH_2020}) == 4028
    # the protocol's dataset replaces the query's own FROM, as the protocol says
    assert (
        count(
            server,
            f"SELECT (COUNT(*) AS ?n) FROM <{LAMBETH_2020}> WHERE {{ ?s ?p ?o }}",
            **{"default-graph-uri": "https://w3id.org/councilkg/id/graph/ontology"},
        )
        == ONTOLOGY_TRIPLES
    )
    in_named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{LAMBETH_2020}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert count(server, in_named) == 4028
    assert count(server, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{LAMBETH_2020}> WHERE {{ ?s ?p ?o }}") == 0


# -- SERVICE ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[str, list[str]]]:
    """Yield the URL of a local HTTP server and the list of paths it was asked for."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *_: object) -> None:
            pass

    target = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{target.server_port}/", hits
    target.shutdown()
    target.server_close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ VALUES ?u {{ <{url}> }} SERVICE ?u {{ ?s ?p ?o }} }}",
        # Oxigraph reads "<2)SERVICE#>" as less-than, a SERVICE keyword and a comment, not an IRI
        "SELECT * WHERE {{ ?s ?p ?a FILTER(?a<2)SERVICE#>\n<{url}>{{ ?x ?y ?z }} }}",
    ],
)
def test_service_is_refused(server: SparqlServer, listener: tuple[str, list[str]], template: str) -> None:
    url, hits = listener
    status, _, body = request(server, {"query": template.format(url=url)})
    assert (status, body) == (
        400,
        b"SERVICE (federated query) is not allowed: this endpoint never fetches other URLs\n",
    )
    assert hits == []


def test_the_word_service_in_strings_and_iris_is_fine(server: SparqlServer) -> None:
    query = (
        "SELECT ?title WHERE { ?plan a <https://w3id.org/councilkg#Plan> ; dcterms:title ?title "
        'FILTER(CONTAINS(?title, "Service")) FILTER(?plan != <https://example.org/service>) }'
    )
    status, _, body = request(server, {"query": query})
    assert status == 200
    assert [row["title"] for row in select_values(body)] == [TITLES[3]]


def _service_in_a_sandbox(url: str, answer: Connection) -> None:
    """In a fresh process: sandbox it as a worker does, then run a SERVICE query to ``url``."""
    if not _deny_network():
        answer.send(None)
        return
    try:
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"))  # type: ignore[arg-type]
        answer.send("no error")
    except Exception as error:  # what pyoxigraph raises is what is checked
        answer.send(str(error))


def test_workers_cannot_open_network_connections(listener: tuple[str, list[str]]) -> None:
    url, hits = listener
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    # Run straight in a sandboxed process, past the SERVICE check that workers make first.
    process = context.Process(target=_service_in_a_sandbox, args=(url, theirs))
    process.start()
    error = ours.recv() if ours.poll(60) else "timed out"
    process.join()
    if error is None:
        pytest.skip("no seccomp sandbox on this platform")
    assert "Permission denied" in error
    assert hits == []


def test_workers_refuse_service_themselves(private_store_path: Path, listener: tuple[str, list[str]]) -> None:
    url, hits = listener
    pool = WorkerPool(private_store_path, size=1)
    try:
        messages = pool.run(Job(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "json", None, 10), 10)
    finally:
        pool.close()
    assert messages == [
        Reply.text(400, "SERVICE (federated query) is not allowed: this endpoint never fetches other URLs")
    ]
    assert hits == []


# -- the page -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "accept"), [("/", "*/*"), ("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8")]
)
def test_the_page_is_self_contained(server: SparqlServer, path: str, accept: str) -> None:
    status, headers, body = request(server, path=path, headers={"Accept": accept})
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert headers["content-security-policy"].startswith("default-src 'none';")
    page = body.decode()
    assert "<textarea" in page  # the form a browser without JavaScript sends
    assert "ckg:Action" in page
    # what it loads is this server's (tests/server/test_query_page.py follows each URL)
    loaded = re.findall(r'<(?:script|link)[^>]* (?:src|href)="([^"]*)"', page)
    assert loaded and all(url.startswith("static/") or url == "data:," for url in loaded)
    for external in ("@import", "url("):
        assert external not in page


def test_the_pages_example_query_answers(server: SparqlServer) -> None:
    page = request(server, path="/")[2].decode()
    example = page.split('spellcheck="false">')[1].split("</textarea>")[0]
    status, _, body = request(server, {"query": example})
    assert status == 200
    assert [int(row["actions"]) for row in select_values(body)] == [121, 62, 61, 37]


# -- starting, logging, freshness ---------------------------------------------------------------


def test_make_server_refuses_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        make_server(tmp_path / "nothing", port=0)


def test_make_server_refuses_a_port_in_use(private_store_path: Path) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        port = taken.getsockname()[1]
        with pytest.raises(
            ServerError, match=f"port {port} on 127.0.0.1 is in use; choose another with --port"
        ):
            make_server(private_store_path, port=port, workers=1)
    finally:
        taken.close()


def test_make_server_refuses_a_remote_host_without_consent(private_store_path: Path) -> None:
    with pytest.raises(ServerError, match=r"--host 0\.0\.0\.0 would expose the store"):
        make_server(private_store_path, host="0.0.0.0", port=0)


def test_one_log_line_per_request(private_store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with make_server(private_store_path, port=0, workers=1, log=True) as logged:
        logged.start()
        request(logged, {"query": TITLES_QUERY})
        request(logged, {"query": "nonsense"})
    lines = capsys.readouterr().err.splitlines()
    assert [[*line.split()[:4], line.split()[5]] for line in lines] == [
        ["127.0.0.1", "GET", "/sparql", "200", "rows=4"],
        ["127.0.0.1", "GET", "/sparql", "400", "rows=-"],
    ]
    assert all(line.split()[4].endswith("ms") for line in lines)


def test_workers_see_a_newer_build(private_store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "store"
    shutil.copytree(private_store_path, path)
    plans = "SELECT (COUNT(*) AS ?n) WHERE { ?plan a ckg:Plan ; dcterms:title ?title }"
    with make_server(path, port=0, workers=1, log=False) as fresh:
        fresh.start()
        assert count(fresh, plans) == 4
        with EmbeddedStore.open(path) as writer:  # a writer alongside the server's read-only workers
            writer.remove_plan(URIRef(LAMBETH_2020))
        assert count(fresh, plans) == 3


def test_server_url_names_the_endpoint(server: SparqlServer) -> None:
    url = urlsplit(server.url)
    assert (url.scheme, url.hostname, url.port, url.path) == ("http", "127.0.0.1", server.port, "/sparql")
