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

from councilkg.data import bundled_plan
from tests.loaders.golden import GoldenFileTests, GoldenPlan

PLAN_FILE = bundled_plan("southwark-cypp-2010-13.txt").path
PLAN = "https://w3id.org/councilkg/id/plan/southwark/cypp-2010-13"
#: The plan graph and shared triples the Python loader gave (see the module docstring).
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "southwark-cypp-2010-13.nq.gz"
GOLDEN_PLAN = GoldenPlan("southwark-cypp-2010", PLAN_FILE, PLAN, "Southwark", "E09000028", GOLDEN)
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


class TestGoldenFile(GoldenFileTests):
    """The plan graph: 1,884 plan triples, 31 shared. The warnings: the TBC priority listed with no
    detail and the draft's four placeholders."""

    golden_plan = GOLDEN_PLAN
    quads_in_file = 1884 + 31
    warnings = WARNINGS
