"""The bundled loader ``lambeth-service-plan-2007`` gives the plan graph it gives as a Python module.

Lambeth's Children and Young People's Service Plan 2007-10 is read by a Python module of 873 lines
(``councilkg/loaders/lambeth_2007.py``). Its plan graph and shared triples were written to
``tests/data/golden/lambeth-cyps-service-plan-2007-10.nq.gz`` (N-Quads, sorted) on 2026-12-04,
before the plan becomes a profile, so that whatever reads the plan under that loader name (the
module, or the bundled profile to replace it) is held to them triple for triple, but for the engine's
own provenance (the rule that read each item and its confidence), and to the warnings the module
gives.

The file is made by the module (while it exists) with::

    PYTHONPATH=$PWD python -c "from tests.loaders import test_lambeth_2007_golden as t; t.write_golden()"
"""

from __future__ import annotations

from pathlib import Path

from councilkg.data import bundled_plan
from tests.loaders.golden import GoldenFileTests, GoldenPlan

LOADER = "lambeth-service-plan-2007"
PLAN_FILE = bundled_plan("lambeth-cyps-service-plan-2007-10.txt").path
PLAN = "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10"
#: The plan graph and shared triples the Python loader gives (see the module docstring).
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "lambeth-cyps-service-plan-2007-10.nq.gz"
GOLDEN_PLAN = GoldenPlan(LOADER, PLAN_FILE, PLAN, "Lambeth", "E09000022", GOLDEN)
#: The warnings the Python loader gives on the bundled plan: (line, message).
WARNINGS = [
    (
        265,
        "post 'Divisional Director, Change Management' read as the chart's "
        "'Divisional Director, Change Management and TAC'",
    ),
    (267, "post 'Divisional Director, Community safety' is not on the management-structure chart"),
    (
        294,
        "post 'Divisional Director, BSF' read as the chart's "
        "'Divisional Director, Building Schools for the Future (BSF)'",
    ),
    (
        314,
        "post 'Divisional Director, Commissioning and Strategy' read as the chart's "
        "'Divisional Director, Commissioning and Performance'",
    ),
    (366, "indicator 'PAF A4 (BVPI 161)' has no 'TARGET 2007/08' printed"),
    (374, "indicator 'MR D74' has no 'TARGET 2007/08' printed"),
]


def write_golden() -> None:
    """Write the golden file from the bundled loader's reading; returns nothing."""
    GOLDEN_PLAN.write()


class TestGoldenFile(GoldenFileTests):
    """The plan graph: 3,824 plan triples, 247 shared. The warnings: three owner cells' posts read as the
    chart's, one post not on the chart and two indicators with no target printed."""

    golden_plan = GOLDEN_PLAN
    quads_in_file = 3824 + 247
    warnings = WARNINGS
