"""An existing SPARQL server as the store: the bundled plans built into a real Virtuoso give the same answers.

Virtuoso Open Source (Debian's ``virtuoso-opensource-7-bin``, installed by ``.ci/run``) is started on
loopback with a throw-away database. Without ``virtuoso-t`` on the PATH these tests are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from councilkg.analysis.compare import compare_by_indicator, compare_by_outcome, compare_by_theme
from councilkg.analysis.gaps import find_gaps
from councilkg.analysis.lookup import plans_in, resolve_agent, resolve_item
from councilkg.analysis.ownership import owner_report
from councilkg.analysis.threads import load_thread_graph, thread_tree
from councilkg.build.appraisals import load_appraisals
from councilkg.build.plans import build
from councilkg.data import example_appraisals
from councilkg.errors import QueryError, StoreError
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.embedded import EmbeddedStore
from councilkg.store.location import open_store
from councilkg.store.push import push
from councilkg.store.sparql import Endpoint, SparqlStore
from tests.cli.test_cli import assert_one_error, invoke, ok
from tests.remote.virtuoso import DBA_PASSWORD, VIRTUOSO, Virtuoso

pytestmark = pytest.mark.skipif(
    VIRTUOSO is None, reason="virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)"
)


def _endpoint(server: Virtuoso) -> Endpoint:
    return Endpoint(server.query_url, server.update_url, "dba", DBA_PASSWORD)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """Yield a running Virtuoso holding the bundled plans and the example appraisals."""
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    try:
        with open_store(_endpoint(server)) as store:
            build(store)
            load_appraisals(store, example_appraisals())
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def remote(virtuoso: Virtuoso) -> SparqlStore:
    store = open_store(_endpoint(virtuoso))
    assert isinstance(store, SparqlStore)
    return store


@pytest.fixture(scope="module")
def embedded() -> Iterator[EmbeddedStore]:
    with EmbeddedStore.open(":memory:") as store:
        build(store)
        load_appraisals(store, example_appraisals())
        yield store


def _rows(store: Store, text: str, bindings: dict[str, Any], private: bool) -> list[tuple[str | None, ...]]:
    """Return a result's rows as sorted tuples of values; an empty GROUP_CONCAT counts as unbound, and
    a "; "-joined GROUP_CONCAT's parts are sorted (the order of its values is the server's choice)."""
    result = store.query(text, bindings, include_private=private)
    rows = [
        tuple(
            None if term is None or (isinstance(term, ox.Literal) and term.value == "") else _value(term)
            for term in row
        )
        for row in result.rows
    ]
    return sorted(rows, key=str)


def _value(term: Any) -> str:
    if isinstance(term, ox.Literal) and "; " in term.value:
        return "; ".join(sorted(term.value.split("; ")))
    return str(term)


def test_same_graphs_and_triples(remote: SparqlStore, embedded: EmbeddedStore) -> None:
    assert remote.graphs(include_private=True) == embedded.graphs(include_private=True)
    for graph in embedded.graphs(include_private=True):
        assert remote.triple_count(graph) == embedded.triple_count(graph), graph


#: Named queries Virtuoso answers differently, each with why (strict: a fix makes the test fail).
DIFFERENT_ON_VIRTUOSO = {
    "item-statements": "Virtuoso 7 leaves the narrowest class of an item's incoming link unbound (a "
    "ThemeAssignment's) where Oxigraph gives it; item pages are built on the embedded store only",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=DIFFERENT_ON_VIRTUOSO[name]))
        if name in DIFFERENT_ON_VIRTUOSO
        else name
        for name in sorted(named_queries())
    ],
)
def test_named_query_same_answers(remote: SparqlStore, embedded: EmbeddedStore, name: str) -> None:
    """Every shipped query, with its example parameters, gives the same rows on Virtuoso."""
    query = named_queries()[name]
    bindings = query.example_bindings()
    for private in (False, True):
        expected = _rows(embedded, query.text, bindings, private)
        answer = _rows(remote, query.text, bindings, private)
        if answer != expected:
            # Virtuoso 7 now and then repeats rows of a query asked right after another
            # (openlink/virtuoso-opensource#568; seen here once in many runs, on "owned-items"): the
            # same query asked again answers right. A wrong answer twice is ours.
            answer = _rows(remote, query.text, bindings, private)
        assert answer == expected


def test_same_owner_report(remote: SparqlStore, embedded: EmbeddedStore) -> None:
    def report(store: Store) -> Any:
        return owner_report(store, resolve_agent(store, "Alex Kubeyinje")).to_dict()

    answer = report(remote)
    assert answer == report(embedded)
    assert sum(len(plan["items"]) for plan in answer["plans"]) == 25


def test_same_thread_and_gaps(remote: SparqlStore, embedded: EmbeddedStore) -> None:
    def thread(store: Store) -> tuple[Any, list[Any]]:
        graph = load_thread_graph(store)
        tree = thread_tree(graph, resolve_item(store, "CSOB05").iri, "down").to_dict()
        return tree, sorted(str(gap) for gap in find_gaps(graph))

    tree, gaps = thread(remote)
    assert (tree, gaps) == thread(embedded)
    assert "CSKA12" in json.dumps(tree)


@pytest.mark.parametrize("compare", [compare_by_outcome, compare_by_theme, compare_by_indicator])
def test_same_comparison(remote: SparqlStore, embedded: EmbeddedStore, compare: Any) -> None:
    assert compare(remote, plans_in(remote)).to_dict() == compare(embedded, plans_in(embedded)).to_dict()


def test_same_export(remote: SparqlStore, embedded: EmbeddedStore) -> None:
    """The server keeps every term as written: the exports are byte-identical."""
    assert remote.export("nquads", include_private=True) == embedded.export("nquads", include_private=True)


def test_private_graphs_stay_out(remote: SparqlStore) -> None:
    count = "SELECT (COUNT(?o) AS ?n) WHERE { ?o a ckg:AppraisalObjective }"
    assert remote.query(count).rows[0][0] == ox.Literal(
        "0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    )
    assert int(remote.query(count, include_private=True).rows[0][0].value) == 10  # type: ignore[union-attr]
    graph = "SELECT ?o WHERE { GRAPH <https://w3id.org/councilkg/id/graph/appraisals/lambeth> { ?o ?p ?x } }"
    assert remote.query(graph).rows == ()
    with pytest.raises(QueryError, match="FROM and FROM NAMED are not used with --endpoint"):
        remote.query("SELECT * FROM <https://w3id.org/councilkg/id/graph/appraisals/lambeth> { ?s ?p ?o }")


def test_bound_values_cannot_change_the_query(remote: SparqlStore) -> None:
    hostile = ox.Literal('" } ; DROP ALL ; #')
    result = remote.query("SELECT ?label WHERE { ?item rdfs:label ?label }", {"label": hostile})
    assert result.rows == ()
    assert remote.triple_count() > 20000


def test_reload_replaces_a_plan(virtuoso: Virtuoso, remote: SparqlStore, embedded: EmbeddedStore) -> None:
    before = remote.export("nquads")
    ok("load", "lambeth-childrens-directorate-plan-2020-21", "--endpoint", virtuoso.query_url,
       "--update-endpoint", virtuoso.update_url, "--user", "dba", "--password", DBA_PASSWORD)  # fmt: skip
    assert open_store(_endpoint(virtuoso)).export("nquads") == before


def test_cli_commands_on_the_server(virtuoso: Virtuoso, built_store_path: Path) -> None:
    """``--endpoint`` and ``$COUNCILKG_ENDPOINT`` give the same output as the embedded store."""
    local = ok("owner", "Alex Kubeyinje", "--format", "json", "--store", built_store_path).stdout
    assert ok("owner", "Alex Kubeyinje", "--format", "json", "--endpoint", virtuoso.query_url).stdout == local
    env = {"COUNCILKG_ENDPOINT": virtuoso.query_url}
    assert (
        ok("compare", "--by", "outcome", "--format", "csv", env=env).stdout
        == ok("compare", "--by", "outcome", "--format", "csv", "--store", built_store_path).stdout
    )
    # --store on the command line wins over the environment's endpoint.
    assert ok("plans", "--format", "csv", "--store", built_store_path, env=env).stdout.count("\n") == 5


def test_cli_errors(virtuoso: Virtuoso, tmp_path: Path) -> None:
    assert_one_error(
        invoke("plans", "--endpoint", "http://127.0.0.1:9/sparql"), "cannot reach the SPARQL endpoint"
    )
    assert_one_error(invoke("plans", "--endpoint", virtuoso.query_url, "--store", tmp_path), "not both")
    assert_one_error(
        invoke("load", "southwark-cypp-2010-13", "--endpoint", virtuoso.query_url),
        "refused the update",
    )
    wrong = ["--update-endpoint", virtuoso.update_url, "--user", "dba", "--password", "wrong"]
    assert_one_error(
        invoke("load", "southwark-cypp-2010-13", "--endpoint", virtuoso.query_url, *wrong),
        "refused access (HTTP 401)",
    )
    assert_one_error(
        invoke("query", "SELECT ?x WHERE { ?x }", "--endpoint", virtuoso.query_url), "invalid SPARQL"
    )


def test_push(tmp_path: Path) -> None:
    """``push`` copies a store folder to an empty server: same graphs, same triples, private only if asked."""
    server = Virtuoso(tmp_path / "virtuoso")
    (tmp_path / "virtuoso").mkdir()
    server.start()
    try:
        folder = tmp_path / "store"
        with EmbeddedStore.open(folder) as store:
            build(store, ["lambeth-childrens-directorate-plan-2020-21"])
            load_appraisals(store, example_appraisals())
        server_options = ["--endpoint", server.query_url, "--update-endpoint", server.update_url]
        out = ok(
            "push", "--store", folder, *server_options, "--user", "dba", "--password", DBA_PASSWORD
        ).stdout
        assert out.startswith("pushed 1 plan(s) and 0 private graph(s)")
        target = open_store(_endpoint(server))
        with EmbeddedStore.open(folder, read_only=True) as source:
            assert target.export("nquads") == source.export("nquads")
            assert target.graphs(include_private=True) == source.graphs()
            report = push(source, target, include_private=True)
            assert (report.plans, report.private_graphs) == (1, 1)
            assert target.export("nquads", include_private=True) == source.export(
                "nquads", include_private=True
            )
    finally:
        server.stop()


def test_query_errors_name_the_server(remote: SparqlStore) -> None:
    with pytest.raises(QueryError):
        remote.query("SELECT ?x WHERE { ?x ckg:nothing }  GARBAGE")
    with pytest.raises(StoreError, match="is open read-only"):
        SparqlStore.connect(remote.endpoint, read_only=True).remove_plan(remote.graphs()[-1])


def test_a_partial_answer_at_the_time_limit_is_an_error(virtuoso: Virtuoso, remote: SparqlStore) -> None:
    """Virtuoso answers 200 with the rows found so far when its time limit (here the URL's ``timeout``,
    in ms) stops a query; councilkg refuses that answer rather than count from part of the graph. Under
    load Virtuoso may kill the query instead (HTTP 500, HY008): said as the time limit too."""
    hurried = SparqlStore.connect(Endpoint(virtuoso.query_url + "?timeout=300"), read_only=True)
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    stopped = r"stopped the query at its time limit and sent (a partial|no) answer"
    with pytest.raises(StoreError, match=stopped):
        hurried.query(cartesian)
    assert remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c }").rows[0][0].value != "0"
