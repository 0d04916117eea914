"""The endpoint's pure parts: reading a query's shape, spotting SERVICE, negotiating formats, JSON rows."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilkg.server import ForbiddenQueryError
from councilkg.server.formats import GRAPH_FORMATS, SOLUTION_FORMATS, negotiate, prefers_html, solutions_json
from councilkg.server.query import QueryShape, query_shape


@pytest.mark.parametrize(
    ("query", "shape"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", QueryShape("select")),
        (
            "PREFIX ex: <http://e/> ASK FROM ex:g FROM NAMED ex:h { ?s ?p ?o }",
            QueryShape("ask", ("http://e/g",), ("http://e/h",)),
        ),
        ("BASE <http://e/a/> CONSTRUCT WHERE { ?s ?p ?o }", QueryShape("construct")),
        (
            "BASE <http://e/a/> DESCRIBE ?s FROM <g> WHERE { ?s ?p ?o }",
            QueryShape("describe", ("http://e/a/g",)),
        ),
        (
            "select * from id:graph\\/reference { ?s ?p ?o }",
            QueryShape("select", ("https://w3id.org/councilkg/id/graph/reference",)),
        ),
        ("# SELECT FROM <http://e/comment>\nASK { 'FROM <http://e/string>' }", QueryShape("ask")),
        (r"SELECT * FROM <http://e/\u0041> {}", QueryShape("select", ("http://e/A",))),
        ("DELETE WHERE { ?s ?p ?o }", QueryShape(None)),
    ],
)
def test_query_shape(query: str, shape: QueryShape) -> None:
    assert query_shape(query) == shape


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://e/> {} }",
        "SELECT * { SERVICE\t<http://e/> {} }",
        "SELECT * { Service SILENT <http://e/> {} }",
        "SELECT * { SERVICE ?u {} }",
        "PREFIX e: <http://e/> SELECT * { SERVICE e:x {} }",
        "SELECT * { SERVICE # a comment\n<http://e/> {} }",
        "SELECT * { ?s ?p ?a FILTER(?a<2)SERVICE#>\n<http://e/>{} }",
        "SELECT * { ?s <http://e/p'> ?a . SERVICE <http://e/> {} } #'",
        "SELECT * { ?s ?p ?a FILTER(?a<'x>') SERVICE <http://e/> {} }",
    ],
)
def test_service_in_any_reading_is_forbidden(query: str) -> None:
    with pytest.raises(ForbiddenQueryError, match="SERVICE"):
        query_shape(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?s ?p 'SERVICE <http://e/> {}' }",
        'SELECT * { ?s ?p """\nSERVICE <http://e/> {}\n""" }',
        "SELECT * { ?s ?p ?o } # SERVICE <http://e/> {}",
        "SELECT * { ?s <http://e/service> ?o . ?service ?p ex:SERVICE }",
        "SELECT * { ?s ?p <https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10> }",
        "SELECT * { ?s a <https://w3id.org/councilkg#Plan> FILTER(CONTAINS(?t, 'service')) }",
    ],
)
def test_the_word_service_elsewhere_is_allowed(query: str) -> None:
    assert query_shape(query).form == "select"


@pytest.mark.parametrize(
    ("accept", "solutions", "graph"),
    [
        (None, "json", "turtle"),
        ("", "json", "turtle"),
        ("*/*", "json", "turtle"),
        ("application/json", "json", None),
        ("text/*", "csv", "turtle"),
        ("application/*;q=0.5, text/tab-separated-values", "tsv", "turtle"),
        ("text/csv;q=0, */*;q=0.1", "json", "turtle"),
        ("application/n-triples, text/turtle;q=0.9", None, "ntriples"),
        ("application/rdf+xml;q=bad, application/ld+json", None, "jsonld"),
        ("image/png", None, None),
    ],
)
def test_negotiate(accept: str | None, solutions: str | None, graph: str | None) -> None:
    chosen = negotiate(accept, SOLUTION_FORMATS), negotiate(accept, GRAPH_FORMATS)
    assert tuple(f.name if f else None for f in chosen) == (solutions, graph)


def test_prefers_html() -> None:
    assert prefers_html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    assert not prefers_html("*/*")
    assert not prefers_html("application/sparql-results+json, text/html;q=0.5")
    assert not prefers_html(None)


def test_json_rows_match_pyoxigraphs_own_serialiser() -> None:
    store = ox.Store()
    s, p = ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p")
    objects = [
        ox.Literal("plain"),
        ox.Literal("chat", language="fr"),
        ox.Literal("4", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.Literal('quote " and ünïcode\ttab'),
        ox.BlankNode("b1"),
        ox.NamedNode("http://e/o"),
    ]
    for o in objects:
        store.add(ox.Quad(s, p, o))
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    expected = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)  # type: ignore[union-attr]
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    assert solutions_json([v.value for v in result.variables], list(result)) == expected
