"""Layout profiles: what the generic loader needs to know about one layout, declared in a TOML file.

A profile names which headings start which sections (priority, outcome, actions, indicators,
risks, vision, ignore...), which table headers mean which column roles or item fields, how owners
are written, the outcome frameworks whose concepts cells name, the people named with their posts,
and the plan's identity. The generic loader applies a profile's rules before its own built-in ones.
``docs/profiles.md`` describes the format; :func:`~councilkg.loaders.generic.profilefile.read_profile`
reads and checks a file.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from councilkg.errors import LoaderError
from councilkg.loaders.model import CitedPlan, OwnerKind
from councilkg.loaders.parsing.columns import ColumnRole
from councilkg.loaders.parsing.identity import PlanIdentity, parse_years
from councilkg.text import clean_text, plain_line, slugify

#: The value of a column's ``period`` that takes the period from the date its header prints.
DATE_PERIOD = "date"
#: A column rule's ``period`` taking the period of the outturn column printed before it.
OUTTURN_PERIOD = "outturn"

#: The Every Child Matters outcomes as plans spell them: (pattern, key of the ``ecm`` framework).
ECM_OUTCOMES: tuple[tuple[str, str], ...] = (
    (r"\bbe(?:ing)? healthy\b", "be-healthy"),
    (r"\bstay(?:ing)? safe\b", "stay-safe"),
    (r"\benjoy(?:ing)? and achiev(?:e|ing)\b", "enjoy-and-achieve"),
    (r"\b(?:mak(?:e|ing) a )?positive contribution\b", "positive-contribution"),
    (r"\b(?:achiev(?:e|ing) )?economic well[- ]?being\b", "economic-wellbeing"),
)
ECM_KEYS = tuple(key for _, key in ECM_OUTCOMES)
#: :data:`ECM_OUTCOMES` compiled once, case-insensitive: searched in every line the engine reads.
ECM_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), key) for pattern, key in ECM_OUTCOMES
)
#: Any of :data:`ECM_OUTCOMES`: most lines name none, and one search says so where five would.
ECM_ANY = re.compile("|".join(f"(?:{pattern})" for pattern, _ in ECM_OUTCOMES), re.IGNORECASE)


class SectionKind(StrEnum):
    """What a heading starts."""

    PRIORITY = "priority"  # a priority: later rows support or measure it
    OUTCOME = "outcome"  # an outcome area: later priorities contribute to it
    ACTIONS = "actions"  # tables below hold actions
    INDICATORS = "indicators"  # tables below hold indicators
    RISKS = "risks"  # tables below hold risks
    PRIORITIES = "priorities"  # tables below list priorities, one a row
    VISION = "vision"  # the vision statement: the rest of the line, else the next paragraph
    BUDGET = "budget"  # tables below hold budget lines (amounts by column)
    SAVINGS = "savings"  # tables below hold saving proposals
    CONTRACTS = "contracts"  # tables below hold contracts
    UNITS = "units"  # the organisation chart: the units of posts named below, and sub-units by line
    IGNORE = "ignore"  # lines and tables below are read as nothing until the next section
    SECTION = "section"  # any other section: ends the priority and outcome in force
    AREA = "area"  # a priority area: a priority whose children are the priorities headed below it
    QUOTES = "quotes"  # a section quoting the plan's priorities, matched to the plan's own


T = TypeVar("T")


def first_match(rules: Sequence[tuple[re.Pattern[str], T]], text: str) -> T | None:
    """Return the value of the first ``(pattern, value)`` rule whose pattern is in ``text``, else ``None``.

    Example:
        >>> first_match([(re.compile("days"), "days"), (re.compile("."), "count")], "Average days off sick")
        'days'
    """
    return next((value for pattern, value in rules if pattern.search(text)), None)


@dataclass(frozen=True)
class SectionRule:
    """A heading pattern and the kind of section it starts; ``outcomes`` fixes the ECM outcomes it names.

    ``as_section`` makes the items read below the heading record it as their section; ``item_type``
    and the template ``section`` give them a type and a section; ``same_columns`` reads every table
    below with the columns of the fullest header printed there. A ``units`` heading stands for
    ``unit``; ``sub_units`` is the pattern of a line below naming a unit and its description.
    """

    pattern: re.Pattern[str]
    kind: SectionKind
    outcomes: tuple[str, ...] = ()
    as_section: bool = False
    item_type: str | None = None
    section: str | None = None
    same_columns: bool = False
    unit: str | None = None
    sub_units: re.Pattern[str] | None = None
    required: bool = False  # a plan of this layout without such a heading is cut short or another layout
    #: The column roles its tables have: one missing is a warning naming the header line.
    columns: tuple[ColumnRole, ...] = ()
    expected: bool = False  # a plan of this layout usually has such a heading: without one, a warning
    #: For a priority heading: the pattern of the line below it that is its description.
    description: re.Pattern[str] | None = None
    #: For an area or priority heading: the template of its key, and (an area) the pattern of a
    #: priority listed below it; for an actions heading with ``items``, the template of its items' keys.
    key: str | None = None
    #: For a priority or actions heading: the longest its key's slug (a template's: each field's) may
    #: be, cut at a word boundary.
    key_length: int = 60
    listed: re.Pattern[str] | None = None
    #: For an actions heading: the pattern of a line below it that is an action ("1. To note the plan").
    items: re.Pattern[str] | None = None
    #: For an actions heading: the pattern of a sentence of its paragraphs that is an action (its group
    #: ``timescale`` the due date), and of a line naming the topic of the sentences below it (``topic``).
    sentences: re.Pattern[str] | None = None
    topics: re.Pattern[str] | None = None
    #: For a quotes heading: the pattern of a quoted priority's heading below it.
    quoted_priority: re.Pattern[str] | None = None
    #: For a quotes heading: the text above it (a covering report) quotes the plan, not the text below.
    above: bool = False
    #: For a quotes heading: what quotes the plan ("report"), and what it calls the plan's actions.
    quoted_by: str | None = None
    action_word: str = "action"
    #: For an area heading: the pattern of a line elsewhere naming an area (its group ``label``).
    mention: re.Pattern[str] | None = None
    #: The heading may be printed as a table row ("DIRECTORATE PRIORITY | To embed safeguarding…"):
    #: a tab-separated row whose cells, joined by spaces, the pattern matches is such a heading.
    in_rows: bool = False
    #: For a priority heading: the priority is in the section of the ``as_section`` heading above it
    #: (its ``ckg:section``, and its tables' items'), until a section heading of another kind.
    in_section: bool = False
    #: For an ignore heading: what its lines are placed as ("contents"; default "ignored"), and the
    #: pattern of the heading that ends it (other rules' headings before it are its lines too).
    place: str = "ignored"
    until: re.Pattern[str] | None = None
    #: For an actions heading: the actions of its tables are projects, each supporting the priorities
    #: of the action-plan areas named like it.
    projects: bool = False
    #: For an actions or indicators heading: the template of its tables' items' keys ({label}, {ref},
    #: {year}: the year the heading prints).
    item_key: str | None = None
    #: The pattern of each priority the table rows under the heading list in their second cell, their
    #: first cell a group: a priority detailed elsewhere takes its group as its description.
    priority_groups: re.Pattern[str] | None = None
    #: For a vision heading: the whole line is the statement, with the bulleted list right below it
    #: (joined with "; "); a vision already read stands, a later one is placed as repeated.
    with_list: bool = False
    #: For a priority heading: a priority that names no Every Child Matters outcome (in its heading or
    #: its outcome rows) is warned about.
    ecm_expected: bool = False
    #: For a risks heading: the template of the reference of a risk its table prints none for,
    #: {number} its place among the risks so referenced ("ENV{number}").
    risk_ref: str | None = None

    def description_of(self, text: str) -> str | None:
        r"""Return the description a paragraph gives the priority of this rule's heading: the group
        ``text`` of the ``description`` pattern (else its whole match), or ``None`` when it does not match.

        Example:
            >>> rule = SectionRule(re.compile("x"), SectionKind.PRIORITY,
            ...     description=re.compile(r"^You can expect\.{3}\s*(?P<text>.*)$"))
            >>> rule.description_of("You can expect... Fewer crimes."), rule.description_of("We will")
            ('Fewer crimes.', None)
        """
        match = self.description.search(text) if self.description is not None else None
        if match is None:
            return None
        return clean_text(match.groupdict().get("text") or match.group(0)) or None

    def no_description(self, label: str) -> str:
        r"""Return the warning that the priority ``label`` of this rule's heading has no description line,
        naming the words the ``description`` pattern starts with.

        Example:
            >>> rule = SectionRule(re.compile("x"), SectionKind.PRIORITY,
            ...     description=re.compile(r"^You can expect\.{3}\s*(?P<text>.*)$"))
            >>> rule.no_description("Safer homes").split(" matches")[0]
            "priority 'Safer homes' has no description (no 'You can expect...' line below it"
        """
        wanted = self.description.pattern if self.description is not None else ""
        lead = re.match(r"[^\W\d_][\w ,'’]*", wanted.removeprefix("^"))
        words = f"no {clean_text(lead.group(0)) + '...'!r} line below it" if lead else "no line below it"
        return f"priority {label!r} has no description ({words} matches {wanted!r})"

    def section_of(self, heading: str, header: Mapping[str, str]) -> str | None:
        """Return the section the ``section`` template gives the items of a table below ``heading``
        whose header cells are ``header`` (by column role), or ``None`` without a template."""
        if self.section is None:
            return None
        values = _Blank({**header, "heading": heading})
        return clean_text(self.section.format_map(values))


class _Blank(dict[str, str]):
    """Template values in which a column the table does not print is blank."""

    def __missing__(self, key: str) -> str:
        return ""


class ItemField(StrEnum):
    """A column a profile maps to a field of the items, beside the column roles."""

    TYPE = "type"  # an action's or indicator's type as printed ("Programme", "Borough Plan Indicator")
    TARGET_RATING = "target-rating"  # a risk's target rating


@dataclass(frozen=True)
class ColumnRule:
    """A header pattern and the column role it gives (``None`` ignores the column), with a period if fixed.

    A rule gives a role or an item ``field``. ``outcomes`` reads the column's cells for outcomes too;
    ``split`` splits a cell into several values; ``project`` marks an item whose type matches it a project.
    """

    pattern: re.Pattern[str]
    role: ColumnRole | None
    period: str | None = None
    field: ItemField | None = None
    outcomes: bool = False
    split: re.Pattern[str] | None = None
    project: re.Pattern[str] | None = None
    value: re.Pattern[str] | None = None
    units: tuple[tuple[re.Pattern[str], str], ...] = ()
    scale: Decimal | None = None
    full_from: Decimal | None = None
    #: For an expected-result column: a table printed as lists side by side gives its results to the priority.
    lists_to_priority: bool = False
    #: With ``outcomes``: only Every Child Matters outcomes ("ecm") or one framework's concepts.
    #: A column whose cells are added to an item's description or mitigation (``adds_to``), each as
    #: ``format`` fills it ({cell}), after the text it has.
    adds_to: str | None = None
    format: str = "{cell}"
    scheme: str | None = None
    #: A pattern finding the column's cell in each row wherever it is printed (the row's other cells are
    #: placed around it); an empty cell taking the one above (``carry``); the cell as the items' section.
    anchor: re.Pattern[str] | None = None
    carry: bool = False
    section: bool = False
    #: For a priority column: a cell naming no priority read so far is the one it rewords (``prioritycells``).
    reworded: bool = False

    def scaled(self, value: Decimal) -> Decimal:
        """Return an amount read in this column in full units: times ``scale``, unless its size is at
        least ``full_from`` (a column headed £'000 in which some amounts are printed in full)."""
        if self.scale is None or (self.full_from is not None and abs(value) >= self.full_from):
            return value
        return value * self.scale

    def unit_of(self, label: str) -> str | None:
        """Return the unit the ``units`` patterns give an item's label, or ``None`` when none matches."""
        return first_match(self.units, label)


@dataclass(frozen=True)
class ConceptRule:
    """A pattern for one kind of concept of an outcome framework, and templates for its key, label,
    notation and broader concept, filled in from the pattern's named groups (and ``{text}``)."""

    pattern: re.Pattern[str]
    key: str | None
    label: str
    notation: str | None = None
    broader: str | None = None

    def fill(self, template: str, groups: Mapping[str, str]) -> str:
        """Return ``template`` with the groups of a match of this rule's pattern filled in."""
        return clean_text(template.format_map(groups))

    def key_of(self, groups: Mapping[str, str]) -> str:
        """Return the key of the concept a match names: the key template's, else the label's slug."""
        return slugify(self.fill(self.key or self.label, groups))


@dataclass(frozen=True)
class Framework:
    """An outcome framework a plan's cells name concepts of (a Borough Plan's pillars and goals)."""

    scheme: str
    label: str
    concepts: tuple[ConceptRule, ...]

    def matches(self, text: str) -> list[tuple[ConceptRule, dict[str, str]]]:
        """Return each concept ``text`` names, in printed order, as (rule, groups incl. ``text``).

        Each rule is tried in turn on what earlier rules left unmatched, so a later rule never
        reads inside an earlier rule's match ("Pillar 3, 3.1": the pillar, then the goal).
        """
        found: list[tuple[int, ConceptRule, dict[str, str]]] = []
        rest = text
        for rule in self.concepts:
            for match in rule.pattern.finditer(rest):
                groups = {name: value for name, value in match.groupdict().items() if value is not None}
                groups["text"] = match.group(0)
                found.append((match.start(), rule, groups))
            rest = rule.pattern.sub(lambda match: " " * len(match.group(0)), rest)
        found.sort(key=lambda item: item[0])
        return [(rule, groups) for _, rule, groups in found]

    def broader_rule(self, rule: ConceptRule, groups: Mapping[str, str]) -> ConceptRule | None:
        """Return the rule that makes the broader concept of a match of ``rule``, or ``None``."""
        if rule.broader is None:
            return None
        wanted = slugify(rule.fill(rule.broader, groups))
        for other in self.concepts:
            usable = other is not rule and template_fields(other.key or other.label) <= set(groups) - {"text"}
            if usable and other.key_of(groups) == wanted:
                return other
        return None


@dataclass(frozen=True)
class HolderRule:
    """A pattern for a person named with the post they hold, on one line or the name then the post."""

    pattern: re.Pattern[str]
    then: re.Pattern[str] | None = None
    #: The unit of its posts when the pattern has no group ``unit``; the parent of the units it names.
    unit: str | None = None
    parent: str | None = None
    #: With ``then``: the post is recorded at the line printing it, not at the name's.
    post_line: bool = False


@dataclass(frozen=True)
class UnitRule:
    """A ``[[units]]`` rule: where the plan names its organisational units, each of ``parent``.

    ``name`` with ``match``: that unit, at the first line (outside tables) ``match`` finds;
    ``lines_after``: each line with text after the line it finds, to the line ``until`` finds, names
    a unit; ``listed_under``: the bulleted list right below a line it finds names units of its group
    ``parent``, else of the rule's ``parent`` (a unit already named takes that parent); ``header``: the
    rows of the table under a header row it finds (cells joined by tabs) name units in the columns
    headed as ``unit_column`` finds, each described by the cell after it.
    """

    name: str | None = None
    match: re.Pattern[str] | None = None
    parent: str | None = None
    lines_after: re.Pattern[str] | None = None
    until: re.Pattern[str] | None = None
    listed_under: re.Pattern[str] | None = None
    header: re.Pattern[str] | None = None
    unit_column: re.Pattern[str] | None = None


@dataclass(frozen=True)
class PriorityListRule:
    """A ``[[priority_lists]]`` rule: a line (outside tables) ``match`` finds heads the bulleted list
    right below it, each item a priority of ``section``, contributing to the outcomes the line's group
    ``outcome`` names (Every Child Matters outcomes and the profile's frameworks' concepts; a line whose
    group names none heads no list)."""

    match: re.Pattern[str]
    section: str | None = None


@dataclass(frozen=True)
class PostRowRule:
    """A pattern for a table row naming a post, a person, or a person and the post they hold.

    ``pattern`` claims a row (its cells, cleaned, joined by tabs); ``read`` (default: ``pattern``)
    reads it, with the groups ``post``, ``name`` and ``unit``; ``description`` is a template of the
    groups describing the holding ("{label}", "comments sought: {sought}").
    """

    pattern: re.Pattern[str]
    read: re.Pattern[str] | None = None
    description: str | None = None
    #: Items of the row after what ``read`` matched (``priorities``, group ``label``), each a priority the
    #: post is responsible for, of ``section``, keyed by the template ``key``; with ``known_unit``, a
    #: group ``unit`` naming a unit the plan names otherwise (``same_unit``, one only) is that unit.
    priorities: re.Pattern[str] | None = None
    section: str | None = None
    key: str | None = None
    known_unit: bool = False


#: A cell naming a person and the post they hold: "Mary Okafor, Service Manager".
NAME_POST = re.compile(r"^(?P<name>[^,]+),\s*(?P<post>.+)$")


@dataclass(frozen=True)
class OwnerRules:
    """How a layout writes owners: extra separators, "Name, Post" cells, and strings of a known kind."""

    separators: tuple[str, ...] = ()
    name_post: re.Pattern[str] | None = NAME_POST
    kinds: tuple[tuple[re.Pattern[str], OwnerKind], ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: A post's title cut short by its cell ("Head of Safeguarding and Vulnerable") is the post the
    #: plan names in full, and a title spelled otherwise ("&" for "and") is the plan's spelling.
    cut_posts: bool = False
    #: A partner body named in an action's owner cell ("…/PCT") is the action's partner, not its owner.
    partners_apart: bool = False
    #: The head of a plan's post titles ("Divisional Director"): see ``ownercells.OwnerCells._headed``.
    post_head: re.Pattern[str] | None = None
    #: What the plan calls the page listing its posts ("management-structure chart"), named in the
    #: warnings on a headed title read as one of them; ``None``: "the plan's posts".
    chart: str | None = None

    def post_warnings(self) -> tuple[str, str]:
        """Return the wording of the two headed-title warnings: the post not among the plan's
        ("is not on the <chart>") and read as one ("read as the <chart's last word>'s")."""
        if self.chart is None:
            return "is not one of the plan's posts", "read as the plan's"
        return f"is not on the {self.chart}", f"read as the {self.chart.split()[-1]}'s"

    def expand(self, name: str) -> tuple[str, ...]:
        """Return the owners an owner string stands for: its alias's list, else the string itself."""
        wanted = clean_text(name).casefold()
        for alias, names in self.aliases:
            if alias == wanted:
                return names
        return (name,)

    def kind_of(self, name: str) -> OwnerKind | None:
        """Return the owner kind a profile pattern gives ``name``, or ``None`` when none matches."""
        return first_match(self.kinds, name)


@dataclass(frozen=True)
class PartnerRule:
    """A partner body the plan names in its text: its name, a pattern for any mention of it, and a
    pattern for a mention that makes it the partner of an item whose text holds it (default: any)."""

    name: str
    mention: re.Pattern[str]
    on_item: re.Pattern[str] | None = None

    def named_on_item(self, texts: Sequence[str]) -> bool:
        """Return True when any of an item's ``texts`` names this partner as one of its partners."""
        pattern = self.on_item or self.mention
        return any(pattern.search(text) for text in texts)


@dataclass(frozen=True)
class TitleLine:
    """The line printing a plan's title, and the title and years it prints (``None``: the profile's)."""

    line: int
    title: str | None = None
    years: tuple[int, int] | None = None


@dataclass(frozen=True)
class PlanDefaults(PlanIdentity):
    """The plan's identity as the profile states it (``None`` leaves it to be guessed), and the
    plans it cites. ``loader`` is always ``None``: a profile is read by the generic loader."""

    draws_on: tuple[CitedPlan, ...] = ()
    #: Patterns of the line printing the title, tried in turn: the plan's source line (a plan without
    #: one is refused); their groups ``title`` and ``years`` give the title and years it prints.
    title_line: tuple[re.Pattern[str], ...] = ()
    #: The lines between the section heading above the title line and it are the plan's title page.
    title_page: bool = False

    def title_line_in(self, lines: Sequence[str], path: Path) -> TitleLine | None:
        """Return the first of ``lines`` (markup removed) that the first ``title_line`` pattern matching
        any line matches, with the title and years its groups print; ``None`` without a pattern.

        Example:
            >>> found = PlanDefaults(title_line=(re.compile("^Cover$"),
            ...     re.compile(r"(?P<title>Our Plan (?P<years>\\d{4}-\\d{2}))"))).title_line_in(
            ...     ["Report title: Our Plan 2010-13"], Path("p.txt"))
            >>> found.line, found.title, found.years
            (1, 'Our Plan 2010-13', (2010, 2013))

        Raises:
            LoaderError: no line matches (not this layout's plan, or a plan cut short), or the years
                the line prints do not run forwards.
        """
        if not self.title_line:
            return None
        plain = [plain_line(raw) for raw in lines]
        for pattern in self.title_line:
            for number, text in enumerate(plain, start=1):
                match = pattern.search(text)
                if match is None:
                    continue
                groups = {name: clean_text(value or "") for name, value in match.groupdict().items()}
                years = None
                if groups.get("years"):
                    try:
                        years = parse_years(groups["years"])
                    except ValueError as error:
                        raise LoaderError(path, f"title years: {error}", line=number) from error
                return TitleLine(number, groups.get("title") or None, years)
        wanted = " or ".join(repr(pattern.pattern) for pattern in self.title_line)
        raise LoaderError(path, f"the plan's title line {wanted} not found")


def slug_with_years(slug: str, start: int, end: int) -> str:
    """Return ``slug`` with the years it ends in (``2010-13``) replaced by ``start`` and ``end``'s.

    Example:
        >>> slug_with_years("cypp-2010-13", 2011, 2014), slug_with_years("cypp", 2011, 2014)
        ('cypp-2011-14', 'cypp')
    """
    return re.sub(r"(?<![0-9])(?:19|20)[0-9]{2}-[0-9]{2}$", f"{start}-{end % 100:02d}", slug)


@dataclass(frozen=True)
class Recognition:
    """How a profile knows its layout: a title in the first lines, and words the text must hold."""

    title: re.Pattern[str] | None = None
    contains: tuple[str, ...] = ()
    #: How many of the document's first lines the title is looked for in.
    first_lines: int = 5

    def score(self, lines: Sequence[str], text: str) -> float:
        """Return 1.0 when the title and every word are found, else 0.0."""
        head = "\n".join(lines[: self.first_lines])
        if self.title is not None and not self.title.search(head):
            return 0.0
        return 1.0 if all(word in text for word in self.contains) else 0.0


@dataclass(frozen=True)
class RowRule:
    """A ``[[rows]]`` rule: a tab-separated row its pattern matches (cells joined by tabs) is read as
    nothing but ``read_as``; with ``in_tables`` also inside a table, and with ``outcomes`` its cells
    after the first name outcomes the priority in force contributes to (of the framework ``scheme``)."""

    pattern: re.Pattern[str]
    read_as: str
    in_tables: bool = False
    outcomes: bool = False
    scheme: str | None = None  # with ``outcomes``: only this framework's concepts (and ECM outcomes)
    #: With ``scheme``: a cell it finds names the broader concept of the concepts the row names.
    broader: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Profile:
    """A layout profile. ``Profile()`` is the generic loader's built-in behaviour alone."""

    name: str = "built-in"
    source: str | None = None
    description: str = ""
    #: The loader name a bundled profile is registered under ("lambeth-directorate-2020").
    loader: str | None = None
    recognise: Recognition | None = None
    sections: tuple[SectionRule, ...] = ()
    columns: tuple[ColumnRule, ...] = ()
    owners: OwnerRules = field(default_factory=OwnerRules)
    plan: PlanDefaults = field(default_factory=PlanDefaults)
    builtin_sections: bool = True
    builtin_columns: bool = True
    flattened_tables: bool = True  # rebuild tables flattened one cell a line, space-aligned or delimited
    outline: bool = True  # read items from headings, numbered paragraphs and lists outside tables
    fill_down: bool = True  # an empty priority cell takes the one above it (a cell spanning rows)
    split_cells: bool = True  # a cell listing several bulleted actions gives an action each
    written_values: bool = True  # "4.6 % obese (2002)": a value cell's number, unit and year
    paragraph_items: bool = False  # a cell's paragraphs (<p>) are items, like its bullets
    continued_items: bool = False  # an item starting in lower case continues the item above it
    subheadings: bool = True  # a row with only its first cell filled is a subheading of the table
    #: A table subheading naming outcomes is the outcome of the rows below, not their section.
    outcome_subheadings: bool = False
    #: A split cell's items each take their own date and owner when those cells list as many.
    paired_cells: bool = False
    #: An action table with a project-area column is read area by area (``arearows``); the areas'
    #: slugs in the actions' keys are at most ``area_key_length`` characters.
    area_rows: bool = False
    #: The indicators of a priority's tables measure the Every Child Matters outcomes it contributes to.
    outcomes_measured: bool = False
    #: An indicator row with no outturn printed is warned about (``False``: others supply the data).
    outturn_warnings: bool = True
    #: Each value column (outturn, target, comparator) an indicator row leaves empty is warned about.
    value_column_warnings: bool = False
    #: More names of Every Child Matters outcomes in cells: (pattern, outcome key) ("HEALTH").
    ecm_names: tuple[tuple[re.Pattern[str], str], ...] = ()
    #: A value cell starting with a number that is not one as printed ("-31pp") is warned about.
    value_warnings: bool = False
    area_key_length: int = 60
    min_header_roles: int = 2
    frameworks: tuple[Framework, ...] = ()
    holders: tuple[HolderRule, ...] = ()
    units: tuple[UnitRule, ...] = ()
    priority_lists: tuple[PriorityListRule, ...] = ()
    partners: tuple[PartnerRule, ...] = ()
    #: Patterns of a sentence listing partner bodies, its group ``list`` "A; B, including C; D and E".
    partner_lists: tuple[re.Pattern[str], ...] = ()
    post_rows: tuple[PostRowRule, ...] = ()
    #: Tab-separated rows read as nothing when no header is above them (a report's header block).
    ignore_rows: re.Pattern[str] | None = None
    #: A line the draft prints where text is still to come ("[Table to come]"): placed and warned about.
    placeholder: re.Pattern[str] | None = None
    #: Tab-separated rows read as nothing but what they are (pattern, what), when no header is above them.
    rows: tuple[RowRule, ...] = ()
    #: A plan of this layout printing no item is read (a draft, or a text cut short), with a warning.
    read_empty: bool = False
    #: Items the engine reads with a lower confidence are left out (``confidencecut``; 0: none).
    min_confidence: float = 0.0
    #: The pattern of a line as printed that is a heading ("^#", "^Figure \d+:"): one nothing else
    #: read is placed as "heading" (the coverage report's), not left unplaced.
    heading_lines: re.Pattern[str] | None = None

    def section_rules(self) -> tuple[SectionRule, ...]:
        """Return the profile's section rules, then the built-in ones unless switched off."""
        return self.sections + (BUILTIN_SECTIONS if self.builtin_sections else ())

    def column_rule(self, heading: str) -> ColumnRule | None:
        """Return the first of the profile's column rules matching a (cleaned) header cell, or ``None``."""
        for rule in self.columns:
            if rule.pattern.search(heading):
                return rule
        return None


def _rule(pattern: str, kind: SectionKind) -> SectionRule:
    return SectionRule(re.compile(pattern, re.IGNORECASE), kind)


#: The headings the generic loader knows without a profile.
BUILTIN_SECTIONS: tuple[SectionRule, ...] = (
    _rule(
        r"^(?P<ref>(?:(?:strategic|key|our|corporate|directorate)\s+)?(?:priority|objective|aim|ambition)"
        r"\s*(?:no\.?\s*)?\d{1,2}[a-z]?)\s*[:.\-–—)]\s*(?P<label>\S.{2,})$",
        SectionKind.PRIORITY,
    ),
    _rule(r"^(?:our |the |a |shared )?vision\b(?:\s+(?:is|statement)\b)?", SectionKind.VISION),
    _rule(
        r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:key|main|strategic|corporate|directorate)\s+)?risks?"
        r"(?:\s+(?:register|to|and|management)\b.*)?$",
        SectionKind.RISKS,
    ),
    _rule(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:appendix|appendices|annex|glossary|contents)\b", SectionKind.SECTION),
)


def template_fields(template: str) -> set[str]:
    """Return the names a ``{name}`` template fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def ecm_keys_in(text: str) -> list[str]:
    """Return the Every Child Matters outcome keys ``text`` names, in printed order, without repeats.

    Example:
        >>> ecm_keys_in("Every Child Matters outcomes: Stay safe; Enjoy and achieve")
        ['stay-safe', 'enjoy-and-achieve']
        >>> ecm_keys_in("Achieve economic well-being"), ecm_keys_in("Raising attainment")
        (['economic-wellbeing'], [])
    """
    if not ECM_ANY.search(text):
        return []
    found: list[tuple[int, str]] = []
    for pattern, key in ECM_PATTERNS:
        found += [(match.start(), key) for match in pattern.finditer(text)]
    return list(dict.fromkeys(key for _, key in sorted(found)))
