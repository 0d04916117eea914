"""Unnumbered heading lines of a plan's outline: the next of a list of priorities or outcomes printed
as headings ("Empowering and Caring:", "People      Place      Prosperity"), and a short heading
over a list of actions or an action lead-in, read as the priority the list serves.

:class:`OutlineHeadings` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`); a line too long, ending a sentence or
naming no priority (:data:`~councilkg.loaders.generic.outlinelines.NOT_A_PRIORITY`) is narrative,
left to :meth:`~councilkg.loaders.generic.outlinesentences.OutlineSentences._sentence`.
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import BULLET, is_marked
from councilkg.loaders.generic.aimheadings import WILL_LEAD_IN, names_an_aim
from councilkg.loaders.generic.headercells import over_header_row
from councilkg.loaders.generic.measuregroups import RULE_HEADING_OVER_MEASURES, heads_measures
from councilkg.loaders.generic.outlineleadins import FOLLOWING_KIND, OutlineLeadIns
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    MAX_HEADING_WORDS,
    MEASURE_LEAD_IN,
    NOT_A_PRIORITY,
    RULE_HEADING_ABOVE_LIST,
    RULE_HEADING_IN_LIST,
    SENTENCE_END,
    WIDE_GAP,
)
from councilkg.loaders.generic.statedlines import WE_DO
from councilkg.loaders.parsing.cells import ACTION_VERBS
from councilkg.text import clean_text, has_word

#: A title over its description ("Empowering and Caring:") is a few words.
MAX_TITLE_WORDS = 6
#: "Childrens Centres) - Increasing number of …": a bracket closed that the line never opened, so the
#: line is the wrapped end of the one above, not a heading.
WRAPPED_TAIL = re.compile(r"^[^(\[]*[)\]]")
#: "Including …", "Incorporating …": a line going on with the title above it.
_GOES_ON = re.compile(r"^(?:including|incorporating|together with)\b", re.IGNORECASE)
#: "Poole's Local Area Agreement", "The Children and Young People's Plan": a heading naming a document.
_NAMES_A_DOCUMENT = re.compile(
    # "… Business Plan 2013-2014 2" (its years and page after it), "A six-year Corporate Plan for the
    # Borough Council", "Public Consultation Draft"
    r"\b(?:local area agreement|plan|strategy)(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?(?:\s+\d{1,3})?$"
    r"|\b(?:plan|strategy) for the\b|\bconsultation draft$"
    # "Draft Council Plan 2023-2028 – Have your say": a news page's headline on the plan itself
    r"|^(?:draft\s+)?(?:[A-Z][\w’'&-]*\s+){1,3}(?:plan|strategy)\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?\s+[–—-]\s",
    re.IGNORECASE,
)


#: A web page's menu entry: a few capitalised words, no stop ("About Us", "People & Place", "Priority 1").
#: The plural of a list's kind in the paragraph under its first heading: the paragraph introduces them.
_PRIORITIES = re.compile(r"\bpriorities\b", re.IGNORECASE)
_OUTCOMES = re.compile(r"\boutcomes\b", re.IGNORECASE)
_MENU_ENTRY = re.compile(r"^[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,2}$")


class OutlineHeadings(OutlineLeadIns):
    """The outline reader's handling of unnumbered lines shaped as headings."""

    def _listed_heading(self, number: int, text: str, following: str) -> bool:
        """In a list of priorities printed as headings, read a short heading line as the next one;
        returns whether it did.

        A list whose items were bullets or numbers has ended at a heading without one. A heading over
        a paragraph may be longer ("Ensure all children and young people can feel like they can
        belong and thrive in Sheffield", then what will be done for it): a sentence longer than the
        heading, however short ("A growing city with a strong and prosperous community" over
        "Challenges: Growing the economy, …")."""
        names_document = _NAMES_A_DOCUMENT.search(text) and not NOT_A_PRIORITY.match(text)
        if names_document and len(text.split()) <= MAX_HEADING_WORDS:
            # "POOLE’S LOCAL AREA AGREEMENT", "Section 9 / Improvement Action Plan": a document's (or its
            # part's) title, which ends the list above it; between a lead-in and the list's first item
            # ("There are five priorities in the plan …:" / "Hastings Borough Council's Corporate Plan
            # 2025-30" / "1. has …") it is the list's caption
            if not self._list_unstarted():
                self.list_kind = None
            return False
        titled = text.endswith(":") and len(text.split()) <= MAX_TITLE_WORDS and not BULLET.match(following)
        if titled:
            text = text[:-1].rstrip()  # "Empowering and Caring:" over the theme's description
        words = len(text.split())
        over_paragraph = len(following.split()) > max(words, 8) and bool(SENTENCE_END.search(following))
        if (
            words > (MAX_HEADING_WORDS if over_paragraph else 8)
            or not (self.after_sentence or self._counted_heading_next())
            or SENTENCE_END.search(text)
            or re.search(r"\b(?:by|of|and|the|to|for|with|in)$", text, re.IGNORECASE)
            or not text[:1].isupper()
            or NOT_A_PRIORITY.match(text)
            or not has_word(text)  # "Co": a word cut short where the page ends
            or _GOES_ON.match(text)  # "Including WSCB Action Plan 2009/10": a title's next line
        ):
            heading = words <= 8 and not SENTENCE_END.search(text)
            if self.marked_list and heading and NOT_A_PRIORITY.match(text):
                self.list_kind = None  # "Values for our residents" after the themes' bullets: they ended
            self.after_sentence = bool(SENTENCE_END.search(text))
            return False
        if self.marked_list or self.list_left == 0:  # "The Five Themes:" and five read: the list ended
            self.list_kind = None
            return False
        menu = _MENU_ENTRY.match(text) and _MENU_ENTRY.match(following) and not self.lead_in.endswith(":")
        if menu and not self.extraction.priorities:
            # "Our Priorities" / "People & Place" / "About Us" / "Priority 1": a web page's menu, each
            # entry a few words over the next
            self.list_kind = None
            return False
        first = not (self.extraction.priorities or self.extraction.outcomes)
        plural = _OUTCOMES if self.list_kind == "outcome-list" else _PRIORITIES
        if first and over_paragraph and not is_marked(following) and plural.search(following):
            # "Hyndburn’s Priorities" / "Making Hyndburn The Place To Be" / "This page shows you what
            # Hyndburn’s priorities … are …": a strapline over the paragraph that leads in the list
            return False
        kind = "outcome" if self.list_kind == "outcome-list" else "priority"
        cells = [cell for cell in WIDE_GAP.split(self.raw_lines[number - 1].strip()) if cell]
        side_by_side = len(cells) >= 3 and all(len(cell.split()) <= 4 for cell in cells)
        for label in cells if side_by_side else [text]:  # "People      Place      Prosperity      …"
            if kind == "outcome":
                self._outcome(number, clean_text(label), None, RULE_HEADING_IN_LIST, listed=True)
            else:
                self._priority(number, clean_text(label), None, RULE_HEADING_IN_LIST, 0.5)
        self.list_kind, self.headed_list = f"{kind}-list", kind == "priority"
        self.describing = titled
        if self.list_left is not None:
            self.list_left = max(0, self.list_left - (len(cells) if side_by_side else 1))
        if side_by_side:  # the whole list printed as one row: it has ended
            self.list_kind, self.priority, self.outcome = None, None, None
        self.after_sentence = False
        self.pending = None
        return True

    def _counted_heading_next(self) -> bool:
        """True when the line read last was a heading of a list its lead-in counts and more are to come
        ("Our four themes:" / "Sustainable growth and opportunity" / "Safe and secure" / …), or a bullet
        under such a heading ("There were 4 main themes and … some items in each:-" / "Putting residents
        first" / "· Expanding the opportunities …"): the next heading is the next item, with no
        paragraph between them. A lead-in naming "the following themes:" says as much without a count,
        for the lines right under each other ("… three sections relating to the following themes:" /
        "People: A Healthy, Inclusive …" / "Place: An Enterprising, …")."""
        read = self.extraction.priorities
        following_named = FOLLOWING_KIND.search(self.lead_in) is not None and self.list_left is None
        if not (
            (self.list_left or following_named)
            and self.list_kind == "priority-list"
            and read
            and read[-1].reading is not None
            and read[-1].reading.rule == RULE_HEADING_IN_LIST
        ):
            return False
        if read[-1].source_line == self.previous_line:
            return True
        if following_named:
            return False
        actions = self.extraction.actions
        last = actions[-1] if actions else None
        return last is not None and last.source_line == self.previous_line and read[-1].key in last.supports

    def _heading_above_list(self, number: int, text: str, following: str) -> bool:
        """Read a short heading-shaped line as a priority when a list or an action lead-in follows it;
        returns whether it did."""
        words = len(text.split())
        if (
            words > MAX_HEADING_WORDS
            or SENTENCE_END.search(text)
            or not text[:1].isupper()
            or NOT_A_PRIORITY.match(text)
            or ACTION_LEAD_IN.match(text)
            or MEASURE_LEAD_IN.match(text)
            or WRAPPED_TAIL.match(text)
            or _ENDS_IN_DASH.search(text)  # "… the deal will help us to achieve our ambitions -": a lead-in
            or (_NAMES_A_DOCUMENT.search(text) and not NOT_A_PRIORITY.match(text))  # the plan's own title
        ):
            return False
        if (kind := kind_named_below(following)) is not None:
            if kind == "outcome":
                self._outcome(number, text, None, RULE_HEADING_NAMED_BELOW, listed=False)
            else:
                self._priority(number, text, None, RULE_HEADING_NAMED_BELOW, 0.5)
            self.pending = None
            return True
        bullet = BULLET.match(following)
        first = following[bullet.end() :].split()[:1] if bullet else []
        # a bullet led by "-ing" ("• Redesigning services around people's lives") may be a theme's
        # point as well as an action: it does not make the heading above it a priority
        said = following[bullet.end() :] if bullet else ""
        if bullet and heads_measures(self.extraction, number, clean_text(said)):
            self._priority(number, text, None, RULE_HEADING_OVER_MEASURES, 0.5)
            self.list_kind, self.list_marker, self.pending = "indicator", None, None
            return True
        verb_led = bool(first) and (first[0] in ACTION_VERBS or WE_DO.match(said) is not None)
        introduces = bool(verb_led or ACTION_LEAD_IN.match(following))
        if not introduces or (self.list_kind in {"action", "indicator"} and self.pending is not None):
            return False
        if over_header_row(self.raw_lines, number):
            return False  # "POLICY" over "ACTIONS" / "OUTPUTS/OUTCOMES" / …: a table's first column
        if WILL_LEAD_IN.search(following) and not names_an_aim(text):
            return False  # "Children and Families" over "We will:": a section's title, no priority
        if self._names_an_outcome_read(text):
            # "People in Kirklees live independently …", an outcome the plan listed above, printed again
            # over the items that serve it: no new priority, and the list in force goes on under it
            self.extraction.place(number, "heading")
            self.pending = None
            return True
        self._priority(number, text, None, RULE_HEADING_ABOVE_LIST, 0.5)
        self.pending = None
        return True

    def _names_an_outcome_read(self, text: str) -> bool:
        """Return whether ``text`` is the label of an outcome already read (case and spacing aside)."""
        key = _label_key(text)
        return any(_label_key(outcome.label) == key for outcome in self.extraction.outcomes)


RULE_HEADING_NAMED_BELOW = "heading the paragraph under it calls this priority"
#: "73% of key activities under this priority had been completed …", "This theme includes …": the
#: paragraph's first sentence names the heading over it by its kind.
_THIS_KIND = re.compile(
    r"^[^.!?:;]{0,80}?\bthis\s+(?P<kind>priority|outcome|theme|ambition|objective|aim|goal)\b", re.IGNORECASE
)


def kind_named_below(following: str) -> str | None:
    """Return ``"outcome"`` or ``"priority"`` when the first sentence of ``following`` names the
    heading above it "this outcome" or "this priority" (theme, ambition, objective, aim, goal), else ``None``.

    Example:
        >>> kind_named_below("73% of key activities under this priority had been completed.")
        'priority'
        >>> kind_named_below("We met in May. In this theme we …") is None
        True
    """
    if BULLET.match(following) or (found := _THIS_KIND.match(following)) is None:
        return None
    return "outcome" if found.group("kind").casefold() == "outcome" else "priority"


#: A line ending in a spaced dash introduces what follows it, as one ending in a colon does.
_ENDS_IN_DASH = re.compile(r"\s[-–—]$")


def _label_key(label: str) -> str:
    return " ".join(re.findall(r"\w+", label.casefold()))
