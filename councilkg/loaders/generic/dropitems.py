"""Taking items out of an extraction with the links the items kept make to them.

An item the engine decides against after reading (one under a profile's ``min_confidence``, one the
text cut off at its end) leaves no trace: the items kept stop naming it as their parent, the
priority they support or the outcome they serve, and its line is placed as why it was taken out, so
the coverage report and ``inspect`` still account for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from councilkg.loaders.model import Action, Extraction, Indicator, Outcome, Priority, Risk

Item = Priority | Action | Indicator | Risk | Outcome


def drop_items(extraction: Extraction, test: Callable[[Item], bool], why: str) -> list[int]:
    """Take out of ``extraction`` every item ``test`` picks (outcomes too), and the links the items
    kept make to them, placing their lines as ``why``; returns those lines."""
    priorities = {item.key for item in extraction.priorities if test(item)}
    outcomes = {(o.scheme, o.key) for o in extraction.outcomes if test(o)}
    outcome_lines = [o.source_line for o in extraction.outcomes if test(o)]
    taken = extraction.take_out(test, why)
    kept = [o for o in extraction.outcomes if not test(o)]
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
    extraction.place(outcome_lines, why)
    return taken + outcome_lines
