"""The items an outline pass adds to a plan: outcomes, priorities, actions and measures, each linked to
the outcome or priority in force, read once per label (:class:`OutlineItems`, the base of the
outline reader in :mod:`councilkg.loaders.generic.outline`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from councilkg.documents.listmarks import ROUND_BULLETS, is_marked
from councilkg.loaders.generic.contents import (
    ContentsPage,
    ContentsSections,
)
from councilkg.loaders.generic.contentsthemes import is_plan_matter
from councilkg.loaders.generic.framework_outcomes import (
    RULE_FRAMEWORK_HEADING,
    plan_outcome_scheme,
)
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.namedcomment import (
    measure_before_comment,
    risk_before_comment,
    title_before_report,
)
from councilkg.loaders.generic.objectives import objective_of, objectives_rule
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    ASPIRATION,
    LABELLED,
    MAX_HEADING_WORDS,
    MEASURE_LEAD_IN,
    MEASURED_BY,
    NATIONAL_CODE_FIRST,
    NO_TITLE,
    OUTCOME_WORDS,
    PURPOSE_LEADS_IN,
    RULE_BULLET_ACTION,
    RULE_CODED_MEASURE,
    RULE_CODED_POINT,
    RULE_HEADING_ABOVE_LIST,
    RULE_LABELLED_HEADING,
    RULE_LISTED_ACTION,
    RULE_LISTED_MEASURE,
    RULE_LISTED_OUTCOME,
    RULE_LISTED_PRIORITY,
    RULE_LISTED_RISK,
    RULE_MOVED_MEASURE,
    RULE_NAMED_IN_PROSE,
    RULE_OUTCOME_HEADING,
    RULE_PEOPLE_STATE,
    RULE_PROMISED_ITEM,
    RULE_REPORTED_MEASURE,
    RULE_RISK_IN_PROSE,
    RULE_TARGET_POSITION,
    RULE_UNDER_LISTED_OUTCOME,
    SENTENCE_END,
    WE_WILL,
    kind_stem,
    labelled_title,
)
from councilkg.loaders.generic.profile import ecm_keys_in
from councilkg.loaders.generic.prosecommitments import drop_heading_description
from councilkg.loaders.generic.relisted import SeenLabels, known_item
from councilkg.loaders.generic.statedlines import (
    ACCOUNTABLE,
    PEOPLE_STATE,
    POST_TITLE,
    STATE,
    is_tally,
    reports_what_was,
    states_a_figure,
)
from councilkg.loaders.generic.statements import StatementSpan
from councilkg.loaders.model import (
    Action,
    Extraction,
    Indicator,
    Outcome,
    OutcomeLink,
    Priority,
    Reading,
    Risk,
)
from councilkg.loaders.parsing.cells import ACTION_VERBS
from councilkg.loaders.parsing.labelends import (
    before_leaders,
    before_owner_column,
    measure_before_figures,
    title_before_description,
)
from councilkg.loaders.parsing.measuretrends import measures_said_to_move
from councilkg.loaders.parsing.namedmeasures import measures_named_in_prose, risks_named_in_prose
from councilkg.loaders.parsing.registerrisks import named_before, risks_by_register_ref
from councilkg.loaders.parsing.runlists import is_measure_label, opens_with_measure
from councilkg.loaders.parsing.targetprose import measures_named_against_targets
from councilkg.text import clean_text, national_codes_in

KeyMaker = Callable[[str, str], str]
"""Mints a plan-unique key for a new item: (kind, text) → key."""


#: Labels of a heading the objectives under it serve: "Aim 1" over "Objectives" is an outcome.
AIM_WORDS = frozenset({"aim", "ambition", "goal"})
#: Labels of what is promised for a priority ("Pledge 17"): under a priority labelled otherwise, actions.
PROMISE_WORDS = frozenset({"pledge", "commitment", "promise"})
#: "Equality - challenge discrimination …", "Community involvement – engaging …": a bullet that names its
#: subject, then says what it means, is a value, a theme or a sub-priority (an action 5 times in 86 on
#: the released plans, each led by a verb), not what is done for the priority above it.
TITLED_ITEM = re.compile(r"^[A-Z][\w&,'’/ ]{1,40}?\s[–—-]\s+\S")
#: "1. Early help • Better perinatal health … • Great support in the Early Years …": a slide's item with
#: the points under it run on after it. No item's label on the released plans holds a bullet mark.
INLINE_BULLET = re.compile(f"\\s[{ROUND_BULLETS}]\\s")


#: A labelled heading's title printed on the line below it is a sentence at most this long …
MAX_TITLE_WORDS = 20
#: … or this long once two headings before it of the same word had their titles below ("Ambition 6" over
#: a sentence of 30 words, after five ambitions each over its own)
MAX_RUN_TITLE_WORDS = 40
#: Where a measure's name ends in a report's point on it: "… within 15 days had improved …".
REPORTED = re.compile(
    r"(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:remained|remains|was|were|is|are|had|has|have|stood|stands)\s"
)


class TitleBelow(NamedTuple):
    """The title printed under a labelled heading: its line, its text, and whether the line also leads
    in what is done for it ("To promote … lives we will:")."""

    line: int
    title: str
    leads_in: bool = False


@dataclass
class Pending:
    """The item whose text may continue on the next lines (a wrapped bullet or paragraph)."""

    kind: str
    item: Priority | Action | Indicator | Outcome | Risk
    text: str
    last: str = ""  # the last line of it printed, when that was not the first
    column: int | None = None  # where a space-aligned row's label cell starts: its wrapped lines start there


class OutlineItems:
    """The state of one pass over a plan's outline (the outcome, priority and list in force) and how
    an item is added to the plan: linked to what is in force, once per label."""

    def __init__(self, extraction: Extraction, new_key: KeyMaker) -> None:
        self.extraction = extraction
        self.new_key = new_key
        self.outcome: Outcome | None = None
        self.priority: Priority | None = None
        self.list_kind: str | None = None  # "action" or "indicator" after a lead-in
        self.pending: Pending | None = None
        self.scheme, self.scheme_label = plan_outcome_scheme(extraction)
        self.seen_labels: SeenLabels[Priority | Outcome] = SeenLabels()
        self.after_sentence = True
        self.previous = ""  # the text of the line read last
        self.previous_line = 0  # … and its number
        self.lead_in = ""  # the text of the last line read as a lead-in to a list
        self.lead_in_line = 0  # … and its number
        self.grouped_under = -1  # the lead-in line of a list of outcomes grouped under headings, if any
        self.contents: ContentsPage | None = None  # the contents page being read, if any
        self.sections = ContentsSections()  # the items contents pages list under a kind's entry
        self.marked_list = False  # the priorities or outcomes listed so far were bullets or numbers
        self.headed_list = False  # the priorities listed so far were headings, each over its own bullets
        self.list_marker: str | None = None  # "bullet" or "number": how the list in force is marked
        self.sentence_run: int | None = None  # the line a list of unmarked sentences may go on at
        self.paragraph_end = 0  # the last line of the wrapped paragraph whose commitments were read
        self.spaced = False  # whether nearly every line stands a blank line apart
        self.spaced_run = False  # whether the sentences of the list in force stand a blank line apart
        self.one_item: str | None = None  # the kind of the one item a lead-in said the next line names
        self.priority_word: str | None = None  # the word that labelled the priority in force ("priority")
        self.coded_parents: set[str] = set()  # the codes of rows that head later coded rows
        self.raw_lines: Sequence[str] = ()  # the lines as printed (runs of spaces kept)
        self.taken_contents: Mapping[int, str] = {}  # contents entries taken out of the lines, by line
        self.read_elsewhere: Callable[[int], bool] = lambda number: False  # lines other readers read
        self.read_through = 0  # the last line a sentence wrapped over lines was read to
        self.performance_line: int | None = None  # the first line saying it reports performance
        self.items_under_priority = 0  # actions and measures read under the priority in force
        self.list_left: int | None = None  # how many more items the lead-in in force counted, if it did
        self.heading_depths: set[int] = set()  # the depths of dotted numbers that head deeper ones
        self.describing = False  # the lines after a title with a colon describe it, up to a blank line
        self.last_ref: str | None = None  # the reference of the last numbered line read ("8")
        self.ref_before: str | None = None  # … and of the numbered line read before it
        self.report_prose = False  # a report's numbered paragraphs of prose read: its sections are no items
        self.ref_above_lead_in: str | None = None  # … when the lead-in in force was read
        self.numbered_lines = 0  # how many numbered lines were met so far …
        self.numbered_at_lead_in = 0  # … and when the lead-in in force was read
        self.statement: StatementSpan | None = None  # the vision or ambition whose words are read
        self.parts_of: tuple[int, str] | None = None  # indent and mark of an item "…, including:"
        self.titled_below: dict[str, int] = {}  # by label word: how many headings took their title below
        self.objectives_line: int | None = None  # the first heading naming the plan's objectives

    def _labelled(self, number: int, match: re.Match[str], text: str) -> None:
        word = match.group("word")
        ref = match.group("ref")
        label = labelled_title(match)
        if ref and label.isdigit():
            label = ""  # "Aim 1 12": a contents entry's page number, its title on the next line
        if not label and not ref:
            # "Priorities:" or "Outcomes:" alone is a lead-in to a list of them; "Objectives:" under
            # a priority lists what is done for it, the thread's next step down
            if OUTCOME_WORDS.search(word):
                self.list_kind = "outcome-list"
            elif self._aim_over_objectives(word):
                self.list_kind = "priority-list"
            else:
                self.list_kind = "action" if self.priority is not None else "priority-list"
            self.pending, self.marked_list = None, False
            self.extraction.place(number, "priorities lead-in")
            return
        if not ref and NO_TITLE.match(label):
            self.priority = self.outcome = self.pending = None  # none in force for what follows
            self.extraction.place(number, "no item named")
            return
        measured = MEASURED_BY.search(clean_text(match.group("label")))
        label = clean_text(match.group("label"))[: measured.start()].strip() if measured else label
        label = before_leaders(before_owner_column(title_before_description(label)))  # the name alone
        stem = kind_stem(word)
        open_label = bool(ref) and not label
        if open_label and self._among_bare_labels(number, stem):
            # "Priority 1" / "Priority 2" / "Priority 3" in a contents page: labels with no titles
            self.extraction.place(number, "no item named")
            return
        below = self._title_below(number, self.titled_below.get(stem, 0)) if open_label else None
        if below is not None:  # "Priority Outcome 1" / "Children and young people enjoy learning …"
            self.titled_below[stem] = self.titled_below.get(stem, 0) + 1
            self.extraction.place(below.line, "heading's title")
            self.read_through = max(self.read_through, below.line)
            label = below.title
        if OUTCOME_WORDS.search(word) and known_item(self.seen_labels, "priority", label or text) is None:
            self._outcome(number, label or text, ref)
        elif OUTCOME_WORDS.search(word):  # "Pillar 1: My Health …", one of the pillars listed before
            self._priority(number, label or text, ref, RULE_LABELLED_HEADING, 0.9)
        elif stem in PROMISE_WORDS and self.priority is not None and self.priority_word not in {None, stem}:
            # "Pledge 17" under "Priority four: …": what is promised for it, the thread's next step down
            drop_heading_description(self.extraction)  # "By 2020, we will spend …" described the heading
            self._action(number, label, ref, RULE_LABELLED_HEADING, 0.8)
            self.pending = Pending("action", self.extraction.actions[-1], label)
            return
        else:
            self._priority(
                number, label or text, ref, RULE_LABELLED_HEADING, 0.9, open_label=open_label and not label
            )
            self.priority_word = stem
            if below is not None and below.leads_in:
                self.list_kind = "action"
        if measured:  # "Imperative one: Improve school attendance. We will monitor this by assessing:"
            self.list_kind, self.pending = "indicator", None

    def _numbered_outcome(self) -> Outcome | None:
        """Return the outcome last read as a numbered item of a list of outcomes, else ``None``."""
        last = self.extraction.outcomes[-1] if self.extraction.outcomes else None
        if last is None or last.notation is None or last.reading is None:
            return None
        return last if last.reading.rule == RULE_LISTED_OUTCOME else None

    def _people_state(self, number: int, text: str, ref: str | None, rule: str) -> bool:
        """Read a bullet under a priority saying what people will be or have ("• Families are supported
        to develop skills …" under "Building strong families") as the outcome the priority is for, no
        action; returns whether it was one."""
        if rule != RULE_BULLET_ACTION or not PEOPLE_STATE.match(text):
            return False
        self._outcome(number, text, ref, RULE_PEOPLE_STATE, listed=True)
        return True

    def _title_below(self, number: int, titled_before: int = 0) -> TitleBelow | None:
        """Return the title printed under a labelled heading that has none of its own ("Priority
        Outcome 1" / "Children and young people enjoy learning …"), or ``None``
        when the next line with text is a list's, a lead-in, another labelled heading or a paragraph
        (a longer sentence, when ``titled_before`` headings of its word had their titles below)."""
        longest = MAX_RUN_TITLE_WORDS if titled_before >= 2 else MAX_TITLE_WORDS
        for below in range(number + 1, min(number + 4, len(self.raw_lines) + 1)):
            text = clean_text(self.raw_lines[below - 1])
            if not text:
                continue
            if is_marked(text) or len(text.split()) > longest:
                return None
            if purpose := PURPOSE_LEADS_IN.match(text):
                # "To promote opportunities for communities to lead … lives we will:": the title, then
                # what is done for it led in
                return TitleBelow(below, purpose.group("title"), leads_in=True)
            if text.endswith(":"):
                # "To support people to be happy, healthy and active …:" names the priority and leads in
                # what is done for it; "We will:" or "Our priorities:" lead in a list, no title
                if ACTION_LEAD_IN.match(text) or MEASURE_LEAD_IN.match(text) or lead_in_kind(text):
                    return None
                text = text[:-1].rstrip()
            if LABELLED.match(text):
                return None
            return TitleBelow(below, text)
        return None

    def _among_bare_labels(self, number: int, stem: str) -> bool:
        """True when the line with text above or below ``number`` is another label of the same word
        with neither a title nor a line of its own below it: a run of bare labels ("Priority 1",
        "Priority 2", …), which names no item."""
        for step in (-1, 1):
            at = number + step
            while 1 <= at <= len(self.raw_lines) and not clean_text(self.raw_lines[at - 1]):
                at += step
            if not 1 <= at <= len(self.raw_lines):
                continue
            match = LABELLED.match(clean_text(self.raw_lines[at - 1]))
            if match is None or not match.group("ref") or labelled_title(match):
                continue
            if kind_stem(match.group("word")) == stem:
                return True
        return False

    def _aim_over_objectives(self, word: str) -> bool:
        """When "Objectives" follows a heading labelled as an aim, ambition or goal with nothing under
        it yet, make that heading the outcome the objectives serve; True if so ("Aim 1" / "Champion an
        ambitious and inclusive city." / "Objectives" / "- A city that …": the objectives are its
        priorities, not actions)."""
        heading = self.priority
        if (
            heading is None
            or self.priority_word not in AIM_WORDS
            or word.casefold().rstrip("s") != "objective"
            or self.items_under_priority
            or not self.extraction.priorities
            or self.extraction.priorities[-1] is not heading
        ):
            return False
        self.extraction.priorities.pop()
        self.seen_labels.pop(("priority", heading.label.casefold()), None)
        self._outcome(heading.source_line, heading.label, heading.ref, RULE_OUTCOME_HEADING)
        return True

    def _outcome(
        self,
        number: int,
        label: str,
        ref: str | None,
        rule: str = RULE_OUTCOME_HEADING,
        listed: bool = False,
        matches: tuple[OutcomeLink, ...] = (),
    ) -> None:
        """Add an outcome the plan states. A heading's outcome is in force for the items below it; one
        of a list of outcomes is not (the items after the list serve them all, not the last)."""
        known = known_item(self.seen_labels, "outcome", label)  # listed again: the item read before
        if known is not None and isinstance(known, Outcome):
            self.outcome, self.list_kind = (None if listed else known), None
            self.priority = self.priority if listed else None
            return
        key = self.new_key("outcome", ref or label)
        outcome = Outcome(
            self.scheme,
            self.scheme_label,
            key,
            label,
            number,
            notation=ref,
            reading=Reading(rule, 0.6 if listed else 0.9),
            matches=matches,
        )
        self.extraction.outcomes.append(outcome)
        self.seen_labels[("outcome", label.casefold())] = outcome
        if listed and self.priority is not None and self.grouped_under == self.lead_in_line:
            # "Priority 1 - Improve …" / "• Residents living active and healthy lives": the outcome the
            # heading's priority works for
            self.priority.contributes_to.append(OutcomeLink(self.scheme, key))
        # one of a list of outcomes under a priority (its outcomes) leaves that priority in force
        self.outcome, self.list_kind, self.pending = (None if listed else outcome), None, None
        self.priority = self.priority if listed else None

    def _outcome_wrapped(self, number: int, text: str) -> bool:
        """Join ``text`` to the outcome read on the line before when it is that heading's wrapped end
        ("Outcome 1 – Creating a coherent" / "and attractive city within a city region"); True if so."""
        outcomes = self.extraction.outcomes
        if (
            not outcomes
            or outcomes[-1].source_line != self.previous_line
            or self.previous_line != number - 1
            or not text[:1].islower()
            or is_marked(text)  # "o Children and young people …": Word's second-level bullet, a new item
            or len(text.split()) > MAX_HEADING_WORDS
            or SENTENCE_END.search(outcomes[-1].label)
        ):
            return False
        old = outcomes[-1]
        outcomes[-1] = replace(old, label=clean_text(f"{old.label} {text}"))
        self.seen_labels.pop(("outcome", old.label.casefold()), None)
        self.seen_labels[("outcome", outcomes[-1].label.casefold())] = outcomes[-1]
        if self.outcome is old:
            self.outcome = outcomes[-1]
        self.extraction.place(number, "outcome continued")
        return True

    def _framework_outcome(self, number: int, key: str, name: str) -> None:
        """Read a heading naming an Every Child Matters outcome as the plan's outcome, in force below.

        The list in force runs on under it: after "the following priority outcomes", the bullets
        under each outcome's heading are still the priorities the lead-in announced."""
        list_kind = self.list_kind
        self._outcome(number, name, None, RULE_FRAMEWORK_HEADING, matches=(OutcomeLink("ecm", key),))
        self.list_kind = list_kind

    def _priority(
        self, number: int, label: str, ref: str | None, rule: str, confidence: float, open_label: bool = False
    ) -> Priority:
        known = known_item(self.seen_labels, "priority", label)
        if isinstance(known, Priority) and not open_label:
            self.priority, self.list_kind = known, None
            return known
        self._withdraw_empty_heading()
        priority = Priority(
            key=self.new_key("priority", ref or label),
            label=label,
            source_line=number,
            ref=ref,
            reading=Reading(rule, confidence),
        )
        keys = ecm_keys_in(label)
        if keys:
            priority.contributes_to = [OutcomeLink("ecm", key) for key in keys]
        elif self.outcome is not None:
            priority.contributes_to = [OutcomeLink(self.outcome.scheme, self.outcome.key)]
        self.extraction.priorities.append(priority)
        self.seen_labels[("priority", label.casefold())] = priority
        self.items_under_priority = 0
        self.priority, self.list_kind = priority, None
        self.pending = Pending("priority", priority, "" if open_label else label)
        return priority

    def _objective(self, number: int, label: str, ref: str | None) -> bool:
        """Add a bullet under the priority in force as one of its objectives where
        :func:`~councilkg.loaders.generic.objectives.objectives_rule` reads it so; returns whether it did."""
        parent = self.priority
        if parent is None:
            return False
        rule = objectives_rule(parent, self.objectives_line, self.lead_in)
        if rule is None:
            return False
        key = self.new_key("priority", ref or label)
        objective = objective_of(parent, key, label, number, ref, rule)
        self.extraction.priorities.append(objective)
        self.seen_labels[("priority", label.casefold())] = objective
        self.items_under_priority += 1
        self.pending = Pending("priority", objective, label)
        return True

    def _withdraw_empty_heading(self) -> None:
        """Take back the priority in force if it was read only because a list seemed to follow it and
        none did: the next heading came first ("DRAFT EARLY HELP ACTION PLAN" / "Actions" /
        "Priority: Improving …" is a title, not a priority)."""
        heading = self.priority
        if (
            heading is None
            or self.items_under_priority
            or heading.reading is None
            or heading.reading.rule != RULE_HEADING_ABOVE_LIST
            or not self.extraction.priorities
            or self.extraction.priorities[-1] is not heading
        ):
            return
        self.extraction.priorities.pop()
        self.seen_labels.pop(("priority", heading.label.casefold()), None)
        self.extraction.place(heading.source_line, "heading with no list under it")
        self.priority = None

    def _list_item(self, number: int, text: str, ref: str | None, rule: str) -> None:
        text = INLINE_BULLET.split(text, maxsplit=1)[0].rstrip()
        if not text:
            return
        if self.list_kind == "risk":
            text = risk_before_comment(text) or text  # "Budget pressures: the overspend remained …"
        if self.list_kind == "indicator":
            self._indicator(number, text, ref, RULE_LISTED_MEASURE, 0.7)
            return
        if self.list_kind == "priority-list" and self.headed_list and self.priority is not None:
            if ASPIRATION.match(text) or states_a_figure(text):
                self.pending = None  # "- Life expectancy … is 81.5 years …": how the area is, no action
            elif opens_with_measure(text):  # a measure is never an action, whatever list it is in
                self._indicator(number, text, ref, RULE_LISTED_MEASURE, 0.5)
            elif not self._objective(number, text, ref) and not self._people_state(number, text, ref, rule):
                self._action(number, text, ref, rule, 0.6)  # a bullet under one of the priorities' headings
            return
        if (
            self.list_kind == "priority-list"
            and not (self.marked_list or self.headed_list)
            and is_plan_matter(text)
        ):
            # "… sets out our four key priorities …" over "- Foreword by the Leader" / "- Our vision": the
            # page's own contents, not its priorities
            self.list_kind = "other"
            self.extraction.place(number, "a page's contents under a priorities lead-in")
            return
        if self.list_kind in {"priority", "priority-list"}:
            measure = " ".join(text.split())
            if opens_with_measure(measure) and (said := REPORTED.search(measure)):
                # "1. The percentage of … remained at 3.5%" under "highlights and areas for improvement:"
                self._indicator(number, measure[: said.start()].rstrip(" ,"), ref, RULE_REPORTED_MEASURE, 0.5)
                return
            if (title := title_before_report(measure)) is not None:
                text = title  # "· Reducing Re-offending – it was noted that …": the point's title is its item
            elif reports_what_was(measure):  # "Ø Plans were on track for …" under a theme
                self.pending = None
                return
            self._priority(number, text, ref, RULE_LISTED_PRIORITY, 0.6)
            self.list_kind, self.marked_list = "priority-list", True
            if SENTENCE_END.search(text):
                # a whole sentence ends the item; one cut off goes on in the line below, numbered or not
                self.pending = None
            return
        if self.list_kind == "outcome-list" and self.headed_list and (above := self._numbered_outcome()):
            # "1. Economic Prosperity:" / "a) Reduced youth unemployment …": a listed outcome's own
            # priorities, a level down
            in_force, self.outcome = self.outcome, above
            self._priority(number, text, ref, RULE_UNDER_LISTED_OUTCOME, 0.6)
            self.outcome, self.list_kind, self.pending = in_force, "outcome-list", None
            return
        if self.list_kind == "outcome-list":
            self._outcome(number, text, ref, RULE_LISTED_OUTCOME, listed=True)
            self.list_kind, self.marked_list = "outcome-list", True
            return
        if self.list_kind == "action":
            if is_tally(text):
                self.pending = None  # "26 (68%) have been completed …": a tally of the actions, none of them
                return
            if opens_with_measure(text):  # "… improvement actions for: · % of people presented homeless …"
                self._indicator(number, text, ref, RULE_LISTED_MEASURE, 0.5)
            else:
                self._action(number, text, ref, RULE_LISTED_ACTION, 0.7)
            return
        if self.list_kind in {"other", None} and (
            self._named_against_target(number, text)
            or self._said_to_move(number, text)
            or self._coded_point(number, text)
        ):
            return  # "· The percentage of … was better than target at 9.5%" among points noted
        if self.list_kind == "other":
            self.pending = None
            if WE_WILL.match(text):  # "… make a number of changes …:" / "• we will reshape our early help …"
                self._action(number, text, ref, RULE_PROMISED_ITEM, 0.5)
            return
        if self.list_kind == "risk":
            risk = Risk(ref=ref or "", label=text, source_line=number, reading=Reading(RULE_LISTED_RISK, 0.6))
            self.extraction.risks.append(risk)
            self.pending = Pending("risk", risk, text)
            return
        if self.priority is not None or self.outcome is not None:
            titled = TITLED_ITEM.match(text) is not None and text.split()[0] not in ACTION_VERBS
            if (
                text.endswith(":")  # "2.2 Develop integrated pathways for:" leads in the list under it
                or ASPIRATION.match(text)
                or STATE.match(text)
                or titled
                or POST_TITLE.match(text)
                or ACCOUNTABLE.search(text)
                or reports_what_was(text)  # "• Robust measures were in place …"
                or states_a_figure(text)  # "- Life expectancy in Buckinghamshire is 81.5 years …"
            ):
                self.pending = None  # "We want all of our children and young people to achieve highly"
                return
            if is_measure_label(text):  # "there is a decrease in the number of …", "Percentage of …"
                self._indicator(number, text, ref, RULE_LISTED_MEASURE, 0.5)
                return
            if self._people_state(number, text, ref, rule):
                return
            if self.priority is not None and _listed(self.priority) and self.outcome is None:
                # "• Supporting vulnerable people" read as one of a list of priorities, then a heading
                # ("One public service") over bullets of its own: they are not what is done for it
                self.pending = None
                return
            if rule == RULE_BULLET_ACTION and self._objective(number, text, ref):
                return
            self._action(number, text, ref, rule, 0.6)
            return
        # a bullet led by a verb under no priority or outcome is not read as an action: on the released
        # plans it was wrong more often than right (a council's priorities listed after its prose); a
        # numbered item led by a verb ("3.2 Submit the action plan …") still is
        first = text.split()[0].strip(",:") if text.split() else ""
        if (
            rule != RULE_BULLET_ACTION
            and (first in ACTION_VERBS or WE_WILL.match(text))
            and not text.endswith(":")
        ):
            self._action(number, text, ref, rule, 0.5)
            return
        if national_codes_in(text):
            if coded := NATIONAL_CODE_FIRST.match(text):
                # "• NI 92 – Narrowing the Gap … and the rest.  Members expressed concern …": the code
                # names the measure, as on a paragraph's line, and its name ends with its sentence
                ref = ref or clean_text(coded.group(0))
                text = (
                    re.split(r"(?<=\.)\s+(?=[A-Z])", text[coded.end() :].strip(" –—-:"))[0].rstrip(".")
                    or text
                )
            self._indicator(number, text, ref, RULE_CODED_MEASURE, 0.6)
            return
        self.pending = None

    def _named_in_prose(self, number: int, text: str) -> bool:
        """Add the measures a paragraph calls an indicator, quotes or names with a target, and the risks
        it names after the word ("risk concerning …"); returns whether there were any."""
        measures = measures_named_in_prose(text)
        risks = [("", name) for name in risks_named_in_prose(text)] + risks_by_register_ref(text)
        for name in measures:
            self._indicator(number, name, None, RULE_NAMED_IN_PROSE, 0.5)
        for ref, name in risks:
            known = named_before(name, [risk.label for risk in self.extraction.risks]) if ref else None
            if known is not None:  # "risk 4 on the register, children's social care": named above
                self.extraction.risks[known].ref = self.extraction.risks[known].ref or ref
                continue
            reading = Reading(RULE_RISK_IN_PROSE, 0.5)
            self.extraction.risks.append(Risk(ref=ref, label=name, source_line=number, reading=reading))
        if measures or risks:
            self.pending = None
        return bool(measures or risks)

    def _named_against_target(self, number: int, text: str) -> bool:
        """Add the measures whose sentences open with their names and say where they stand against
        their targets ("The number of new in-house foster carers was better than target."); returns
        whether there were any."""
        named = [(label, None) for label in measures_named_against_targets(text)]
        return self._measures_of_point(number, named, RULE_TARGET_POSITION, 0.5)

    def _coded_point(self, number: int, text: str) -> bool:
        """Add the measure a point names with its code ("Reported incidents of domestic abuse (M7) – this
        measure included …"); returns whether it named one."""
        coded = measure_before_comment(text)
        return self._measures_of_point(number, [coded] if coded else [], RULE_CODED_POINT, 0.6)

    def _said_to_move(self, number: int, text: str) -> bool:
        """Add the measures a meeting reports as having moved ("The number of … had increased."), but
        those read already; returns whether there were any."""
        read = {indicator.label.casefold().removeprefix("the ") for indicator in self.extraction.indicators}
        moved = [
            (label, None)
            for label in measures_said_to_move(text)
            if label.casefold().removeprefix("the ") not in read
        ]
        return self._measures_of_point(number, moved, RULE_MOVED_MEASURE, 0.5)

    def _measures_of_point(
        self, number: int, measures: Sequence[tuple[str, str | None]], rule: str, confidence: float
    ) -> bool:
        """Add the ``measures`` (label and code) a point or sentence names; returns whether it named any."""
        for label, ref in measures:
            self._indicator(number, label, ref, rule, confidence)
        if measures:
            self.pending = None
        return bool(measures)

    def _action(self, number: int, text: str, ref: str | None, rule: str, confidence: float) -> None:
        action = Action(
            key=self.new_key("action", ref or text),
            label=text,
            source_line=number,
            ref=ref,
            reading=Reading(rule, confidence),
        )
        if self.priority is not None:
            action.supports = [self.priority.key]
            self.items_under_priority += 1
        elif self.outcome is not None:
            action.delivers = [OutcomeLink(self.outcome.scheme, self.outcome.key)]
        self.extraction.actions.append(action)
        self.pending = Pending("action", action, text)

    def _indicator(self, number: int, text: str, ref: str | None, rule: str, confidence: float) -> None:
        codes = national_codes_in(text)
        text = measure_before_figures(text)  # "… upheld Communities 0% 3% 20% Green Worse": the row's figures
        indicator = Indicator(
            key=self.new_key("indicator", ref or text),
            label=text,
            source_line=number,
            ref=ref,
            national_codes=codes,
            reading=Reading(rule, confidence),
        )
        if self.priority is not None:
            indicator.measures = [self.priority.key]
            self.items_under_priority += 1
        elif self.outcome is not None:
            indicator.measures_outcomes = [OutcomeLink(self.outcome.scheme, self.outcome.key)]
        self.extraction.indicators.append(indicator)
        self.pending = Pending("indicator", indicator, text)


def _listed(priority: Priority) -> bool:
    """True when a priority was read as an item of a list of priorities (not as a heading)."""
    return priority.reading is not None and priority.reading.rule == RULE_LISTED_PRIORITY
