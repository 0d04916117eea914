"""The outline reader's use of the headings a file's format marks
(:mod:`~councilkg.loaders.generic.markedheadings`).

:class:`OutlineMarked` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`). At a line the format marks as a
heading, the list in force ends and no item read before goes on into it; a heading one level below a
heading naming a kind is read as an item of that kind, in force for the lines under it until a
heading of its level or higher; other marked headings are read by the text's rules. Plain text marks
no heading, and is read as if this base were not there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from councilkg.loaders.generic.markedheadings import (
    MARKED_CONFIDENCE,
    RULE_MARKED_ACTION,
    RULE_MARKED_HEADING,
    MarkedItem,
    heading_levels,
    marked_items,
    names_a_kind,
)
from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.generic.outlinenumbered import OutlineNumbered
from councilkg.loaders.model import Extraction, Outcome, Priority


class OutlineMarked(OutlineNumbered):
    """The outline reader's handling of the lines a format marks as headings."""

    def __init__(self, extraction: Extraction, new_key: KeyMaker) -> None:
        super().__init__(extraction, new_key)
        self.marked_levels: dict[int, int] = {}  # the marked headings' levels by line (none for plain text)
        self.marked: dict[int, MarkedItem] = {}  # the items the marked headings state, by line
        self.marked_naming: set[int] = set()  # the headings naming the kind of the items under them
        self.marked_read: dict[int, Priority | Outcome] = {}  # the item read at each marked heading
        self.marked_open: list[tuple[int, Priority | Outcome]] = []  # (level, item) of the headings open

    def _mark_headings(self, lines: Sequence[str], headings: Mapping[int, int] | None) -> None:
        """Take the headings the format marks (level by line) for the pass over ``lines``; returns nothing."""
        self.marked_levels = heading_levels(lines, headings)
        if not self.marked_levels:
            return
        self.marked = marked_items(lines, self.marked_levels)
        ordered = sorted(self.marked_levels)
        self.marked_naming = {
            line
            for line, below in pairwise(ordered)
            if below in self.marked and self.marked_levels[below] > self.marked_levels[line]
        }

    def _marked_heading(self, number: int, text: str) -> bool:
        """Start a marked heading's part of the plan: the list and the items above it in force end at
        it; read it as an item if a heading above names its kind. Returns whether the line is read
        (else the text's rules read it, and :meth:`_after_marked` follows)."""
        level = self.marked_levels.get(number)
        if level is None:
            return False
        self._close_marked(level)
        self.pending, self.list_kind, self.describing = None, None, False
        if (kind := names_a_kind(text)) is not None:
            if number in self.marked_naming:
                self.extraction.place(number, "heading naming its items' kind")
            else:  # "Our Priorities" over a list: the list's lead-in, ending at the next heading
                self.list_kind, self.marked_list, self.list_left = f"{kind}-list", False, None
                self.extraction.place(number, "priorities lead-in")
            return True
        item = self.marked.get(number)
        if item is None:
            return False
        parent = self.marked_read.get(item.parent) if item.parent is not None else None
        read: Priority | Outcome | None
        if item.kind == "outcome":
            self._outcome(number, item.label, item.ref, RULE_MARKED_HEADING)
            read = self.outcome
        else:
            if isinstance(parent, Outcome):
                self.outcome = parent  # a priority heading under an outcome heading serves it
            read = self._priority(number, item.label, item.ref, RULE_MARKED_HEADING, MARKED_CONFIDENCE)
            if isinstance(parent, Priority) and read is not parent and read.parent is None:
                read.parent = parent.key  # a priority heading under a priority heading is its part
        self.pending, self.list_kind = None, None
        if read is not None:
            self.marked_read[number] = read
            self.marked_open.append((level, read))
        return True

    def _after_marked(self, number: int) -> None:
        """After the text's rules read a marked heading: an item they read there is in force until a
        heading of its level or higher, and the heading goes on into no line below but a heading's
        own next line. Returns nothing."""
        level = self.marked_levels.get(number)
        if level is None:
            return
        read: Priority | Outcome | None = None
        actions = [action for action in self.extraction.actions if action.source_line == number]
        if len(actions) == 1 and self.extraction.actions[-1] is actions[0]:
            # "We will improve the Health, Well-being and Social Care of the people in Salford" as a
            # heading: what the part under it serves, not one thing done
            self.extraction.actions.pop()
            read = self._priority(number, actions[0].label, actions[0].ref, RULE_MARKED_ACTION, 0.6)
            self.list_kind = None
        elif self.extraction.priorities and self.extraction.priorities[-1].source_line == number:
            read = self.extraction.priorities[-1]
        elif self.extraction.outcomes and self.extraction.outcomes[-1].source_line == number:
            read = self.extraction.outcomes[-1]
        if read is not None:
            above = next((item for _, item in reversed(self.marked_open) if isinstance(item, Priority)), None)
            if isinstance(read, Priority) and above is not None and above is not read and read.parent is None:
                read.parent = above.key  # a priority heading under a priority heading is its part
            self.marked_read[number] = read
            self.marked_open.append((level, read))
        if self.marked_levels.get(number + 1) != level:
            self.pending = None

    def _close_marked(self, level: int) -> None:
        """End the items read at marked headings of ``level`` or deeper; the one above them, if any,
        is in force again. Returns nothing."""
        closed: list[Priority | Outcome] = []
        while self.marked_open and self.marked_open[-1][0] >= level:
            closed.append(self.marked_open.pop()[1])
        open_items = [item for _, item in self.marked_open]
        if any(item is self.priority for item in closed):
            self.priority = next((item for item in reversed(open_items) if isinstance(item, Priority)), None)
        if any(item is self.outcome for item in closed):
            self.outcome = next((item for item in reversed(open_items) if isinstance(item, Outcome)), None)
