"""Bullets under a priority's heading read as that priority's objectives, not what is done for it.

Under "Our priorities and objectives 2016-20", "Finances and resources" / "• Maintain a low council
tax" is an objective of the priority it is printed under; under "Our Four Ambitions", "A Thriving and
Prosperous Economy" / "• Create strong conditions for growth …" is a priority serving the ambition.
Either way the bullet is a priority contributing to its heading (:func:`objectives_rule` says which
rule reads it so, :func:`objective_of` makes it).
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlinelines import (
    LIST_KIND_WORDS,
    RULE_HEADING_ABOVE_LIST,
    RULE_HEADING_IN_LIST,
)
from councilkg.loaders.model import Priority, Reading

RULE_OBJECTIVE = "list item under a priority, a heading naming them objectives"
RULE_AIM_PART = "list item under one of the aims a lead-in names"
#: "Our priorities and objectives 2016-20", "Our Vision Our Objectives": a heading saying the plan's
#: priorities are each set out as objectives (the bullets under each priority's heading).
OBJECTIVES_HEADING = re.compile(
    r"^(?=(?-i:[A-Z]))(?:[\w’'-]+\s+){0,5}?objectives\b(?:\s+[\w/-]+){0,2}$", re.IGNORECASE
)
#: The kinds above a plan's priorities: a lead-in naming one of them last names its headings so.
_AIM_KINDS = frozenset({"ambitions", "aims", "outcomes", "outcome statements", "goals"})
CONFIDENCE = 0.6
#: The rules reading a heading over its own list after a lead-in naming what the headings are.
_HEADINGS_LED_IN = frozenset({RULE_HEADING_IN_LIST, RULE_HEADING_ABOVE_LIST})


def names_aims(lead_in: str) -> bool:
    """True when the last kind ``lead_in`` names is one above a plan's priorities (ambitions, aims,
    outcomes, goals): the headings it leads in are aims, the bullets under each its priorities.

    Example:
        >>> names_aims("Our Four Ambitions"), names_aims("Our key aims for 2020-2024 are:")
        (True, True)
        >>> names_aims("Our proposed Ambitions and Priorities are:"), names_aims("Our priorities")
        (False, False)
    """
    named = LIST_KIND_WORDS.findall(lead_in)
    return bool(named) and " ".join(named[-1].casefold().split()) in _AIM_KINDS


def objectives_rule(priority: Priority, objectives_line: int | None, lead_in: str) -> str | None:
    """Return the rule reading the bullets under ``priority`` as its objectives, or ``None`` (they are
    what is done for it): a heading naming the plan's objectives stands above it (at
    ``objectives_line``), or it is one of the headings ``lead_in`` named as aims."""
    if objectives_line is not None and objectives_line <= priority.source_line:
        return RULE_OBJECTIVE
    heading = priority.reading is not None and priority.reading.rule in _HEADINGS_LED_IN
    return RULE_AIM_PART if heading and names_aims(lead_in) else None


def objective_of(parent: Priority, key: str, label: str, line: int, ref: str | None, rule: str) -> Priority:
    """Return the priority a bullet under ``parent`` names as one of its objectives: contributing to
    ``parent`` and to what it contributes to, read by ``rule``."""
    return Priority(
        key=key,
        label=label,
        source_line=line,
        ref=ref,
        parent=parent.key,
        contributes_to=list(parent.contributes_to),
        reading=Reading(rule, CONFIDENCE),
    )
