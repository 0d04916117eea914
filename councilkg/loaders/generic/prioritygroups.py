"""Priorities listed in groups under a heading: each priority detailed elsewhere takes its group as its
description (a section rule's ``priority_groups``).

A plan may open with a table of its priorities by whom they serve ("For children and young people,
their families, parents/carers | To ensure … To embed … To focus …", "For ourselves | To create …"),
the priorities run together in one cell, and detail each priority later under its own heading. The
rows right under such a heading (to the first line of text that is no table row) name a group in
their first cell (continued on the next row when it ends mid-phrase) and its priorities in the
second, each a match of the rule's pattern. When the plan is read, each priority takes as its
description the group of the listed priority most like it (by words shared, at least 70% of the
words of both), each listed priority describing one; a listed priority like none is warned about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.tables import split_row
from councilkg.loaders.generic.profile import SectionRule
from councilkg.loaders.model import Extraction
from councilkg.text import clean_text, ends_mid_phrase, plain_line

#: The share of their words a listed and a detailed priority must have in common to be one.
ALIKE = 0.7


@dataclass(frozen=True)
class Listed:
    """A priority listed in a group: its label, the line listing it and the group."""

    label: str
    line: int
    group: str


def listed_priorities(
    rules: Sequence[SectionRule], lines: Sequence[str]
) -> tuple[list[Listed], dict[int, str]]:
    """Return the priorities listed under the headings of ``rules`` with ``priority_groups``, in
    order, and the lines of their rows (1-based) with what they are placed as."""
    listed: list[Listed] = []
    placed: dict[int, str] = {}
    for number, raw in enumerate(lines, start=1):
        text = plain_line(raw) if "\t" not in raw else ""
        rule = next((rule for rule in rules if text and rule.pattern.search(text)), None)
        if rule is None or rule.priority_groups is None:
            continue
        group = ""
        for below in range(number + 1, len(lines) + 1):
            row_text = lines[below - 1]
            if "\t" not in row_text:
                if plain_line(row_text):
                    break
                continue
            row = split_row(row_text, below)
            head = clean_text(row.cell(0))
            if head:
                group = f"{group} {head}" if group and ends_mid_phrase(group) else head
            placed[below] = "priority list"
            for match in rule.priority_groups.finditer(clean_text(row.cell(1))):
                label = clean_text(match.group(0)).rstrip(".")
                if label:
                    listed.append(Listed(label, below, group))
    return listed, placed


def describe_priorities(extraction: Extraction, listed: Sequence[Listed]) -> None:
    """Give each priority without a description the group of the listed priority most like it
    (each listed priority describes at most one, the first listing of a label only); a listed
    priority like none is warned about; returns nothing."""
    first: dict[str, Listed] = {}
    for item in listed:
        first.setdefault(item.label.casefold(), item)
    left = list(first.values())
    for priority in extraction.priorities:
        words = _words(priority.label)
        scored = [(_alike(words, _words(item.label)), item) for item in left]
        best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best[1] is not None and best[0] >= ALIKE:
            left.remove(best[1])
            if priority.description is None:
                priority.description = best[1].group
    for item in left:
        extraction.warn(item.line, f"listed priority {item.label!r} is detailed nowhere")


def _alike(words: set[str], others: set[str]) -> float:
    return len(words & others) / max(1, len(words | others))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))
