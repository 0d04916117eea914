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

from councilkg.data import bundled_plan
from tests.loaders.golden import GoldenFileTests, GoldenPlan

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
GOLDEN_PLAN = GoldenPlan(LOADER, PLAN_FILE, PLAN, "Herefordshire", "E06000019", GOLDEN)
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


def write_golden() -> None:
    """Write the golden file from the bundled loader's reading; returns nothing."""
    GOLDEN_PLAN.write()


class TestGoldenFile(GoldenFileTests):
    """The plan graph: 8,674 plan triples, 564 shared. The warnings: two actions with no timescale, two
    owner cells mended, two priorities naming no ECM outcome and an outturn not printed as a number."""

    golden_plan = GOLDEN_PLAN
    quads_in_file = 8674 + 564
    warnings = WARNINGS
