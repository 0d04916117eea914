"""What a table holds, judged from its header row: its kind (actions, indicators, risks, priorities,
money), its label column, and the columns and extras a profile's column rules give it.

The section reader (:mod:`~councilkg.loaders.generic.sections`) reads each table by the kind
given here; :func:`readable_tables` lists the tables of a plan the engine can read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.loaders.generic.profile import (
    DATE_PERIOD,
    OUTTURN_PERIOD,
    ColumnRule,
    ItemField,
    Profile,
    SectionKind,
)
from councilkg.loaders.generic.rows import TableExtras
from councilkg.loaders.parsing.columns import (
    MEASURE_TYPES,
    OWNER_ROLES,
    Column,
    ColumnMap,
    ColumnRole,
    classify_header,
    comparator_group,
    short_period,
)
from councilkg.loaders.parsing.periods import financial_year_of, parse_due
from councilkg.loaders.parsing.tablefinder import FoundTable, Known, find_tables
from councilkg.text import clean_text

RISK_ROLES = frozenset(
    {
        ColumnRole.LIKELIHOOD,
        ColumnRole.SEVERITY,
        ColumnRole.RISK_OWNER,
        ColumnRole.RESIDUAL_LIKELIHOOD,
        ColumnRole.RESIDUAL_SEVERITY,
        ColumnRole.RESIDUAL_RATING,
    }
)


ACTION_ROLES = frozenset(
    {ColumnRole.ACTION, ColumnRole.TIMESCALE, ColumnRole.PROJECT_AREA, ColumnRole.EXPECTED_RESULT}
)


#: The columns that may hold an item's label, by table kind, in order of preference.
LABEL_ROLES: dict[SectionKind, tuple[ColumnRole, ...]] = {
    SectionKind.ACTIONS: (
        ColumnRole.ACTION,
        ColumnRole.DESCRIPTION,
        ColumnRole.TITLE,
        ColumnRole.PROJECT_AREA,
    ),
    SectionKind.INDICATORS: (ColumnRole.TITLE, ColumnRole.DESCRIPTION),
    SectionKind.RISKS: (ColumnRole.TITLE, ColumnRole.DESCRIPTION),
    SectionKind.PRIORITIES: (ColumnRole.PRIORITY, ColumnRole.DESCRIPTION, ColumnRole.TITLE),
    SectionKind.BUDGET: (ColumnRole.TITLE, ColumnRole.DESCRIPTION),
    SectionKind.SAVINGS: (ColumnRole.TITLE, ColumnRole.DESCRIPTION),
    SectionKind.CONTRACTS: (ColumnRole.TITLE, ColumnRole.DESCRIPTION),
}


#: The tables of money amounts, whose rows may be labelled by a first column headed blank.
MONEY_KINDS = frozenset({SectionKind.BUDGET, SectionKind.SAVINGS, SectionKind.CONTRACTS})


def table_kind(columns: ColumnMap, forced: SectionKind | None = None) -> SectionKind | None:
    """Return what a table holds, judged from its column roles (or as its section says), else ``None``.

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> table_kind(map_columns(["Action", "Lead officer", "By when"])).value
        'actions'
        >>> table_kind(map_columns(["PI", "Description", "Baseline", "Target 2010/11"])).value
        'indicators'
        >>> table_kind(map_columns(["Ref", "Risk", "Likelihood", "Impact"])).value
        'risks'
        >>> table_kind(map_columns(["Grade", "Strengths"])) is None
        True
    """
    if forced in LABEL_ROLES:
        return forced
    roles = columns.roles()
    if roles & RISK_ROLES:
        return SectionKind.RISKS
    if roles & set(MEASURE_TYPES) or ColumnRole.INDICATOR_OWNER in roles:
        return SectionKind.INDICATORS
    if roles & {ColumnRole.RATING, ColumnRole.MITIGATION}:
        return SectionKind.RISKS
    if roles & ACTION_ROLES or (
        roles & set(OWNER_ROLES) and roles & {ColumnRole.DESCRIPTION, ColumnRole.TITLE}
    ):
        return SectionKind.ACTIONS
    if ColumnRole.PRIORITY in roles:
        return SectionKind.PRIORITIES
    if ColumnRole.AMOUNT in roles:
        return SectionKind.BUDGET
    return None


def label_column(columns: ColumnMap, kind: SectionKind, header: Sequence[str] = ()) -> Column | None:
    """Return the column holding the labels of a table of ``kind`` items, or ``None``.

    A table of money amounts (budget, savings, contracts) without a title or description column
    is labelled by its first column when ``header`` shows that column headed blank.
    """
    for role in LABEL_ROLES.get(kind, ()):
        found = columns.all(role)
        if found:
            return found[0]
    if kind in MONEY_KINDS and header and not header[0] and columns.index(ColumnRole.AMOUNT) != 0:
        return Column(0, ColumnRole.TITLE, "")
    return None


@dataclass(frozen=True)
class ReadableTable:
    """A table the generic loader can read: the table, what it holds and its label column."""

    table: FoundTable
    kind: SectionKind
    label: Column


def classifier(profile: Profile) -> _Classifier:
    """Return the header classifier of a profile: its column rules first, then the built-in vocabulary."""
    return _Classifier(profile)


def known_cells(profile: Profile) -> Known:
    """Return the test for header cells a profile knows without a column role (item fields, ignored)."""

    def known(heading: str) -> bool:
        return profile.column_rule(clean_text(heading)) is not None

    return known


def table_extras(profile: Profile, table: FoundTable) -> TableExtras:
    """Return what a profile's column rules add to a table: item fields, outcome columns, split cells."""
    fields: dict[ItemField, int] = {}
    outcomes: list[int] = []
    splits: dict[int, re.Pattern[str]] = {}
    project: re.Pattern[str] | None = None
    rules: dict[int, ColumnRule] = {}
    roles = {column.index: column.role for column in table.columns.columns}
    for index, heading in enumerate(table.header):
        rule = profile.column_rule(clean_text(heading)) if heading else None
        if roles.get(index) is ColumnRole.OUTCOME or (rule is not None and rule.outcomes):
            outcomes.append(index)
        if rule is None:
            continue
        rules[index] = rule
        if rule.field is not None and rule.field not in fields:
            fields[rule.field] = index
            project = project or rule.project
        if rule.split is not None:
            splits[index] = rule.split
    return TableExtras(fields, tuple(outcomes), splits, project, rules)


class _Classifier:
    """A profile's header classifier, made for one document: each (cell, position) it is asked about is
    classified once, however often the table finders try the cell's line as a header (the built-in
    vocabulary is 38 patterns); the answers are kept while the document is read, and no longer."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._answers: dict[tuple[str, int], Column | None] = {}

    def __call__(self, heading: str, index: int) -> Column | None:
        key = (heading, index)
        if key not in self._answers:
            self._answers[key] = self._classify(heading, index)
        return self._answers[key]

    def _classify(self, heading: str, index: int) -> Column | None:
        text = clean_text(heading)
        rule = self.profile.column_rule(text)
        if rule is not None:
            if rule.role is None:
                return None
            if rule.period == OUTTURN_PERIOD:
                period = short_period(text)  # else the outturn column's before it, when a row is read
            else:
                period = (
                    date_period(text) if rule.period == DATE_PERIOD else rule.period or short_period(text)
                )
            group = comparator_group(text) if rule.role is ColumnRole.COMPARATOR else None
            return Column(index, rule.role, text, period, group)
        return classify_header(text, index) if self.profile.builtin_columns else None


def date_period(heading: str) -> str | None:
    """Return the April-to-March financial year holding the date a header prints, or ``None``.

    Example:
        >>> date_period("Dec 2019 snapshot"), date_period("31st March 2021"), date_period("Snapshot")
        ('2019/20', '2020/21', None)
    """
    due = parse_due(heading)
    if due is None:
        return None
    year, month = due if isinstance(due, tuple) else (due.year, due.month)
    return financial_year_of(year, month)


def readable_tables(document: Document, profile: Profile | None = None) -> list[ReadableTable]:
    """Return the tables of a plan the generic loader can read (judged without their sections).

    Example:
        >>> doc = Document.from_text("p.txt", "Action\\tLead officer\\nAudit\\tHead of X\\n")
        >>> [(t.kind.value, t.label.heading) for t in readable_tables(doc)]
        [('actions', 'Action')]
    """
    profile = profile or Profile()
    found: list[ReadableTable] = []
    for table in find_tables(
        document.lines, classifier(profile), known_cells(profile), profile.builtin_columns
    ).tables:
        kind = table_kind(table.columns)
        label = label_column(table.columns, kind, table.header) if kind else None
        if kind and label and any(not row.is_subheading for row in table.rows):
            found.append(ReadableTable(table, kind, label))
    return found
