"""The vocabulary of column headers: which column of a plan's table plays which role.

Councils name the same column many ways ("Responsible Division", "Responsible Officer",
"DLT accountable", "Lead manager", "Outturn 2007/2008", "OUTTURN 06/07", "SN Group comparator",
"Partner / Other Organisation"). :func:`map_columns` reads a header row into a
:class:`ColumnMap`, so a loader asks for ``columns.index(ColumnRole.TIMESCALE)`` instead of
counting tabs, and a plan-specific loader is mostly configuration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from councilkg.loaders.model import MeasureType, OwnerRole
from councilkg.loaders.parsing.periods import parse_period
from councilkg.text import clean_text


class ColumnRole(StrEnum):
    """What a table column holds."""

    REF = "ref"
    TITLE = "title"  # an indicator's definition or title, a risk's description
    PRIORITY = "priority"
    PROJECT_AREA = "project-area"
    ACTION = "action"
    TIMESCALE = "timescale"
    RESPONSIBLE = "responsible"
    ACCOUNTABLE = "accountable"
    LEAD_MANAGER = "lead-manager"
    LEAD_MEMBER = "lead-member"
    INDICATOR_OWNER = "indicator-owner"
    RISK_OWNER = "risk-owner"
    OUTTURN = "outturn"
    TARGET = "target"
    COMPARATOR = "comparator"
    PARTNER = "partner"
    OUTCOME = "outcome"  # an Every Child Matters outcome or other outcome group
    LIKELIHOOD = "likelihood"
    SEVERITY = "severity"
    RATING = "rating"
    MITIGATION = "mitigation"
    RESIDUAL_LIKELIHOOD = "residual-likelihood"
    RESIDUAL_SEVERITY = "residual-severity"
    RESIDUAL_RATING = "residual-rating"
    GRADE = "grade"
    STRENGTHS = "strengths"
    IMPROVEMENTS = "improvements"
    FINANCIAL = "financial-implications"
    STAFFING = "staffing-implications"
    RISK_IMPLICATIONS = "risk-implications"
    DESCRIPTION = "description"
    EXPECTED_RESULT = "expected-result"  # "As a result, we expect..."
    STATUS = "status"  # a RAG rating, traffic light, status or direction of travel, as printed
    PROGRESS = "progress"  # a progress note, comment or update, as printed
    # Only a profile gives these two (they are not in the header vocabulary):
    AMOUNT = "amount"  # a money amount of a budget line, saving proposal or contract
    SUPPLIER = "supplier"  # a contract's supplier


#: Ordered (pattern, role) pairs; the first pattern that matches a cleaned, case-folded header wins.
HEADER_VOCABULARY: tuple[tuple[str, ColumnRole], ...] = (
    (r"^residual (risk )?likelihood", ColumnRole.RESIDUAL_LIKELIHOOD),
    (r"^residual (risk )?(severity|impact)", ColumnRole.RESIDUAL_SEVERITY),
    (r"^(residual|target) (risk )?(rating|score)", ColumnRole.RESIDUAL_RATING),
    (r"\brisk (?:owner|manager|lead)\b", ColumnRole.RISK_OWNER),
    (r"\bindicator owner\b", ColumnRole.INDICATOR_OWNER),
    (r"\bdlt accountable\b|\baccountable\b", ColumnRole.ACCOUNTABLE),
    (r"\blead manager\b|\blead officer\b", ColumnRole.LEAD_MANAGER),
    (r"\blead member\b|\bcabinet member\b", ColumnRole.LEAD_MEMBER),
    (r"^responsible\b|\bresponsib|\bowner\b|\blead\b", ColumnRole.RESPONSIBLE),
    (r"\bpartner\b|\bother organisation\b|\bdata (provided|supplied) by\b", ColumnRole.PARTNER),
    (r"\bcomparator\b|\bbenchmark\b|\bnational average\b|\bstatistical neighbours?\b", ColumnRole.COMPARATOR),
    (r"\boutturn\b|\bactual\b|\bbaseline\b|\bperformance \d{4}", ColumnRole.OUTTURN),
    (r"^target areas?$", ColumnRole.TITLE),  # what a target is set for: its measure
    (r"\btarget\b", ColumnRole.TARGET),
    (
        r"^(pi|nis|kpi|risk|ni)?\s*ref(erence)?\.?$|^(pi|performance indicator) (ref|code|no)|^code$|"
        r"^(risk|action|pi|kpi) (no|number)\.?\*?$|^no\.?$|"
        r"^performance indicator$|^(pi|ni|bvpi)$",
        ColumnRole.REF,
    ),
    (r"^progress (?:against|on|made)\b", ColumnRole.PROGRESS),  # "… action and impact monitoring": no score
    (r"\blikelihood\b|\bprobability\b", ColumnRole.LIKELIHOOD),
    (r"\bseverity\b|\bimpact\b", ColumnRole.SEVERITY),
    (r"\brating\b|\brisk score\b", ColumnRole.RATING),
    (r"\bmitigation\b|\bcontrols?\b", ColumnRole.MITIGATION),
    (r"\btimescales?\b|\bdate\b|\bdeadline\b|\bby when\b|\bmilestones?\b", ColumnRole.TIMESCALE),
    (r"\bproject area\b|\bproject\b|\bworkstream\b", ColumnRole.PROJECT_AREA),
    (
        r"\bas a result\b|\bwe expect\b|\bexpected (results?|outcomes?)\b|\bsuccess criteria\b",
        ColumnRole.EXPECTED_RESULT,
    ),
    (
        r"\bactions?\b|\bkey activit|^we will\b|^what\??$|^key tasks?$|^tasks?$|^what will we do",
        ColumnRole.ACTION,
    ),
    (r"^who\??$", ColumnRole.RESPONSIBLE),
    (r"^when\??$", ColumnRole.TIMESCALE),
    (r"\bkey outcome|\becm\b|\bevery child matters\b|^outcome( area)?$", ColumnRole.OUTCOME),
    (r"\bpriorit|^objectives?$|^areas? requiring improvement\b", ColumnRole.PRIORITY),
    (r"^grade\b", ColumnRole.GRADE),
    (r"^strengths?$", ColumnRole.STRENGTHS),
    (r"areas? for (improvement|development)", ColumnRole.IMPROVEMENTS),
    (r"^financial implications?$", ColumnRole.FINANCIAL),
    (r"^staffing implications?$", ColumnRole.STAFFING),
    (r"^risk implications?$", ColumnRole.RISK_IMPLICATIONS),
    (
        r"\bdefinition\b|\btitle\b|\bindicator\b|\brisk description\b|^risk$|^measures?$|^kpis?$|"
        r"\bsuccess measures?\b|\boutcome measures?\b|^how will we know|^how will we measure",
        ColumnRole.TITLE,
    ),
    # a recommendation labels the actions of a table with owners but no action column
    # "How?" beside "What?" says how an action is done: its detail
    (r"\bdescription\b|\bdetails?\b|^recommendations?$|^how\??$", ColumnRole.DESCRIPTION),
    (
        r"^(?:current )?(?:rag|status|rag status|rag rating|traffic lights?|direction of travel|dot)$",
        ColumnRole.STATUS,
    ),
    (
        r"^(?:comments?|commentary|progress|progress update|update|progress to date|progress \w+ \d{4})$",
        ColumnRole.PROGRESS,
    ),
)
_COMPILED = tuple((re.compile(pattern), role) for pattern, role in HEADER_VOCABULARY)

#: The owner role each owner column gives its owners.
OWNER_ROLES: dict[ColumnRole, OwnerRole] = {
    ColumnRole.RESPONSIBLE: OwnerRole.RESPONSIBLE,
    ColumnRole.ACCOUNTABLE: OwnerRole.ACCOUNTABLE,
    ColumnRole.LEAD_MANAGER: OwnerRole.LEAD_MANAGER,
    ColumnRole.LEAD_MEMBER: OwnerRole.LEAD_MEMBER,
    ColumnRole.INDICATOR_OWNER: OwnerRole.INDICATOR_OWNER,
    ColumnRole.RISK_OWNER: OwnerRole.RISK_OWNER,
}

#: The kind of observation each value column holds.
MEASURE_TYPES: dict[ColumnRole, MeasureType] = {
    ColumnRole.OUTTURN: MeasureType.OUTTURN,
    ColumnRole.TARGET: MeasureType.TARGET,
    ColumnRole.COMPARATOR: MeasureType.COMPARATOR,
}


@dataclass(frozen=True)
class Column:
    """One classified header cell: its position, role, period and comparator group."""

    index: int
    role: ColumnRole
    heading: str
    period: str | None = None
    group: str | None = None


def short_period(text: str) -> str | None:
    """Return the ``YYYY/YY`` period of a header, also from two-digit forms ("06/07", "2008-2009").

    Example:
        >>> short_period("OUTTURN 06/07"), short_period("Outturn 2008-2009"), short_period("Target 2009/2010")
        ('2006/07', '2008/09', '2009/10')
        >>> short_period("Target") is None
        True
    """
    period = parse_period(text)
    if period:
        return period
    match = re.search(r"\b(\d{2})\s*/\s*(\d{2})\b", text)
    if match and int(match.group(2)) == (int(match.group(1)) + 1) % 100:
        return f"20{match.group(1)}/{match.group(2)}"
    return None


def comparator_group(heading: str) -> str | None:
    """Return the comparator group a comparator heading names ("SN Group", "England", ...).

    Example:
        >>> comparator_group("SN Group comparator"), comparator_group("England comparator")
        ('SN Group', 'England')
        >>> comparator_group("Comparator") is None
        True
    """
    text = clean_text(heading)
    text = re.sub(r"\b(comparator|benchmark|average)\b", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(19|20)\d{2}\s*[/\-–]\s*\d{2,4}\b", "", text)
    text = text.strip(" -:()")
    return text or None


def classify_header(heading: str, index: int = 0) -> Column | None:
    """Return the :class:`Column` a header cell describes, or ``None`` for an unknown header.

    Example:
        >>> column = classify_header("Outturn 2007/2008")
        >>> column.role.value, column.period
        ('outturn', '2007/08')
        >>> classify_header("SN Group comparator").group, classify_header("DLT accountable").role.value
        ('SN Group', 'accountable')
        >>> classify_header("Partner / Other Organisation").role.value, classify_header("Photo") is None
        ('partner', True)
    """
    text = clean_text(heading)
    key = text.casefold()
    if not key:
        return None
    for pattern, role in _COMPILED:
        if pattern.search(key):
            group = comparator_group(text) if role is ColumnRole.COMPARATOR else None
            return Column(index, role, text, short_period(text), group)
    return None


@dataclass(frozen=True)
class ColumnMap:
    """The classified columns of one header row."""

    columns: tuple[Column, ...]

    def index(self, role: ColumnRole) -> int | None:
        """Return the position of the first column with ``role``, or ``None``."""
        for column in self.columns:
            if column.role is role:
                return column.index
        return None

    def all(self, *roles: ColumnRole) -> list[Column]:
        """Return every column with one of ``roles``, in printed order."""
        return [column for column in self.columns if column.role in roles]

    def roles(self) -> set[ColumnRole]:
        """Return the set of roles the header row names."""
        return {column.role for column in self.columns}

    def has(self, *roles: ColumnRole) -> bool:
        """True when the header row names every one of ``roles``."""
        return set(roles) <= self.roles()


def map_columns(cells: Sequence[str]) -> ColumnMap:
    """Return the :class:`ColumnMap` of a header row; unknown headers are left out.

    Example:
        >>> columns = map_columns(["Project Area", "Actions", "Timescale", "DLT accountable", "Lead manager"])
        >>> [c.role.value for c in columns.columns]
        ['project-area', 'action', 'timescale', 'accountable', 'lead-manager']
        >>> columns.index(ColumnRole.TIMESCALE)
        2
    """
    found = (classify_header(cell, index) for index, cell in enumerate(cells))
    return ColumnMap(tuple(column for column in found if column is not None))


def is_header_row(cells: Sequence[str], *required: ColumnRole) -> bool:
    """True when ``cells`` read as a header row naming every role in ``required``.

    Example:
        >>> is_header_row(["PI Ref", "Definition", "Outturn 2007/2008"], ColumnRole.REF, ColumnRole.OUTTURN)
        True
        >>> is_header_row(["NI 59", "Percentage of initial assessments", "55.2%"], ColumnRole.REF)
        False
    """
    columns = map_columns(cells)
    nonblank = [cell for cell in cells if clean_text(cell)]
    return columns.has(*required) and len(columns.columns) >= max(1, len(nonblank) // 2)
