"""The bundled profile ``councilkg/data/profiles/southwark-cypp-2010-13.toml`` gives what the Python
loader ``southwark-cypp-2010`` gives on the bundled plan: its plan graph and shared triples triple
for triple (``tests/data/golden/southwark-cypp-2010-13.nq.gz``, but for the engine's own provenance:
the rule that read each item and its confidence) and its five warnings; and the plan's contract
facts of ``tests/build/test_facts_southwark_2010.py``, unchanged, hold on an export of a store built
from the profile's reading (they are imported below). It is registered as that loader
(``councilkg/loaders/__init__.py``); the module was removed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan, bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.generic.profileloader import ProfileLoader
from councilkg.loaders.model import Extraction
from tests.build.test_facts_southwark_2010 import (  # noqa: F401  (collected here, run on the profile's store)
    test_every_commitment_reaches_an_area,
    test_expected_results,
    test_export_conforms_to_shapes,
    test_five_areas_and_twenty_priorities_under_them,
    test_gold_contraception_supports_teenage_conceptions_in_succeeding_into_adulthood,
    test_listed_only_priority_has_no_actions,
    test_partners,
    test_plan_metadata,
    test_recommendations_keep_their_numbers,
    test_report_intentions_are_one_node_each,
    test_report_officers_hold_their_posts,
)
from tests.contract import export_of
from tests.loaders.golden import golden_quads
from tests.loaders.test_southwark_golden import GOLDEN, GOLDEN_PLAN, PLAN_FILE, WARNINGS

PROFILE = (
    Path(__file__).resolve().parents[3] / "councilkg" / "data" / "profiles" / "southwark-cypp-2010-13.toml"
)


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def reading(document: Document) -> Extraction:
    """The plan as the engine reads it with the profile, without the engine's readings."""
    found = load_with_profile(document, read_profile(PROFILE))
    items = [*found.priorities, *found.actions]
    assert items and all(item.reading is not None for item in items)
    for item in items:
        item.reading = None
    return found


@pytest.fixture(scope="module")
def loaded(document: Document) -> tuple[Extraction, Document]:
    """The plan as the engine reads it with the profile (the imported fact tests' fixture)."""
    return load_with_profile(document, read_profile(PROFILE)), document


@pytest.fixture(scope="module")
def exported(loaded: tuple[Extraction, Document]) -> ox.Store:
    """A fresh store holding the export of a store the profile's reading was built into."""
    return export_of(*loaded)


def test_plan_graph_equals_the_python_loaders(reading: Extraction, document: Document) -> None:
    """The plan's named graph and the shared triples are the golden file's, triple for triple."""
    golden = golden_quads(GOLDEN)
    found = GOLDEN_PLAN.quads(reading, document)
    assert sorted(found - golden) == [] and sorted(golden - found) == []


def test_warnings_are_the_python_loaders(reading: Extraction) -> None:
    """The TBC priority listed with no detail and the draft's four placeholders, and nothing else."""
    assert sorted((w.line, w.message) for w in reading.warnings) == sorted(WARNINGS)
    assert reading.loader == "southwark-cypp-2010"


def test_the_profile_is_what_reads_the_plan(reading: Extraction, document: Document) -> None:
    """Without the profile the generic engine misreads the plan: the profile is doing the work."""
    alone = load_with_profile(document)
    assert {p.key for p in alone.priorities} != {p.key for p in reading.priorities}
    assert not any(a.action_type == "commissioning intention" for a in alone.actions)
    assert len([a for a in reading.actions if a.action_type == "commissioning intention"]) == 59


def test_the_profile_recognises_its_plan_alone() -> None:
    """As a loader, the profile claims the bundled plan and no other bundled plan or unrelated text."""
    loader = ProfileLoader.from_file(PROFILE)
    assert loader.name == "southwark-cypp-2010"
    assert loader.sniff(read_document(PLAN_FILE)) == 1.0
    others = [
        plan.path for plan in bundled_plans() if plan.path != bundled_plan("southwark-cypp-2010-13.txt").path
    ]
    assert len(others) == 3 and all(loader.sniff(read_document(path)) == 0.0 for path in others)
    assert loader.sniff(Document.from_text("x.txt", "Ref\tActivity\nSouthwark\n")) == 0.0
