"""The bundled loader ``lambeth-directorate-2020`` is a layout profile the engine reads with.

Lambeth's Children's Directorate Plan 2020/21 was read by a Python module of 574 lines until
2026-12-03; it is now read by the generic engine with
``councilkg/data/profiles/lambeth-childrens-directorate-plan-2020-21.toml``. Before the module was
removed, the plan graph and shared triples it gave were written to
``tests/data/golden/lambeth-directorate-plan-2020-21.nq.gz`` (N-Quads, sorted); the profile's
reading must give them triple for triple (but for the engine's own provenance: the rule that read
each item and its confidence). The counts and the facts below are those the module gave.

The profile's store must then pass the plan's gold-fact assertions of
``tests/build/test_end_to_end.py`` unchanged (they are imported below and run against a store built
from the profile's extraction), the count of the plan graph's triples included.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import find_loader, get_loader
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
from tests.loaders.golden import golden_quads, reading_quads

PLAN_FILE = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
PROFILE = (
    Path(__file__).resolve().parents[3]
    / "councilkg"
    / "data"
    / "profiles"
    / "lambeth-childrens-directorate-plan-2020-21.toml"
)
PLAN = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
#: The plan graph and shared triples the removed Python loader gave (see the module docstring).
GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden" / "lambeth-directorate-plan-2020-21.nq.gz"
#: The type of the workforce snapshot's indicators.
WORKFORCE = "Workforce"


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


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
    assert profile_reading.loader == "lambeth-directorate-2020"


def test_the_bundled_loader_is_the_profile(document: Document) -> None:
    """``lambeth-directorate-2020`` is registered as the profile, and recognises its plan alone."""
    loader = get_loader("lambeth-directorate-2020")
    assert loader.description.startswith("Lambeth Children's Directorate Plan 2020/21")
    assert find_loader(document) is loader
    other = Document.from_text("plan.txt", "Children's Directorate Plan 2020/21\nCSOB01 Keep children safe\n")
    assert loader.sniff(other) == 0.0  # no key activities: not this layout


def test_plan_identity_and_vision(profile_reading: Extraction) -> None:
    """Authority, slug, title, type, years and the Borough Plan it draws on, and the vision."""
    plan = profile_reading.plan
    assert (plan.authority, plan.slug, plan.title, plan.plan_type, plan.start_year, plan.end_year) == (
        "lambeth",
        "childrens-directorate-plan-2020-21",
        "Children's Directorate Plan 2020/21",
        "DirectoratePlan",
        2020,
        2021,
    )
    assert [cited.slug for cited in plan.draws_on] == ["borough-plan"]
    assert profile_reading.vision is not None


def test_outcomes(profile_reading: Extraction) -> None:
    """The Borough Plan's pillars, goals and values: keys, labels, notations, broader, first lines."""
    assert len(profile_reading.outcomes) == 14


def test_priorities(profile_reading: Extraction) -> None:
    """The six objectives, with the outcomes they contribute to and their section."""
    assert len(profile_reading.priorities) == 6


def test_actions(profile_reading: Extraction) -> None:
    """The 37 key activities: refs, labels, owners, supports, related outcomes, types, projects, lines."""
    assert len(profile_reading.actions) == 37
    cska09 = next(action for action in profile_reading.actions if action.ref == "CSKA09")
    assert [(owner.name, owner.kind) for owner in cska09.owners][:3] == [
        ("Director, Children's Social Care", OwnerKind.POST),
        ("Director, Commissioning and Community Safety", OwnerKind.POST),
        ("Director, Education and Learning", OwnerKind.POST),
    ]


def test_indicators(profile_reading: Extraction) -> None:
    """The performance indicators with their owners, types, sections, outcomes and observations,
    and the workforce snapshot's: period from "Dec 2019 snapshot", value the leading number."""
    workforce = [item for item in profile_reading.indicators if item.indicator_type == WORKFORCE]
    assert len(profile_reading.indicators) == 41 and len(workforce) == 10
    agency = next(item for item in profile_reading.indicators if item.label.startswith("Agency staff"))
    [observation] = agency.observations
    assert (observation.raw_value, observation.value, observation.period, observation.unit) == (
        "146 (25.26%)",
        146,
        "2019/20",
        "count",
    )
    assert agency.section == "Workforce (Dec 2019 snapshot)"


def test_risks(profile_reading: Extraction) -> None:
    """The directorate risks: ratings, target ratings, mitigations and risk owners."""
    assert len(profile_reading.risks) == 12


def test_budget_lines(profile_reading: Extraction) -> None:
    """The Finance table: six lines of 2020/21, labelled by the blank-headed first column, amounts
    typed by their headers ("20,440,00" kept as printed without a value)."""
    assert len(profile_reading.budget_lines) == 6
    first = profile_reading.budget_lines[0].amounts[0]
    assert (first.amount_type, first.raw_value, first.value) == ("Employee Expenses", "20,440,00", None)


def test_savings(profile_reading: Extraction) -> None:
    """The saving proposals: every printing read with the fullest header, £'000 amounts in pounds
    unless printed in full, and the details column."""
    assert len(profile_reading.savings) == 10
    chn009 = next(saving for saving in profile_reading.savings if saving.ref == "19.20.CHN-009")
    assert chn009.details and chn009.details.startswith("Children's Domiciliary care")
    assert [amount.value for amount in chn009.amounts] == [None, 0, 30000, 95000, 125000]


def test_contracts(profile_reading: Extraction) -> None:
    """The key contracts: supplier, annual value, end date and the directors as owners."""
    assert len(profile_reading.contracts) == 13


def test_posts_and_people(profile_reading: Extraction) -> None:
    """The directors' posts and holders, and every person with the line first naming them (Ruth
    Hutt, named only as a contract's director, included)."""
    assert [post.holder for post in profile_reading.posts] == [
        "Merlin Joseph",
        "Alex Kubeyinje",
        "Abi Onaboye",
        "Cathy Twist",
    ]
    assert len(profile_reading.people) == 13
    assert "Ruth Hutt" in profile_reading.people


def test_units(profile_reading: Extraction) -> None:
    """Children's Services at the Divisions heading, the directors' divisions within it, and the
    services with their descriptions, each within the division whose director was named last."""
    assert len(profile_reading.units) == 7
    youth = next(unit for unit in profile_reading.units if unit.name == "Youth Offending")
    assert (youth.source_line, youth.parent) == (60, "Commissioning and Community Safety")
    assert youth.description and youth.description.startswith("The Youth Offending Service")


def _quads(extraction: Extraction, document: Document) -> set[str]:
    """Return the plan's named graph and its shared triples as sorted N-Quads lines."""
    return reading_quads(extraction, document, PLAN, "Lambeth", "E09000022")


def test_plan_graph_equals_the_python_loaders(profile_reading: Extraction, document: Document) -> None:
    """The plan's named graph and the shared triples are those the removed Python loader gave,
    triple for triple (the golden file: 3,786 plan triples and 187 shared)."""
    golden = golden_quads(GOLDEN)
    assert len(golden) == 3786 + 187
    found = _quads(profile_reading, document)
    assert sorted(found - golden) == [] and sorted(golden - found) == []


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
