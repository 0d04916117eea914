"""The tables of the section reader (:class:`SectionTables`, a base of
:class:`~councilkg.loaders.generic.sections.SectionReader`): a table is read by its kind, label column
and extras under the heading in force (or by position, under a heading whose rule names its columns),
and each row as a priority, money, actions (area by area, split by cell, continued over rows),
indicators or risks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from councilkg.documents import tables
from councilkg.documents.tables import Row
from councilkg.loaders.generic.anchors import anchored, row_section
from councilkg.loaders.generic.celllists import filled_down, split_row
from councilkg.loaders.generic.implications import is_implications_table
from councilkg.loaders.generic.positional import positional_table
from councilkg.loaders.generic.postrows import claims_post
from councilkg.loaders.generic.profile import SectionKind
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.generic.sectionheadings import SectionHeadings
from councilkg.loaders.generic.sectionstate import SeenTable, TableReading
from councilkg.loaders.generic.tablekinds import (
    MONEY_KINDS,
    known_cells,
    label_column,
    table_extras,
    table_kind,
)
from councilkg.loaders.parsing.columns import OWNER_ROLES, Column, ColumnMap, ColumnRole
from councilkg.loaders.parsing.tablefinder import FoundTable
from councilkg.text import plain_line


class SectionTables(SectionHeadings):
    """The section reader's handling of tables and their rows."""

    def _start_table(self, printed: FoundTable) -> TableReading:
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
