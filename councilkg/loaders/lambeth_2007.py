"""Loader for the Lambeth Children and Young People's Service Plan 2007-10 layout.

Markdown headings and narrative; Figure 1 lists the shared priorities under the five Every Child
Matters outcomes and Service Management; the action plan and the performance-indicator appendix
are tab-separated rows whose cells hold HTML (``<ul><li>``, ``<p>``) and are split across page
breaks; the management-structure chart gives each divisional director, their post and their key
priorities as HTML cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.documents.tables import split_row
from councilkg.errors import LoaderError
from councilkg.loaders.model import (
    Action,
    CitedPlan,
    Extraction,
    Indicator,
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
    Vision,
)
from councilkg.loaders.parsing.cells import cell_items, split_dates
from councilkg.loaders.parsing.columns import (
    MEASURE_TYPES,
    OWNER_ROLES,
    Column,
    ColumnMap,
    ColumnRole,
    is_header_row,
    map_columns,
)
from councilkg.loaders.parsing.keys import UniqueKeys
from councilkg.loaders.parsing.matching import best_word_match
from councilkg.loaders.parsing.numbers import infer_unit, parse_decimal
from councilkg.loaders.parsing.owners import classify_owner, read_owner_cell, same_unit
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text, national_codes_in, slugify

AUTHORITY = "lambeth"
DIRECTORATE = "Children and Young People's Service"
ECM = "ecm"
PLAN_SCHEME = "lambeth-cyps-shared-priorities"
PLAN_SCHEME_LABEL = "Lambeth CYPS Shared Priorities"

#: Outcome-area headings as printed (letters only, case-folded) and the outcome each names.
OUTCOME_AREAS: dict[str, tuple[str, str]] = {
    "be healthy": (ECM, "be-healthy"),
    "being healthy": (ECM, "be-healthy"),
    "health": (ECM, "be-healthy"),
    "stay safe": (ECM, "stay-safe"),
    "staying safe": (ECM, "stay-safe"),
    "enjoy and achieve": (ECM, "enjoy-and-achieve"),
    "enjoying and achieving": (ECM, "enjoy-and-achieve"),
    "positive contribution": (ECM, "positive-contribution"),
    "making a positive contribution": (ECM, "positive-contribution"),
    "positive contribution to society": (ECM, "positive-contribution"),
    "economic well being": (ECM, "economic-wellbeing"),
    "achieving economic well being": (ECM, "economic-wellbeing"),
    "service management": (PLAN_SCHEME, "service-management"),
}

#: Plans this plan draws on: (pattern, slug, label, plan type); ``{0}``, ``{1}`` take the years printed.
CITED_PLANS: tuple[tuple[str, str, str, str], ...] = (
    (
        r"Children and Young People['’]s Plan\s*\(CYPP\s*\d?\)\s*(\d{4})\s*-\s*(\d{2})",
        "cypp-{0}-{1}",
        "Children and Young People's Plan {0}-{1}",
        "ChildrenAndYoungPeoplesPlan",
    ),
    (
        r"Corporate Plan (\d{4})\s*-\s*(\d{2})",
        "corporate-plan-{0}-{1}",
        "Corporate Plan {0}-{1}",
        "CorporatePlan",
    ),
    (r"Local Area Agreement", "local-area-agreement", "Local Area Agreement", "LocalAreaAgreement"),
    (r"Community Strategy", "community-strategy", "Community Strategy", "CommunityStrategy"),
)

#: Section headings (cleaned, case-folded, section number removed) by the part of the plan they open.
SECTIONS: dict[str, str] = {
    "foreword": r"^foreword$",
    "contents": r"^contents$",
    "introduction": r"^introduction$",
    "vision": r"shared vision and priorities",
    "transforming": r"^transforming services",
    "action-plan": r"^action plan and targets$",
    "indicators": r"^performance indicators$",
    "structure": r"management structure$",
}
SHARED_PRIORITIES_SECTION = "Our Shared Priorities"
ACTION_PLAN_SECTION = "Action Plan and Targets"
DIVISIONAL_PRIORITIES_SECTION = "Key Divisional Priorities"
COMMON_AIMS_SECTION = "Common aims"
TRANSFORMING_SECTION = "Transforming services"

_TITLE = re.compile(r"Service Plan (\d{4})\s*-\s*(\d{2})")
_BOLD = re.compile(r"^\*\*(.+?)\*\*")
_BULLET = re.compile(r"^\s*[-•]\s+(.+)$")
_DIVISIONS_LEAD = re.compile(r"made up of (\d{1,6}) Divisions", re.IGNORECASE)
# (?<!\s): the spaces before the dash are tried from the start of their run only (else quadratic).
_NAME_AND_POST = re.compile(r"^(?P<name>.+?)(?<!\s)\s+[–—-]\s+(?P<post>.+)$")
_DIRECTOR = re.compile(r"^(?P<prefix>(?:[A-Z][a-z]+ )?Director)\b[\s.,:]*(?P<unit>.*)$")
_REF_CELL = re.compile(r"^[A-Z]{2,4}\s*[A-Z]?\d{1,3}[A-Za-z]?(?:\s*\([^)]*\))?$")
_BY_DATE = re.compile(
    r"\bby ((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+)?(?:19|20)\d{2})\s*\.?\s*$"
)


class LambethServicePlan2007:
    """Reads Lambeth's Children and Young People's Service Plan 2007-10."""

    name = "lambeth-service-plan-2007"
    description = "Lambeth CYPS Service Plan 2007-10 (ECM shared priorities, action plan, PAF/BVPI appendix)"

    def sniff(self, document: Document) -> float:
        """Return 1.0 for this plan's layout, 0.9 for its title page alone, 0.0 otherwise."""
        head = "\n".join(document.lines[:15])
        if not (_TITLE.search(head) and "Children and Young People" in head):
            return 0.0
        return 1.0 if "Divisional Director" in document.text else 0.9

    def load(self, document: Document) -> Extraction:
        """Return everything this loader extracts from the plan.

        Raises:
            LoaderError: the title "Service Plan YYYY-YY" is not on the plan's first lines.
        """
        return _PlanReader(document).read()


@dataclass
class _DraftAction:
    """An action-plan bullet while its row may still continue on the next page."""

    label_parts: list[str]
    line: int
    priority: str | None
    timescale: str | None
    owner_text: str
    owner_role: OwnerRole


class _PlanReader:
    """One pass over one document; holds what is found so far."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = document.lines
        self.extraction = Extraction(plan=self._plan_info(), loader=LambethServicePlan2007.name)
        self.sections = self._find_sections()
        self.outcomes: dict[str, Outcome] = {}
        self.keys = UniqueKeys()
        self.shared_priorities: dict[OutcomeLink, list[Priority]] = {}
        self.plan_priorities: dict[tuple[OutcomeLink | None, str], str] = {}
        self.chart_posts: dict[str, Post] = {}
        self.other_posts: dict[str, Post] = {}
        self.resolved_titles: dict[str, str] = {}

    def read(self) -> Extraction:
        """Return the extraction of the whole plan."""
        self.extraction.units.append(OrgUnit(DIRECTORATE, self.extraction.plan.source_line))
        self._read_foreword()
        self._read_contents()
        self._read_divisions()
        self._read_vision()
        self._read_shared_priorities()
        self._read_commitments()
        self._read_structure()
        self._read_action_plan()
        self._read_indicators()
        self._read_contact()
        self.extraction.posts += list(self.other_posts.values())
        self.extraction.outcomes = sorted(self.outcomes.values(), key=lambda o: o.source_line)
        return self.extraction

    # -- layout ------------------------------------------------------------------------------

    def _plan_info(self) -> PlanInfo:
        for index, line in enumerate(self.lines[:15]):
            match = _TITLE.search(line)
            if not match:
                continue
            start, short_end = int(match.group(1)), int(match.group(2))
            end = (start // 100) * 100 + short_end
            end += 100 if end < start else 0
            service, service_line = None, index + 1
            for above in range(index - 1, -1, -1):
                text = clean_text(self.lines[above].lstrip("#"))
                if DIRECTORATE in text:
                    service, service_line = text, above + 1
                    break
            printed = f"Service Plan {match.group(1)}-{match.group(2)}"
            return PlanInfo(
                authority=AUTHORITY,
                slug=f"cyps-service-plan-{start}-{match.group(2)}",
                title=f"{service} — {printed}" if service else printed,
                plan_type="ServicePlan",
                start_year=start,
                end_year=end,
                source_line=service_line,
                draws_on=self._cited_plans(),
            )
        raise LoaderError(self.document.path, "title 'Service Plan YYYY-YY' not found on the first 15 lines")

    def _cited_plans(self) -> tuple[CitedPlan, ...]:
        cited: dict[str, CitedPlan] = {}
        for pattern, slug, label, plan_type in CITED_PLANS:
            match = re.search(pattern, self.document.text)
            if match:
                groups = match.groups()
                key = slug.format(*groups)
                cited.setdefault(key, CitedPlan(key, label.format(*groups), plan_type))
        return tuple(cited.values())

    def _find_sections(self) -> dict[str, tuple[int, int]]:
        """Return the 0-based line range of each known section; every heading line is placed."""
        starts: list[tuple[int, str | None]] = []
        for index, line in enumerate(self.lines):
            if not line.startswith("#"):
                continue
            text = clean_text(line.lstrip("#")).strip("*").strip()
            if not text:
                continue
            if index + 1 != self.extraction.plan.source_line:
                self.extraction.place(index + 1, "heading")
            key = re.sub(r"^\d+\.\s*", "", text).casefold()
            name = next((n for n, pattern in SECTIONS.items() if re.search(pattern, key)), None)
            if name or re.match(r"^(\d+\.|appendix\b)", text, re.IGNORECASE):
                starts.append((index, name))
        sections: dict[str, tuple[int, int]] = {}
        for position, (index, name) in enumerate(starts):
            if name and name not in sections:
                end = starts[position + 1][0] if position + 1 < len(starts) else len(self.lines)
                sections[name] = (index + 1, end)
        return sections

    def _section(self, name: str) -> tuple[int, int] | None:
        found = self.sections.get(name)
        if found is None:
            self.extraction.warn(1, f"section {name!r} not found")
        return found

    def new_key(self, kind: str, base: str) -> str:
        """Return ``base`` made unique among the keys of ``kind`` by a numeric suffix."""
        return self.keys.new(kind, base)

    def _bullets_after(self, index: int, end: int) -> list[tuple[int, str]]:
        """Return ``(1-based line, text)`` of the bullet list that follows line ``index``."""
        bullets: list[tuple[int, str]] = []
        for number in range(index + 1, min(end, len(self.lines))):
            text = self.lines[number]
            if not text.strip():
                continue
            match = _BULLET.match(text)
            if not match:
                break
            bullets.append((number + 1, clean_text(match.group(1))))
        return bullets

    # -- outcome areas -----------------------------------------------------------------------

    def area_of(self, heading: str, line: int) -> OutcomeLink | None:
        """Return the outcome an outcome-area heading names, minting a plan outcome when needed."""
        text = clean_text(heading).strip("*").strip()
        key = re.sub(r"[^a-z]+", " ", text.casefold()).strip()
        found = OUTCOME_AREAS.get(key)
        if found is None:
            return None
        scheme, outcome_key = found
        if scheme != ECM and outcome_key not in self.outcomes:
            label = text.title() if text.isupper() else text
            self.outcomes[outcome_key] = Outcome(scheme, PLAN_SCHEME_LABEL, outcome_key, label, line)
        return OutcomeLink(scheme, outcome_key)

    # -- foreword, contents, divisions, vision -----------------------------------------------------

    def _read_foreword(self) -> None:
        """The common aims and the signatory who holds the Executive Director post."""
        span = self._section("foreword")
        if span is None:
            return
        start, end = span
        for index in range(start, end):
            text = clean_text(self.lines[index])
            if "common aims" in text.casefold():
                for line, aim in self._bullets_after(index, end):
                    self.extraction.priorities.append(
                        Priority(
                            self.new_key("priority", slugify(aim)), aim, line, section=COMMON_AIMS_SECTION
                        )
                    )
            bold = _BOLD.match(self.lines[index].strip())
            if bold and index + 1 < end:
                name = clean_text(bold.group(1))
                below = _BOLD.match(self.lines[index + 1].strip())
                title = clean_text(below.group(1)) if below else ""
                if (
                    title
                    and classify_owner(name) is OwnerKind.PERSON
                    and classify_owner(title) is OwnerKind.POST
                ):
                    unit = DIRECTORATE if title.endswith(DIRECTORATE) else None
                    self.extraction.people.setdefault(name, index + 1)
                    self.extraction.posts.append(Post(title, index + 2, unit=unit, holder=name))

    def _read_contents(self) -> None:
        span = self.sections.get("contents")
        if span is None:
            return
        for index in range(*span):
            line = self.lines[index]
            if "\t" in line or (_BOLD.match(line.strip()) and clean_text(line)):
                self.extraction.place(index + 1, "contents")

    def _read_divisions(self) -> None:
        span = self._section("introduction")
        if span is None:
            return
        start, end = span
        for index in range(start, end):
            match = _DIVISIONS_LEAD.search(self.lines[index])
            if not match:
                continue
            self.extraction.place(index + 1, "units")
            bullets = self._bullets_after(index, end)
            if len(bullets) != int(match.group(1)):
                self.extraction.warn(
                    index + 1, f"plan says {match.group(1)} divisions but lists {len(bullets)}"
                )
            for line, name in bullets:
                self.extraction.units.append(OrgUnit(name, line, parent=DIRECTORATE))
            return
        self.extraction.warn(start, "no list of divisions ('made up of N Divisions') found")

    def _read_vision(self) -> None:
        span = self._section("vision")
        if span is None:
            return
        start, end = span
        for index in range(start, end):
            if clean_text(self.lines[index].lstrip("#")).strip("* ").casefold() != "our vision":
                continue
            for below in range(index + 1, end):
                text = clean_text(self.lines[below]).strip("*\"“”'. ")
                if text:
                    self.extraction.vision = Vision(text, below + 1)
                    return
        self.extraction.warn(start, "no vision statement under 'Our Vision' found")

    # -- Figure 1: the shared priorities --------------------------------------------------------

    def _read_shared_priorities(self) -> None:
        span = self.sections.get("vision")
        if span is None:
            return
        start, end = span
        for index in range(start, end):
            text = clean_text(self.lines[index])
            if re.match(r"^\**Figure 1\b", text):
                self.extraction.place(index + 1, "heading")
                start = index + 1
                break
        area: OutcomeLink | None = None
        for index in range(start, end):
            raw = self.lines[index].strip()
            text = clean_text(raw)
            if re.match(r"^Figure \d", text):
                self.extraction.place(index + 1, "heading")
                break
            bold = _BOLD.match(raw)
            bullet = _BULLET.match(raw)
            if bold:
                found = self.area_of(bold.group(1), index + 1)
                if found:
                    area = found
                    self.extraction.place(index + 1, "outcome-area")
            elif bullet and area:
                label = clean_text(bullet.group(1))
                priority = Priority(
                    self.new_key("priority", slugify(label)),
                    label,
                    index + 1,
                    contributes_to=[area],
                    section=SHARED_PRIORITIES_SECTION,
                )
                self.extraction.priorities.append(priority)
                self.shared_priorities.setdefault(area, []).append(priority)
        if not self.shared_priorities:
            self.extraction.warn(start, "no shared priorities (Figure 1) found")

    # -- section 3: dated commitments -------------------------------------------------------------

    def _read_commitments(self) -> None:
        """Sentences of the transforming-services section that end "by <date>" become actions."""
        span = self.sections.get("transforming")
        if span is None:
            return
        topic: str | None = None
        for index in range(*span):
            raw = self.lines[index].strip()
            heading = re.match(r"^-\s*\*(.+)\*$", raw)
            if heading:
                topic = clean_text(heading.group(1))
                self.extraction.place(index + 1, "heading")
                continue
            text = clean_text(raw)
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                match = _BY_DATE.search(sentence)
                if not match:
                    continue
                label = sentence.rstrip(". ")
                self.extraction.actions.append(
                    Action(
                        key=self.new_key("action", slugify(label)),
                        label=label,
                        source_line=index + 1,
                        timescale=match.group(1),
                        due=parse_due(match.group(1)),
                        section=f"{TRANSFORMING_SECTION}: {topic}" if topic else TRANSFORMING_SECTION,
                    )
                )

    # -- the management-structure chart ------------------------------------------------------------

    def _read_structure(self) -> None:
        span = self._section("structure")
        if span is None:
            return
        divisions = [unit.name for unit in self.extraction.units if unit.parent == DIRECTORATE]
        for index in range(*span):
            raw = self.lines[index]
            if "\t" not in raw and "<p>" not in raw:
                continue
            items = cell_items(raw.split("\t")[0])
            head = _NAME_AND_POST.match(items[0].text) if items else None
            if not head:
                self.extraction.warn(index + 1, f"chart cell not read: {clean_text(raw)[:60]!r}")
                self.extraction.place(index + 1, "chart")
                continue
            name, title = head.group("name"), _normalise_title(head.group("post"))
            unit = self._division_of(title, divisions, index + 1)
            post = Post(title, index + 1, unit=unit, holder=name)
            self.extraction.posts.append(post)
            self.chart_posts[title.casefold()] = post
            self.extraction.people.setdefault(name, index + 1)
            owner = Owner(title, OwnerKind.POST, OwnerRole.RESPONSIBLE, title)
            for item in items[1:]:
                if not item.bullet:
                    continue
                self.extraction.priorities.append(
                    Priority(
                        self.new_key("priority", slugify(f"{unit or title} {item.text}")),
                        item.text,
                        index + 1,
                        owners=[owner],
                        section=DIVISIONAL_PRIORITIES_SECTION,
                    )
                )

    def _division_of(self, title: str, divisions: Sequence[str], line: int) -> str | None:
        director = _DIRECTOR.match(title)
        unit = director.group("unit") if director else title
        matches = [division for division in divisions if same_unit(unit, division)]
        if len(matches) == 1:
            return matches[0]
        self.extraction.warn(line, f"post {title!r} matches {len(matches)} of the listed divisions")
        return None

    # -- the action plan ---------------------------------------------------------------------------

    def _read_action_plan(self) -> None:
        span = self._section("action-plan")
        if span is None:
            return
        rows = [
            (index + 1, self.lines[index].split("\t")) for index in range(*span) if "\t" in self.lines[index]
        ]
        header = next(
            (row for row in rows if is_header_row([clean_text(c) for c in row[1]], *_ACTION_ROLES)), None
        )
        if header is None:
            self.extraction.warn(
                span[0], "action-plan header row (Priorities, Action Plan & Targets) not found"
            )
            return
        columns = map_columns([clean_text(cell) for cell in header[1]])
        self.extraction.place(header[0], "table-header")
        _ActionPlanReader(self, columns).read([row for row in rows if row[0] != header[0]])

    def plan_priority(self, label: str, area: OutcomeLink | None, line: int) -> str:
        """Return the key of the priority an action-plan priority cell names.

        The action plan rewords Figure 1's priorities; a cell is matched to a Figure 1 priority of
        the same outcome area by the words they share, and becomes a priority of its own otherwise.
        """
        if (area, label) in self.plan_priorities:
            return self.plan_priorities[(area, label)]
        candidates = self.shared_priorities.get(area, []) if area else []
        best = best_word_match(label, [priority.label for priority in candidates])
        if best is not None:
            key = candidates[best].key
        else:
            key = self.new_key("priority", slugify(label))
            self.extraction.priorities.append(
                Priority(key, label, line, contributes_to=[area] if area else [], section=ACTION_PLAN_SECTION)
            )
        self.plan_priorities[(area, label)] = key
        return key

    def owners(self, text: str, role: OwnerRole, line: int) -> tuple[list[Owner], list[str]]:
        """Return the owners and the partner bodies an owner cell names.

        "Divisional Director, Community Learning/Inclusion and Standards" names two posts (the
        second inherits the first's "Divisional Director"); "…/PCT" names a partner.
        """
        prefix: str | None = None

        def as_post(part: str) -> list[Owner] | None:
            nonlocal prefix
            kind = classify_owner(part)
            director = _DIRECTOR.match(part)
            if kind is OwnerKind.PARTNER:
                return None
            if director:
                prefix = director.group("prefix")
                title = _normalise_title(part)
            elif prefix and kind is OwnerKind.UNIT:
                title = f"{prefix}, {part}"
            else:
                return None
            return [Owner(self._post(title, line), OwnerKind.POST, role, text)]

        return read_owner_cell(text, role, read_as=as_post, partners_apart=True)

    def _post(self, title: str, line: int) -> str:
        """Return the chart's title of the post ``title`` names, or ``title`` as its own post."""
        if title.casefold() in self.chart_posts:
            return self.chart_posts[title.casefold()].title
        if title in self.resolved_titles:
            return self.resolved_titles[title]
        director = _DIRECTOR.match(title)
        unit = director.group("unit") if director else title
        matches = [
            post
            for post in self.chart_posts.values()
            if (chart := _DIRECTOR.match(post.title))
            and director
            and chart.group("prefix").casefold() == director.group("prefix").casefold()
            and same_unit(unit, chart.group("unit"))
        ]
        if len(matches) == 1:
            resolved = matches[0].title
            self.extraction.warn(line, f"post {title!r} read as the chart's {resolved!r}")
        else:
            resolved = title
            if title not in self.other_posts:
                self.other_posts[title] = Post(title, line)
                if self.chart_posts:
                    self.extraction.warn(line, f"post {title!r} is not on the management-structure chart")
        self.resolved_titles[title] = resolved
        return resolved

    # -- the performance-indicator appendix ----------------------------------------------------------

    def _read_indicators(self) -> None:
        span = self._section("indicators")
        if span is None:
            return
        rows = [
            split_row(self.lines[index], index + 1) for index in range(*span) if "\t" in self.lines[index]
        ]
        header = next(
            (row for row in rows if is_header_row(row.cells, ColumnRole.REF, ColumnRole.OUTTURN)), None
        )
        if header is None:
            self.extraction.warn(span[0], "indicator header row (performance indicator, outturn) not found")
            return
        self.extraction.place(header.line, "table-header")
        columns = map_columns(header.cells)
        ref_column = columns.index(ColumnRole.REF) or 0
        values = [
            (column.index - ref_column, column)
            for column in columns.all(ColumnRole.OUTTURN, ColumnRole.TARGET, ColumnRole.COMPARATOR)
        ]
        group: tuple[str, OutcomeLink] | None = None
        for row in rows:
            if row.line == header.line:
                continue
            ref_at = next((i for i, cell in enumerate(row.cells) if _REF_CELL.match(cell)), None)
            before = row.cells[:ref_at] if ref_at is not None else row.cells
            title = ""
            for cell in before:
                area = self.area_of(cell, row.line) if cell else None
                if area:
                    group = (cell, area)
                elif cell:
                    title = cell
            if ref_at is None or not title:
                self.extraction.place(row.line, "indicator-group" if group and not title else "unread-row")
                if title or ref_at is not None:
                    self.extraction.warn(
                        row.line, f"indicator row without a reference or title: {row.cells!r}"
                    )
                continue
            self.extraction.indicators.append(
                self._indicator(row.cells[ref_at], title, row.line, group, values, row.cells, ref_at)
            )

    def _indicator(
        self,
        ref: str,
        title: str,
        line: int,
        group: tuple[str, OutcomeLink] | None,
        values: Sequence[tuple[int, Column]],
        cells: Sequence[str],
        ref_at: int,
    ) -> Indicator:
        indicator = Indicator(
            key=self.new_key("indicator", slugify(ref)),
            label=title,
            source_line=line,
            ref=ref,
            national_codes=national_codes_in(ref),
            measures_outcomes=[group[1]] if group else [],
            section=group[0] if group else None,
        )
        for offset, column in values:
            position = ref_at + offset
            raw = cells[position] if 0 <= position < len(cells) else ""
            if not raw:
                self.extraction.warn(line, f"indicator {ref!r} has no {column.heading!r} printed")
                continue
            value = parse_decimal(raw)
            if value is None and re.search(r"\d", raw):
                self.extraction.warn(line, f"value {raw!r} of {ref!r} is not a number as printed")
            indicator.observations.append(
                Observation(
                    MEASURE_TYPES[column.role],
                    raw,
                    line,
                    column.period,
                    value,
                    infer_unit(title, raw) if value is not None else None,
                    column.group,
                )
            )
        return indicator

    # -- contact ------------------------------------------------------------------------------------

    def _read_contact(self) -> None:
        """The contact named at the end of the plan: a person and the unit they work in."""
        for index, line in enumerate(self.lines):
            if not clean_text(line).casefold().startswith("for further information contact"):
                continue
            self.extraction.place(index + 1, "contact")
            following = [n for n in range(index + 1, len(self.lines)) if clean_text(self.lines[n])]
            if following and classify_owner(clean_text(self.lines[following[0]])) is OwnerKind.PERSON:
                self.extraction.people.setdefault(clean_text(self.lines[following[0]]), following[0] + 1)
                if len(following) > 1:
                    unit = clean_text(self.lines[following[1]])
                    self.extraction.units.append(OrgUnit(unit, following[1] + 1))
                self.extraction.place([n + 1 for n in following[2:]], "contact")
            return


_ACTION_ROLES = (ColumnRole.PRIORITY, ColumnRole.ACTION)


class _ActionPlanReader:
    """The action-plan table: rows split across pages joined, each bullet paired with its date and owner."""

    def __init__(self, plan: _PlanReader, columns: ColumnMap) -> None:
        self.plan = plan
        self.extraction = plan.extraction
        self.priority_column = columns.index(ColumnRole.PRIORITY) or 0
        self.action_column = columns.index(ColumnRole.ACTION) or 1
        self.date_column = columns.index(ColumnRole.TIMESCALE)
        owner_columns = columns.all(*OWNER_ROLES)
        self.owner_column = owner_columns[0].index if owner_columns else None
        self.owner_role = OWNER_ROLES[owner_columns[0].role] if owner_columns else OwnerRole.RESPONSIBLE
        self.drafts: list[_DraftAction] = []
        self.known_owners: set[str] = set()

    def cell(self, cells: Sequence[str], index: int | None) -> str:
        """Return the raw cell at ``index``, or ``""`` when the column is unknown or the row short."""
        return cells[index] if index is not None and index < len(cells) else ""

    def read(self, rows: Sequence[tuple[int, list[str]]]) -> None:
        """Read the table's ``(line, raw cells)`` rows into actions and priorities; returns nothing."""
        for _, cells in rows:
            for part in _owner_parts(self.cell(cells, self.owner_column), 2):
                self.known_owners.add(_normalise_owner_text(part).casefold())
        area: OutcomeLink | None = None
        priority: str | None = None
        fragment: tuple[int, str] | None = None
        for line, cells in rows:
            priority_cell = clean_text(self.cell(cells, self.priority_column))
            action_cell = self.cell(cells, self.action_column)
            date_cell = self.cell(cells, self.date_column)
            owner_cell = clean_text(self.cell(cells, self.owner_column))
            others = [clean_text(c) for i, c in enumerate(cells) if i != self.priority_column]
            if priority_cell and not any(others):
                found = self.plan.area_of(priority_cell, line)
                if found:
                    area, priority = found, None
                    self.extraction.place(line, "outcome-area")
                else:
                    self.extraction.place(line, "unread-row")
                    self.extraction.warn(line, f"action-plan row holds only {priority_cell!r}")
                continue
            if not priority_cell and not clean_text(action_cell) and not clean_text(date_cell):
                self.extraction.place(line, "action-owner" if owner_cell else "blank-row")
                if owner_cell:
                    if fragment:
                        self._continue_owner(fragment[1])
                    fragment = (line, owner_cell)
                continue
            if priority_cell:
                priority = self.plan.plan_priority(priority_cell, area, line)
            items = cell_items(action_cell)
            continued = 0
            if not priority_cell and self.drafts:
                while continued < len(items) and not items[continued].bullet:
                    continued += 1
            new = items[continued:]
            dates = split_dates(date_cell)
            owners = _owner_parts(self.cell(cells, self.owner_column), len(new) + continued)
            if fragment:
                owners = self._place_fragment(fragment, owners)
                fragment = None
            if continued:
                self._continue(line, [item.text for item in items[:continued]], dates, owners, len(new))
                dates = dates[continued:] if len(dates) == len(new) + continued else dates
                if len(owners) == len(new) + continued or not new:
                    owners = owners[continued:] if new else []
            if not new:
                continue
            if priority is None:
                self.extraction.warn(line, f"action {new[0].text!r} has no priority")
            for number, item in enumerate(new):
                date_text = self._pick(dates, number, len(new), line, "date", clean_text(date_cell))
                owner_text = self._pick(owners, number, len(new), line, "owner", owner_cell)
                self.drafts.append(
                    _DraftAction([item.text], line, priority, date_text, owner_text or "", self.owner_role)
                )
        if fragment:
            self._continue_owner(fragment[1])
        for draft in self.drafts:
            self._finish(draft)

    def _pick(
        self, values: Sequence[str], number: int, count: int, line: int, what: str, cell: str
    ) -> str | None:
        """Return the n-th of ``count`` bullets' value: its own, the one shared, or the whole cell."""
        if len(values) == count:
            return values[number]
        if len(values) == 1:
            return values[0]
        if not values:
            return None
        if number == 0:
            self.extraction.warn(line, f"{len(values)} {what}s printed for {count} actions: {cell!r}")
        return cell

    def _continue(
        self, line: int, texts: Sequence[str], dates: Sequence[str], owners: Sequence[str], new: int
    ) -> None:
        """The leading paragraphs of a row continue the previous row's last bullet (a page break)."""
        draft = self.drafts[-1]
        draft.label_parts += texts
        self.extraction.place(line, "action")
        if dates and len(dates) != new and draft.timescale is None:
            draft.timescale = dates[0]
        if owners and (len(owners) == new + len(texts) or not new):
            self._continue_owner(" ".join(owners[: len(texts)] if new else owners))

    def _continue_owner(self, text: str) -> None:
        if self.drafts:
            draft = self.drafts[-1]
            draft.owner_text = f"{draft.owner_text} {text}".strip()

    def _place_fragment(self, fragment: tuple[int, str], owners: list[str]) -> list[str]:
        """Join an owner printed alone on a row to the owner below it, or else to the one above."""
        text = fragment[1]
        below = f"{text} {owners[0]}" if owners else text
        above = f"{self.drafts[-1].owner_text} {text}" if self.drafts else text
        if owners and (
            _normalise_owner_text(below).casefold() in self.known_owners
            or _normalise_owner_text(above).casefold() not in self.known_owners
        ):
            return [below, *owners[1:]]
        self._continue_owner(text)
        return owners

    def _finish(self, draft: _DraftAction) -> None:
        label = " ".join(draft.label_parts)
        owners, partners = self.plan.owners(draft.owner_text, draft.owner_role, draft.line)
        if not owners and not partners:
            self.extraction.warn(draft.line, f"action {label!r} has no owner printed")
        due = parse_due(draft.timescale) if draft.timescale else None
        if draft.timescale and due is None:
            self.extraction.warn(draft.line, f"date {draft.timescale!r} of {label!r} is not a month and year")
        self.extraction.actions.append(
            Action(
                key=self.plan.new_key("action", slugify(label)),
                label=label,
                source_line=draft.line,
                supports=[draft.priority] if draft.priority else [],
                owners=owners,
                partners=partners,
                timescale=draft.timescale,
                due=due,
                section=ACTION_PLAN_SECTION,
            )
        )


# --- owner cells of this layout ---


def _normalise_title(text: str) -> str:
    """Return a post title with the comma after "Director" restored.

    Example:
        >>> _normalise_title("Divisional Director. Commissioning and Strategy")
        'Divisional Director, Commissioning and Strategy'
        >>> _normalise_title("Divisional Director Community Learning")
        'Divisional Director, Community Learning'
    """
    text = clean_text(text)
    match = _DIRECTOR.match(text)
    if not match or not match.group("unit"):
        return text
    return f"{match.group('prefix')}, {match.group('unit')}"


def _normalise_owner_text(text: str) -> str:
    return "/".join(_normalise_title(part) for part in clean_text(text).split("/"))


def _owner_parts(raw: str, expected: int) -> list[str]:
    """Return the owners of a cell, one per ``<p>``, or per run of two spaces when several are expected.

    Example:
        >>> _owner_parts("<p>and Standards</p> <p>Divisional Director, BSF</p>", 2)
        ['and Standards', 'Divisional Director, BSF']
        >>> _owner_parts("Divisional Director, Resources  Divisional Director, BSF", 2)
        ['Divisional Director, Resources', 'Divisional Director, BSF']
    """
    items = [item.text for item in cell_items(raw)]
    if len(items) > 1 or expected < 2:
        return items
    pieces = [clean_text(piece) for piece in re.split(r"\s{2,}", raw.strip())]
    pieces = [piece for piece in pieces if piece]
    return pieces if len(pieces) == expected else items
