"""Per-plan analytics kept in the store (issue 21): what the bundled plans' derived graphs hold equals
what is computed from the plans, after a load, a replacement and a removal; and the questions that
read them (``gaps --summary`` of every plan, ``compare --by indicator``) answer as computing does."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from councilkg import api
from councilkg.analysis.analytics import (
    compute_analytics,
    gap_summary,
    read_analytics,
    read_indicator_summaries,
)
from councilkg.analysis.lookup import plans_in
from councilkg.analysis.threadrows import kept_thread_rows, read_thread_rows
from councilkg.build.plans import build
from councilkg.data import bundled_plans
from councilkg.ontology.graphs import derived_graph, is_hidden_graph
from councilkg.ontology.vocab import CKG, ID
from councilkg.store.base import Store
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2007 = str(ID["plan/lambeth/cyps-service-plan-2007-10"])
LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])
HEREFORDSHIRE = str(ID["plan/herefordshire/cyp-directorate-plan-2009-11"])


@pytest.fixture(scope="module")
def analysed() -> Iterator[Store]:
    """Yield an in-memory store of the bundled plans loaded through the library's entry point."""
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        yield store


def plan_iris(store: Store) -> list[str]:
    return sorted(p.iri for p in plans_in(store))


def assert_kept_equals_computed(store: Store) -> None:
    """Every plan's derived graph holds what is computed from the plans now, and nothing else does."""
    plans = plan_iris(store)
    kept = read_analytics(store, plans)
    assert sorted(kept) == plans
    assert kept == compute_analytics(store, plans)
    # The one-value table of every summary (what a comparison of every plan reads) says the same.
    assert read_indicator_summaries(store, plans) == {plan: kept[plan].indicators for plan in plans}
    # The summary `gaps` reads equals the one computed from every item.
    summary, computed = api.gaps(store, summary=True), api.gaps(store)
    assert summary.gaps == [] and summary.gap_counts is not None  # read, not computed
    assert summary.plans == computed.plans
    assert summary.counts() == computed.counts()
    order = {plan: list(kinds) for plan, kinds in computed.counts().items()}
    assert {plan: list(kinds) for plan, kinds in summary.counts().items()} == order  # report order
    derived = [g for g in _stored_graphs(store) if "/graph/derived/" in g]
    assert sorted(derived) == sorted(str(derived_graph(p)) for p in plans)
    # The rows of each plan's thread graph kept with them are those the store gives now.
    assert kept_thread_rows(store, plans) == {p: read_thread_rows(store, False, [p]) for p in plans}


def _stored_graphs(store: Store) -> list[str]:
    assert isinstance(store, EmbeddedStore)
    return store._stored_graphs()


def test_bundled_plans_analytics_equal_the_computed_ones(analysed: Store) -> None:
    assert_kept_equals_computed(analysed)
    kept = read_analytics(analysed, [HEREFORDSHIRE])[HEREFORDSHIRE]
    assert (kept.actions, kept.complete) == (121, 114)
    assert kept.gaps["indicator-without-owner"] == 103
    bullied = next(s for s in kept.indicators if s.notation == "NI 69")
    assert (bullied.ref, bullied.latest_outturn, bullied.latest_target) == (
        "HCS 28",
        ("2007/08", "24%"),
        ("2010/11", "20%"),
    )


def test_gaps_and_compare_read_from_analytics_answer_as_computing_does(
    analysed: Store, memory_store: EmbeddedStore
) -> None:
    """``memory_store`` is built without analytics (as a store another tool loaded): it computes."""
    assert gap_summary(memory_store) is None
    computed = api.gaps(memory_store, summary=True)
    assert computed.gaps and computed.gap_counts is None
    read = api.gaps(analysed, summary=True, kinds=["indicator-without-target", "post-without-holder"])
    wanted = api.gaps(memory_store, kinds=["indicator-without-target", "post-without-holder"])
    assert read.gaps == [] and (read.plans, read.counts()) == (wanted.plans, wanted.counts())
    assert read_analytics(memory_store, plan_iris(memory_store)) == {}
    for plans in ([], ["lambeth"], [LAMBETH_2020, HEREFORDSHIRE]):
        fast = api.compare(analysed, plans, "indicator", with_observations=False)
        slow = api.compare(memory_store, plans, "indicator")
        assert fast.to_dict() == slow.to_dict()
        assert all(not item.observations for row in fast.rows for c in row.cells.values() for item in c)
    # With observations (as a plot needs), the items are the computed ones, observations and all.
    assert api.compare(analysed, (), "indicator").rows == api.compare(memory_store, (), "indicator").rows


def test_derived_graphs_are_marked_derived_and_hidden(analysed: Store, memory_store: EmbeddedStore) -> None:
    """PROV says where a plan's analytics come from; they are hidden, so the plan graphs' triple
    counts, the exports and the default graph are those of a store without them."""
    name = derived_graph(LAMBETH_2020)
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in analysed.graph_quads(name)}
    assert (str(name), str(RDF.type), str(CKG.PlanAnalytics)) in triples
    assert (str(name), str(PROV.wasDerivedFrom), LAMBETH_2020) in triples
    assert any(p == str(PROV.generatedAtTime) for s, p, _ in triples if s == str(name))
    assert is_hidden_graph(str(name)) and URIRef(name) not in analysed.graphs()
    assert analysed.graphs() == memory_store.graphs()
    for graph in analysed.graphs():
        assert analysed.triple_count(graph) == memory_store.triple_count(graph), graph
    assert analysed.triple_count() == memory_store.triple_count()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert analysed.query(count).rows == memory_store.query(count).rows


def test_replacing_a_plan_refreshes_its_authority(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Lambeth 2020 put in place of Lambeth 2007: the old plan's analytics go, and Lambeth 2020's,
    whose posts lose the holders 2007 stated, are computed again."""
    lambeth_2020 = next(p.path for p in bundled_plans() if p.path.stem.startswith("lambeth-childrens"))
    with api.open_store(tmp_path_factory.mktemp("replace") / "store") as store:
        api.load_plans(store)
        before = read_analytics(store, [LAMBETH_2020])[LAMBETH_2020]
        api.load_plans(store, [lambeth_2020], replace=LAMBETH_2007)
        assert LAMBETH_2007 not in plan_iris(store)
        assert not list(store.graph_quads(derived_graph(LAMBETH_2007)))
        assert_kept_equals_computed(store)
        after = read_analytics(store, [LAMBETH_2020])[LAMBETH_2020]
        assert after.generated is not None and before.generated is not None
        assert after.generated >= before.generated


def test_removing_a_plan_refreshes_its_authority() -> None:
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        api.remove_plan(store, LAMBETH_2020)
        assert not list(store.graph_quads(derived_graph(LAMBETH_2020)))
        assert_kept_equals_computed(store)


def test_plans_loaded_one_by_one_keep_the_figures_of_a_whole_load(analysed: Store) -> None:
    """Each load refreshes the plans whose figures it can change: loading the bundled plans one at a
    time (two of Lambeth's among them) ends with the figures of one load of them all."""
    with api.open_store(":memory:") as store:
        for plan in bundled_plans():
            api.load_plans(store, [plan.path])
        assert_kept_equals_computed(store)
        assert read_analytics(store, plan_iris(store)) == read_analytics(analysed, plan_iris(analysed))


def test_a_plan_written_outside_the_library_drops_its_authoritys_analytics() -> None:
    """A store's own write of a plan drops the derived graphs of its authority's plans with it, so
    none is left older than the plans; the questions then compute."""
    lambeth_2007 = next(p.path for p in bundled_plans() if p.path.stem.startswith("lambeth-cyps"))
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        build(store, [lambeth_2007])
        graphs = _stored_graphs(store)
        assert str(derived_graph(LAMBETH_2020)) not in graphs
        assert str(derived_graph(HEREFORDSHIRE)) in graphs
        assert gap_summary(store) is None
        assert api.gaps(store, summary=True).counts() == api.gaps(store).counts()


def test_compare_reads_the_summaries_without_their_table_as_a_store_of_an_earlier_version_holds_them() -> (
    None
):
    """Analytics kept before the one-value table existed: the comparison reads the summaries' nodes."""
    with api.open_store(":memory:") as store:
        api.load_plans(store)
        expected = api.compare(store, (), "indicator", with_observations=False).to_dict()
        assert isinstance(store, EmbeddedStore)
        tables = list(
            store._store.quads_for_pattern(None, ox.NamedNode(str(CKG.indicatorSummaryTable)), None, None)
        )
        assert len(tables) == len(plan_iris(store))
        for quad in tables:
            store._store.remove(quad)
        assert read_indicator_summaries(store, plan_iris(store)) == {}
        assert api.compare(store, (), "indicator", with_observations=False).to_dict() == expected


def test_analytics_refreshed_a_few_authorities_at_a_time_equal_those_of_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batches of one authority each (Lambeth's two plans together, since they share its posts and
    their holders) give the figures computed from every plan at once."""
    from councilkg.analysis import analytics

    with api.open_store(":memory:") as store:
        api.load_plans(store)
        plans = plan_iris(store)
        whole = compute_analytics(store, plans)
        monkeypatch.setattr(analytics, "ANALYTICS_BATCH", 1)
        batches = list(analytics._authority_batches(plans))
        assert [len(batch) for batch in batches] == [1, 2, 1]  # Herefordshire, Lambeth, Southwark
        assert analytics.refresh_analytics(store, plans) == whole
        assert read_analytics(store, plans) == whole


def test_analytics_computed_from_a_copy_of_each_batch_equal_those_asked_of_the_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch computed from an in-memory copy of its plans (what a build of many plans does, a
    batch being a small part of the store) gives the figures asked of the whole store: an
    authority's figures read no other authority's plans."""
    from councilkg.analysis import analytics

    with api.open_store(":memory:") as store:
        api.load_plans(store)
        plans = plan_iris(store)
        whole = compute_analytics(store, plans)
        monkeypatch.setattr(analytics, "ANALYTICS_BATCH", 1)
        monkeypatch.setattr(analytics, "SCOPED_PLANS", 0)
        monkeypatch.setattr(analytics, "COPY_RATIO", 2)  # Lambeth's 2 of 4 plans: asked of the store
        copied: list[int] = []
        real_copy = analytics.copy_of_plans

        def copy_of_plans(source: Store, batch: list[str]) -> EmbeddedStore:
            copied.append(len(batch))
            return real_copy(source, batch)

        monkeypatch.setattr(analytics, "copy_of_plans", copy_of_plans)
        assert analytics.refresh_analytics(store, plans) == whole
        assert copied == [1, 1]  # Herefordshire and Southwark, each one plan of four
        assert read_analytics(store, plans) == whole


def test_a_copy_of_plans_holds_their_graphs_and_the_reference_data_they_read(analysed: Store) -> None:
    """The copy holds the plans' graphs exactly, its reference graph their shares and the shipped
    data, and no other plan, derived or private graph."""
    from councilkg.ontology.graphs import (
        ONTOLOGY_GRAPH,
        REFERENCE_GRAPH,
        STATIC_CONTRIBUTION,
        contribution_graph,
    )
    from councilkg.store.subset import copy_of_plans

    with copy_of_plans(analysed, [LAMBETH_2007, HEREFORDSHIRE]) as copy:
        assert [str(g) for g in copy.graphs()] == sorted(
            [HEREFORDSHIRE, LAMBETH_2007, str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)]
        )
        shares = (contribution_graph(URIRef(HEREFORDSHIRE)), STATIC_CONTRIBUTION)
        for graph in (URIRef(LAMBETH_2007), ONTOLOGY_GRAPH, *shares):
            assert set(copy.graph_quads(graph)) == set(analysed.graph_quads(graph))
        reference = set(copy.graph_quads(REFERENCE_GRAPH))
        assert reference < set(analysed.graph_quads(REFERENCE_GRAPH))  # not Southwark's share
        assert compute_analytics(copy, [HEREFORDSHIRE]) == compute_analytics(analysed, [HEREFORDSHIRE])
