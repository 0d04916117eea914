"""Loader for Southwark's committee report and draft Children and Young People's Plan 2010-2013.

Markdown text. A Corporate Parenting Committee report comes first: recommendations, the five
priority areas and two commissioning intentions quoted from the plan, background papers and an
audit trail naming the lead officer and report author. The draft plan follows as Appendix 1: the
vision, the five priority areas each listing its priorities, then a detail section per priority
("Our priority is...", "You can expect...") with a two-column table, "We will commission services
that..." | "As a result, we expect...", printed either one commitment per row beside its own
results or as two lists of ``<p>`` bullets in one row.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from councilkg.documents.document import Document
from councilkg.documents.lines import find_headings
from councilkg.errors import LoaderError
from councilkg.loaders.model import (
    Action,
    CitedPlan,
    Extraction,
    OwnerKind,
    PartnerBody,
    PlanInfo,
    Post,
    Priority,
    Vision,
)
from councilkg.loaders.parsing.cells import cell_items, strip_bullet
from councilkg.loaders.parsing.columns import ColumnRole, map_columns
from councilkg.loaders.parsing.matching import match_key
from councilkg.loaders.parsing.owners import classify_owner
from councilkg.loaders.parsing.periods import YEAR_RANGE
from councilkg.text import clean_text, plain_line, slugify

AUTHORITY = "southwark"
PLAN_TYPE = "ChildrenAndYoungPeoplesPlan"
TITLE_WORDS = "Children and Young People's Plan"

RECOMMENDATIONS = "RECOMMENDATIONS"
BACKGROUND_DOCUMENTS = "BACKGROUND DOCUMENTS"
APPENDICES = "APPENDICES"
AUDIT_TRAIL = "AUDIT TRAIL"
APPENDIX = "APPENDIX 1"
VISION = "Our vision"
PRIORITIES = "Our local priorities and the results we expect"
SECTIONS = (
    RECOMMENDATIONS,
    BACKGROUND_DOCUMENTS,
    APPENDICES,
    AUDIT_TRAIL,
    APPENDIX,
    VISION,
    PRIORITIES,
)

COMMISSIONING_INTENTION = "commissioning intention"
RECOMMENDATION = "recommendation"
#: Audit-trail rows that name a person and the post they hold ("Romi Bowen, Strategic Director of ...").
OFFICER_ROWS = ("lead officer", "report author")


@dataclass(frozen=True)
class PartnerName:
    """A partner body: its name, any mention of it, and a mention that makes it an item's partner."""

    name: str
    mention: re.Pattern[str]
    on_item: re.Pattern[str]


def _partner(name: str, mention: str, on_item: str | None = None) -> PartnerName:
    return PartnerName(name, re.compile(mention, re.I), re.compile(on_item or mention, re.I))


PARTNERS = (
    _partner("PCT", r"\bPCT\b|\bprimary care trust\b"),
    _partner("police", r"\bpolice\b"),
    # "schools" is also a place ("when changing schools", "places in local schools"): the body is
    # named when schools are the subject of a clause ("Schools will...", "schools are...") or, in
    # narrative, one of a list of bodies ("schools, health partners and ...").
    _partner(
        "schools",
        r"\bschools\b(?=,|\s+(?:and|will|can|are|to)\b)",
        r"\bschools(?: and settings)?(?:,[^,.]{1,40},)?\s+(?:will|can|are|to)\b",
    ),
    _partner(
        "voluntary and community sector",
        r"\bvoluntary(?:,| and)? community\b|\bvoluntary sector\b|\bthird sector\b",
    ),
    _partner("Southwark Safeguarding Children Board", r"\bSouthwark Safeguarding Children Board\b|\bSSCB\b"),
)

#: Plans this plan may cite, by the words that name them: (slug, label, plan type, pattern).
CITED_PLANS: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    (
        "sustainable-community-strategy",
        "Sustainable Community Strategy",
        "CommunityStrategy",
        re.compile(r"\bSustainable Community Strategy\b", re.I),
    ),
)

_PRIORITY_LEAD = re.compile(r"^Our priority is\s*(?:\.{2,}|…)\s*(?P<label>.*)$", re.I)
_EXPECT_LEAD = re.compile(r"^You can expect\s*(?:\.{2,}|…)\s*(?P<text>.*)$", re.I)
_COMMITMENT_HEADER = re.compile(r"\bwe will commission\b", re.I)
# (?<!\s): the spaces before the dash are tried from the start of their run only (else quadratic).
_AREA = re.compile(r"^(?P<name>[^–—]+?)(?<!\s)\s+[–—-]\s+(?P<tagline>\S.*)$")
_NUMBERED = re.compile(r"^(?P<ref>\d{1,2})\.\s+(?P<text>\S.*)$")
_BOLD_LINE = re.compile(r"^\*\*[^*]+\*\*$")
_PLACEHOLDER = re.compile(r"^\[[^\]]+\]$")
_MARKED_TBC = re.compile(r"(?<!\s)\s*\((?:TBC|to be confirmed)\)\s*$", re.I)
_TITLE_WITH_YEARS = re.compile(
    r"Children and Young People['’]s Plan\s+(?P<years>(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2})\b", re.I
)
_NAME_THEN_POST = re.compile(r"^(?P<name>[A-Z][a-z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,2}),\s*(?P<post>\S.*)$")
_NAME_THEN_NUMBER = re.compile(r"^(?P<name>[A-Z][a-z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,2})\s+\d+$")


class SouthwarkCYPP2010:
    """Reads Southwark's committee report and draft Children and Young People's Plan 2010-2013."""

    name = "southwark-cypp-2010"
    description = "Southwark Children and Young People's Plan 2010-13 with its committee report"

    def sniff(self, document: Document) -> float:
        """Return 1.0 for this plan's layout, a low score for other text."""
        text = document.text
        score = 0.0
        if _COMMITMENT_HEADER.search(text) and re.search(r"Our priority is", text, re.I):
            score += 0.6
        if re.search(r"\bYou can expect\s*(?:\.{2,}|…)", text):
            score += 0.2
        if "Southwark" in text and re.search(r"Children and Young People['’]s Plan", text):
            score += 0.2
        return min(score, 1.0)

    def load(self, document: Document) -> Extraction:
        """Return everything this loader extracts from the plan.

        Raises:
            LoaderError: no "Children and Young People's Plan" title with its years is printed.
        """
        return _PlanReader(document).read()


# --- what one priority's detail section prints ---------------------------------------------------


@dataclass
class _Row:
    """One table row: the commitments and results its two cells list."""

    line: int
    commitments: list[str] = field(default_factory=list)
    results: list[str] = field(default_factory=list)


@dataclass
class _Block:
    """A priority's detail as printed: title, "You can expect..." statement and commissioning table."""

    label: str
    line: int
    in_report: bool
    expect: str | None = None
    expect_line: int | None = None
    header_line: int | None = None
    rows: list[_Row] = field(default_factory=list)

    @property
    def paired(self) -> bool:
        """True when each row sets one commitment beside its own results, rather than two lists."""
        filled = [row for row in self.rows if row.commitments]
        return len(filled) > 1 and all(
            len(row.commitments) <= 1 and len(row.results) <= 1 for row in self.rows
        )


class _PlanReader:
    """One pass over one document; holds what is found so far."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = document.lines
        self.plain = [plain_line(line) for line in self.lines]
        self.sections = find_headings(self.lines, SECTIONS)
        self.cover_lines: tuple[int, ...] = ()
        self.area_marks: list[tuple[int, str]] = []  # (0-based heading line, area key)
        self.extraction = Extraction(plan=self._plan_info(), loader=SouthwarkCYPP2010.name)
        self.appendix_start = self.sections.get(APPENDIX, 0)
        self.posts: dict[str, Post] = {}
        self.priorities: dict[str, Priority] = {}
        self.priority_by_match: dict[str, str] = {}
        self.areas: dict[str, str] = {}  # match key of the area's name -> priority key
        self.actions: dict[str, Action] = {}
        self.actions_by_priority: dict[str, dict[str, Action]] = {}

    def read(self) -> Extraction:
        """Return the extraction of the whole document."""
        self._read_report_header()
        self._read_recommendations()
        self._read_background_papers()
        self._read_appendix_list()
        self._read_audit_trail()
        self._read_vision()
        listed = self._read_areas()
        blocks = self._blocks()
        for block in blocks:
            if not block.in_report:
                self._add_block(block)
        self._add_listed(listed)
        for block in blocks:
            if block.in_report:
                self._merge_report_block(block)
        self._place_area_mentions()
        self._read_partners()
        self._read_placeholders()
        self.extraction.posts = list(self.posts.values())
        self.extraction.priorities = sorted(self.priorities.values(), key=lambda p: p.source_line)
        self.extraction.actions += list(self.actions.values())
        return self.extraction

    # -- layout helpers ------------------------------------------------------------------------

    def _section(self, heading: str) -> tuple[int, int] | None:
        """Return the 0-based line range under a heading, to the next Markdown heading; None if absent."""
        if heading not in self.sections:
            return None
        start = self.sections[heading]
        self.extraction.place(start + 1, "heading")
        end = start + 1
        while end < len(self.lines) and not self.lines[end].lstrip().startswith("#"):
            end += 1
        return start + 1, end

    def _is_heading(self, index: int) -> bool:
        return self.lines[index].lstrip().startswith("#")

    # -- plan ----------------------------------------------------------------------------------

    def _plan_info(self) -> PlanInfo:
        """The plan's title from the cover of Appendix 1, else the first title printed with its years."""
        title, line, years = self._cover_title() or self._printed_title()
        match = YEAR_RANGE.search(years)
        if not match:  # pragma: no cover - both title readers only return years that match
            raise LoaderError(self.document.path, f"title years {years!r} not understood")
        start = int(match.group(1))
        end_text = match.group(2)
        end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
        if end <= start:
            raise LoaderError(self.document.path, f"title years {years!r} do not run forwards", line=line)
        cited = tuple(
            CitedPlan(slug, label, plan_type)
            for slug, label, plan_type, pattern in CITED_PLANS
            if pattern.search(self.document.text)
        )
        return PlanInfo(
            authority=AUTHORITY,
            slug=f"cypp-{start}-{end % 100:02d}",
            title=title,
            plan_type=PLAN_TYPE,
            start_year=start,
            end_year=end,
            source_line=line,
            draws_on=cited,
        )

    def _cover_title(self) -> tuple[str, int, str] | None:
        """A heading "Children and Young People's Plan" with a heading of years just before or after it."""
        wanted = match_key(TITLE_WORDS)
        for index, text in enumerate(self.plain):
            if not (self._is_heading(index) and match_key(text) == wanted):
                continue
            for near in [*range(index - 1, max(index - 5, -1), -1), *range(index + 1, index + 5)]:
                if 0 <= near < len(self.lines) and self._is_heading(near):
                    years = YEAR_RANGE.fullmatch(self.plain[near])
                    if years:
                        self.cover_lines = (near + 1, index + 1)
                        return f"{text} {years.group()}", index + 1, years.group()
        return None

    def _printed_title(self) -> tuple[str, int, str]:
        for index, text in enumerate(self.plain):
            match = _TITLE_WITH_YEARS.search(text)
            if match:
                return clean_text(match.group()), index + 1, match.group("years")
        raise LoaderError(
            self.document.path,
            "title 'Children and Young People's Plan YYYY-YYYY' not found",
            hint="is this Southwark's CYPP 2010-13?",
        )

    # -- the committee report --------------------------------------------------------------------

    def _read_report_header(self) -> None:
        """The header table before the recommendations: meeting, report title, from whom."""
        end = self.sections.get(RECOMMENDATIONS, min(10, len(self.lines)))
        for index in range(end):
            if "\t" not in self.lines[index]:
                continue
            cells = [clean_text(cell) for cell in self.lines[index].split("\t")]
            label = cells[0].rstrip(":").casefold()
            values = [cell for cell in cells[1:] if cell]
            if label == "report title":
                self.extraction.place(index + 1, "report title")
            elif label == "from" and values and classify_owner(values[0]) is OwnerKind.POST:
                self._post(values[0], index + 1)
            else:
                self.extraction.place(index + 1, "report header")

    def _read_recommendations(self) -> None:
        section = self._section(RECOMMENDATIONS)
        if section is None:
            self.extraction.warn(1, f"no {RECOMMENDATIONS!r} section in the committee report")
            return
        for index in range(*section):
            match = _NUMBERED.match(self.plain[index])
            if match:
                self.extraction.actions.append(
                    Action(
                        key=f"recommendation-{match.group('ref')}",
                        ref=match.group("ref"),
                        label=match.group("text"),
                        source_line=index + 1,
                        action_type=RECOMMENDATION,
                        section="Recommendations",
                    )
                )

    def _read_background_papers(self) -> None:
        """The background-papers table; its contact column names a person with a phone extension."""
        section = self._section(BACKGROUND_DOCUMENTS)
        if section is None:
            return
        for index in range(*section):
            if "\t" not in self.lines[index]:
                continue
            cells = [clean_text(cell) for cell in self.lines[index].split("\t")]
            if cells[0].casefold().startswith("background paper"):
                self.extraction.place(index + 1, "table header")
                continue
            self.extraction.place(index + 1, "background paper")
            contact = _NAME_THEN_NUMBER.match(cells[-1]) if len(cells) > 1 else None
            if contact and classify_owner(contact.group("name")) is OwnerKind.PERSON:
                self.extraction.people.setdefault(contact.group("name"), index + 1)

    def _read_appendix_list(self) -> None:
        section = self._section(APPENDICES)
        if section is None:
            return
        for index in range(*section):
            if "\t" in self.lines[index]:
                self.extraction.place(index + 1, "appendix list")

    def _read_audit_trail(self) -> None:
        """Lead officer and report author (name, post), and the posts consulted (Yes/No columns)."""
        section = self._section(AUDIT_TRAIL)
        if section is None:
            self.extraction.warn(1, f"no {AUDIT_TRAIL!r} section: report officers not read")
            return
        for index in range(*section):
            if "\t" not in self.lines[index]:
                continue
            cells = [clean_text(cell) for cell in self.lines[index].split("\t")]
            label = cells[0]
            value = cells[1] if len(cells) > 1 else ""
            officer = _NAME_THEN_POST.match(value)
            if label.casefold() in OFFICER_ROWS and officer:
                name, title = officer.group("name"), officer.group("post")
                self.extraction.people.setdefault(name, index + 1)
                self._post(title, index + 1, holder=name, description=label)
            elif label.casefold() in OFFICER_ROWS:
                self.extraction.warn(index + 1, f"{label} {value!r} is not 'Name, Post'")
                self.extraction.place(index + 1, "audit trail")
            elif len(cells) > 2 and {cells[1].casefold(), cells[2].casefold()} <= {"yes", "no"}:
                consulted = f"comments sought: {cells[1]}; comments included: {cells[2]}"
                self._post(label, index + 1, description=consulted)
            elif label.casefold() == "officer title":
                self.extraction.place(index + 1, "table header")
            else:
                self.extraction.place(index + 1, "audit trail")

    def _post(self, title: str, line: int, holder: str | None = None, description: str | None = None) -> None:
        """Add a post, or complete the one already named with a title that differs only in spelling."""
        key = slugify(title.replace("&", " and "))
        known = self.posts.get(key)
        if known is None:
            self.posts[key] = Post(title, line, holder=holder, description=description)
            return
        self.extraction.place(line, "post")
        if holder and known.holder and holder != known.holder:
            self.extraction.warn(line, f"post {title!r} held by {holder!r} here, {known.holder!r} before")
            return
        self.posts[key] = dataclasses.replace(
            known, holder=known.holder or holder, description=known.description or description
        )

    # -- the plan: vision and priority areas ------------------------------------------------------

    def _read_vision(self) -> None:
        section = self._section(VISION)
        if section is None:
            self.extraction.warn(self.appendix_start + 1, f"no {VISION!r} heading: vision not read")
            return
        for index in range(*section):
            text = self.plain[index]
            if text:
                self.extraction.vision = Vision(text.strip("“”\"'‘’ "), index + 1)
                return

    def _read_areas(self) -> list[tuple[str, int, str | None]]:
        """Read the priority areas and the priorities listed under each.

        Returns the listed priorities as ``(label as printed, line, area key)``; the areas
        themselves become priorities here. The part ends at the first heading that is neither
        an area ("Name – tagline") nor a priority.
        """
        if PRIORITIES not in self.sections:
            self.extraction.warn(self.appendix_start + 1, f"no {PRIORITIES!r} heading: no priority areas")
            return []
        start = self.sections[PRIORITIES]
        self.extraction.place(start + 1, "heading")
        listed: list[tuple[str, int, str | None]] = []
        current: str | None = None
        listing = False
        for index in range(start + 1, len(self.lines)):
            text = self.plain[index]
            if not text:
                continue
            if _PRIORITY_LEAD.match(text):
                listing = False
                continue
            if self._is_heading(index):
                area = _AREA.match(text)
                if not area:
                    break
                current = self._area(area.group("name"), area.group("tagline"), index + 1)
                self.area_marks.append((index, current))
                listing = True
                continue
            had_marker, item = strip_bullet(clean_text(self.lines[index]))
            if listing and had_marker and item:
                listed.append((item, index + 1, current))
        return listed

    def _area(self, name: str, tagline: str, line: int) -> str:
        """Return the key of a priority area, adding it the first time it is named."""
        found = self.areas.get(match_key(name))
        if found:
            self.extraction.place(line, "heading: priority area")
            return found
        key = self._unique_priority_key(f"area-{slugify(name)}")
        self.priorities[key] = Priority(
            key=key, label=name, source_line=line, description=tagline, section=PRIORITIES
        )
        self.areas[match_key(name)] = key
        return key

    def _area_at(self, index: int) -> str | None:
        """Return the key of the area whose heading is the last before ``index``."""
        found = None
        for mark, key in self.area_marks:
            if mark < index:
                found = key
        return found

    def _place_area_mentions(self) -> None:
        """Lines outside the priorities part that name an area with its tagline (report item 6, vision)."""
        for index, text in enumerate(self.plain):
            if index + 1 in self.extraction.placed or self._is_heading(index):
                continue
            _, item = strip_bullet(text)
            area = _AREA.match(item)
            if area and match_key(area.group("name")) in self.areas:
                where = "quoted in report" if index < self.appendix_start else "listed"
                self.extraction.place(index + 1, f"priority area ({where})")

    # -- the plan: priority detail sections -------------------------------------------------------

    def _blocks(self) -> list[_Block]:
        """Every priority detail section, in the plan and quoted in the report, in printed order.

        A section starts at an "Our priority is..." line, or at a bold line followed by a
        "You can expect..." line (as the report quotes them), and runs to the next section start
        or Markdown heading.
        """
        starts: list[tuple[int, str]] = []
        for index, text in enumerate(self.plain):
            lead = _PRIORITY_LEAD.match(text)
            if lead:
                starts.append((index, lead.group("label")))
            elif _BOLD_LINE.match(self.lines[index].strip()) and self._next_is_expectation(index):
                starts.append((index, text))
        blocks: list[_Block] = []
        for number, (index, label) in enumerate(starts):
            end = starts[number + 1][0] if number + 1 < len(starts) else len(self.lines)
            stop = next((i for i in range(index + 1, end) if self._is_heading(i)), end)
            if not label:
                self.extraction.warn(index + 1, "'Our priority is...' line names no priority")
                continue
            in_report = self.appendix_start > 0 and index < self.appendix_start
            block = _Block(label, index + 1, in_report)
            self._read_block(block, index + 1, stop)
            blocks.append(block)
        return blocks

    def _next_is_expectation(self, index: int) -> bool:
        following = next((i for i in range(index + 1, len(self.lines)) if self.plain[i]), None)
        return following is not None and bool(_EXPECT_LEAD.match(self.plain[following]))

    def _read_block(self, block: _Block, start: int, end: int) -> None:
        """Fill ``block`` from lines ``start:end``: the expectation, the table header and its rows."""
        columns: tuple[int, int] | None = None
        for index in range(start, end):
            raw, text = self.lines[index], self.plain[index]
            if not text:
                continue
            expect = _EXPECT_LEAD.match(text)
            if expect and block.expect is None:
                block.expect, block.expect_line = expect.group("text"), index + 1
            elif "\t" in raw and columns is None:
                columns = self._table_columns(raw, index + 1)
                block.header_line = index + 1
            elif "\t" in raw and columns is not None:
                self._read_row(block, raw, index + 1, columns)
            elif columns is not None:
                break  # the table ends at the first line that is not a row
        if block.expect is None:
            self.extraction.warn(block.line, f"priority {block.label!r} has no 'You can expect...' statement")
        if columns is None:
            self.extraction.warn(block.line, f"priority {block.label!r} has no commissioning table")

    def _table_columns(self, raw: str, line: int) -> tuple[int, int]:
        """Return the (commitments, results) columns of a header row, by their lead-in words."""
        cells = [clean_text(cell) for cell in raw.split("\t")]
        columns = map_columns(cells)
        commitments = columns.index(ColumnRole.ACTION)
        results = columns.index(ColumnRole.EXPECTED_RESULT)
        if commitments is None or results is None:
            self.extraction.warn(
                line,
                f"table header {' | '.join(cells)!r} not understood: columns read as commitments, results",
            )
            return 0, 1
        return commitments, results

    def _read_row(self, block: _Block, raw: str, line: int, columns: tuple[int, int]) -> None:
        """Add one row; an item starting in lower case continues the previous row's last item."""
        cells = raw.split("\t")
        row = _Row(line)
        previous = block.rows[-1] if block.rows else None
        for column, items, earlier in (
            (columns[0], row.commitments, previous.commitments if previous else None),
            (columns[1], row.results, previous.results if previous else None),
        ):
            texts = [item.text for item in cell_items(cells[column])] if column < len(cells) else []
            if texts and texts[0][:1].islower() and earlier:
                earlier[-1] = f"{earlier[-1]} {texts.pop(0)}"
            items.extend(texts)
        if row.commitments or row.results:
            block.rows.append(row)
        else:
            self.extraction.place(line, "table row continued")

    # -- building priorities and commitments ------------------------------------------------------

    def _unique_priority_key(self, key: str) -> str:
        unique, number = key, 2
        while unique in self.priorities:
            unique, number = f"{key}-{number}", number + 1
        return unique

    def _add_block(self, block: _Block) -> None:
        """A detail section of the plan: its priority under the area heading above it, and its actions."""
        area = self._area_at(block.line - 1)
        if area is None:
            self.extraction.warn(block.line, f"priority {block.label!r} is under no priority area")
        if match_key(block.label) in self.priority_by_match:
            self.extraction.warn(block.line, f"priority {block.label!r} printed twice; second kept apart")
        key = self._unique_priority_key(slugify(block.label))
        priority = Priority(
            key=key,
            label=block.label,
            source_line=block.line,
            parent=area,
            section=self.priorities[area].label if area else None,
            description=block.expect,
        )
        self.priorities[key] = priority
        self.priority_by_match.setdefault(match_key(block.label), key)
        self.actions_by_priority[key] = {}
        self._place_block_lines(block, "")
        paired = block.paired
        action: Action | None = None
        for row in block.rows:
            for commitment in row.commitments:
                action = self._commitment(priority, commitment, row.line)
            if paired and action is not None:
                action.expected_results += row.results
            else:
                priority.expected_results += row.results

    def _commitment(self, priority: Priority, text: str, line: int) -> Action:
        key, number = slugify(text), 2
        base = key
        while key in self.actions:
            key, number = f"{base}-{number}", number + 1
        action = Action(
            key=key,
            label=text,
            source_line=line,
            supports=[priority.key],
            action_type=COMMISSIONING_INTENTION,
            section=priority.section,
        )
        self.actions[key] = action
        self.actions_by_priority.setdefault(priority.key, {})[match_key(text)] = action
        return action

    def _place_block_lines(self, block: _Block, suffix: str) -> None:
        if block.expect_line:
            self.extraction.place(block.expect_line, f"priority description{suffix}")
        if block.header_line:
            self.extraction.place(block.header_line, f"table header{suffix}")

    def _add_listed(self, listed: Sequence[tuple[str, int, str | None]]) -> None:
        """Listed priorities: the same node as their detail section, or a priority listed only."""
        detailed = {key for key in self.priority_by_match.values()}
        named: set[str] = set()
        for label, line, area in listed:
            tbc = _MARKED_TBC.search(label)
            label = _MARKED_TBC.sub("", label)
            key = self.priority_by_match.get(match_key(label))
            if key is not None:
                named.add(key)
                self.extraction.place(line, "priority (listed)")
                if self.priorities[key].parent != area:
                    self.extraction.warn(
                        line, f"priority {label!r} is listed under another area than its detail"
                    )
                continue
            key = self._unique_priority_key(slugify(label))
            self.priorities[key] = Priority(
                key=key,
                label=label,
                source_line=line,
                parent=area,
                section=self.priorities[area].label if area else None,
                listed_only=True,
            )
            self.priority_by_match[match_key(label)] = key
            marked = " and marked (TBC)" if tbc else ""
            self.extraction.warn(line, f"priority {label!r} is listed{marked} with no detail section")
        if listed:
            for key in sorted(detailed - named):
                priority = self.priorities[key]
                self.extraction.warn(
                    priority.source_line,
                    f"priority {priority.label!r} has a detail section but is not listed",
                )

    def _merge_report_block(self, block: _Block) -> None:
        """A section the report quotes from the plan: the plan's own nodes, with the report lines placed."""
        key = self.priority_by_match.get(match_key(block.label))
        if key is None:
            self.extraction.warn(block.line, f"report quotes priority {block.label!r}, not found in the plan")
            self._add_block(block)
            return
        priority = self.priorities[key]
        self.extraction.place(block.line, "priority (quoted in report)")
        if priority.listed_only:
            self.extraction.warn(block.line, f"priority {block.label!r} has its detail only in the report")
            priority.listed_only = False
            priority.description = block.expect
        self._place_block_lines(block, " (quoted in report)")
        if block.expect and match_key(block.expect) != match_key(priority.description or ""):
            self.extraction.warn(
                block.expect_line or block.line, "report's 'You can expect...' differs from the plan's"
            )
        actions = self.actions_by_priority.setdefault(key, {})
        known_results = {match_key(r) for r in priority.expected_results}
        known_results |= {match_key(r) for action in actions.values() for r in action.expected_results}
        for row in block.rows:
            self.extraction.place(row.line, "commitment (quoted in report)")
            for commitment in row.commitments:
                if match_key(commitment) not in actions:
                    self.extraction.warn(
                        row.line, f"report quotes commitment {commitment!r}, not in the plan"
                    )
                    actions[match_key(commitment)] = self._commitment(priority, commitment, row.line)
            for result in row.results:
                if match_key(result) not in known_results:
                    self.extraction.warn(row.line, f"report quotes result {result!r}, not in the plan")
                    priority.expected_results.append(result)
                    known_results.add(match_key(result))

    # -- partners and loose ends --------------------------------------------------------------

    def _read_partners(self) -> None:
        """Each partner body at the line first naming it, and on every item whose text names it."""
        for partner in PARTNERS:
            line = next(
                (index + 1 for index, text in enumerate(self.plain) if partner.mention.search(text)), None
            )
            if line is not None:
                self.extraction.partners.append(PartnerBody(partner.name, line))
        for priority in self.priorities.values():
            texts = [priority.label, priority.description or "", *priority.expected_results]
            priority.partners = _partners_named(texts)
        for action in [*self.extraction.actions, *self.actions.values()]:
            action.partners = _partners_named([action.label, *action.expected_results])

    def _read_placeholders(self) -> None:
        """Bracketed notes the draft prints where text is still to come."""
        for index, text in enumerate(self.plain):
            if _PLACEHOLDER.match(text) and index + 1 not in self.extraction.placed:
                self.extraction.place(index + 1, "placeholder")
                self.extraction.warn(index + 1, f"draft placeholder {text!r}: nothing to read here yet")
        for line in self.cover_lines:
            self.extraction.place(line, "title")
        if APPENDIX in self.sections:
            self.extraction.place(self.sections[APPENDIX] + 1, "heading")
            self._place_cover(self.sections[APPENDIX] + 1)

    def _place_cover(self, start: int) -> None:
        """The cover lines between the "APPENDIX 1" heading and the plan's title."""
        title = self.extraction.plan.source_line - 1
        if not start <= title < start + 8:
            return
        for index in range(start, title):
            if self.plain[index]:
                self.extraction.place(index + 1, "title page")


def _partners_named(texts: Sequence[str]) -> list[str]:
    """Return the partner bodies named in any of ``texts``, in :data:`PARTNERS` order."""
    return [partner.name for partner in PARTNERS if any(partner.on_item.search(text) for text in texts)]
