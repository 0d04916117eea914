"""Leaving out the items read with less confidence than a profile asks for (``min_confidence``).

A measured confidence is a rule's precision on plans the engine had not been developed on
(:mod:`~councilkg.loaders.generic.calibration`): items read by where they stand (a bullet under a
priority, a "We will" sentence) are right a third of the time there, those read by what the plan says
they are nine times in ten. A profile's ``min_confidence`` trades the first for fewer wrong items:
the items under it are taken out, with the links other items make to them, and their lines placed as
:data:`BELOW`, so the coverage report and ``inspect`` still account for them.
"""

from __future__ import annotations

import dataclasses

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
    priorities = {item.key for item in extraction.priorities if _below(item.reading, minimum)}
    outcomes = {(o.scheme, o.key) for o in extraction.outcomes if _below(o.reading, minimum)}
    outcome_lines = [o.source_line for o in extraction.outcomes if _below(o.reading, minimum)]
    taken = extraction.take_out(lambda item: _below(item.reading, minimum), BELOW)
    kept = [o for o in extraction.outcomes if not _below(o.reading, minimum)]
    extraction.outcomes[:] = [
        dataclasses.replace(o, broader=None) if (o.scheme, o.broader) in outcomes else o for o in kept
    ]
    for priority in extraction.priorities:
        priority.parent = None if priority.parent in priorities else priority.parent
        priority.contributes_to = [
            link for link in priority.contributes_to if (link.scheme, link.key) not in outcomes
        ]
    for action in extraction.actions:
        action.supports = [key for key in action.supports if key not in priorities]
        action.related_outcomes = [
            link for link in action.related_outcomes if (link.scheme, link.key) not in outcomes
        ]
        action.delivers = [link for link in action.delivers if (link.scheme, link.key) not in outcomes]
    for indicator in extraction.indicators:
        indicator.measures = [key for key in indicator.measures if key not in priorities]
        indicator.measures_outcomes = [
            link for link in indicator.measures_outcomes if (link.scheme, link.key) not in outcomes
        ]
    extraction.place(outcome_lines, BELOW)
    return len(outcome_lines) + len(taken)
