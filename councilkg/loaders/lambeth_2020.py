"""Loader for the Lambeth Children's Directorate Plan 2020/21 layout.

Plain text with tab-separated tables whose header rows repeat after each page break:
directorate objectives (CSOB..), key activities (CSKA..), performance indicators grouped by
division, budget, savings, contracts, workforce and the directorate risk register (CSSR..).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.document import Document
from councilkg.documents.lines import find_headings, iter_nonblank
from councilkg.documents.tables import Row, Table, read_tables
from councilkg.errors import LoaderError
from councilkg.loaders.model import (
    Action,
    Amount,
    BudgetLine,
    CitedPlan,
    Contract,
    Extraction,
    Indicator,
    MeasureType,
    Observation,
    OrgUnit,
    Outcome,
    OutcomeLink,
    Owner,
    OwnerKind,
    OwnerRole,
    PlanInfo,
    Post,
    Priority,
    Risk,
    SavingProposal,
    Vision,
)
from councilkg.loaders.parsing.numbers import infer_unit, parse_decimal, parse_leading_integer
from councilkg.loaders.parsing.owners import classify_owner, read_owner_cell
from councilkg.loaders.parsing.periods import financial_year_of, parse_due, parse_period
from councilkg.loaders.parsing.refs import normalise_ref, split_indicator_code
from councilkg.text import clean_text, slugify

AUTHORITY = "lambeth"
SCHEME = "lambeth-borough-plan"
SCHEME_LABEL = "Lambeth Borough Plan"
BOROUGH_PLAN_VALUES = ("Value for money", "Collaborating")
ALL_DIRECTORS = "all children's services directors"

SECTIONS = (
    "Divisions",
    "How did we perform last year?",
    "Directorate Objectives",
    "Key Activities",
    "Performance Monitoring",
    "Finance",
    "Saving Proposals",
    "Key Contracts",
    "Workforce",
    "Directorate risks and mitigation",
)

_TITLE = re.compile(r"Children's Directorate Plan (\d{4})/(\d{2})")
_DIRECTOR_POST = re.compile(r"^(?:Strategic )?Director, [A-Z][\w'’ ]+$")
_NAME_THEN_POST = re.compile(
    r"(?P<name>[A-Z][a-z]+ [A-Z][a-zA-Z'\-]+)\s+(?P<post>(?:Strategic )?Director, [A-Z][\w'’ ]+?)\s*$"
)


class LambethDirectoratePlan2020:
    """Reads Lambeth's Children's Directorate Plan 2020/21."""

    name = "lambeth-directorate-2020"
    description = "Lambeth Children's Directorate Plan 2020/21 (CSOB/CSKA/CSSR tables)"

    def sniff(self, document: Document) -> float:
        """Return 1.0 for this plan's layout, 0.0 otherwise."""
        head = "\n".join(document.lines[:5])
        if _TITLE.search(head) and "CSKA" in document.text and "CSOB" in document.text:
            return 1.0
        return 0.0

    def load(self, document: Document) -> Extraction:
        """Return everything this loader extracts from the plan.

        Raises:
            LoaderError: a section or table this layout must have is missing.
        """
        return _PlanReader(document).read()


class _PlanReader:
    """One pass over one document; holds what is found so far."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = document.lines
        self.sections = find_headings(self.lines, SECTIONS)
        self.extraction = Extraction(plan=self._plan_info(), loader=LambethDirectoratePlan2020.name)
        self.outcomes: dict[str, Outcome] = {}

    # -- layout ------------------------------------------------------------------------------

    def read(self) -> Extraction:
        """Return the extraction of the whole plan."""
        self._read_vision()
        self._read_divisions()
        self._read_objectives()
        self._read_activities()
        self._read_indicators()
        self._read_budget()
        self._read_savings()
        self._read_contracts()
        self._read_workforce()
        self._read_risks()
        self.extraction.outcomes = sorted(self.outcomes.values(), key=lambda o: o.source_line)
        self.extraction.place((index + 1 for index in self.sections.values()), "heading")
        return self.extraction

    def _section(self, heading: str) -> tuple[int, int]:
        """Return the 0-based line range of a section: from its heading to the next one."""
        if heading not in self.sections:
            raise LoaderError(
                self.document.path,
                f"section {heading!r} not found",
                hint=f"the text ends at line {len(self.lines)}; is it cut short?",
            )
        start = self.sections[heading]
        later = [index for index in self.sections.values() if index > start]
        return start + 1, min(later, default=len(self.lines))

    def _tables(self, heading: str, first_header_cell: str) -> list[Table]:
        start, end = self._section(heading)
        tables = read_tables(self.lines, start, end, lambda row: row.cell(0).casefold() == first_header_cell)
        if not tables:
            raise LoaderError(
                self.document.path,
                f"no table headed {first_header_cell!r} under {heading!r}",
                line=start,
            )
        for table in tables:
            self.extraction.place(table.header_lines, "table header")
        return tables

    # -- plan, vision, structure ---------------------------------------------------------------

    def _plan_info(self) -> PlanInfo:
        for index, line in enumerate(self.lines[:5]):
            match = _TITLE.search(line)
            if match:
                start = int(match.group(1))
                return PlanInfo(
                    authority=AUTHORITY,
                    slug=f"childrens-directorate-plan-{start}-{match.group(2)}",
                    title=f"Children's Directorate Plan {start}/{match.group(2)}",
                    plan_type="DirectoratePlan",
                    start_year=start,
                    end_year=start + 1,
                    source_line=index + 1,
                    draws_on=(CitedPlan("borough-plan", SCHEME_LABEL, "BoroughPlan"),),
                )
        raise LoaderError(self.document.path, "title 'Children's Directorate Plan YYYY/YY' not found")

    def _read_vision(self) -> None:
        for index, line in enumerate(self.lines):
            if line.startswith("Our vision is"):
                quoted = re.search(r"['‘\"](.+)['’\"]", line)
                text = clean_text(quoted.group(1) if quoted else line)
                self.extraction.vision = Vision(text, index + 1)
                return
        self.extraction.warn(1, "no vision statement ('Our vision is ...') found")

    def _read_divisions(self) -> None:
        """Directors and their posts, the divisions they lead and the services within them."""
        start, end = self._section("Divisions")
        directorate = "Children's Services"
        self.extraction.units.append(OrgUnit(directorate, self.sections["Divisions"] + 1))
        pending_name: tuple[int, str] | None = None
        # The foreword is signed by the Strategic Director as a name line then a post line.
        for index, text in iter_nonblank(self.lines, 0, end):
            match = _NAME_THEN_POST.search(text) if index >= start else None
            if match:
                self._add_director(match.group("name"), match.group("post"), index + 1)
            elif pending_name and _DIRECTOR_POST.match(text):
                self._add_director(pending_name[1], text, pending_name[0])
                self.extraction.place(index + 1, "post")
            pending_name = None
            if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-zA-Z'\-]+", text):
                pending_name = (index + 1, text)
        divisions = [unit.name for unit in self.extraction.units if unit.parent == directorate]
        current: str | None = None
        for index, text in iter_nonblank(self.lines, start, end):
            service = re.match(r"^([A-Z][\w'’ ]{2,60}?): (.+)$", text)
            if not service:
                continue
            name, description = service.group(1), service.group(2)
            current = _division_for(name, divisions) or current
            if name in divisions:
                self._describe_unit(name, description)
            elif current:
                self.extraction.units.append(OrgUnit(name, index + 1, current, description))

    def _add_director(self, name: str, post_title: str, line: int) -> None:
        if any(post.title == post_title and post.holder == name for post in self.extraction.posts):
            self.extraction.place(line, "post")
            return
        unit = post_title.split(", ", 1)[1]
        parent = "Children's Services"
        if not post_title.startswith("Strategic") and unit != parent:
            self.extraction.units.append(OrgUnit(unit, line, parent))
        self.extraction.posts.append(Post(post_title, line, unit=unit, holder=name))
        self.extraction.people.setdefault(name, line)

    def _describe_unit(self, name: str, description: str) -> None:
        for position, unit in enumerate(self.extraction.units):
            if unit.name == name:
                self.extraction.units[position] = OrgUnit(
                    unit.name, unit.source_line, unit.parent, description
                )

    # -- outcomes of the Borough Plan ------------------------------------------------------------

    def _outcome(
        self, key: str, label: str, line: int, broader: str | None = None, notation: str | None = None
    ) -> OutcomeLink:
        if key not in self.outcomes:
            self.outcomes[key] = Outcome(SCHEME, SCHEME_LABEL, key, label, line, notation, broader)
        return OutcomeLink(SCHEME, key)

    def _borough_plan_links(self, cell: str, line: int) -> list[OutcomeLink]:
        """Return the Borough Plan pillars, goals and values a cell names.

        "Pillar 2: goals 2.1, 2,2 and 2,4" names goals 2.1, 2.2 and 2.4 (a comma inside a goal
        number is a misprinted point); a pillar with no goals listed is linked itself.
        """
        links: list[OutcomeLink] = []
        rest = cell
        for value in BOROUGH_PLAN_VALUES:
            if value.casefold() in rest.casefold():
                links.append(self._outcome(slugify(value), value, line))
                rest = re.sub(re.escape(value), " ", rest, flags=re.IGNORECASE)
        pillar_parts = re.split(r"(?=Pillar\s*\d)", rest)
        for part in pillar_parts:
            pillar = re.match(r"Pillar\s*(\d)", part)
            goals = re.findall(r"\b(\d)\s*[.,]\s*(\d)\b", part)
            if pillar:
                number = pillar.group(1)
                pillar_link = self._outcome(f"pillar-{number}", f"Pillar {number}", line, notation=number)
                if not goals:
                    links.append(pillar_link)
            for major, minor in goals:
                broader = f"pillar-{major}"
                self._outcome(broader, f"Pillar {major}", line, notation=major)
                links.append(
                    self._outcome(
                        f"goal-{major}-{minor}", f"Goal {major}.{minor}", line, broader, f"{major}.{minor}"
                    )
                )
        unique = list(dict.fromkeys(links))
        if not unique and clean_text(cell):
            self.extraction.warn(line, f"Borough Plan cell not understood: {clean_text(cell)!r}")
        return unique

    # -- tables ------------------------------------------------------------------------------

    def _read_objectives(self) -> None:
        for table in self._tables("Directorate Objectives", "ref"):
            for row in table.rows:
                ref = normalise_ref(row.cell(0), 2)
                if not ref:
                    self.extraction.warn(row.line, f"objective row without a reference: {row.cell(0)!r}")
                    continue
                self.extraction.priorities.append(
                    Priority(
                        key=ref.lower(),
                        ref=ref,
                        label=row.cell(1),
                        source_line=row.line,
                        contributes_to=self._borough_plan_links(row.cell(2), row.line),
                        section="Directorate Objectives",
                    )
                )

    def _read_activities(self) -> None:
        objectives = {priority.ref for priority in self.extraction.priorities}
        seen: set[str] = set()
        for table in self._tables("Key Activities", "ref"):
            column = self._activity_columns(table)
            for row in table.rows:
                ref = normalise_ref(row.cell(0), 2) if row.cell(0) else None
                key = ref.lower() if ref else slugify(_cell(row, column["activity"]))
                if key in seen:
                    self.extraction.warn(row.line, f"activity {key!r} printed twice; second kept apart")
                    key = f"{key}-line-{row.line}"
                seen.add(key)
                action = Action(
                    key=key,
                    ref=ref,
                    label=_cell(row, column["activity"]),
                    source_line=row.line,
                    action_type=_cell(row, column["type"]) or None,
                    section="Key Activities",
                    is_project=_cell(row, column["type"]) in ("Project", "Programme"),
                )
                action.owners = self._owners(
                    _cell(row, column["responsible"]), OwnerRole.RESPONSIBLE, row.line
                )
                action.owners += self._owners(_cell(row, column["member"]), OwnerRole.LEAD_MEMBER, row.line)
                action.supports, stray = self._objective_refs(
                    _cell(row, column["objective"]), objectives, row.line
                )
                action.related_outcomes = self._borough_plan_links(_cell(row, column["borough"]), row.line)
                for link in self._borough_plan_links(stray, row.line) if stray else []:
                    if link not in action.related_outcomes:
                        action.related_outcomes.append(link)
                self.extraction.actions.append(action)

    def _activity_columns(self, table: Table) -> dict[str, int | None]:
        """Return where each Key Activities column is, found by its heading (``None``: not printed).

        Found by heading, not position, so that a table that lost a column in extraction leaves
        those cells empty, with a warning, instead of reading the next column's names as owners.
        """
        column: dict[str, int | None] = {}
        for name, word in _ACTIVITY_HEADINGS:

            def holds_word(heading: str, word: str = word) -> bool:
                return word in heading.casefold()

            column[name] = table.column(holds_word)
            if column[name] is None:
                self.extraction.warn(
                    table.header_line,
                    f"activity table has no column headed {word!r}; its cells are left empty",
                )
        return column

    def _objective_refs(self, cell: str, known: set[str | None], line: int) -> tuple[list[str], str]:
        """Return the objective keys a cell names, and any text that is not an objective."""
        keys: list[str] = []
        stray: list[str] = []
        for part in re.split(r"[,;/]|\band\b", cell):
            part = part.strip()
            if not part:
                continue
            ref = normalise_ref(part, 2)
            if ref and ref in known:
                keys.append(ref.lower())
            else:
                stray.append(part)
        if stray:
            self.extraction.warn(
                line, f"directorate-objective cell holds {', '.join(stray)!r}, not an objective"
            )
        return keys, " ".join(stray)

    def _owners(self, cell: str, role: OwnerRole, line: int) -> list[Owner]:
        text = clean_text(cell)

        def directors_or_unit(name: str) -> list[Owner] | None:
            if name.casefold() == ALL_DIRECTORS:
                return [
                    Owner(post.title, OwnerKind.POST, role, text)
                    for post in self.extraction.posts
                    if post.title.startswith("Director,")
                ]
            if classify_owner(name) is OwnerKind.UNIT:
                return [Owner(name[:1].upper() + name[1:], OwnerKind.UNIT, role, text)]
            return None

        owners, _ = read_owner_cell(
            text,
            role,
            read_as=directors_or_unit,
            on_person=lambda name: self.extraction.people.setdefault(name, line),
        )
        return owners

    def _read_indicators(self) -> None:
        group: str | None = None
        for table in self._tables("Performance Monitoring", "current performance indicator"):
            outturn_column = table.column(lambda heading: "outturn" in heading.casefold())
            period = parse_period(table.header[outturn_column]) if outturn_column is not None else None
            for row in table.rows:
                if row.is_subheading:
                    group = row.cell(0)
                    self.extraction.place(row.line, "table subheading")
                    continue
                self.extraction.indicators.append(self._indicator(row, period, group))

    def _indicator(self, row: Row, period: str | None, group: str | None) -> Indicator:
        code, label = split_indicator_code(row.cell(0))
        indicator = Indicator(
            key=slugify(code) if code else slugify(label),
            ref=code,
            label=label,
            source_line=row.line,
            indicator_type=row.cell(3) or None,
            section=group,
        )
        indicator.owners = self._owners(row.cell(2), OwnerRole.INDICATOR_OWNER, row.line)
        indicator.measures_outcomes = self._borough_plan_links(row.cell(3), row.line)
        raw = row.cell(1)
        if raw:
            value = parse_decimal(raw)
            indicator.observations.append(
                Observation(
                    MeasureType.OUTTURN,
                    raw,
                    row.line,
                    period,
                    value,
                    infer_unit(label, raw) if value is not None else None,
                )
            )
        else:
            self.extraction.warn(row.line, f"indicator {code or label!r} has no outturn printed")
        return indicator

    def _read_budget(self) -> None:
        start, end = self._section("Finance")
        period = None
        for index, text in iter_nonblank(self.lines, start, end):
            if "\t" not in self.lines[index] and parse_period(text):
                period = period or parse_period(text)
                self.extraction.place(index + 1, "table title")
        for table in read_tables(
            self.lines, start, end, lambda row: row.cell(0) == "" and len(row.cells) > 3
        ):
            self.extraction.place(table.header_lines, "table header")
            for row in table.rows:
                line = BudgetLine(row.cell(0), row.line, period)
                line.amounts = self._amounts(table.header, row, range(1, len(table.header)), period)
                self.extraction.budget_lines.append(line)

    def _amounts(self, header: Sequence[str], row: Row, columns: range, period: str | None) -> list[Amount]:
        amounts: list[Amount] = []
        for column in columns:
            raw = row.cell(column)
            heading = header[column] if column < len(header) else ""
            if not raw or not heading:
                continue
            value = parse_decimal(raw)
            if value is None and re.search(r"\d", raw):
                self.extraction.warn(row.line, f"amount {raw!r} under {heading!r} is not a number as printed")
            if value is not None and "£'000" in heading:
                # Savings columns are headed £'000 but budgets in them are printed in full pounds.
                value = value if abs(value) >= 100_000 else value * 1000
            amounts.append(
                Amount(
                    amount_type=heading,
                    raw_value=raw,
                    source_line=row.line,
                    period=parse_period(heading) or period,
                    value=value,
                )
            )
        return amounts

    def _read_savings(self) -> None:
        tables = self._tables("Saving Proposals", "ref")
        header = max((table.header for table in tables), key=lambda cells: sum(bool(c) for c in cells))
        for table in tables:
            for row in table.rows:
                label = row.cell(1)
                proposal = SavingProposal(
                    ref=row.cell(0) or None,
                    label=label,
                    source_line=row.line,
                    details=row.cell(len(header) - 1) or None,
                )
                proposal.amounts = self._amounts(header, row, range(2, len(header) - 1), None)
                self.extraction.savings.append(proposal)

    def _read_contracts(self) -> None:
        for table in self._tables("Key Contracts", "contract"):
            for row in table.rows:
                raw_value = row.cell(2)
                end_text = row.cell(3)
                contract = Contract(
                    label=row.cell(0),
                    source_line=row.line,
                    supplier=row.cell(1) or None,
                    annual_value=(
                        Amount("Annual Value", raw_value, row.line, value=parse_decimal(raw_value))
                        if raw_value
                        else None
                    ),
                    end_date_text=end_text or None,
                    end_date=parse_due(end_text) if end_text else None,
                )
                contract.owners = self._owners(row.cell(4), OwnerRole.RESPONSIBLE, row.line)
                self.extraction.contracts.append(contract)

    def _read_workforce(self) -> None:
        """The workforce snapshot: each measure becomes an indicator with one outturn."""
        for table in self._tables("Workforce", "workforce"):
            snapshot = table.header[1] if len(table.header) > 1 else ""
            stated = parse_due(snapshot)
            if isinstance(stated, tuple):
                period: str | None = financial_year_of(*stated)
            elif stated is not None:
                period = financial_year_of(stated.year, stated.month)
            else:
                period = None
            for row in table.rows:
                raw = row.cell(1)
                number = re.match(r"^\s*([\d,.]+)", raw)
                value = parse_decimal(number.group(1)) if number else None
                label = row.cell(0)
                self.extraction.indicators.append(
                    Indicator(
                        key=slugify(label),
                        label=label,
                        source_line=row.line,
                        indicator_type="Workforce",
                        section=f"Workforce ({snapshot})" if snapshot else "Workforce",
                        observations=[
                            Observation(
                                MeasureType.OUTTURN,
                                raw,
                                row.line,
                                period,
                                value,
                                "days" if "days" in label.casefold() else "count",
                            )
                        ],
                    )
                )

    def _read_risks(self) -> None:
        for table in self._tables("Directorate risks and mitigation", "ref"):
            for row in table.rows:
                risk = Risk(
                    ref=row.cell(0),
                    label=row.cell(1),
                    source_line=row.line,
                    rating=parse_leading_integer(row.cell(2)),
                    target_rating=parse_leading_integer(row.cell(3)),
                    mitigation=row.cell(4) or None,
                )
                risk.owners = self._owners(row.cell(5), OwnerRole.RISK_OWNER, row.line)
                self.extraction.risks.append(risk)


def _cell(row: Row, index: int | None) -> str:
    """Return the row's cell at ``index``, or ``""`` for a column the table does not print."""
    return row.cell(index) if index is not None else ""


_ACTIVITY_HEADINGS = (
    ("activity", "activity"),
    ("type", "programme"),
    ("responsible", "responsible"),
    ("member", "member"),
    ("objective", "directorate"),
    ("borough", "borough"),
)
"""The Key Activities columns after the reference, in printed order: a word each one's heading holds."""


def _division_for(service: str, divisions: Sequence[str]) -> str | None:
    """Return the division a service belongs to by its name: equal, or sharing a distinctive word."""
    if service in divisions:
        return service
    words = {
        word for word in re.findall(r"[a-z]+", service.casefold()) if word not in {"children", "s", "and"}
    }
    for division in divisions:
        if words & set(re.findall(r"[a-z]+", division.casefold())):
            return division
    return None
