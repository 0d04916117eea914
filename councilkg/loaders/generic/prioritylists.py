"""Priorities a plan lists under the outcomes they serve: a profile's ``[[priority_lists]]`` rules.

A plan may print its priorities as a figure: each outcome a line ("**Being Healthy** – *Ensuring
health promotion …*") and its priorities the bulleted list right below it. A rule's ``match`` finds
the line and its group ``outcome`` names the outcome (an Every Child Matters outcome, or a concept of
the profile's frameworks, recorded the first time it is named); each item of the list is a priority
contributing to it, of the rule's ``section``. Without the group, the list's priorities serve no
outcome ("… our common aims of:").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkg.loaders.generic.profile import PriorityListRule
from councilkg.loaders.model import Extraction, OutcomeLink, Priority
from councilkg.loaders.parsing.cells import strip_bullet
from councilkg.text import clean_text, plain_line

#: What names the outcomes of a line: (text, line) -> outcomes.
OutcomesIn = Callable[[str, int], list[OutcomeLink]]


def read_priority_lists(
    rules: Sequence[PriorityListRule],
    lines: Sequence[str],
    extraction: Extraction,
    outcomes_in: OutcomesIn,
    new_key: Callable[[str], str],
) -> set[int]:
    """Add to ``extraction`` the priorities each rule's lists give, in the plan's order; returns the
    lines read (each list's line and its items), read as nothing else."""
    read: set[int] = set()
    for number, raw in enumerate(lines, start=1):
        if "\t" in raw or not (text := plain_line(raw)):
            continue
        for rule in rules:
            match = rule.match.search(text)
            if match is None:
                continue
            named = match.groupdict().get("outcome")
            outcomes = outcomes_in(clean_text(named), number) if named else []
            if named is not None and not outcomes:
                continue
            items = _list_below(lines, number)
            if not items:
                continue
            extraction.place(number, "priority list")
            for line, label in items:
                priority = Priority(new_key(label), label, line, contributes_to=list(outcomes))
                priority.section = rule.section
                extraction.priorities.append(priority)
                extraction.place(line, "priority (listed)")
            read |= {number, *(line for line, _ in items)}
            break
    return read


def _list_below(lines: Sequence[str], number: int) -> list[tuple[int, str]]:
    """Return ``(line, text)`` of the bulleted list right below line ``number`` (blank lines skipped)."""
    items: list[tuple[int, str]] = []
    for below in range(number + 1, len(lines) + 1):
        text = plain_line(lines[below - 1])
        if not text:
            continue
        marked, item = strip_bullet(text)
        if not marked or "\t" in lines[below - 1]:
            break
        items.append((below, clean_text(item)))
    return items
