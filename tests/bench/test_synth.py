"""The synthetic corpus of the scale benchmarks: deterministic, read exactly as generated, and the
scoped library paths the benchmarks measure give what the whole-store paths give."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.scale import growth_exponent
from bench.synth import LAA_SCHEME, corpus_plans, write_corpus
from councilkg.analysis import compare, indicators
from councilkg.analysis.compare import compare_by_indicator, select_plans
from councilkg.analysis.gaps import find_gaps, mark_gaps
from councilkg.analysis.indicators import observations_by_indicator, observations_of
from councilkg.analysis.lookup import agents, find_agents, match_names, plans_in
from councilkg.analysis.threads import load_thread_graph, thread_plans, thread_tree
from councilkg.build.plans import build, extract, extraction_counts
from councilkg.documents.document import read_document
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.parsing.identity import apply_identity, read_manifest
from councilkg.ontology.mint import outcome_iri
from councilkg.store.embedded import EmbeddedStore
from councilkg.text import slugify


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 4)
    second = write_corpus(tmp_path / "b", 4)
    names = sorted(p.name for p in first.parent.iterdir())
    assert names == sorted(p.name for p in second.parent.iterdir())
    assert len(names) == 4 + 2  # four plans, the manifest and the expected counts
    for name in names:
        assert (first.parent / name).read_bytes() == (second.parent / name).read_bytes()
    assert corpus_plans(4, seed=7)[0].text != corpus_plans(4)[0].text


def test_a_smaller_corpus_is_the_start_of_a_larger_one() -> None:
    assert [p.text for p in corpus_plans(3)] == [p.text for p in corpus_plans(5)[:3]]


def test_plans_are_three_per_authority_over_the_years() -> None:
    plans = corpus_plans(4)
    assert [(p.authority, p.start_year, p.end_year) for p in plans] == [
        (plans[0].authority, 2007, 2009),
        (plans[0].authority, 2009, 2011),
        (plans[0].authority, 2011, 2013),
        (plans[3].authority, 2007, 2009),
    ]
    assert plans[0].gss == "E06900001"
    assert plans[3].gss == "E06900002"
    assert plans[0].authority != plans[3].authority
    assert not set(plans[0].people) & set(plans[3].people)  # people differ by authority


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the manifest of two authorities with one plan each."""
    return write_corpus(tmp_path_factory.mktemp("tiny"), 2, per_authority=1)


def test_each_plan_is_read_with_the_counts_generated_and_nothing_unplaced(tiny: Path) -> None:
    expected = json.loads((tiny.parent / "expected.json").read_text(encoding="utf-8"))
    plans = read_manifest(tiny)
    assert len(plans) == 2
    for path, identity in plans:
        document = read_document(path)
        assert identity.loader == "herefordshire-directorate-2009"
        extraction = apply_identity(extract(document, identity.loader), identity)
        counts = extraction_counts(extraction)
        assert {key: counts[key] for key in expected[path.name]} == expected[path.name]
        assert expected[path.name]["indicators"] >= 28
        assert expected[path.name]["observations"] > expected[path.name]["indicators"]
        assert coverage_of(extraction, document).unplaced_table_rows == ()
        assert extraction.warnings == []


def test_the_manifest_builds_a_store_with_its_councils_and_gss_codes(tiny: Path) -> None:
    identities = dict(read_manifest(tiny))
    entries = json.loads(tiny.read_text(encoding="utf-8"))
    with EmbeddedStore.open(":memory:") as store:
        results = build(store, list(identities), identities=identities)
        rows = store.query(
            "SELECT DISTINCT ?name ?gss WHERE { ?plan a ckg:Plan ; ckg:authority ?a . "
            "?a rdfs:label ?name ; ckg:gssCode ?gss } ORDER BY ?name"
        ).rows
        plans = plans_in(store)
    assert [r.skipped for r in results] == [None, None]
    assert [(name.value, gss.value) for name, gss in rows if name and gss] == sorted(
        (entry["council"], entry["gss"]) for entry in entries
    )
    assert sorted(p.iri.rsplit("/", 2)[-2] for p in plans) == sorted(e["authority"] for e in entries)


@pytest.fixture(scope="module")
def two_authorities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """Yield an in-memory store of six synthetic plans: two authorities, three plans each."""
    manifest = write_corpus(tmp_path_factory.mktemp("six"), 6)
    identities = dict(read_manifest(manifest))
    with EmbeddedStore.open(":memory:") as store:
        build(store, list(identities), identities=identities)
        yield store


def test_the_thread_of_an_outcome_reads_only_its_authoritys_plans(two_authorities: EmbeddedStore) -> None:
    store = two_authorities
    first = corpus_plans(6)[0]
    outcome = str(outcome_iri(LAA_SCHEME[0], slugify(first.laa_outcomes[0], 60)))
    plans = thread_plans(store, outcome)
    assert [plan.rsplit("/", 2)[-2] for plan in plans] == [first.authority] * 3
    whole, scoped = load_thread_graph(store), load_thread_graph(store, plans=plans)
    assert scoped.number_of_nodes() < whole.number_of_nodes()
    for graph in (whole, scoped):
        mark_gaps(graph, find_gaps(graph))
    assert thread_tree(scoped, outcome, "down").to_dict() == thread_tree(whole, outcome, "down").to_dict()


def test_finding_an_owner_by_name_gives_what_the_full_list_gives(two_authorities: EmbeddedStore) -> None:
    everyone = agents(two_authorities)
    head = corpus_plans(6)[0].people[1]
    for name in (head, head.split()[0], "Head of", "Director of Children's Services", "nobody at all"):
        assert find_agents(two_authorities, name) == match_names(name, everyone, lambda a: a.label)
    assert [a.label for a in find_agents(two_authorities, head)] == [head]


def test_comparing_some_plans_asks_only_about_them(
    two_authorities: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = two_authorities
    authority = corpus_plans(6)[0].council
    chosen = select_plans(store, [authority])[:2]
    scoped = compare_by_indicator(store, chosen)
    monkeypatch.setattr(compare, "SCOPED_PLANS", 0)  # the whole-store path
    monkeypatch.setattr(indicators, "SCOPED_PLANS", 0)
    assert compare_by_indicator(store, chosen) == scoped
    assert len(scoped.rows) > 0


def test_observations_of_some_indicators_are_theirs_from_all(two_authorities: EmbeddedStore) -> None:
    everything = observations_by_indicator(two_authorities)
    some = sorted(everything)[:5]
    assert observations_of(two_authorities, some) == {iri: everything[iri] for iri in some}
    assert observations_of(two_authorities, []) == {}


def test_growth_exponent_is_the_log_log_slope() -> None:
    assert growth_exponent([(1e5, 1.0), (1e6, 10.0), (5e6, 50.0)]) == 1.0
    assert growth_exponent([(1e5, 1.0), (1e6, 100.0)]) == 2.0
    assert growth_exponent([(1e5, 2.0)]) is None
