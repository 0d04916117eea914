"""The reading engine: any plan, in any layout, into plan records by general rules.

The generic loader (:class:`GenericLoader`) runs it. The steps:

1. tables the text flattened (one cell a line, space-aligned, delimited) are rebuilt tab-separated
   in place (:mod:`~councilkg.loaders.generic.flattables`), so line numbers stay the plan's own;
2. the section reader (:class:`~councilkg.loaders.generic.sections.SectionReader`) reads the tables by their
   header rows and the headings that section rules name;
3. the outline reader (:mod:`~councilkg.loaders.generic.outline`) reads what headings, numbered paragraphs
   and lists state outside tables, after the tables printed cell after cell under a header on one
   line (:mod:`~councilkg.loaders.generic.columnrows`); where the file's format marks headings
   (:attr:`~councilkg.documents.document.Document.headings`: HTML, Word, PDF), the marks settle which
   lines are headings and how they nest (:mod:`~councilkg.loaders.generic.markedheadings`), and no
   marked heading is an action or measure; plain text is read from its words alone;
4. the outcomes of a national framework the plan is organised by, named as headings or contents
   entries, become the plan's own outcomes (:mod:`~councilkg.loaders.generic.framework_outcomes`),
   and the blocks of a Local Area Agreement it lists its priorities
   (:mod:`~councilkg.loaders.generic.laa_blocks`);
5. the posts and people a profile's row rules name (:mod:`~councilkg.loaders.generic.postrows`), and
   the partner bodies and draft placeholders it names, are found in the text
   (:mod:`~councilkg.loaders.generic.mentions`).

Every item records the rule that read it and a confidence (:class:`~councilkg.loaders.model.Reading`):
where measured, the rule's precision on plans it had not been developed on
(:mod:`~councilkg.loaders.generic.calibration`, applied at the end of the run).
A plan with no item is refused with one line saying what was looked for. :func:`inspect_plan` shows
the tables found with their header-to-role mapping, every item with its rule, and the lines left
unplaced, so a user sees why before writing a profile.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from councilkg.documents.document import Document
from councilkg.documents.extracted import Position
from councilkg.errors import LoaderError, UnknownLayoutError
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.generic.bareruns import read_bare_runs
from councilkg.loaders.generic.calibration import calibrate
from councilkg.loaders.generic.columnrows import read_column_rows
from councilkg.loaders.generic.confidencecut import BELOW, cut_below
from councilkg.loaders.generic.contents import is_contents_entry, page_first_entries, page_last_entries
from councilkg.loaders.generic.contentsruns import contents_run_entries, paged_run_lines
from councilkg.loaders.generic.countedprefix import read_counted_prefixes
from councilkg.loaders.generic.cutoff import drop_cut_off_items
from councilkg.loaders.generic.failurerisks import read_failure_risks
from councilkg.loaders.generic.flattables import Rebuilt, rebuild_tables
from councilkg.loaders.generic.framework_outcomes import read_framework_outcomes
from councilkg.loaders.generic.gluedcells import RULE_GLUED_CELLS, glued_rows
from councilkg.loaders.generic.laa_blocks import read_laa_blocks
from councilkg.loaders.generic.lonecommitment import drop_lone_commitment
from councilkg.loaders.generic.markedheadings import drop_marked_heading_items
from councilkg.loaders.generic.mentions import read_mentions
from councilkg.loaders.generic.minuteitems import drop_lone_minute_item
from councilkg.loaders.generic.namedpriorities import read_named_priorities
from councilkg.loaders.generic.namedrefs import read_named_refs
from councilkg.loaders.generic.outline import read_outline
from councilkg.loaders.generic.pagemarks import page_mark_entries
from councilkg.loaders.generic.pipecells import gather_pipe_tables
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.promisedresults import read_promised_results
from councilkg.loaders.generic.ratedcells import numbered_cell_rows
from councilkg.loaders.generic.repeatedtitles import drop_repeated_titles
from councilkg.loaders.generic.sections import SectionReader
from councilkg.loaders.generic.sectionstate import LOADER_NAME
from councilkg.loaders.generic.sharingpage import site_furniture
from councilkg.loaders.generic.sidecolumns import side_by_side
from councilkg.loaders.generic.tablekinds import classifier, known_cells
from councilkg.loaders.model import Action, Extraction, Indicator, Priority, Reading, Risk
from councilkg.loaders.parsing.tablefinder import header_columns
from councilkg.text import plain_line

#: What the generic loader's sniff returns: below the threshold at which a specific loader claims a
#: plan, so it is only ever the fallback.
FALLBACK_SCORE = 0.25
#: A longer line is no heading a profile's required section rule looks for.
MAX_HEADING_CHARS = 300


class GenericLoader:
    """Reads any plan whose tables have header rows; a profile adds one layout's headings and headers."""

    name = LOADER_NAME
    description = "Any layout: tables with header rows, headings read as priorities and outcomes (fallback)"
    fallback = True

    def __init__(self, profile: Profile | None = None) -> None:
        self.profile = profile or Profile()

    def sniff(self, document: Document) -> float:
        """Return a score below any specific loader's: the generic loader reads any plan, or says why not."""
        return FALLBACK_SCORE

    def load(self, document: Document) -> Extraction:
        """Return what the generic loader extracts from the plan.

        Raises:
            UnknownLayoutError: the plan states no item the loader finds (with a profile: no table it reads).
        """
        return load_with_profile(document, self.profile)


def load_with_profile(document: Document, profile: Profile | None = None) -> Extraction:
    """Return the extraction of ``document`` by the generic loader with ``profile`` (or none).

    Without a profile the whole engine reads the plan: flattened tables are rebuilt
    (:mod:`~councilkg.loaders.generic.flattables`), tables and headings are read, then the outline
    (:mod:`~councilkg.loaders.generic.outline`) adds what headings, numbered paragraphs and lists state.

    Raises:
        UnknownLayoutError: no plan item found (with a profile: no table with a header row it reads).
    """
    return read_plan(document, profile or Profile())


#: What the engine looks for, said when it finds none of it.
LOOKED_FOR = (
    "looked for tables with a header row (tab-separated, space-aligned, delimited or one cell per line), "
    "priority and outcome headings, numbered paragraphs, and lists of actions or measures"
)


@dataclass(frozen=True)
class SeenColumn:
    """One header cell of a table the engine found, and the role it was read as (``None``: no role)."""

    heading: str
    role: str | None


@dataclass(frozen=True)
class TableSeen:
    """A table the engine found: how it was printed, where, its columns, and what it was read as."""

    shape: str
    header_line: int
    end_line: int
    rows: int
    columns: tuple[SeenColumn, ...]
    read_as: str | None  # "actions", "indicators", "risks"...; None when its rows were not read


@dataclass(frozen=True)
class ItemSeen:
    """An item the engine read: kind, line, ref, label, and the rule and confidence it was read with."""

    kind: str
    line: int
    ref: str | None
    label: str
    rule: str | None
    confidence: float | None


@dataclass
class Inspection:
    """What the engine saw in a plan: tables, items, unplaced lines, and why it refused it, if it did."""

    file: str
    tables: list[TableSeen] = field(default_factory=list)
    items: list[ItemSeen] = field(default_factory=list)
    unplaced: list[tuple[int, str]] = field(default_factory=list)
    refused: str | None = None
    #: (header line, why) for each table seen but not rebuilt (a shape plain text cannot settle)
    unsettled: list[tuple[int, str]] = field(default_factory=list)
    #: (line, level, text) for each line the file's format marks as a heading (PDF, Word, HTML)
    headings: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class _Engine:
    extraction: Extraction
    rebuilt: Rebuilt
    reader: SectionReader


def _run(document: Document, profile: Profile) -> _Engine:
    """Return the engine's extraction of ``document``, with the tables it rebuilt and its section reader."""
    test = classifier(profile)
    known = known_cells(profile)
    lines = list(document.lines)
    rated = numbered_cell_rows(lines)
    for number, row in rated.items():  # "CYP101: … / 3": a rating, no page number
        lines[number - 1] = row
    # "ActivityCabinet MemberEnd date": a table whose cells the text glued, given tab-separated
    glued = glued_rows(lines, lambda cells: header_columns(cells, test, known, profile.builtin_columns))
    for number, row in glued.items():
        lines[number - 1] = row
    page_first = page_first_entries(lines)
    page_last = page_last_entries(lines)
    marked = page_mark_entries(lines)  # "Forward P3": pages marked so
    paged = paged_run_lines(lines)  # "Introduction 4 Healthy Communities 7 …": a contents page
    furniture = site_furniture(lines)  # "Upload: others", "215 views": a sharing site's, no headings
    for number in furniture:
        lines[number - 1] = ""
    contents = [
        number
        for number, line in enumerate(lines, start=1)
        if is_contents_entry(line)
        or number in page_first
        or number in page_last
        or contents_run_entries(line)
        or number in marked.entries
        or number in paged
    ]
    for number in [*contents, *marked.marks]:  # a contents page repeats the headings: read them once
        lines[number - 1] = ""
    # a "|" table printed one cell a line: gathered one row a line, for the delimited reader (a one-column
    # table under a cell naming a kind: the list it is)
    gathered = profile.flattened_tables and gather_pipe_tables(
        lines, lambda cells: header_columns(cells, test, known, profile.builtin_columns)
    )
    if profile.flattened_tables:
        rebuilt = rebuild_tables(
            lines, lambda cells: header_columns(cells, test, known, profile.builtin_columns)
        )
    else:
        rebuilt = Rebuilt(lines)
    changed = bool(rebuilt.tables or contents or furniture or gathered or rated or glued)
    view = dataclasses.replace(document, text="\n".join(rebuilt.lines)) if changed else document
    reader = SectionReader(view, profile)
    extraction = reader.scan()
    extraction.place([*contents, *marked.marks], "contents")
    extraction.place(furniture, "page furniture")
    table_rows = {row.line for found in reader.layout.tables for row in found.rows}
    for item in _items(extraction):  # the glued table's rows: read by the header naming their kind
        if item.reading is None and item.source_line in glued:
            item.reading = Reading(RULE_GLUED_CELLS, 0.8)
    _mark_table_readings(extraction, rebuilt, table_rows)
    # a rebuilt table whose rows the reader could not read leaves its lines, as printed, to the outline
    unread = {seen.table.header_line for seen in reader.tables_seen if seen.kind is None}
    read_tables = [table for table in rebuilt.tables if table.header_line not in unread]
    outline_lines = list(view.lines)
    outline_lines += [""] * (len(lines) - len(outline_lines))  # blanked entries ending the text
    for table in rebuilt.tables:
        if table.header_line in unread:
            printed = slice(table.header_line - 1, table.end_line)
            outline_lines[printed] = lines[printed]
    outline_lines = side_by_side(outline_lines)  # two columns printed side by side: the list's read
    for table in read_tables:  # the lines a rebuilt table's cells were printed on
        extraction.place(range(table.header_line, table.end_line + 1), f"table: {table.shape}")
    if profile.outline and profile.builtin_sections:  # the outline's rules are built-in heading rules
        placed = set(extraction.placed)
        placed |= {line for table in read_tables for line in range(table.header_line, table.end_line + 1)}
        placed |= _record_lines(extraction)
        entries = {
            number: page_first.get(number)
            or marked.entries.get(number)
            or paged.get(number)
            or document.lines[number - 1]
            for number in contents
        }
        placed |= read_column_rows(outline_lines, extraction, reader.rows.key, placed.__contains__)
        read_outline(
            outline_lines,
            extraction,
            reader.rows.key,
            lambda number: number in placed,
            entries,
            document.headings,
        )
        placed |= _record_lines(extraction) | set(extraction.placed)
        read_named_refs(outline_lines, extraction, reader.rows.key, lambda number: number in placed)
        read_failure_risks(outline_lines, extraction, (placed | _record_lines(extraction)).__contains__)
        read_named_priorities(outline_lines, extraction, reader.rows.key, lambda number: number in placed)
        read_bare_runs(outline_lines, extraction, reader.rows.key, lambda number: number in placed)
        read_counted_prefixes(document.lines, extraction, reader.rows.key)
        read_promised_results(extraction, reader.rows.key)
        listed = {number for number, why in extraction.placed.items() if why == "contents"}
        read_framework_outcomes(document.lines, extraction, reader.rows.key, listed)
        read_laa_blocks(document.lines, extraction, reader.rows.key)
        drop_lone_commitment(extraction)
        drop_lone_minute_item(extraction)
        drop_repeated_titles(extraction)
        drop_cut_off_items(extraction, document.lines)
        drop_marked_heading_items(extraction, outline_lines, document.headings)
    _drop_wordless_items(extraction)
    if profile.heading_lines is not None:  # headings nothing read: placed, not left as unread text
        pattern, placed = profile.heading_lines, set(extraction.placed) | _record_lines(extraction)
        headings = [n for n, raw in enumerate(document.lines, 1) if n not in placed and pattern.search(raw)]
        extraction.place(headings, "heading")
    read_mentions(document.lines, extraction, profile)
    if document.positions:
        _mark_positions(extraction, document.positions)
    calibrate(extraction)  # each rule's measured confidence, where measured (calibration.py)
    cut_below(extraction, profile.min_confidence)  # a profile's floor on confidence (confidencecut.py)
    return _Engine(extraction, rebuilt, reader)


#: An item's label names something: "56.5%", "2008/9" or "(2007)" read as one is a value cell.
_A_WORD = re.compile(r"[^\W\d_]{2}")


def _drop_wordless_items(extraction: Extraction) -> None:
    """Take out the priorities, actions, indicators and risks whose label holds no word (a value a
    table's row put in its label cell), placing their lines as values; returns nothing."""
    extraction.take_out(lambda item: not _A_WORD.search(item.label), "value")


def _mark_positions(extraction: Extraction, positions: dict[int, Position]) -> None:
    """Add to each item's reading the page and box its first line was printed at (a PDF's)."""
    for item in _items(extraction):
        where = positions.get(item.source_line)
        if where is not None and item.reading is not None:
            item.reading = dataclasses.replace(item.reading, page=where.page, bbox=where.bbox)
    for index, outcome in enumerate(extraction.outcomes):
        where = positions.get(outcome.source_line)
        if where is not None and outcome.reading is not None:
            reading = dataclasses.replace(outcome.reading, page=where.page, bbox=where.bbox)
            extraction.outcomes[index] = dataclasses.replace(outcome, reading=reading)


def _has_items(extraction: Extraction) -> bool:
    return bool(
        extraction.priorities
        or extraction.actions
        or extraction.indicators
        or extraction.risks
        or extraction.outcomes
        or extraction.budget_lines
        or extraction.savings
        or extraction.contracts
    )


def _refusal(
    document: Document, extraction: Extraction | None = None, minimum: float = 0.0
) -> UnknownLayoutError:
    cut = sum(1 for why in extraction.placed.values() if why == BELOW) if extraction is not None else 0
    if cut:
        return UnknownLayoutError(
            document.path,
            f"no plan items found at confidence {minimum:g} or more ({cut} read below it)",
            hint="lower the profile's min_confidence; `councilkg inspect FILE` shows each item's confidence",
        )
    return UnknownLayoutError(
        document.path,
        "no plan items found",
        hint=f"{LOOKED_FOR}; if the plan states items in another way, write a profile "
        "(councilkg profile init FILE) or see `councilkg inspect FILE`",
    )


def read_plan(document: Document, profile: Profile | None = None) -> Extraction:
    """Return the items the generic engine reads from any plan: its tables, headings and outline.

    A profile adds its layout's sections, columns and owners, and may switch off the rebuilding of
    flattened tables or the outline. Each item the engine reads records how
    (:class:`~councilkg.loaders.model.Reading`).

    Raises:
        UnknownLayoutError: the plan states no item the engine finds ("no plan items found"), unless
            the profile reads such a plan (``read_empty``).
    """
    profile = profile or Profile()
    _check_required_sections(document, profile)
    engine = _run(document, profile)
    if not _has_items(engine.extraction) and not profile.read_empty:
        raise _refusal(document, engine.extraction, profile.min_confidence)
    if not _has_items(engine.extraction):
        engine.extraction.warn(
            1, "no plan items found; read as a plan without items (the profile's read_empty)"
        )
    _warn_expected_sections(document, profile, engine.extraction)
    return engine.extraction


def _check_required_sections(document: Document, profile: Profile) -> None:
    """Raise when the plan lacks a heading a section rule of the profile says its layout has."""
    for index, name in _missing_sections(document, profile, required=True)[:1]:
        raise LoaderError(
            document.path,
            f"section {name!r} not found (the profile's sections[{index}] requires it)",
            hint=f"the text ends at line {len(document.lines)}; is it cut short?",
        )


def _warn_expected_sections(document: Document, profile: Profile, extraction: Extraction) -> None:
    """Warn (at line 1) of each heading a section rule expects that the plan does not print."""
    for index, name in _missing_sections(document, profile, required=False):
        extraction.warn(1, f"section {name!r} not found (the profile's sections[{index}] expects it)")


def _missing_sections(document: Document, profile: Profile, required: bool) -> list[tuple[int, str]]:
    """Return (index, name) of each section rule that requires (or else expects) a heading the plan
    does not print; the name is the pattern, or the literal heading it stands for."""
    rules = [
        (index, rule)
        for index, rule in enumerate(profile.sections)
        if (rule.required if required else rule.expected)
    ]
    if not rules:
        return []
    headings = {plain_line(line) for line in document.lines if len(line) <= MAX_HEADING_CHARS}
    missing: list[tuple[int, str]] = []
    for index, rule in rules:
        if not any(rule.pattern.search(heading) for heading in headings):
            plain = rule.pattern.pattern.removeprefix("^").removesuffix("$")
            literal = re.escape(plain).replace("\\ ", " ") == plain  # '^Key Activities$' → 'Key Activities'
            missing.append((index, plain if literal else rule.pattern.pattern))
    return missing


def inspect_plan(document: Document, profile: Profile | None = None) -> Inspection:
    """Return what the engine sees in a plan, even one it refuses: tables, items and unplaced lines.

    Example:
        >>> text = "Priority 1: Safer homes\\nAction\\nLead\\nAudit plans\\nHead of X\\n"
        >>> seen = inspect_plan(Document.from_text("p.txt", text))
        >>> [(t.shape, [c.role for c in t.columns], t.read_as) for t in seen.tables]
        [('one cell per line', ['action', 'responsible'], 'actions')]
        >>> [(i.kind, i.label, i.rule) for i in seen.items][1]
        ('action', 'Audit plans', 'table: one cell per line')
    """
    engine = _run(document, profile or Profile())
    extraction = engine.extraction
    inspection = Inspection(document.name, unsettled=list(engine.rebuilt.unsettled))
    inspection.headings = [
        (line, level, document.lines[line - 1]) for line, level in sorted((document.headings or {}).items())
    ]
    kinds = {id(seen.table): seen.kind for seen in engine.reader.tables_seen}
    for found in engine.reader.layout.tables:
        rebuilt = engine.rebuilt.table_at(found.header_line)
        roles = {column.index: column.role.value for column in found.columns.columns}
        kind = kinds.get(id(found))
        inspection.tables.append(
            TableSeen(
                shape=rebuilt.shape if rebuilt else "tab-separated",
                header_line=found.header_line,
                end_line=rebuilt.end_line if rebuilt else max([row.line for row in found.rows], default=0),
                rows=len(found.rows),
                columns=tuple(SeenColumn(cell, roles.get(index)) for index, cell in enumerate(found.header)),
                read_as=kind.value if kind is not None else None,
            )
        )
    groups: list[tuple[str, list[Priority] | list[Action] | list[Indicator] | list[Risk]]] = [
        ("priority", extraction.priorities),
        ("action", extraction.actions),
        ("indicator", extraction.indicators),
        ("risk", extraction.risks),
    ]
    for outcome in extraction.outcomes:
        reading = outcome.reading
        inspection.items.append(
            ItemSeen(
                "outcome",
                outcome.source_line,
                outcome.notation,
                outcome.label,
                reading.rule if reading else None,
                reading.confidence if reading else None,
            )
        )
    for kind_name, items in groups:
        for item in items:
            reading = item.reading
            inspection.items.append(
                ItemSeen(
                    kind_name,
                    item.source_line,
                    item.ref,
                    item.label,
                    reading.rule if reading else None,
                    reading.confidence if reading else None,
                )
            )
    inspection.items.sort(key=lambda seen: seen.line)
    coverage = coverage_of(extraction, document)
    inspection.unplaced = [(line.line, line.text) for line in coverage.unplaced]
    if not _has_items(extraction):
        inspection.refused = str(_refusal(document, extraction, (profile or Profile()).min_confidence))
    return inspection


def _items(extraction: Extraction) -> list[Priority | Action | Indicator | Risk]:
    """Return the extraction's priorities, actions, indicators and risks: the items that carry a reading."""
    return [*extraction.priorities, *extraction.actions, *extraction.indicators, *extraction.risks]


def _record_lines(extraction: Extraction) -> set[int]:
    return {item.source_line for item in _items(extraction)}


def _mark_table_readings(extraction: Extraction, rebuilt: Rebuilt, table_rows: set[int]) -> None:
    """Record on each item the table reader read how its table was printed, and headings' readings."""
    for item in _items(extraction):
        if item.reading is not None:
            continue
        table = rebuilt.table_at(item.source_line)
        if table is not None:
            item.reading = Reading(f"table: {table.shape}", table.confidence)
        elif item.source_line in table_rows:
            item.reading = Reading("table: tab-separated", 0.95)
        else:
            item.reading = Reading("heading: section rule", 0.8)
