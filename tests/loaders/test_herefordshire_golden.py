"""The bundled loader ``herefordshire-directorate-2009`` gives the plan graph it gives as a Python module.

Herefordshire's Children and Young People's Directorate Plan 2009-2011 is read by a Python module
of 1,131 lines (``councilkg/loaders/herefordshire_2009.py``). Its plan graph and shared triples were
written to ``tests/data/golden/herefordshire-cyp-directorate-plan-2009-11.nq.gz`` (N-Quads, sorted)
on 2026-12-04, before the plan becomes a profile, so that whatever reads the plan under that loader
name (the module, or the bundled profile to replace it) is held to them triple for triple, but for
the engine's own provenance (the rule that read each item and its confidence), and to the warnings
the module gives.

The module is gone (2026-12-04): the loader is the bundled profile
``councilkg/data/profiles/herefordshire-cyp-directorate-plan-2009-11.toml``, and this test holds it to
the module's graph. The file was made by the module with the command below, which now writes the
profile's reading: run it only to accept a deliberate change of that reading::

    PYTHONPATH=$PWD python -c "from tests.loaders import test_herefordshire_golden as t; t.write_golden()"
"""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.model import Extraction
from tests.loaders.golden import golden_quads, reading_quads, without_readings, write_golden_file

LOADER = "herefordshire-directorate-2009"
PLAN_FILE = bundled_plan("herefordshire-cyp-directorate-plan-2009-11.txt").path
PLAN = "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11"
#: The plan graph and shared triples the Python loader gives (see the module docstring).
GOLDEN = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "golden"
    / "herefordshire-cyp-directorate-plan-2009-11.nq.gz"
)
#: The warnings the Python loader gives on the bundled plan: (line, message).
WARNINGS = [
    (555, "action 'Implement and consult on operating models for Connexions Her' has no timescale"),
    (568, "owner cell 'IIICIUSIOII' read as residue of 'Head of Improvement and Inclusion'"),
    (569, "action 'Identify resource requirements and provision plan to meet id' has no timescale"),
    (
        584,
        "priority 'To be ambitious for children in our care delivering excellent care and high "
        "aspirations' names no Every Child Matters outcome",
    ),
    (
        618,
        "priority \"To create and sustain an organisation that is 'fit for purpose'\" names no Every Child "
        "Matters outcome",
    ),
    (
        662,
        "owner 'Head of Safeguarding and Vulnerable' read as the post 'Head of Safeguarding and "
        "Vulnerable Children'",
    ),
    (701, "value '-31pp' under 'Outturn 2007-2008' is not a number as printed"),
]


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def reading(document: Document) -> Extraction:
    """The plan as the bundled loader reads it, without the engine's readings (the module gives none)."""
    return without_readings(get_loader(LOADER).load(document))


def _quads(extraction: Extraction, document: Document) -> set[str]:
    """Return the plan's named graph and its shared triples as N-Quads lines, labelled as the build would."""
    return reading_quads(extraction, document, PLAN, "Herefordshire", "E06000019")


def write_golden() -> None:
    """Write the golden file from the bundled loader's reading; returns nothing."""
    document = read_document(PLAN_FILE)
    quads = _quads(get_loader(LOADER).load(document), document)
    write_golden_file(GOLDEN, quads)


def test_plan_graph_equals_the_golden_file(reading: Extraction, document: Document) -> None:
    """The plan's named graph and the shared triples, triple for triple (8,674 plan triples, 564 shared)."""
    golden = golden_quads(GOLDEN)
    assert len(golden) == 8674 + 564
    found = _quads(reading, document)
    assert sorted(found - golden) == [] and sorted(golden - found) == []


def test_warnings_are_the_python_loaders(reading: Extraction) -> None:
    """Two actions with no timescale, two owner cells mended, two priorities naming no ECM outcome and
    an outturn not printed as a number, at their lines."""
    assert sorted((w.line, w.message) for w in reading.warnings) == sorted(WARNINGS)
    assert reading.loader == LOADER
