"""Leaving out the items read with less confidence than a profile asks for (``min_confidence``).

A measured confidence is a rule's precision on plans the engine had not been developed on
(:mod:`~councilkg.loaders.generic.calibration`): items read by where they stand (a bullet under a
priority, a "We will" sentence) are right a third of the time there, those read by what the plan says
they are nine times in ten. A profile's ``min_confidence`` trades the first for fewer wrong items:
the items under it are taken out, with the links other items make to them, and their lines placed as
:data:`BELOW`, so the coverage report and ``inspect`` still account for them.
"""

from __future__ import annotations

from councilkg.loaders.generic.dropitems import drop_items
from councilkg.loaders.model import Extraction, Reading

#: What the line of an item taken out is placed as.
BELOW = "read below the profile's min_confidence"


def _below(reading: Reading | None, minimum: float) -> bool:
    return reading is not None and reading.confidence < minimum


def cut_below(extraction: Extraction, minimum: float) -> int:
    """Take out of ``extraction`` every item read with a confidence under ``minimum`` (its line placed
    as :data:`BELOW`) and the links the items kept make to it; returns how many were taken out.

    Example:
        >>> from councilkg.loaders.model import Action, PlanInfo, Priority
        >>> ex = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> ex.priorities = [Priority("p1", "Safer homes", 1, reading=Reading("heading", 0.9))]
        >>> ex.actions = [Action("a1", "Audit plans", 2, supports=["p1"], reading=Reading("we will", 0.3)),
        ...               Action("a2", "Recruit", 3, supports=["p1"], reading=Reading("lead-in", 0.8))]
        >>> cut_below(ex, 0.5), [a.label for a in ex.actions], ex.placed
        (1, ['Recruit'], {2: "read below the profile's min_confidence"})
    """
    if minimum <= 0:
        return 0
    return len(drop_items(extraction, lambda item: _below(item.reading, minimum), BELOW))
