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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from councilkg.loaders.generic.contents import (
    MAX_CONTENTS_ENTRIES,
    NAVIGATION,
    ContentsPage,
    ContentsSections,
    is_contents_entry,
    without_page_number,
)
from councilkg.loaders.generic.framework_outcomes import (
    RULE_FRAMEWORK_HEADING,
    heading_outcome,
    plan_outcome_scheme,
)
from councilkg.loaders.generic.profile import ecm_keys_in
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
from councilkg.loaders.parsing.cells import ACTION_VERBS, BULLET_GLYPHS
from councilkg.loaders.parsing.runlists import (
    RunItem,
    counted_run,
    is_measure_label,
    numbered_run,
    paragraph_run,
)
from councilkg.text import clean_text, ends_mid_phrase, national_codes_in

KeyMaker = Callable[[str, str], str]
"""Mints a plan-unique key for a new item: (kind, text) → key."""

RULE_LABELLED_HEADING = "heading: labelled priority"
RULE_OUTCOME_HEADING = "heading: labelled outcome"
RULE_NUMBERED_HEADING = "numbered heading"
RULE_NUMBERED_RUN = "one of a run of numbered headings"
RULE_HEADING_ABOVE_LIST = "heading above a list"
RULE_BULLET_ACTION = "list item under a priority"
RULE_LISTED_ACTION = "list item after an action lead-in"
RULE_NUMBERED_ACTION = "numbered item under a priority"
RULE_WE_WILL = "sentence: we will"
RULE_VERB_LED = "line led by a verb under a priority"
#: Verbs that, leading a line, are more often a table header's noun ("Lead officer", "Target value").
_HEADER_NOUNS = frozenset({"Lead", "Target", "Report", "Plan", "Update"})
RULE_LISTED_MEASURE = "list item after a measures lead-in"
RULE_CODED_MEASURE = "line naming a national indicator"
RULE_LISTED_RISK = "list item after a risks lead-in"
RULE_INLINE_LIST = "numbered list on one line"
RULE_RUN_LIST = "numbered list run together"
RULE_COUNTED_LIST = "counted list run into a sentence"
RULE_CODED_ROW = "row led by a reference code"
RULE_HEADING_IN_LIST = "heading after a priorities lead-in"
RULE_LISTED_OUTCOME = "list item after an outcomes lead-in"
RULE_LISTED_PRIORITY = "list item after a priorities lead-in"
RULE_CONTENTS_ENTRY = "contents entry under an entry naming its kind"
RULE_SENTENCE_ITEM = "sentence on the lines right after a lead-in"
RULE_NUMBERED_ABOVE_RESTART = "numbered item above a list numbered from 1 again"
#: A sentence longer than this after a lead-in is a paragraph, not a list item.
MAX_SENTENCE_ITEM_WORDS = 40

_BULLET = re.compile(
    f"^\\s*(?:[{BULLET_GLYPHS}\u25a0\u25ba\u27a2\u2713\u2714\u2756\uf0a7\uf0d8o*]|-|–|—)\\s+"
)
# "2.", "2)", "2:", "(2)" or "2.1 "; a bare "29 " is a date or a page number, not a list number
_NUMBER = re.compile(
    r"^\s*\(?(\d{1,2}(?:\.\d{1,2}){0,3}(?:[a-z](?=[.):]))?)(?:[.):]\s*|(?<=\d\.\d)\s+|(?<=\d\.\d\d)\s+)(?=[A-Za-z‘'\"(])"
)
#: "7 / Our Priorities": a contents page's number printed as a table's cell, then the title.
_CELL_NUMBER = re.compile(r"^\d{1,2}\s+/\s+")
_NATIONAL_CODE_FIRST = re.compile(r"^(?:NI|BVPI|PAF)\s?\d{1,3}[a-z]?\b", re.IGNORECASE)
_CELL_GAP = re.compile(r"\s{2,}|\t")
_SUB_OBJECTIVES = re.compile(r"^(?:key |our |main )?(?:objectives|aims|goals)\s*:?$", re.IGNORECASE)
#: "1. 1. Strong families": a list number printed twice (a PDF's list label and its text).
_DOUBLED_NUMBER = re.compile(r"^(\d{1,2}[.)])\s+\1\s+")
_INLINE_NUMBERS = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Z])")
_LIST_KIND_WORDS = re.compile(
    r"\b(priority actions|actions|commitments|key tasks|activity areas|activities|priorities|priority areas|"
    r"areas of focus|focus areas|objectives|"
    r"ambitions|aims|goals|themes|outcomes|measures|indicators|targets|risks)\b",
    re.IGNORECASE,
)
_LEAD_IN_CUES = re.compile(
    r":\s*$|\bfollowing\b|\bare\s*:?\s*$|\bidentif(?:y|ies)\b|\bsets? out\b|\bfocus(?:es)? on\b|"
    r"\bas follows\b|"
    r"\bthese are\b|\binclude\b",
    re.IGNORECASE,
)
_KIND_OF_WORD = {
    "priority actions": "action",
    "actions": "action",
    "commitments": "action",
    "key tasks": "action",
    "activities": "action",
    "activity areas": "action",
    "areas of focus": "priority",
    "focus areas": "priority",
    "priorities": "priority",
    "priority areas": "priority",
    "objectives": "priority",
    "ambitions": "priority",
    "aims": "priority",
    "goals": "priority",
    "themes": "priority",
    "outcomes": "outcome",
    "measures": "indicator",
    "indicators": "indicator",
    "targets": "indicator",
    "risks": "risk",
}
_LETTER = re.compile(r"^\s*\(?([a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+")
_LABELLED = re.compile(
    r"^(?P<word>(?:strategic |key |our |cross[- ]cutting )?(?:priority|objective|outcome|aim|theme|goal|"
    r"ambition|pledge|commitment|pillar)s?)\s*"
    r"(?:(?P<ref>\d{1,2}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z])(?=\s*[:.–—-])|one|two|three|four|five|six|seven|eight)"
    r"\s*(?:[:.–—-]\s*|\s+|$)|[:–—-]\s*)(?P<label>.*)$",
    re.IGNORECASE,
)
_CODED_ROW = re.compile(r"^(?P<ref>(?P<prefix>[A-Z]{2,6})\s?\d{1,5}[a-z]?)\b[\s.:*–-]+(?P<label>[A-Z].*)$")
#: A coded row printed as a list item ("o CRR01 children's operational staffing"): any first letter.
_CODED_ITEM = re.compile(
    r"^(?P<ref>(?P<prefix>[A-Z]{2,6})\s?\d{1,5}[a-z]?)\b[\s.:*–-]+(?P<label>[A-Za-z].*)$"
)
VALUES_TAIL = 200
_TRAILING_VALUES = re.compile(r"(?:\s+(?:\d+(?:\.\d+)?%?|TBC|N/A|n/a|High|Medium|Low|[HML]|–|-))+$")
_KIND_CONTEXT = (
    (re.compile(r"\brisks?\b", re.IGNORECASE), "risk"),
    (
        re.compile(r"\b(?:indicators?|kpis?|pis?|measures?|targets?|outturn|baseline)\b", re.IGNORECASE),
        "indicator",
    ),
    (re.compile(r"\b(?:actions?|tasks?|milestones?)\b", re.IGNORECASE), "action"),
    (re.compile(r"\b(?:priorit(?:y|ies)|objectives?|ambitions?)\b", re.IGNORECASE), "priority"),
)
_OUTCOME_WORDS = re.compile(r"outcome|ambition|goal|pillar", re.IGNORECASE)
_ACTION_LEAD_IN = re.compile(
    r"^(?:we will|what we will do|what will we do|how (?:we will|will we) (?:do it|do this|"
    r"achieve (?:this|it)|deliver(?: this| it)?|get there|make (?:this|it) happen)|"
    r"key (?:actions|tasks|"
    r"activities)|actions?|our (?:actions|commitments)|what we are going to do|to achieve this,? we will|"
    r"in \d{4}(?:/\d{2})? we will|over the next \w+ years? we will|this year we will|next steps|"
    r"what we plan to do|priority actions)\s*[:.]?\s*$|"
    # "In the next year the Council will:", "It sets out … how Medway will:" (a council's name)
    r"^.{0,300}?\b(?:we|the council|the partnership|the board|the trust|partners|the service|"
    r"the (?:local )?authority|(?-i:[A-Z][\w’'-]+))\s+will\s*:\s*$",
    re.IGNORECASE,
)
_MEASURE_LEAD_IN = re.compile(
    r"^(?:(?:key )?(?:success|outcome|performance) (?:measures?|criteria|indicators?)|"
    r"how (?:will we|we will) "
    r"(?:know|measure)[^:]*|measures? of success|key performance indicators?|kpis?|we will know we have "
    r"(?:succeeded|been successful)[^:]*|what (?:will )?success (?:will )?looks? like|measures?|targets?|"
    r"indicators?|how we will measure (?:success|progress))\s*[:.?]?\s*$",
    re.IGNORECASE,
)
_WE_WILL = re.compile(r"(?:^|(?<=[.;]\s))(?:we|the council|the partnership) will\s+(?!be\b)", re.IGNORECASE)
_NOT_A_PRIORITY = re.compile(
    r"^(?:contents|introduction|foreword|background|context|summary|executive summary|our vision|vision|"
    r"appendix|glossary|purpose|scope|governance|monitoring|consultation|acknowledgements|references|"
    r"next steps|conclusion|national context|local context|where we are now|key facts|page \d+)\b",
    re.IGNORECASE,
)
_COMMITMENT = re.compile(r"(?:we|the council|the partnership) will,?\s+(?!be\b)", re.IGNORECASE)
#: Page headers and footers, and a web page's own furniture, printed among a plan's lines.
_FURNITURE = re.compile(
    r"^(?:page \d{1,3}(?: of \d{1,3})?|page \d{1,3}:.*|\d{1,3}|you are here:?.*|listen to this page|"
    r"print this page|share this page|back to top|skip to (?:main )?content|skip (?:to )?main menu|"
    r"access keys:?)$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[\"“‘']")
_VISION = re.compile(r"\bvision\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?]$")
MAX_HEADING_WORDS = 16
MAX_ITEM_WORDS = 80
#: An item whose last line is this short, with no full stop, is a narrow column's fragment: its text
#: goes on past a blank line.
MAX_FRAGMENT_WORDS = 5
#: Longer lines are paragraphs; the rules' patterns are not run over them (a 10 MB line is no item).
MAX_LINE_CHARS = 2_000


@dataclass
class _Pending:
    """The item whose text may continue on the next lines (a wrapped bullet or paragraph)."""

    kind: str
    item: Priority | Action | Indicator | Outcome | Risk
    text: str
    last: str = ""  # the last line of it printed, when that was not the first


def _kind_named(word: str | None) -> str | None:
    """Return the kind of item a word names in the singular or plural ("objective" → "priority")."""
    if word is None:
        return None
    plural = word if word.endswith("s") else "priorities" if word == "priority" else f"{word}s"
    return _KIND_OF_WORD.get(plural)


def coded_row(text: str) -> re.Match[str] | None:
    """Return the match of a row led by a reference code, also when printed as a list item.

    Example:
        >>> coded_row("o   CRR01 children's operational staffing").group("ref")
        'CRR01'
    """
    bullet = _BULLET.match(text)
    if bullet is None:
        return _CODED_ROW.match(text)
    return _CODED_ITEM.match(text[bullet.end() :])


def coded_row_kinds(texts: Sequence[tuple[int, str]]) -> dict[str, str]:
    """Return, for each code prefix that leads two or more lines, the kind of item those rows are.

    The kind comes from the words printed in the dozen lines above the first such row (a header
    such as "Risk No. Risk Title Current Risk Rating"); a prefix with no such word is not read.

    Example:
        >>> coded_row_kinds([(1, "Risk No. Risk Title Rating"), (2, "CRR0001 Safeguarding children 20 15"),
        ...                  (3, "CRR0002 Safeguarding adults 20 15")])
        {'CRR': 'risk'}
    """
    rows: dict[str, list[int]] = {}
    for position, (_, text) in enumerate(texts):
        match = coded_row(text)
        if match:
            rows.setdefault(match.group("prefix"), []).append(position)
    kinds: dict[str, str] = {}
    for prefix, positions in rows.items():
        if len(positions) < 2:
            continue
        above = " ".join(text for _, text in texts[max(0, positions[0] - 12) : positions[0]])
        if prefix in {"NI", "BVPI", "BV", "PAF", "KPI", "PI", "LPI"}:
            kinds[prefix] = "indicator"
            continue
        for pattern, kind in _KIND_CONTEXT:
            if pattern.search(above):
                kinds[prefix] = kind
                break
    return kinds


def lead_in_kind(text: str) -> str | None:
    """Return the kind of item a line says the list after it holds, else ``None``.

    Example:
        >>> lead_in_kind("It identifies four strategic objectives for partners to achieve:")
        'priority'
        >>> lead_in_kind("Priority actions for the next five years")
        'action'
        >>> lead_in_kind("For each priority, the plan outlines:") is None
        True
    """
    if re.search(r"\bfor each\b", text, re.IGNORECASE):
        return None
    words = _LIST_KIND_WORDS.findall(text)
    if not words:
        return None
    short = len(text.split()) <= 8 and not _SENTENCE_END.search(text.rstrip(":"))
    if not (short or _LEAD_IN_CUES.search(text)):
        return None
    return _KIND_OF_WORD[words[-1].casefold()]


class OutlineReader:
    """One pass over the lines no other rule placed, keeping the outcome, priority and list in force."""

    def __init__(self, extraction: Extraction, new_key: KeyMaker) -> None:
        self.extraction = extraction
        self.new_key = new_key
        self.outcome: Outcome | None = None
        self.priority: Priority | None = None
        self.list_kind: str | None = None  # "action" or "indicator" after a lead-in
        self.pending: _Pending | None = None
        self.scheme, self.scheme_label = plan_outcome_scheme(extraction)
        self.seen_labels: dict[tuple[str, str], Priority | Outcome] = {}
        self.after_sentence = True
        self.previous = ""  # the text of the line read last
        self.contents: ContentsPage | None = None  # the contents page being read, if any
        self.sections = ContentsSections()  # the items contents pages list under a kind's entry
        self.marked_list = False  # the priorities or outcomes listed so far were bullets or numbers
        self.sentence_run: int | None = None  # the line a list of unmarked sentences may go on at
        self.raw_lines: Sequence[str] = ()  # the lines as printed (runs of spaces kept)
        self.items_under_priority = 0  # actions and measures read under the priority in force

    def read(
        self, lines: Sequence[str], skip: Callable[[int], bool], contents: Mapping[int, str] | None = None
    ) -> None:
        """Read items from ``lines`` (numbered from 1) but those ``skip`` says are read; returns nothing.

        ``contents`` holds the contents-page entries taken out of ``lines`` (by line number): they
        are no items, but the entries under one naming a kind may be."""
        contents = contents or {}
        self.raw_lines = lines
        texts = [
            (number, _DOUBLED_NUMBER.sub(r"\1 ", clean_text(raw)))
            for number, raw in enumerate(lines, start=1)
        ]
        self.coded = coded_row_kinds(texts)
        read_before = {priority.source_line: priority for priority in self.extraction.priorities}
        # the next line another rule has not read, for every line (one backward pass, not a scan each)
        nexts = [""] * len(texts)
        upcoming = ""
        for position in range(len(texts) - 1, -1, -1):
            nexts[position] = upcoming
            number, text = texts[position]
            if text and not skip(number):
                upcoming = text
        consumed = 0  # the last line a list run together over several lines was read from
        for position, (number, text) in enumerate(texts):
            if number <= consumed:
                continue
            if number in contents:
                self._section_entry(number, without_page_number(clean_text(contents[number])))
                self.previous = ""
                continue
            if not text or "\t" in lines[number - 1]:
                if not text:
                    self._blank()
                continue
            if not skip(number) and self.contents is None and (run := numbered_run(texts, position)):
                self._run(run)
                consumed = run[-1].line
                continue
            if skip(number):
                self.pending = None
                self.sections.interrupt()
                if NAVIGATION.match(text):  # a contents heading another rule read as a heading
                    self._start_contents()
                elif self.contents is None and (named := heading_outcome(text)) is not None:
                    self._framework_outcome(number, *named)
                if number in read_before:  # a heading another rule read: the items below are its
                    self.priority, self.list_kind = read_before[number], None
                continue
            if len(text) > MAX_LINE_CHARS:  # a paragraph, not a heading or a list item
                self.pending = None
                continue
            self._line(number, text, nexts[position])
            self.previous = text
        self._contents_items()

    # -- one line ---------------------------------------------------------------------------------

    def _blank(self) -> None:
        self.sentence_run = None
        if self.pending is not None and self.pending.kind in {"priority", "outcome"}:
            return  # a heading's label does not run on past a blank line, but nor does it end the list
        if self.pending is not None and (
            ends_mid_phrase(self.pending.text)
            or (
                len((self.pending.last or self.pending.text).split()) <= MAX_FRAGMENT_WORDS
                and not _SENTENCE_END.search(self.pending.text)
            )
        ):
            return  # "Deliver, in partnership, the" / blank / "council's improvement": a PDF's wrapped line
        self.pending = None

    def _line(self, number: int, text: str, following: str) -> None:
        if is_contents_entry(text):
            self.extraction.place(number, "contents")
            self.pending = None
            self._section_entry(number, without_page_number(text))
            return
        if _FURNITURE.match(text):
            self.extraction.place(number, "page furniture")
            self.pending = None
            return
        if NAVIGATION.match(text):  # a contents list or a page's own menu: its entries are no items
            self._start_contents()
            self.extraction.place(number, "contents")
            return
        if self.contents is not None and self._contents_entry(number, text):
            return
        self.sections.interrupt()
        labelled = _LABELLED.match(text)
        if (
            labelled
            and len(text.split()) <= MAX_HEADING_WORDS + 2
            and not _SENTENCE_END.search(text[-1:] or "x")
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
        if self._continue(number, text):
            return
        if _ACTION_LEAD_IN.match(text):
            self.list_kind, self.pending = "action", None
            self.extraction.place(number, "action lead-in")
            return
        if _MEASURE_LEAD_IN.match(text):
            self.list_kind, self.pending = "indicator", None
            self.extraction.place(number, "measures lead-in")
            return
        bullet = _BULLET.match(text) or _LETTER.match(text)
        numbered = _NUMBER.match(text)
        if not bullet and self._inline_list(number, text):
            return
        if bullet:
            inner = clean_text(text[bullet.end() :])
            labelled = _LABELLED.match(inner)
            if labelled and labelled.group("ref") and self.list_kind not in {"action", "indicator"}:
                self._labelled(number, labelled, inner)
                self.list_kind, self.outcome = "priority-list", None  # one of a list: not in force
                return
            self._list_item(number, inner, None, RULE_BULLET_ACTION)
            return
        if numbered:
            self._numbered(number, numbered.group(1), clean_text(text[numbered.end() :]), following)
            return
        listed = bool(
            _BULLET.match(following) or _NUMBER.match(following) or _INLINE_NUMBERS.match(following)
        )
        kind = lead_in_kind(text) if listed or len(text.split()) <= 8 else None
        if kind is None and listed and text.endswith(":") and not _LIST_KIND_WORDS.search(text):
            # "These are:" after "The priorities of the plan": the heading above names the list
            named = _LIST_KIND_WORDS.findall(self.previous)
            kind = _KIND_OF_WORD[named[-1].casefold()] if named else None
        if kind is None and listed and text.endswith(":"):
            self.list_kind, self.pending = "other", None  # a list of something else: not items
            return
        if kind == "priority" and self.priority is not None and _SUB_OBJECTIVES.match(text):
            kind = "action"  # "Objectives:" under a priority: what is done for it, the next step down
        if kind is None and text.endswith("?") and len(text.split()) <= MAX_HEADING_WORDS:
            # "What do we know about growing up here?": the bullets under a question are findings
            self.list_kind, self.pending = "other", None
            return
        if kind is not None:
            self.list_kind = f"{kind}-list" if kind in {"priority", "outcome"} else kind
            self.marked_list = False
            self.pending = None
            self.extraction.place(number, f"{kind} lead-in")
            self.after_sentence = True
            self.sentence_run = number + 1 if text.endswith(":") else None
            return
        if self.sentence_run == number and self._sentence_item(number, text):
            return
        if self.list_kind in {"priority-list", "outcome-list"} and self._listed_heading(number, text):
            return
        if self._heading_above_list(number, text, following):
            return
        self._sentence(number, text)
        self.after_sentence = bool(_SENTENCE_END.search(text))

    def _start_contents(self) -> None:
        self.list_kind, self.pending, self.contents = "other", None, ContentsPage()

    def _contents_entry(self, number: int, text: str) -> bool:
        """Place ``text`` as an entry of the contents page being read; False once the page has ended.

        Entries are short heading-shaped lines printed alike: numbered, bulleted, with a page number
        after them, or plain (a plain page also takes numbered and paged entries, since a contents
        page taken from a PDF splits "2 Priorities 17" over lines). A numbered list run onto one
        line is read as the plan's items but does not end the page. The page ends at a paragraph,
        at an entry printed again (the body's first heading) or at a line printed another way.
        """
        contents = self.contents
        assert contents is not None
        if len(_INLINE_NUMBERS.findall(text)) >= 3:
            return False
        entry = without_page_number(text)
        bullet = _BULLET.match(entry)
        numbered = _NUMBER.match(entry)
        marker = bullet or numbered
        name = entry[marker.end() :] if marker else entry
        style = "bulleted" if bullet else "numbered" if numbered else "paged" if entry != text else "plain"
        contents.style = contents.style or style
        if (
            len(entry.split()) > MAX_HEADING_WORDS
            or _SENTENCE_END.search(name.rstrip("?"))  # "What is Early Help?" is an entry
            or name.casefold() in contents.entries
            or (style != contents.style and not (contents.style == "plain" and style != "bulleted"))
            or len(contents.entries) >= MAX_CONTENTS_ENTRIES
        ):
            self.contents, self.list_kind = None, None
            return False
        contents.entries.add(name.casefold())
        self.extraction.place(number, "contents")
        self.pending = None
        self._section_entry(number, entry)
        return True

    def _section_entry(self, number: int, entry: str) -> None:
        """Record a contents entry by its mark: numbered (also when its number is the line above),
        lettered, bulleted or none."""
        marker = (
            _NUMBER.match(entry) or _CELL_NUMBER.match(entry) or _LETTER.match(entry) or _BULLET.match(entry)
        )
        if marker is None:
            style = "numbered" if self.previous.isdigit() else "none"
        else:
            style = (
                "numbered"
                if marker.re in (_NUMBER, _CELL_NUMBER)
                else "lettered"
                if marker.re is _LETTER
                else "bulleted"
            )
        self.sections.entry(number, clean_text(entry[marker.end() :] if marker else entry), style)

    def _contents_items(self) -> None:
        """Add the priorities and outcomes contents pages list under an entry naming their kind, where
        no other rule read an item of that label (a whole plan's body repeats them as headings)."""
        read = {priority.label.casefold() for priority in self.extraction.priorities}
        read |= {outcome.label.casefold() for outcome in self.extraction.outcomes}
        self.outcome = self.priority = None
        for item in self.sections.items():
            if item.label.casefold() in read:
                continue
            read.add(item.label.casefold())
            if item.kind == "outcome":
                self._outcome(item.line, item.label, None, RULE_CONTENTS_ENTRY, listed=True)
            else:
                self._priority(item.line, item.label, None, RULE_CONTENTS_ENTRY, 0.4)

    def _coded(self, number: int, match: re.Match[str], kind: str) -> None:
        """Read a row led by a reference code ("CRR0004 Simultaneous emergency response 25 15")."""
        text = clean_text(match.group("label"))  # values are looked for in its tail: on a long run, quadratic
        label = (text[:-VALUES_TAIL] + _TRAILING_VALUES.sub("", text[-VALUES_TAIL:])).strip(" –-")
        ref = match.group("ref")
        if kind == "risk":
            risk = Risk(ref=ref, label=label, source_line=number, reading=Reading(RULE_CODED_ROW, 0.7))
            self.extraction.risks.append(risk)
            self.pending = _Pending("risk", risk, label)
        elif kind == "indicator":
            self._indicator(number, label, ref, RULE_CODED_ROW, 0.7)
        elif kind == "priority":
            self._priority(number, label, ref, RULE_CODED_ROW, 0.6)
        else:
            self._action(number, label, ref, RULE_CODED_ROW, 0.6)

    def _inline_list(self, number: int, text: str) -> bool:
        """Read "1. Children Looked After 2. Care Leavers 3. …" printed on one line as list items."""
        marks = list(_INLINE_NUMBERS.finditer(text))
        if (
            len(marks) < 3
            or marks[0].start() > 1
            or [int(m.group(1)) for m in marks]
            != list(range(int(marks[0].group(1)), int(marks[0].group(1)) + len(marks)))
        ):
            return False
        for position, mark in enumerate(marks):
            end = marks[position + 1].start() if position + 1 < len(marks) else len(text)
            label = clean_text(text[mark.end() : end])
            if self.list_kind in {"action", "indicator"}:
                self._list_item(number, label, mark.group(1), RULE_LISTED_ACTION)
            else:
                self._priority(number, label, mark.group(1), RULE_INLINE_LIST, 0.5)
        self.pending = None
        return True

    def _run(self, items: Sequence[RunItem], kind: str | None = None) -> None:
        """Read a numbered list run together (its numbers glued to the words before them, or run into
        a paragraph after a lead-in naming ``kind``)."""
        for line in range(items[0].line, items[-1].line + 1):
            self.extraction.place(line, "numbered list run together")
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
        """Read "five priority areas, which were: To work … To improve …" run into a sentence."""
        counted = counted_run(text)
        if counted is None:
            return False
        kind = _KIND_OF_WORD.get(counted[0], "priority")
        for label in counted[1]:
            if kind == "action":
                self._action(number, label, None, RULE_COUNTED_LIST, 0.5)
            elif kind == "outcome":
                self._outcome(number, label, None, RULE_COUNTED_LIST, listed=True)
            else:
                self._priority(number, label, None, RULE_COUNTED_LIST, 0.5)
        self.pending = None
        return True

    def _sentence_item(self, number: int, text: str) -> bool:
        """Read a whole sentence on the line right after a lead-in ("Strategic Outcomes:"), or after
        the sentence read so, as the next item of the list: unmarked, one per line, no blank between."""
        if (
            self.list_kind not in {"outcome-list", "priority-list", "action", "indicator"}
            or not text[:1].isupper()
            or not text.endswith(".")
            or len(text.split()) > MAX_SENTENCE_ITEM_WORDS
        ):
            self.sentence_run = None
            return False
        label = text.rstrip(".")
        if self.list_kind == "outcome-list":
            self._outcome(number, label, None, RULE_SENTENCE_ITEM, listed=True)
            self.list_kind = "outcome-list"
        elif self.list_kind == "priority-list":
            self._priority(number, label, None, RULE_SENTENCE_ITEM, 0.5)
            self.list_kind = "priority-list"
        else:
            self._list_item(number, label, None, RULE_SENTENCE_ITEM)
        self.sentence_run, self.pending = number + 1, None
        return True

    def _listed_heading(self, number: int, text: str) -> bool:
        """In a list of priorities printed as headings, read a short heading line as the next one.

        A list whose items were bullets or numbers has ended at a heading without one."""
        words = len(text.split())
        if (
            words > 8
            or not self.after_sentence
            or _SENTENCE_END.search(text)
            or re.search(r"\b(?:by|of|and|the|to|for|with|in)$", text, re.IGNORECASE)
            or not text[:1].isupper()
        ):
            self.after_sentence = bool(_SENTENCE_END.search(text))
            return False
        if self.marked_list:
            self.list_kind = None
            return False
        kind = "outcome" if self.list_kind == "outcome-list" else "priority"
        if kind == "outcome":
            self._outcome(number, text, None, RULE_HEADING_IN_LIST, listed=True)
        else:
            self._priority(number, text, None, RULE_HEADING_IN_LIST, 0.5)
        self.list_kind = f"{kind}-list"
        self.after_sentence = False
        self.pending = None
        return True

    def _continue(self, number: int, text: str) -> bool:
        """Join ``text`` to the pending item when it reads as that item's wrapped line."""
        pending = self.pending
        if pending is None or _BULLET.match(text) or _NUMBER.match(text) or _LETTER.match(text):
            return False
        if text.endswith(":") or _ACTION_LEAD_IN.match(text) or _MEASURE_LEAD_IN.match(text):
            return False
        if pending.kind in {"priority", "outcome"}:
            if pending.text and not (text[:1].islower() or ends_mid_phrase(pending.text)):
                return False
        elif _SENTENCE_END.search(pending.text) and not text[:1].islower():
            return False
        elif (
            text[:1].isupper()
            and len(text.split()) > 2 * MAX_FRAGMENT_WORDS
            and len((pending.last or pending.text).split()) <= MAX_FRAGMENT_WORDS
        ):
            return False  # a narrow column's fragment does not go on in a full-width sentence
        if len(pending.text.split()) + len(text.split()) > MAX_ITEM_WORDS:
            return False
        pending.text, pending.last = clean_text(f"{pending.text} {text}"), text
        pending.item.label = pending.text  # type: ignore[misc]  # Outcome is frozen: never pending here
        self.extraction.place(number, f"{pending.kind} continued")
        return True

    # -- headings ---------------------------------------------------------------------------------

    def _labelled(self, number: int, match: re.Match[str], text: str) -> None:
        word = match.group("word")
        ref = match.group("ref")
        label = clean_text(match.group("label")).strip(" :–—-")
        if not label and not ref:
            # "Priorities:" or "Outcomes:" alone is a lead-in to a list of them; "Objectives:" under
            # a priority lists what is done for it, the thread's next step down
            if _OUTCOME_WORDS.search(word):
                self.list_kind = "outcome-list"
            else:
                self.list_kind = "action" if self.priority is not None else "priority-list"
            self.pending, self.marked_list = None, False
            self.extraction.place(number, "priorities lead-in")
            return
        if _OUTCOME_WORDS.search(word):
            self._outcome(number, label or text, ref)
        else:
            self._priority(number, label or text, ref, RULE_LABELLED_HEADING, 0.9, open_label=not label)

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
        known = self.seen_labels.get(("outcome", label.casefold()))
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
        # one of a list of outcomes under a priority (its outcomes) leaves that priority in force
        self.outcome, self.list_kind, self.pending = (None if listed else outcome), None, None
        self.priority = self.priority if listed else None

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
        known = self.seen_labels.get(("priority", label.casefold()))
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
        self.pending = _Pending("priority", priority, "" if open_label else label)
        return priority

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

    def _heading_above_list(self, number: int, text: str, following: str) -> bool:
        """Read a short heading-shaped line as a priority when a list or an action lead-in follows it."""
        words = len(text.split())
        if (
            words > MAX_HEADING_WORDS
            or _SENTENCE_END.search(text)
            or not text[:1].isupper()
            or _NOT_A_PRIORITY.match(text)
            or _ACTION_LEAD_IN.match(text)
            or _MEASURE_LEAD_IN.match(text)
        ):
            return False
        bullet = _BULLET.match(following)
        first = following[bullet.end() :].split()[:1] if bullet else []
        verb_led = bool(first) and (first[0] in ACTION_VERBS or first[0].endswith("ing") or first[0] == "We")
        introduces = bool(verb_led or _ACTION_LEAD_IN.match(following))
        if not introduces or (self.list_kind in {"action", "indicator"} and self.pending is not None):
            return False
        self._priority(number, text, None, RULE_HEADING_ABOVE_LIST, 0.5)
        self.pending = None
        return True

    def _numbered(self, number: int, ref: str, text: str, following: str) -> None:
        if self.list_kind == "other":
            self.pending = None
            return
        depth = ref.count(".")
        # "(1) the new action plan … be endorsed; and": a resolution's clause, not a heading
        heading_like = (
            len(text.split()) <= MAX_HEADING_WORDS
            and not _SENTENCE_END.search(text)
            and not text[:1].islower()
        )
        if self.list_kind == "indicator":
            self._list_item(number, text, ref, RULE_LISTED_MEASURE)
            return
        if self.list_kind in {"priority", "priority-list", "outcome-list"}:
            self._list_item(number, text, ref, RULE_LISTED_PRIORITY)
            return
        restart = _NUMBER.match(following)
        if (
            depth == 0
            and restart is not None
            and restart.group(1) == "1"
            and text[:1].isupper()
            and len(text.split()) <= MAX_ITEM_WORDS // 2
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
            _BULLET.match(following) or _NUMBER.match(following) or _ACTION_LEAD_IN.match(following)
        )
        if _NOT_A_PRIORITY.match(text):
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
            and (_BULLET.match(following) or _ACTION_LEAD_IN.match(following))
        ):
            self._priority(number, text, ref, RULE_NUMBERED_HEADING, 0.6)
            return
        if depth >= 1 and heading_like and self.list_kind is None and self._in_heading_run(ref, following):
            self._priority(number, text, ref, RULE_NUMBERED_RUN, 0.5)
            return
        self._list_item(number, text, ref, RULE_NUMBERED_ACTION)

    def _in_heading_run(self, ref: str, following: str) -> bool:
        """True when ``ref`` is one of a run of numbered headings ("3.1 Core Commitments", "3.2 …") read
        with no priority above them: the next line is numbered next, or the priority in force was
        numbered just before."""
        head, _, last = ref.rpartition(".")
        if not last.isdigit():
            return False
        after = _NUMBER.match(following)
        before = f"{head}.{int(last) - 1}"
        current = self.priority
        if current is not None and (current.reading is None or current.reading.rule != RULE_NUMBERED_RUN):
            return False
        return bool(after and after.group(1) == f"{head}.{int(last) + 1}") or (
            current is not None and current.ref == before
        )

    # -- items --------------------------------------------------------------------------------------

    def _list_item(self, number: int, text: str, ref: str | None, rule: str) -> None:
        if not text:
            return
        if self.list_kind == "indicator":
            self._indicator(number, text, ref, RULE_LISTED_MEASURE, 0.7)
            return
        if self.list_kind in {"priority", "priority-list"}:
            self._priority(number, text, ref, RULE_LISTED_PRIORITY, 0.6)
            self.list_kind, self.marked_list = "priority-list", True
            self.pending = None
            return
        if self.list_kind == "outcome-list":
            self._outcome(number, text, ref, RULE_LISTED_OUTCOME, listed=True)
            self.list_kind, self.marked_list = "outcome-list", True
            return
        if self.list_kind == "action":
            self._action(number, text, ref, RULE_LISTED_ACTION, 0.7)
            return
        if self.list_kind == "other":
            self.pending = None
            return
        if self.list_kind == "risk":
            risk = Risk(ref=ref or "", label=text, source_line=number, reading=Reading(RULE_LISTED_RISK, 0.6))
            self.extraction.risks.append(risk)
            self.pending = _Pending("risk", risk, text)
            return
        if self.priority is not None or self.outcome is not None:
            self._action(number, text, ref, rule, 0.6)
            return
        first = text.split()[0].strip(",:") if text.split() else ""
        if first in ACTION_VERBS or _WE_WILL.match(text):
            self._action(number, text, ref, rule, 0.5)
            return
        if national_codes_in(text):
            self._indicator(number, text, ref, RULE_CODED_MEASURE, 0.6)
            return
        self.pending = None

    def _sentence(self, number: int, text: str) -> None:
        """Read a paragraph line: "We will …" commitments, and lines naming a national indicator."""
        self.pending = None
        if self._counted(number, text):
            return
        named, run = paragraph_run(text)
        if run:
            self._run([RunItem(number, item.ref, item.label) for item in run], _kind_named(named))
            return
        sentences = [part for part in re.split(r"(?<=[.;!?])\s+(?=[A-Z])", text) if part]
        if _QUOTED.match(text) or _VISION.search(self.previous):
            return  # a vision statement says what "we will" be, it lists no action
        commitments = [  # "We will strive to be:" introduces what follows; it is no action
            part for part in sentences if _COMMITMENT.match(part) and not part.endswith(":")
        ]
        if commitments:
            for sentence in commitments:
                self._action(number, sentence.rstrip("."), None, RULE_WE_WILL, 0.6)
            if len(commitments) > 1 or len(sentences) > 1:
                self.pending = None
            return
        codes = national_codes_in(text)
        if codes and len(text.split()) <= 30 and (coded := _NATIONAL_CODE_FIRST.match(text)):
            # "NI 117 LAA Reward Target   5.52%   5.74% …": a scorecard's row; its first cell names it
            first_cell = _CELL_GAP.split(self.raw_lines[number - 1].strip(), maxsplit=1)[0]
            label = clean_text(first_cell[coded.end() :]) if first_cell.startswith(coded.group(0)) else ""
            self._indicator(number, label or text, clean_text(coded.group(0)), RULE_CODED_MEASURE, 0.7)
            return
        words = text.split()
        first = words[0].rstrip(",:") if words else ""
        second = words[1] if len(words) > 1 else ""
        if (
            (self.priority is not None or self.outcome is not None)
            and first in ACTION_VERBS
            and first not in _HEADER_NOUNS
            and not second.endswith("ed")  # "Support provided by …": a noun, not an imperative
            and len(sentences) == 1
        ):
            # a list's bullets lost in the text: "Deliver, in partnership, the" under a priority
            self._action(number, text.rstrip("."), None, RULE_VERB_LED, 0.5)

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
        self.pending = _Pending("action", action, text)

    def _indicator(self, number: int, text: str, ref: str | None, rule: str, confidence: float) -> None:
        codes = national_codes_in(text)
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
        self.pending = _Pending("indicator", indicator, text)


def read_outline(
    lines: Sequence[str],
    extraction: Extraction,
    new_key: KeyMaker,
    skip: Callable[[int], bool],
    contents: Mapping[int, str] | None = None,
) -> None:
    """Add the items the outline of ``lines`` states to ``extraction``; returns nothing.

    ``skip`` says which line numbers another reader already read (table rows, headings);
    ``contents`` the contents-page entries taken out of ``lines``, by line number.

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
    OutlineReader(extraction, new_key).read(lines, skip, contents)
