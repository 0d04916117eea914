"""The embedded store: whole-plan replacement in one transaction, the merged views, locking, reading."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from councilkg.errors import QueryError, StoreError, StoreInUseError
from councilkg.ontology.graphs import CONTRIBUTION_PREFIX, REFERENCE_GRAPH
from councilkg.ontology.vocab import CKG, ID
from councilkg.store.base import prepare_plan
from councilkg.store.embedded import EmbeddedStore

PLAN_A = ID["plan/test/a"]
PLAN_B = ID["plan/test/b"]
PERSON = ID["person/pat-example"]


def plan_graph(plan: URIRef, *labels: str) -> Graph:
    """Return a tiny plan graph with one action per label."""
    graph = Graph(identifier=plan)
    for index, label in enumerate(labels):
        action = URIRef(f"{plan}/action/{index}")
        graph.add((action, RDF.type, CKG.Action))
        graph.add((action, RDFS.label, Literal(label)))
        graph.add((action, CKG.owner, PERSON))
    return graph


def person_share() -> Graph:
    """Return a plan's share of the reference graph: one person."""
    shared = Graph()
    shared.add((PERSON, RDF.type, CKG.Person))
    shared.add((PERSON, RDFS.label, Literal("Pat Example")))
    return shared


def count(store: EmbeddedStore, where: str) -> int:
    """Return COUNT(*) of a pattern over the store's default (merged) graph."""
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    value = result.rows[0][0]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def test_replace_plan_replaces_only_that_graph() -> None:
    """Loading a plan again replaces its graph; other plans are untouched."""
    with EmbeddedStore.open(":memory:") as store:
        store.replace_plan(plan_graph(PLAN_A, "old"), person_share())
        store.replace_plan(plan_graph(PLAN_B, "b"), person_share())
        store.replace_plan(plan_graph(PLAN_A, "new"), person_share())
        labels = {
            str(row[0].value)
            for row in store.query("SELECT ?l WHERE { ?a a ckg:Action ; rdfs:label ?l }").rows
        }
        assert labels == {"new", "b"}


def test_shared_entity_stated_by_two_plans_is_one_triple() -> None:
    """A person named by two plans has one label in queries and stays while any plan names them."""
    with EmbeddedStore.open(":memory:") as store:
        store.replace_plan(plan_graph(PLAN_A, "a"), person_share())
        store.replace_plan(plan_graph(PLAN_B, "b"), person_share())
        assert count(store, f"<{PERSON}> rdfs:label ?l") == 1
        store.remove_plan(PLAN_A)
        assert count(store, f"<{PERSON}> rdfs:label ?l") == 1
        assert count(store, f"GRAPH <{REFERENCE_GRAPH}> {{ <{PERSON}> rdfs:label ?l }}") == 1
        store.remove_plan(PLAN_B)
        assert count(store, f"<{PERSON}> rdfs:label ?l") == 0
        assert count(store, "?a a ckg:Action") == 0


def test_write_plan_replacing_another_drops_it_in_the_same_write() -> None:
    """``write_plan(..., replaces=OLD)`` writes the new plan and drops the old one and its share."""
    with EmbeddedStore.open(":memory:") as store:
        store.replace_plan(plan_graph(PLAN_A, "a"), person_share())
        store.write_plan(prepare_plan(plan_graph(PLAN_B, "b")), replaces=PLAN_A)
        assert [str(g) for g in store.graphs() if "plan/test" in str(g)] == [str(PLAN_B)]
        assert count(store, f"<{PERSON}> rdfs:label ?l") == 0
        assert count(store, "?a a ckg:Action ; rdfs:label ?l") == 1


def test_default_graph_is_the_merge_of_public_graphs(memory_store: EmbeddedStore) -> None:
    """No triple is in two public graphs, and the default graph holds exactly their merge."""
    total = sum(memory_store.triple_count(graph) for graph in memory_store.graphs())
    assert count(memory_store, "?s ?p ?o") == total


def test_unwritable_plan_leaves_the_previous_graph() -> None:
    """A plan whose triples cannot be written is refused whole; the previous version stays."""
    with EmbeddedStore.open(":memory:") as store:
        store.replace_plan(plan_graph(PLAN_A, "kept"), person_share())
        before = store.export()
        broken = plan_graph(PLAN_A, "lost")
        broken.add((URIRef(f"{PLAN_A}/x"), RDFS.label, Literal("bad", datatype=URIRef("not an iri"))))
        with pytest.raises((StoreError, ValueError)):
            store.replace_plan(broken, person_share())
        assert store.export() == before


def test_second_writer_gets_store_in_use(tmp_path: Path) -> None:
    """A writer holding the store blocks another writer with a clear error; readers still open it."""
    path = tmp_path / "store"
    with EmbeddedStore.open(path) as store:
        store.replace_plan(plan_graph(PLAN_A, "a"), person_share())
        with pytest.raises(StoreInUseError, match="in use"):
            EmbeddedStore.open(path)
        with EmbeddedStore.open(path, read_only=True) as reader:
            assert count(reader, "?a a ckg:Action") == 1


def test_read_only_open_of_missing_store_says_how_to_build(tmp_path: Path) -> None:
    """Reading a store that does not exist names it and the command that creates it."""
    with pytest.raises(StoreError, match="councilkg build"):
        EmbeddedStore.open(tmp_path / "nothing", read_only=True)


def test_store_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    """--store pointing at a file is an error, not a crash."""
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        EmbeddedStore.open(file)


def test_bound_parameter_is_a_term_not_text(memory_store: EmbeddedStore) -> None:
    """A bound value that looks like SPARQL is compared as a literal and matches nothing."""
    hostile = ox.Literal('" } ; DROP ALL ; #')
    result = memory_store.query("SELECT ?a ?ref WHERE { ?a ckg:ref ?ref }", {"ref": hostile})
    assert result.rows == ()
    lambeth = "<https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21>"
    assert count(memory_store, f"?a a ckg:Action ; ckg:inPlan {lambeth}") == 37


def test_invalid_sparql_is_a_query_error(memory_store: EmbeddedStore) -> None:
    """Malformed SPARQL raises the project's own error with the parser's message."""
    with pytest.raises(QueryError, match="invalid SPARQL"):
        memory_store.query("SELECT WHERE {")


def test_export_formats_round_trip(memory_store: EmbeddedStore) -> None:
    """Every export format parses back; quad formats keep the plan's named graph."""
    nquads = memory_store.export("nquads")
    trig = memory_store.export("trig")
    turtle = memory_store.export("turtle")
    assert Graph().parse(data=turtle, format="turtle")
    for data, fmt in ((nquads, ox.RdfFormat.N_QUADS), (trig, ox.RdfFormat.TRIG)):
        store = ox.Store()
        store.load(data, format=fmt)
        assert ox.NamedNode(str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])) in set(
            store.named_graphs()
        )
    with pytest.raises(QueryError, match="unknown --format"):
        memory_store.export("yaml")


def test_reader_retries_while_a_writer_swaps_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that opens while a writer compacts ("No such file" in the manifest) opens on retry."""
    path = tmp_path / "store"
    with EmbeddedStore.open(path) as store:
        store.replace_plan(plan_graph(PLAN_A, "a"), person_share())
    real = ox.Store.read_only
    failures = iter([RuntimeError("Corruption: IO error: No such file or directory: 000009.sst")] * 2)

    def racing(location: str) -> ox.Store:
        error = next(failures, None)
        if error is not None:
            raise error
        return real(location)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(racing))
    with EmbeddedStore.open(path, read_only=True) as reader:
        assert str(PLAN_A) in {str(graph) for graph in reader.graphs()}


def test_unreadable_store_is_a_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any other failure to open is the project's own error naming the store, not a traceback."""
    path = tmp_path / "store"
    with EmbeddedStore.open(path) as store:
        store.replace_plan(plan_graph(PLAN_A, "a"), person_share())

    def broken(location: str) -> ox.Store:
        raise RuntimeError("Corruption: bad block")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(broken))
    with pytest.raises(StoreError, match=r"cannot open store .*bad block"):
        EmbeddedStore.open(path, read_only=True)


def test_a_query_given_its_graphs_reaches_only_those_it_may_see(memory_store: EmbeddedStore) -> None:
    """``graphs`` names fewer graphs (faster in a large store) and never one the query may not see."""
    plans = [str(g) for g in memory_store.graphs() if "/plan/" in str(g)]
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a ckg:Action } }"
    every = {row[0].value for row in memory_store.query(query).rows if row[0] is not None}
    assert set(plans) >= every and len(every) >= 2
    one = sorted(every)[0]
    hidden = next(
        g.value for g in memory_store.ox_store.named_graphs() if g.value.startswith(CONTRIBUTION_PREFIX)
    )
    limited = memory_store.query(query, graphs=[one, hidden]).rows
    assert [row[0].value for row in limited if row[0] is not None] == [one]


class _DatasetSpy:
    """Stands in front of the real pyoxigraph store and notes the named graphs each query is given."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.named: list[object] = []

    def query(self, text: str, **options: object) -> object:
        self.named.append(options.get("named_graphs"))
        return self.store.query(text, **options)

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_only_a_query_that_names_graphs_is_given_the_dataset(
    memory_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Naming every graph costs a query 9 ms in a store of 1,100 plans: "from" and "graph" in an IRI
    ("…/safe-from-harm") or a comment do not make a query name them; GRAPH and FROM do."""
    spy = _DatasetSpy(memory_store.ox_store)
    monkeypatch.setattr(memory_store, "_database", spy)
    words = (
        "# which graph, from where\n"
        "SELECT ?p WHERE { <https://w3id.org/councilkg/id/framework/x/safe-from-harm> ?p <http://x/graph> }"
    )
    memory_store.query(words)
    memory_store.query("SELECT ?g WHERE { GRAPH ?g { ?s a ckg:Action } } LIMIT 1")
    memory_store.query(f"SELECT ?s FROM <{REFERENCE_GRAPH}> WHERE {{ ?s ?p ?o }} LIMIT 1")
    assert spy.named[0] is None
    assert spy.named[1] and spy.named[2]
