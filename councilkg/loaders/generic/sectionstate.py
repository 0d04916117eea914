"""What one pass of the section reader holds (:class:`SectionState`, the base of
:class:`~councilkg.loaders.generic.sections.SectionReader`): the plan read so far, the priority, outcome
and section in force, the tables and headings met, and the readers of rows, owners, areas and quotes it
hands lines to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.loaders.generic.anchors import CarriedCells
from councilkg.loaders.generic.arearows import AreaRows
from councilkg.loaders.generic.areas import Areas
from councilkg.loaders.generic.celllists import ResultLists
from councilkg.loaders.generic.ownercells import OwnerCells
from councilkg.loaders.generic.ownerfragments import OwnerFragments
from councilkg.loaders.generic.planinfo import read_plan_info
from councilkg.loaders.generic.prioritycells import PriorityCells
from councilkg.loaders.generic.prioritygroups import listed_priorities
from councilkg.loaders.generic.profile import Profile, SectionKind, SectionRule
from councilkg.loaders.generic.quotes import Quotes
from councilkg.loaders.generic.rows import RowReader, TableExtras
from councilkg.loaders.generic.sectionitems import SentenceItems
from councilkg.loaders.generic.tablekinds import classifier, known_cells
from councilkg.loaders.model import Action, Extraction, OutcomeLink, Priority
from councilkg.loaders.parsing.columns import Column
from councilkg.loaders.parsing.tablefinder import FoundTable, find_tables

LOADER_NAME = "generic"
"""The generic loader's name (a profile's reading is ``generic:NAME`` unless it names its loader)."""


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


TableReading = tuple[SectionKind | None, Column | None, TableExtras, FoundTable]
"""How a table's rows are read: kind, label column, extras, and the table giving their columns."""


class SectionState:
    """The state of one pass over the plan's lines: the priority, outcome and section in force, what
    was seen, and how a priority is keyed and added."""

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
        self.positional: tuple[FoundTable, TableReading] | None = None  # a table read by position
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

    def _priority_key(self, text: str) -> str:
        return self.rows.key("priority", text)

    def _add_priority(self, priority: Priority) -> None:
        self.extraction.priorities.append(priority)
