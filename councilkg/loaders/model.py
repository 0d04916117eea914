"""Plain records a loader extracts from a plan: no RDF here, only text, numbers and source lines.

Loaders build these; :mod:`councilkg.build.triples` turns them into triples. Every record that
comes from a line of the plan carries ``source_line`` (1-based), so every fact can be checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class OwnerKind(StrEnum):
    """What an owner string names."""

    PERSON = "person"
    POST = "post"
    UNIT = "unit"
    PARTNER = "partner"


class OwnerRole(StrEnum):
    """The role in which a plan makes someone own an item (each maps to a sub-property of ckg:owner)."""

    RESPONSIBLE = "responsible"
    ACCOUNTABLE = "accountable"
    LEAD_MANAGER = "leadManager"
    LEAD_MEMBER = "leadMember"
    INDICATOR_OWNER = "indicatorOwner"
    RISK_OWNER = "riskOwner"


class MeasureType(StrEnum):
    """Kinds of observation of an indicator."""

    OUTTURN = "Outturn"
    TARGET = "Target"
    COMPARATOR = "Comparator"


@dataclass(frozen=True)
class Owner:
    """One owner of an item, resolved from an owner cell.

    ``name`` is the person's name, the post's title or the unit's or partner's name;
    ``text`` is the whole cell as printed.
    """

    name: str
    kind: OwnerKind
    role: OwnerRole
    text: str


@dataclass(frozen=True)
class CitedPlan:
    """Another plan this plan draws on (it becomes a ckg:Plan node even when not loaded)."""

    slug: str
    label: str
    plan_type: str


@dataclass(frozen=True)
class PlanInfo:
    """Who published a plan and what it is."""

    authority: str  # slug of the authority, e.g. "lambeth"
    slug: str  # e.g. "childrens-directorate-plan-2020-21"
    title: str
    plan_type: str  # local name of a ckg:PlanType individual, e.g. "DirectoratePlan"
    start_year: int
    end_year: int
    source_line: int
    draws_on: tuple[CitedPlan, ...] = ()
    authority_label: str | None = None  # the council's name, when the plan introduces the authority
    gss: str | None = None  # its ONS GSS code, likewise

    @property
    def council(self) -> str:
        """Return the council's name: the one the plan introduces, else its authority's slug made readable.

        Example:
            >>> PlanInfo("lambeth", "p", "Plan", "ServicePlan", 2007, 2010, 1).council
            'Lambeth'
            >>> PlanInfo("x", "p", "Plan", "ServicePlan", 2007, 2010, 1, authority_label="Northmoor").council
            'Northmoor'
        """
        return self.authority_label or self.authority.replace("-", " ").title()


@dataclass(frozen=True)
class Vision:
    """The plan's vision statement."""

    text: str
    source_line: int


@dataclass(frozen=True)
class OrgUnit:
    """A division, service or team; ``parent`` names the unit it belongs to."""

    name: str
    source_line: int
    parent: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class PartnerBody:
    """A partner organisation the plan names outside any one item (a Children's Trust member)."""

    name: str
    source_line: int
    description: str | None = None


@dataclass(frozen=True)
class Post:
    """A role, optionally in a unit and held by a named person."""

    title: str
    source_line: int
    unit: str | None = None
    holder: str | None = None
    description: str | None = None  # what the plan says of this holding ("Interim")


@dataclass(frozen=True)
class Reading:
    """How the generic engine read an item: the rule (``"table: one cell per line"``, ``"heading:
    labelled priority"``...), how far the reading is trusted (0 to 1), and the page where known.

    ``confidence`` is, for each rule measured on at least ten items of plans the engine had not been
    developed on, the share of that rule's items there that were right (its first-contact precision,
    as (right + 1) / (read + 2); ``councilkg/data/rule_confidence.json``, written by
    ``bench/firstcontact.py`` and applied once by :mod:`councilkg.loaders.generic.calibration`); a rule
    not measured keeps the figure its module sets.
    """

    rule: str
    confidence: float
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True)
class Outcome:
    """A concept of an outcome framework the plan states (a Borough Plan pillar or goal).

    ``scheme`` is the framework's slug, ``key`` the concept's slug within it,
    ``broader`` the key of its parent concept, ``matches`` the concepts of other frameworks it is
    the same as (a plan's "Being Healthy" heading and Every Child Matters' "Be healthy").
    """

    scheme: str
    scheme_label: str
    key: str
    label: str
    source_line: int
    notation: str | None = None
    broader: str | None = None
    reading: Reading | None = None
    matches: tuple[OutcomeLink, ...] = ()
    description: str | None = None  # the statement printed after its name ("Learning: Children …")


@dataclass(frozen=True)
class OutcomeLink:
    """A reference to an outcome: a concept of a framework, by scheme and key."""

    scheme: str
    key: str


@dataclass
class Priority:
    """A strategic priority or objective."""

    key: str
    label: str
    source_line: int
    ref: str | None = None
    contributes_to: list[OutcomeLink] = field(default_factory=list)
    parent: str | None = None
    owners: list[Owner] = field(default_factory=list)
    section: str | None = None
    description: str | None = None  # a statement beside the priority ("You can expect...")
    expected_results: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    listed_only: bool = False  # named in a list, with no detail section
    financial_implications: str | None = None
    staffing_implications: str | None = None
    risk_implications: str | None = None
    reading: Reading | None = None  # how the generic engine read it


@dataclass
class Action:
    """An action or key activity; ``supports`` holds the keys of the priorities it delivers."""

    key: str
    label: str
    source_line: int
    ref: str | None = None
    supports: list[str] = field(default_factory=list)
    related_outcomes: list[OutcomeLink] = field(default_factory=list)
    delivers: list[OutcomeLink] = field(default_factory=list)  # outcomes it is stated directly under
    owners: list[Owner] = field(default_factory=list)
    action_type: str | None = None
    timescale: str | None = None
    due: date | tuple[int, int] | None = None  # a date, or (year, month)
    partners: list[str] = field(default_factory=list)
    expected_results: list[str] = field(default_factory=list)
    section: str | None = None
    is_project: bool = False
    description: str | None = None
    status: str | None = None  # a status, RAG or direction of travel cell as printed
    progress: str | None = None  # a progress, update or comments cell as printed
    reading: Reading | None = None  # how the generic engine read it


@dataclass(frozen=True)
class Observation:
    """One value of an indicator as printed in a cell."""

    measure_type: MeasureType
    raw_value: str
    source_line: int
    period: str | None = None
    value: Decimal | None = None
    unit: str | None = None
    comparator_group: str | None = None
    year: int | None = None  # a calendar year, when the plan dates the value so (an APA grade)


@dataclass
class Indicator:
    """A performance indicator and the values the plan prints for it."""

    key: str
    label: str
    source_line: int
    ref: str | None = None
    national_codes: list[tuple[str, str]] = field(default_factory=list)  # [("paf", "a1"), ("bvpi", "49")]
    owners: list[Owner] = field(default_factory=list)
    indicator_type: str | None = None
    measures: list[str] = field(default_factory=list)  # priority keys
    measures_outcomes: list[OutcomeLink] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    section: str | None = None
    partners: list[str] = field(default_factory=list)  # bodies that supply the data
    status: str | None = None  # a status, RAG or direction of travel cell as printed
    progress: str | None = None  # a progress, update or comments cell as printed
    reading: Reading | None = None  # how the generic engine read it


@dataclass
class Risk:
    """A risk-register entry."""

    ref: str
    label: str
    source_line: int
    rating: int | None = None
    target_rating: int | None = None
    residual_rating: int | None = None
    mitigation: str | None = None
    owners: list[Owner] = field(default_factory=list)
    likelihood: int | None = None
    severity: int | None = None
    residual_likelihood: int | None = None
    residual_severity: int | None = None
    rating_level: str | None = None  # "HIGH"
    description: str | None = None
    reading: Reading | None = None  # how the generic engine read it


@dataclass(frozen=True)
class Amount:
    """A money cell: which column it was printed in, its period, the raw text and its value."""

    amount_type: str
    raw_value: str
    source_line: int
    period: str | None = None
    value: Decimal | None = None
    unit: str = "GBP"


@dataclass
class BudgetLine:
    """A row of a revenue budget table."""

    label: str
    source_line: int
    period: str | None
    amounts: list[Amount] = field(default_factory=list)


@dataclass
class SavingProposal:
    """A row of a savings table."""

    ref: str | None
    label: str
    source_line: int
    details: str | None = None
    amounts: list[Amount] = field(default_factory=list)


@dataclass
class Contract:
    """A row of a key-contracts table."""

    label: str
    source_line: int
    supplier: str | None = None
    annual_value: Amount | None = None
    end_date_text: str | None = None
    end_date: date | tuple[int, int] | None = None
    owners: list[Owner] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractionWarning:
    """Something a loader saw but could not use as printed."""

    line: int
    message: str


@dataclass(frozen=True)
class Guess:
    """What a loader guessed about a plan's identity, and from where: a line of the plan or the file name.

    ``line`` is the 1-based line the guess was read from, ``None`` when it came from elsewhere
    (``basis`` says what: "line", "file name", "default").
    """

    value: str
    basis: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else self.basis
        return f"{self.value} ({where})"


@dataclass
class Extraction:
    """Everything a loader extracted from one plan."""

    plan: PlanInfo
    loader: str
    vision: Vision | None = None
    units: list[OrgUnit] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    partners: list[PartnerBody] = field(default_factory=list)
    people: dict[str, int] = field(default_factory=dict)  # name -> line first named
    outcomes: list[Outcome] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    savings: list[SavingProposal] = field(default_factory=list)
    contracts: list[Contract] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    placed: dict[int, str] = field(default_factory=dict)  # line -> what it was read as
    guessed: dict[str, Guess] = field(default_factory=dict)  # "council", "title", "type", "years"

    def warn(self, line: int, message: str) -> None:
        """Record a warning about ``line``; returns nothing."""
        self.warnings.append(ExtractionWarning(line, message))

    def add_priority(
        self, key: str, label: str, line: int, reading: Reading, ref: str | None = None
    ) -> Priority:
        """Add a priority a rule read at ``line`` (its key, label, reference and reading); returns it."""
        priority = Priority(key=key, label=label, source_line=line, ref=ref, reading=reading)
        self.priorities.append(priority)
        return priority

    def place(self, lines: int | Iterable[int], what: str) -> None:
        """Record that ``lines`` (1-based) were read as ``what`` ("heading", "action", ...); returns nothing.

        An item's own ``source_line`` counts as placed without this; call it for the other
        lines an item spans (a cell continued after a page break, an owner split over two
        lines) and for lines read as structure (headings, header rows, contents, page furniture).
        The first reading of a line is kept.
        """
        for line in [lines] if isinstance(lines, int) else lines:
            self.placed.setdefault(line, what)

    def take_out(
        self,
        test: Callable[[Priority | Action | Indicator | Risk], bool],
        what: str,
        groups: tuple[str, ...] = ("priorities", "actions", "indicators", "risks"),
    ) -> list[int]:
        """Take the items of ``groups`` (by default every priority, action, indicator and risk) that
        ``test`` picks out of the extraction, each list in one pass, placing their lines as ``what``;
        returns those lines."""
        lines: list[int] = []
        for name in groups:
            items: list[Priority | Action | Indicator | Risk] = getattr(self, name)
            picked = [test(item) for item in items]
            if any(picked):
                lines += [item.source_line for item, out in zip(items, picked, strict=True) if out]
                items[:] = [item for item, out in zip(items, picked, strict=True) if not out]
        self.place(lines, what)
        return lines
