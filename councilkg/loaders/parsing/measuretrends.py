"""Measures minutes report as having moved, in reported speech: "The number of children missing from
care for over 24 hours had increased.", "The percentage of re-referrals to children’s social care was
stable.", "The number of custody offences had fallen by half from the previous year.", "The Chairman
asked why the number of adult learners had dropped by 28%.", "… whether the 9% increase in the number of
children subject to a child protection plan was an indication …".

What a measure counts ("the number of", "the percentage of", "the proportion of", "the rate of") and a
past perfect verb of movement ("had increased", "had slightly increased", "had fallen") or "was stable"
name one measure: a meeting reporting how a measure has moved. A plan's own narrative says "has
increased" ("The number of children in care has increased by 20% since 2010"), which is not read.
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.measurewords import COUNTED_OF

_MOVED = (
    r"had\s+(?:\w+ly\s+)?(?:increased|decreased|risen|fallen|dropped|improved|reduced|declined|"
    r"deteriorated|gone\s+(?:up|down))|(?:was|were|had\s+been|remained)\s+(?:stable|static)"
)
_TREND = re.compile(
    rf"\b(?P<label>{COUNTED_OF}[^.;:,()]{{3,120}}?)"
    rf"\s+(?:{_MOVED})\b",
    re.IGNORECASE,
)
#: "The performance indicator for sickness rates had improved from a red to an amber risk", "The Debtor
#: Days performance indicator had moved": one measure named as such, said to have moved or been rated.
_NAMED_INDICATOR = re.compile(
    r"\bperformance indicator for\s+(?P<label>[^.;:,()]{3,120}?)\s+(?:had|has|was|remained)\b"
    r"|\b(?-i:The)\s+(?P<name>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4})\s+performance indicator\s+"
    r"(?:had|has|was|remained)\b",
    re.IGNORECASE,
)
#: "… asked whether the 9% increase in the number of children subject to a child protection plan was an
#: indication …": a movement named as a noun, then reported on in the past tense.
_MOVEMENT_IN = re.compile(
    rf"\b(?:\d+(?:\.\d+)?%\s+)?(?:increase|decrease|rise|fall|reduction|drop)\s+in\s+"
    rf"(?P<label>{COUNTED_OF}[^.;:,()]{{3,120}}?)\s+(?:was|were|had)\b",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 20


def measures_said_to_move(text: str) -> list[str]:
    """Return the measures ``text`` reports as having moved ("… had increased", "… was stable"), in order.

    Example:
        >>> measures_said_to_move("The percentage of re-referrals to children’s social care was stable. "
        ...                       "Officers attributed positive performance to the model.")
        ['The percentage of re-referrals to children’s social care']
        >>> measures_said_to_move("The number of children in care has increased by 20% since 2010.")
        []
        >>> measures_said_to_move("The performance indicator for sickness rates had improved.")
        ['sickness rates']
        >>> measures_said_to_move("He asked whether the 9% increase in the number of children subject to a "
        ...                       "child protection plan was an indication of an upward trend.")
        ['the number of children subject to a child protection plan']
    """
    labels = []
    said = [*_TREND.finditer(text), *_NAMED_INDICATOR.finditer(text), *_MOVEMENT_IN.finditer(text)]
    for match in sorted(said, key=lambda found: found.start()):
        label = " ".join(re.sub(r"[\"“”]", "", match.group("label") or match.group("name")).split())
        if len(label.split()) <= MAX_LABEL_WORDS and label not in labels:
            labels.append(label)
    return labels
