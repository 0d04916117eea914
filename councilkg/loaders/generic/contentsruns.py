"""A contents page run onto one line: its entries, each ended by dotted leaders and its page.

A PDF's contents page copied as text often loses its line breaks: "1. Introduction...... 4
2. Executive Summary ...... 5 (i) Budget for 2010/11...... 5 (ii) Outcomes, Activities and
Projects ...... 5 (a) Prevention Strategy ...... 5". The dotted leaders before each page number
still part the entries: :func:`contents_run_entries` returns them, so the line is read as the
contents page it was (its entries placed, the items listed under an entry naming a kind kept).
A chapter's sections run together with no leaders, "3. Making it happen 3.1 The planning framework
60 3.2 Performance improvement 63 3.3 Equalities 69", are parted at their numbers, each ended by its
page (:func:`numbered_run_entries`), however long the line: a chapter of eight sections runs to
more words than any entry ended by leaders.
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.contents import CONTENTS_FIRST

#: A run needs this many entries ended by leaders: one or two are a sentence's dots.
MIN_RUN_ENTRIES = 3
#: Dots (or ellipses) ending a word that make leaders, not a sentence's full stop or "etc.".
MIN_LEADER_DOTS = 3
MAX_PAGE_DIGITS = 3
#: An entry is a title: a longer stretch between leaders is prose, and the line no contents run.
MAX_ENTRY_WORDS = 30


#: "Foreword ......2": leaders run into the page number after them.
_GLUED_PAGE = re.compile(r"([.\u2026]{3})(\d{1,3})(?!\d)")


def _leaders(token: str) -> str | None:
    """Return the word before dotted leaders ending ``token`` ("" when it is only leaders), else None."""
    word = token.rstrip(".\u2026")
    dots = token[len(word) :]
    if dots.count(".") + 3 * dots.count("\u2026") < MIN_LEADER_DOTS:
        return None
    return word


def _is_page(token: str) -> bool:
    return token.isascii() and token.isdigit() and len(token) <= MAX_PAGE_DIGITS  # "¹" is no page


def contents_run_entries(text: str) -> list[str]:
    """Return the contents entries run together on ``text``, each as "name .... page" (the last
    may have lost its page: then its name alone), or ``[]`` when the line holds fewer than three
    entries ended by leaders.

    Linear in the line's length: its words are scanned once, no pattern backtracks over the dots.

    Example:
        >>> contents_run_entries("1. Introduction...... 4 2. Executive Summary ...... 5 (a) Parenting ...")
        ['1. Introduction .... 4', '2. Executive Summary .... 5', '(a) Parenting']
        >>> contents_run_entries("Introduction ...... 4")
        []
        >>> contents_run_entries("Foreword ......2 Our vision......9 • Health ......12")
        ['Foreword .... 2', 'Our vision .... 9', '• Health .... 12']
    """
    if "." not in text and "\u2026" not in text:
        return []  # no leaders, and no "3.1" numbering a section: no entry (the words need not be split)
    tokens = _GLUED_PAGE.sub(r"\1 \2", text).split()
    entries: list[str] = []
    current: list[str] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        word = _leaders(token)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if word is None or (following is not None and not _is_page(following)):
            current.append(token)
            if len(current) > MAX_ENTRY_WORDS:
                return numbered_run_entries(text)
            position += 1
            continue
        if word:
            current.append(word)
        if current:
            page = f" .... {following}" if following is not None else ""
            entries.append(f"{' '.join(current)}{page}")
        current = []
        position += 2
    if len(entries) >= MIN_RUN_ENTRIES:
        return entries
    return numbered_run_entries(text)


#: "3.1", "2.10": a section's number under its chapter's.
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})$")


def numbered_run_entries(text: str) -> list[str]:
    """Return the entries of a chapter's sections run onto one line with no leaders, each as "name ....
    page" (the chapter's own title first, as printed): sections numbered in turn under one chapter
    ("3.1", "3.2", "3.3"), each ended by its page, the pages never going back; or ``[]`` when the line
    holds fewer than three such sections.

    Example:
        >>> numbered_run_entries("3. Making it happen 3.1 The planning framework 60 3.2 Performance "
        ...                      "improvement 63 3.3 Equalities 69")[:2]
        ['3. Making it happen', '3.1 The planning framework .... 60']
        >>> numbered_run_entries("1.1 Reduce absence 1.2 Raise attainment 1.3 Close the gap")
        []
    """
    tokens = text.split()
    starts = [position for position, token in enumerate(tokens) if _SECTION_NUMBER.match(token)]
    numbers = [tokens[position].split(".") for position in starts]
    sections = [int(section) for _, section in numbers]
    if (
        len(starts) < MIN_RUN_ENTRIES
        or len({chapter for chapter, _ in numbers}) != 1
        or sections != list(range(sections[0], sections[0] + len(sections)))
    ):
        return []
    bounds = [*starts, len(tokens)]
    entries = [" ".join(tokens[: starts[0]])] if starts[0] else []
    last_page = 0
    for index, start in enumerate(starts):
        words = tokens[start : bounds[index + 1]]
        page = words[-1]
        if not (_is_page(page) and len(words) > 2 and int(page) >= last_page):
            return []  # a section with no page after it: a numbered list, not a contents page
        last_page = int(page)
        entries.append(f"{' '.join(words[:-1])} .... {page}")
    return entries


#: A page number ending a contents entry, its digits perhaps printed apart ("The Economy 1 0").
_ENTRY_PAGE = re.compile(r"\s+(\d(?:\s?\d){0,2})$")


def without_pages(parts: list[str]) -> list[str]:
    """Return the parts of a list run onto one line without the page numbers ending each, when each
    ends in one and they rise (a contents page's entries: "• The Economy 1 0 • Environment 1 4 •
    Health and Wellbeing 1 8"), else the parts as they are.

    Example:
        >>> without_pages(["The Economy 1 0", "Environment 1 4", "Health and Wellbeing 1 8"])
        ['The Economy', 'Environment', 'Health and Wellbeing']
        >>> without_pages(["Reduce absence to 5", "Raise attainment at Key Stage 2", "Close the gap"])
        ['Reduce absence to 5', 'Raise attainment at Key Stage 2', 'Close the gap']
    """
    found = [_ENTRY_PAGE.search(part) for part in parts]
    pages = [int(match.group(1).replace(" ", "")) for match in found if match]
    if len(parts) < MIN_RUN_ENTRIES or len(pages) != len(parts) or pages != sorted(set(pages)):
        return parts
    return [part[: match.start()] for part, match in zip(parts, found, strict=True) if match]


#: A line that is only a contents page's heading.
_CONTENTS_LINE = re.compile(r"^\s*(?:table of )?contents(?: page)?\s*:?\s*$", re.IGNORECASE)
#: "2 It s everybody s business Children & young people s plan Contents Foreword 3 …": a page's
#: number and running header, then the contents heading (capitalised) its entries run on from.
_CONTENTS_AFTER_HEADER = re.compile(r"^\s*\d{1,3}\s+(?:\S+\s+){1,12}?(?:Contents|CONTENTS)\s+(?=\S)")
#: Words a number after which is the name's own, never a page: "Appendix 1", "Priority 2", "Key Stage 4".
_NUMBERED_WORDS = frozenset(
    [
        "appendix",
        "annex",
        "section",
        "part",
        "chapter",
        "page",
        "pages",
        "priority",
        "outcome",
        "theme",
        "aim",
        "objective",
        "stage",
        "year",
        "phase",
        "volume",
        "table",
        "figure",
        "no",
        "number",
        "step",
        "level",
        "tier",
    ]
)
#: An entry's number or letter: "1.", "2)", "(a)".
_MARKED = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s")
#: A numbered section's mark, "1.", inside an entry's words.
_SECTION_MARK = re.compile(r"^\d{1,2}\.$")
#: An entry named without leaders is a title: more words between two pages is a sentence's.
MAX_PAGED_NAME_WORDS = 10
#: A run needs this many paged entries: a sentence may hold two or three numbers that rise.
MIN_PAGED_ENTRIES = 4
#: The largest step between two entries' pages (a chapter's length, not a figure in a sentence).
MAX_PAGED_STEP = 30
#: A run this long is a contents page with no heading over it (the heading printed on the title's line,
#: or lost): four titles each followed by a rising number may be a sentence's, five are not.
MIN_HEADLESS_ENTRIES = 5


def _paged_run(text: str) -> list[str]:
    """Return the entries of a contents run printed "Name page Name page …" with no leaders, each as
    "name .... page", or ``[]`` (the pages must rise in small steps; words after the last page, an
    appendix's name or the text printed after the contents, are dropped)."""
    tokens = text.split()
    entries: list[str] = []
    current: list[str] = []
    last = words = 0
    for token in tokens:
        page = int(token) if _is_page(token) else -1
        if (
            current
            and last <= page <= last + MAX_PAGED_STEP
            and current[-1].casefold() not in _NUMBERED_WORDS
        ):
            if not (current[0][:1].isupper() or current[0][:1].isdigit()):
                return []  # "… rose from 4 to 9": a sentence's numbers, no entry's title
            # "Our ten ambitions 1. Reducing crime … 8": a chapter printing no page before its first
            # numbered section, given the page its section starts on
            split = next((at for at in range(1, len(current)) if _SECTION_MARK.match(current[at])), None)
            if split is not None:
                entries.append(f"{' '.join(current[:split])} .... {token}")
                current = current[split:]
            entries.append(f"{' '.join(current)} .... {token}")
            current, last, words = [], page, 0
            continue
        words = 1 if current and _SECTION_MARK.match(token) else words + 1  # since the last section mark
        current.append(token)
        if words > MAX_PAGED_NAME_WORDS:
            break  # a sentence: the page's text after its contents (or no contents at all)
    if len(entries) < MIN_PAGED_ENTRIES or _MARKED.match(entries[0]):
        return []  # "1. Foreword 4 2. Achievements 6 …": a numbered run, read as the list it also is
    return entries


def _page_first_run(text: str) -> list[str]:
    """Return the entries of a contents run printed "1 Cover page 2 Foreword 3 Contents 4 …", each
    number before its name and one more than the last, as "name .... page", or ``[]`` (a number that is
    not the next one is the name's own: "11 Monitoring Progress 3 12 Back-cover")."""
    entries: list[str] = []
    current: list[str] = []
    page = 0
    for token in text.split():
        if _is_page(token) and int(token) == page + 1:
            if current:
                entries.append(f"{' '.join(current)} .... {page}")
            elif page:
                return []  # two numbers running: no entry's name between them
            current, page = [], page + 1
            continue
        if not page:
            return []  # words before the first number: not a run of this kind
        current.append(token)
        if len(current) > MAX_PAGED_NAME_WORDS:
            return []  # a sentence, not the run's last name
    if current:
        entries.append(f"{' '.join(current)} .... {page}")
    return entries if len(entries) >= MIN_PAGED_ENTRIES else []


def _contents_after_header(line: str) -> re.Match[str] | None:
    """Return the page's number, running header and contents heading opening ``line`` before entries
    printed with no leaders (a run with leaders is :func:`contents_run_entries`'s), else None."""
    if "Contents" not in line and "CONTENTS" not in line:
        return None  # most lines: no need to try the pattern's words one by one
    found = _CONTENTS_AFTER_HEADER.match(line)
    if found is None or any(_leaders(word) is not None for word in line.split()):
        return None
    return found


def paged_run_lines(lines: list[str]) -> dict[int, str]:
    """Return, by line number (from 1), the contents pages run onto one line with no leaders, each
    rewritten with leaders ("Name .... page …") for :func:`contents_run_entries`: a line after a
    "Contents" heading, or opening with the heading, holding only entries each ended by its page
    ("Introduction 4 Explanatory Notes 5 Healthy Communities 7 Safer Communities 14 …"), or a line
    of five such entries or more under no heading (one the dotted leaders or section numbers read
    already left as it is).

    Example:
        >>> paged_run_lines(["CONTENTS", "", "Introduction 4 Healthy Communities 7 Safer Communities 14 "
        ...                  "Economy 32 Appendix 1 List of Partners"])
        {3: 'Introduction .... 4 Healthy Communities .... 7 Safer Communities .... 14 Economy .... 32'}
        >>> paged_run_lines(["Contents", "Attainment rose from 4 to 9 in 12 schools of 40"])
        {}
    """
    runs: dict[int, str] = {}
    headed = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        # "Contents Foreword 1 …": the heading glued on, perhaps after the page's running header
        heading = CONTENTS_FIRST.match(line) or _contents_after_header(line)
        rest = line[heading.end() :] if heading else line
        if (headed or heading) and (page_first := _page_first_run(rest)):
            runs[number] = " ".join(page_first)  # "CONTENTS 1 Cover page 2 Foreword 3 Contents 4 …"
            headed = False
            continue
        entries = _paged_run(rest)
        if entries and (
            headed
            or (heading and not _CONTENTS_LINE.match(line))
            or (len(entries) >= MIN_HEADLESS_ENTRIES and not contents_run_entries(line))
        ):
            runs[number] = " ".join(entries)
        headed = bool(_CONTENTS_LINE.match(line))
    return runs
