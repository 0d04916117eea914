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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents import tables
from councilkg.documents.document import Document
from councilkg.documents.tables import Row
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.anchors import CarriedCells, anchored, row_section
from councilkg.loaders.generic.arearows import AreaRows, link_projects
from councilkg.loaders.generic.areas import Areas, place_area_mentions
from councilkg.loaders.generic.celllists import ResultLists, filled_down, split_row
from councilkg.loaders.generic.implications import add_implications, is_implications_table
from councilkg.loaders.generic.orgchart import read_holders, read_units
from councilkg.loaders.generic.outlinelines import labelled_run
from councilkg.loaders.generic.ownercells import OwnerCells
from councilkg.loaders.generic.ownerfragments import OwnerFragments
from councilkg.loaders.generic.planinfo import MAX_HEADING_WORDS, read_plan_info, title_page
from councilkg.loaders.generic.positional import positional_table
from councilkg.loaders.generic.postrows import claimed_row, claims_post, read_claimed_row, read_post_rows
from councilkg.loaders.generic.prioritycells import PriorityCells
from councilkg.loaders.generic.prioritygroups import describe_priorities, listed_priorities
from councilkg.loaders.generic.prioritylists import read_priority_lists
from councilkg.loaders.generic.profile import (
    Profile,
    RowRule,
    SectionKind,
    SectionRule,
    ecm_keys_in,
)
from councilkg.loaders.generic.quotes import Quotes, reconcile_quotes
from councilkg.loaders.generic.rows import RowReader, TableExtras
from councilkg.loaders.generic.sectionitems import SentenceItems, read_section_item
from councilkg.loaders.generic.tablekinds import (
    LABEL_ROLES,
    MONEY_KINDS,
    classifier,
    known_cells,
    label_column,
    table_extras,
    table_kind,
)
from councilkg.loaders.generic.unitrules import read_unit_rules
from councilkg.loaders.generic.visionlist import vision_with_list
from councilkg.loaders.model import (
    Action,
    Extraction,
    OutcomeLink,
    Priority,
    Vision,
)
from councilkg.loaders.parsing.cells import starts_list_item, strip_bullet
from councilkg.loaders.parsing.columns import (
    OWNER_ROLES,
    Column,
    ColumnMap,
    ColumnRole,
)
from councilkg.loaders.parsing.periods import parse_period
from councilkg.loaders.parsing.tablefinder import FoundTable, find_tables
from councilkg.text import clean_text, plain_line, unquoted

LOADER_NAME = "generic"

_LABELLED_OUTCOME = re.compile(
    r"^(?:every child matters|ecm|outcomes?|key outcomes?|contributes? to)\b[^:]{0,40}:", re.IGNORECASE
)


@dataclass(frozen=True)
class SeenSection:
    """A heading the loader read as starting a section, and the ECM outcomes an outcome heading names."""

    line: int
    text: str
    kind: SectionKind
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeenTable:
    """A table the loader met, and what it read it as (``None``: not read)."""

    table: FoundTable
    kind: SectionKind | None


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


class SectionReader:
    """One pass over the plan's lines, keeping the priority, outcome and section in force: reads the
    tab-separated tables and the headings the profile's (and built-in) section rules name."""

    def __init__(self, document: Document, profile: Profile) -> None:
        self.document = document
        self.profile = profile
        self.lines = document.lines
        self.layout = find_tables(
            self.lines, classifier(profile), known_cells(profile), profile.builtin_columns
        )
        loader = profile.loader or (
            LOADER_NAME if profile.name == "built-in" else f"{LOADER_NAME}:{profile.name}"
        )
        identity = read_plan_info(document, profile)
        self.guessed, self._pending_place = identity.guessed, identity.placed
        self.extraction = Extraction(plan=identity.info, loader=loader)
        self._owners = OwnerCells(profile, self.extraction)
        self.rows = RowReader(
            self.extraction,
            self._owners,
            profile.frameworks,
            profile.written_values,
            profile.outturn_warnings,
            profile.value_warnings,
        )
        self.rows.partners_apart = profile.owners.partners_apart
        self.rows.ecm_names, self.rows.value_column_warnings = (
            profile.ecm_names,
            profile.value_column_warnings,
        )
        self.priority_cells = PriorityCells(self.extraction, self.rows)
        self.heading_section: str | None = None
        self.section_in_force: str | None = None  # the section an area heading is read in
        self.subheadings: dict[int, str] = {}
        self.carried = CarriedCells()
        self.sentences = SentenceItems()
        self.fragments = OwnerFragments(self.lines, self._owners.retracting(self.rows.reread_owners))
        self.priority: Priority | None = None
        self.areas = Areas(
            self.extraction,
            lambda text: self._priority_key(text),
            active=any(rule.kind is SectionKind.AREA for rule in profile.sections),
        )
        self.quotes = Quotes(self.lines, profile.sections)
        self.result_lists = ResultLists(
            self.lines, profile.paragraph_items, profile.continued_items, self.rows.action_key
        )
        #: The priorities read by a rule with a ``description`` pattern: one without is warned about.
        self.described: list[tuple[Priority, SectionRule]] = []
        self.outcome_links: list[OutcomeLink] = []
        self.forced: SectionKind | None = None
        self.section_rule: SectionRule | None = None
        self.section_heading = ""
        self.section_line = 0
        self.section_period: str | None = None
        self.heading_lines: list[int] | None = None
        self.unit_sections: list[tuple[SectionRule, int]] = []
        #: Each line naming a post holder with the post's unit, in line order (repeats included).
        self.unit_holdings: list[tuple[int, str]] = []
        self.ignoring, self.ignored_as = False, "ignored"
        self.until: re.Pattern[str] | None = None  # an ignore section's end (headings before: its lines)
        self.items_open = False
        self.positional: tuple[FoundTable, _Reading] | None = None  # a table read by position
        self.vision_pending = False
        self.description_open = False
        self.inherited = False
        self.read_tables = 0
        self.sections_seen: list[SeenSection] = []
        self.tables_seen: list[SeenTable] = []
        self.spanned: dict[int, str] = {}  # per table, the last priority cell printed
        self.projects: list[Action] = []  # read under a ``projects`` heading
        self.listed, self.group_rows = listed_priorities(profile.sections, self.lines)
        self.area_rows = AreaRows(
            self.extraction, self.rows.action_key, self._owners, profile.area_key_length
        )

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
        current: dict[int, _Reading] = {}
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

    def _start_table(self, printed: FoundTable) -> _Reading:
        """Return how a table's rows are read: its kind, label column, extras, and the table whose
        columns they are read with (itself, or the fullest printing under a ``same_columns`` heading)."""
        self.description_open = False
        same = self.section_rule is not None and self.section_rule.same_columns
        table = self._fullest_table(printed) if same else printed
        extras = table_extras(self.profile, table)
        if self.section_rule is not None:
            headings = {column.role.value: column.heading for column in reversed(table.columns.columns)}
            extras = dataclasses.replace(
                extras,
                section=self.section_rule.section_of(self.section_heading, headings),
                item_type=self.section_rule.item_type,
            )
            if self.section_rule.risk_ref is not None:
                extras = dataclasses.replace(extras, risk_ref=self.section_rule.risk_ref)
            if self.section_rule.kind in {SectionKind.ACTIONS, SectionKind.INDICATORS}:
                rule, year = self.section_rule, re.search(r"\b(?:19|20)\d{2}\b", self.section_heading)
                extras = dataclasses.replace(
                    extras,
                    key=rule.item_key,
                    key_length=rule.key_length,
                    projects=rule.projects,
                    year=int(year.group()) if year else None,
                )
        if self.ignoring:
            self._ignore(printed.header_lines)
            return None, None, extras, table
        kind = table_kind(table.columns, self.forced)
        label = label_column(table.columns, kind, table.header) if kind else None
        self.tables_seen.append(SeenTable(printed, kind if label else None))
        if (kind is None or label is None) and self.priority and is_implications_table(table.columns):
            self.extraction.place(printed.header_lines, "table header")
            return None, None, extras, table
        if kind is None or label is None:
            header = " | ".join(cell for cell in printed.header if cell)
            what = "what it holds" if kind is None else f"which column labels its {kind.value}"
            self.extraction.warn(
                printed.header_line, f"table headed {header!r}: cannot tell {what}; its rows are not read"
            )
            return None, None, extras, table
        self.read_tables += 1
        self.extraction.place(printed.header_lines, "table header")
        if self.section_rule is not None:
            present = {column.role for column in table.columns.columns}
            for role in self.section_rule.columns:
                if role not in present:
                    self.extraction.warn(
                        printed.header_line,
                        f"{kind.value} table has no column headed {role.value!r}; its cells are left empty",
                    )
        known = known_cells(self.profile)
        for index, heading in table.unmapped:
            if not known(heading):
                self.extraction.warn(
                    printed.header_line, f"column {index + 1} {heading!r} has no known role; not read"
                )
        return kind, label, extras, table

    def _row_heading(self, rules: list[SectionRule], raw: str, line: int) -> bool:
        """Return True when a tab-separated row is a heading one of ``rules`` reads in rows (read so)."""
        text = clean_text(raw.replace("\t", " "))
        rule = next((rule for rule in rules if rule.pattern.search(text)), None)
        if rule is not None:
            self._section(rule, text, line)
        return rule is not None

    def _positional_row(self, raw: str, line: int) -> bool:
        """Return True when a row with no header above it is read by position: the first under a heading
        whose rule names its tables' columns is their header (warned), the rows after it its rows."""
        found = positional_table(self.section_rule, raw, line) if self.positional is None else None
        if found is not None and not self.ignoring:
            self.extraction.warn(line, found[1])
            self.positional = (found[0], self._start_table(found[0]))
            return True
        if self.positional is None:
            return False
        table, (kind, label, extras, source) = self.positional
        table.rows.append(row := tables.split_row(raw, line))
        if kind is not None and label is not None:
            self._row(table, source.columns, kind, label, extras, row)
        return True

    def _quoted_suffix(self, line: int) -> str | None:
        """Return what a line's placing adds when it is quoted (" (quoted in report)"), else ``None``."""
        where = self.quotes.where(line)
        return where.suffix if where is not None else None

    def _ignore(self, lines: Sequence[int]) -> None:
        """Place table ``lines`` as read as nothing, but for rows a ``[[posts]]`` rule claims (the post
        reader reads them: a post named again is placed so)."""
        self.extraction.place(
            [n for n in lines if not claims_post(self.profile, self.lines[n - 1])], self.ignored_as
        )

    def _fullest_table(self, table: FoundTable) -> FoundTable:
        """Return the table printed under the current heading whose header has the most non-blank
        cells (the earliest of equals), or ``table`` when it is the only one."""
        if self.heading_lines is None:
            self.heading_lines = [
                number
                for number, raw in enumerate(self.lines, start=1)
                if "\t" not in raw and (text := plain_line(raw)) and self._rule_for(text) is not None
            ]
        end = min(
            (line for line in self.heading_lines if line > self.section_line), default=len(self.lines) + 1
        )
        under = [found for found in self.layout.tables if self.section_line < found.header_line < end]
        return max(under, key=lambda found: sum(1 for cell in found.header if cell), default=table)

    def _outcome_row(self, row: Row) -> bool:
        """Return True when ``row`` is a subheading naming outcomes and the profile reads such rows as
        outcome headings (``outcome_subheadings``): the rows below serve those outcomes."""
        if self.ignoring or not (self.profile.outcome_subheadings and row.is_subheading):
            return False
        links = self.rows.outcomes_in(row.cell(0), row.line, warn=False)
        if links:
            self.outcome_links, self.priority = links, None
            self.extraction.place(row.line, "outcome heading")
        return bool(links)

    def _row(
        self,
        table: FoundTable,
        columns: ColumnMap,
        kind: SectionKind,
        label: Column,
        extras: TableExtras,
        row: Row,
    ) -> None:
        context = self.priority.key if self.priority else None
        row = self.carried.carried(id(table), anchored(row, columns, extras), extras)
        section = row_section(row, extras) or self.subheadings.get(id(table)) or extras.section
        section = section or self.heading_section
        if kind is SectionKind.PRIORITIES:
            priority = self.rows.priority_row(columns, label, row, extras, section)
            if priority is not None:
                self._add_priority(priority)
            return
        if kind in MONEY_KINDS:
            self.rows.money_row(kind.value, columns, label, row, extras, self.section_period)
            return
        row = filled_down(self.spanned, table, columns, row) if self.profile.fill_down else row
        named, outcomes = self.priority_cells.named(columns, extras, row, self.outcome_links, section)
        supports = named or ([context] if context else [])
        if kind is SectionKind.ACTIONS and self._by_area(columns, label):
            self.area_rows.add(id(table), columns, label, row, supports)
        elif kind is SectionKind.ACTIONS:
            row = self.fragments.joined(id(table), columns, row) if self.profile.continued_items else row
            ended = self.result_lists.continue_row(table, columns, row)
            if self.profile.continued_items:
                last = self.extraction.actions[-1] if self.extraction.actions else None
                trimmed = self.result_lists.trimmed
                row = self.fragments.continued(id(table), columns, row, label.index, trimmed, last)
            if ended:
                held = row.line in self.fragments.held
                self.extraction.place(row.line, self.result_lists.continued_place(row, columns, held))
                return
            first = len(self.extraction.actions)
            for item_row in self._split_cell(row, label, columns):
                self.rows.action_row(columns, label, item_row, supports, extras, section, outcomes)
            if extras.projects:
                self.projects += self.extraction.actions[first:]
            self.result_lists.results_to_priority(
                self.extraction, self.priority, table, columns, extras, row, first
            )
        elif kind is SectionKind.INDICATORS:
            before = len(self.extraction.indicators)
            self.rows.indicator_row(columns, label, row, supports, self.extraction.plan, extras, section)
            if self.profile.outcomes_measured and self.priority and len(self.extraction.indicators) > before:
                measured = self.extraction.indicators[-1].measures_outcomes
                measured += [
                    link
                    for link in self.priority.contributes_to
                    if link.scheme == "ecm" and link not in measured
                ]
            action = next((c for c in columns.all(ColumnRole.ACTION) if c.index != label.index), None)
            if action is not None and self.profile.split_cells and row.cell(action.index):
                # "Action / Indicator / Baseline / Target …": the row states its actions too
                for item_row in self._split_cell(row, action, columns):
                    self.rows.action_row(columns, action, item_row, supports, extras, section, outcomes)
        else:
            self.rows.risk_row(columns, label, row, extras)

    def _by_area(self, columns: ColumnMap, label: Column) -> bool:
        """True when an action table's rows are read area by area (``area_rows``, a project-area column
        beside the action column)."""
        return (
            self.profile.area_rows
            and label.role is ColumnRole.ACTION
            and columns.index(ColumnRole.PROJECT_AREA) is not None
        )

    def _split_cell(self, row: Row, column: Column, columns: ColumnMap) -> list[Row]:
        """Return ``row`` once for each item its ``column`` cell lists (once if it lists one), with
        ``paired_cells`` each its own date and owner when their cells list as many."""
        if not self.profile.split_cells:
            return [row]
        left = self.result_lists.trimmed.get((row.line, column.index))  # less an item continuing above
        pairs = self.profile.paired_cells
        dated = [c.index for c in columns.all(ColumnRole.TIMESCALE)] if pairs else []
        paired = dated + [c.index for c in columns.all(*OWNER_ROLES)] if pairs else []
        given = {
            i: self.fragments.given[(row.line, i)] for i in paired if (row.line, i) in self.fragments.given
        }
        split = (self.lines, row, column.index, self.profile.paragraph_items, left, paired, given)
        return split_row(*split, dated=dated, warn=self.extraction.warn)

    # -- headings and paragraphs ---------------------------------------------------------------

    def _text(self, text: str, line: int, subheading: bool = False) -> None:
        if self.vision_pending and not subheading:
            self.vision_pending = False
            if self._rule_for(text, line) is None:
                self.extraction.vision = Vision(unquoted(text), line)
                return
        rule, ends = self._rule_for(text, line), self.until is not None and self.until.search(text)
        self.ignoring, self.until = (False, None) if ends else (self.ignoring, self.until)
        if rule is not None and (self.until is None or ends):
            self._section(rule, text, line)
            return
        if not subheading and self.section_period is None:
            self.section_period = parse_period(text)
        if self.ignoring:
            self.extraction.place(line, self.ignored_as)
            return
        if not subheading and (self.areas.list_item(text, line) or self._section_item(text, line)):
            return
        rule = self.section_rule
        if (
            not subheading
            and rule
            and self.sentences.read(
                rule, self.section_heading, text, line, self.extraction, self.rows.action_key
            )
        ):
            return
        keys = ecm_keys_in(text)
        if keys and (_LABELLED_OUTCOME.match(text) or (len(text.split()) <= 6 and not strip_bullet(text)[0])):
            links = [OutcomeLink("ecm", key) for key in keys]
            if _LABELLED_OUTCOME.match(text) and self.priority is not None:
                if self.inherited:  # the priority's own outcome line is more specific than its section's
                    self.priority.contributes_to, self.inherited = [], False
                for link in links:
                    if link not in self.priority.contributes_to:
                        self.priority.contributes_to.append(link)
                self.extraction.place(line, "ECM outcome")
            else:
                self.outcome_links, self.priority, self.forced = links, None, None
                self.extraction.place(line, "outcome heading")
                self.sections_seen.append(SeenSection(line, text, SectionKind.OUTCOME, tuple(keys)))
            return
        if subheading:
            self.extraction.place(line, "table subheading")
        elif text.endswith(":") or starts_list_item(text) or labelled_run(text):
            self.description_open = False  # a lead-in, a list item, items run together: the outline's
        elif self.priority is not None and self.description_open and self._described(text, line):
            return
        elif self.priority is not None and self.description_open and len(text.split()) > 5:
            self.priority.description = text
            self.description_open = False
            self.extraction.place(line, "priority description")

    def _section_item(self, text: str, line: int) -> bool:
        """Return True when ``text`` is the next item of the list under the heading in force (the
        first line with text that is not one ends the list)."""
        rule, supports = self.section_rule, [self.priority.key] if self.priority else []
        if rule is None or rule.items is None or not self.items_open:
            return False
        self.items_open = read_section_item(
            rule, self.section_heading, text, line, self.extraction, self.rows.action_key, supports
        )
        return self.items_open

    def _described(self, text: str, line: int) -> bool:
        """Return True when the priority in force is described by a line of its rule's ``description``
        pattern: ``text`` gives the description if it matches, and no other paragraph does."""
        rule = next((rule for priority, rule in self.described if priority is self.priority), None)
        if rule is None or rule.description is None or self.priority is None:
            return False
        description = rule.description_of(text)
        if description is not None:
            self.priority.description, self.description_open = description, False
            self.extraction.place(line, "priority description")
        return True

    def _rule_for(self, text: str, line: int | None = None) -> SectionRule | None:
        if len(text.split()) > MAX_HEADING_WORDS:
            return None
        for rule in self.profile.section_rules():
            if rule.pattern.search(text):
                return rule
        return self.quotes.priority_rule(text, line)

    def _section(self, rule: SectionRule, text: str, line: int) -> None:
        self.area_rows.flush()
        kind = rule.kind
        match = rule.pattern.search(text)
        groups = match.groupdict() if match else {}
        self.sections_seen.append(SeenSection(line, text, kind))
        self.section_rule, self.section_heading, self.section_line = rule, clean_text(text), line
        self.items_open, self.positional = True, None
        self.sentences.start()
        self.section_period = parse_period(text)
        self.ignoring = kind is SectionKind.IGNORE
        self.ignored_as, self.until = (rule.place, rule.until) if self.ignoring else ("ignored", None)
        enclosing, self.heading_section = self.heading_section, clean_text(text) if rule.as_section else None
        self.rows.quoting = self.quotes.heading(rule, line)
        if kind is SectionKind.QUOTES:
            kind = SectionKind.SECTION
        if kind is SectionKind.PRIORITY:
            label = clean_text(groups.get("label") or text)
            ref = clean_text(groups.get("ref") or "") or None
            fields = {**{name: value or "" for name, value in groups.items()}, "label": label, "text": text}
            base = rule.key.format_map(fields) if rule.key else ref or label
            key = self.rows.key("priority", base, rule.key_length)
            priority = Priority(key=key, label=label, source_line=line, ref=ref)
            if rule.in_section:  # the section heading above holds the priority and its tables' items
                self.heading_section = priority.section = enclosing
            keys = list(rule.outcomes) or ecm_keys_in(label)
            priority.contributes_to = [OutcomeLink("ecm", key) for key in keys] or list(self.outcome_links)
            self.inherited = not keys
            self._add_priority(priority)
            if not self.rows.quoting:
                self.areas.adopt(priority)
            if self.areas.current is not None and not rule.as_section:  # its items are in the area's section
                self.heading_section = self.areas.current.label
            self.priority, self.forced, self.description_open = priority, None, True
            if rule.description is not None or rule.ecm_expected:
                self.described.append((priority, rule))
            return
        if kind is SectionKind.AREA:
            area = self.areas.heading(rule, groups, text, line, self.section_in_force)
            self.heading_section, self.priority, self.forced = area.label, area, None
            return
        self.areas.end()
        self.section_in_force = self.heading_section
        if kind is SectionKind.OUTCOME:
            keys = list(rule.outcomes) or ecm_keys_in(text)
            self.outcome_links = [OutcomeLink("ecm", key) for key in keys]
            if not keys:
                self.extraction.warn(line, f"outcome heading {text!r} names no Every Child Matters outcome")
            self.priority, self.forced = None, None
            self.extraction.place(line, "outcome heading")
            return
        self.extraction.place(line, "ignored" if kind is SectionKind.IGNORE else "section heading")
        if kind is SectionKind.VISION and rule.with_list:
            vision_with_list(text, line, self.lines, self.extraction)
            return
        if kind is SectionKind.VISION:
            rest = clean_text(text[match.end() :] if match else "").lstrip(":–- ")
            if len(rest.split()) >= 4:
                quoted = re.search(r"['‘\"](.+)['’\"]", rest)
                self.extraction.vision = Vision(clean_text(quoted.group(1) if quoted else rest), line)
            else:
                self.vision_pending = True
            return
        if kind in LABEL_ROLES:
            self.forced = kind
            return
        if kind is SectionKind.UNITS:
            self.unit_sections.append((rule, line))
        self.priority, self.outcome_links, self.forced = None, [], None

    def _priority_outcomes(self, cells: list[str], line: int, rule: RowRule) -> None:
        """Give the priority in force the outcomes ``cells`` name (of the rule's framework only, when it
        names one, under the broader concept a cell its ``broader`` finds names; its own outcome row: it
        replaces the outcomes it took from the outcome heading above it); returns nothing."""
        if self.priority is None:
            return
        if self.inherited:
            self.priority.contributes_to, self.inherited = [], False
        under = None
        if rule.broader is not None and rule.scheme is not None:
            broader = [cell for cell in cells if rule.broader.search(cell)]
            under = self.rows.concept_named(rule.scheme, broader[0], line) if broader else None
            cells = [cell for cell in cells if not rule.broader.search(cell)]
        named = [
            link for cell in cells for link in self.rows.outcomes_in(cell, line, False, rule.scheme, under)
        ]
        for link in sorted(named, key=lambda link: link.scheme != "ecm"):  # the ECM outcomes first
            if link not in self.priority.contributes_to:
                self.priority.contributes_to.append(link)

    def _post_priority_key(self, text: str, length: int) -> str:
        return self.rows.key("priority", text, length)

    def _list_outcomes(self, text: str, line: int) -> list[OutcomeLink]:
        return self.rows.outcomes_in(text, line, warn=False)

    def _priority_key(self, text: str) -> str:
        return self.rows.key("priority", text)

    def _add_priority(self, priority: Priority) -> None:
        self.extraction.priorities.append(priority)


_Reading = tuple[SectionKind | None, Column | None, TableExtras, FoundTable]
"""How a table's rows are read: kind, label column, extras, and the table giving their columns."""
