"""Lines of a plan's outline led by a reference: numbered paragraphs ("2.1 Improve …", "(1) …"),
read as a priority heading, the next item of the list in force, a lead-in or a committee report's
prose, and rows led by a reference code ("CRR0004 Simultaneous emergency response 25 15").

:class:`OutlineNumbered` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`).
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.numbersiblings import is_later_sibling, next_number
from councilkg.loaders.generic.outlineheadings import OutlineHeadings
from councilkg.loaders.generic.outlineitems import Pending
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    CELL_GAP,
    CODED_MEASURE,
    MAX_HEADING_WORDS,
    MAX_ITEM_WORDS,
    NOT_A_PRIORITY,
    RULE_CODED_MEASURE,
    RULE_CODED_ROW,
    RULE_LISTED_MEASURE,
    RULE_LISTED_PRIORITY,
    RULE_NUMBERED_ABOVE_RESTART,
    RULE_NUMBERED_ACTION,
    RULE_NUMBERED_HEADING,
    RULE_NUMBERED_OVER_LETTERS,
    RULE_NUMBERED_RUN,
    SENTENCE_END,
    TRAILING_VALUES,
    VALUES_TAIL,
)
from councilkg.loaders.model import Reading, Risk
from councilkg.loaders.parsing.runlists import is_measure_label
from councilkg.text import clean_text

#: "3.1 The services … were inspected …", "2.1 This report and appendix do not disclose …": a numbered
#: paragraph of a committee report states, it does not do (an action starts with what is done).
REPORT_PARAGRAPH = re.compile(r"^(?:the|this|these|that|it|in|a|an|there)\b", re.IGNORECASE)
MIN_REPORT_PARAGRAPH_WORDS = 6


class OutlineNumbered(OutlineHeadings):
    """The outline reader's handling of numbered paragraphs and of rows led by a reference code."""

    def _numbered(self, number: int, ref: str, text: str, following: str) -> None:
        """Read the numbered line ``ref`` ``text``: a heading, a list's item, a lead-in or a report's
        paragraph, by the list in force and the line ``following`` it; returns nothing."""
        coded = CODED_MEASURE.match(text)
        if coded and is_measure_label(coded.group("label")):
            # "1.  EA1i: Percentage of … schools with a current Ofsted rating of 'Good'": a coded
            # measure, whatever the list (comments made on a scorecard's indicators)
            self._indicator(number, coded.group("label"), coded.group("code"), RULE_CODED_MEASURE, 0.6)
            return
        if len(text.split()) > MAX_HEADING_WORDS and self._counted(number, text):
            return  # "5.3 … The Assistant director reported that 5 key priorities had emerged: A, B, …"
        # "Minutes:" / "6.1 …" / "6.2 In addition the following risks were also highlighted:": a numbered
        # paragraph ending in a lead-in naming its kind starts its own list, whatever list it is in
        names_its_list = text.endswith(":") or (
            self.list_kind != "other" and (BULLET.match(following) or LETTER.match(following))
        )
        if names_its_list and (kind := lead_in_kind(text)) is not None:
            # "1. The aims of the Youth Offending Team are:", "1. Purpose … This covers the Council's six
            # Corporate Priorities" over their bullets
            self._lead_in(number, kind, text)
            return
        if self.list_kind == "other":
            # "6.1 … a new directorate-wide risk had been added under the title “…”": named all the same
            if not self._named_in_prose(number, text):
                self.pending = None
            return
        depth = ref.count(".")
        # "(1) the new action plan … be endorsed; and": a resolution's clause, not a heading
        heading_like = (
            len(text.split()) <= MAX_HEADING_WORDS
            and not SENTENCE_END.search(text)
            and not text[:1].islower()
        )
        if (
            self.list_kind in {"priority-list", "outcome-list", "indicator", "action"}
            and self.ref_above_lead_in is not None
            and self.numbered_lines == self.numbered_at_lead_in + 1
            and ref == next_number(self.ref_above_lead_in)
        ):
            # "8. The agenda for action" / "common priorities" / "9. Demonstrating delivery", "1) A
            # stable workforce" / "How will we know we have succeeded?" / … / "2) Right services …":
            # the first numbered line since the lead-in is the sibling of the entry it was printed
            # under; the list (if any) has ended
            self.list_kind = None
        if self.list_kind == "indicator":
            self._list_item(number, text, ref, RULE_LISTED_MEASURE)
            return
        if (
            self.list_kind in {"priority-list", "outcome-list"}
            and self.marked_list
            and self.list_marker == "bullet"
        ):
            self.list_kind = None  # a numbered paragraph after a bulleted list: the list has ended
        if self.list_kind in {"priority", "priority-list", "outcome-list"}:
            if self.list_marker == "number":
                self.headed_list = False  # the next of the numbered priorities, not one under the last
            self._list_item(number, text, ref, RULE_LISTED_PRIORITY)
            self.list_marker = "number"
            return
        if depth in self.heading_depths and len(text.split()) <= MAX_ITEM_WORDS // 2:
            # "5.3 Improved health and wellbeing …" at the level of "5.1" over "5.1.1 …": a heading
            self._priority(number, text.rstrip("."), ref, RULE_NUMBERED_HEADING, 0.6)
            return
        lettered = LETTER.match(following)
        if (
            self.list_kind == "action"
            and depth == 0
            and heading_like
            and lettered
            and lettered.group(1) in "aA"
        ):
            # "We will" / "1. Be a council that listens to …" / "a. Increase the voice …":
            # a numbered line over its own lettered list heads it, the letters being what is done for it
            self._priority(number, text.rstrip("."), ref, RULE_NUMBERED_OVER_LETTERS, 0.5)
            self.list_kind = "action"
            return
        restart = NUMBER.match(following)
        if (
            depth == 0
            and restart is not None
            and restart.group(1) == "1"
            and text[:1].isupper()
            and len(text.split()) <= MAX_ITEM_WORDS // 2
            # "8. The agenda for action" / "9. Demonstrating delivery" / "1. …": the last of a run of
            # siblings (a contents page's), the list after it another list, not its own
            and not (ref != "1" and self.ref_before is not None and next_number(self.ref_before) == ref)
        ):
            # "1. To establish systems …" then "1. Devise policy …": a list numbered from 1 again
            # right under an item is that item's own list, so the item heads it
            list_kind = self.list_kind
            self._priority(number, text.rstrip("."), ref, RULE_NUMBERED_ABOVE_RESTART, 0.5)
            self.list_kind = list_kind
            return
        parent = self.priority
        under_parent = parent is not None and parent.ref is not None and ref.startswith(f"{parent.ref}.")
        introduces = bool(
            BULLET.match(following)
            or (NUMBER.match(following) and not is_later_sibling(ref, following))
            or ACTION_LEAD_IN.match(following)
        )
        if NOT_A_PRIORITY.match(text):
            self.pending = None
            return
        if depth == 0 and heading_like and not under_parent and self.list_kind != "action" and introduces:
            self._priority(number, text, ref, RULE_NUMBERED_HEADING, 0.6)
            return
        if (
            depth >= 1
            and heading_like
            and not under_parent
            and self.list_kind != "action"
            and (BULLET.match(following) or ACTION_LEAD_IN.match(following))
        ):
            self._priority(number, text, ref, RULE_NUMBERED_HEADING, 0.6)
            return
        if depth >= 1 and heading_like and self.list_kind is None and self._in_heading_run(ref, following):
            self._priority(number, text, ref, RULE_NUMBERED_RUN, 0.5)
            return
        reading = self.priority.reading if self.priority is not None else None
        if reading and reading.rule == RULE_LISTED_PRIORITY and self.list_marker == "bullet" and heading_like:
            self.pending = self.priority = None  # "2. Performance Key" after a bulleted list of priorities
            return
        # "3.2 The Joint Area Review report was published on …": a report's prose, under a section heading
        # ("3. BACKGROUND AND STRATEGIC CONTEXT") that is then no priority either; once a report's prose
        # is read, "3.1 Kensington and Chelsea Council held a special showcase event …." is more of it
        prose = REPORT_PARAGRAPH.match(text) or (
            self.report_prose and depth >= 1 and SENTENCE_END.search(text) is not None
        )
        if prose and len(text.split()) >= MIN_REPORT_PARAGRAPH_WORDS:
            self.pending, self.report_prose = None, True
            heading = self.priority
            if (
                heading is not None
                and not self.items_under_priority
                and heading.reading is not None
                and heading.reading.rule == RULE_NUMBERED_HEADING
                and self.extraction.priorities
                and self.extraction.priorities[-1] is heading
            ):
                self.extraction.priorities.pop()
                self.seen_labels.pop(("priority", heading.label.casefold()), None)
                self.extraction.place(heading.source_line, "heading of a report's paragraphs")
            self.priority = None
            return
        if text.rstrip().endswith("?"):
            # "3. Do you have any comments on the actions listed 'For the Town'?": a consultation's question
            self.pending = None
            self.extraction.place(number, "numbered question")
            return
        self._list_item(number, text, ref, RULE_NUMBERED_ACTION)

    def _in_heading_run(self, ref: str, following: str) -> bool:
        """True when ``ref`` is one of a run of numbered headings ("3.1 Core Commitments", "3.2 …") read
        with no priority above them: the next line is numbered next, or the priority in force was
        numbered just before."""
        head, _, last = ref.rpartition(".")
        if not head or not last.isdigit():  # only dotted numbers ("3.1", "3.2") make such a run
            return False
        after = NUMBER.match(following)
        current = self.priority
        if current is not None and (current.reading is None or current.reading.rule != RULE_NUMBERED_RUN):
            return False
        return bool(after and after.group(1) == next_number(ref)) or (
            current is not None and current.ref == f"{head}.{int(last) - 1}"
        )

    def _coded(self, number: int, match: re.Match[str], kind: str) -> None:
        """Read a row led by a reference code ("CRR0004 Simultaneous emergency response 25 15")."""
        text = clean_text(match.group("label"))  # values are looked for in its tail: on a long run, quadratic
        label = (text[:-VALUES_TAIL] + TRAILING_VALUES.sub("", text[-VALUES_TAIL:])).strip(" –-")
        ref = match.group("ref")
        printed = self.raw_lines[number - 1]
        after_ref = printed[printed.find(ref) + len(ref) :]
        cells = CELL_GAP.split(after_ref.strip(" .:*–-"))
        column = None
        if len(cells) > 1 and cells[0]:
            label = clean_text(cells[0])  # a space-aligned row: its first cell names it, the rest are values
            column = len(printed) - len(after_ref) + after_ref.find(cells[0])
        if ref in self.coded_parents:
            kind = "priority"  # "CC1.1" over "C1.1.1 …": a row heading the rows under it
        if kind == "risk":
            risk = Risk(ref=ref, label=label, source_line=number, reading=Reading(RULE_CODED_ROW, 0.7))
            self.extraction.risks.append(risk)
            self.pending = Pending("risk", risk, label)
        elif kind == "indicator":
            self._indicator(number, label, ref, RULE_CODED_ROW, 0.7)
        elif kind == "priority":
            self._priority(number, label, ref, RULE_CODED_ROW, 0.6)
        else:
            self._action(number, label, ref, RULE_CODED_ROW, 0.6)
        if self.pending is not None and column is not None:
            self.pending.column = column
