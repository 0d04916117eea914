"""A heading in a plan's section of measures, over bullets that open with what a measure counts: the
priority the measures under it are grouped by.

"Council Plan measures" / "Overarching measures" leads in a list of measures; the list ends at the
next unmarked line, "Resilient, healthy and safe communities", but the section has not: the bullets
under that heading ("Number of people achieving a 4 week Quit", "Percentage of successful
completions …") are its measures too, the heading the priority they measure. Two things a plan says
are needed: the last lead-in read names measures (no list of another kind was led in since), and the
first bullet under the heading opens with a count or a share. A heading over bullets of actions, or
one in a section of actions, is left to the other readings.
"""

from __future__ import annotations

from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.runlists import opens_with_measure

RULE_HEADING_OVER_MEASURES = "heading over measures in a measures section"

#: How an earlier line was placed when it led a list in, and which of them lead in measures.
_LEAD_IN = " lead-in"
_MEASURES_LEAD_INS = frozenset({"measures lead-in", "indicator lead-in"})


def in_measures_section(extraction: Extraction, number: int) -> bool:
    """Return whether the last lead-in read before line ``number`` led in measures, and measures were
    read after it: the section of measures goes on."""
    lead_ins = [line for line, what in extraction.placed.items() if line < number and what.endswith(_LEAD_IN)]
    if not lead_ins:
        return False
    last = max(lead_ins)
    if extraction.placed[last] not in _MEASURES_LEAD_INS:
        return False
    return any(last < indicator.source_line < number for indicator in extraction.indicators)


def heads_measures(extraction: Extraction, number: int, first_bullet: str) -> bool:
    """Return whether the heading on line ``number`` groups the measures listed under it: it stands in
    a section of measures (:func:`in_measures_section`) and the first bullet under it, ``first_bullet``
    (its mark taken off), opens with what a measure counts ("Number of people achieving a 4 week
    Quit", not "Deliver the early help strategy")."""
    return opens_with_measure(first_bullet) and in_measures_section(extraction, number)
