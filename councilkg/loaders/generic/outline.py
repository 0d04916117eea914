"""Reading a plan's items from its outline: headings, numbered paragraphs and lists, no table needed.

Many plans state their priorities and outcomes only as headings or numbered paragraphs
("Priority 2: …", "Outcome 3 –", "2.1 Improve …", "Aim:") with the actions, commitments and
measures as bullets, numbered lists or "We will …" sentences under them. :func:`read_outline`
reads those from the lines no table row or heading rule has already placed, and records how it read
each item (:class:`~councilkg.loaders.model.Reading`): the rule and how far it is trusted.

The rules are general: none names a council. Lines of a contents page (dotted leaders, a page
number at the end) are skipped, so a heading printed in the contents and again in the body is read
once; bullets in narrative (not under a priority or outcome, nor after "We will:" or "Success
measures:") are left alone, so minutes and forewords give no items.

This module keeps the pass itself (:class:`OutlineReader`: which reading a line goes to, in what
order, and the state it leaves); the readings are its bases, one module a kind of line:
:mod:`~councilkg.loaders.generic.outlinenumbered` (numbered paragraphs, coded rows),
:mod:`~councilkg.loaders.generic.outlineheadings` (unnumbered headings),
:mod:`~councilkg.loaders.generic.outlineleadins` (lead-ins), :mod:`~councilkg.loaders.generic.outlinewraps`
(wrapped and blank lines), :mod:`~councilkg.loaders.generic.outlinesentences` ("We will …" sentences),
:mod:`~councilkg.loaders.generic.outlineruns` (items run together),
:mod:`~councilkg.loaders.generic.outlinecontents` (contents pages),
:mod:`~councilkg.loaders.generic.outlineitems` (the items added and what is in force) and
:mod:`~councilkg.loaders.generic.outlinemarked` (the headings a file's format marks, none in plain text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.bulletleadins import (
    bulleted_lead_in,
    closes_bulleted_list,
    closing_lead_in,
    ends_lead_in_phrase,
)
from councilkg.loaders.generic.contents import (
    DIVISION_LABEL,
    GLUED_CONTENTS,
    NAVIGATION,
    is_contents_entry,
    page_number,
    without_page_number,
)
from councilkg.loaders.generic.countedpoints import points_led_in
from councilkg.loaders.generic.framework_outcomes import heading_outcome
from councilkg.loaders.generic.headercells import is_header_cell
from councilkg.loaders.generic.leadinkind import lead_in_kind, names_held_list, points_back
from councilkg.loaders.generic.listnotes import note_kind
from councilkg.loaders.generic.lonebullets import (
    carry_lone_bullets,
    glyph_bullets,
    stop_bullets,
    wingdings_bullets,
)
from councilkg.loaders.generic.minuteitems import RULE_MINUTE_ITEM, first_performance_line, minute_item
from councilkg.loaders.generic.objectives import OBJECTIVES_HEADING
from councilkg.loaders.generic.otherlists import ITEM_LISTS, leads_into_other_list
from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    DONE_HEADING,
    DOUBLED_NUMBER,
    FURNITURE,
    LABELLED,
    LABELLED_AFTER,
    MAX_HEADING_WORDS,
    MAX_LINE_CHARS,
    MEASURE_LEAD_IN,
    ONE_ITEM_LEAD_IN,
    PAGE_REF,
    PAPER_LINK,
    PROCESS_STAGES,
    RULE_BULLET_ACTION,
    RULE_LISTED_ACTION,
    RULE_LISTED_OUTCOME,
    RULE_LISTED_PRIORITY,
    RULE_ONE_ITEM,
    SENTENCE_END,
    coded_parents,
    coded_row,
    coded_row_kinds,
    double_spaced,
    heading_depths,
    indent_of,
    label_line_kind,
    labelled_run,
)
from councilkg.loaders.generic.outlinemarked import OutlineMarked
from councilkg.loaders.generic.prosecommitments import drop_prose_commitments
from councilkg.loaders.generic.runonlists import RULE_GLUED_TITLES, glued_titles, inline_bullets
from councilkg.loaders.generic.statements import statement_span
from councilkg.loaders.generic.titledparagraphs import listed_lines
from councilkg.loaders.generic.titlefields import RULE_TITLE_FIELD, title_field
from councilkg.loaders.generic.untitledentries import untitled_entry
from councilkg.loaders.model import Extraction, Reading, Risk
from councilkg.loaders.parsing.cells import is_timescale
from councilkg.loaders.parsing.labelends import cut_glued_titles, drop_rename_notes
from councilkg.loaders.parsing.runlists import numbered_run
from councilkg.loaders.parsing.subitemruns import SIBLING_LINES, labelled_sub_item
from councilkg.loaders.parsing.valuerows import value_rows
from councilkg.text import clean_text

#: A line this long with a blank line after it is a paragraph, whether or not it ends in a stop.
MIN_PARAGRAPH_WORDS = 15
#: "Our draft Vision:", "The Vision": a heading naming the vision, over a lead-in to what it says.
_VISION_HEADING = re.compile(r"^(?:our |the )?(?:draft |shared )?vision(?: is)?:?$", re.IGNORECASE)


def _undoubled(text: str) -> str:
    """Return ``text`` with a list number printed twice ("1. 1. Strong families") printed once.

    Example:
        >>> _undoubled("1. 1. Strong families"), _undoubled("1. Strong families")
        ('1. Strong families', '1. Strong families')
    """
    doubled = DOUBLED_NUMBER.match(text)
    return f"{doubled.group(1)} {text[doubled.end() :]}" if doubled else text


class OutlineReader(OutlineMarked):
    """One pass over the lines no other rule placed, keeping the outcome, priority and list in force."""

    def read(
        self,
        lines: Sequence[str],
        skip: Callable[[int], bool],
        contents: Mapping[int, str] | None = None,
        headings: Mapping[int, int] | None = None,
    ) -> None:
        """Read items from ``lines`` (numbered from 1) but those ``skip`` says are read; returns nothing.

        ``contents`` holds the contents-page entries taken out of ``lines`` (by line number): they
        are no items, but the entries under one naming a kind may be. ``headings`` holds the levels
        of the lines the file's format marks as headings (:class:`OutlineMarked`); plain text has none."""
        contents = contents or {}
        self._mark_headings(lines, headings)
        self.raw_lines, self.read_elsewhere, self.taken_contents = lines, skip, contents
        self.performance_line = first_performance_line(lines)
        texts = carry_lone_bullets(
            glyph_bullets(
                [
                    (number, stop_bullets(wingdings_bullets(_undoubled(clean_text(raw)))))
                    for number, raw in enumerate(lines, start=1)
                ]
            )
        )
        self.coded = coded_row_kinds(texts)
        self.coded_parents = coded_parents(texts) if self.coded else set()
        self.heading_depths = heading_depths(texts)
        self.spaced = double_spaced([text for _, text in texts])
        self.objectives_line = next((n for n, text in texts if OBJECTIVES_HEADING.match(text)), None)
        read_before = {priority.source_line: priority for priority in self.extraction.priorities}
        # the next line another rule has not read, for every line (one backward pass, not a scan each)
        nexts = [""] * len(texts)
        upcoming = ""
        for position in range(len(texts) - 1, -1, -1):
            nexts[position] = upcoming
            number, text = texts[position]
            # "Back to top", "Share this page": a web page's furniture is no line of the text that follows
            if text and not skip(number) and not (FURNITURE.match(text) and not PAGE_REF.match(text)):
                upcoming = text
        consumed = 0  # the last line a list run together over several lines was read from
        rows = value_rows([(number, "" if skip(number) else text) for number, text in texts])
        cells = {row.value_line for row in rows.values()}
        cells |= {row.status_line for row in rows.values() if row.status_line and row.status_line not in rows}
        for position, (number, text) in enumerate(texts):
            if number <= max(consumed, self.read_through):  # a list read over lines below is theirs
                continue
            if numbered := NUMBER.match(text):
                # the last numbered line before this one, and what a line between two siblings is under
                self.ref_before, self.last_ref = self.last_ref, numbered.group(1)
                self.numbered_lines += 1
            if number in contents:
                self._contents_line(number, clean_text(contents[number]))
                self.previous = ""
                continue
            if not text or "\t" in lines[number - 1]:
                if not text:
                    self._blank(number)
                continue
            if span := statement_span(text, self.extraction, self.priority, self.outcome):
                self.statement = span  # "Our vision": the "We will …" prose under it is the vision's
            if number in rows:
                self._value_row(rows[number], rows)
                continue
            if number in cells:
                continue  # a value or status printed under a measure's name: read with it
            if not skip(number) and self._marked_heading(number, text):
                self.previous, self.previous_line = text, number
                continue
            if not skip(number) and self.contents is None and (run := numbered_run(texts, position)):
                self._run(run)
                consumed = run[-1].line
                continue
            if not skip(number) and self.contents is None and (counted := listed_lines(texts, position)):
                self._counted_lines(number, *counted)
                consumed = counted[1][-1].line
                continue
            if skip(number):
                self.pending = None
                if (
                    self.contents is not None
                    and heading_outcome(text) is not None
                    and self._contents_entry(number, text)
                ):
                    continue  # "Be Healthy 5" in a contents page: the entries under it are its priorities
                self.sections.interrupt()
                if NAVIGATION.match(text):  # a contents heading another rule read as a heading
                    self._start_contents()
                elif self.contents is None and (glued := GLUED_CONTENTS.match(text)):
                    self._start_contents()
                    self._contents_entry(number, glued.group("entry") or glued.group("title"))
                elif self.contents is None and (named := heading_outcome(text)) is not None:
                    self._framework_outcome(number, *named)
                if number in read_before:  # a heading another rule read: the items below are its
                    self.priority, self.list_kind = read_before[number], self._kind_under_heading()
                continue
            if self.list_kind in ITEM_LISTS and leads_into_other_list(text):
                self.list_kind = "other"  # "… Hull must make the most of its … strengths –": its own list
            if len(text) > MAX_LINE_CHARS:  # a paragraph, not a heading or a list item …
                self.pending = None
                if self._run_on_list(number, text):
                    self.previous = text  # … but for a list run on after its lead-in
                continue
            if not self._outcome_wrapped(number, text):
                self._line(number, text, nexts[position])
            self._after_marked(number)
            self.previous, self.previous_line = text, number
        self._contents_items()

    def _kind_under_heading(self) -> str | None:
        """Return the kind of list that goes on under a heading another rule read: "outcome-list" when
        a lead-in naming outcomes heads the headings ("Priority Outcomes we want to see" / "Priority 1 -
        Improve …" / "• Residents living active and healthy lives"), its outcomes grouped under them;
        else ``None``."""
        grouped = self.list_kind == "outcome-list" and (
            self._list_unstarted() or self.grouped_under == self.lead_in_line
        )
        if not grouped:
            return None
        self.grouped_under = self.lead_in_line
        return "outcome-list"

    # -- one line ---------------------------------------------------------------------------------

    def _line(self, number: int, text: str, following: str) -> None:
        if is_contents_entry(text):
            self.extraction.place(number, "contents")
            self.pending = None
            self._section_entry(number, without_page_number(text), page_number(text))
            return
        paper = PAPER_LINK.match(text)
        labelled = LABELLED.match(paper.group("title")) if paper else None
        if paper and labelled and labelled.group("label"):
            self._labelled(number, labelled, paper.group("title"))  # a paper on one priority: it names it
            return
        if FURNITURE.match(text):
            self.extraction.place(number, "page furniture")
            self.pending = None
            if DIVISION_LABEL.match(text):
                self.sections.interrupt()  # "Chapter 7" in a contents page: a new chapter's entries follow
            self.after_sentence = True  # "MANAGING GROWTH" / "20" / "ECONOMIC PROSPERITY": two entries
            return
        if NAVIGATION.match(text):  # a contents list or a page's own menu: its entries are no items
            self._start_contents()
            self.extraction.place(number, "contents")
            return
        if self.contents is None and (glued := GLUED_CONTENTS.match(text)):
            self._start_contents()
            if not self._contents_entry(number, glued.group("entry") or glued.group("title")):
                self.extraction.place(number, "contents")
            return
        if self.contents is not None and self._contents_entry(number, text):
            return
        if self.describing and not BULLET.match(text) and not NUMBER.match(text):
            self.pending = None
            self.extraction.place(number, "description")  # of the title with a colon above it
            return
        if self.list_kind in {"indicator", "action"} and is_timescale(text):
            # "Milestones and outcomes" / "By September 2015" / bullets / "By December 2015" / bullets:
            # the list is grouped by when, and goes on
            self.pending = None
            self.extraction.place(number, "timescale")
            return
        self.sections.interrupt()
        if self.list_kind in {"outcome-list", "priority-list", "action"} and (titles := glued_titles(text)):
            for title in titles:  # "Strong familiesTrusted relationshipsSafe places …" under its lead-in
                self._list_item(number, title, None, RULE_GLUED_TITLES)
            self.pending = None
            return
        if (field := title_field(text)) is not None:  # "Priority Title: Improve Health and Safety"
            self._title_field(number, *field)
            return
        if run := labelled_run(text):
            self._labelled_run(number, run)
            return
        if parted := labelled_sub_item(text, self.raw_lines[number : number + SIBLING_LINES]):
            self._line(number, parted[0], parted[1])  # "Priority 1: Local Youth Offer 1a: Publish …"
            self._line(number, parted[1], following)
            return
        labelled = LABELLED.match(text) or LABELLED_AFTER.match(text)
        if labelled and untitled_entry(labelled, following):  # "Priority 2" / "5": a contents entry
            self.extraction.place(number, "contents")
            self.pending = None
            return
        if (
            labelled
            and len(text.split()) <= MAX_HEADING_WORDS + 2
            # "Priority - Transitions:" is a heading; "Strategic Outcomes:" a lead-in (read below)
            and not SENTENCE_END.search(
                (text.removesuffix(":") if labelled.group("label") else text)[-1:] or "x"
            )
        ):
            self._labelled(number, labelled, text)
            return
        if labelled and labelled.group("ref") and len(text.split()) <= MAX_HEADING_WORDS * 2:
            self._labelled(number, labelled, text)
            return
        coded = coded_row(text)
        if coded and coded.group("prefix") in self.coded:
            self._coded(number, coded, self.coded[coded.group("prefix")])
            return
        if self._minute_item(number, text):  # "a)  Repeat incidents of … – It was suggested that …"
            return
        if (kind := label_line_kind(text)) is not None and NUMBER.match(following):
            self.pending = None  # "Outcome" over "1. City to call home": no wrapped line of the item above
            if kind == "outcome":  # one a block, in force for the block's rows under it
                self.one_item, self.list_kind = kind, None
                self.extraction.place(number, "outcome lead-in")
            else:
                self._lead_in(number, kind, text)
            return
        # "Priority outcomes" over bullets is their lead-in, not the wrapped end of the bullet above
        heads_list = text[:1].isupper() and BULLET.match(following) and lead_in_kind(text)
        if not heads_list and self.pending is not None and self._counted_mid_line(number, text):
            return  # "… by 2022. There are a total of 15" / "priorities under three goals of …": a list
        if not heads_list and self._continue(number, text):
            return
        bullet = BULLET.match(text) or LETTER.match(text)
        numbered = NUMBER.match(text)
        if self.list_kind == "indicator" and self.list_marker is not None and not (bullet or numbered):
            self.list_kind = None  # a line unmarked after the measures' marked list: the list has ended
        if is_header_cell(self.raw_lines, number):  # "ACTIONS" / "OUTPUTS/OUTCOMES": a table's columns
            self.list_kind, self.pending = "other", None
            self.extraction.place(number, "table header cell")
            return
        action_lead_in = ACTION_LEAD_IN.match(text)
        if action_lead_in and points_led_in(self.raw_lines, number):
            self._lead_in(number, "priority", text)  # "Our 8 point promise …" / "Adults … will:"
            return
        # "Our priorities" / "We will do this by:" / "• delivering our services …": the heading's list
        if self.list_kind == "priority-list" and self.previous == self.lead_in and points_back(text):
            self.extraction.place(number, "priority lead-in")
            return
        if action_lead_in and _VISION_HEADING.match(self.previous):
            self._lead_in(number, "outcome", text)  # "Our draft Vision:" / "We will:": what the vision says
            return
        if action_lead_in and names_held_list(self.previous):
            self.list_kind, self.pending = "other", None  # "… the following six principles" / "We will:"
            self.extraction.place(number, "lead-in to principles")
            return
        if action_lead_in:
            drop_prose_commitments(self.extraction, text)
            self.list_kind, self.pending = "action", None
            self.extraction.place(number, "action lead-in")
            self.ref_above_lead_in, self.numbered_at_lead_in = self.last_ref, self.numbered_lines
            return
        if MEASURE_LEAD_IN.match(text):
            self.list_kind, self.pending, self.list_marker = "indicator", None, None
            self.extraction.place(number, "measures lead-in")
            self.ref_above_lead_in, self.numbered_at_lead_in = self.last_ref, self.numbered_lines
            return
        if self.one_item is not None:
            one_kind, self.one_item = self.one_item, None
            # "a fourth priority:" / "• Working together to make the borough …": one bullet alone
            lone_bullet = bullet is not None and not BULLET.match(following) and not text.endswith(":")
            if (not bullet and text[:1].isupper() and not text.endswith(":")) or numbered or lone_bullet:
                ref = numbered.group(1) if numbered else None
                marked = numbered or (bullet if lone_bullet else None)
                label = (clean_text(text[marked.end() :]) if marked else text).rstrip(".")
                if one_kind == "outcome":
                    self._outcome(number, label, ref, RULE_ONE_ITEM, listed=False)
                else:
                    self._priority(number, label, ref, RULE_ONE_ITEM, 0.6)
                self.pending = None
                return
        if (one := ONE_ITEM_LEAD_IN.search(text)) and len(text.split()) <= MAX_HEADING_WORDS:
            self.one_item = "outcome" if one.group("word").casefold() == "outcome" else "priority"
            self.list_kind, self.pending = None, None
            self.extraction.place(number, f"{self.one_item} lead-in")
            return
        if not bullet and self._inline_list(number, text):
            return
        if self._run_on_list(number, text, marked=bool(bullet)):
            return
        if bullet and (self._dash_continues(number, text) or self._bullet_wrapped(number, text)):
            return
        if bullet and self._part_of_item_above(number):
            return
        if not bullet:
            self.parts_of = None  # a line of its own ends the item's parts
        if bullet:
            inner = clean_text(text[bullet.end() :])
            if note := note_kind(inner):  # "• UPDATE March 2019 – …", "• A green arrow means …"
                self.pending = None
                self.extraction.place(number, note)
                return
            if ends_lead_in_phrase(self.raw_lines, number):
                self.pending = None
                self.extraction.place(number, "the end of the sentence above it")
                return
            if self.list_kind == "action" and inner.isupper() and len(inner.split()) > 1:
                # "- PERFORMANCE AND DELIVERY UPDATE" under "ACTIONS REQUIRED": a report's section heading
                self.list_kind, self.pending = None, None
                return
            if closes_bulleted_list(self.raw_lines, number):
                self.list_kind, self.pending = None, None  # the next point at the lead-in's own level
            if (kind := bulleted_lead_in(self.raw_lines, number)) is not None:
                self._lead_in(number, kind, inner)  # "· … The three top KPIs measured:" over "o" points
                return
            if self.list_kind in {None, "other"} and (closing := closing_lead_in(inner)) is not None:
                self._lead_in(number, *closing)  # a point, no item, whose last sentence leads in the bullets
                return
            if self.list_kind is None and inner.endswith(":") and lead_in_kind(inner) is None:
                # "• Following the consultation some clear messages came out …:": what follows is
                # something other than plan items
                self.list_kind, self.pending = "other", None
                return
            # "made the following points:" / "· the three Key Performance Indicators … were A; B and C":
            # a point, no item, naming the items
            point = self.list_kind == "other" and len(inner.split()) > MAX_HEADING_WORDS
            if point and self._counted(number, inner):
                return
            labelled = LABELLED.match(inner)
            if labelled and labelled.group("ref") and self.list_kind not in {"action", "indicator"}:
                self._labelled(number, labelled, inner)
                self.list_kind, self.outcome = "priority-list", None  # one of a list: not in force
                self.list_marker, self.marked_list = "bullet", True  # a numbered line after it ends it
                return
            # bullets under a numbered priority of the list are a level down: what is done for it
            nested = self.list_marker == "number" and (
                (self.list_kind == "priority-list" and self.priority)
                or (self.list_kind == "outcome-list" and self._numbered_outcome())  # its priorities
            )
            self.headed_list = self.headed_list or bool(nested)
            for part in inline_bullets(inner, text[bullet.start() : bullet.end()].strip()):
                self._list_item(number, part, None, RULE_BULLET_ACTION)
            if OWN_PARTS.search(inner) and self.list_kind in {"action", "priority-list"}:
                self.parts_of = (indent_of(self.raw_lines[number - 1]), bullet.group(0).strip())
            if not nested:
                self.list_marker = "bullet"
            return
        if numbered:
            self._numbered(number, numbered.group(1), clean_text(text[numbered.end() :]), following)
            return
        if DONE_HEADING.match(text):  # "What we have done in 2024 to 2025": achievements follow
            self.list_kind, self.pending, self.marked_list = "other", None, False
            self.extraction.place(number, "heading over what was done")
            return
        if PROCESS_STAGES.match(text) and (BULLET.match(following) or NUMBER.match(following)):
            self.list_kind, self.pending, self.marked_list = "other", None, False
            self.extraction.place(number, "lead-in to a process's stages")
            return
        if self._lead_in_line(number, text, following):
            return
        if self.sentence_run == number and self._sentence_item(number, text):
            return
        listing = self.list_kind in {"priority-list", "outcome-list"}
        if listing and self._listed_heading(number, text, following):
            return
        if self._heading_above_list(number, text, following):
            return
        self._sentence(number, text)
        # a paragraph ends a sentence, its stop printed or not: a long line with a blank line after it
        # ("A focus on …, working with partners to …" / "" / "Health and Housing")
        blank_after = number >= len(self.raw_lines) or not self.raw_lines[number].strip()
        paragraph = len(text.split()) >= MIN_PARAGRAPH_WORDS and blank_after
        self.after_sentence = bool(SENTENCE_END.search(text)) or paragraph

    def _part_of_item_above(self, number: int) -> bool:
        """Place a bullet under an item that ends "…, including:" (indented under it, or marked with
        another glyph) as a part of that item (its sub-points say what the item covers: not items of
        the list); returns whether it was one."""
        if self.parts_of is None:
            return False
        raw = self.raw_lines[number - 1]
        indent, glyph = self.parts_of
        # a part is indented under the item, or printed with another mark ("î" over "o" at one indent)
        if indent_of(raw) < indent or (indent_of(raw) == indent and raw.strip().startswith(glyph)):
            self.parts_of = None  # back at the list's own level
            return False
        self.extraction.place(number, "part of the item above")
        return True

    def _minute_item(self, number: int, text: str) -> bool:
        """Add the item a minute names before what was said of it; returns whether there was one."""
        marked = BULLET.match(text) or LETTER.match(text)
        performance = self.performance_line is not None and self.performance_line < number
        item = minute_item(text[marked.end() :] if marked else text, performance)
        if item is None:
            return False
        kind, ref, name = item
        if kind == "action":
            self._action(number, name, ref, RULE_MINUTE_ITEM, 0.5)
        else:
            self._indicator(number, name, ref, RULE_MINUTE_ITEM, 0.5)
        self.pending = None
        return True

    def _title_field(self, number: int, kind: str, ref: str | None, label: str) -> None:
        """Add the item a form's title field names ("Risk Title 1. …"): in force for what follows."""
        self.pending, self.list_kind = None, None
        if kind == "risk":
            self.extraction.risks.append(
                Risk(ref or "", label, number, reading=Reading(RULE_TITLE_FIELD, 0.7))
            )
        elif kind == "outcome":
            self._outcome(number, label, ref, RULE_TITLE_FIELD)
        elif kind == "action":
            self._action(number, label, ref, RULE_TITLE_FIELD, 0.7)
        elif kind == "indicator":
            self._indicator(number, label, ref, RULE_TITLE_FIELD, 0.7)
        else:
            self._priority(number, label, ref, RULE_TITLE_FIELD, 0.7)
            self.pending = None


def read_outline(
    lines: Sequence[str],
    extraction: Extraction,
    new_key: KeyMaker,
    skip: Callable[[int], bool],
    contents: Mapping[int, str] | None = None,
    headings: Mapping[int, int] | None = None,
) -> None:
    """Add the items the outline of ``lines`` states to ``extraction``; returns nothing.

    ``skip`` says which line numbers another reader already read (table rows, headings);
    ``contents`` the contents-page entries taken out of ``lines``, by line number; ``headings`` the
    level of each line the file's format marks as a heading (:attr:`Document.headings
    <councilkg.documents.document.Document.headings>`; ``None`` for plain text, read by its words).

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> from councilkg.loaders.parsing.keys import UniqueKeys
        >>> keys = UniqueKeys()
        >>> ex = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> read_outline(["Priority 1: Keeping children safe", "We will:", "• Audit every repeat plan",
        ...               "• Recruit social workers"], ex, lambda k, t: keys.new(k, t[:10]), lambda n: False)
        >>> [(p.ref, p.label) for p in ex.priorities], [a.label for a in ex.actions]
        ([('1', 'Keeping children safe')], ['Audit every repeat plan', 'Recruit social workers'])
    """
    OutlineReader(extraction, new_key).read(lines, skip, contents, headings)
    cut_glued_titles(extraction.priorities, RULE_LISTED_PRIORITY)  # "the best start to life Early help …"
    cut_glued_titles(extraction.actions, RULE_LISTED_ACTION)
    cut_glued_titles(extraction.outcomes, RULE_LISTED_OUTCOME)  # "Learning: Children and young people …"
    drop_rename_notes(extraction.priorities)  # "A Green Community (formerly Environment)"
    drop_rename_notes(extraction.outcomes)


#: "• continue to improve … in Early Years Settings and school settings, including:": an item that
#: goes on to list its own parts, indented under it.
OWN_PARTS = re.compile(
    r"\b(?:including|such as|for example|e\.g\.|in particular|particularly|namely)\s*:$", re.IGNORECASE
)
