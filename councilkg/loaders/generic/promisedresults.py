"""A list of commitments whose items say what every child will have: "… the key commitments that
Oldham partner agencies would make to children and young people such as –" / "• Every Oldham child will
be supported to have the best start in life." / "• Every Oldham child will be start school ready to
learn." …

An action lead-in ("commitments", "actions") makes its list's items actions. An item naming all or every
child, young person, family or pupil as its subject and what they will be or have is no task someone
does: it is the result the plan promises, what plans print as their priorities ("All families will have
a healthy start in life …", "All our schools will be good or better"). Such items read as actions are
read again as priorities; one led by a verb ("Ensure every child will …") or "We will" stays an action.
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.generic.outlinelines import RULE_LISTED_ACTION
from councilkg.loaders.model import Extraction, Reading

RULE_PROMISED_RESULT = "result promised to every child in a list of commitments"
#: "Every Oldham child will be …", "All children and young people in the borough will have …": the
#: subject, every or all of those the plan serves (up to four words naming where), then "will".
_PROMISED = re.compile(
    r"^(?:every|all(?:\s+of)?(?:\s+our)?)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:child|children|young\s+people|young\s+person|famil(?:y|ies)|pupils?|learners?)"
    r"(?:\s+(?:and|or)\s+(?:young\s+people|famil(?:y|ies)|carers))?(?:\s+(?:in|of|across)\s+[\w’' -]{1,30}?)?"
    r"\s+will\s+(?:be|have|get|feel|grow|enjoy|achieve|start|receive|live|reach|leave)\b",
    re.IGNORECASE,
)


def promised_result(label: str) -> bool:
    """Return whether ``label`` says what all or every child (young person, family, pupil) will be or have.

    Example:
        >>> promised_result("Every Oldham child will be supported to have the best start in life.")
        True
        >>> promised_result("Ensure every child will have a named worker"), promised_result("We will act")
        (False, False)
    """
    return _PROMISED.match(label) is not None


def read_promised_results(extraction: Extraction, new_key: KeyMaker) -> None:
    """Read again as priorities the actions of a listed action lead-in that state a result promised to
    every child; returns nothing."""
    kept = []
    for action in extraction.actions:
        reading = action.reading
        if reading is None or reading.rule != RULE_LISTED_ACTION or not promised_result(action.label):
            kept.append(action)
            continue
        promised = Reading(RULE_PROMISED_RESULT, reading.confidence, reading.page, reading.bbox)
        extraction.add_priority(
            new_key("priority", action.label), action.label, action.source_line, promised, action.ref
        )
    extraction.actions[:] = kept
