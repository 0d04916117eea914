"""A bundled loader re-expressed as a layout profile: Lambeth's Children's Directorate Plan 2020/21.

The plan is read twice — by its Python loader (``lambeth-directorate-2020``) and by the generic
loader with ``councilkg/data/profiles/lambeth-childrens-directorate-plan-2020-21.toml`` — and the
extraction records are compared field for field: the plan's identity and vision, the Borough Plan
outcomes, the objectives (priorities), key activities (actions), performance indicators with their
observations (the workforce snapshot's too), the risks, the budget lines, saving proposals and
contracts with their amounts, every owner (name, kind, role, cell), the directors' posts, the
people, and the divisions and services of the organisation chart. Nothing is left out.

The profile's store must then pass the plan's gold-fact assertions of
``tests/build/test_end_to_end.py`` unchanged (they are imported below and run against a store built
from the profile's extraction), the count of the plan graph's triples included; and the profile's
plan graph and shared triples are the Python loader's, triple for triple.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.model import Extraction, OwnerKind
from tests.build.test_end_to_end import (  # noqa: F401  (collected here, run on the profile's store)
    test_cska12_owned_by_two_directors_and_supports_csob05,
    test_each_plan_is_its_own_named_graph,
    test_every_activity_source_line_is_where_it_is_printed,
    test_golden_thread_reaches_borough_plan_outcomes,
    test_new_indicator_kept_as_raw_value_only,
    test_plan_and_authority,
    test_posts_held_by_directors,
    test_risk_cssr0005,
    test_se180_owner_and_outturn,
)
from tests.contract import export_of, validation_of

PLAN_FILE = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
PROFILE = (
    Path(__file__).resolve().parents[3]
    / "councilkg"
    / "data"
    / "profiles"
    / "lambeth-childrens-directorate-plan-2020-21.toml"
)
PLAN = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
#: The type of the workforce snapshot's indicators.
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
    """The plan as the generic loader reads it with the bundled profile, without the engine's readings.

    The engine records how it read each item (``ckg:extractionRule``, ``ckg:confidence``); the Python
    loader's records carry no reading, so the two are compared without them.
    """
    found = load_with_profile(document, read_profile(PROFILE))
    assert all(item.reading is not None for item in [*found.priorities, *found.actions, *found.risks])
    for items in (found.priorities, found.actions, found.indicators, found.risks):
        for item in items:
            item.reading = None
    return found


def test_the_profile_is_what_reads_the_plan(profile_reading: Extraction, document: Document) -> None:
    """Without the profile the generic engine misreads the plan: the profile is doing the work."""
    alone = load_with_profile(document)
    assert alone.budget_lines == [] and alone.savings == [] and alone.contracts == []
    assert [o.key for o in alone.outcomes] != [o.key for o in profile_reading.outcomes]
    assert [p.ref for p in alone.priorities] != [p.ref for p in profile_reading.priorities]
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
    """The performance indicators with their owners, types, sections, outcomes and observations,
    and the workforce snapshot's: period from "Dec 2019 snapshot", value the leading number."""
    workforce = [item for item in python_reading.indicators if item.indicator_type == WORKFORCE]
    assert len(python_reading.indicators) == 41 and len(workforce) == 10
    for found, wanted in zip(profile_reading.indicators, python_reading.indicators, strict=True):
        assert found == wanted, wanted.ref or wanted.label
    agency = next(item for item in profile_reading.indicators if item.label.startswith("Agency staff"))
    [observation] = agency.observations
    assert (observation.raw_value, observation.value, observation.period, observation.unit) == (
        "146 (25.26%)",
        146,
        "2019/20",
        "count",
    )
    assert agency.section == "Workforce (Dec 2019 snapshot)"


def test_risks(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The directorate risks: ratings, target ratings, mitigations and risk owners."""
    assert len(python_reading.risks) == 12
    assert profile_reading.risks == python_reading.risks


def test_budget_lines(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The Finance table: six lines of 2020/21, labelled by the blank-headed first column, amounts
    typed by their headers ("20,440,00" kept as printed without a value)."""
    assert len(python_reading.budget_lines) == 6
    assert profile_reading.budget_lines == python_reading.budget_lines
    first = profile_reading.budget_lines[0].amounts[0]
    assert (first.amount_type, first.raw_value, first.value) == ("Employee Expenses", "20,440,00", None)


def test_savings(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The saving proposals: every printing read with the fullest header, £'000 amounts in pounds
    unless printed in full, and the details column."""
    assert len(python_reading.savings) == 10
    assert profile_reading.savings == python_reading.savings
    chn009 = next(saving for saving in profile_reading.savings if saving.ref == "19.20.CHN-009")
    assert chn009.details and chn009.details.startswith("Children's Domiciliary care")
    assert [amount.value for amount in chn009.amounts] == [None, 0, 30000, 95000, 125000]


def test_contracts(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The key contracts: supplier, annual value, end date and the directors as owners."""
    assert len(python_reading.contracts) == 13
    assert profile_reading.contracts == python_reading.contracts


def test_posts_and_people(python_reading: Extraction, profile_reading: Extraction) -> None:
    """The directors' posts and holders, and every person with the line first naming them (Ruth
    Hutt, named only as a contract's director, included)."""
    assert profile_reading.posts == python_reading.posts
    assert profile_reading.people == python_reading.people
    assert "Ruth Hutt" in profile_reading.people


def test_units(python_reading: Extraction, profile_reading: Extraction) -> None:
    """Children's Services at the Divisions heading, the directors' divisions within it, and the
    services with their descriptions, each within the division whose director was named last."""
    assert len(python_reading.units) == 7
    assert profile_reading.units == python_reading.units
    youth = next(unit for unit in profile_reading.units if unit.name == "Youth Offending")
    assert (youth.source_line, youth.parent) == (60, "Commissioning and Community Safety")
    assert youth.description and youth.description.startswith("The Youth Offending Service")


def _compared(extraction: Extraction) -> Extraction:
    """Return a copy of an extraction as the build would label it, under one loader name."""
    plan = dataclasses.replace(extraction.plan, authority_label="Lambeth", gss="E09000022")
    return dataclasses.replace(extraction, plan=plan, loader="compared")


def _graphs(extraction: Extraction, document: Document) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Return the plan's named graph and its shared triples, as plain strings."""
    triples = extraction_to_graph(_compared(extraction), document)
    return (
        {(str(s), str(p), str(o)) for s, p, o in triples.plan},
        {(str(s), str(p), str(o)) for s, p, o in triples.shared},
    )


def test_plan_graph_equals_the_python_loaders(
    python_reading: Extraction, profile_reading: Extraction, document: Document
) -> None:
    """The plan's named graph and the shared triples from the profile are the Python loader's,
    triple for triple (but for the ckg:loader literal)."""
    expected_plan, expected_shared = _graphs(python_reading, document)
    found_plan, found_shared = _graphs(profile_reading, document)
    assert len(expected_plan) > 3700 and len(expected_shared) > 150
    assert sorted(found_plan - expected_plan) == [] and sorted(expected_plan - found_plan) == []
    assert sorted(found_shared ^ expected_shared) == []


@pytest.fixture(scope="module")
def exported(profile_reading: Extraction, document: Document) -> ox.Store:
    """A fresh store holding the export of a store the profile's extraction was built into.

    The imported gold-fact tests of ``tests/build/test_end_to_end.py`` run against it.
    """
    return export_of(profile_reading, document)


def test_profile_store_conforms_to_shapes(profile_reading: Extraction, document: Document) -> None:
    """The store built from the profile's extraction satisfies every SHACL shape."""
    report = validation_of(profile_reading, document)
    assert report.conforms, report.violations[:5]
