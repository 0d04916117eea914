"""Turning one row of a table the generic loader has classified into an action, indicator, risk or priority.

The row's columns are known by role (:class:`~councilkg.loaders.parsing.columns.ColumnMap`), so nothing
here counts cells. Values keep the text as printed beside what was parsed from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from councilkg.documents.tables import Row
from councilkg.errors import shortened
from councilkg.loaders.generic.profile import (
    OUTTURN_PERIOD,
    ColumnRule,
    ConceptRule,
    Framework,
    ItemField,
    ecm_keys_in,
)
from councilkg.loaders.model import (
    Action,
    Amount,
    BudgetLine,
    Contract,
    Extraction,
    Indicator,
    MeasureType,
    Observation,
    Outcome,
    OutcomeLink,
    Owner,
    OwnerKind,
    OwnerRole,
    PlanInfo,
    Priority,
    Risk,
    SavingProposal,
)
from councilkg.loaders.parsing.columns import MEASURE_TYPES, OWNER_ROLES, Column, ColumnMap, ColumnRole
from councilkg.loaders.parsing.keys import UniqueKeys
from councilkg.loaders.parsing.numbers import infer_unit, parse_decimal, parse_leading_integer
from councilkg.loaders.parsing.periods import parse_due
from councilkg.loaders.parsing.refs import split_indicator_code
from councilkg.loaders.parsing.values import written_value
from councilkg.text import clean_text, national_codes_in, slugify

OwnerParser = Callable[[str, OwnerRole, int], list[Owner]]
"""Reads an owner cell (text, role, line) into owners."""

#: The role of a plain "Owner" or "Lead" column in a table of indicators or risks.
_KIND_OWNER_ROLE = {"indicator": OwnerRole.INDICATOR_OWNER, "risk": OwnerRole.RISK_OWNER}

_RATING_LEVEL = re.compile(r"\b(?:very high|high|medium|low)\b", re.IGNORECASE)
_BASELINE = re.compile(r"\bbaseline\b", re.IGNORECASE)


def period_after(period: str, years: int) -> str:
    """Return the ``YYYY/YY`` period ``years`` after (or before, when negative) ``period``.

    Example:
        >>> period_after("2010/11", -1), period_after("2009/10", 2)
        ('2009/10', '2011/12')
    """
    start = int(period[:4]) + years
    return f"{start}/{(start + 1) % 100:02d}"


def _outturn_before(column: Column, columns: ColumnMap, extras: TableExtras) -> str | None:
    """Return the period of the outturn column printed before ``column`` when a profile's rule gives
    it ``period = "outturn"`` ("SN Group comparator" after "Outturn 2007/2008"), else ``None``."""
    rule = extras.rules.get(column.index)
    if rule is None or rule.period != OUTTURN_PERIOD:
        return None
    before = [c for c in columns.all(ColumnRole.OUTTURN) if c.index < column.index and c.period]
    return before[-1].period if before else None


def undated_periods(columns: ColumnMap, plan: PlanInfo) -> dict[int, str]:
    """Return the period given to each outturn column whose header prints none: by column index.

    A *baseline* is the outturn of the year before the table's first target year (or before the
    plan's first year, when no target column prints one); any other outturn ("Actual",
    "Outturn") is the outturn of the table's last target year (or of the plan's first year).

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> plan = PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2013, 1)
        >>> undated_periods(map_columns(["PI", "Baseline", "Target 2010/11", "Actual"]), plan)
        {1: '2009/10', 3: '2010/11'}
        >>> undated_periods(map_columns(["PI", "Baseline", "Actual"]), plan)
        {1: '2009/10', 2: '2010/11'}
    """
    targets = sorted(c.period for c in columns.all(ColumnRole.TARGET) if c.period)
    first = targets[0] if targets else f"{plan.start_year}/{(plan.start_year + 1) % 100:02d}"
    last = targets[-1] if targets else first
    periods: dict[int, str] = {}
    for column in columns.all(ColumnRole.OUTTURN):
        if column.period is None:
            periods[column.index] = period_after(first, -1) if _BASELINE.search(column.heading) else last
    return periods


#: What parts the partners named in one cell; (?<!\s) starts it only where a run of spaces starts
#: (from every space of a long run it was quadratic: 29 s on 32,000 spaces).
PARTNER_SEPARATORS = re.compile(r"(?<!\s)\s*(?:[;,/]|\band\b)\s*")


@dataclass(frozen=True)
class TableExtras:
    """What a profile adds to one table's columns: item fields, columns naming outcomes, split cells.

    ``outcome_columns`` are the positions of the outcome column(s) and of the columns a profile
    reads for outcomes too, in printed order; ``splits`` the split pattern of multi-valued columns;
    ``rules`` the profile's column rule of each column it names. ``section`` and ``item_type`` are
    the section and type the heading above gives the table's items.
    """

    fields: Mapping[ItemField, int] = field(default_factory=dict)
    outcome_columns: tuple[int, ...] = ()
    splits: Mapping[int, re.Pattern[str]] = field(default_factory=dict)
    project: re.Pattern[str] | None = None
    rules: Mapping[int, ColumnRule] = field(default_factory=dict)
    section: str | None = None
    item_type: str | None = None
    #: The template of the keys of the table's items ({label}, {ref}, {year}), each field's slug at most
    #: ``key_length`` characters; and whether its actions are projects.
    key: str | None = None
    key_length: int = 60
    projects: bool = False
    year: int | None = None  # the year the heading above prints: of grades whose header prints none
    risk_ref: str | None = None  # the template of the reference of a risk printed without one

    def cell(self, item_field: ItemField, row: Row) -> str:
        """Return the row's cell in the column of ``item_field``, or ``""``."""
        index = self.fields.get(item_field)
        return row.cell(index) if index is not None else ""


NO_EXTRAS = TableExtras()


class RowReader:
    """Adds the records of classified table rows to an extraction, with unique keys."""

    def __init__(
        self,
        extraction: Extraction,
        owners: OwnerParser,
        frameworks: tuple[Framework, ...] = (),
        written_values: bool = False,
        outturn_warnings: bool = True,
        value_warnings: bool = False,
    ) -> None:
        self.extraction = extraction
        self.owners = owners
        self.frameworks = frameworks
        self.written_values = written_values  # read "4.6 % obese (2002)" as 4.6 percent, 2002
        self.outturn_warnings = outturn_warnings
        self.value_warnings = value_warnings
        self.keys = UniqueKeys()
        self.quoting = False  # items read now are quoted from elsewhere in the plan
        self.concepts: dict[tuple[str, str], Outcome] = {}
        self.numbered: dict[str, int] = {}  # per reference template, the risks referenced so far
        self.partners_apart = False  # partner bodies in an action's owner cell are its partners
        self.ecm_names: tuple[tuple[re.Pattern[str], str], ...] = ()  # a plan's own names of ECM outcomes
        self.value_column_warnings = False  # an indicator's empty value cell is warned about

    def key(self, kind: str, text: str, max_length: int = 60) -> str:
        """Return a key for a new ``kind`` item from ``text`` (its slug, at most ``max_length``
        characters), unique within the plan (while ``quoting``, among the quoted items: the plan's own
        items are keyed as if no quote came first)."""
        return self.keys.new(f"quoted {kind}" if self.quoting else kind, slugify(text, max_length))

    def item_key(self, kind: str, extras: TableExtras, label: str, ref: str | None) -> str:
        """Return a key for a new ``kind`` item of a table: its heading's ``item_key`` template filled
        with the slugs of its label, reference and the heading's year (each cut at ``key_length``), else
        its reference's or label's slug."""
        if extras.key is None:
            return self.key(kind, ref or label)
        fields = {
            "label": slugify(label, extras.key_length),
            "ref": slugify(ref or "", extras.key_length),
            "year": str(extras.year or ""),
        }
        return self.key(kind, extras.key.format_map(fields), 200)

    def action_key(self, text: str) -> str:
        """Return a key for a new action from ``text``, unique within the plan."""
        return self.key("action", text)

    @staticmethod
    def cell(columns: ColumnMap, role: ColumnRole, row: Row) -> str:
        """Return the row's cell in the first column of ``role``, or ``""``."""
        index = columns.index(role)
        return row.cell(index) if index is not None else ""

    def row_owners(self, columns: ColumnMap, row: Row, kind: str) -> list[Owner]:
        """Return the owners named in every owner column of the row, each with its column's role."""
        owners: list[Owner] = []
        for column in columns.all(*OWNER_ROLES):
            text = row.cell(column.index)
            if text:
                role = OWNER_ROLES[column.role]
                if column.role is ColumnRole.RESPONSIBLE:
                    role = _KIND_OWNER_ROLE.get(kind, role)
                owners += self.owners(text, role, row.line)
        return owners

    def reread_owners(self, action: Action, more: str) -> None:
        """Read an action's owner cell again with ``more`` after it (an owner a page break split);
        returns nothing."""
        text = f"{action.owners[0].text} {more}" if action.owners else more
        role = action.owners[0].role if action.owners else OwnerRole.RESPONSIBLE
        owners = self.owners(text, role, action.source_line)
        if self.partners_apart:
            action.partners += [
                o.name for o in owners if o.kind is OwnerKind.PARTNER and o.name not in action.partners
            ]
            owners = [owner for owner in owners if owner.kind is not OwnerKind.PARTNER]
        action.owners = owners

    def outcomes_in(
        self, text: str, line: int, warn: bool = True, scheme: str | None = None, under: str | None = None
    ) -> list[OutcomeLink]:
        """Return the outcomes ``text`` names: Every Child Matters outcomes, then the concepts of the
        profile's frameworks, each concept (and its broader one) recorded the first time it is named.

        A concept named together with a narrower one of its own ("Pillar 3: goals 3.1 and 3.2") is
        not linked itself: the narrower concepts say more. With ``warn``, a cell that names no
        outcome although the profile has frameworks is warned about; with ``scheme``, only that
        framework's concepts are read, and ``under`` is the key of the broader concept of those it
        records (see :meth:`concept_named`).
        """
        keys = ecm_keys_in(text) + [key for pattern, key in self.ecm_names if pattern.search(text)]
        links = [OutcomeLink("ecm", key) for key in dict.fromkeys(keys)]
        broader: set[OutcomeLink] = set()
        for framework in self.frameworks:
            if scheme is not None and framework.scheme != scheme:
                continue
            for rule, groups in framework.matches(text):
                parent = framework.broader_rule(rule, groups)
                parent_key = self._concept(framework, parent, groups, line, None) if parent else under
                links.append(
                    OutcomeLink(framework.scheme, self._concept(framework, rule, groups, line, parent_key))
                )
                if parent is not None and parent_key is not None:
                    broader.add(OutcomeLink(framework.scheme, parent_key))
        unique = [link for link in dict.fromkeys(links) if link not in broader]
        if warn and self.frameworks and scheme != "ecm" and not unique and text.strip():
            self.extraction.warn(line, f"outcome cell {text.strip()!r} names no outcome")
        return unique

    def concept_named(self, scheme: str, label: str, line: int) -> str | None:
        """Return the key of the concept ``label`` of the framework ``scheme`` (its slug), recorded at
        ``line`` the first time it is named; ``None`` when the profile has no such framework."""
        framework = next((framework for framework in self.frameworks if framework.scheme == scheme), None)
        if framework is None:
            return None
        key = slugify(label)
        if (scheme, key) not in self.concepts:
            outcome = Outcome(scheme, framework.label, key, clean_text(label), line)
            self.concepts[(scheme, key)] = outcome
            self.extraction.outcomes.append(outcome)
        return key

    def _concept(
        self,
        framework: Framework,
        rule: ConceptRule,
        groups: Mapping[str, str],
        line: int,
        broader: str | None,
    ) -> str:
        key = rule.key_of(groups)
        if (framework.scheme, key) not in self.concepts:
            notation = rule.fill(rule.notation, groups) if rule.notation else None
            outcome = Outcome(
                framework.scheme, framework.label, key, rule.fill(rule.label, groups), line, notation, broader
            )
            self.concepts[(framework.scheme, key)] = outcome
            self.extraction.outcomes.append(outcome)
        return key

    def outcome_links(
        self, columns: ColumnMap, row: Row, extras: TableExtras = NO_EXTRAS
    ) -> list[OutcomeLink]:
        """Return the outcomes the row's outcome columns name (see :meth:`outcomes_in`), in printed order."""
        indexes = extras.outcome_columns or tuple(column.index for column in columns.all(ColumnRole.OUTCOME))
        links: list[OutcomeLink] = []
        for index in indexes:
            text = row.cell(index)
            rule = extras.rules.get(index)
            named = self.outcomes_in(text, row.line, scheme=rule.scheme if rule else None) if text else []
            links += [link for link in named if link not in links]
        return links

    def priority_row(
        self,
        columns: ColumnMap,
        label: Column,
        row: Row,
        extras: TableExtras = NO_EXTRAS,
        section: str | None = None,
    ) -> Priority | None:
        """Return the priority a row of a table of priorities states, or ``None`` (warned) without a label."""
        text = row.cell(label.index)
        if not text:
            self.extraction.warn(row.line, f"priority row with no {label.heading!r}; not read")
            return None
        ref = self.cell(columns, ColumnRole.REF, row) or None
        priority = Priority(key=self.key("priority", ref or text), label=text, source_line=row.line, ref=ref)
        priority.contributes_to = self.outcome_links(columns, row, extras)
        if label.role is not ColumnRole.DESCRIPTION:
            priority.description = self.cell(columns, ColumnRole.DESCRIPTION, row) or None
        priority.owners = self.row_owners(columns, row, "priority")
        priority.section = section
        return priority

    def action_row(
        self,
        columns: ColumnMap,
        label: Column,
        row: Row,
        supports: list[str],
        extras: TableExtras = NO_EXTRAS,
        section: str | None = None,
        outcomes: list[OutcomeLink] | None = None,
    ) -> None:
        """Add the action a row states, supporting ``supports`` (priority keys), in ``section``;
        ``outcomes`` are related outcomes named outside the outcome columns (after theirs)."""
        text = row.cell(label.index)
        if not text:
            self.extraction.warn(row.line, f"action row with no {label.heading!r}; not read")
            return
        ref = self.cell(columns, ColumnRole.REF, row) or None
        action = Action(
            key=self.item_key("action", extras, text, ref), label=text, source_line=row.line, ref=ref
        )
        action.supports = list(supports)
        action.related_outcomes = self.outcome_links(columns, row, extras)
        for link in outcomes or []:
            if link not in action.related_outcomes:
                action.related_outcomes.append(link)
        action.owners = self.row_owners(columns, row, "action")
        action.action_type = extras.cell(ItemField.TYPE, row) or extras.item_type
        action.is_project = extras.projects or bool(
            action.action_type and extras.project and extras.project.search(action.action_type)
        )
        timescale = self.cell(columns, ColumnRole.TIMESCALE, row)
        action.timescale = timescale or None
        action.due = parse_due(timescale) if timescale else None
        action.status = self.cell(columns, ColumnRole.STATUS, row) or None
        action.progress = self.cell(columns, ColumnRole.PROGRESS, row) or None
        partners = self.cell(columns, ColumnRole.PARTNER, row)
        action.partners = [name for name in PARTNER_SEPARATORS.split(partners) if name]
        if self.partners_apart:
            bodies = [owner.name for owner in action.owners if owner.kind is OwnerKind.PARTNER]
            action.owners = [owner for owner in action.owners if owner.kind is not OwnerKind.PARTNER]
            action.partners += [name for name in bodies if name not in action.partners]
        result = self.cell(columns, ColumnRole.EXPECTED_RESULT, row)
        action.expected_results = [result] if result else []
        if label.role is not ColumnRole.DESCRIPTION:
            action.description = self.cell(columns, ColumnRole.DESCRIPTION, row) or None
        area = (
            self.cell(columns, ColumnRole.PROJECT_AREA, row)
            if label.role is not ColumnRole.PROJECT_AREA
            else ""
        )
        action.section = area or section
        self.extraction.actions.append(action)

    def indicator_row(
        self,
        columns: ColumnMap,
        label: Column,
        row: Row,
        measures: list[str],
        plan: PlanInfo,
        extras: TableExtras = NO_EXTRAS,
        section: str | None = None,
    ) -> None:
        """Add the indicator a row states, measuring ``measures`` (priority keys), with its values."""
        text = row.cell(label.index)
        ref = self.cell(columns, ColumnRole.REF, row) or None
        if ref is None and text:
            ref, text = split_indicator_code(text)
        if not text and ref:
            text = ref
        if not text:
            self.extraction.warn(row.line, f"indicator row with no {label.heading!r}; not read")
            return
        indicator = Indicator(
            key=self.item_key("indicator", extras, text, ref), label=text, source_line=row.line, ref=ref
        )
        indicator.national_codes = national_codes_in(f"{ref or ''} {text}")
        indicator.measures = list(measures)
        indicator.measures_outcomes = self.outcome_links(columns, row, extras)
        indicator.owners = self.row_owners(columns, row, "indicator")
        indicator.indicator_type = extras.cell(ItemField.TYPE, row) or extras.item_type
        indicator.section = section
        partners = self.cell(columns, ColumnRole.PARTNER, row)
        indicator.partners = [partners] if partners else []
        indicator.status = self.cell(columns, ColumnRole.STATUS, row) or None
        indicator.progress = self.cell(columns, ColumnRole.PROGRESS, row) or None
        outturns = columns.all(ColumnRole.OUTTURN)
        if self.outturn_warnings and outturns and not any(row.cell(column.index) for column in outturns):
            self.extraction.warn(row.line, f"indicator {ref or text!r} has no outturn printed")
        periods = undated_periods(columns, plan)
        seen: set[tuple[MeasureType, str | None, str | None]] = set()
        for column in columns.all(*MEASURE_TYPES):
            raw = row.cell(column.index)
            if not raw and self.value_column_warnings:
                self.extraction.warn(row.line, f"indicator {ref or text!r} has no {column.heading!r} printed")
            if not raw:
                continue
            measure = MEASURE_TYPES[column.role]
            period = column.period or periods.get(column.index) or _outturn_before(column, columns, extras)
            if (measure, period, column.group) in seen:
                self.extraction.warn(
                    row.line,
                    f"second {measure.value.lower()} for {period or 'no period'} "
                    f"({column.heading!r}) not read",
                )
                continue
            seen.add((measure, period, column.group))
            rule = extras.rules.get(column.index)
            value = cell_value(raw, rule.value if rule else None)
            written = written_value(raw) if value is None and rule is None and self.written_values else None
            if written is not None:
                value, period = written.value, period or written.period
            elif value is None and self.value_warnings and re.match(r"^[-+]?\d", raw):
                self.extraction.warn(
                    row.line, f"value {raw!r} under {column.heading!r} is not a number as printed"
                )
            unit = (
                (rule.unit_of(text) if rule else None) or (written and written.unit) or infer_unit(text, raw)
            )
            indicator.observations.append(
                Observation(
                    measure,
                    raw,
                    row.line,
                    period,
                    value,
                    unit if value is not None else None,
                    column.group if measure is MeasureType.COMPARATOR else None,
                    year=written.year if written is not None else None,
                )
            )
        indicator.observations += self._grades(columns, row, extras)
        self.extraction.indicators.append(indicator)

    def _grades(self, columns: ColumnMap, row: Row, extras: TableExtras) -> list[Observation]:
        """Return the outturns a row's grade columns print (an inspection's grades, "3"), each a score of
        the year its header prints ("Grade awarded 2007"), else the heading's."""
        grades: list[Observation] = []
        for column in columns.all(ColumnRole.GRADE):
            raw = row.cell(column.index)
            if not raw:
                continue
            printed = re.search(r"\b(?:19|20)\d{2}\b", column.heading)
            value = parse_decimal(raw)
            if value is None:
                self.extraction.warn(row.line, f"grade {raw!r} is not a number as printed")
            year = int(printed.group()) if printed else extras.year
            grades.append(
                Observation(MeasureType.OUTTURN, raw, row.line, value=value, unit="score", year=year)
            )
        return grades

    def risk_row(self, columns: ColumnMap, label: Column, row: Row, extras: TableExtras = NO_EXTRAS) -> None:
        """Add the risk a row states; its rating is likelihood x impact when no rating is printed."""
        text = row.cell(label.index)
        if not text:
            self.extraction.warn(row.line, f"risk row with no {label.heading!r}; not read")
            return
        ref = self.cell(columns, ColumnRole.REF, row)
        if not ref and extras.risk_ref is not None:
            number = self.numbered[extras.risk_ref] = self.numbered.get(extras.risk_ref, 0) + 1
            ref = extras.risk_ref.format(number=number)
        risk = Risk(ref=ref or f"L{row.line}", label=text, source_line=row.line)
        risk.likelihood = self._score(columns, ColumnRole.LIKELIHOOD, row)
        risk.severity = self._score(columns, ColumnRole.SEVERITY, row)
        risk.residual_likelihood = self._score(columns, ColumnRole.RESIDUAL_LIKELIHOOD, row)
        risk.residual_severity = self._score(columns, ColumnRole.RESIDUAL_SEVERITY, row)
        rating = self.cell(columns, ColumnRole.RATING, row)
        risk.rating = parse_leading_integer(rating) if rating else _product(risk.likelihood, risk.severity)
        if rating and risk.rating is None:
            risk.rating_level = rating
        elif rating and (level := _RATING_LEVEL.search(rating)):  # "12- HIGH": the number and its level
            risk.rating_level = level.group()
        residual = self.cell(columns, ColumnRole.RESIDUAL_RATING, row)
        risk.residual_rating = (
            parse_leading_integer(residual)
            if residual
            else _product(risk.residual_likelihood, risk.residual_severity)
        )
        target = extras.cell(ItemField.TARGET_RATING, row)
        risk.target_rating = parse_leading_integer(target) if target else None
        risk.mitigation = self.cell(columns, ColumnRole.MITIGATION, row) or None
        if label.role is not ColumnRole.DESCRIPTION:
            risk.description = self.cell(columns, ColumnRole.DESCRIPTION, row) or None
        for index, rule in extras.rules.items():
            cell = row.cell(index)
            if rule.adds_to is not None and cell:
                added = rule.format.format(cell=cell)
                earlier = getattr(risk, rule.adds_to)
                setattr(risk, rule.adds_to, f"{earlier} {added}" if earlier else added)
        risk.owners = self.row_owners(columns, row, "risk")
        self.extraction.risks.append(risk)

    def money_row(
        self,
        kind: str,
        columns: ColumnMap,
        label: Column,
        row: Row,
        extras: TableExtras = NO_EXTRAS,
        period: str | None = None,
    ) -> None:
        """Add the budget line (``kind`` "budget"), saving proposal ("savings") or contract
        ("contracts") a row states, with an amount per filled ``amount`` column; ``period`` is the
        period printed above the table, for the budget line and amounts whose header prints none."""
        text = row.cell(label.index)
        if not text:
            self.extraction.warn(row.line, f"{kind} row with no {label.heading or 'label'!r}; not read")
            return
        amounts = self.amounts(columns, row, extras, period)
        if kind == "budget":
            self.extraction.budget_lines.append(BudgetLine(text, row.line, period, amounts))
        elif kind == "savings":
            details = (
                self.cell(columns, ColumnRole.DESCRIPTION, row)
                if label.role is not ColumnRole.DESCRIPTION
                else ""
            )
            ref = self.cell(columns, ColumnRole.REF, row) or None
            self.extraction.savings.append(SavingProposal(ref, text, row.line, details or None, amounts))
        else:
            end = self.cell(columns, ColumnRole.TIMESCALE, row)
            contract = Contract(
                text,
                row.line,
                supplier=self.cell(columns, ColumnRole.SUPPLIER, row) or None,
                annual_value=amounts[0] if amounts else None,
                end_date_text=end or None,
                end_date=parse_due(end) if end else None,
            )
            contract.owners = self.row_owners(columns, row, "contract")
            self.extraction.contracts.append(contract)

    def amounts(
        self, columns: ColumnMap, row: Row, extras: TableExtras = NO_EXTRAS, period: str | None = None
    ) -> list[Amount]:
        """Return the amounts in the row's filled ``amount`` columns, typed by their headers, each
        with the header's period (else ``period``) and its value in full units when it is a number."""
        amounts: list[Amount] = []
        for column in columns.all(ColumnRole.AMOUNT):
            raw = row.cell(column.index)
            if not raw:
                continue
            rule = extras.rules.get(column.index)
            value = cell_value(raw, rule.value if rule else None)
            if value is None and re.search(r"\d", raw):
                self.extraction.warn(
                    row.line, f"amount {raw!r} under {column.heading!r} is not a number as printed"
                )
            if value is not None and rule is not None:
                value = rule.scaled(value)
            amounts.append(Amount(column.heading, raw, row.line, column.period or period, value))
        return amounts

    def _score(self, columns: ColumnMap, role: ColumnRole, row: Row) -> int | None:
        text = self.cell(columns, role, row)
        if not text:
            return None
        score = parse_leading_integer(text)
        if score is None:
            self.extraction.warn(
                row.line, f"{role.value} {shortened(text)} is not a number; no rating computed from it"
            )
        return score


def cell_value(raw: str, pattern: re.Pattern[str] | None = None) -> Decimal | None:
    """Return the number a value cell prints: all of it, or the first group (else the match) of ``pattern``.

    Example:
        >>> cell_value("146 (25.26%)"), cell_value("146 (25.26%)", re.compile(r"^\\s*([\\d,.]+)"))
        (None, Decimal('146'))
    """
    if pattern is None:
        return parse_decimal(raw)
    match = pattern.search(raw)
    if match is None:
        return None
    return parse_decimal(match.group(1) if pattern.groups else match.group(0))


def _product(first: int | None, second: int | None) -> int | None:
    return first * second if first is not None and second is not None else None
