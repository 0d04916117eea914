"""Golden threads: the networkx graph read from the store, its views, trees, gaps and completeness."""

from __future__ import annotations

import base64
import json
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence

import networkx as nx
import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG

from councilkg import api
from councilkg.analysis.gaps import GAP_KINDS, Completeness, completeness, find_gaps, mark_gaps
from councilkg.analysis.threadrows import ThreadRows, kept_thread_rows
from councilkg.analysis.threads import (
    ThreadNode,
    load_thread_graph,
    owner_graph,
    plan_graph,
    thread_below,
    thread_down,
    thread_plans,
    thread_tree,
    thread_up,
)
from councilkg.build.appraisals import load_appraisals
from councilkg.build.reference import refresh_reference
from councilkg.data import example_appraisals
from councilkg.errors import ThreadError
from councilkg.ontology import mint
from councilkg.ontology.graphs import appraisal_graph_iri
from councilkg.ontology.vocab import CKG
from councilkg.store.base import Store
from councilkg.store.embedded import EmbeddedStore

AUTHORITY = "testshire"
GOOD = mint.plan_iri(AUTHORITY, "good-plan")
BAD = mint.plan_iri(AUTHORITY, "bad-plan")
EMPTY = mint.plan_iri(AUTHORITY, "empty-plan")
PRIVATE = appraisal_graph_iri(AUTHORITY)
STAY_SAFE = mint.outcome_iri("ecm", "stay-safe")  # shipped reference data
MISSING = mint.item_iri(mint.plan_iri(AUTHORITY, "removed-plan"), "action", "gone")

LAMBETH_2020 = mint.plan_iri("lambeth", "childrens-directorate-plan-2020-21")
LAMBETH_2007 = mint.plan_iri("lambeth", "cyps-service-plan-2007-10")
HEREFORDSHIRE = mint.plan_iri("herefordshire", "cyp-directorate-plan-2009-11")
SOUTHWARK = mint.plan_iri("southwark", "cypp-2010-13")


class PlanWriter:
    """Writes small hand-made plans: each call adds one typed, labelled item to one named graph."""

    def __init__(self, name: URIRef, title: str | None = None) -> None:
        self.graph = Graph(identifier=name)
        if title is not None:
            self.graph.add((name, RDF.type, CKG.Plan))
            self.graph.add((name, DCTERMS.title, Literal(title)))
        self.plan = name if title is not None else None
        self.line = 0

    def item(
        self, cls: URIRef, key: str, *, ref: str | None = None, **links: URIRef | list[URIRef]
    ) -> URIRef:
        """Add an item of class ``cls``; ``links`` maps a ckg property name to its object(s)."""
        plan = self.plan or GOOD
        iri = mint.item_iri(plan, cls.split("#")[-1].lower(), key)
        self.line += 1
        self.graph.add((iri, RDF.type, cls))
        self.graph.add((iri, RDFS.label, Literal(f"{key} label")))
        self.graph.add((iri, CKG.sourceLine, Literal(self.line)))
        if self.plan is not None:
            self.graph.add((iri, CKG.inPlan, self.plan))
        if ref is not None:
            self.graph.add((iri, CKG.ref, Literal(ref)))
        for name, targets in links.items():
            for target in targets if isinstance(targets, list) else [targets]:
                self.graph.add((iri, CKG[name], target))
        return iri

    def target(self, indicator: URIRef, raw: str, value: float | None) -> None:
        observation = URIRef(f"{indicator}/target")
        self.graph.add((observation, RDF.type, CKG.Observation))
        self.graph.add((observation, CKG.indicator, indicator))
        self.graph.add((observation, CKG.measureType, CKG.Target))
        self.graph.add((observation, CKG.period, Literal("2020/21")))
        self.graph.add((observation, CKG.rawValue, Literal(raw)))
        if value is not None:
            self.graph.add((observation, CKG.value, Literal(value, datatype=XSD.decimal)))


def agent(graph: Graph, cls: URIRef, iri: URIRef, label: str, held_by: URIRef | None = None) -> URIRef:
    graph.add((iri, RDF.type, cls))
    graph.add((iri, RDFS.label, Literal(label)))
    if held_by is not None:
        graph.add((iri, ORG.heldBy, held_by))
    return iri


PERSON = mint.person_iri("Pat Holder")
POST = mint.post_iri(AUTHORITY, "Head of Testing")
VACANT = mint.post_iri(AUTHORITY, "Vacant Manager")
UNIT = mint.unit_iri(AUTHORITY, "Test Unit")


class Items:
    """IRIs of the hand-made items, by the role each plays in the tests."""

    def __init__(self) -> None:
        good = PlanWriter(GOOD, "Good Plan 2020")
        self.top = good.item(CKG.Priority, "top", ref="P1", contributesTo=STAY_SAFE, owner=POST)
        self.nested = good.item(CKG.Priority, "nested", ref="P1.1", contributesTo=self.top)
        self.action = good.item(
            CKG.Action, "a1", ref="A1", supports=self.nested, owner=POST, responsible=POST, leadMember=PERSON
        )
        self.project = good.item(CKG.Action, "proj", ref="A2", supports=self.nested, owner=UNIT)
        good.graph.add((self.project, RDF.type, CKG.Project))
        good.graph.add((self.action, CKG.due, Literal("2021-03", datatype=XSD.gYearMonth)))
        good.graph.add((self.action, CKG.timescale, Literal("March 2021")))
        good.graph.add((self.project, CKG.timescale, Literal("Ongoing")))
        self.indicator = good.item(CKG.Indicator, "i1", ref="NI 1", measures=self.nested, owner=PERSON)
        good.target(self.indicator, "65%", 65)
        shared = Graph()
        agent(shared, CKG.Person, PERSON, "Pat Holder")
        agent(shared, CKG.Post, POST, "Head of Testing", held_by=PERSON)
        agent(shared, CKG.Post, VACANT, "Vacant Manager")
        agent(shared, CKG.OrganisationalUnit, UNIT, "Test Unit")

        bad = PlanWriter(BAD, "Bad Plan 2020")
        self.bad_top = bad.item(CKG.Priority, "top", ref="B1", contributesTo=STAY_SAFE)
        self.unowned = bad.item(CKG.Action, "unowned", ref="B-A1", supports=self.bad_top)
        self.loose = bad.item(CKG.Action, "loose", ref="B-A2", owner=PERSON, relatedOutcome=STAY_SAFE)
        self.dead_end = bad.item(CKG.Priority, "dead-end", ref="B2")
        self.stranded = bad.item(CKG.Action, "stranded", ref="B-A3", supports=self.dead_end, owner=VACANT)
        self.complete = bad.item(CKG.Action, "complete", ref="B-A4", supports=self.bad_top, owner=PERSON)
        self.idle = bad.item(CKG.Priority, "idle", ref="B3", contributesTo=STAY_SAFE)
        self.no_target = bad.item(CKG.Indicator, "no-target", ref="B-I1", measures=self.idle, owner=PERSON)
        bad.target(self.no_target, "not set", None)
        self.no_owner = bad.item(CKG.Indicator, "no-owner", ref="B-I2", measures=self.bad_top)
        bad.target(self.no_owner, "10", 10)
        self.unmeasuring = bad.item(CKG.Indicator, "unmeasuring", ref="B-I3", owner=PERSON)
        bad.target(self.unmeasuring, "5", 5)

        empty = PlanWriter(EMPTY, "Empty Plan")
        self.lonely = empty.item(CKG.Priority, "lonely", ref="E1", contributesTo=STAY_SAFE)

        private = PlanWriter(PRIVATE)
        self.objective = private.item(CKG.AppraisalObjective, "obj-good", supports=self.action, owner=PERSON)
        private.graph.add((self.objective, CKG.reviewDate, Literal("2021-03-31", datatype=XSD.date)))
        self.objective_stuck = private.item(
            CKG.AppraisalObjective, "obj-stuck", supports=self.stranded, owner=PERSON
        )
        self.objective_gone = private.item(CKG.AppraisalObjective, "obj-gone", supports=MISSING, owner=PERSON)
        self.secret = agent(private.graph, CKG.Person, mint.person_iri("Sam Secret"), "Sam Secret")
        agent(private.graph, CKG.Person, PERSON, "Pat Holder")  # also public: so not private
        self.graphs = (good.graph, shared, bad.graph, empty.graph, private.graph)


@pytest.fixture(scope="module")
def items() -> Items:
    return Items()


@pytest.fixture(scope="module")
def small_store(items: Items) -> EmbeddedStore:
    good, shared, bad, empty, private = items.graphs
    store = EmbeddedStore.open(":memory:")
    refresh_reference(store)  # the ontology says which properties are narrower kinds of ckg:owner
    store.replace_plan(good, shared)
    store.replace_plan(bad)
    store.replace_plan(empty)
    store.replace_private_graph(private)
    return store


@pytest.fixture(scope="module")
def small(small_store: EmbeddedStore) -> nx.DiGraph:
    return load_thread_graph(small_store)


@pytest.fixture(scope="module")
def bundled(memory_store: EmbeddedStore) -> nx.DiGraph:
    return load_thread_graph(memory_store)


# -- loading ------------------------------------------------------------------------------------


def test_nodes_carry_kind_label_ref_plan_line_and_due(small: nx.DiGraph, items: Items) -> None:
    action = small.nodes[str(items.action)]
    assert action["kind"] == "action"
    assert action["label"] == "a1 label"
    assert action["ref"] == "A1"
    assert action["plan"] == str(GOOD)
    assert action["plan_title"] == "Good Plan 2020"
    assert action["line"] == 3
    assert action["due"] == "2021-03"  # ckg:due wins over the printed timescale
    assert action["private"] is False
    assert small.nodes[str(items.project)]["due"] == "Ongoing"
    assert small.nodes[str(STAY_SAFE)]["kind"] == "outcome"
    assert small.nodes[str(STAY_SAFE)]["plan"] is None
    assert small.nodes[str(UNIT)]["kind"] == "unit"


def test_a_project_is_a_project_not_an_action(small: nx.DiGraph, items: Items) -> None:
    assert small.nodes[str(items.project)]["kind"] == "project"


def test_observations_are_not_nodes_and_targets_need_a_number(small: nx.DiGraph, items: Items) -> None:
    assert not any(iri.endswith("/target") for iri in small)
    assert small.nodes[str(items.indicator)]["has_target"] is True
    assert small.nodes[str(items.no_target)]["has_target"] is False  # "not set" is no target


def test_edges_carry_relation_and_owner_roles(small: nx.DiGraph, items: Items) -> None:
    action, post = str(items.action), str(POST)
    assert small.edges[action, str(items.nested)] == {"relation": "supports"}
    assert small.edges[str(items.nested), str(items.top)] == {"relation": "contributesTo"}
    assert small.edges[str(items.indicator), str(items.nested)] == {"relation": "measures"}
    assert small.edges[str(items.loose), str(STAY_SAFE)] == {"relation": "relatedOutcome"}
    assert small.edges[post, str(PERSON)] == {"relation": "heldBy"}
    # ckg:owner is stated beside ckg:responsible: the narrower role names the edge.
    assert small.edges[action, post] == {"relation": "owner", "roles": ("responsible",)}
    assert small.edges[action, str(PERSON)]["roles"] == ("leadMember",)
    assert small.edges[str(items.project), str(UNIT)]["roles"] == ("owner",)


def test_objectives_are_private_and_take_the_plan_they_serve(small: nx.DiGraph, items: Items) -> None:
    objective = small.nodes[str(items.objective)]
    assert objective["kind"] == "objective"
    assert objective["private"] is True
    assert objective["plan"] == str(GOOD)
    assert objective["due"] == "2021-03-31"
    assert small.nodes[str(items.secret)]["private"] is True
    assert small.nodes[str(PERSON)]["private"] is False  # public too
    assert small.graph["dangling"][str(items.objective_gone)] == [("supports", str(MISSING))]


def test_private_graphs_are_left_out_when_asked(small_store: EmbeddedStore, items: Items) -> None:
    public = load_thread_graph(small_store, include_private=False)
    assert str(items.objective) not in public
    assert str(items.secret) not in public
    assert str(items.action) in public


def _as_data(graph: nx.DiGraph) -> tuple[object, ...]:
    return (sorted(graph.nodes(data=True)), sorted(graph.edges(data=True)), sorted(graph.graph.items()))


@pytest.mark.parametrize("store_name", ["small_store", "memory_store"])
def test_a_plans_thread_looked_up_per_item_equals_the_sparql_1_1_reading(
    store_name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The links and nodes a plan's items reach in the reference graph (a post's holder, an
    outcome's national outcome) are looked up item by item with Oxigraph's LATERAL; a SPARQL 1.1
    server is asked with VALUES: the same thread either way, for every plan alone and all together."""
    store: EmbeddedStore = request.getfixturevalue(store_name)
    plans = sorted({str(g) for g in store.graphs() if "/plan/" in str(g)})
    per_item = {plan: _as_data(load_thread_graph(store, plans=[plan])) for plan in plans}
    together = _as_data(load_thread_graph(store, plans=plans))
    monkeypatch.setattr(store, "lateral_joins", False)
    assert {plan: _as_data(load_thread_graph(store, plans=[plan])) for plan in plans} == per_item
    assert _as_data(load_thread_graph(store, plans=plans)) == together


def _below(store: EmbeddedStore, item: str, include_private: bool, only_below: bool) -> tuple[object, ...]:
    """The tree and the view of the thread below ``item``, gaps marked, read from the plans it
    reaches whole or only from the items :func:`thread_below` names."""
    if only_below:
        scope = thread_below(store, item, include_private)
        assert set(scope.plans) >= set(thread_plans(store, item, include_private))
        graph = load_thread_graph(store, include_private, scope.plans, scope.items)
    else:
        graph = load_thread_graph(store, include_private, thread_plans(store, item, include_private))
    mark_gaps(graph, find_gaps(graph))
    if item not in graph:  # an outcome of the shipped frameworks no plan leads to
        return ()
    view = thread_down(graph, item)
    return (
        thread_tree(graph, item, "down").to_dict(),
        sorted(view.nodes(data=True)),
        sorted(view.edges(data=True)),
    )


@pytest.mark.parametrize("store_name", ["small_store", "memory_store"])
def test_the_thread_below_an_item_read_from_its_items_alone_equals_the_whole_plans_reading(
    store_name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread below each outcome, priority and action (with its gaps, owners and holders) is the
    same read from the items below it and those they lead up to as from the plans it reaches whole,
    with and without the private appraisal graphs, and asked with VALUES as a SPARQL 1.1 server is."""
    store: EmbeddedStore = request.getfixturevalue(store_name)
    whole = load_thread_graph(store)
    roots = sorted(iri for iri, kind in whole.nodes(data="kind") if kind in {"outcome", "priority", "action"})
    assert len(roots) >= (5 if store_name == "small_store" else 100)
    step = 1 if store_name == "small_store" else 4  # every outcome and priority, a quarter of actions
    roots = [r for i, r in enumerate(roots) if whole.nodes[r]["kind"] != "action" or i % step == 0]
    for private in (True, False):
        for root in roots:
            if private or not whole.nodes[root]["private"]:
                assert _below(store, root, private, True) == _below(store, root, private, False), root
    monkeypatch.setattr(store, "lateral_joins", False)
    for root in roots[:: 1 if store_name == "small_store" else 25]:
        assert _below(store, root, True, True) == _below(store, root, True, False), root


@pytest.fixture(scope="module")
def analysed() -> Iterator[Store]:
    """Yield an in-memory store of the bundled plans loaded through the library's entry point, which
    keeps each plan's thread rows with its analytics."""
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        yield store


def _graph_data(
    store: Store, plans: list[str], items: Sequence[str] | None, kept: bool, private: bool = False
) -> tuple[object, ...]:
    graph = load_thread_graph(store, private, plans, items, kept=kept)
    mark_gaps(graph, find_gaps(graph))
    return _as_data(graph)


def test_a_thread_read_from_the_rows_kept_with_the_analytics_equals_the_one_read_from_the_store(
    analysed: Store,
) -> None:
    """Every plan alone, all together, and the thread below each outcome and priority and a third of
    the actions: the graph (gaps marked) built from the rows kept in the plans' derived graphs is the
    one built from the rows the store gives when asked."""
    plans = sorted(str(g) for g in analysed.graphs() if "/plan/" in str(g))
    assert sorted(kept_thread_rows(analysed, plans)) == plans  # kept for each, so they are what is read
    for plan in plans:
        assert _graph_data(analysed, [plan], None, True) == _graph_data(analysed, [plan], None, False), plan
    assert _graph_data(analysed, plans, None, True) == _graph_data(analysed, plans, None, False)
    whole = load_thread_graph(analysed, include_private=False, kept=False)
    roots = sorted(iri for iri, kind in whole.nodes(data="kind") if kind in {"outcome", "priority", "action"})
    roots = [r for i, r in enumerate(roots) if whole.nodes[r]["kind"] != "action" or i % 3 == 0]
    assert len(roots) >= 100
    for root in roots:
        scope = thread_below(analysed, root, include_private=False)
        kept = _graph_data(analysed, list(scope.plans), scope.items, True)
        assert kept == _graph_data(analysed, list(scope.plans), scope.items, False), root


def test_private_graphs_are_read_from_the_store_not_from_kept_rows() -> None:
    """The kept rows hold public data only: with an appraisal loaded, a thread with the private graphs
    is read from the store (its objectives are there), one without them from the kept rows."""
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        load_appraisals(store, example_appraisals())
        plan = str(LAMBETH_2020)
        assert kept_thread_rows(store, [plan])
        private = _graph_data(store, [plan], None, True, private=True)
        assert private == _graph_data(store, [plan], None, False, private=True)
        assert "objective" in {data["kind"] for _node, data in private[0]}  # type: ignore[index]
        assert _graph_data(store, [plan], None, True) == _graph_data(store, [plan], None, False)


def test_kept_rows_read_back_as_written_and_bad_text_is_refused(analysed: Store) -> None:
    kept = kept_thread_rows(analysed, [str(HEREFORDSHIRE)])[str(HEREFORDSHIRE)]
    assert ThreadRows.from_text(kept.to_text()) == kept
    assert len(kept.nodes) > 100 and kept.owners and kept.edges and kept.targets
    with pytest.raises(ValueError, match="not the rows of a thread"):
        ThreadRows.from_text("not base64 zlib")
    other_layout = base64.b64encode(zlib.compress(json.dumps([2, [], [], [], []]).encode())).decode()
    with pytest.raises(ValueError, match="layout 2"):
        ThreadRows.from_text(other_layout)


def test_a_plans_thread_reaches_the_holder_of_a_post_in_the_reference_graph(
    small_store: EmbeddedStore, items: Items
) -> None:
    alone = load_thread_graph(small_store, plans=[str(GOOD)])
    assert alone.edges[str(POST), str(PERSON)] == {"relation": "heldBy"}


# -- views --------------------------------------------------------------------------------------


def test_thread_up_reaches_the_outcome_with_owners_and_holders(small: nx.DiGraph, items: Items) -> None:
    up = thread_up(small, str(items.objective))
    expected = {items.objective, items.action, items.nested, items.top, STAY_SAFE, POST, PERSON}
    assert set(up) == {str(iri) for iri in expected}
    assert up.edges[str(POST), str(PERSON)]["relation"] == "heldBy"
    up.nodes[str(items.action)]["label"] = "changed"  # a copy: the whole graph is untouched
    assert small.nodes[str(items.action)]["label"] == "a1 label"


def test_thread_down_gathers_everything_leading_to_an_item(small: nx.DiGraph, items: Items) -> None:
    down = thread_down(small, str(items.top))
    for iri in (items.top, items.nested, items.action, items.project, items.indicator, items.objective):
        assert str(iri) in down
    assert {str(POST), str(PERSON), str(UNIT)} <= set(down)
    assert str(STAY_SAFE) not in down  # above, not below
    assert str(items.bad_top) not in down  # a sibling under the same outcome


def test_thread_of_an_unknown_item_is_an_error(small: nx.DiGraph) -> None:
    with pytest.raises(ThreadError, match="not in the thread graph"):
        thread_up(small, "https://example.org/nothing")


def test_plan_graph_holds_one_plan_its_outcomes_objectives_and_owners(
    small: nx.DiGraph, items: Items
) -> None:
    view = plan_graph(small, str(GOOD))
    assert {str(items.action), str(items.objective), str(STAY_SAFE), str(POST), str(PERSON)} <= set(view)
    assert str(items.bad_top) not in view
    assert {data["plan"] for _, data in view.nodes(data=True)} == {str(GOOD), None}
    with pytest.raises(ThreadError, match=r"no plan .*; plans: "):
        plan_graph(small, str(mint.plan_iri(AUTHORITY, "unknown")))


def test_owner_graph_of_a_person_takes_in_the_posts_held(small: nx.DiGraph, items: Items) -> None:
    view = owner_graph(small, str(PERSON))
    # owned through the post the person holds, and directly
    for iri in (items.top, items.action, items.indicator, items.loose, items.objective, POST):
        assert str(iri) in view
    assert str(STAY_SAFE) in view  # the thread up from what is owned
    assert str(items.unowned) not in view


def test_owner_graph_of_a_post_shows_holders_but_not_their_other_items(
    small: nx.DiGraph, items: Items
) -> None:
    view = owner_graph(small, str(POST))
    assert {str(items.action), str(items.top), str(PERSON)} <= set(view)
    assert str(items.loose) not in view  # the holder's own item


# -- trees --------------------------------------------------------------------------------------


def test_tree_down_sorts_children_and_lists_owners(small: nx.DiGraph, items: Items) -> None:
    tree = thread_tree(small, str(items.top), "down")
    assert [child.iri for child in tree.children] == [str(items.nested)]
    nested = tree.children[0]
    assert [child.kind for child in nested.children] == ["indicator", "action", "project"]
    action = nested.children[1]
    assert [child.iri for child in action.children] == [str(items.objective)]
    owners = {owner.label: owner for owner in action.owners}
    assert owners["Head of Testing"].held_by == ("Pat Holder",)
    assert owners["Head of Testing"].roles == ("responsible",)
    assert [owner.kind for owner in action.owners] == ["post", "person"]
    assert not tree.owners or tree.owners[0].iri == str(POST)


def test_tree_to_dict_is_plain_json(small: nx.DiGraph, items: Items) -> None:
    tree = thread_tree(small, str(items.objective), "up")
    data = json.loads(json.dumps(tree.to_dict()))
    assert data["kind"] == "objective"
    assert data["children"][0]["ref"] == "A1"
    assert data["children"][0]["owners"][0]["held_by"] == ["Pat Holder"]
    assert data["children"][0]["children"][0]["children"][0]["children"][0]["iri"] == str(STAY_SAFE)


def cycle_graph() -> nx.DiGraph:
    graph = nx.DiGraph(plans={"p": "Plan"})
    for iri, kind in (("a", "action"), ("p1", "priority"), ("p2", "priority"), ("o", "outcome")):
        graph.add_node(
            iri, kind=kind, label=iri, ref=iri.upper(), plan="p", plan_title="Plan", line=1, due=None
        )
    graph.add_edge("a", "p1", relation="supports")
    graph.add_edge("p1", "p2", relation="contributesTo")
    graph.add_edge("p2", "p1", relation="contributesTo")
    return graph


def test_a_cycle_ends_the_branch_in_a_tree() -> None:
    tree = thread_tree(cycle_graph(), "a", "up")
    p1 = tree.children[0]
    p2 = p1.children[0]
    assert (p1.iri, p2.iri) == ("p1", "p2")
    assert [child.iri for child in p2.children] == ["p1"]
    assert p2.children[0].children == ()  # already on the path: shown, not expanded


def test_a_cycle_is_walked_once_by_views_and_gaps() -> None:
    graph = cycle_graph()
    assert set(thread_up(graph, "a")) == {"a", "p1", "p2"}
    assert set(thread_down(graph, "p2")) == {"a", "p1", "p2"}
    kinds = {(gap.kind, gap.item) for gap in find_gaps(graph)}
    assert ("action-without-outcome", "a") in kinds  # the loop never reaches an outcome
    assert ("action-without-owner", "a") in kinds


def test_shared_nodes_repeat_in_a_tree() -> None:
    graph = cycle_graph()
    graph.remove_edge("p2", "p1")
    graph.add_edge("a", "p2", relation="supports")
    tree = thread_tree(graph, "a", "up")
    assert [child.iri for child in tree.children] == ["p1", "p2"]
    assert [child.iri for child in tree.children[0].children] == ["p2"]


def test_a_tree_goes_up_or_down_only() -> None:
    with pytest.raises(ThreadError, match="use 'up' or 'down'"):
        thread_tree(cycle_graph(), "a", "sideways")  # type: ignore[arg-type]


def test_tree_children_sort_by_kind_then_ref_numbers() -> None:
    graph = nx.DiGraph()
    graph.add_node(
        "top", kind="priority", label="top", ref=None, plan=None, plan_title=None, line=None, due=None
    )
    for ref, kind in (("A10", "action"), ("A2", "action"), ("I1", "indicator"), ("A1", "project")):
        graph.add_node(ref, kind=kind, label=ref, ref=ref, plan=None, plan_title=None, line=None, due=None)
        graph.add_edge(ref, "top", relation="measures" if kind == "indicator" else "supports")
    tree = thread_tree(graph, "top", "down")
    assert [child.ref for child in tree.children] == ["I1", "A2", "A10", "A1"]
    assert isinstance(tree, ThreadNode)


# -- gaps ---------------------------------------------------------------------------------------


def test_a_plan_with_a_whole_thread_has_no_gaps(small: nx.DiGraph) -> None:
    assert find_gaps(small, str(GOOD)) == []


def test_every_gap_kind_is_found_where_the_thread_breaks(small: nx.DiGraph, items: Items) -> None:
    found = {(gap.kind, gap.item) for gap in find_gaps(small)}
    expected = {
        ("action-without-owner", items.unowned),
        ("action-without-priority", items.loose),
        ("action-without-outcome", items.stranded),
        ("priority-without-action", items.idle),
        ("priority-without-indicator", items.dead_end),
        ("indicator-unlinked", items.unmeasuring),
        ("indicator-without-target", items.no_target),
        ("indicator-without-owner", items.no_owner),
        ("post-without-holder", VACANT),
        ("objective-unlinked", items.objective_stuck),
        ("objective-unlinked", items.objective_gone),
        ("priority-without-action", items.lonely),
        ("priority-without-indicator", items.lonely),
    }
    assert found == {(kind, str(iri)) for kind, iri in expected}
    assert {kind for kind, _ in found} == set(GAP_KINDS)


def test_gap_details_say_why(small: nx.DiGraph, items: Items) -> None:
    details = {(gap.kind, gap.item): gap.detail for gap in find_gaps(small)}
    assert "'Stay safe'" in details["action-without-priority", str(items.loose)]
    assert "stops at B2" in details["action-without-outcome", str(items.stranded)]
    assert "'not set'" in details["indicator-without-target", str(items.no_target)]
    assert "owns 1 item(s): B-A3" in details["post-without-holder", str(VACANT)]
    assert "not in the store" in details["objective-unlinked", str(items.objective_gone)]
    assert "stops at B2" in details["objective-unlinked", str(items.objective_stuck)]
    assert "the plan states no indicators at all" in details["priority-without-indicator", str(items.lonely)]


def test_gaps_of_one_plan_sorted_by_kind_then_line(small: nx.DiGraph, items: Items) -> None:
    gaps = find_gaps(small, str(BAD))
    order = list(GAP_KINDS)
    assert [order.index(gap.kind) for gap in gaps] == sorted(order.index(gap.kind) for gap in gaps)
    assert {gap.plan for gap in gaps} == {str(BAD)}
    assert gaps[0].plan_title == "Bad Plan 2020"
    post = next(gap for gap in gaps if gap.kind == "post-without-holder")
    assert post.line == 5  # the line of the first item the post owns in this plan
    assert str(items.objective_gone) not in {gap.item for gap in gaps}  # it serves no loaded plan
    with pytest.raises(ThreadError):
        find_gaps(small, "https://example.org/no-plan")


def test_nested_priorities_lend_actions_and_indicators_to_their_parent(
    small: nx.DiGraph, items: Items
) -> None:
    kinds = {(gap.kind, gap.item) for gap in find_gaps(small)}
    assert ("priority-without-action", str(items.top)) not in kinds
    assert ("priority-without-indicator", str(items.top)) not in kinds


def test_mark_gaps_sets_kinds_on_nodes_of_a_view(small: nx.DiGraph, items: Items) -> None:
    view = plan_graph(small, str(EMPTY))
    mark_gaps(view, find_gaps(small))
    assert view.nodes[str(items.lonely)]["gaps"] == ["priority-without-action", "priority-without-indicator"]
    assert "gaps" not in view.nodes[str(STAY_SAFE)]
    assert thread_tree(view, str(items.lonely), "up").gaps == (
        "priority-without-action",
        "priority-without-indicator",
    )


# -- completeness -------------------------------------------------------------------------------


def test_completeness_counts_owned_actions_that_reach_an_outcome(small: nx.DiGraph) -> None:
    rows = {row.plan: row for row in completeness(small)}
    assert rows[str(GOOD)] == Completeness(str(GOOD), "Good Plan 2020", 2, 2, 1.0)
    # unowned (reaches), loose (no priority), stranded (no outcome), complete
    assert rows[str(BAD)] == Completeness(str(BAD), "Bad Plan 2020", 4, 1, 0.25)
    assert rows[str(EMPTY)] == Completeness(str(EMPTY), "Empty Plan", 0, 0, 0.0)
    assert [row.plan for row in completeness(small)] == sorted(rows)


# -- the bundled plans --------------------------------------------------------------------------


def test_lambeth_cska12_thread_up_reaches_the_borough_plan_goal(bundled: nx.DiGraph) -> None:
    cska12 = f"{LAMBETH_2020}/action/cska12"
    up = thread_up(bundled, cska12)
    csob05 = f"{LAMBETH_2020}/priority/csob05"
    goal = str(mint.outcome_iri("lambeth-borough-plan", "goal-3-3"))
    alex = str(mint.person_iri("Alex Kubeyinje"))
    assert {cska12, csob05, goal, alex} <= set(up)
    assert up.edges[cska12, csob05]["relation"] == "supports"
    assert up.edges[csob05, goal]["relation"] == "contributesTo"
    assert up.edges[cska12, alex] == {"relation": "owner", "roles": ("responsible",)}
    tree = thread_tree(bundled, cska12, "up")
    assert [(c.ref, [g.label for g in c.children]) for c in tree.children] == [("CSOB05", ["Goal 3.3"])]
    assert "Alex Kubeyinje" in {owner.label for owner in tree.owners}


def test_lambeth_csob05_thread_down_holds_cska12(bundled: nx.DiGraph) -> None:
    csob05 = f"{LAMBETH_2020}/priority/csob05"
    down = thread_down(bundled, csob05)
    assert f"{LAMBETH_2020}/action/cska12" in down
    refs = [child.ref for child in thread_tree(bundled, csob05, "down").children]
    assert "CSKA12" in refs


def test_lambeth_cska24_supports_no_priority(bundled: nx.DiGraph) -> None:
    gaps = find_gaps(bundled, str(LAMBETH_2020))
    cska24 = [gap for gap in gaps if gap.ref == "CSKA24"]
    assert [gap.kind for gap in cska24] == ["action-without-priority"]
    assert cska24[0].line == 134
    assert "'Goal 2.2'; 'Goal 3.2'" in cska24[0].detail


def test_lambeth_2020_gap_counts(bundled: nx.DiGraph) -> None:
    counts = Counter(gap.kind for gap in find_gaps(bundled, str(LAMBETH_2020)))
    assert counts == {
        "action-without-priority": 1,  # CSKA24
        "priority-without-indicator": 6,  # KPIs measure Borough Plan goals, not CSOBnn
        "indicator-unlinked": 10,  # the workforce snapshot
        "indicator-without-target": 41,  # the plan prints outturns only
        "indicator-without-owner": 10,
    }


def test_southwark_states_no_indicators_and_no_outcomes(bundled: nx.DiGraph) -> None:
    gaps = find_gaps(bundled, str(SOUTHWARK))
    indicator_gaps = [gap for gap in gaps if gap.kind == "priority-without-indicator"]
    assert len(indicator_gaps) == 25
    assert all("the plan states no indicators at all" in gap.detail for gap in indicator_gaps)
    assert Counter(gap.kind for gap in gaps)["action-without-outcome"] == 59


def test_completeness_of_the_bundled_plans(bundled: nx.DiGraph) -> None:
    rows = {row.plan: row for row in completeness(bundled)}
    observed = {
        plan: (rows[str(plan)].actions, rows[str(plan)].complete)
        for plan in (HEREFORDSHIRE, LAMBETH_2020, LAMBETH_2007, SOUTHWARK)
    }
    assert observed == {
        HEREFORDSHIRE: (121, 114),  # 7 major projects support no priority
        LAMBETH_2020: (37, 36),  # CSKA24
        LAMBETH_2007: (62, 56),  # 6 unowned aims outside the action plan
        SOUTHWARK: (61, 0),  # no owners, and its priorities lead to no outcome
    }
    assert all(0.0 <= row.score <= 1.0 for row in rows.values())
    assert rows[str(LAMBETH_2020)].score == pytest.approx(36 / 37)


def test_gaps_point_at_nodes_and_mark_every_one(bundled: nx.DiGraph) -> None:
    gaps = find_gaps(bundled)
    graph = bundled.copy()
    mark_gaps(graph, gaps)
    assert all(gap.item in graph and gap.kind in graph.nodes[gap.item]["gaps"] for gap in gaps)
    assert all(gap.plan in bundled.graph["plans"] for gap in gaps)
    views = plan_graph(graph, str(LAMBETH_2020))
    assert views.nodes[f"{LAMBETH_2020}/action/cska24"]["gaps"] == ["action-without-priority"]
