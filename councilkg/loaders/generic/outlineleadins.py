"""Lead-ins of a plan's outline: the lines that say what the list under them holds ("We will:",
"Our priorities are:", "Objectives:", "These are:" under a heading naming the list), and those that
lead in a list of something other than plan items ("What do we know about growing up here?").

:class:`OutlineLeadIns` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`); which kind a line names is decided by
:func:`~councilkg.loaders.generic.leadinkind.lead_in_kind` and
:func:`~councilkg.loaders.generic.countedlists.counted_list_kind`.
"""

from __future__ import annotations

import itertools
import re

from councilkg.documents.listmarks import BULLET, NUMBER, is_marked
from councilkg.loaders.generic.chosenfocus import chosen_focus, stated_focus
from councilkg.loaders.generic.countedlists import counted_list_kind
from councilkg.loaders.generic.leadinkind import (
    heard_in,
    last_sentence,
    lead_in_kind,
    points_back_at_sentence,
)
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    BARE_INLINE_NUMBERS,
    CHILDREN_TO,
    INLINE_NUMBERS,
    KIND_OF_WORD,
    LEAD_IN_CUES,
    LIST_KIND_WORDS,
    MAX_HEADING_WORDS,
    MEASURE_LEAD_IN,
    PAGE_REF,
    RULE_QUOTED_FOCUS,
    SENTENCE_END,
    SUB_OBJECTIVES,
    indent_of,
)
from councilkg.loaders.generic.outlinewraps import OutlineWraps
from councilkg.loaders.generic.placeaspirations import place_aspiration
from councilkg.loaders.generic.prosecommitments import drop_heading_description
from councilkg.loaders.generic.runonlists import glued_titles
from councilkg.loaders.generic.wrappedleadins import wrapped_lead_in
from councilkg.loaders.parsing.ordinals import first_of_counted
from councilkg.loaders.parsing.runlists import list_count, named_in_sentence
from councilkg.text import clean_text

#: "Working together to reach your goals": a kind word only as the object of an infinitive closing the
#: line names a purpose (a cover's strapline, a title), not the lines under it ("Priorities to improve
#: outcomes" names them first).
PURPOSE_OF_LINE = re.compile(r"\bto\s+[a-z]+\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$")

#: A sub-heading between a lead-in and its list ("We will deliver ourselves") is a few words.
MAX_SUBHEADING_WORDS = 8
#: A lead-in's colon printed with a dash after it: "… these were as follows:-".
COLON_DASH = re.compile(r":\s*[-–]$")
#: "The aims of the strategy are to:" over "• Define what we mean by Early Help …", "• Explain …":
#: what the document itself sets out to do (its own purpose), no plan items; "The Play Area Strategy aims
#: to:" over "• Outline the current provision …" as much.
DOCUMENT_AIMS = re.compile(
    r"\b(?:aims?|purpose|objectives?)\s+of\s+(?:the|this)\s+(?:strategy|plan|document|report|paper)\b"
    r"|\b(?:strategy|plan|document|report|paper)\s+aims\s+to\s*:",
    re.IGNORECASE,
)
_DOCUMENT_VERB = re.compile(
    r"^(?:define|explain|outline|describe|set out|sets out|summari[sz]e|introduce|present|show)\b",
    re.IGNORECASE,
)


def _document_verb_first(line: str) -> bool:
    """True when a bulleted line opens with what a document does ("• Define …", "• Explain …")."""
    bullet = BULLET.match(line)
    return bullet is not None and _DOCUMENT_VERB.match(line[bullet.end() :].strip()) is not None


#: "The four key themes- Stronger communities              38": a page number printed apart after a line.
PAGE_AFTER_GAP = re.compile(r"\S\s{3,}\d{1,3}\s*$")


#: A plan's promises or pledges: its priorities where it names no others, what it will do for them
#: where it lists its priorities first.
_PROMISES = re.compile(r"\b(?:promises|pledges)\b[^.:]*:\s*$", re.IGNORECASE)


#: "… ambitions for ‘People: cohesive communities‘ are to:": a lead-in naming one priority in quotes, then
#: what is to be done for it.
QUOTED_FOCUS = re.compile(r"[‘“\"](?P<title>[A-Z][^’‘”“\"]{3,80})[’‘”\"].{0,80}\b(?:are|aims?) to\s*:\s*$")
#: "… split into three sections relating to the following themes:": however long the sentence, its last
#: words name the kind of the lines under it, marked or not.
FOLLOWING_KIND = re.compile(
    r"\bthe following (?:[\w-]+\s+){0,2}?" + LIST_KIND_WORDS.pattern + r"\s*:\s*$", re.IGNORECASE
)
#: How much further in than its lead-in a list's item whose mark was lost stands.
MIN_LOST_MARK_INDENT = 4


class OutlineLeadIns(OutlineWraps):
    """The outline reader's handling of the lines that lead in a list."""

    def _lead_in(self, number: int, kind: str, text: str) -> None:
        """Start a list of items of ``kind`` after the line ``text`` that names them."""
        self.list_kind = f"{kind}-list" if kind in {"priority", "outcome"} else kind
        if kind in {"priority", "outcome"}:
            drop_heading_description(self.extraction)
        self.list_left = list_count(text)
        self.marked_list, self.list_marker, self.headed_list = False, None, False
        self.pending = None
        self.extraction.place(number, f"{kind} lead-in")
        self.lead_in, self.lead_in_line = text, number
        self.ref_above_lead_in, self.numbered_at_lead_in = self.last_ref, self.numbered_lines
        self.after_sentence = True
        self.sentence_run = number + 1 if text.endswith(":") else None
        self.spaced_run = False

    def _list_unstarted(self) -> bool:
        """True when a list of priorities or outcomes has been led in and none of its items read yet."""
        if self.list_kind not in {"priority-list", "outcome-list"}:
            return False
        read = self.extraction.priorities if self.list_kind == "priority-list" else self.extraction.outcomes
        return not read or read[-1].source_line < self.lead_in_line

    def _priorities_listed(self) -> bool:
        """True when the plan has named two priorities or more already."""
        return len(self.extraction.priorities) >= 2

    def _inside_bullets(self, number: int, following: str) -> bool:
        """True when line ``number`` stands between two bullets of one mark, the one above it and the
        one below: an entry of a list (a web page's contents) whose own mark was lost."""
        mark_below = BULLET.match(following)
        if mark_below is None:
            return False
        mark_above = BULLET.match(self._line_before(number))
        if mark_above is None or mark_above.group(0).strip() != mark_below.group(0).strip():
            return False
        # walked by index, as _line_before walks back: a slice of the lines below would copy them each time
        lines = self.raw_lines
        below = (lines[at].strip() for at in range(number, len(lines)) if lines[at].strip())
        after = next(itertools.islice(below, 1, 2), None)  # the line after the entry below it
        return after is not None and not BULLET.match(after)  # one entry below it, then the list ends

    def _indented_below(self, number: int) -> bool:
        """True when the next line printed after line ``number`` stands further in than it, a
        capitalised line with no mark: a list's item whose bullet the page's text lost."""
        lines = self.raw_lines
        near = range(number, min(number + 3, len(lines)))
        below = next((lines[at] for at in near if lines[at].strip()), "")
        return (
            indent_of(below) >= MIN_LOST_MARK_INDENT + indent_of(lines[number - 1])
            and below.lstrip()[:1].isupper()
            and not is_marked(below.strip())
        )

    def _subheading_over_list(self, number: int) -> int | None:
        """Return the line of the short sub-heading printed right after line ``number`` when a marked
        list starts under it ("… the following outcomes achieved …:" / "We will deliver ourselves" /
        "1. …"), else ``None``."""
        below = [
            (at, clean_text(line))
            for at, line in enumerate(self.raw_lines[number : number + 6], start=number + 1)
            if line.strip()
        ][:2]
        if len(below) < 2 or is_marked(below[0][1]) or SENTENCE_END.search(below[0][1]):
            return None
        if len(below[0][1].split()) > MAX_SUBHEADING_WORDS:
            return None
        return below[0][0] if BULLET.match(below[1][1]) or NUMBER.match(below[1][1]) else None

    def _lead_in_line(self, number: int, text: str, following: str) -> bool:
        """Read an unmarked line that leads in the list under it ("Our priorities are:", "Objectives:"
        under a priority, "These are:" under a heading naming the list, a list of something other than
        items) or a sentence naming titles after their kind; returns whether the line was read so."""
        text = COLON_DASH.sub(":", text)  # "… these were as follows:-"
        listed = bool(
            BULLET.match(following)
            or NUMBER.match(following)
            or INLINE_NUMBERS.match(following)
            or (text.endswith(":") and BARE_INLINE_NUMBERS.match(following))
            or (text.endswith(":") and glued_titles(following))  # "Strong familiesTrusted relationships…"
            # "… took Cabinet through the new council priorities:" over "          Identify ways to …" (a
            # lead-in counting its lines is read by the count, all of them alike or none)
            or (
                text.endswith(":")
                and list_count(text) is None
                and self._indented_below(number)
                and lead_in_kind(text) is not None
            )
        )
        # "… the following outcomes achieved …:" / "We will deliver ourselves" / "1. …": a sub-heading
        # between a lead-in naming its kind and its list
        listed = listed or (
            text.endswith(":")
            and lead_in_kind(text) is not None
            and self._subheading_over_list(number) is not None
        )
        if listed and (joined := wrapped_lead_in(self.raw_lines, number, self.read_elsewhere)) is not None:
            text = joined  # "… five key priorities … drawn up with" / "the help of … They are:": one lead-in
        if (titles := named_in_sentence(text)) is not None:
            self._named_in_sentence(number, *titles)  # "… our general themes of Improving Practice; …"
            if not text.endswith(":"):
                return True
        named_last = text.endswith(":") and FOLLOWING_KIND.search(text) is not None
        kind = lead_in_kind(text) if listed or named_last or len(text.split()) <= 8 else None
        if (
            kind is not None
            and not text.endswith(":")
            and list_count(text) is None
            and (text[:1].islower() or text[-1:] in "”\"'’")
        ):
            # "… work together to improve" / "outcomes”": the wrapped end of a sentence or a quotation
            # ("… sets out" / "out eight strategic aims for the next year." counts the list it leads in)
            kind = None
        if (
            kind is not None
            and not listed
            and not LEAD_IN_CUES.search(text)
            and list_count(text) is None
            and (purpose := PURPOSE_OF_LINE.search(text)) is not None
            and not LIST_KIND_WORDS.search(text, 0, purpose.start())
        ):
            kind = None  # "Working together to reach your goals" over "Buckinghamshire": a strapline
        if kind is not None and DOCUMENT_AIMS.search(text) and _document_verb_first(following):
            self.list_kind, self.pending = "other", None  # "• Define what we mean by …": its own aims
            self.extraction.place(number, "lead-in to the document's own aims")
            return True
        if kind is not None and not text.endswith(":") and self._inside_bullets(number, following):
            # "- What we have heard" / "Our intended outcomes" / "- Responsibility for …": an entry
            kind = None
        if kind is not None and not text.endswith(":") and PAGE_REF.match(following):
            kind = None  # "Directorate objectives" over "14": a contents entry and its page, no lead-in
        if kind is not None and PAGE_AFTER_GAP.search(self.raw_lines[number - 1]):
            kind = None  # "The four key themes- Stronger communities      38": an entry and its page
        if kind is None and listed and text.endswith(":") and heard_in(text):
            self.list_kind, self.pending = "other", None  # "… told us were important. These were:"
            self.extraction.place(number, "lead-in to what a consultation heard")
            return True
        if kind is None and listed and text.endswith(":") and not LIST_KIND_WORDS.search(text):
            # "These are:" after "The priorities of the plan": the heading above names the list
            above = self.previous
            heading = len(above.split()) <= MAX_HEADING_WORDS and not SENTENCE_END.search(above)
            named = LIST_KIND_WORDS.findall(above) if heading else []
            kind = KIND_OF_WORD[named[-1].casefold()] if named else None
        if kind is None and listed and text.endswith(":"):  # "Our three obsessions are:" over three bullets
            kind = counted_list_kind(text, self.previous, self.raw_lines, number)
        if kind is None and listed and SENTENCE_END.search(self.previous) and points_back_at_sentence(text):
            # "… All the projects fall under the key priorities contained in the Council Strategy." /
            # "These are:": the pointer says what the sentence above it named last
            kind = lead_in_kind(f"{last_sentence(self.previous)} {text}")
        if (
            kind is None
            and listed
            and (first := first_of_counted(text, self.previous, self.raw_lines, number))
        ):
            kind = KIND_OF_WORD[first]  # "… under five priorities." / "The first four spell out …"
        if kind is None and listed and (chosen_focus(text) or stated_focus(text)):
            kind = "priority"  # "… the BSCB prioritised work on:": a board's choice, its priorities
        if kind is None and listed and not self._stating() and place_aspiration(text, self.previous):
            kind = "priority"  # "In 2030 we would like the Dudley borough to be…": its aspirations
        if (
            kind is None
            and (listed or following.endswith(";"))
            and text.endswith(":")
            and CHILDREN_TO.search(text)
        ):
            kind = "outcome"  # "… strives to ensure that all children and young people:" what they will be
        if (
            kind is None
            and listed
            and text.endswith(":")
            and self.list_kind in {"indicator", "action"}
            and (MEASURE_LEAD_IN.match(self.previous) or ACTION_LEAD_IN.match(self.previous))
        ):
            # "How we will know if this goal has been met" / "For Year 10 pupils there is:"
            self.pending = None
            self.extraction.place(number, f"{self.list_kind} lead-in")
            return True
        if kind is None and listed and text.endswith(":"):
            self.list_kind, self.pending = "other", None  # a list of something else: not items
            return True
        if kind == "priority" and self.priority is not None and (sub := SUB_OBJECTIVES.match(text)):
            # "Objectives:" under a priority: what is done for it, the next step down; under an aim
            # they are the priorities the aim (then an outcome) is served by
            kind = "priority" if self._aim_over_objectives(sub.group("word")) else "action"
        if kind == "priority" and _PROMISES.search(text) and self._priorities_listed():
            kind = "action"  # "… three key priorities: • A • B • C" then "The plan’s 35 promises include:"
        if kind is None and text.endswith("?") and len(text.split()) <= MAX_HEADING_WORDS:
            # "What do we know about growing up here?": the bullets under a question are findings
            self.list_kind, self.pending = "other", None
            return True
        if kind is not None and (quoted := QUOTED_FOCUS.search(text)) is not None:
            # "By prioritising ‘Place: regeneration and infrastructure‘ …, the council aims to:": the
            # priority named in quotes, the list under it what is done for it
            self._priority(number, clean_text(quoted.group("title")), None, RULE_QUOTED_FOCUS, 0.6)
            kind = "action"
        if kind is not None:
            self._lead_in(number, kind, text)
            return True
        return False
