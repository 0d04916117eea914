"""Items a minute takes one at a time, each named before a dash and what the meeting said of it:
"a)  Repeat incidents of domestic violence – It was suggested that the 2014/15 target of ‘not more than
28%’ was not particularly challenging …", "·  Achievement of the thresholds in English and Maths – The
Committee was advised that the target was set …", "Item 3 – Foster Care Recruitment - The Committee
recommended that …".

The item is the name; what follows the dash opens as a minute's sentence does ("It was …", "The
Committee …", "Members …", "One member …", "Agreed …"), which is the evidence that the name is what was
discussed. A reference before the name ("Item 3", "Page 97") is kept as its ref. Minutes discussing a
performance report discuss its measures, so the name is read as a measure where the text says it reports
performance, indicators or measures; a name saying it is a project or programme ("Londoneast-uk
Project") is read as an action; anywhere else the name is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.outlinelines import CODED_ITEM
from councilkg.loaders.model import Action, Extraction, Indicator
from councilkg.loaders.parsing.owners import HONORIFICS

RULE_MINUTE_ITEM = "item a minute names before what was said of it"
#: How a minute's sentence on an item opens.
_SAID = (
    r"(?:It\s+(?:was|had|were)|The\s+(?:Committee|Board|Panel|Cabinet(?:\s+Member)?|Chair(?:man)?|"
    r"Director|Corporate\s+Director|Head)|Members?|One\s+member|A\s+member|Agreed|Officers?|Noted)\b"
)
_MINUTE_ITEM = re.compile(
    r"^(?:(?P<ref>(?:Item|Page)\s+\d{1,3})\s*[–—-]\s+)?"
    rf"(?P<name>[A-Z‘“\"][^.;:!?–—]{{2,120}}?)\s+[–—-]\s+(?={_SAID})"
)
#: "… the priority projects and performance indicators agreed …", "key performance data", "a set of key
#: indicators": a report of measures is being discussed.
PERFORMANCE = re.compile(r"\bperformance\b|\bindicators\b|\bmeasures\s+of\s+success\b", re.IGNORECASE)
PERSON = re.compile(rf"^(?:{HONORIFICS})\b\.?")
_PROJECT = re.compile(r"\b(?:project|programme)\b", re.IGNORECASE)
MAX_NAME_WORDS = 14


def first_performance_line(lines: Sequence[str]) -> int | None:
    """Return the number (from 1) of the first of ``lines`` saying it reports performance, indicators or
    measures, or ``None`` when none does: the minutes' items below it are measures.

    Example:
        >>> first_performance_line(["Minutes", "Performance Management : children and families"])
        2
    """
    return next((number for number, line in enumerate(lines, start=1) if PERFORMANCE.search(line)), None)


def minute_item(text: str, performance_above: bool) -> tuple[str, str | None, str] | None:
    """Return (kind, ref, name) of the item a minute's line names before what was said of it, else
    ``None``; ``performance_above`` says whether a line above it reports performance (see
    :func:`first_performance_line`).

    Example:
        >>> minute_item("Item 3 – Foster Care Recruitment   - The Committee recommended that the "
        ...             "background be added.", True)
        ('indicator', 'Item 3', 'Foster Care Recruitment')
        >>> minute_item("Kate Goode – Is there a commitment from partners to the plan?", False) is None
        True
    """
    found = _MINUTE_ITEM.match(text.strip())
    if found is None:
        return None
    name = " ".join(found.group("name").split())
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or PERSON.match(name) or CODED_ITEM.match(name):
        # "Cllr Smith – The Committee …": who spoke; "OP414 percentage of children … – Agreed that …": a
        # scorecard's coded row, read by its code
        return None
    if _PROJECT.search(name):
        return "action", found.group("ref"), name
    if performance_above:
        return "indicator", found.group("ref"), name
    return None


def drop_lone_minute_item(extraction: Extraction) -> bool:
    """Drop the one item read as a minute's named item when no other item of the minute is so named
    (its line placed as a minute's point); return True when it was dropped.

    A minute taking a report's items one at a time names several ("Repeat incidents of domestic
    violence – It was suggested …", "Londoneast-uk Project – Members …"); one name before a dash among
    members' points ("Number of registered births in Bromsgrove – It was explained …") is a question
    raised, not the plan's measure.
    """
    items: list[Action | Indicator] = [*extraction.actions, *extraction.indicators]
    named = [item for item in items if item.reading is not None and item.reading.rule == RULE_MINUTE_ITEM]
    if len(named) != 1:
        return False
    lone = named[0]
    extraction.take_out(lambda item: item is lone, "minute's point", ("actions", "indicators"))
    return True
