"""Risks a register words as registers do: "Failure to safeguard vulnerable children".

A strategic or service risk register names each risk by the failure it guards against ("Failure to
safeguard vulnerable children", "Failure to deliver zero carbon commitments"). Copied as text, a
register's rows lose the header that says which column holds the risk, its ratings and directions of
travel scattered on the lines between; the wording still says what each risk line is. A line that
opens with "Failure to" (after a list mark), in a document that talks of risks, is a risk: its
label runs on over the lines a narrow cell wrapped it onto ("Failure to support Nottingham citizens
and" / "communities in minimising the negative impact of" / "welfare changes"). A sentence of prose
("Failure to act now could put children at risk.") says what a failure would do, and is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.model import Extraction, Reading, Risk
from councilkg.text import clean_text

RULE_FAILURE_RISK = "line naming a failure, in a document of risks"

_FAILURE = re.compile(r"^(?:[•·▪●\-–*]\s*)?(failure\s+to\s+[a-z].*)$", re.IGNORECASE)
_RISK_WORDS = re.compile(r"\brisks?\b", re.IGNORECASE)
#: "Failure to do so could lead to …": what a failure would do, a sentence of prose.
_CONSEQUENCE = re.compile(r"\b(?:would|could|will|may|might|can|must|should|shall)\b", re.IGNORECASE)
#: A risk's title is short; a longer line is a paragraph that opens with the words.
MAX_RISK_WORDS = 40
#: A narrow cell wraps a title onto this many lines at most.
MAX_WRAPPED_LINES = 3


def read_failure_risks(lines: Sequence[str], extraction: Extraction, skip: Callable[[int], bool]) -> None:
    """Add to ``extraction`` a risk for each line of ``lines`` that opens with "Failure to", where the
    document talks of risks and no other reader read the line; returns nothing.

    ``skip`` says which line numbers another reader already read.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2014, 2015, 1), "generic")
        >>> read_failure_risks(["Red rated strategic risks (6)", "Failure to safeguard vulnerable "
        ...     "children", "16 At target", "Failure to reduce levels of crime and anti-social", "",
        ...     "behaviour (ASB)"], found, lambda n: False)
        >>> [(r.source_line, r.label) for r in found.risks]  # doctest: +NORMALIZE_WHITESPACE
        [(2, 'Failure to safeguard vulnerable children'),
         (4, 'Failure to reduce levels of crime and anti-social behaviour (ASB)')]
    """
    if not any(_RISK_WORDS.search(line) for line in lines):
        return
    for number, line in enumerate(lines, start=1):
        found = _FAILURE.match(clean_text(line))
        if skip(number) or found is None:
            continue
        label, wrapped = _run_on(found.group(1), lines, number, skip)
        if len(label.split()) > MAX_RISK_WORDS or _CONSEQUENCE.search(label):
            continue
        extraction.risks.append(
            Risk("", label.rstrip(" .;"), number, reading=Reading(RULE_FAILURE_RISK, 0.7))
        )
        extraction.place(wrapped, "risk, wrapped")


def _run_on(
    label: str, lines: Sequence[str], number: int, skip: Callable[[int], bool]
) -> tuple[str, list[int]]:
    """Return a risk's label with the lines its cell wrapped onto (each opening in lower case), and
    those lines' numbers."""
    wrapped: list[int] = []
    position = number
    while len(wrapped) < MAX_WRAPPED_LINES and not label.rstrip().endswith("."):
        position += 1
        while position <= len(lines) and not lines[position - 1].strip():
            position += 1
        if position > len(lines) or skip(position):
            break
        following = clean_text(lines[position - 1])
        if not following[:1].islower():
            break
        label, wrapped = f"{label} {following}", [*wrapped, position]
    return label, wrapped
