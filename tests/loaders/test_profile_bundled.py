"""A bundled loader re-expressed as a layout profile: Lambeth's Children's Directorate Plan 2020/21.

The plan is read twice — by its Python loader (``lambeth-directorate-2020``) and by the generic
loader with ``councilkg/data/profiles/lambeth-childrens-directorate-plan-2020-21.toml`` — and the
extraction records are compared field for field: the plan's identity and vision, the Borough Plan
outcomes, the objectives (priorities), key activities (actions), performance indicators with their
observations, the risks, every owner (name, kind, role, cell), the directors' posts and the people.

Left out of the comparison, each because no profile key reads it declaratively:

- budget lines ("Finance"): a table whose header row has an empty first cell and money columns,
  some headed £'000 but printed in full pounds;
- saving proposals: amount columns whose headers differ from one printing of the table to the next;
- contracts: a contract record kind (supplier, annual value, end date) the generic loader has not;
- the workforce snapshot: indicators whose period comes from a "Dec 2019 snapshot" header and
  whose values are the leading number of "146 (25.26%)";
- the divisions and services of the organisation chart (``units``): a division is found by the
  words its name shares with a director's post, and a service's description is the rest of its line.

The profile's store must then pass the plan's gold-fact assertions of
``tests/graph/test_end_to_end.py`` unchanged (they are imported below and run against a store built
from the profile's extraction), except the one that counts the plan graph's triples, which counts
the left-out records too; in its place the profile's plan graph is compared triple for triple with
the Python loader's, less the left-out records.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan
from councilkg.graph.store import PlanStore
from councilkg.graph.triples import extraction_to_graph
from councilkg.graph.validate import validate_store
from councilkg.loaders import get_loader
from councilkg.loaders.document import Document, read_document
from councilkg.loaders.generic import load_with_profile
from councilkg.loaders.model import Extraction, OwnerKind
from councilkg.loaders.profile import read_profile
from tests.contract import export_of
from tests.graph.test_end_to_end import (  # noqa: F401  (collected here, run on the profile's store)
    test_cska12_owned_by_two_directors_and_supports_csob05,
    test_every_activity_source_line_is_where_it_is_printed,
    test_golden_thread_reaches_borough_plan_outcomes,
    test_new_indicator_kept_as_raw_value_only,
    test_plan_and_authority,
    test_posts_held_by_directors,
    test_risk_cssr0005,
    test_se180_owner_and_outturn,
)

PLAN_FILE = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
PROFILE = (
    Path(__file__).resolve().parents[2]
    / "councilkg"
    / "data"
    / "profiles"
    / "lambeth-childrens-directorate-plan-2020-21.toml"
)
PLAN = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
#: The workforce snapshot's indicators, the one kind of indicator left out (see the module docstring).
WORKFORCE = "Workforce"


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def python_reading(document: Document) -> Extraction:
    """The plan as its Python loader reads it."""
    return get_loader("lambeth-directorate-2020").load(document)


@pytest.fixture(scope="module")
def profile_reading(document: Document) -> Extraction:
    """The plan as the generic loader reads it with the bundled profile."""
    return load_with_profile(document, read_profile(PROFILE))


def test_the_profile_is_what_reads_the_plan(profile_reading: Extraction, document: Document) -> None:
    """Without the profile the generic loader misreads the plan: the profile is doing the work."""
    alone = load_with_profile(document)
    assert alone.priorities == [] and alone.outcomes == []
    assert profile_reading.loader == "generic:lambeth-childrens-directorate-plan-2020-21"


def test_plan_identity_and_vision(python_reading: Extraction, profile_reading: Extraction) -> None:
    """Authority, slug, title, type, years, title line, the Borough Plan it draws on, and the vision."""
    fields = ("authority", "slug", "title", "plan_type", "start_year", "end_year", "source_line", "draws_on")
    expected, found = python_reading.plan, profile_reading.plan
    assert {name: getattr(found, name) for name in fields} == {
        name: getattr(expected, name) for name in fields
    }
    assert profile_reading.vision == python_reading.vision is not None


def test_outcomes(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The Borough Plan's pillars, goals and values: keys, labels, notations, broader, first lines."""
    assert len(python_reading.outcomes) == 14
    assert profile_reading.outcomes == python_reading.outcomes


def test_priorities(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The six objectives, with the outcomes they contribute to and their section."""
    assert len(python_reading.priorities) == 6
    assert profile_reading.priorities == python_reading.priorities


def test_actions(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The 37 key activities: refs, labels, owners, supports, related outcomes, types, projects, lines."""
    assert len(python_reading.actions) == 37
    for found, expected in zip(profile_reading.actions, python_reading.actions, strict=True):
        assert found == expected, expected.ref or expected.label
    cska09 = next(action for action in profile_reading.actions if action.ref == "CSKA09")
    assert [(owner.name, owner.kind) for owner in cska09.owners][:3] == [
        ("Director, Children's Social Care", OwnerKind.POST),
        ("Director, Commissioning and Community Safety", OwnerKind.POST),
        ("Director, Education and Learning", OwnerKind.POST),
    ]


def test_indicators(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The performance indicators with their owners, types, sections, outcomes and observations."""
    expected = [item for item in python_reading.indicators if item.indicator_type != WORKFORCE]
    assert len(expected) == 31 and len(python_reading.indicators) - len(expected) == 10
    for found, wanted in zip(profile_reading.indicators, expected, strict=True):
        assert found == wanted, wanted.ref or wanted.label


def test_risks(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The directorate risks: ratings, target ratings, mitigations and risk owners."""
    assert len(python_reading.risks) == 12
    assert profile_reading.risks == python_reading.risks


def test_posts_and_people(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The directors' posts and holders, and every person with the line first naming them.

    A person named only as a contract's director is left out with the contracts.
    """
    assert profile_reading.posts == python_reading.posts
    contract_only = {
        owner.name for contract in python_reading.contracts for owner in contract.owners
    } - _owner_names(python_reading)
    assert contract_only == {"Ruth Hutt"}
    expected = {name: line for name, line in python_reading.people.items() if name not in contract_only}
    assert profile_reading.people == expected


def test_left_out_kinds_are_not_read(profile_reading: Extraction) -> None:
    """Budget, savings, contracts and workforce tables are ignored, not misread as other items."""
    assert profile_reading.budget_lines == profile_reading.savings == profile_reading.contracts == []
    assert all(item.indicator_type != WORKFORCE for item in profile_reading.indicators)


def _owner_names(extraction: Extraction) -> set[str]:
    items = [*extraction.priorities, *extraction.actions, *extraction.indicators, *extraction.risks]
    return {owner.name for item in items for owner in item.owners} | {
        post.holder for post in extraction.posts if post.holder
    }


def _compared(extraction: Extraction) -> Extraction:
    """Return a copy of an extraction without the left-out kinds, as the build would label it."""
    plan = dataclasses.replace(extraction.plan, authority_label="Lambeth", gss="E09000022")
    return dataclasses.replace(
        extraction,
        plan=plan,
        loader="compared",
        units=[],
        budget_lines=[],
        savings=[],
        contracts=[],
        indicators=[item for item in extraction.indicators if item.indicator_type != WORKFORCE],
        people={name: line for name, line in extraction.people.items() if name in _owner_names(extraction)},
    )


def _plan_graph(extraction: Extraction, document: Document) -> set[tuple[str, str, str]]:
    triples = extraction_to_graph(extraction, document)
    return {(str(s), str(p), str(o)) for s, p, o in triples.plan}


def test_plan_graph_equals_the_python_loaders(
    python_reading: Extraction, profile_reading: Extraction, document: Document
) -> None:
    """The plan's named graph from the profile is the Python loader's, triple for triple, less the
    left-out kinds (and the ckg:loader literal)."""
    expected = _plan_graph(_compared(python_reading), document)
    found = _plan_graph(_compared(profile_reading), document)
    assert len(expected) > 2000
    assert sorted(found - expected) == [] and sorted(expected - found) == []


@pytest.fixture(scope="module")
def exported(profile_reading: Extraction, document: Document) -> ox.Store:
    """A fresh store holding the export of a store the profile's extraction was built into.

    The imported gold-fact tests of ``tests/graph/test_end_to_end.py`` run against it.
    """
    return export_of(profile_reading, document)


def test_profile_store_conforms_to_shapes(profile_reading: Extraction, document: Document) -> None:
    """The store built from the profile's extraction satisfies every SHACL shape."""
    with PlanStore.open(":memory:") as store:
        store.refresh_reference()
        triples = extraction_to_graph(profile_reading, document)
        store.replace_plan(triples.plan, triples.shared)
        report = validate_store(store)
    assert report.conforms, report.violations[:5]


def test_export_is_one_named_graph_for_the_plan(exported: ox.Store) -> None:
    """The plan's triples are in the graph named by the plan's IRI (2,300 and more without money)."""
    rows = exported.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PLAN}> {{ ?s ?p ?o }} }}")
    assert isinstance(rows, ox.QuerySolutions)
    assert int(next(iter(rows))["n"].value) > 2300
