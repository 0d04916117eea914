"""Items a plan's text runs together, read in the outline: labelled items on one line ("Priority 4: …
Priority 5: …"), numbered lists on one line or glued to the words before them, counted lists run
into a sentence, and titles a sentence names after their kind.

:class:`OutlineRuns` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`); the runs are found by
:mod:`~councilkg.loaders.parsing.runlists` and :func:`~councilkg.loaders.generic.outlinelines.labelled_run`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.generic.contents import without_page_number
from councilkg.loaders.generic.contentsruns import without_pages
from councilkg.loaders.generic.contentsthemes import is_plan_matter
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.namedlists import RULE_NAMED_LIST, named_list
from councilkg.loaders.generic.outlinecontents import OutlineContents
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    BARE_INLINE_NUMBERS,
    CHILDREN_TO,
    INLINE_NUMBERS,
    KIND_OF_WORD,
    OUTCOME_WORDS,
    RULE_COUNTED_LINES,
    RULE_COUNTED_LIST,
    RULE_INLINE_LIST,
    RULE_LABELLED_RUN,
    RULE_LISTED_ACTION,
    RULE_NAMED_IN_SENTENCE,
    RULE_RUN_LIST,
    RULE_VALUE_ROW,
    WE_WILL,
)
from councilkg.loaders.generic.runonlists import RULE_RUN_ON_LIST, RUN_GLYPHS, lead_in_run
from councilkg.loaders.generic.wrappedsentences import WrappedSentence, wrapped_items, wrapped_sentence
from councilkg.loaders.model import MeasureType, Observation, Reading, Risk
from councilkg.loaders.parsing.countedof import counted_of
from councilkg.loaders.parsing.countedprose import counted_after, counted_before
from councilkg.loaders.parsing.measuredlists import RULE_MEASURED_LIST, measured_list
from councilkg.loaders.parsing.midruns import midline_run
from councilkg.loaders.parsing.namedpairs import RULE_NAMED_PAIR, named_pair
from councilkg.loaders.parsing.ordinals import RULE_ORDINAL_ITEM, ordinal_items
from councilkg.loaders.parsing.runlists import RunItem, counted_run, is_measure_label
from councilkg.loaders.parsing.valuerows import ValueRow
from councilkg.loaders.parsing.values import written_value
from councilkg.text import clean_text

#: A sentence ending before the line does, and another starting after it.
MID_LINE_SENTENCE = re.compile(r"[.!?][\"”’')]?\s+[A-Z“\"‘']")

#: "Control: Budget setting process …": a field's name before its text, as a register prints a record.
FIELD_NAME = re.compile(r"^([A-Z][a-z]+(?: [a-z]+)?):\s")


def same_field(items: Sequence[RunItem]) -> bool:
    """True when every item of a run opens with the same field's name ("1. Control: … Assurance: …
    2. Control: …"): the numbered records of a register (a risk's controls), not a list of items."""
    names = {found.group(1) if (found := FIELD_NAME.match(item.label)) else None for item in items}
    return len(items) > 1 and len(names) == 1 and None not in names


#: "Council Values We will: • Be open, honest …": a heading naming values or principles glued to the
#: lead-in; what follows is how the council behaves, not what it will do for the plan.
VALUES_LEAD_IN = re.compile(
    r"\b(?:values|principles|behaviours)\s*[:–-]?\s*we\s+will\s*:?\s*$", re.IGNORECASE
)


class OutlineRuns(OutlineContents):
    """The outline reader's handling of items run together on a line or into a sentence."""

    def _labelled_run(self, number: int, run: list[tuple[str, str, str]]) -> None:
        """Read "Priority 4: … Priority 5: …" run together on one line: items of one list, none in force."""
        for word, ref, label in run:
            if OUTCOME_WORDS.search(word):
                self._outcome(number, label, ref, RULE_LABELLED_RUN, listed=True)
            else:
                self._priority(number, label, ref, RULE_LABELLED_RUN, 0.8)
        self.priority, self.outcome, self.list_kind, self.pending = None, None, None, None

    def _inline_list(self, number: int, text: str) -> bool:
        """Read "1. Children Looked After 2. Care Leavers 3. …" printed on one line as list items."""
        marks = list(INLINE_NUMBERS.finditer(text))
        if not marks and self.previous == self.lead_in and self.list_kind not in {None, "other"}:
            marks = list(BARE_INLINE_NUMBERS.finditer(text))  # right after "… four strategic priorities:"
        if (
            len(marks) < 3
            or marks[0].start() > 1
            or [int(m.group(1)) for m in marks]
            != list(range(int(marks[0].group(1)), int(marks[0].group(1)) + len(marks)))
        ):
            return False
        ends = [mark.start() for mark in marks[1:]] + [len(text)]
        labels = [clean_text(text[mark.end() : end]) for mark, end in zip(marks, ends, strict=True)]
        # "1. Foreword … 4 2. Achievements in 2011 6 …": a contents page run onto the line, each entry
        # with its page; its front and back matter are chapters, not items
        contents = all(without_page_number(label) != label for label in labels)
        for mark, label in zip(marks, labels, strict=True):
            if contents and is_plan_matter(label := without_page_number(label)):
                continue
            if self.list_kind in {"action", "indicator"}:
                self._list_item(number, label, mark.group(1), RULE_LISTED_ACTION)
            else:
                self._priority(number, label, mark.group(1), RULE_INLINE_LIST, 0.5)
        self.pending = None
        return True

    def _run(self, items: Sequence[RunItem], kind: str | None = None) -> None:
        """Read a numbered list run together (its numbers glued to the words before them, or run into
        a paragraph after a lead-in naming ``kind``)."""
        records = kind is None and same_field(items)
        for line in range(items[0].line, items[-1].line + 1):
            self.extraction.place(line, "a register's records" if records else "numbered list run together")
        if records:
            self.pending = None
            return
        if kind is None and sum(is_measure_label(item.label) for item in items) * 2 >= len(items):
            kind = "indicator"
        for item in items:
            label = item.label.rstrip(".")
            if kind is None and self.list_kind in {"action", "indicator", "risk"}:
                self._list_item(item.line, label, item.ref, RULE_RUN_LIST)
            elif kind == "indicator":
                self._indicator(item.line, label, item.ref, RULE_RUN_LIST, 0.5)
            elif kind == "action":
                self._action(item.line, label, item.ref, RULE_RUN_LIST, 0.5)
            elif kind == "outcome":
                self._outcome(item.line, label, item.ref, RULE_RUN_LIST, listed=True)
            else:
                self._priority(item.line, label, item.ref, RULE_RUN_LIST, 0.5)
        self.pending = None

    def _counted(self, number: int, text: str) -> bool:
        """Read "five priority areas, which were: To work … To improve …" run into a sentence, the
        sentence joined up when it wraps on over the lines below (what the line alone holds of a list
        running on past it is only its start)."""
        wrapped = wrapped_sentence(self.raw_lines, number, self.read_elsewhere, text)
        if wrapped is not None:
            return self._wrapped_list(number, wrapped)
        for rule, read in self._list_readers(number):
            if (found := read(text)) is not None:
                items = [RunItem(number, None, label) for label in found[1]]
                self._counted_items(number, found[0], items, rule)
                return True
        return False

    def _counted_mid_line(self, number: int, text: str) -> bool:
        """Read a counted or named list from a sentence that starts mid-line on a line the item above
        would take as its wrapped end ("… value for our residents by 2022. There are a total of 15" /
        "priorities under three strategic goals of …"); returns whether there was one."""
        mid_line = MID_LINE_SENTENCE.search(text)
        wrapped = wrapped_sentence(self.raw_lines, number, self.read_elsewhere, text) if mid_line else None
        if mid_line is None or wrapped is None:
            return False
        # the lines below would go on the item: a list the new sentence holds is read here, whichever
        # line it starts on
        return self._wrapped_list(number, wrapped.from_offset(mid_line.end() - 1), defer=False)

    def _wrapped_list(self, number: int, wrapped: WrappedSentence, defer: bool = True) -> bool:
        """Read a counted or named list from the ``wrapped`` sentence starting on line ``number`` (one
        starting on a line below is left to that line, when ``defer``); returns whether there was one."""
        for rule, read in self._list_readers(number):
            if (found := wrapped_items(wrapped, read, defer)) is not None:
                self._counted_items(number, *found, rule)
                return True
        return False

    def _list_readers(self, number: int) -> list[tuple[str, Callable[[str], tuple[str, list[str]] | None]]]:
        """Return the rules that read a list a sentence counts or names, in turn, each with its reader."""
        before = self._line_before(number)
        return [
            (
                RULE_COUNTED_LIST,
                lambda said: (
                    counted_run(said)
                    or counted_after(said, before)
                    or counted_of(said)
                    or counted_before(said)
                ),
            ),
            # "Key priorities within the plan … included A, B, C and D.", "… their priorities." / "They
            # include A and B."
            (RULE_NAMED_LIST, lambda said: named_list(said, before)),
            (RULE_ORDINAL_ITEM, lambda said: ordinal_items(said, before)),  # "The fifth priority is …"
            (RULE_NAMED_PAIR, named_pair),  # "… agreed the priorities to reduce … and to improve …"
            (RULE_MEASURED_LIST, measured_list),  # "We'll check this by measuring A; B; …, and C."
        ]

    def _counted_items(self, number: int, word: str, items: Sequence[RunItem], rule: str) -> None:
        """Add the items a sentence counts or names after their kind ``word``, each on its own line."""
        kind = KIND_OF_WORD.get(word, "priority")
        for item in items:
            if kind == "action":
                self._action(item.line, item.label, None, rule, 0.5)
            elif kind == "outcome":
                self._outcome(item.line, item.label, None, rule, listed=True)
            elif kind == "risk":
                self.extraction.risks.append(Risk("", item.label, item.line, reading=Reading(rule, 0.5)))
            elif kind == "indicator":
                self._indicator(item.line, item.label, None, rule, 0.5)
            else:
                self._priority(item.line, item.label, None, rule, 0.5)
        # items a sentence names head no numbered paragraph after it ("2.4 During the period for comment,
        # work will be undertaken …" is the report's, not an action for the last of them)
        self.priority = self.outcome = self.pending = None
        if items[-1].line > items[0].line or items[0].line > number:
            # the lines the sentence wrapped over are read: none goes on the last item as its wrapped end
            self.extraction.place(range(number + 1, items[-1].line + 1), "sentence wrapped over lines")
            self.read_through = items[-1].line

    def _counted_lines(
        self, number: int, word: str, items: Sequence[RunItem], rule: str = RULE_COUNTED_LINES
    ) -> None:
        """Read the lines a lead-in at ``number`` counts ("… five main priorities:") as its items, or
        the lines another ``rule`` read after it."""
        kind = KIND_OF_WORD.get(word, "priority")
        self.extraction.place(number, f"{kind} lead-in")
        self.priority = self.outcome = None
        for item in items:
            if self.read_elsewhere(item.line):
                continue  # "Priority 1:  Building the right homes …": a heading another rule read
            if kind == "action":
                self._action(item.line, item.label, item.ref, rule, 0.6)
            elif kind == "outcome":
                self._outcome(item.line, item.label, item.ref, rule, listed=True)
            else:
                self._priority(item.line, item.label, item.ref, rule, 0.6)
        self.list_kind, self.pending = None, None
        if rule != RULE_COUNTED_LINES:  # the paragraphs under the last title are what was said of it
            self.priority = self.outcome = None

    def _run_wrapped(self, number: int, text: str) -> tuple[int, list[str]] | None:
        """Return the line number and the parts of the line a run of items marked by a glyph wraps onto
        (the next line with text, starting in lower case and holding the run's glyph), else ``None``."""
        below = next(
            (
                at
                for at in range(number + 1, min(number + 3, len(self.raw_lines) + 1))
                if self.raw_lines[at - 1].strip()
            ),
            None,
        )
        if below is None:
            return None
        line = clean_text(self.raw_lines[below - 1])
        glyph = next((mark for mark in RUN_GLYPHS if f" {mark} " in text and f" {mark} " in line), None)
        if glyph is None or not line[:1].islower():
            return None
        return below, [part.strip() for part in line.split(f" {glyph} ")]

    def _run_on_list(self, number: int, text: str, marked: bool = False) -> bool:
        """Read "… for all children and young people to: – feel safe … – have …" when the lead-in names
        the items' kind; False (nothing read) when it does not, or when the line is a counted list run
        into a sentence (its last item ends where the sentence does: read as counted). A part saying
        "We will …" is a commitment, whatever the lead-in calls the list. The lead-in may start mid-line
        (":func:`~councilkg.loaders.parsing.midruns.midline_run`), on a ``marked`` list item's line too."""
        if counted_run(text) is not None:
            return False
        run_on = midline_run(text) if marked else (lead_in_run(text) or midline_run(text))
        kind = lead_in_kind(run_on[0]) if run_on else None
        if run_on and kind is None and CHILDREN_TO.search(run_on[0]):
            kind = "outcome"  # "We want Coventry children and young people to: have supportive families; …"
        if run_on and kind is None and all(WE_WILL.match(part) for part in run_on[1]):
            kind = "action"  # "Local Area commitment:We will clarify … ● We will improve …": commitments
        if (
            run_on
            and kind is None
            and ACTION_LEAD_IN.match(run_on[0])
            and not VALUES_LEAD_IN.search(run_on[0])
        ):
            kind = "action"  # "… and therefore we will: • Provide … • Ensure …": what a council commits to
        if run_on is None or kind is None:
            return False
        parts = without_pages(run_on[1])
        if (wrapped := self._run_wrapped(number, text)) is not None:
            # "… § Building services around residents and" / "their needs § Increase in …": the run's
            # line wrapped, its last item going on and more items after it
            parts[-1] = f"{parts[-1]} {wrapped[1][0]}"
            parts += wrapped[1][1:]
            self.extraction.place(wrapped[0], f"{kind} lead-in continued")
            self.read_through = max(self.read_through, wrapped[0])
        self.extraction.place(number, f"{kind} lead-in")
        self.priority = self.outcome = None
        for part in parts:
            label = part.rstrip(".")
            if kind == "action" or WE_WILL.match(label):
                self._action(number, label, None, RULE_RUN_ON_LIST, 0.5)
            elif kind == "indicator":
                self._indicator(number, label, None, RULE_RUN_ON_LIST, 0.5)
            elif kind == "outcome":
                self._outcome(number, label, None, RULE_RUN_ON_LIST, listed=True)
            elif kind == "priority":
                self._priority(number, label, None, RULE_RUN_ON_LIST, 0.5)
        self.priority = self.outcome = None
        self.list_kind, self.pending = None, None
        return True

    def _value_row(self, row: ValueRow, rows: dict[int, ValueRow]) -> None:
        """Read a measure printed down the page: its name, then its value (the latest outturn), then its
        status or direction of travel, unless that line is the next measure's name."""
        self._indicator(row.line, clean_text(self.raw_lines[row.line - 1]), None, RULE_VALUE_ROW, 0.6)
        indicator = self.extraction.indicators[-1]
        written = written_value(row.value)
        indicator.observations.append(
            Observation(
                MeasureType.OUTTURN, row.value, row.value_line, written.period, written.value, written.unit
            )
        )
        self.extraction.place(row.value_line, "indicator value")
        if row.status_line is not None and row.status_line not in rows:
            indicator.status = row.status
            self.extraction.place(row.status_line, "indicator status")
        self.pending, self.list_kind = None, None

    def _named_in_sentence(self, number: int, word: str, labels: list[str]) -> None:
        """Add the items a sentence names after their kind ("themes of A; B; and C")."""
        kind = KIND_OF_WORD.get(word, "priority")
        for label in labels:
            if kind == "outcome":
                self._outcome(number, label, None, RULE_NAMED_IN_SENTENCE, listed=True)
            else:
                self._priority(number, label, None, RULE_NAMED_IN_SENTENCE, 0.5)
        self.pending = None
