"""Each rule's confidence as measured: its precision on plans the engine had not been developed on.

A rule module gives each item it reads a confidence set by hand. For the rules measured on enough
items where they first met unseen plans (``bench/firstcontact.py``: each released held-out set read
by the engine as it was before that set was released, matched with today's labels), that hand-set
figure is replaced, here and only here, by the measured one: the share of the rule's items a careful
reader listed, as (right + 1) / (read + 2), so a rule right every time it was measured is likely,
not certain, to be right. The figures live in one table, ``councilkg/data/rule_confidence.json``, written by
that benchmark; a rule not in it keeps its module's confidence. The engine applies the table once,
at the end of its run, so ``load`` and ``inspect`` give an item the same confidence.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from councilkg.loaders.model import Action, Extraction, Indicator, Priority, Reading, Risk

#: The table: ``{"rules": {rule: {"confidence": p, "matched": m, "read": n}, ...}, ...}``.
TABLE = Path(str(resources.files("councilkg.data").joinpath("rule_confidence.json")))


@functools.cache
def rule_confidence() -> dict[str, float]:
    """Return the measured confidence of each calibrated rule, by rule name (read once from :data:`TABLE`).

    Example:
        >>> 0.0 <= rule_confidence()["list item after a priorities lead-in"] <= 1.0
        True
    """
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    return {rule: float(figures["confidence"]) for rule, figures in data["rules"].items()}


def calibrated(reading: Reading | None, table: Mapping[str, float]) -> Reading | None:
    """Return ``reading`` with its rule's measured confidence, or as it is when the rule has none.

    Example:
        >>> calibrated(Reading("r", 0.9), {"r": 0.4}).confidence, calibrated(Reading("s", 0.9), {}).confidence
        (0.4, 0.9)
    """
    if reading is None or reading.rule not in table:
        return reading
    return dataclasses.replace(reading, confidence=table[reading.rule])


def calibrate(extraction: Extraction, table: Mapping[str, float] | None = None) -> None:
    """Give every item of ``extraction`` its rule's measured confidence (``table``, by default
    :func:`rule_confidence`), in place; items of rules not in the table keep theirs. Returns nothing."""
    table = rule_confidence() if table is None else table
    items: list[Priority | Action | Indicator | Risk] = [
        *extraction.priorities,
        *extraction.actions,
        *extraction.indicators,
        *extraction.risks,
    ]
    for item in items:
        item.reading = calibrated(item.reading, table)
    for index, outcome in enumerate(extraction.outcomes):
        reading = calibrated(outcome.reading, table)
        if reading is not outcome.reading:  # outcomes are frozen: replaced only when their reading changes
            extraction.outcomes[index] = dataclasses.replace(outcome, reading=reading)
