"""The name index kept with a store: it follows every write, survives reopening, and is never trusted
when a write may not have reached it; the owner lookups that read it answer as the full scan does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from councilkg.analysis.lookup import (
    AGENT_CLASSES,
    agents,
    find_agents,
    find_items,
    match_names,
    normalise_name,
)
from councilkg.ontology.graphs import appraisal_graph_iri
from councilkg.ontology.vocab import CKG, ID
from councilkg.store.embedded import EmbeddedStore
from councilkg.store.names import INDEXED_CLASSES, NameIndex, index_path

PLAN_A = ID["plan/test/a"]
PLAN_B = ID["plan/test/b"]


def plan(name: URIRef, *actions: str) -> Graph:
    """Return a tiny plan graph with one labelled action per label."""
    graph = Graph(identifier=name)
    for number, label in enumerate(actions):
        action = URIRef(f"{name}/action/{number}")
        graph.add((action, RDF.type, CKG.Action))
        graph.add((action, RDFS.label, Literal(label)))
    return graph


def people(*names: str) -> Graph:
    """Return a plan's share of the reference graph: one person per name."""
    shared = Graph()
    for name in names:
        person = ID["person/" + normalise_name(name).replace(" ", "-")]
        shared.add((person, RDF.type, CKG.Person))
        shared.add((person, RDFS.label, Literal(name)))
    return shared


def found(index: NameIndex | None, text: str, classes: tuple[str, ...] = INDEXED_CLASSES) -> set[str]:
    """Return the labels the index finds for ``text``."""
    assert index is not None
    names = index.find(text, classes)
    assert names is not None
    return {name.label for name in names}


def test_the_index_follows_replacing_and_removing_plans() -> None:
    with EmbeddedStore.open(":memory:") as store:
        store.replace_plan(plan(PLAN_A, "Reduce teenage pregnancy"), people("Kathy O'Mahony", "Pat Example"))
        store.replace_plan(plan(PLAN_B, "Raise attainment"), people("Pat Example"))
        index = store.name_index()
        assert found(index, "kathy omah") == {"Kathy O'Mahony"}
        assert found(index, "teen preg") == {"Reduce teenage pregnancy"}
        assert found(index, "pat", AGENT_CLASSES) == {"Pat Example"}
        assert found(index, "eenage") == set()  # words are matched from their start
        store.replace_plan(plan(PLAN_A, "Cut exclusions"), people("Kim Other"))
        assert found(index, "kathy") == set() and found(index, "teenage") == set()
        assert found(index, "kim") == {"Kim Other"} and found(index, "pat") == {"Pat Example"}
        store.remove_plan(PLAN_B)
        assert found(index, "pat") == set() and found(index, "attainment") == set()
        assert found(index, "") == set()


def test_private_names_only_when_asked() -> None:
    objective = ID["appraisal/lambeth/objective/1"]
    graph = Graph(identifier=appraisal_graph_iri("lambeth"))
    graph.add((objective, RDF.type, CKG.AppraisalObjective))
    graph.add((objective, RDFS.label, Literal("Secret staffing objective")))
    with EmbeddedStore.open(":memory:") as store:
        store.replace_private_graph(graph)
        index = store.name_index()
        assert index is not None
        assert index.find("secret", INDEXED_CLASSES) == []
        private = index.find("secret", INDEXED_CLASSES, include_private=True)
        assert [n.label for n in private or []] == ["Secret staffing objective"]
        store.replace_private_graph(Graph(identifier=appraisal_graph_iri("lambeth")))
        assert index.find("secret", INDEXED_CLASSES, include_private=True) == []


def test_a_folder_store_keeps_its_index_beside_it_and_fills_one_it_lacks(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with EmbeddedStore.open(folder) as store:
        store.replace_plan(plan(PLAN_A, "Reduce teenage pregnancy"), people("Kathy O'Mahony"))
    assert index_path(folder).is_file()
    with EmbeddedStore.open(folder, read_only=True) as store:
        assert found(store.name_index(), "kathy") == {"Kathy O'Mahony"}
    # A store written before the index existed (or whose index was lost): readers scan the labels,
    # and the next writer to open it fills the index from the store.
    index_path(folder).unlink()
    with EmbeddedStore.open(folder, read_only=True) as store:
        assert store.name_index() is None
        assert [a.label for a in find_agents(store, "kathy")] == ["Kathy O'Mahony"]
    with EmbeddedStore.open(folder) as store:
        assert found(store.name_index(), "kathy") == {"Kathy O'Mahony"}


def test_a_write_the_index_did_not_follow_is_never_read(tmp_path: Path) -> None:
    """A crash between marking the graphs and re-reading them leaves them dirty: readers scan, and
    the next writer re-reads them."""
    folder = tmp_path / "store"
    with EmbeddedStore.open(folder) as store:
        store.replace_plan(plan(PLAN_A, "Reduce teenage pregnancy"), people("Kathy O'Mahony"))
    index = NameIndex.open(index_path(folder))
    assert index is not None
    index.mark_dirty([str(PLAN_A)])  # as a write does before it reaches the store
    index.close()
    with EmbeddedStore.open(folder, read_only=True) as store:
        assert store.name_index() is None
        assert [a.label for a in find_agents(store, "Kathy O'Mahony")] == ["Kathy O'Mahony"]
    with EmbeddedStore.open(folder) as store:
        assert found(store.name_index(), "teenage") == {"Reduce teenage pregnancy"}


@pytest.mark.parametrize("authority", [None, "Lambeth", "herefordshire", "Southwark"])
def test_owner_lookup_through_the_index_answers_as_the_full_scan(
    memory_store: EmbeddedStore, authority: str | None
) -> None:
    assert memory_store.name_index() is not None
    everyone = agents(memory_store)
    if authority is not None:
        everyone = [a for a in everyone if normalise_name(authority) in map(normalise_name, a.authorities)]
    names = [*[a.label for a in agents(memory_store)][::5], "kathy", "head of", "director", "zzz", "h c o"]
    for name in names:
        expected = match_names(name, everyone, lambda a: a.label)
        assert find_agents(memory_store, name, authority) == expected, name


def test_an_index_left_beside_another_store_is_not_its_index(tmp_path: Path) -> None:
    """A store folder deleted and built again (or copied over) keeps no names of the store before."""
    folder = tmp_path / "store"
    with EmbeddedStore.open(folder) as store:
        store.replace_plan(plan(PLAN_A, "Reduce teenage pregnancy"), people("Kathy O'Mahony"))
    shutil.rmtree(folder)
    with EmbeddedStore.open(folder) as store:
        store.replace_plan(plan(PLAN_B, "Raise attainment"), people("Kim Other"))
    with EmbeddedStore.open(folder, read_only=True) as store:
        assert found(store.name_index(), "kathy") == set()
        assert found(store.name_index(), "kim") == {"Kim Other"}


def test_a_damaged_index_is_not_read_and_a_writer_starts_a_new_one(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with EmbeddedStore.open(folder) as store:
        store.replace_plan(plan(PLAN_A, "Reduce teenage pregnancy"), people("Kathy O'Mahony"))
    index_path(folder).write_bytes(b"not a database" * 100)
    with EmbeddedStore.open(folder, read_only=True) as store:
        assert store.name_index() is None
        assert [a.label for a in find_agents(store, "kathy")] == ["Kathy O'Mahony"]
    with EmbeddedStore.open(folder) as store:
        assert found(store.name_index(), "kathy") == {"Kathy O'Mahony"}


def test_item_search_through_the_index_answers_as_the_full_scan(
    memory_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """References (printed, notations, national codes) and words of labels, with and without a plan,
    private items included or not: the same items, in the same order, as scanning every label."""
    rows = memory_store.query(
        "SELECT ?label ?ref WHERE { ?i rdfs:label ?label . OPTIONAL { ?i ckg:ref ?ref } }"
    ).rows
    labels = sorted({row[0].value for row in rows if row[0] is not None})
    refs = sorted({row[1].value for row in rows if row[1] is not None})
    texts = [*labels[::7], *[" ".join(label.split()[:2]) for label in labels[::11]], *refs[::3]]
    texts += ["NI 59", "ni59", "BVPI 49", "teenage pregnancy", "SS", "safe", "zzz", "Goal 3.3", "CSOB05"]
    plans = [None, str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])]
    indexed = {
        (text, plan, private): find_items(memory_store, text, plan, private)
        for text in texts
        for plan in plans
        for private in (False, True)
    }
    assert memory_store.name_index() is not None
    monkeypatch.setattr(memory_store, "name_index", lambda: None)
    for (text, plan, private), items in indexed.items():
        assert items == find_items(memory_store, text, plan, private), (text, plan, private)
    assert any(items for items in indexed.values())
