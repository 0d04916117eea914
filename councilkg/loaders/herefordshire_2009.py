"""Loader for Herefordshire's Children and Young People's Directorate Plan 2009-2011 layout.

Plain text extracted from a PDF: numbered sections ("1.1 Vision and priorities"), a directorate
leadership team listed as "Name (Post)", and for each DIRECTORATE PRIORITY a block of tables
(its Local Area Agreement and Children and Young People's Plan priorities with their Every Child
Matters outcome, an indicator table, an action plan whose bullets lost their markers, and its
financial, staffing and risk implications), then the major projects, the APA grades, the risk
register (CYP1..), partner-supplied indicators and environmental impacts in appendices.
Table rows continue after page breaks and owner cells are split over several rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from councilkg.documents.document import Document
from councilkg.documents.tables import Row, split_row
from councilkg.errors import LoaderError
from councilkg.loaders.model import (
    Action,
    CitedPlan,
    Extraction,
    Indicator,
    MeasureType,
    Observation,
    OrgUnit,
    Outcome,
    OutcomeLink,
    Owner,
    OwnerRole,
    PartnerBody,
    PlanInfo,
    Post,
    Priority,
    Risk,
    Vision,
)
from councilkg.loaders.parsing.cells import split_action_items, split_dates, split_run_on, strip_bullet
from councilkg.loaders.parsing.columns import (
    MEASURE_TYPES,
    OWNER_ROLES,
    Column,
    ColumnMap,
    ColumnRole,
    is_header_row,
    map_columns,
)
from councilkg.loaders.parsing.numbers import infer_unit, parse_decimal, parse_leading_integer
from councilkg.loaders.parsing.owners import (
    owner_fragment_is_complete,
    read_owner_cell,
    split_listed_names,
)
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text, ends_mid_phrase, national_code, slugify

AUTHORITY = "herefordshire"
DIRECTORATE = "Children and Young People's Directorate"

#: Outcome frameworks the priority blocks name, by the label of their row.
LAA_ROW = "Local Area Agreement"
LAA_SCHEME = ("herefordshire-laa", "Herefordshire Local Area Agreement")
CYPP_ROW = "Children and Young People's Plan priorities"
CYPP_SCHEME = ("herefordshire-cypp-2008-11", "Herefordshire Children and Young People's Plan 2008-2011")

#: Every Child Matters outcomes as this plan spells them, to the keys of the ecm framework.
ECM_OUTCOMES: tuple[tuple[str, str], ...] = (
    (r"Be(?:ing)? Healthy", "be-healthy"),
    (r"Stay(?:ing)? Safe", "stay-safe"),
    (r"Enjoy(?:ing)? and Achiev(?:e|ing)", "enjoy-and-achieve"),
    (r"(?:Make a |Making a )?Positive Contribution", "positive-contribution"),
    (r"(?:Achiev(?:e|ing) )?Economic Well-?being", "economic-wellbeing"),
)
#: The Children and Young People's Plan's own outcome beside the five (a CYPP concept, not ECM).
SERVICE_MANAGEMENT = "Service management"

#: Plans this plan cites: (pattern, slug, plan type).
CITED_PLANS: tuple[tuple[str, str, str], ...] = (
    (r"Children and Young People's Plan \d{4}-\d{4}", "cypp-2008-11", "ChildrenAndYoungPeoplesPlan"),
    (r"Local Area Agreement", "local-area-agreement", "LocalAreaAgreement"),
    (r"Herefordshire Community Strategy", "community-strategy", "CommunityStrategy"),
    (r"Corporate Plan", "corporate-plan", "CorporatePlan"),
)

ENVIRONMENT_COLUMNS = ("Activity", "Impact", "Significance", "Legal status", "Procedures", "Targets")
ENVIRONMENT_SUPER_HEADER = "How is this aspect controlled?"

_TITLE = re.compile(r"Children and Young People's Directorate Plan (\d{4})-(\d{4})", re.IGNORECASE)
_SECTION = re.compile(r"^Section (\d)\b")
_SUBSECTION = re.compile(r"^(\d\.\d)\s+[A-Z]")
_APPENDIX = re.compile(r"^Appendix (\d)\b")
_NAME_AND_POST = re.compile(r"^(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)+) \((?P<post>[^()]+)\)$")
_PRIORITY_MARK = "DIRECTORATE PRIORITY"
_RATING_LEVEL = re.compile(r"\b(VERY HIGH|HIGH|MEDIUM|LOW)\b", re.IGNORECASE)


class HerefordshireDirectoratePlan2009:
    """Reads Herefordshire's Children and Young People's Directorate Plan 2009-2011."""

    name = "herefordshire-directorate-2009"
    description = (
        "Herefordshire Children and Young People's Directorate Plan 2009-2011 (DIRECTORATE PRIORITY blocks)"
    )

    def sniff(self, document: Document) -> float:
        """Return how sure this loader is that ``document`` is in this layout (1.0 for the plan)."""
        head = "\n".join(document.lines[:5])
        score = 0.0
        if _TITLE.search(head):
            score += 0.6
        if _PRIORITY_MARK in document.text:
            score += 0.2
        if "Herefordshire" in document.text:
            score += 0.2
        return round(score, 2)

    def load(self, document: Document) -> Extraction:
        """Return everything this loader extracts from the plan.

        Raises:
            LoaderError: the plan's title is not on its first lines.
        """
        return _PlanReader(document).read()


# --- the reader ---------------------------------------------------------------------------------


@dataclass
class _OwnerCell:
    """An owner cell of an action table, possibly printed over several rows."""

    text: str
    line: int
    lines: list[int] = field(default_factory=list)


@dataclass
class _PlannedAction:
    """An action read from a row, with the owner cells in force where it was printed."""

    action: Action
    owner_cells: dict[ColumnRole, _OwnerCell]
    dated: bool


@dataclass
class _ListedPriority:
    """A priority named in a "Our priorities for 2009/2011" table."""

    label: str
    line: int
    group: str | None


class _PlanReader:
    """One pass over one document; holds what is found so far."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = document.lines
        self.extraction = Extraction(plan=self._plan_info(), loader=HerefordshireDirectoratePlan2009.name)
        self.headings = self._find_headings()
        self.outcomes: dict[tuple[str, str], Outcome] = {}
        self.posts: dict[str, str] = {}  # normalised title -> title as kept
        self.unit_names: set[str] = set()
        self.listed: list[_ListedPriority] = []
        self.priority_by_area: dict[str, list[str]] = {}
        self.keys: dict[str, set[str]] = {}

    # -- layout ------------------------------------------------------------------------------

    def read(self) -> Extraction:
        """Return the extraction of the whole plan."""
        self._read_furniture()
        self._read_leadership_team()
        self._read_vision_and_listed_priorities()
        self._read_team_plans()
        self._read_working_together()
        self._read_apa_judgements()
        self._read_guidance_and_assessments()
        self._read_new_teams()
        self._read_priority_blocks()
        self._read_listed_only_priorities()
        self._read_major_projects()
        self._read_apa_outcomes()
        self._read_risk_register()
        self._read_partner_indicators()
        self._read_environmental_impacts()
        self.extraction.outcomes = sorted(self.outcomes.values(), key=lambda o: o.source_line)
        return self.extraction

    def _find_headings(self) -> dict[str, int]:
        """Return the 0-based line of each heading: "1", "1.1", "A1", "contents", "appendices", "dlt"."""
        headings: dict[str, int] = {}
        named = {
            "contents": "contents",
            "appendices": "appendices",
            "directorate leadership team:": "dlt",
        }
        for index, raw in enumerate(self.lines):
            if "\t" in raw:
                continue
            text = clean_text(raw)
            key: str | None = named.get(text.casefold())
            for pattern, prefix in ((_SECTION, ""), (_SUBSECTION, ""), (_APPENDIX, "A")):
                match = pattern.match(text)
                if match:
                    key = prefix + match.group(1)
            if key and key not in headings:
                headings[key] = index
                self.extraction.place(index + 1, "heading")
        return headings

    def _range(self, key: str) -> tuple[int, int] | None:
        """Return the 0-based line range after a heading up to the next heading, or ``None``."""
        if key not in self.headings:
            self.extraction.warn(1, f"heading {key!r} not found; its part of the plan was not read")
            return None
        start = self.headings[key]
        later = [index for index in self.headings.values() if index > start]
        return start + 1, min(later, default=len(self.lines))

    def _key(self, kind: str, key: str, line: int) -> str:
        """Return ``key``, or ``key-line-N`` when an item of the same kind already has it."""
        seen = self.keys.setdefault(kind, set())
        if key in seen:
            self.extraction.warn(line, f"{kind} key {key!r} printed twice; the second is kept apart")
            key = f"{key}-line-{line}"
        seen.add(key)
        return key

    def _tab_rows(self, start: int, end: int) -> list[Row]:
        return [
            split_row(self.lines[index], index + 1)
            for index in range(start, min(end, len(self.lines)))
            if "\t" in self.lines[index] and clean_text(self.lines[index])
        ]

    # -- plan, furniture, organisation --------------------------------------------------------------

    def _plan_info(self) -> PlanInfo:
        for index, line in enumerate(self.lines[:5]):
            match = _TITLE.search(line)
            if match:
                start, end = int(match.group(1)), int(match.group(2))
                return PlanInfo(
                    authority=AUTHORITY,
                    slug=f"cyp-directorate-plan-{start}-{end % 100:02d}",
                    title=clean_text(line),
                    plan_type="DirectoratePlan",
                    start_year=start,
                    end_year=end,
                    source_line=index + 1,
                    draws_on=self._cited_plans(),
                )
        raise LoaderError(
            self.document.path, "title 'Children and Young People's Directorate Plan YYYY-YYYY' not found"
        )

    def _cited_plans(self) -> tuple[CitedPlan, ...]:
        cited: list[CitedPlan] = []
        for pattern, slug, plan_type in CITED_PLANS:
            match = re.search(pattern, self.document.text)
            if match:
                cited.append(CitedPlan(slug, match.group(), plan_type))
        return tuple(cited)

    def _read_furniture(self) -> None:
        """Contents page, strapline, running headers and the document-control footer."""
        contents = self.headings.get("contents")
        if contents is not None:
            end = min((i for i in self.headings.values() if i > contents), default=len(self.lines))
            self.extraction.place(range(contents + 1, end + 1), "contents")
        title = self.extraction.plan.title.casefold()
        for index, raw in enumerate(self.lines):
            text = clean_text(raw)
            if index + 1 == self.extraction.plan.source_line or not text:
                continue
            if text.casefold() == title:
                self.extraction.place(index + 1, "running header")
            elif index < 5 and "\t" not in raw:
                self.extraction.place(index + 1, "strapline")
            elif text.casefold() == "please note:":
                self.extraction.place(index + 1, "heading")
            elif text.startswith("Document control"):
                self.extraction.place(index + 1, "document control")
                contact = re.search(r"Contact:\s*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)+), ([^,]+?),", text)
                if contact:
                    self._add_post(contact.group(2), index + 1, contact.group(1), unit=None)

    def _add_post(self, title: str, line: int, holder: str, unit: str | None) -> None:
        interim = re.match(r"^Interim\s+", title)
        kept = title[interim.end() :] if interim else title
        self.extraction.posts.append(
            Post(kept, line, unit=unit, holder=holder, description="Interim" if interim else None)
        )
        self.extraction.people.setdefault(holder, line)
        self.posts.setdefault(_normal_title(kept), kept)

    def _add_unit(
        self, name: str, line: int, parent: str | None = None, description: str | None = None
    ) -> None:
        if name in self.unit_names:
            self.extraction.place(line, "unit (named again)")
            return
        self.unit_names.add(name)
        self.extraction.units.append(OrgUnit(name, line, parent, description))

    def _read_leadership_team(self) -> None:
        """ "Name (Post)" lines: posts held by people, and the divisions the heads lead."""
        span = self._range("dlt")
        if span is None:
            return
        directorate_line = next(
            (
                i + 1
                for i, line in enumerate(self.lines)
                if re.search(rf"\bThe {DIRECTORATE}\b(?! Plan)", line)
            ),
            span[0],
        )
        self._add_unit(DIRECTORATE, directorate_line)
        self._add_unit("Directorate Leadership Team", span[0], DIRECTORATE)
        for index in range(*span):
            match = _NAME_AND_POST.match(clean_text(self.lines[index]))
            if not match:
                continue
            title = match.group("post")
            division = re.match(r"^(?:Interim\s+)?Head of (.+)$", title)
            unit = division.group(1) if division else DIRECTORATE
            if division:
                self._add_unit(unit, index + 1, DIRECTORATE)
            self._add_post(title, index + 1, match.group("name"), unit)
        if not self.extraction.posts:
            self.extraction.warn(span[0], "no 'Name (Post)' lines under the Directorate Leadership Team")

    def _read_vision_and_listed_priorities(self) -> None:
        for key, what in (("1.1", "vision"), ("4.1", "vision (repeated)")):
            span = self._range(key)
            if span is None:
                continue
            start, end = span
            for index in range(start, end):
                text = clean_text(self.lines[index])
                if text.startswith("Our vision is"):
                    self._read_vision(index, end, what)
                elif text.startswith("Our priorities for"):
                    self.extraction.place(index + 1, "heading")
                    self._read_priority_list(index + 1, end)

    def _read_vision(self, index: int, end: int, what: str) -> None:
        bullets: list[str] = []
        for later in range(index + 1, end):
            text = clean_text(self.lines[later])
            if not text:
                continue
            had_marker, item = strip_bullet(text)
            if not had_marker:
                break
            bullets.append(item)
            self.extraction.place(later + 1, what)
        statement = clean_text(self.lines[index])
        if bullets:
            statement = f"{statement} {'; '.join(bullets)}"
        if self.extraction.vision is None:
            self.extraction.vision = Vision(statement, index + 1)
        else:
            self.extraction.place(index + 1, what)

    def _read_priority_list(self, start: int, end: int) -> None:
        """The "For ... | To ... To ..." table: groups of priorities, their text run together."""
        group: str | None = None
        first = not self.listed
        for row in self._tab_rows(start, end):
            self.extraction.place(row.line, "priority list")
            head = row.cell(0)
            if head:
                group = f"{group} {head}" if group and ends_mid_phrase(group) else head
            if not first:
                continue
            for label in _split_priorities(row.cell(1)):
                self.listed.append(_ListedPriority(label, row.line, group))

    def _read_team_plans(self) -> None:
        span = self._range("1.2")
        if span is None:
            return
        start, end = span
        opening = next(
            (i for i in range(start, end) if "network of team plans" in self.lines[i]),
            None,
        )
        if opening is None:
            self.extraction.warn(start, "the list of team plans was not found in section 1.2")
            return
        for index in range(opening + 1, end):
            name = clean_text(self.lines[index])
            if name:
                self._add_unit(name, index + 1, DIRECTORATE)

    def _read_new_teams(self) -> None:
        """Section 3.4: "the creation of the following teams within <division>:" and its bullets."""
        span = self._range("3.4")
        if span is None:
            return
        parent: str | None = None
        for index in range(*span):
            text = clean_text(self.lines[index])
            match = re.search(r"following teams within ([A-Z][\w ,']+?):", text)
            if match:
                parent = match.group(1)
                continue
            had_marker, name = strip_bullet(text)
            if parent and had_marker:
                self.extraction.place(index + 1, "unit")
                if name in self.unit_names:
                    self.extraction.units = [
                        OrgUnit(u.name, u.source_line, parent, u.description) if u.name == name else u
                        for u in self.extraction.units
                    ]
                else:
                    self._add_unit(name, index + 1, parent)
            elif text:
                parent = None

    def _read_working_together(self) -> None:
        """Section 1.4: Children's Trust members and the other directorates' areas of joint working."""
        span = self._range("1.4")
        if span is None:
            return
        start, end = span
        for index in range(start, end):
            text = clean_text(self.lines[index])
            members = re.match(r"^Membership of the Children's Trust includes\s+(.+)$", text)
            if members:
                for item in split_listed_names(members.group(1)):
                    name, _, detail = item.partition(", ")
                    name = name[:1].upper() + name[1:]
                    self.extraction.partners.append(PartnerBody(name, index + 1, detail or None))
        pairs: list[tuple[int, int]] = []
        for row in self._tab_rows(start, end):
            if row.cell(0) == "Directorate" and "Areas of joint working" in row.cells:
                pairs = [(i, i + 1) for i, cell in enumerate(row.cells) if cell == "Directorate"]
                self.extraction.place(row.line, "table header")
                continue
            if not pairs:
                self.extraction.warn(row.line, f"row before any joint-working header: {row.cell(0)!r}")
                self.extraction.place(row.line, "unread row")
                continue
            placed = False
            for name_index, areas_index in pairs:
                if row.cell(name_index):
                    self._add_unit(row.cell(name_index), row.line, None, row.cell(areas_index) or None)
                    placed = True
            if not placed:
                self.extraction.place(row.line, "unit")

    def _read_guidance_and_assessments(self) -> None:
        """Tables read only as what they are: national guidance by outcome, inspection and RAG ratings."""
        for key, what in (("3.2", "national guidance by outcome"), ("2.6", "external assessment ratings")):
            span = self._range(key)
            if span is None:
                continue
            for index in range(*span):
                raw = self.lines[index]
                text = clean_text(raw)
                if "\t" in raw and text:
                    self.extraction.place(index + 1, what)
                elif text.casefold() == SERVICE_MANAGEMENT.casefold() or (
                    len(_ecm_keys(text)) == 1 and len(text.split()) <= 4
                ):
                    self.extraction.place(index + 1, f"{what} heading")
        span = self._range("1.2")
        if span:
            for index in range(*span):
                had_marker, item = strip_bullet(clean_text(self.lines[index]))
                if had_marker and _ecm_keys(item):
                    self.extraction.place(index + 1, "ECM outcome list")

    # -- outcomes ----------------------------------------------------------------------------------

    def _outcome(
        self, scheme: tuple[str, str], label: str, line: int, broader: str | None = None
    ) -> OutcomeLink:
        key = slugify(label, 60)
        if (scheme[0], key) not in self.outcomes:
            self.outcomes[(scheme[0], key)] = Outcome(scheme[0], scheme[1], key, label, line, broader=broader)
        return OutcomeLink(scheme[0], key)

    # -- priorities --------------------------------------------------------------------------------

    def _read_priority_blocks(self) -> None:
        span = self._range("4.3")
        if span is None:
            return
        start, end = span
        marks = [
            index for index in range(start, end) if clean_text(self.lines[index]).startswith(_PRIORITY_MARK)
        ]
        if not marks:
            self.extraction.warn(start, "no DIRECTORATE PRIORITY blocks under 4.3")
        for position, mark in enumerate(marks):
            block_end = marks[position + 1] if position + 1 < len(marks) else end
            self._read_priority_block(mark, block_end)

    def _read_priority_block(self, mark: int, end: int) -> None:
        row = split_row(self.lines[mark], mark + 1)
        label = clean_text(" ".join(row.cells))[len(_PRIORITY_MARK) :].strip()
        listed = self._match_listed(label)
        priority = Priority(
            key=self._key("priority", slugify(re.sub(r"^To\s+", "", label), 40), mark + 1),
            label=label,
            source_line=mark + 1,
            section=self._heading_text("4.3"),
            description=listed.group if listed else None,
        )
        if listed:
            self.extraction.place(listed.line, "priority list")
        self.extraction.priorities.append(priority)
        mode: str | None = None
        columns: ColumnMap | None = None
        action_rows: list[Row] = []
        action_columns: ColumnMap | None = None
        for index in range(mark + 1, end):
            raw = self.lines[index]
            if "\t" not in raw or not clean_text(raw):
                continue
            row = split_row(raw, index + 1)
            first = row.cell(0)
            if first == LAA_ROW:
                self.extraction.place(row.line, "priority LAA link")
                for item in split_run_on(row.cell(1)):
                    priority.contributes_to.append(self._outcome(LAA_SCHEME, item, row.line))
            elif first.startswith(CYPP_ROW):
                self.extraction.place(row.line, "priority CYPP link")
                self._cypp_links(priority, row)
            elif first in ("Indicators", "Action plan") and not is_header_row(row.cells, ColumnRole.REF):
                self.extraction.place(row.line, "table heading")
            elif is_header_row(row.cells, ColumnRole.REF, ColumnRole.OUTTURN):
                mode, columns = "indicators", map_columns(row.cells)
                self.extraction.place(row.line, "table header")
            elif is_header_row(row.cells, ColumnRole.ACTION, ColumnRole.TIMESCALE):
                mode, action_columns = "actions", map_columns(row.cells)
                self.extraction.place(row.line, "table header")
            elif is_header_row(row.cells, ColumnRole.FINANCIAL):
                mode, columns = "implications", map_columns(row.cells)
                self.extraction.place(row.line, "table header")
            elif mode == "indicators" and columns is not None:
                self._indicator_row(row, columns, priority)
            elif mode == "actions":
                action_rows.append(row)
            elif mode == "implications" and columns is not None:
                self._implications(row, columns, priority)
            else:
                self.extraction.warn(row.line, f"row outside any table of the priority block: {first!r}")
                self.extraction.place(row.line, "unread row")
        if action_columns is not None:
            self._read_action_rows(action_rows, action_columns, priority)
        if not any(link.scheme == "ecm" for link in priority.contributes_to):
            self.extraction.warn(mark + 1, f"priority {label!r} names no Every Child Matters outcome")

    def _heading_text(self, key: str) -> str | None:
        index = self.headings.get(key)
        return clean_text(self.lines[index]) if index is not None else None

    def _match_listed(self, label: str) -> _ListedPriority | None:
        words = _words(label)
        best: tuple[float, _ListedPriority | None] = (0.0, None)
        for listed in self.listed:
            other = _words(listed.label)
            score = len(words & other) / max(1, len(words | other))
            if score > best[0]:
                best = (score, listed)
        if best[1] is not None and best[0] >= 0.7:
            self.listed.remove(best[1])
            return best[1]
        return None

    def _cypp_links(self, priority: Priority, row: Row) -> None:
        """The CYPP priorities cell and the cell beside it naming the ECM outcome(s) they serve."""
        for cell in row.cells[2:]:
            for key in _ecm_keys(cell):
                link = OutcomeLink("ecm", key)
                if link not in priority.contributes_to:
                    priority.contributes_to.append(link)
        broader = None
        if any(cell.casefold() == SERVICE_MANAGEMENT.casefold() for cell in row.cells[2:]):
            broader_link = self._outcome(CYPP_SCHEME, SERVICE_MANAGEMENT, row.line)
            broader = broader_link.key
        for item in _split_priorities(row.cell(1)):
            link = self._outcome(CYPP_SCHEME, item, row.line, broader)
            if link not in priority.contributes_to:
                priority.contributes_to.append(link)
        stray = [
            cell for cell in row.cells[2:] if cell and not _ecm_keys(cell) and cell != SERVICE_MANAGEMENT
        ]
        for cell in stray:
            self.extraction.warn(row.line, f"outcome cell {cell!r} is not an Every Child Matters outcome")

    def _read_listed_only_priorities(self) -> None:
        """Priorities named in the 1.1 table that no DIRECTORATE PRIORITY block details."""
        for listed in self.listed:
            self.extraction.priorities.append(
                Priority(
                    key=self._key("priority", slugify(re.sub(r"^To\s+", "", listed.label), 40), listed.line),
                    label=listed.label,
                    source_line=listed.line,
                    section=self._heading_text("1.1"),
                    description=listed.group,
                    listed_only=True,
                )
            )

    def _implications(self, row: Row, columns: ColumnMap, priority: Priority) -> None:
        self.extraction.place(row.line, "priority implications")
        for role, attribute in (
            (ColumnRole.FINANCIAL, "financial_implications"),
            (ColumnRole.STAFFING, "staffing_implications"),
            (ColumnRole.RISK_IMPLICATIONS, "risk_implications"),
        ):
            index = columns.index(role)
            text = row.cell(index) if index is not None else ""
            if text:
                earlier = getattr(priority, attribute)
                setattr(priority, attribute, f"{earlier} {text}" if earlier else text)

    # -- indicators --------------------------------------------------------------------------------

    def _indicator_row(
        self,
        row: Row,
        columns: ColumnMap,
        priority: Priority | None,
        section: str | None = None,
    ) -> Indicator | None:
        ref_index = columns.index(ColumnRole.REF)
        title_index = columns.index(ColumnRole.TITLE)
        if title_index is None:
            title_index = columns.index(ColumnRole.DESCRIPTION)
        ref = row.cell(ref_index) if ref_index is not None else ""
        label = row.cell(title_index) if title_index is not None else ""
        if not label:
            self.extraction.warn(row.line, f"indicator row without a definition: {ref!r}")
            self.extraction.place(row.line, "unread row")
            return None
        code = national_code(ref) if ref else None
        indicator = Indicator(
            key=self._key("indicator", slugify(ref or label), row.line),
            label=label,
            source_line=row.line,
            ref=ref or None,
            national_codes=[code] if code else [],
            section=section or (priority.section if priority else None),
        )
        if priority is not None:
            indicator.measures.append(priority.key)
            indicator.measures_outcomes = [link for link in priority.contributes_to if link.scheme == "ecm"]
        indicator.observations = self._observations(row, columns, label)
        self.extraction.indicators.append(indicator)
        return indicator

    def _observations(self, row: Row, columns: ColumnMap, label: str) -> list[Observation]:
        observations: list[Observation] = []
        last_outturn_period: str | None = None
        for column in columns.all(ColumnRole.OUTTURN, ColumnRole.TARGET, ColumnRole.COMPARATOR):
            if column.role is ColumnRole.OUTTURN:
                last_outturn_period = column.period
            raw = row.cell(column.index)
            if not raw:
                continue
            period = column.period
            if column.role is ColumnRole.COMPARATOR and period is None:
                period = last_outturn_period
            observations.append(
                self._observation(MEASURE_TYPES[column.role], raw, row.line, label, column, period)
            )
        return observations

    def _observation(
        self, measure: MeasureType, raw: str, line: int, label: str, column: Column, period: str | None
    ) -> Observation:
        value = parse_decimal(raw)
        if value is None and re.match(r"^[-+]?\d", raw):
            self.extraction.warn(line, f"value {raw!r} under {column.heading!r} is not a number as printed")
        return Observation(
            measure,
            raw,
            line,
            period=period,
            value=value,
            unit=infer_unit(label, raw) if value is not None else None,
            comparator_group=column.group if measure is MeasureType.COMPARATOR else None,
        )

    # -- action plans ------------------------------------------------------------------------------

    def _read_action_rows(self, rows: Sequence[Row], columns: ColumnMap, priority: Priority) -> None:
        """Group rows by project area (continued after page breaks and over split cells), then read each."""
        area_index = columns.index(ColumnRole.PROJECT_AREA)
        owner_columns = columns.all(*OWNER_ROLES)
        groups: list[tuple[str, list[Row]]] = []
        for row in rows:
            area = row.cell(area_index) if area_index is not None else ""
            if area and groups and self._continues_area(groups[-1], row, area, owner_columns):
                name, group_rows = groups[-1]
                groups[-1] = (f"{name} {area}", [*group_rows, row])
            elif area:
                groups.append((area, [row]))
            elif groups:
                groups[-1][1].append(row)
            else:
                self.extraction.warn(row.line, "action row before any project area")
                groups.append(("Unnamed project area", [row]))
        for name, group_rows in groups:
            self._read_project_area(name, group_rows, columns, priority)

    @staticmethod
    def _continues_area(
        group: tuple[str, list[Row]], row: Row, area: str, owner_columns: Sequence[Column]
    ) -> bool:
        name, group_rows = group
        if area[:1].islower() or ends_mid_phrase(name):
            return True
        last = group_rows[-1]
        return any(
            ends_mid_phrase(last.cell(column.index)) and row.cell(column.index) for column in owner_columns
        )

    def _read_project_area(
        self, area: str, rows: Sequence[Row], columns: ColumnMap, priority: Priority
    ) -> None:
        action_index = columns.index(ColumnRole.ACTION)
        timescale_index = columns.index(ColumnRole.TIMESCALE)
        owner_columns = columns.all(*OWNER_ROLES)
        current: dict[ColumnRole, _OwnerCell] = {}
        planned: list[_PlannedAction] = []
        undated: list[_PlannedAction] = []
        area_key = slugify(area, 40)
        self.priority_by_area.setdefault(_area_name(area), []).append(priority.key)
        for row in rows:
            for column in owner_columns:
                self._owner_fragment(current, column, row)
            text = row.cell(action_index) if action_index is not None else ""
            dates = split_dates(row.cell(timescale_index)) if timescale_index is not None else []
            if text[:1].islower() and planned:
                previous = planned[-1].action
                previous.label = f"{previous.label} {text}"
                self.extraction.place(row.line, "action (continued)")
                self._date_undated(undated, dates, row.line)
                continue
            if not text:
                self.extraction.place(row.line, "action owners (continued)")
                if dates:
                    self._date_undated(undated, dates, row.line)
                continue
            items = split_action_items(text, len(dates) or None)
            if len(dates) > len(items):
                self.extraction.warn(
                    row.line,
                    f"{len(dates)} timescales {dates!r} for {len(items)} actions; the extra ones are kept",
                )
            for position, item in enumerate(items):
                if len(dates) == 1:
                    timescale: str | None = dates[0]
                elif position < len(dates):
                    timescale = " ".join(dates[position:]) if position == len(items) - 1 else dates[position]
                else:
                    timescale = None
                action = Action(
                    key=self._key("action", f"{area_key}-{len(planned) + 1}", row.line),
                    label=item,
                    source_line=row.line,
                    supports=[priority.key],
                    section=area,
                )
                self._set_timescale(action, timescale)
                entry = _PlannedAction(action, dict(current), timescale is not None)
                planned.append(entry)
                if timescale is None:
                    undated.append(entry)
        for entry in undated:
            self.extraction.warn(
                entry.action.source_line, f"action {entry.action.label[:60]!r} has no timescale"
            )
        for entry in planned:
            for role, cell in entry.owner_cells.items():
                owners, partners = self._owners(cell.text, OWNER_ROLES[role], cell.line)
                entry.action.owners += [owner for owner in owners if owner not in entry.action.owners]
                entry.action.partners += [name for name in partners if name not in entry.action.partners]
            self.extraction.actions.append(entry.action)

    def _owner_fragment(self, current: dict[ColumnRole, _OwnerCell], column: Column, row: Row) -> None:
        """Read one owner cell of a row: a new owner, the rest of a split one, or OCR residue."""
        text = row.cell(column.index)
        if not text:
            return
        pending = current.get(column.role)
        if pending is not None and not owner_fragment_is_complete(pending.text):
            pending.text = f"{pending.text} {text}"
            pending.lines.append(row.line)
            self.extraction.place(row.line, "owner (continued)")
        elif pending is not None and len(text.split()) == 1:
            self.extraction.warn(row.line, f"owner cell {text!r} read as residue of {pending.text!r}")
            self.extraction.place(row.line, "owner (residue)")
        else:
            current[column.role] = _OwnerCell(text, row.line, [row.line])

    def _date_undated(self, undated: list[_PlannedAction], dates: list[str], line: int) -> None:
        for date_text in dates:
            if not undated:
                self.extraction.warn(line, f"timescale {date_text!r} has no action beside it")
                continue
            entry = undated.pop(0)
            self._set_timescale(entry.action, date_text)
            entry.dated = True

    @staticmethod
    def _set_timescale(action: Action, timescale: str | None) -> None:
        action.timescale = timescale
        action.due = parse_due(timescale) if timescale else None

    def _owners(self, cell: str, role: OwnerRole, line: int) -> tuple[list[Owner], list[str]]:
        """Return the owners a cell names (posts resolved to the plan's post titles) and partner bodies."""
        return read_owner_cell(
            clean_text(cell),
            role,
            name_of=lambda name: self._post_title(name, line),
            on_person=lambda name: self.extraction.people.setdefault(name, line),
            partners_apart=True,
        )

    def _post_title(self, name: str, line: int) -> str:
        """Return the plan's title of the post ``name`` names, also when cut short ("... and Vulnerable")."""
        normal = _normal_title(re.sub(r"^Interim\s+", "", name))
        if normal in self.posts:
            return self.posts[normal]
        starts = [title for key, title in self.posts.items() if key.startswith(normal + " ")]
        if len(starts) == 1 and len(normal.split()) >= 3:
            self.extraction.warn(line, f"owner {name!r} read as the post {starts[0]!r}")
            return starts[0]
        return name

    # -- major projects ----------------------------------------------------------------------------

    def _read_major_projects(self) -> None:
        span = self._range("3.6")
        if span is None:
            return
        columns: ColumnMap | None = None
        summary_index: int | None = None
        for row in self._tab_rows(*span):
            if is_header_row(row.cells, ColumnRole.PROJECT_AREA, ColumnRole.ACCOUNTABLE):
                columns = map_columns(row.cells)
                mapped = {column.index for column in columns.columns}
                summary_index = next((i for i, c in enumerate(row.cells) if c and i not in mapped), None)
                self.extraction.place(row.line, "table header")
                continue
            if columns is None:
                self.extraction.warn(row.line, "major-project row before the table header")
                self.extraction.place(row.line, "unread row")
                continue
            name_index = columns.index(ColumnRole.PROJECT_AREA)
            name = row.cell(name_index) if name_index is not None else ""
            if not name:
                self.extraction.warn(row.line, "major-project row without a project name")
                self.extraction.place(row.line, "unread row")
                continue
            project = Action(
                key=self._key("action", f"project-{slugify(name, 50)}", row.line),
                label=name,
                source_line=row.line,
                section=self._heading_text("3.6"),
                is_project=True,
                description=row.cell(summary_index) or None if summary_index is not None else None,
            )
            for area, keys in self.priority_by_area.items():
                project_name = _area_name(name)
                if area.startswith(project_name) or project_name.startswith(area):
                    project.supports += [key for key in keys if key not in project.supports]
            for column in columns.all(*OWNER_ROLES):
                owners, partners = self._owners(row.cell(column.index), OWNER_ROLES[column.role], row.line)
                project.owners += owners
                project.partners += partners
            self.extraction.actions.append(project)

    # -- APA grades --------------------------------------------------------------------------------

    def _read_apa_judgements(self) -> None:
        """Section 2.1: grades awarded for each area of judgement, by year."""
        span = self._range("2.1")
        if span is None:
            return
        years: list[tuple[int, int]] = []
        for row in self._tab_rows(*span):
            if is_header_row(row.cells, ColumnRole.GRADE):
                years = [
                    (column.index, int(printed_year.group()))
                    for column in map_columns(row.cells).all(ColumnRole.GRADE)
                    if (printed_year := re.search(r"\b(?:19|20)\d{2}\b", column.heading))
                ]
                self.extraction.place(row.line, "table header")
                continue
            if not years or not row.cell(0):
                self.extraction.warn(row.line, "APA row outside the gradings table")
                self.extraction.place(row.line, "unread row")
                continue
            indicator = Indicator(
                key=self._key("indicator", f"apa-{slugify(row.cell(0), 50)}", row.line),
                label=row.cell(0),
                source_line=row.line,
                indicator_type="APA grade",
                section=self._heading_text("2.1"),
            )
            for index, year in years:
                grade = self._grade(row.cell(index), row.line, year)
                if grade:
                    indicator.observations.append(grade)
            self.extraction.indicators.append(indicator)
        for index in range(*span):
            if re.match(r"^\d: [a-z]", clean_text(self.lines[index])):
                self.extraction.place(index + 1, "grade legend")

    def _grade(self, raw: str, line: int, year: int | None) -> Observation | None:
        if not raw:
            return None
        value = parse_decimal(raw)
        if value is None:
            self.extraction.warn(line, f"grade {raw!r} is not a number as printed")
        return Observation(MeasureType.OUTTURN, raw, line, value=value, unit="score", year=year)

    def _read_apa_outcomes(self) -> None:
        """Appendix 1: the grade for each outcome area (strengths and areas for improvement placed)."""
        span = self._range("A1")
        if span is None:
            return
        heading = self._heading_text("A1") or ""
        year_match = re.search(r"\b(?:19|20)\d{2}\b", heading)
        year = int(year_match.group()) if year_match else None
        columns: ColumnMap | None = None
        for row in self._tab_rows(*span):
            if is_header_row(row.cells, ColumnRole.OUTCOME, ColumnRole.GRADE):
                columns = map_columns(row.cells)
                self.extraction.place(row.line, "table header")
                continue
            outcome_index = columns.index(ColumnRole.OUTCOME) if columns else None
            grade_index = columns.index(ColumnRole.GRADE) if columns else None
            if outcome_index is None or grade_index is None or not row.cell(outcome_index):
                self.extraction.warn(row.line, "APA outcome row outside the gradings table")
                self.extraction.place(row.line, "unread row")
                continue
            area = row.cell(outcome_index)
            indicator = Indicator(
                key=self._key("indicator", f"apa-{year or 'grade'}-{slugify(area, 50)}", row.line),
                label=area,
                source_line=row.line,
                indicator_type="APA grade",
                section=heading or None,
                measures_outcomes=[OutcomeLink("ecm", key) for key in _ecm_keys(area)],
            )
            if year is None:
                self.extraction.warn(row.line, f"no year in the heading {heading!r}; grade left undated")
            grade = self._grade(row.cell(grade_index), row.line, year)
            if grade:
                indicator.observations.append(grade)
            self.extraction.indicators.append(indicator)

    # -- appendices --------------------------------------------------------------------------------

    def _read_risk_register(self) -> None:
        span = self._range("A2")
        if span is None:
            return
        rows = self._tab_rows(*span)
        columns: ColumnMap | None = None
        for position, row in enumerate(rows):
            if is_header_row(row.cells, ColumnRole.REF, ColumnRole.LIKELIHOOD):
                columns = map_columns(row.cells)
                self.extraction.place(row.line, "table header")
                continue
            ref_index = columns.index(ColumnRole.REF) if columns else None
            ref = row.cell(ref_index) if ref_index is not None else ""
            if columns is None or not re.fullmatch(r"[A-Z]{2,5}\s*\d{1,3}", ref):
                following = rows[position + 1] if position + 1 < len(rows) else None
                if following and is_header_row(following.cells, ColumnRole.REF, ColumnRole.LIKELIHOOD):
                    self.extraction.place(row.line, "table super-header")
                else:
                    self.extraction.warn(row.line, f"risk-register row without a risk reference: {ref!r}")
                    self.extraction.place(row.line, "unread row")
                continue
            self.extraction.risks.append(self._risk(row, columns, ref))

    def _risk(self, row: Row, columns: ColumnMap, ref: str) -> Risk:
        def cell(role: ColumnRole) -> str:
            index = columns.index(role)
            return row.cell(index) if index is not None else ""

        def number(role: ColumnRole) -> int | None:
            text = cell(role)
            value = parse_leading_integer(text)
            if value is None and text:
                self.extraction.warn(row.line, f"risk {ref} {role.value} {text!r} is not a number")
            return value

        level = _RATING_LEVEL.search(cell(ColumnRole.RATING))
        risk = Risk(
            ref=ref,
            label=cell(ColumnRole.TITLE),
            source_line=row.line,
            rating=number(ColumnRole.RATING),
            residual_rating=number(ColumnRole.RESIDUAL_RATING),
            mitigation=cell(ColumnRole.MITIGATION) or None,
            likelihood=number(ColumnRole.LIKELIHOOD),
            severity=number(ColumnRole.SEVERITY),
            residual_likelihood=number(ColumnRole.RESIDUAL_LIKELIHOOD),
            residual_severity=number(ColumnRole.RESIDUAL_SEVERITY),
            rating_level=level.group(1).upper() if level else None,
        )
        if not risk.label:
            risk.label = ref
            self.extraction.warn(row.line, f"risk {ref} has no description")
        owners, _ = self._owners(cell(ColumnRole.RISK_OWNER), OwnerRole.RISK_OWNER, row.line)
        risk.owners = owners
        return risk

    def _read_partner_indicators(self) -> None:
        """Appendix 3: indicators whose data a partner organisation supplies."""
        span = self._range("A3")
        if span is None:
            return
        columns: ColumnMap | None = None
        for row in self._tab_rows(*span):
            if is_header_row(row.cells, ColumnRole.REF, ColumnRole.PARTNER):
                columns = map_columns(row.cells)
                self.extraction.place(row.line, "table header")
                continue
            if columns is None:
                self.extraction.warn(row.line, "indicator row before the Appendix 3 header")
                self.extraction.place(row.line, "unread row")
                continue
            indicator = self._indicator_row(row, columns, None, self._heading_text("A3"))
            partner_index = columns.index(ColumnRole.PARTNER)
            if indicator is not None and partner_index is not None and row.cell(partner_index):
                indicator.partners.append(row.cell(partner_index))

    def _read_environmental_impacts(self) -> None:
        """Appendix 4: each activity's environmental impact, as a risk ENV1, ENV2, ..."""
        span = self._range("A4")
        if span is None:
            return
        header: dict[str, int] = {}
        for row in self._tab_rows(*span):
            if row.cell(0) == ENVIRONMENT_COLUMNS[0] and ENVIRONMENT_COLUMNS[1] in row.cells:
                header = {name: row.cells.index(name) for name in ENVIRONMENT_COLUMNS if name in row.cells}
                self.extraction.place(row.line, "table header")
                continue
            if ENVIRONMENT_SUPER_HEADER in row.cells:
                self.extraction.place(row.line, "table super-header")
                continue
            if not header or not row.cell(0):
                self.extraction.warn(row.line, "environmental-impact row outside the table")
                self.extraction.place(row.line, "unread row")
                continue

            impact, procedures, targets = (
                _named_cell(row, header, name) for name in ("Impact", "Procedures", "Targets")
            )
            details = [
                f"({name}: {_named_cell(row, header, name)})"
                for name in ENVIRONMENT_COLUMNS[2:4]
                if _named_cell(row, header, name)
            ]
            description = " ".join([impact, *details]).strip()
            mitigation = " ".join(
                part for part in (procedures, f"Target: {targets}" if targets else "") if part
            )
            ref = f"ENV{sum(1 for risk in self.extraction.risks if risk.ref.startswith('ENV')) + 1}"
            self.extraction.risks.append(
                Risk(
                    ref=ref,
                    label=row.cell(0),
                    source_line=row.line,
                    description=description or None,
                    mitigation=mitigation or None,
                )
            )
        for index in range(*span):
            if clean_text(self.lines[index]).startswith("Aspects considered to have high significance"):
                self.extraction.place(index + 1, "table note")


def _named_cell(row: Row, header: dict[str, int], name: str) -> str:
    return row.cell(header[name]) if name in header else ""


def _normal_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("&", "and").replace("’", "'")).strip().casefold()


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


def _area_name(name: str) -> str:
    """Return a project name for matching: lower case, without a bracketed abbreviation."""
    return clean_text(re.sub(r"\([^)]*\)", "", name)).casefold()


def _split_priorities(text: str) -> list[str]:
    """Return the priorities of a cell that runs them together ("... agencies To focus on ...").

    Each priority starts "To <verb>"; a cell with no such start is split before a capitalised
    word that follows a lower-case one ("... partner agencies Quality assured services ...").
    """
    text = clean_text(text)
    if not text:
        return []
    parts = re.split(r"(?<!\s)\s+(?=To [a-z])", text)  # (?<!\s): linear on long runs of spaces
    if len(parts) == 1 and not text.startswith("To "):
        parts = re.split(r"(?<=[a-z])\s+(?=[A-Z][a-z])", text)
    return [part.strip().rstrip(".") for part in parts if part.strip()]


def _ecm_keys(text: str) -> list[str]:
    """Return the ECM outcome keys a cell names, in order, repeats included."""
    found: list[tuple[int, str]] = []
    for pattern, key in ECM_OUTCOMES:
        found += [(match.start(), key) for match in re.finditer(pattern, text, re.IGNORECASE)]
    return [key for _, key in sorted(found)]
