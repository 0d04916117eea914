"""Action tables grouped by a project-area column, read as a whole (the profile's ``area_rows``).

A PDF's action plan often prints a project area once, then its actions over several rows: the
actions of a cell run together with their bullets lost ("Publish draft structure for locality
teamsCommence formal implementation"), one timescale each in the timescale cell ("June 2009 January
2010"), the owner cells printed once for the area, split over rows ("Head of Safeguarding and" |
"Vulnerable Children") or left with a scrap of a misread word below, and a page break that cuts an
area's name or an action in two ("… children and young people" | "have been met through TYS
interventions"). :class:`AreaRows` keeps the rows of such a table until the table, or the priority it
serves, ends, then reads them area by area:

- a row with a project area starts an area, unless it continues the one above (it starts in lower
  case, the name above ends mid-phrase, or an owner cell above ends mid-phrase and this row goes on);
- the action cell is split into its actions (:func:`~councilkg.loaders.parsing.cells.split_action_items`,
  told how many timescales the row prints), each taking its timescale in turn; a cell starting in
  lower case continues the last action; a timescale printed on a row with no action dates the
  earliest action still without one;
- the owner cells in force when an action is printed are its owners, read when the area ends (so an
  owner cell completed on a later row is read whole); a one-word cell under a complete one is residue;
- each action's key is the area's slug (at most ``key_length`` characters) and its number in the
  area, its section the area.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from councilkg.documents.tables import Row
from councilkg.loaders.model import Action, Extraction, Owner, OwnerRole
from councilkg.loaders.parsing.cells import split_action_items, split_dates
from councilkg.loaders.parsing.columns import OWNER_ROLES, Column, ColumnMap, ColumnRole
from councilkg.loaders.parsing.owners import owner_fragment_is_complete
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text, ends_mid_phrase, slugify

#: The label of an area whose rows come before any project area is printed.
UNNAMED_AREA = "Unnamed project area"


@dataclass
class _OwnerCell:
    """An owner cell, possibly printed over several rows: its text so far and its first line."""

    text: str
    line: int


@dataclass
class _Planned:
    """An action read from a row, with the owner cells in force where it was printed."""

    action: Action
    owner_cells: dict[int, _OwnerCell]


@dataclass
class _Table:
    """The rows of one action table kept for one priority, and what they are read with."""

    table_id: int
    columns: ColumnMap
    label: Column
    supports: list[str]
    rows: list[Row] = field(default_factory=list)


class AreaRows:
    """Keeps the rows of an action table with a project-area column, and reads them area by area.

    ``new_key`` hands out a unique action key for a text; ``owners`` reads an owner cell in a role
    at a line.
    """

    def __init__(
        self,
        extraction: Extraction,
        new_key: Callable[[str], str],
        owners: Callable[[str, OwnerRole, int], list[Owner]],
        key_length: int = 60,
    ) -> None:
        self.extraction = extraction
        self.new_key = new_key
        self.owners = owners
        self.key_length = key_length
        self.pending: _Table | None = None

    def add(self, table_id: int, columns: ColumnMap, label: Column, row: Row, supports: list[str]) -> None:
        """Keep ``row`` of the table ``table_id``, read later with its rows; returns nothing."""
        pending = self.pending
        if pending is None or pending.table_id != table_id or pending.supports != supports:
            self.flush()
            pending = self.pending = _Table(table_id, columns, label, list(supports))
        pending.rows.append(row)

    def flush(self) -> None:
        """Read the rows kept so far, area by area, into the extraction; returns nothing."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        for area, rows in self._areas(pending):
            self._read_area(area, rows, pending)

    def _areas(self, pending: _Table) -> list[tuple[str, list[Row]]]:
        area_index = pending.columns.index(ColumnRole.PROJECT_AREA)
        owner_columns = pending.columns.all(*OWNER_ROLES)
        groups: list[tuple[str, list[Row]]] = []
        for row in pending.rows:
            area = row.cell(area_index) if area_index is not None else ""
            if area and groups and _continues_area(groups[-1], row, area, owner_columns):
                name, group_rows = groups[-1]
                groups[-1] = (f"{name} {area}", [*group_rows, row])
            elif area:
                groups.append((area, [row]))
            elif groups:
                groups[-1][1].append(row)
            else:
                self.extraction.warn(row.line, "action row before any project area")
                groups.append((UNNAMED_AREA, [row]))
        return groups

    def _read_area(self, area: str, rows: list[Row], pending: _Table) -> None:
        columns = pending.columns
        timescale_index = columns.index(ColumnRole.TIMESCALE)
        owner_columns = columns.all(*OWNER_ROLES)
        current: dict[int, _OwnerCell] = {}
        planned: list[_Planned] = []
        undated: list[_Planned] = []
        area_key = slugify(area, self.key_length)
        for row in rows:
            for column in owner_columns:
                self._owner_fragment(current, column, row)
            text = row.cell(pending.label.index)
            dates = split_dates(row.cell(timescale_index)) if timescale_index is not None else []
            if text[:1].islower() and planned:
                previous = planned[-1].action
                previous.label = f"{previous.label} {text}"
                self.extraction.place(row.line, "action (continued)")
                self._date_undated(undated, dates, row.line)
                continue
            if not text:
                self.extraction.place(row.line, "action owners (continued)")
                self._date_undated(undated, dates, row.line)
                continue
            items = split_action_items(text, len(dates) or None)
            if len(dates) > len(items):
                self.extraction.warn(
                    row.line,
                    f"{len(dates)} timescales {dates!r} for {len(items)} actions; the extra ones are kept",
                )
            for position, item in enumerate(items):
                timescale = _timescale(dates, position, len(items))
                action = Action(
                    key=self.new_key(f"{area_key}-{len(planned) + 1}"),
                    label=item,
                    source_line=row.line,
                    supports=list(pending.supports),
                    section=area,
                )
                _set_timescale(action, timescale)
                entry = _Planned(action, dict(current))
                planned.append(entry)
                if timescale is None:
                    undated.append(entry)
        for entry in undated:
            self.extraction.warn(
                entry.action.source_line, f"action {entry.action.label[:60]!r} has no timescale"
            )
        by_index = {column.index: column for column in owner_columns}
        for entry in planned:
            for index, cell in entry.owner_cells.items():
                owners: list[Owner] = self.owners(cell.text, _role(by_index[index]), cell.line)
                entry.action.owners += [owner for owner in owners if owner not in entry.action.owners]
            self.extraction.actions.append(entry.action)

    def _owner_fragment(self, current: dict[int, _OwnerCell], column: Column, row: Row) -> None:
        """Read one owner cell of a row: a new owner, the rest of a split one, or residue of a misread."""
        text = row.cell(column.index)
        if not text:
            return
        pending = current.get(column.index)
        if pending is not None and not owner_fragment_is_complete(pending.text):
            pending.text = f"{pending.text} {text}"
            self.extraction.place(row.line, "owner (continued)")
        elif pending is not None and len(text.split()) == 1:
            self.extraction.warn(row.line, f"owner cell {text!r} read as residue of {pending.text!r}")
            self.extraction.place(row.line, "owner (residue)")
        else:
            current[column.index] = _OwnerCell(text, row.line)

    def _date_undated(self, undated: list[_Planned], dates: list[str], line: int) -> None:
        for date_text in dates:
            if not undated:
                self.extraction.warn(line, f"timescale {date_text!r} has no action beside it")
                continue
            _set_timescale(undated.pop(0).action, date_text)


def _continues_area(group: tuple[str, list[Row]], row: Row, area: str, owner_columns: list[Column]) -> bool:
    """True when a row's project-area cell continues the area above rather than starting one."""
    name, group_rows = group
    if area[:1].islower() or ends_mid_phrase(name):
        return True
    last = group_rows[-1]
    return any(
        ends_mid_phrase(last.cell(column.index)) and row.cell(column.index) for column in owner_columns
    )


def _timescale(dates: list[str], position: int, count: int) -> str | None:
    """Return the timescale of the ``position``-th of ``count`` actions of a row printing ``dates``:
    one date serves them all; otherwise each its own, the last taking any left over."""
    if len(dates) == 1:
        return dates[0]
    if position < len(dates):
        return " ".join(dates[position:]) if position == count - 1 else dates[position]
    return None


def _set_timescale(action: Action, timescale: str | None) -> None:
    action.timescale = timescale
    action.due = parse_due(timescale) if timescale else None


def _role(column: Column) -> OwnerRole:
    return OWNER_ROLES[column.role]


def link_projects(projects: list[Action], actions: list[Action]) -> None:
    """Make each project support the priorities the actions of the action-plan areas named like it
    support (one name starting with the other, ignoring case and bracketed abbreviations: the project
    "Building Schools for the Future" and the area "Building Schools for the Future (BSF)"); returns
    nothing."""
    by_area: dict[str, list[str]] = {}
    for action in actions:
        if action.section and not action.is_project:
            keys = by_area.setdefault(_area_name(action.section), [])
            keys += [key for key in action.supports if key not in keys]
    for project in projects:
        name = _area_name(project.label)
        for area, keys in by_area.items():
            if area.startswith(name) or name.startswith(area):
                project.supports += [key for key in keys if key not in project.supports]


def _area_name(name: str) -> str:
    return clean_text(re.sub(r"\([^)]*\)", "", name)).casefold()
