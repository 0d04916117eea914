"""Paragraph lines of a plan's outline: "We will …" commitments and what a sentence right after a
lead-in lists.

:class:`OutlineSentences` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`): a line that is no heading, list item or
lead-in is a sentence, read here for the commitments it states ("We will …" under a priority or
outcome), a national indicator it is led by, or, right after a lead-in, as the list's next item.
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import is_marked
from councilkg.loaders.generic.outlinelines import (
    CELL_GAP,
    COMMITMENT,
    HEADER_NOUNS,
    MAX_SENTENCE_ITEM_WORDS,
    NATIONAL_CODE_FIRST,
    QUOTED,
    RULE_CODED_MEASURE,
    RULE_HEADING_IN_LIST,
    RULE_LISTED_PRIORITY,
    RULE_SENTENCE_ITEM,
    RULE_TITLED_COMMITMENT,
    RULE_VERB_LED,
    RULE_WE_WILL,
    SENTENCE_END,
    VISION,
    WANT,
    indent_of,
    kind_named,
)
from councilkg.loaders.generic.outlineruns import OutlineRuns
from councilkg.loaders.generic.wrappedparagraphs import wrapped_paragraph
from councilkg.loaders.model import MeasureType, Observation
from councilkg.loaders.parsing.cells import ACTION_VERBS
from councilkg.loaders.parsing.runlists import GLOSSED_LINE, RunItem, paragraph_run
from councilkg.loaders.parsing.targetprose import (
    MeasureAgainstTarget,
    measures_against_targets,
    measures_beside_targets,
)
from councilkg.loaders.parsing.values import written_value
from councilkg.text import clean_text, national_codes_in

#: "We will deliver on our priorities …", "We will report how we have progressed against this
#: Delivery Plan …", "We will focus our energy and resources on these priorities …": a sentence about
#: the plan itself, which states no action of it.
ABOUT_THE_PLAN = re.compile(
    r"\bwe (?:will|'ll|’ll)\s+(?:\S+\s+){0,7}?(?:on|against)\s+(?:our|these|this)\s+"
    r"(?:(?:delivery|council|corporate|strategic|key)\s+)?(?:priorities|plan|strategy)\b"
    # "We will update this plan annually", "we will therefore monitor the success of our Partnership",
    # "We will report our findings before the final Plan is published": the plan's own upkeep
    r"|\bwe (?:will|'ll|’ll)\s+(?:\w+\s+)?(?:update|review|refresh|report|monitor|publish)\s+"
    r"(?:this|the|our)\s+(?:plan|strategy|findings|success|progress)\b"
    # "The Council will identify those actions which the council are aiming to progress …": sorting the
    # plan's own items, no item itself
    r"|\b(?:we|the council) (?:will|'ll|’ll)\s+(?:\w+\s+)?(?:identify|review|prioritise|revisit)\s+"
    r"(?:those|these|its|our)\s+(?:\w+\s+)?(?:actions|priorities|objectives|commitments)\b",
    re.IGNORECASE,
)
#: "We will do this by supporting young people …", "We will do this through our resident-led work …":
#: how the sentence before will be done, no commitment of its own.
HOW_IT_IS_DONE = re.compile(
    r"^(?:we|the council) (?:will|shall) (?:do|achieve|deliver) (?:this|that|it|so) (?:by|through)\b"
    # "We will underpin these focus areas by providing a resilient … council": how the items named
    # before will be served
    r"|^(?:we|the council) (?:will|shall) (?:underpin|support|deliver|achieve) (?:these|those) "
    r"(?:\w+ )?(?:priorities|focus areas|themes|outcomes|aims|objectives|ambitions) (?:by|through)\b",
    re.IGNORECASE,
)

#: "…, so we will work together to promote …": a sentence that says anywhere what will be done.
#: Where a sentence (or a clause ended by a semicolon) ends and the next, opening with a capital, begins.
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")
PROMISED = re.compile(r"\b(?:we|the council|the partnership) will\b|\bwe['’]ll\b", re.IGNORECASE)

RULE_TARGET_PROSE = "measure a sentence compares with its target"
RULE_BESIDE_TARGET = "measure with a value beside one compared with its target"

#: A "We will …" sentence in a paragraph is an action in one plan's labels and narrative in another's
#: (right 17 times in 37 on the released corpus): the lowest confidence, for users to filter it out.
WE_WILL_CONFIDENCE = 0.3


class OutlineSentences(OutlineRuns):
    """The outline reader's handling of paragraph lines: commitments, measures and lists a sentence states."""

    def _stating(self) -> bool:
        """Return whether the line is a vision's or ambition's words: a line named one, and no
        priority or outcome was read since."""
        span = self.statement
        return span is not None and span.goes_on(self.extraction, self.priority, self.outcome)

    def _sentence_item(self, number: int, text: str) -> bool:
        """Read a whole sentence on the line right after a lead-in ("Strategic Outcomes:"), or after
        the sentence read so, as the next item of the list: unmarked, one per line, no blank between."""
        # "enjoy good physical and mental health;" … "live free from poverty …": a list whose marks
        # were lost, its items ending in semicolons, the last in a full stop
        clauses = text.endswith(";") or (text.endswith(".") and self.previous.endswith(";"))
        if (
            self.list_kind not in {"outcome-list", "priority-list", "action", "indicator"}
            or not (text[:1].isupper() or (text[:1].islower() and clauses))
            or not (text.endswith(".") or clauses)
            or len(text.split()) > MAX_SENTENCE_ITEM_WORDS
            # … but then each of its items stands apart too
            or (self.spaced_run and number < len(self.raw_lines) and self.raw_lines[number].strip())
        ):
            self.sentence_run = None
            return False
        label = text.rstrip(".;")
        if self.list_kind == "outcome-list":
            self._outcome(number, label, None, RULE_SENTENCE_ITEM, listed=True)
            self.list_kind = "outcome-list"
        elif self.list_kind == "priority-list":
            self._priority(number, label, None, RULE_SENTENCE_ITEM, 0.5)
            self.list_kind = "priority-list"
        else:
            self._list_item(number, label, None, RULE_SENTENCE_ITEM)
        last = clauses and text.endswith(".")  # the clause ending in a full stop ends the list
        self.sentence_run, self.pending = (None if last else number + 1), None
        return True

    def _measures_against_targets(self, number: int, measures: list[MeasureAgainstTarget]) -> None:
        """Add the measures a sentence compares with their targets ("96.8 per cent of referrals are
        screened … which was above the target of 90 per cent"), each with its target."""
        for measure in measures:
            self._indicator(number, measure.label, None, RULE_TARGET_PROSE, 0.5)
            written = written_value(measure.target)
            self.extraction.indicators[-1].observations.append(
                Observation(
                    MeasureType.TARGET, measure.target, number, written.period, written.value, written.unit
                )
            )
        self.pending = None

    def _hangs_under_item(self, number: int) -> bool:
        """True when line ``number`` is printed further in than the marked item on the line above it
        (its text, hanging under the number or bullet)."""
        above = next((n for n in range(number - 1, 0, -1) if self.raw_lines[n - 1].strip()), None)
        if above is None or not is_marked(self.raw_lines[above - 1]):
            return False
        return indent_of(self.raw_lines[number - 1]) > indent_of(self.raw_lines[above - 1])

    def _sentence(self, number: int, text: str) -> None:
        """Read a paragraph line: "We will …" commitments, and lines naming a national indicator."""
        self.pending = None
        if self._counted(number, text):
            return
        named, run = paragraph_run(text)
        if run:
            self._run([RunItem(number, item.ref, item.label) for item in run], kind_named(named))
            return
        if measures := measures_against_targets(text):
            self._measures_against_targets(number, measures)
            for label in measures_beside_targets(text):  # "…; 100 per cent of children with a … Plan"
                self._indicator(number, label, None, RULE_BESIDE_TARGET, 0.5)
            self._said_to_move(number, text)  # "… The number of custody offences had fallen by half …"
            self.pending = None
            return
        if self._named_against_target(number, text):  # "The number of … was better than target."
            return
        if self._named_in_prose(number, text):  # "The indicator for percentage of …", "risk concerning …"
            return
        if self._said_to_move(number, text):  # "The Chairman asked why the number of … had dropped by 28%."
            return
        sentences = [part for part in _SENTENCE_BREAK.split(text) if part]
        own = sentences  # the line's own sentences, whatever paragraph it is a line of
        wrapped = wrapped_paragraph(self.raw_lines, number, self.read_elsewhere)
        if wrapped is not None:
            self.paragraph_end = wrapped.starts[-1][1]  # its lines' commitments are read with it, here
        prose = wrapped.text if wrapped is not None else text
        if wrapped is not None:
            sentences = [part for part in _SENTENCE_BREAK.split(prose) if part]
        elif number <= self.paragraph_end:
            if self._counted_mid_line(number, text):
                return  # "… by 2022. There are a total of 15" / "priorities under three goals of …"
            sentences = []  # a line of a paragraph whose commitments were read from its first line
        if QUOTED.match(text) or VISION.search(self.previous) or self._stating():
            return  # a vision statement says what "we will" be, it lists no action
        # "Generating income - We will expand our commercial activity …": an action's title, then the
        # commitment that says it
        titled = GLOSSED_LINE.match(text)
        if titled and titled.group("title")[:1].isupper() and titled.group("gloss").startswith("We will "):
            self._action(number, titled.group("title"), None, RULE_TITLED_COMMITMENT, WE_WILL_CONFIDENCE)
            self.extraction.actions[-1].description = titled.group("gloss")
            self.pending = None  # its label is whole; the next line is no wrapped end of it
            return
        listed = (
            self.priority is not None
            and self.priority.reading is not None
            and (self.priority.reading.rule == RULE_LISTED_PRIORITY)
        )  # one of a list of priorities: the prose after the list is not about its last item
        in_force = (self.priority is not None and not listed) or self.outcome is not None
        if not in_force and sentences and not COMMITMENT.match(sentences[0]):
            # "The Pledge We have signed this pledge … We will ensure …": a statement's prose, with no
            # outcome or priority it serves, states no action
            sentences = []
        if not in_force and own and not COMMITMENT.match(own[0]):
            own = []
        # "Covid-19 has exacerbated inequalities … We will focus our resources …": a paragraph that opens
        # by saying how things are goes on to say what it means, narrative under a priority as under none
        # (38 such sentences of 39 were no action on the released plans)
        told = bool(sentences) and not (WANT.match(sentences[0]) or PROMISED.search(sentences[0]))
        # "2. A more prosperous borough" / "    We will ensure …": what is said of the item it hangs under
        told = told or self._hangs_under_item(number)
        commitments = [  # "We will strive to be:" introduces what follows; it is no action
            part
            for part in ([] if told else sentences)
            if (COMMITMENT.match(part) or (in_force and WANT.match(part)))
            and not part.endswith(":")
            and not ABOUT_THE_PLAN.search(part)
            and not HOW_IT_IS_DONE.match(part)
        ]
        if commitments:
            for sentence in commitments:
                line = wrapped.line_at(prose.find(sentence)) if wrapped is not None else number
                self._action(line, sentence.rstrip("."), None, RULE_WE_WILL, WE_WILL_CONFIDENCE)
            if wrapped is not None or len(commitments) > 1 or len(sentences) > 1 or text.endswith("."):
                self.pending = None  # its sentence ended: the next line is not its wrapped end
            return
        codes = national_codes_in(text)
        if codes and len(text.split()) <= 30 and (coded := NATIONAL_CODE_FIRST.match(text)):
            # "NI 117 LAA Reward Target   5.52%   5.74% …": a scorecard's row; its first cell names it
            first_cell = CELL_GAP.split(self.raw_lines[number - 1].strip(), maxsplit=1)[0]
            label = clean_text(first_cell[coded.end() :]) if first_cell.startswith(coded.group(0)) else ""
            self._indicator(number, label or text, clean_text(coded.group(0)), RULE_CODED_MEASURE, 0.7)
            return
        words = text.split()
        first = words[0].rstrip(",:") if words else ""
        second = words[1] if len(words) > 1 else ""
        if (
            (self.priority is not None or self.outcome is not None)
            and first in ACTION_VERBS
            and first not in HEADER_NOUNS
            and not second.endswith("ed")  # "Support provided by …": a noun, not an imperative
            # "Support for young people …", "Review of progress …": a noun too (1 in 15 an action)
            and second.casefold() not in {"for", "of"}
            and len(own) == 1
            and not self._next_heading(text)
        ):
            # a list's bullets lost in the text: "Deliver, in partnership, the" under a priority
            self._action(number, text.rstrip("."), None, RULE_VERB_LED, 0.5)

    def _next_heading(self, text: str) -> bool:
        """Return whether a verb-led line is the next heading of a list of priorities printed as
        headings, not an action under the last: the priority in force was read as one of them and the
        line, like them, ends no sentence ("Ensure all children … can belong and thrive in Sheffield" /
        its paragraph / "Address inequalities for our children …"; "Our Pledges & Priorities" / …
        "Reduce the impact of Climate Change"). Under such a priority no verb-led line was an action
        on the released plans."""
        heading = self.priority
        return (
            heading is not None
            and heading.reading is not None
            and heading.reading.rule == RULE_HEADING_IN_LIST
            and not SENTENCE_END.search(text)
        )
