"""The generic loader: reads a plan of a layout no specific loader knows, from its tables and headings.

It finds tables (tab-separated rows under a header row, see :mod:`~councilkg.loaders.parsing.tablefinder`),
maps their columns to roles with the header vocabulary of :mod:`~councilkg.loaders.parsing.columns`,
decides from the roles what each table holds (actions, indicators, risks or priorities), and
attaches each row to the nearest preceding heading that reads as a priority or an outcome. Every
Child Matters outcomes, NI/BVPI/PAF codes, owners, due dates, values and risk ratings are
recognised wherever they are printed. A :class:`~councilkg.loaders.generic.profile.Profile` adds the
headings, column headers and owner spellings of one layout without code.

It is the fallback of :func:`~councilkg.loaders.find_loader`: used only when no specific loader
claims a plan and it finds at least one table it can read.

This module keeps the pass itself (:class:`SectionReader`: which reading each line goes to, in what
order, and what is settled at the end); the readings are its bases, one module a job:
:mod:`~councilkg.loaders.generic.sectiontables` (tables and their rows),
:mod:`~councilkg.loaders.generic.sectionheadings` (headings and paragraphs: what is in force) and
:mod:`~councilkg.loaders.generic.sectionstate` (what the pass holds).
"""

from __future__ import annotations

from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.arearows import link_projects
from councilkg.loaders.generic.areas import place_area_mentions
from councilkg.loaders.generic.implications import add_implications, is_implications_table
from councilkg.loaders.generic.orgchart import read_holders, read_units
from councilkg.loaders.generic.planinfo import title_page
from councilkg.loaders.generic.postrows import claimed_row, read_claimed_row, read_post_rows
from councilkg.loaders.generic.prioritygroups import describe_priorities
from councilkg.loaders.generic.prioritylists import read_priority_lists
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.quotes import reconcile_quotes
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.generic.sectionstate import SeenSection, SeenTable, TableReading
from councilkg.loaders.generic.sectiontables import SectionTables
from councilkg.loaders.generic.unitrules import read_unit_rules
from councilkg.loaders.model import Extraction, OutcomeLink
from councilkg.text import clean_text, plain_line


@dataclass(frozen=True)
class Survey:
    """What the generic loader saw in a plan: its extraction, the sections and the tables, in order."""

    extraction: Extraction
    sections: list[SeenSection]
    tables: list[SeenTable]


def survey(document: Document, profile: Profile | None = None) -> Survey:
    """Return what the generic loader sees in a plan, even one with no table it can read."""
    reader = SectionReader(document, profile or Profile())
    extraction = reader.scan()
    return Survey(extraction, reader.sections_seen, reader.tables_seen)


class SectionReader(SectionTables):
    """One pass over the plan's lines, keeping the priority, outcome and section in force: reads the
    tab-separated tables and the headings the profile's (and built-in) section rules name."""

    # -- the pass ------------------------------------------------------------------------------

    def read(self) -> Extraction:
        """Return the extraction, or raise when no table was read."""
        extraction = self.scan()
        if not self.read_tables:
            raise UnknownLayoutError(
                self.document.path,
                "no table with a header row the generic loader understands",
                hint="write a profile (councilkg profile init FILE) or use a specific --loader",
            )
        return extraction

    def scan(self) -> Extraction:
        """Return what one pass over the lines extracts, recording the sections and tables seen."""
        extraction = self.extraction
        extraction.guessed = self.guessed
        for line, what in self._pending_place:
            extraction.place(line, what)
        self.unit_holdings = read_holders(self.profile.holders, self.lines, self.extraction)
        self.unit_rows = read_unit_rules(self.profile.units, self.lines, self.extraction)
        # posts named in rows come before the owner cells naming them (a chart at the end of the plan)
        read_post_rows(self.lines, extraction, self.profile.post_rows, self._post_priority_key)
        self.unit_rows |= read_priority_lists(
            self.profile.priority_lists, self.lines, extraction, self._list_outcomes, self._priority_key
        )
        headers = {table.header_line: table for table in self.layout.tables}
        repeats = {line for table in self.layout.tables for line in table.header_lines[1:]}
        rows = {row.line: (table, row) for table in self.layout.tables for row in table.rows}
        stray = {row.line: row for row in self.layout.stray_rows}
        current: dict[int, TableReading] = {}
        in_rows = [rule for rule in self.profile.sections if rule.in_rows]
        anywhere = [rule for rule in self.profile.rows if rule.in_tables]
        for number, raw in enumerate(self.lines, start=1):
            if in_rows and "\t" in raw and self._row_heading(in_rows, raw, number):
                continue
            if number in self.group_rows:
                extraction.place(number, self.group_rows[number])
                continue
            if number in self.unit_rows:
                continue  # placed by the unit rule that read it
            if (
                anywhere
                and "\t" in raw
                and read_claimed_row(anywhere, raw, number, extraction, self._priority_outcomes)
            ):
                continue
            if number in headers:
                table, self.positional = headers[number], None
                current[id(table)] = self._start_table(table)
            elif number in repeats and self.ignoring:
                self._ignore([number])
            elif number in repeats:
                extraction.place(number, "table header")
            elif number in rows:
                table, row = rows[number]
                kind, label, extras, source = current.get(id(table), (None, None, TableExtras(), table))
                if self._outcome_row(row):
                    continue
                if row.is_subheading and self.profile.subheadings:
                    self.subheadings[id(table)] = clean_text(row.cell(0))
                    self._text(row.cell(0), number, subheading=True)
                elif self.ignoring:
                    self._ignore([number])
                elif kind is not None and label is not None:
                    self._row(table, source.columns, kind, label, extras, row)
                elif self.priority is not None and is_implications_table(source.columns):
                    add_implications(self.priority, source.columns, row)
                    extraction.place(number, "priority implications")
            elif number in stray and (claimed := claimed_row(self.profile, raw)):
                extraction.place(number, claimed)
            elif number in stray and self._outcome_row(stray[number]):
                continue
            elif number in stray and self.ignoring:
                extraction.place(number, self.ignored_as)
            elif number in stray and not self._positional_row(raw, number):
                extraction.warn(number, "table row with no header row above it; not read")
            elif "\t" not in raw and (text := plain_line(raw)):
                self._text(text, number)
        self.area_rows.flush()
        link_projects(self.projects, extraction.actions)
        describe_priorities(extraction, self.listed)
        self.quotes.end(len(self.lines) + 1)
        if self.profile.plan.title_page:
            headings = [seen.line for seen in self.sections_seen]
            cover = title_page(extraction.plan.source_line, headings, self.lines)
            extraction.place(cover, "title page")
        self.areas.finish()
        reconcile_quotes(extraction, self.quotes.ranges, self.rows.key)
        place_area_mentions(extraction, self.areas, self.profile.sections, self.lines, self._quoted_suffix)
        for priority, rule in self.described:
            if priority.description is None and rule.description is not None:
                extraction.warn(priority.source_line, rule.no_description(priority.label))
            if rule.ecm_expected and not any(link.scheme == "ecm" for link in priority.contributes_to):
                extraction.warn(
                    priority.source_line, f"priority {priority.label!r} names no Every Child Matters outcome"
                )
        for rule, line in self.unit_sections:
            later = [seen.line for seen in self.sections_seen if seen.line > line]
            end = min(later, default=len(self.lines) + 1)
            read_units(rule, line, end, self.lines, self.extraction, self.unit_holdings)
        return extraction

    def _quoted_suffix(self, line: int) -> str | None:
        """Return what a line's placing adds when it is quoted (" (quoted in report)"), else ``None``."""
        where = self.quotes.where(line)
        return where.suffix if where is not None else None

    def _post_priority_key(self, text: str, length: int) -> str:
        return self.rows.key("priority", text, length)

    def _list_outcomes(self, text: str, line: int) -> list[OutcomeLink]:
        return self.rows.outcomes_in(text, line, warn=False)
