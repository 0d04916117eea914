"""Entries that each print their kind and how many there are: "The four key themes- Pride in the Bay".

A contents page (or a run of headings) may print before each item the kind and the count of the items
it is one of: "The four key themes- Pride in the Bay 13" / "The four key themes- Learning and skills
for the future 23" / "The four key themes- Stronger communities 38" / "The four key themes-The new
economy 47". The count is the evidence: the lines printing the same count and kind before their titles
are the items only when there are exactly that many of them. :func:`read_counted_prefixes` adds them
as priorities, where no item of the same label was read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.contents import without_page_number
from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.model import Extraction, Reading
from councilkg.loaders.parsing.runlists import COUNT_WORDS, count_value
from councilkg.text import clean_text

RULE_COUNTED_PREFIX = "entries printing their kind and count before each title"
#: "The four key themes- ", "Our 3 priorities: ": a count and a kind of item, then a dash or colon.
_PREFIXED = re.compile(
    rf"^\s*(?:the\s+|our\s+)?(?P<count>{COUNT_WORDS})\s+"
    r"(?P<kind>(?:key\s+|main\s+|strategic\s+|corporate\s+|overarching\s+)?"
    r"(?:themes|priorities|ambitions|objectives|aims|goals|pillars))"
    r"\s*[-–—:]\s*(?P<label>[A-Z].{2,150})$",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 15
MIN_COUNT = 2


def read_counted_prefixes(lines: Sequence[str], extraction: Extraction, new_key: KeyMaker) -> None:
    """Add to ``extraction`` the items of each run of lines printing one count and kind before their
    titles, when the lines are exactly as many as the count; returns nothing.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> read_counted_prefixes(["The two key themes- Pride in the Bay   13",
        ...     "The two key themes-The new economy   47"], found, lambda k, t: t)
        >>> [(p.label, p.source_line) for p in found.priorities]
        [('Pride in the Bay', 1), ('The new economy', 2)]
    """
    groups: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for number, line in enumerate(lines, start=1):
        found = _PREFIXED.match(line) if len(line) < 300 else None
        if found is None:
            continue
        label = clean_text(without_page_number(found.group("label").rstrip()))
        if not 1 <= len(label.split()) <= MAX_LABEL_WORDS:
            continue
        kind = " ".join(found.group("kind").casefold().split())
        groups.setdefault((count_value(found.group("count")), kind), []).append((number, label))
    read = {item.label.casefold() for item in extraction.priorities}
    read |= {outcome.label.casefold() for outcome in extraction.outcomes}
    for (count, _), entries in groups.items():
        labels = {label.casefold() for _, label in entries}
        if count < MIN_COUNT or len(entries) != count or len(labels) != count:
            continue
        for number, label in entries:
            if label.casefold() in read:
                continue
            extraction.add_priority(
                new_key("priority", label), label, number, Reading(RULE_COUNTED_PREFIX, 0.9)
            )
