"""Contents pages in a plan's outline: their entries, and the items listed under an entry naming a kind.

A contents page is skipped as a rule (the body prints its headings again); :class:`OutlineContents`
records its entries as the outline reader meets them, and adds at the end the priorities and
outcomes listed under an entry that names their kind or a framework outcome, where the body read no
item of the same label (:mod:`~councilkg.loaders.generic.contents` keeps the sections).
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER, ROMAN_NUMERAL
from councilkg.loaders.generic.contents import (
    DIVISION_LABEL,
    MAX_CONTENTS_ENTRIES,
    ContentsPage,
    Framework,
    page_number,
    without_page_number,
)
from councilkg.loaders.generic.contentsnesting import is_page, is_section_number, next_text
from councilkg.loaders.generic.contentsruns import contents_run_entries, numbered_run_entries
from councilkg.loaders.generic.contentsthemes import (
    RULE_CONTENTS_THEME,
    contents_pages,
    theme_entries,
    theme_title,
    title_words,
)
from councilkg.loaders.generic.framework_outcomes import heading_outcome
from councilkg.loaders.generic.outlineitems import OutlineItems
from councilkg.loaders.generic.outlinelines import (
    CELL_NUMBER,
    INLINE_NUMBERS,
    KIND_OF_WORD,
    LABELLED,
    LABELLED_AFTER,
    MAX_HEADING_WORDS,
    NO_TITLE,
    OUTCOME_WORDS,
    RULE_CONTENTS_ENTRY,
    RULE_CONTENTS_UNDER_OUTCOME,
    SENTENCE_END,
    labelled_title,
)
from councilkg.loaders.generic.parallelthemes import RULE_PARALLEL_THEME, parallel_titles
from councilkg.loaders.generic.runonlists import inline_bullets
from councilkg.loaders.model import Reading, Risk
from councilkg.text import clean_text, ends_mid_phrase

#: "Headline Indicator: Stage 1 Complaints", "KPI 3 – …": a contents entry naming a measure as its kind.
#: "Ambitions for Learning", "Priorities for Prosperity": an entry naming its kind and what it is for.
_KIND_FOR = re.compile(
    r"^(?P<word>ambitions|priorities|themes|outcomes|objectives|aims|goals)\s+for\s+(?:our\s+)?[A-Z]",
    re.IGNORECASE,
)
LABELLED_MEASURE = re.compile(
    r"^(?:headline |key |performance |success )?(?:indicator|kpi|measure)\s*(?P<ref>\d{1,2}(?:\.\d{1,2})?)?"
    r"\s*[:–—-]\s*(?P<label>\S.{2,200})$",
    re.IGNORECASE,
)
#: "Risk – Budget Reductions", "Risk 3: Mersey Gateway": a contents entry naming a risk as its kind (a
#: risk register's contents, one entry a risk).
LABELLED_RISK = re.compile(
    r"^(?:corporate |strategic |key )?risk\s*(?P<ref>\d{1,2})?\s*[:–—-]\s*(?P<label>[A-Z].{2,200})$",
    re.IGNORECASE,
)
#: The small roman numerals a lettered mark may be ("(ii)"): a level of its own above letters.
ROMAN = re.compile(rf"^(?:{ROMAN_NUMERAL})$")
#: "ii. Reduce First Time Entrants", "III. Reducing the Use of Custody": a contents entry numbered
#: in roman numerals with a stop (a level under its numbered entry).
ROMAN_DOT = re.compile(rf"^\s*({ROMAN_NUMERAL}|{ROMAN_NUMERAL.upper()})\.\s+(?=[A-Z])")
#: "20 Outcome 1 To feel safe": a contents entry's page (or section) number printed before it, bare.
PAGE_BEFORE = re.compile(r"^\d{1,3} (?=[A-Z])")


#: A line of a plan's cover printing its title is this short.
MAX_TITLE_WORDS = 12
#: Two numbered sections ("12.1 Chase Sport … 12.2 District Needs") among the words of one line.
_SECTIONS_RUN_ON = re.compile(r"(?:^|\s)\d{1,2}\.\d{1,2}\s+[A-Z].*\s\d{1,2}\.\d{1,2}\s+[A-Z]")


class OutlineContents(OutlineItems):
    """The outline reader's handling of contents pages: entries placed, sections kept, items added."""

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
        if _SECTIONS_RUN_ON.search(text):
            # "12. Local background for Play 12.1 Chase Sport … 13. Workforce Development": a chapter's
            # sections run onto its line, entries of the page (not the plan's numbered items)
            self._contents_line(number, text)
            self.extraction.place(number, "contents")
            self.pending = None
            return True
        if len(INLINE_NUMBERS.findall(text)) >= 3:
            return False
        if (labelled := LABELLED.match(text)) and labelled.group("ref") and not labelled.group("label"):
            self.contents, self.list_kind = None, None  # "Objective 1", its title on the next line: the body
            return False
        entry = without_page_number(text)
        bullet = BULLET.match(entry)
        numbered = NUMBER.match(entry)
        marker = bullet or numbered
        name = entry[marker.end() :] if marker else entry
        style = "bulleted" if bullet else "numbered" if numbered else "paged" if entry != text else "plain"
        indent = self._indent(number)[0]
        if contents.style is None:
            contents.style, contents.indent = style, indent
        # a page number after it (or, for a bullet, alone on the next line: "• Values" / "8"): an
        # entry, even a long one with a full stop
        below = next_text(self.raw_lines, number)
        paged = entry != text or (bullet is not None and is_page(below))
        # "3.0 Lambeth 2020 – … 12" over "3.1 The next three years": a chapter's sections, while the
        # next line is an entry too (numbered or paged)
        section = (
            numbered is not None
            and not paged
            and contents.style == "paged"
            and is_section_number(contents.number, numbered.group(1))
            and (NUMBER.match(below) is not None or without_page_number(below) != below)
        )
        glyph = entry[: bullet.end()].strip() if bullet else ""
        # "• People • Place • Prosperity": a chapter's sections run onto one line, an entry each
        parts = inline_bullets(name, glyph) if bullet else [name]
        if (
            max(len(part.split()) for part in parts) > MAX_HEADING_WORDS * (2 if paged else 1)
            or (SENTENCE_END.search(name.rstrip("?")) and not paged)  # "What is Early Help?" is an entry
            or (name.casefold() in contents.entries and not self._sub_entry_again(text, number, contents))
            or (
                style != contents.style
                and not (contents.style == "plain" and style != "bulleted")
                and not (contents.style == "paged" and paged)  # "1. The Needs of … 8" under "Foreword 4"
                and not (style == "bulleted" and self.sections.listing())
                # "1. Statement by the Service Director  3" over "o The Purpose of the Business Plan"
                and not (style == "bulleted" and contents.style == "numbered")
                # "BACKGROUND AND CONTEXT" over "• The Kirklees Partnership" / "7": a section's paged entries
                and not (style == "bulleted" and contents.style == "plain" and paged)
                # "2. Corporate Plan 10" / "• Purpose and Aims • Ambitions" / "3. Strategic Themes … 12": a
                # chapter's sections printing no page, the next chapter's entry after them
                and not (style == "bulleted" and contents.style == "paged" and self._paged_after(number))
                and not section
                # "2. Introduction" over "     Youth Justice Plan Key Priorities": a chapter's sections
                and not (style == "plain" and contents.style == "numbered" and indent > contents.indent)
                # "9. Activities that Support Key Performance Indicators &" / "National Standards 17": the
                # entry above wrapped, its page after its last words
                and not (paged and ends_mid_phrase(self._line_before(number)))
                # "Section 4   Priority Issues for Play" over "10   Managing Risk …   16": a division of
                # the document printing no page of its own, heading the paged entries under it
                and not (
                    DIVISION_LABEL.match(name)
                    and (without_page_number(below) != below or number + 1 in self.taken_contents)
                )
            )
            or len(contents.entries) >= MAX_CONTENTS_ENTRIES
        ):
            self.contents, self.list_kind = None, None
            return False
        contents.entries.add(name.casefold())
        contents.number = numbered.group(1) if numbered else contents.number
        contents.page = page if (page := page_number(text)) is not None else contents.page
        self.extraction.place(number, "contents")
        self.pending = None
        for part in parts:
            marked = f"{glyph} {part}" if part != name else entry
            self._section_entry(number, marked, page_number(text), section)
        return True

    def _paged_after(self, number: int) -> bool:
        """True when the first line after line ``number`` and the bullets below it is a contents
        entry printing its page (the next chapter's entry, the bullets its sections)."""
        for line in self.raw_lines[number:]:
            text = line.strip()
            if text and not BULLET.match(text):
                return without_page_number(text) != text
        return False

    def _line_before(self, number: int) -> str:
        """Return the text of the last line with text before line ``number``."""
        # Walked back by index: a slice of the lines above would copy them for every line read.
        above = (self.raw_lines[index].strip() for index in range(number - 2, -1, -1))
        return clean_text(next((line for line in above if line), ""))

    def _sub_entry_again(self, text: str, number: int, contents: ContentsPage) -> bool:
        """True when an entry printed before is printed again under the next chapter, no body's heading:
        indented under the chapters, its page after it and later than the last ("Theme 2: Fair and
        Inclusive 17" / "      Key Commitment 1 19", the first theme's sections named alike)."""
        page = page_number(text)
        indent, first = self._indent(number)
        return page is not None and page > contents.page >= 0 and indent > first

    def _contents_line(self, number: int, text: str) -> None:
        """Record the contents entry a line taken out of the text holds, or each entry of a contents
        page run onto the line (:mod:`~councilkg.loaders.generic.contentsruns`)."""
        entries = contents_run_entries(text)
        for entry in entries or [text]:
            self._section_entry(number, without_page_number(entry), page_number(entry))
        if entries and entries == numbered_run_entries(text):
            # a chapter and all its sections on one line: the next line's entry is the next chapter's
            self.sections.interrupt()

    def _section_entry(self, number: int, entry: str, page: int | None = None, section: bool = False) -> None:
        """Record a contents entry by its mark: numbered (also when its number is the line above),
        lettered, bulleted or none; ``page`` is the page printed after it, ``section`` whether it is
        a paged chapter's section printing none (marked apart from the chapters: "2.0 Our priorities
        8" / "2.1 Safe and well" lists the chapter's items)."""
        marker = (
            NUMBER.match(entry)
            or CELL_NUMBER.match(entry)
            or LETTER.match(entry)
            or ROMAN_DOT.match(entry)
            or BULLET.match(entry)
        )
        name = clean_text(entry[marker.end() :] if marker else PAGE_BEFORE.sub("", entry))
        labelled = LABELLED.match(name) or LABELLED_AFTER.match(name)
        label = labelled_title(labelled) if labelled else ""
        if labelled and label and not NO_TITLE.match(label):
            kind = "outcome" if OUTCOME_WORDS.search(labelled.group("word")) else "priority"
            self.sections.labelled(number, kind, label, labelled.group("ref"))
        elif (kind_for := _KIND_FOR.match(name)) is not None:  # "4. Ambitions for Learning 22"
            word = kind_for.group("word").casefold()
            self.sections.named_for(number, word, KIND_OF_WORD[word], without_page_number(name))
        elif measure := LABELLED_MEASURE.match(name):  # "Headline Indicator: FOI requests ...... 10"
            self.sections.labelled(number, "indicator", measure.group("label"), measure.group("ref"))
        elif risk := LABELLED_RISK.match(name):
            # "1. Risk – Budget Reductions ...... 3": a risk register's contents, numbered risk by risk
            numbered = NUMBER.match(entry)
            ref = risk.group("ref") or (numbered.group(1) if numbered else None)
            self.sections.labelled(number, "risk", risk.group("label"), ref)
        if marker is None and self.previous.isdigit() and len(self.previous) <= 3:
            # a number on the line above: the entry's own, or the page of the one before it (a PDF's
            # contents one cell per line, "Foreword" / "3" / "What Living In Middlesbrough Is Like" / "4")
            style, page = "number above", page if page is not None else int(self.previous)
        elif marker is None:
            style = "none"
        elif marker.re in (NUMBER, CELL_NUMBER):
            # "6.1 Enterprising Communities" under "6. Our Ambitions": a chapter's sections, marked apart
            # ("4.0 Our Priorities" is chapter 4's own entry, not a section of it)
            dotted = marker.re is NUMBER and "." in marker.group(1).removesuffix(".0")
            style = "section" if section else "sub-numbered" if dotted else "numbered"
        elif marker.re is ROMAN_DOT:
            style = "roman"
        elif marker.re is LETTER:
            # "(ii) Outcomes, Activities and Projects" over "(a) Prevention Strategy": two levels
            style = "roman" if ROMAN.match(marker.group(1)) else "lettered"
        else:
            style = "bulleted"
        named = heading_outcome(name)
        framework = Framework(number, *named) if named is not None else None
        self.sections.entry(number, name, style, framework, page, self._indent(number))

    def _indent(self, number: int) -> tuple[int, int]:
        """Return how far line ``number`` and the contents page's first entry are printed in (both 0
        outside a contents page, whose entries' levels their marks and pages tell)."""
        if self.contents is None or number > len(self.raw_lines):
            return 0, 0
        raw = self.raw_lines[number - 1]
        return len(raw) - len(raw.lstrip()), self.contents.indent

    def _contents_items(self) -> None:
        """Add the priorities and outcomes contents pages list under an entry naming their kind, where
        no other rule read an item of that label (a whole plan's body repeats them as headings)."""
        read = {priority.label.casefold() for priority in self.extraction.priorities}
        read |= {outcome.label.casefold() for outcome in self.extraction.outcomes}
        read |= {risk.label.casefold() for risk in self.extraction.risks}  # a register's body read them
        self.outcome = self.priority = None
        under: Framework | None = None
        for item in self.sections.items():
            if item.label.casefold() in read:
                continue
            read.add(item.label.casefold())
            if item.under != under:
                under, self.outcome = item.under, None
                if under is not None:  # its outcome, then its priorities under it
                    self._framework_outcome(under.line, under.key, under.name)
            if item.kind == "outcome":
                self._outcome(item.line, item.label, item.ref, RULE_CONTENTS_ENTRY, listed=True)
            elif item.kind == "indicator":
                self._indicator(item.line, item.label, item.ref, RULE_CONTENTS_ENTRY, 0.4)
            elif item.kind == "risk":
                reading = Reading(RULE_CONTENTS_ENTRY, 0.4)
                self.extraction.risks.append(Risk(item.ref or "", item.label, item.line, reading=reading))
            else:
                rule = RULE_CONTENTS_UNDER_OUTCOME if item.under is not None else RULE_CONTENTS_ENTRY
                self._priority(item.line, item.label, item.ref, rule, 0.4)
        self._contents_themes()
        self._parallel_themes()

    def _item_lines(self) -> set[int]:
        """Return the lines (from 1) of every item read so far."""
        extraction = self.extraction
        lines = {item.source_line for item in extraction.priorities}
        lines |= {item.source_line for item in extraction.outcomes}
        lines |= {item.source_line for item in extraction.actions}
        lines |= {item.source_line for item in extraction.indicators}
        lines |= {item.source_line for item in extraction.risks}
        return lines

    def _parallel_themes(self) -> None:
        """Add as priorities the themes a contents page names alike ("Altogether Wealthier", "Altogether
        Healthier", …: :mod:`~councilkg.loaders.generic.parallelthemes`) to a plan read with no
        priority, where no item was read on their lines."""
        if self.extraction.priorities:
            return
        taken = self._item_lines()
        self.outcome = None  # themes of the whole plan, under none of its outcomes
        for number, name in parallel_titles(self.raw_lines):
            if number not in taken:
                self._priority(number, name, None, RULE_PARALLEL_THEME, 0.3)

    def _contents_themes(self) -> None:
        """Add as priorities the themes a plain contents page lists between front and back matter
        (:mod:`~councilkg.loaders.generic.contentsthemes`), where nothing else read any item after
        the page (a foreword's list before it is no reading of the chapters)."""
        lines = self._item_lines()
        for page in contents_pages(self.sections.read):
            # the titles printed above the page (a foreword's paragraph above it is no title)
            above = self.raw_lines[: page[0].line - 1]
            cover = title_words(" ".join(line for line in above if len(line.split()) <= MAX_TITLE_WORDS))
            themes = theme_entries(page, cover)
            if themes and any(line >= themes[0].line for line in lines):
                return
            for entry in themes:
                self._priority(entry.line, theme_title(entry.name), None, RULE_CONTENTS_THEME, 0.3)
