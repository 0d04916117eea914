"""A plan's contents page: its entries, and the items an entry naming a kind lists under it.

A contents page is skipped as a rule (the body prints its headings again). But an excerpt, or a
plan whose body names its priorities only in passing, may state them nowhere else: the entries
printed under "4. Priorities for action" or "Outcomes Framework" *are* the plan's priorities or
outcomes. :class:`ContentsSections` records the entries in the order read and returns those, to be
added only where the body has not read an item of the same label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from councilkg.loaders.generic.contentsthemes import DIVISION_LABEL, ContentsEntry

#: The headings of a contents page (or a web page's own menu): the entries below are no items.
NAVIGATION = re.compile(
    # "CONTENTS        Page": the heading of a contents page printed over its column of page numbers
    # "Item Content Page": a contents page printed as a table, its columns' heads on one line
    # "Content      Page": the heading in the singular, over its column of page numbers
    r"^(?:contents|table of contents|index|in this section|on this page|contents section|item content|"
    r"content(?=\s+pages?\b))"
    r"(?:\s+pages?(?: no\.?)?)?:?$",
    re.IGNORECASE,
)
MAX_CONTENTS_ENTRIES = 60
#: Entries that name what the plan is made of, not one of its items.
_KIND_NAMED = re.compile(
    r"\b(?P<priority>priorities|priority (?:areas|issues)|key areas|objectives|ambitions|aims|goals|"
    r"themes)\b|"
    r"\b(?P<outcome>outcomes|outcomes framework)\b|"
    r"\b(?P<other>actions|activities|measures|indicators|targets|risks|appendix|appendices)\b",
    re.IGNORECASE,
)
_MEASURES = re.compile(r"indicators|measures", re.IGNORECASE)
#: Entries that head a section of narrative, not one of the items listed: questions, "How we …",
#: "Overview of Caseload".
_NARRATIVE_SECTION = re.compile(
    r"^(?:how|what|why|who|where|when|overview)\b|.*\?$|"
    # a plan's own furniture, listed under "Introduction & Objectives" one cell per line
    r"^(?:context|principles|our principles|values|our values|background|introduction|foreword|summary|"
    r"conclusions?|appendix|appendices|glossary|references|acknowledgements)$",
    re.IGNORECASE,
)
#: "What needs to be achieved", "What we want to achieve": an entry over what the plan sets out to achieve.
_TO_ACHIEVE = re.compile(
    r"^what (?:needs|we (?:need|want|aim|plan)) to (?:be )?achieved?(?: by \d{4})?$", re.IGNORECASE
)
_FOR_ACTION = re.compile(r"\s+for action\s*$", re.IGNORECASE)
#: "Resourcing our goals", "Monitoring the priorities": an entry over what is done about the items (its
#: sections the finances, the reports), not over the items.
_ABOUT_ITEMS = re.compile(
    r"^(?:resourcing|funding|financing|monitoring|measuring|reviewing)\b", re.IGNORECASE
)
#: Entries that follow a plan's items in its contents, not one of them: "Taking this strategy
#: forward", "Governance", "Commissioning", "How we will know".
_AFTER_ITEMS = re.compile(
    r"^(?:taking|next steps|governance|monitoring|commissioning|resourc|implement|delivering|measuring|"
    r"performance|accountab|finance|budget|our approach|contacts?|further information|annex)",
    re.IGNORECASE,
)
#: An entry naming a kind ("Priority 1 - Improve …", "Priorities for the Board") is a section of its
#: own or an item read by its label, not one of the items printed alike under another.
_NAMES_A_KIND = re.compile(
    r"\b(?:priorit(?:y|ies)|outcomes?|objectives?|ambitions?|aims?|goals?|themes?)\b", re.IGNORECASE
)
#: "Our Vision", "Cherwell's Vision to 2016": an entry naming the plan's vision, its priorities printed
#: further in under it.
_VISION_ENTRY = re.compile(
    r"^(?:(?:our|the|[\w-]+[’'‟]s)\s+)?(?:shared\s+|long[- ]term\s+)?vision"
    r"(?:\s+(?:for|to)\s+[\w\s’'‟-]{1,40})?$",
    re.IGNORECASE,
)
#: The pages an entry naming a kind may print before the first of its items (on its own page or the next).
MAX_FIRST_ITEM_PAGES = 2
#: Sub-entries under one entry that are too many to be its items (a second contents page, an index).
MAX_SECTION_ITEMS = 12
#: An entry naming a kind is a short title ("4. Priorities for action", "Outcomes Framework").
MAX_KIND_ENTRY_WORDS = 8
MIN_SECTION_ITEMS = 2
#: Entries naming one kind and what each is for ("Ambitions for Learning") that make a list of items.
MIN_NAMED_FOR = 3
#: How far in from the page's entries a title of the contents page is centred ("     Our priorities").
MIN_TITLE_INDENT = 10
#: Lines under an entry naming a kind that are no entry at all: page numbers alone ("05 06"), or
#: several entries run together with their pages ("Foreword 03 Summary Dashboard 04 Overall …"). A
#: section holding one is a page's layout come apart (a legend, a dashboard's key), not a list of items.
_NO_ENTRY = re.compile(r"^[^A-Za-z]*$|[A-Za-z]\S* \d{1,3} [A-Z].*[A-Za-z]\S* \d{1,3} [A-Z]")
#: A plan's back matter ("Annex 1 / Corporate Working Groups", "Appendix B", "Glossary of terms"): after
#: the plan's items in its contents, whatever mark it is printed with, and never one of them.
BACK_MATTER = re.compile(
    r"^(?:annex(?:es)?|appendi(?:x|ces)|glossary|abbreviations|acknowledgements?|references|index)\b",
    re.IGNORECASE,
)


@dataclass
class ContentsPage:
    """The contents page being read: the entries seen, and how the first was printed."""

    entries: set[str] = field(default_factory=set)
    style: str | None = None  # "numbered", "bulleted", "paged" or "plain", from the first entry
    indent: int = 0  # how far the first entry is printed in from the line's start
    number: str | None = None  # the number of the last numbered entry ("3.0")
    page: int = -1  # the page printed after the last entry that printed one


#: Dotted leaders ending a line, its page number lost (cut off the line by a web page's copy of a PDF).
_LOST_PAGE_LEADERS = ("." * 12, "\u2026" * 6)
#: A delimited contents entry has a number, a name and a page at most; a line of more cells is a table's row.
MAX_ENTRY_CELLS = 3


def is_contents_entry(line: str) -> bool:
    """True for a contents-page entry: dotted leaders before a page number (string tests: linear time).

    Example:
        >>> is_contents_entry("Priority 1: Keeping children safe ........ 4"), is_contents_entry("Page 4")
        (True, False)
        >>> is_contents_entry("Our Principles / 5")
        True
        >>> is_contents_entry("2.1 Priority One - Voice of the Child.............")
        True
    """
    tail = line.rstrip()
    number = tail.rstrip("0123456789")
    if tail.endswith(_LOST_PAGE_LEADERS) and bool(tail.rstrip(".").strip()):
        return True  # "2.1 Priority One - Voice of the Child.........": its page cut off the line
    if not 1 <= len(tail) - len(number) <= 3:
        return False
    leaders = number.rstrip()
    if leaders.endswith(" /") and len(leaders) > 3:  # "Our Principles / 5": the page in a cell of its own
        return leaders.count(" / ") < MAX_ENTRY_CELLS - 1  # "3. / Continue … / Chair / DCS / … / 2": a row
    return leaders.endswith(("....", "\u2026\u2026", ". . .")) and bool(leaders.rstrip(". \u2026"))


#: "14 - 22    Work stream One - The Local Offer": a page number (or range) printed before the entry.
_PAGE_FIRST = re.compile(
    r"^\s*(?P<page>\d{1,3})(?:\s*[-–]\s*\d{1,3})?(?:\s{3,}|\t+)(?P<name>[A-Za-z].{0,150})$"
)
#: How many entries in a run make a contents page whose page numbers come first.
MIN_PAGE_FIRST_RUN = 4
#: Lines that may stand between two such entries: blanks and a short unnumbered section title.
_MAX_GAP_WORDS = 4


def page_first_entries(lines: list[str]) -> dict[int, str]:
    """Return the entries (by line number, from 1) of contents pages that print the page number first.

    A run of at least four such lines, their page numbers never going back, with only blank lines
    and short titles between them, is a contents page; a lone "3   Statement" is a table's row.

    Example:
        >>> page_first_entries(["3      Intro", "", "5      Glossary", "ACTION PLAN", "10     Structure",
        ...                     "14 - 22    Work stream One - The Local Offer"])
        {1: 'Intro', 3: 'Glossary', 5: 'Structure', 6: 'Work stream One - The Local Offer'}
    """
    entries: dict[int, str] = {}
    run: dict[int, str] = {}
    last_page = -1
    for number, line in enumerate(lines, start=1):
        found = _PAGE_FIRST.match(line) if len(line) < 300 else None
        if found and int(found.group("page")) >= last_page:
            run[number] = found.group("name").strip()
            last_page = int(found.group("page"))
            continue
        if not line.strip() or (
            run and len(line.split()) <= _MAX_GAP_WORDS and not line.rstrip().endswith(".")
        ):
            continue
        if len(run) >= MIN_PAGE_FIRST_RUN:
            entries.update(run)
        run, last_page = {}, -1
        if found:
            run[number] = found.group("name").strip()
            last_page = int(found.group("page"))
    if len(run) >= MIN_PAGE_FIRST_RUN:
        entries.update(run)
    return entries


#: "Race and Identity 9": an entry with its page number after it and no leaders.
#: (Space-aligned columns, "Overview      3", are read as such; "Aim 1 12" has its title below it.)
_PAGE_LAST = re.compile(r"^\s*(?P<name>[A-Z](?:[^.!?:;]|:(?= [A-Z])){2,120}?)(?<!\s) (?P<page>\d{1,3})\s*$")
#: "Contents /Introduction 4", "Contents Foreword 1 …": a contents heading glued to its first entry (its end
#: is where the entries start).
CONTENTS_FIRST = re.compile(r"^\s*(?:table of )?contents\b[:\s]*", re.IGNORECASE)
#: Names that are no entry of such a page: "2Improving" (entries run together), "Aim 1" (numbered).
_NOT_PAGE_LAST = re.compile(r"\d[A-Za-z]|^[A-Za-z]+ \d{1,2}$")
#: The largest step between the pages of two entries in a run (a contents page, not a column of values).
MAX_PAGE_STEP = 20


def page_last_entries(lines: list[str]) -> dict[int, str]:
    """Return the entries (by line number, from 1) of contents pages that print a bare page number
    after each entry, with no leaders and no "Contents" heading (the contents reader reads a page
    under one): a run of at least four such lines, only blank lines between them, their pages never
    going back and rising by small steps.

    Example:
        >>> sorted(page_last_entries(["Foreword 3", "", "Introduction 3", "Our priorities 2021 – 24 8",
        ...                           "Race and Identity 9", "Independence 13", "Children looked after 7"]))
        [1, 3, 4, 5, 6]
    """
    entries: dict[int, str] = {}
    run: dict[int, str] = {}
    last_page, headed, previous = -1, False, ""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        found = _PAGE_LAST.match(line) if len(line) < 150 else None
        name = found.group("name") if found else ""
        page = int(found.group("page")) if found else -1
        short = len(name.split()) <= MAX_KIND_ENTRY_WORDS * 2
        entry = bool(found) and short and not _NOT_PAGE_LAST.search(name)
        if entry and run and last_page <= page <= last_page + MAX_PAGE_STEP:
            run[number], last_page = line.strip(), page
            continue
        if len(run) >= MIN_PAGE_FIRST_RUN and not headed:
            entries.update(run)
        run, last_page = {}, -1
        if entry:
            run[number], last_page = line.strip(), page
            headed = bool(NAVIGATION.match(previous.strip()) or CONTENTS_FIRST.match(line))
        previous = line
    if len(run) >= MIN_PAGE_FIRST_RUN and not headed:
        entries.update(run)
    return entries


#: "Thriving Economy 12 – 13": an entry's first and last pages, the dash spaced ("Children 0-19" is an age).
_PAGE_RANGE = re.compile(r"\s+(?P<first>\d{1,3})\s+[-–]\s+(?P<last>\d{1,3})\s*$")
#: The most pages one entry's range spans.
MAX_RANGE_PAGES = 30


#: "… page", "… Page", "… p.": the word a contents page prints before an entry's page number.
_PAGE_WORD = re.compile(r"(?<=\S)\s+(?:page|pg\.?|p\.)$", re.IGNORECASE)
_PAGE_WORD_BEFORE = re.compile(r"^(?:page|pg\.?|p\.)\s*", re.IGNORECASE)


def without_page_number(text: str) -> str:
    """Return a contents entry without the page number or range of pages (and dotted leaders) printed
    after it.

    Example:
        >>> without_page_number("Departmental Overview 3"), without_page_number("Smarter ........ 9")
        ('Departmental Overview', 'Smarter')
        >>> without_page_number("Priority One - Voice of the Child............")
        'Priority One - Voice of the Child'
        >>> without_page_number("Thriving Economy 12 – 13"), without_page_number("Vale in 2009 4 – 5")
        ('Thriving Economy', 'Vale in 2009')
        >>> without_page_number("Section 6 Customer First page 44")
        'Section 6 Customer First'
    """
    if text.rstrip().endswith(_LOST_PAGE_LEADERS):
        return text.rstrip().rstrip(". \u2026") or text
    pages = _PAGE_RANGE.search(text)
    if pages and 0 <= int(pages.group("last")) - int(pages.group("first")) <= MAX_RANGE_PAGES:
        return text[: pages.start()].rstrip(" \t.\u2026/") or text
    head = text.rstrip("0123456789")
    if not 1 <= len(text) - len(head) <= 3 or not head.endswith((" ", "\t", ".", "\u2026")):
        return text
    # "Foreword page 3": the word "page" printed before the number
    return _PAGE_WORD.sub("", head.rstrip(" \t.\u2026/")) or text


def page_number(text: str) -> int | None:
    """Return the page number printed after a contents entry (the first of a range), or ``None`` when
    it prints none.

    Example:
        >>> page_number("Safe ........ 7"), page_number("Our priorities 2021 – 24 8"), page_number("Safe")
        (7, 8, None)
        >>> page_number("Thriving Economy 12 – 13"), page_number("Foreword page 3")
        (12, 3)
    """
    tail = text[len(without_page_number(text)) :]
    if pages := _PAGE_RANGE.search(tail):
        return int(pages.group("first"))
    page = _PAGE_WORD_BEFORE.sub("", tail.strip(" \t.\u2026/")).strip(" \t.\u2026/")  # "page 3"
    return int(page) if page.isdigit() else None  # none, or cut off the line after the leaders


def kind_of_entry(name: str) -> str | None:
    """Return the kind of item an entry says the entries under it are ("priority", "outcome",
    "indicator"), else "other" for an entry naming another part of a plan, else ``None``.

    Example:
        >>> kind_of_entry("Priorities for action"), kind_of_entry("Delivering Priority Actions")
        ('priority', 'other')
        >>> kind_of_entry("Outcomes, Activities and Projects")
        'outcome'
        >>> kind_of_entry("Outcomes against the 3 National Indicators:")
        'indicator'
        >>> kind_of_entry("What needs to be achieved"), kind_of_entry("What is Early Help?")
        ('priority', None)
        >>> kind_of_entry("Resourcing our goals")
        'other'
    """
    if sum(1 for word in name.split() if re.search(r"[^\W\d_]", word)) > MAX_KIND_ENTRY_WORDS:
        return None  # "Improve the educational outcomes for pupils in all schools, …" names one item
    if _TO_ACHIEVE.match(name):
        return "priority"
    if _ABOUT_ITEMS.match(name):
        return "other"
    matches = list(_KIND_NAMED.finditer(_FOR_ACTION.sub("", name)))
    if not matches:
        return None
    last = matches[-1]
    if len(matches) > 1 and _MEASURES.fullmatch(last.group("other") or "") and matches[-2].group("outcome"):
        # "Outcomes against the 3 National Indicators": the entries under it are the measures
        return "indicator"
    if (
        len(matches) > 1
        and last.group("other")
        and (matches[-2].group("priority") or matches[-2].group("outcome"))
    ):
        # "Our Key Priorities And Actions For 2011 - 2014", "Outcomes, Activities and Projects": the
        # actions are under them
        return "priority" if matches[-2].group("priority") else "outcome"
    return "priority" if last.group("priority") else "outcome" if last.group("outcome") else "other"


#: "Contents /Introduction 4": the contents heading glued to its first entry.
GLUED_CONTENTS = re.compile(
    r"^(?:contents|table of contents)\s*[/:|–]\s*(?P<entry>[A-Za-z0-9].{2,150})$"
    # "CONTENTS Foreword": the heading in capitals before a short entry
    r"|^(?-i:CONTENTS|Contents)\s+(?P<title>(?-i:[A-Z])[\w’'&,-]*(?:\s+[\w’'&,-]+){0,7})$",
    re.IGNORECASE,
)


#: The first words an entry shares with the entry naming a kind when it is that entry's sibling, not
#: one of its items ("Our Priorities" / "Inclusive Growth" / … / "Our Finances").
_SIBLING_WORDS = frozenset({"our", "the", "your", "my"})
_ENDS_IN_NUMBER = re.compile(r"\d\s*$")


#: "9 KEY THEMES": an entry numbered with a whole number (not "9.1").
_WHOLE_NUMBER = re.compile(r"^\d{1,2}\.?\s+[A-Za-z]")


def _sibling(title: str, name: str) -> bool:
    """True when ``name`` opens with the same possessive or article as the entry ``title``."""
    first, other = title.split()[:1], name.split()[:1]
    return bool(first) and first == other and first[0].casefold() in _SIBLING_WORDS


@dataclass(frozen=True)
class Framework:
    """A contents entry naming a framework's outcome ("Be Healthy 5"): the line, key and name."""

    line: int
    key: str
    name: str


@dataclass(frozen=True)
class ContentsItem:
    """An item a contents page lists under an entry naming its kind, or under a framework outcome."""

    kind: str  # "priority", "outcome", "indicator" (under an entry naming measures, or labelled so) or "risk"
    label: str
    line: int
    under: Framework | None = None
    ref: str | None = None


@dataclass
class _Section:
    kind: str
    style: str
    items: list[ContentsItem] = field(default_factory=list)
    under: Framework | None = None
    page: int | None = None  # the page the entry naming the kind prints
    last_page: int | None = None  # the page of its last item printed alike
    # how its items printed another way are marked: an entry marked otherwise ends it ("ii." items,
    # then "4. Section 4")
    item_style: str | None = None
    title: str = ""  # the entry naming the kind
    unpaged: bool = False  # its items were taken from a contents page printing no pages
    spoiled: bool = False  # a line under it was no entry (``_NO_ENTRY``): its items are none
    indent: int = 0  # how far the entry naming the kind is printed in
    nested: bool = False  # printed further in than the page's first entry: a chapter's section
    titled: bool = False  # centred over the entries with no page of its own: a title of the page
    alike: bool = False  # its items are printed like the entry naming the kind (``takes_alike``)

    def add(self, item: ContentsItem) -> None:
        """Add an entry printed under the one naming the kind as one of its items; returns nothing."""
        self.items.append(item)
        self.spoiled = self.spoiled or bool(_NO_ENTRY.search(item.label))

    def takes_alike(self, name: str, style: str, page: int | None) -> bool:
        """True when an entry printed like the one naming the kind is one of its items all the same:
        unmarked, its page the kind's own or the next (pages never going back) where the contents
        lost the indent that set it under ("Priorities 7" / "Safe 7" / "Potential 9"), or, where
        neither prints a page, up to an entry heading narrative or another part of the plan."""
        if style not in {"none", "number above"} or self.under is not None:
            return False
        if _NARRATIVE_SECTION.match(name) or _AFTER_ITEMS.match(name) or _NAMES_A_KIND.search(name):
            return False
        if self.page is None and page is None:
            # "Managing our Performance 29-32": pages printed as a range are pages all the same
            printed = _ENDS_IN_NUMBER.search(self.title) or _ENDS_IN_NUMBER.search(name)
            return (
                style == self.style == "none"
                and not printed
                and ":" not in name
                and not _sibling(self.title, name)
            )
        if self.page is None and page is not None and (self.titled or DIVISION_LABEL.match(self.title)):
            # "Our priorities" printed as a title over the page's entries, or "Section 4   Priority
            # Issues" printing no page over its numbered entries: its paged entries, pages never going
            # back, are its items
            return self.last_page is None or page >= self.last_page
        if self.page is None or page is None:
            return False
        if self.last_page is None:
            return self.page <= page <= self.page + MAX_FIRST_ITEM_PAGES
        return page >= self.last_page


def _division_of_kind(title: str) -> bool:
    """True for a division of the document titled by the kind it holds ("Section 4   Priority Issues for
    Play"), not one saying what it does with them ("Part 1: Introducing our Ambitions for Swale")."""
    division = DIVISION_LABEL.match(title)
    if division is None:
        return False
    rest = re.sub(r"^[\s:.–-]*(?:(?:our|the)\s+)?", "", title[division.end() :])
    # "Chapter 2 key areas for impact" names its kind with "key"; "Part 3: Key Priorities" around it
    unqualified = re.sub(r"^(?:key|main)\s+", "", rest, flags=re.IGNORECASE)
    return any(_KIND_NAMED.match(named) for named in (rest, unqualified))


def _without_sub_sections(items: list[ContentsItem]) -> list[ContentsItem]:
    """Return a section's items without those naming an item before them and more ("Economic growth 7"
    / "Key economic growth programmes and projects 8"): that item's own sections, not items.

    Example:
        >>> found = _without_sub_sections([ContentsItem("priority", "Economic growth", 40),
        ...     ContentsItem("priority", "Key economic growth programmes and projects", 42),
        ...     ContentsItem("priority", "Health and wellbeing", 44)])
        >>> [item.label for item in found]
        ['Economic growth', 'Health and wellbeing']
    """
    kept: list[ContentsItem] = []
    for item in items:
        words = f" {' '.join(item.label.casefold().split())} "
        if not any(f" {' '.join(before.label.casefold().split())} " in words for before in kept):
            kept.append(item)
    return kept


class ContentsSections:
    """The sections of contents pages read so far: an entry naming a kind, and the entries printed
    under it another way (unnumbered under a numbered entry) until one printed like it."""

    def __init__(self) -> None:
        self._open: _Section | None = None
        self._closed: list[_Section] = []
        self._labelled: list[ContentsItem] = []
        self._named_for: list[tuple[str, ContentsItem]] = []
        self.read: list[ContentsEntry] = []  # every entry, in the order read

    def entry(
        self,
        line: int,
        name: str,
        style: str,
        framework: Framework | None = None,
        page: int | None = None,
        indent: tuple[int, int] = (0, 0),
    ) -> None:
        """Record a contents entry (``style`` says how it was marked; ``framework`` the outcome it
        names, if it names one; ``page`` the page printed after it; ``indent`` how far it and the
        page's first entry are printed in); returns nothing.

        The entries under a framework outcome's entry, printed alike or not, are its priorities. An
        entry printed further left than the one naming a kind is not under it, and where that one is
        a chapter's section (printed further in than the page's first entry), only an entry printed
        further in still is ("Impact and Outcomes" / "Staff Resources and Workforce Development")."""
        self.read.append(ContentsEntry(line, name, style, page))
        kind = kind_of_entry(name)
        if kind != "other" and DIVISION_LABEL.match(name) and not _division_of_kind(name):
            kind = None  # "Part 1: Introducing our Ambitions for Swale": what the part does with them
        section = self._open
        if section is not None and (
            indent[0] < section.indent
            or (section.nested and indent[0] <= section.indent)
            # "Section 4: Measuring Progress" after "Section 3: Pressures, challenges and priorities",
            # "CHAPTER FOUR" after "9 KEY THEMES": a division of the document, no item of the kind
            or DIVISION_LABEL.match(name) is not None
            # "10 POLICY STATEMENTS" after "9 KEY THEMES": entries numbered alike are siblings
            or (_WHOLE_NUMBER.match(name) is not None and _WHOLE_NUMBER.match(section.title) is not None)
        ):
            self.interrupt()
            section = None
        if (
            section is not None
            and framework is not None
            and section.under is None
            and style not in {section.style, "none"}
            and section.item_style == style
        ):
            # "4.3) Stay Safe" among "4.1) Education/Start Well", "4.2) …" under "4.0) Our Priorities":
            # printed as its siblings are, an item of the section however it is named
            framework = None
        if section is not None and kind is None and framework is None and not BACK_MATTER.match(name):
            marked = section.item_style in {None, style} or style in {"none", "number above"}
            if (style != section.style or section.under is not None) and marked:
                section.item_style = section.item_style or style
                if not _NARRATIVE_SECTION.match(name):
                    section.add(ContentsItem(section.kind, name, line, section.under))
                return
            # not after items marked otherwise
            alike = not section.items or section.last_page is not None or section.unpaged
            if alike and section.takes_alike(name, style, page):
                section.add(ContentsItem(section.kind, name, line))
                section.last_page, section.unpaged, section.alike = page, page is None, True
                return
        self.interrupt()
        if framework is not None:
            self._open = _Section("priority", style, under=framework)
        elif kind is None and _VISION_ENTRY.match(name) and indent[0] <= indent[1]:
            # "Cherwell's Vision to 2016   7" over entries printed further in: the vision's priorities
            self._open = _Section("priority", style, page=page, title=name, indent=indent[0], nested=True)
        elif kind in {"priority", "outcome", "indicator"}:
            titled = page is None and style == "none" and indent[0] >= indent[1] + MIN_TITLE_INDENT
            self._open = _Section(
                kind,
                style,
                page=page,
                title=name,
                indent=indent[1] if titled else indent[0],
                nested=indent[0] > indent[1] and not titled,
                titled=titled,
            )

    def labelled(self, line: int, kind: str, label: str, ref: str | None = None) -> None:
        """Record an entry that names its own kind and perhaps its number ("Outcome 1 To feel safe",
        "Work stream One - The Local Offer"); returns nothing.

        It is an item wherever it stands, unless the body reads an item of the same label."""
        self._labelled.append(ContentsItem(kind, label, line, ref=ref))

    def named_for(self, line: int, word: str, kind: str, label: str) -> None:
        """Record an entry naming its kind and what it is for ("Ambitions for Learning 22"); returns
        nothing. Three or more of one word are the plan's items ("Ambitions for Prosperity", "Ambitions
        for Health", …), one alone a chapter ("Priorities for action")."""
        self._named_for.append((word, ContentsItem(kind, label, line)))

    def listing(self) -> bool:
        """Return True while an entry naming a kind is open: the entries printed under it another way
        (bullets under "Vision and Priorities 10") are its items, not the end of the page."""
        return self._open is not None and self._open.under is None

    def interrupt(self) -> None:
        """End the open section: a line that is no contents entry came; returns nothing."""
        if self._open is not None:
            self._closed.append(self._open)
            self._open = None

    def items(self) -> Iterator[ContentsItem]:
        """Yield the items of every section with a plausible number of them, in the order read."""
        self.interrupt()
        labelled = self._labelled
        # "Priority Theme 1 – Prosperous Economy 17" further down: the page labels its items itself, and
        # the entries printed like "Priority Themes and Aims for 2020 4" after it are its other chapters
        counts = Counter(item.kind for item in labelled)
        named = {kind for kind, count in counts.items() if count >= MIN_SECTION_ITEMS}
        for section in self._closed:
            if section.alike and section.kind in named:
                continue
            if len(section.items) > 2 * MAX_SECTION_ITEMS:
                continue  # a second contents page, an index (and no quadratic pass over its entries)
            items = _without_sub_sections(section.items)
            if MIN_SECTION_ITEMS <= len(items) <= MAX_SECTION_ITEMS and not section.spoiled:
                yield from items
        if sum(1 for item in labelled if item.kind == "risk") < MIN_SECTION_ITEMS:
            # "Risk – Management and Mitigation" once among the priorities: a section, no register's risks
            labelled = [item for item in labelled if item.kind != "risk"]
        if len(labelled) >= MIN_SECTION_ITEMS:
            yield from labelled
        words = Counter(word for word, _ in self._named_for)
        yield from (item for word, item in self._named_for if words[word] >= MIN_NAMED_FOR)
