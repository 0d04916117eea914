"""Contents pages that mark their pages "P3": the entries, each with its page as a bare number.

Youth justice plans (and other plans laid out from one template) print their contents as "Forward
P3", "Achievements against 2017-2019 Youth Justice Plan P15-P16", or "1. Foreword" over a line "P3".
Others name the page by the word ("3. Review of 2016 – 17 page 4", "1 Introduction Page 3"). Read
as text, such entries are numbered headings and items, the page marks no page numbers.
:func:`page_mark_entries` finds a run of them: its entries, each as "name page" (the form the
contents reader parts), and the lines holding only a page mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: "P3", "P15-P16", "P25 - 27", "P17-19" ending an entry, or "P19 P20" alone on a line.
_MARK = re.compile(r"(?:^|\s)P(?P<page>\d{1,3})(?:\s*[-–]\s*P?\d{1,3}|\s+P\d{1,3})?\s*$")
#: "3. Review of 2016 – 17 page 4", "1 Introduction Page 3": the page named by the word, after an entry
#: on its line ("… see page 4", "… on page 4" point into the plan from prose: no entry).
_WORD_MARK = re.compile(
    r"(?<!\bsee)(?<!\bon)(?<!\bto)(?<!\bat)(?<!\bof)(?<!\bfrom)\spage\s(?P<page>\d{1,3})\s*$", re.IGNORECASE
)
#: A line holding only a bare number, "14": the page of the entry above it, in a long enough run.
_BARE_PAGE = re.compile(r"^(?P<page>\d{1,3})$")
#: How many entries marked so make a contents page (one or two are refs: "Priority P1").
MIN_MARKED_ENTRIES = 4
#: How many entries each over a bare number make a contents page: fewer may be a few figures quoted.
MIN_BARE_ENTRIES = 6
#: An entry is a title; a longer line, or one ending a sentence, ends the page.
MAX_ENTRY_WORDS = 16
#: Pages of the entries of a run never go back, and rise by small steps (not a list of refs "P1" … "P9").
MAX_PAGE_STEP = 20


@dataclass
class PageMarks:
    """A contents page marking its pages "P3": entries ("name page", by line) and page-mark lines."""

    entries: dict[int, str] = field(default_factory=dict)
    marks: set[int] = field(default_factory=set)


@dataclass
class _Run:
    entries: dict[int, str] = field(default_factory=dict)
    marks: set[int] = field(default_factory=set)
    pages: list[int] = field(default_factory=list)
    last_page: int = -1
    last_entry: int | None = None
    first_entry: int = 0  # the first entry given a page: the lines above it are the page's heading
    last_marked_line: int = 0
    bare: int = 0  # how many pages are bare numbers alone on their lines


def _entry_words(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_ENTRY_WORDS and not text.rstrip().endswith((".", ";")) and text[:1].isalnum()


#: A contents page's heading, or its columns' ("Section" / "Page").
_CONTENTS_HEADING = re.compile(r"^(?:contents|table of contents|section|page|pages?\s+no\.?)$", re.IGNORECASE)
#: How many lines with text above a run's first entry may hold its heading, within how many lines.
MAX_HEADING_LINES = 3
MAX_HEADING_SCAN = 12


def _headed(lines: list[str], first: int) -> bool:
    """True when a "Contents" heading (or a column's, "Page") stands just above line ``first``."""
    seen = 0
    for index in range(first - 2, max(first - 2 - MAX_HEADING_SCAN, -1), -1):  # walked back, a few lines
        text = lines[index].strip()
        if text:
            if _CONTENTS_HEADING.match(text):
                return True
            seen += 1
            if seen == MAX_HEADING_LINES:
                break
    return False


def page_mark_entries(lines: list[str]) -> PageMarks:
    """Return the entries of contents pages marking their pages "P3" (by line number, from 1, each
    "name page") and the lines holding only a page mark: a run of short title lines, four or more
    with a mark after them or on the line below, their pages never going back (nor each one more
    than the last: "P1", "P2", "P3", "P4" over titles are the items' codes).

    Example:
        >>> found = page_mark_entries(["Contents", "1. Foreword", "", "P3", "Introduction P4",
        ...                            "2. Section 2", "Resources P8", "Outcomes P9-P11", "It ends."])
        >>> found.entries, sorted(found.marks)
        ({2: '1. Foreword 3', 5: 'Introduction 4', 6: '2. Section 2', 7: 'Resources 8', 8: 'Outcomes 9'}, [4])
    """
    found = PageMarks()
    run = _Run()

    def close() -> None:
        nonlocal run
        steps = {after - before for before, after in zip(run.pages, run.pages[1:], strict=False)}
        enough = MIN_BARE_ENTRIES if run.bare else MIN_MARKED_ENTRIES
        if run.bare and _headed(lines, run.first_entry):
            enough = len(run.pages) + 1  # under "Contents" the contents reader pairs bare pages itself
        if len(run.pages) >= enough and steps != {1}:  # "P1", "P2", "P3" …: codes, no pages
            found.entries.update(
                {n: e for n, e in run.entries.items() if run.first_entry <= n <= run.last_marked_line}
            )
            found.marks |= run.marks
        run = _Run()

    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        bare = _BARE_PAGE.match(text)
        mark = (_MARK.search(text) or _WORD_MARK.search(text) or bare) if len(text) < 200 else None
        page = int(mark.group("page")) if mark else -1
        if mark and not run.last_page <= page <= max(run.last_page, 0) + MAX_PAGE_STEP:
            close()
        if mark and mark.start() == 0:  # "P3" alone: the page of the entry above
            if run.last_entry is None or run.last_entry in run.marks:
                close()
                continue
            run.entries[run.last_entry] += f" {page}"
            run.first_entry = run.first_entry or run.last_entry
            run.marks.add(number)
            run.bare += bare is not None
            run.pages.append(page)
            run.last_page, run.last_marked_line, run.last_entry = page, number, None
            continue
        name = text[: mark.start()].strip() if mark else text
        if not _entry_words(name):
            close()
            continue
        run.entries[number] = f"{name} {page}" if mark else name
        if mark:
            run.first_entry = run.first_entry or number
            run.pages.append(page)
            run.last_page, run.last_marked_line, run.last_entry = page, number, None
        else:
            run.last_entry = number
    close()
    return found
