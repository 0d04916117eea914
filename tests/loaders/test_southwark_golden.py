"""The bundled loader ``southwark-cypp-2010`` gives the plan graph it gave as a Python module.

Southwark's committee report and draft Children and Young People's Plan 2010-2013 was read by a
Python module of 742 lines (``councilkg/loaders/southwark_2010.py``, since removed). Its plan graph and shared
triples were written to ``tests/data/golden/southwark-cypp-2010-13.nq.gz`` (N-Quads, sorted) on
2026-12-03, so that whatever reads the plan under that loader name (the module, or the bundled
profile that replaces it) is held to them triple for triple, but for the engine's own provenance
(the rule that read each item and its confidence), and to the warnings the module gave.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.model import Extraction
from tests.loaders.golden import golden_quads, reading_quads

PLAN_FILE = bundled_plan("southwark-cypp-2010-13.txt").path
PLAN = "https://w3id.org/councilkg/id/plan/southwark/cypp-2010-13"
#: The plan graph and shared triples the Python loader gave (see the module docstring).
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "southwark-cypp-2010-13.nq.gz"
#: The warnings the Python loader gave on the bundled plan: (line, message).
WARNINGS = [
    (
        270,
        "priority 'Supporting vulnerable families through an effective continuum of parenting "
        "provision' is listed and marked (TBC) with no detail section",
    ),
    (
        113,
        "draft placeholder '[Signatures of all Young Southwark executive members to be included]': "
        "nothing to read here yet",
    ),
    (175, "draft placeholder '[detail of supporting strategies to come]': nothing to read here yet"),
    (518, "draft placeholder '[Table to come]': nothing to read here yet"),
    (524, "draft placeholder '[Table to come]': nothing to read here yet"),
]


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def reading(document: Document) -> Extraction:
    """The plan as the bundled loader reads it, without the engine's readings (the module gives none)."""
    found = get_loader("southwark-cypp-2010").load(document)
    for items in (found.priorities, found.actions, found.indicators, found.risks):
        for item in items:
            item.reading = None
    return found


def _quads(extraction: Extraction, document: Document) -> set[str]:
    """Return the plan's named graph and its shared triples as N-Quads lines, labelled as the build would."""
    return reading_quads(extraction, document, PLAN, "Southwark", "E09000028")


def test_plan_graph_equals_the_golden_file(reading: Extraction, document: Document) -> None:
    """The plan's named graph and the shared triples, triple for triple (1,884 plan triples, 31 shared)."""
    golden = golden_quads(GOLDEN)
    assert len(golden) == 1884 + 31
    found = _quads(reading, document)
    assert sorted(found - golden) == [] and sorted(golden - found) == []


def test_warnings_are_the_python_loaders(reading: Extraction) -> None:
    """The TBC priority listed with no detail and the draft's four placeholders, at their lines."""
    assert sorted((w.line, w.message) for w in reading.warnings) == sorted(WARNINGS)
    assert reading.loader == "southwark-cypp-2010"
