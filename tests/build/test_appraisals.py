"""Appraisal objectives: resolving a CSV against real plans, private graphs, replacement and errors."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, XSD

from councilkg.analysis.validate import validate_graph
from councilkg.build.appraisals import (
    appraisal_graphs,
    build_appraisal_graphs,
    load_appraisals,
    objective_iri,
    remove_appraisals,
    resolve_supports,
)
from councilkg.build.plans import build
from councilkg.data import example_appraisals
from councilkg.errors import AppraisalError, NoAppraisalsError, StoreError
from councilkg.loaders.appraisal_csv import read_appraisal_file
from councilkg.ontology import ontology_path
from councilkg.ontology.graphs import (
    ONTOLOGY_GRAPH,
    PRIVATE_GRAPH_PREFIX,
    REFERENCE_GRAPH,
    appraisal_graph_iri,
)
from councilkg.ontology.vocab import CKG, ID
from councilkg.store.embedded import EmbeddedStore
from tests.conftest import LAMBETH_2020

EXAMPLE = example_appraisals()
LAMBETH_PLAN = ID["plan/lambeth/childrens-directorate-plan-2020-21"]
CSKA12 = URIRef(f"{LAMBETH_PLAN}/action/cska12")
CSOB05 = URIRef(f"{LAMBETH_PLAN}/priority/csob05")
LAMBETH_GRAPH = URIRef(PRIVATE_GRAPH_PREFIX + "lambeth")
HEADER = "person,post,objective,supports,review_date\n"

TESTSHIRE = ID["authority/testshire"]
PLAN_A = ID["plan/testshire/plan-a"]
PLAN_B = ID["plan/testshire/plan-b"]


@pytest.fixture
def lambeth() -> Iterator[EmbeddedStore]:
    """Yield a fresh in-memory store holding the bundled Lambeth 2020/21 plan only."""
    with EmbeddedStore.open(":memory:") as store:
        build(store, [LAMBETH_2020])
        yield store


@pytest.fixture
def testshire() -> Iterator[EmbeddedStore]:
    """Yield a store with two hand-made Testshire plans that both print the action ref ``X1``.

    Plan A also prints ``P1`` twice (two priorities), and names the post "Director of Children's
    Services" under an IRI whose slug is not the title's.
    """
    with EmbeddedStore.open(":memory:") as store:
        tiny_plan(
            store, PLAN_A, [("action", "x1", "X1"), ("priority", "p1a", "P1"), ("priority", "p1b", "P1")]
        )
        tiny_plan(store, PLAN_B, [("action", "x1", "X1"), ("action", "y2", "Y2")])
        yield store


def tiny_plan(store: EmbeddedStore, plan: URIRef, items: list[tuple[str, str, str]]) -> None:
    """Write a minimal plan of Testshire with the given (kind, key, ref) items and one post."""
    graph = Graph(identifier=plan)
    source = URIRef(f"{plan}/source")
    graph.add((plan, RDF.type, CKG.Plan))
    graph.add((plan, DCTERMS.title, Literal(f"Testshire {plan.rsplit('/', 1)[-1]}")))
    graph.add((plan, CKG.authority, TESTSHIRE))
    graph.add((plan, PROV.wasDerivedFrom, source))
    post = ID["authority/testshire/post/dcs"]
    graph.add((post, PROV.wasDerivedFrom, source))
    for kind, key, ref in items:
        item = URIRef(f"{plan}/{kind}/{key}")
        graph.add((item, RDF.type, CKG.Action if kind == "action" else CKG.Priority))
        graph.add((item, CKG.inPlan, plan))
        graph.add((item, CKG.ref, Literal(ref)))
        graph.add((item, RDFS.label, Literal(f"{kind} {key}")))
    shared = Graph()
    shared.add((TESTSHIRE, RDF.type, CKG.Authority))
    shared.add((TESTSHIRE, RDFS.label, Literal("Testshire")))
    shared.add((post, RDF.type, CKG.Post))
    shared.add((post, RDFS.label, Literal("Director of Children's Services")))
    store.replace_plan(graph, shared)


def write_csv(folder: Path, *rows: str, name: str = "objectives.csv") -> Path:
    """Write an appraisal CSV with the standard header and ``rows``; return its path."""
    path = folder / name
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def all_quads(store: EmbeddedStore) -> set[str]:
    """Return every quad of the store, private graphs included, as sorted text."""
    return {str(quad) for quad in store.quads(include_private=True)}


def select(store: EmbeddedStore, sparql: str, include_private: bool = False) -> list[tuple[str, ...]]:
    """Return the rows of a SELECT as tuples of lexical values."""
    result = store.query(sparql, include_private=include_private)
    return [tuple(term.value if term is not None else "" for term in row) for row in result.rows]


def refused(store: EmbeddedStore, path: Path, plan: str | None = None) -> str:
    """Load ``path``, expect an AppraisalError that changes nothing, and return its message."""
    before = all_quads(store)
    with pytest.raises(AppraisalError) as caught:
        load_appraisals(store, path, plan=plan)
    assert all_quads(store) == before, "a refused CSV must leave the store unchanged"
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- the example CSV ---------------------------------------------------------------------------


def test_example_csv_loads_into_lambeths_private_graph(lambeth: EmbeddedStore) -> None:
    """The bundled example gives ten objectives of seven people in Lambeth's private graph."""
    (loaded,) = load_appraisals(lambeth, EXAMPLE)
    assert (loaded.authority, loaded.graph) == ("lambeth", LAMBETH_GRAPH)
    assert (loaded.objectives, loaded.people, loaded.file) == (10, 7, EXAMPLE.name)
    assert loaded.triples == sum(
        1
        for quad in lambeth.quads(include_private=True)
        if quad.graph_name == ox.NamedNode(str(LAMBETH_GRAPH))
    )
    rows = select(
        lambeth,
        "SELECT ?objective ?line WHERE { ?objective ckg:supports ?action ; ckg:sourceLine ?line . "
        "?action ckg:ref 'CSKA12' } ORDER BY ?line",
        include_private=True,
    )
    assert [line for _, line in rows] == ["2", "3"]
    assert rows[0][0] == str(objective_iri("lambeth", "Sam Example", 1))


def test_example_objective_reaches_an_outcome_through_cska12(lambeth: EmbeddedStore) -> None:
    """The golden thread: objective -> CSKA12 -> CSOB05 -> an outcome, owned by a person with a post."""
    load_appraisals(lambeth, EXAMPLE)
    rows = select(
        lambeth,
        """SELECT DISTINCT ?name ?post ?priority WHERE {
             ?objective a ckg:AppraisalObjective ; ckg:owner ?person ;
                        ckg:supports/ckg:supports ?p .
             ?p ckg:ref ?priority ; ckg:contributesTo+ ?outcome .
             ?outcome a ckg:Outcome .
             ?person rdfs:label ?name .
             ?postIri org:heldBy ?person ; rdfs:label ?post .
           } ORDER BY ?name""",
        include_private=True,
    )
    assert ("Sam Example", "Workforce Development Manager", "CSOB05") in rows
    assert ("Jo Sample", "Recruitment and Retention Lead, Children's Social Care", "CSOB05") in rows


def test_example_objective_for_a_priority_and_review_dates(lambeth: EmbeddedStore) -> None:
    """Objectives may support a priority directly; review dates are xsd:date, absent when empty."""
    graphs = build_appraisal_graphs(lambeth, read_appraisal_file(EXAMPLE), str(EXAMPLE))
    graph = graphs["lambeth"]
    sam_2 = objective_iri("lambeth", "Sam Example", 2)
    assert graph.value(sam_2, CKG.supports) == CSOB05
    assert graph.value(sam_2, CKG.reviewDate) == Literal("2020-09-30", datatype=XSD.date)
    quinn = objective_iri("lambeth", "Quinn Madeup", 1)
    assert graph.value(quinn, CKG.reviewDate) is None
    assert graph.value(quinn, CKG.sourceLine) == Literal(10)


def test_example_conforms_to_the_shapes(lambeth: EmbeddedStore) -> None:
    """The plan with the example objectives conforms, the appraisal objective shape included."""
    load_appraisals(lambeth, EXAMPLE)
    data = Graph()
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    nquads = ox.serialize(
        [q.triple for q in lambeth.quads(include_private=True) if q.graph_name != ontology],
        format=ox.RdfFormat.N_TRIPLES,
    )
    data.parse(data=nquads or b"", format="nt")
    assert len(set(data.subjects(RDF.type, CKG.AppraisalObjective))) == 10
    report = validate_graph(data)
    assert report.violations == []


def test_objective_shape_requires_one_supports_and_a_person() -> None:
    """An objective with no ckg:supports, owned by a post, violates the appraisal objective shape."""
    data = Graph().parse(ontology_path("councilkg.ttl"), format="turtle")
    objective = ID["authority/testshire/appraisal/pat-example/1"]
    post = ID["authority/testshire/post/dcs"]
    data.add((objective, RDF.type, CKG.AppraisalObjective))
    data.add((objective, RDFS.label, Literal("An objective")))
    data.add((objective, CKG.sourceLine, Literal(2)))
    data.add((objective, CKG.owner, post))
    data.add((post, RDF.type, CKG.Post))
    data.add((post, RDFS.label, Literal("Director")))
    messages = {v.message for v in validate_graph(data).violations if v.focus == str(objective)}
    assert any("exactly one ckg:supports" in message for message in messages)
    assert any("the ckg:Person whose objective it is" in message for message in messages)


# -- private graphs ----------------------------------------------------------------------------


def test_private_triples_are_hidden_unless_asked(lambeth: EmbeddedStore) -> None:
    """Queries, exports and graph lists leave the private graph out by default."""
    public_export = lambeth.export("nquads")
    load_appraisals(lambeth, EXAMPLE)
    count = "SELECT (COUNT(?o) AS ?n) WHERE { ?o a ckg:AppraisalObjective }"
    assert select(lambeth, count) == [("0",)]
    assert select(lambeth, "SELECT ?name WHERE { ?p foaf:name 'Sam Example' ; foaf:name ?name }") == []
    assert select(lambeth, count, include_private=True) == [("10",)]
    assert lambeth.export("nquads") == public_export
    assert b"Sam Example" not in lambeth.export("turtle")
    assert b"Sam Example" in lambeth.export("nquads", include_private=True)
    assert LAMBETH_GRAPH not in lambeth.graphs()
    assert LAMBETH_GRAPH in lambeth.graphs(include_private=True)


def test_public_facts_are_not_repeated_in_the_private_graph(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """A person and post the plan already names are referred to, not restated (no doubled rows)."""
    path = write_csv(
        tmp_path, 'alex kubeyinje,"director,  children\'s social care",Lead the workforce strategy,CSKA12,'
    )
    load_appraisals(lambeth, path)
    rows = select(
        lambeth,
        "SELECT ?label WHERE { ?o a ckg:AppraisalObjective ; ckg:owner ?p . ?p rdfs:label ?label }",
        include_private=True,
    )
    assert rows == [("Alex Kubeyinje",)]
    private = {
        (str(quad.subject), str(quad.predicate))
        for quad in lambeth.quads(include_private=True)
        if quad.graph_name == ox.NamedNode(str(LAMBETH_GRAPH))
    }
    person = f"<{ID['person/alex-kubeyinje']}>"
    post = f"<{ID['authority/lambeth/post/director-childrens-social-care']}>"
    assert (f"<{ID['authority/lambeth/appraisal/alex-kubeyinje/1']}>", f"<{CKG.owner}>") in private
    assert (person, f"<{RDFS.label}>") not in private
    assert (post, f"<{ORG.heldBy}>") not in private  # the plan already says Alex holds it
    assert (post, f"<{RDF.type}>") not in private


def test_existing_post_is_reused_by_title(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """A post cell matching an existing post's title (any case) reuses that post's IRI."""
    path = write_csv(tmp_path, "Pat Example,DIRECTOR OF CHILDREN'S SERVICES,Objective,Y2,")
    load_appraisals(testshire, path)
    rows = select(
        testshire,
        "SELECT ?post ?label WHERE { ?post org:heldBy ?p ; rdfs:label ?label . ?p rdfs:label 'Pat Example' }",
        include_private=True,
    )
    assert rows == [(str(ID["authority/testshire/post/dcs"]), "Director of Children's Services")]


def test_new_post_is_minted_for_the_authority(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """An unknown post title gets ``id:authority/<authority>/post/<slug>`` with its label."""
    load_appraisals(
        lambeth, write_csv(tmp_path, "Sam Example,Workforce Development Manager,Objective,CSKA12,")
    )
    post = ID["authority/lambeth/post/workforce-development-manager"]
    rows = select(
        lambeth,
        f"SELECT ?label ?holder WHERE {{ <{post}> a ckg:Post ; rdfs:label ?label ; org:heldBy ?holder }}",
        include_private=True,
    )
    assert rows == [("Workforce Development Manager", str(ID["person/sam-example"]))]


def test_loading_the_same_csv_twice_gives_the_same_store(lambeth: EmbeddedStore) -> None:
    """Loading is deterministic and replaces, so a second load changes nothing."""
    load_appraisals(lambeth, EXAMPLE)
    first = all_quads(lambeth)
    load_appraisals(lambeth, EXAMPLE)
    assert all_quads(lambeth) == first


def test_a_new_csv_replaces_the_authoritys_objectives(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """A CSV is the authority's full set: objectives missing from the new file are gone."""
    load_appraisals(lambeth, EXAMPLE)
    load_appraisals(lambeth, write_csv(tmp_path, "Jo Sample,,Only objective now,csob05,"))
    rows = select(
        lambeth,
        "SELECT ?label ?file WHERE { ?o a ckg:AppraisalObjective ; rdfs:label ?label ; "
        "prov:wasDerivedFrom/ckg:fileName ?file }",
        include_private=True,
    )
    assert rows == [("Only objective now", "objectives.csv")]
    assert select(lambeth, "SELECT ?n WHERE { ?p foaf:name 'Sam Example' ; foaf:name ?n }", True) == []


def test_rows_for_two_authorities_go_to_two_graphs(built_store_path: Path, tmp_path: Path) -> None:
    """Each row goes to the private graph of the authority whose plan states the supported item."""
    copy = tmp_path / "store"
    shutil.copytree(built_store_path, copy)
    southwark_action = ID["plan/southwark/cypp-2010-13/action/recommendation-1"]
    path = write_csv(
        tmp_path, "Sam Example,,Objective one,CSKA12,", f"Jo Sample,,Objective two,<{southwark_action}>,"
    )
    with EmbeddedStore.open(copy) as store:
        loads = load_appraisals(store, path)
        assert [(load.authority, load.objectives) for load in loads] == [("lambeth", 1), ("southwark", 1)]
        assert [graph.authority for graph in appraisal_graphs(store)] == ["lambeth", "southwark"]
        jo = objective_iri("southwark", "Jo Sample", 1)
        rows = select(
            store, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{jo}> ckg:supports ?item }} }}", include_private=True
        )
        assert rows == [(PRIVATE_GRAPH_PREFIX + "southwark",)]


def test_list_and_remove_appraisals(lambeth: EmbeddedStore) -> None:
    """The loaded graphs are listed with counts; removing one drops it, and a second removal fails."""
    load_appraisals(lambeth, EXAMPLE)
    (listed,) = appraisal_graphs(lambeth)
    assert (listed.authority, listed.objectives, listed.people, listed.file) == (
        "lambeth",
        10,
        7,
        EXAMPLE.name,
    )
    assert listed.unresolved == 0
    removed = remove_appraisals(lambeth, " Lambeth ")
    assert removed == listed
    assert appraisal_graphs(lambeth) == []
    assert LAMBETH_GRAPH not in lambeth.graphs(include_private=True)
    with pytest.raises(NoAppraisalsError, match=r"'lambeth' \(loaded: none\)"):
        remove_appraisals(lambeth, "lambeth")


def test_objectives_of_a_removed_plan_are_counted_unresolved(lambeth: EmbeddedStore) -> None:
    """When the supported plan is removed, the listing says how many objectives lost their item."""
    load_appraisals(lambeth, EXAMPLE)
    lambeth.remove_plan(LAMBETH_PLAN)
    (listed,) = appraisal_graphs(lambeth)
    assert listed.unresolved == 10


def test_replace_private_graph_refuses_public_graphs(lambeth: EmbeddedStore) -> None:
    """Only IRIs under the private prefix may be written by replace_private_graph."""
    before = all_quads(lambeth)
    for name in (LAMBETH_PLAN, REFERENCE_GRAPH, URIRef(PRIVATE_GRAPH_PREFIX)):
        with pytest.raises(StoreError, match="not a private graph"):
            lambeth.replace_private_graph(Graph(identifier=name))
    assert all_quads(lambeth) == before


def test_replace_private_graph_leaves_the_default_graph_alone(lambeth: EmbeddedStore) -> None:
    """A private triple is seen only with include_private, even by queries that ignore GRAPH."""
    graph = Graph(identifier=appraisal_graph_iri("lambeth"))
    graph.add((CSKA12, RDFS.comment, Literal("private note")))
    assert lambeth.replace_private_graph(graph) == 1
    ask = f"SELECT ?c WHERE {{ <{CSKA12}> rdfs:comment ?c }}"
    assert select(lambeth, ask) == []
    assert select(lambeth, ask, include_private=True) == [("private note",)]


# -- resolving supports ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CSKA12",
        "cska12",
        "cska 12",
        f"<{CSKA12}>",
        str(CSKA12),
        "id:plan/lambeth/childrens-directorate-plan-2020-21/action/cska12",
    ],
)
def test_supports_by_ref_or_iri(lambeth: EmbeddedStore, text: str) -> None:
    """References match case- and space-insensitively; IRIs may be bracketed, bare or prefixed."""
    (item,) = resolve_supports(lambeth, text)
    assert (item.iri, item.ref, item.plan, item.authority) == (CSKA12, "CSKA12", LAMBETH_PLAN, "lambeth")


def test_project_is_named_as_a_project(lambeth: EmbeddedStore) -> None:
    """CSKA32 is a project (and an action): it resolves once, as a Project."""
    (item,) = resolve_supports(lambeth, "CSKA32")
    assert item.kind == "Project"


def test_unknown_ref_names_file_line_and_close_refs(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """An unknown reference names the file, line and value, and suggests similar references."""
    path = write_csv(tmp_path, "Sam Example,,Objective,CSKA12,", "Jo Sample,,Objective,CSKA99,")
    message = refused(lambeth, path)
    assert message.startswith(f"{path}:3: no action or priority with ref 'CSKA99'")
    assert "did you mean" in message and "CSKA09" in message


def test_indicator_ref_is_not_an_objectives_target(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """Objectives support actions and priorities only, not indicators or risks."""
    message = refused(lambeth, write_csv(tmp_path, "Sam Example,,Objective,CSSR0001,"))
    assert ":2: no action or priority with ref 'CSSR0001'" in message


def test_iri_of_something_else_is_refused(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """An IRI that is not an action or priority (here the plan itself) is named in the error."""
    message = refused(lambeth, write_csv(tmp_path, f"Sam Example,,Objective,<{LAMBETH_PLAN}>,"))
    assert f":2: {'<' + str(LAMBETH_PLAN) + '>'} is not an action or priority" in message


def test_malformed_iri_is_refused(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """A supports cell written as an IRI but not a valid one is refused with its line."""
    message = refused(lambeth, write_csv(tmp_path, "Sam Example,,Objective,<not an iri>,"))
    assert ":2: supports '<not an iri>' is not a valid IRI" in message


def test_ref_in_two_plans_names_them_and_suggests_plan(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """A reference printed by two plans is ambiguous; ``plan`` picks one."""
    path = write_csv(tmp_path, "Pat Example,,Objective,x1,")
    message = refused(testshire, path)
    assert message.startswith(f"{path}:2: ref 'x1' is in 2 plans:")
    assert str(PLAN_A) in message and str(PLAN_B) in message and "--plan" in message
    (loaded,) = load_appraisals(testshire, path, plan=f"<{PLAN_B}>")
    assert loaded.objectives == 1
    rows = select(testshire, "SELECT ?item WHERE { ?o ckg:supports ?item }", include_private=True)
    assert rows == [(f"{PLAN_B}/action/x1",)]


def test_ref_twice_in_one_plan_asks_for_the_iri(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """A reference two items of one plan print can only be given by IRI."""
    message = refused(testshire, write_csv(tmp_path, "Pat Example,,Objective,P1,"))
    assert ":2: ref 'P1' names 2 items of plan" in message
    assert f"{PLAN_A}/priority/p1a" in message and "IRI" in message


def test_plan_restricts_refs_and_says_where_else_a_ref_is(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """With ``plan``, a reference of another plan only is refused, naming the plan it is in."""
    message = refused(testshire, write_csv(tmp_path, "Pat Example,,Objective,Y2,"), plan=str(PLAN_A))
    assert f":2: no action or priority with ref 'Y2' in plan <{PLAN_A}>" in message
    assert f"it is in <{PLAN_B}>" in message


def test_plan_restricts_iris(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """With ``plan``, an IRI of another plan's item is refused."""
    path = write_csv(tmp_path, f"Pat Example,,Objective,<{PLAN_B}/action/y2>,")
    message = refused(testshire, path, plan=str(PLAN_A))
    assert f"is in plan <{PLAN_B}>, not in --plan <{PLAN_A}>" in message


def test_unknown_plan_is_refused_with_the_loaded_plans(testshire: EmbeddedStore, tmp_path: Path) -> None:
    """A ``plan`` that is not loaded names the plans that are."""
    path = write_csv(tmp_path, "Pat Example,,Objective,X1,")
    message = refused(testshire, path, plan="id:plan/testshire/plan-c")
    assert message.startswith(f"{path}: --plan id:plan/testshire/plan-c is not a loaded plan")
    assert str(PLAN_A) in message
    assert "not a loaded plan" in refused(testshire, path, plan="<not an iri>")
    assert "not a loaded plan" in refused(testshire, path, plan="plan-a")


def test_two_spellings_of_one_item_are_a_duplicate(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """The same objective for the same person and item, by ref and by IRI, names both lines."""
    path = write_csv(tmp_path, "Sam Example,,Objective,CSKA12,", f"Sam Example,,objective,<{CSKA12}>,")
    message = refused(lambeth, path)
    assert message.startswith(f"{path}:3: same person, objective and supported item as line 2")


def test_csv_errors_leave_earlier_appraisals_in_place(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """A malformed CSV (here a duplicate row) writes nothing: the loaded objectives stay."""
    load_appraisals(lambeth, EXAMPLE)
    path = write_csv(tmp_path, "Sam Example,,Objective,CSKA12,", "sam example,,OBJECTIVE,cska12,")
    message = refused(lambeth, path)
    assert message.startswith(f"{path}:3: duplicate of line 2")
    assert appraisal_graphs(lambeth)[0].objectives == 10


def test_missing_column_error_from_load(lambeth: EmbeddedStore, tmp_path: Path) -> None:
    """A CSV without a required column is refused before the store is touched."""
    path = tmp_path / "bad.csv"
    path.write_text("person,objective,supports\nSam Example,Objective,CSKA12\n", encoding="utf-8")
    message = refused(lambeth, path)
    assert message.startswith(f"{path}:1: missing column(s) post, review_date")
