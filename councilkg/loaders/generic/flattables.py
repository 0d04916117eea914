"""Rebuilding the tables that PDF and web-page text flattens, so the table reader can read them.

Text taken from a plan's PDF or web page rarely keeps a table's tabs. Its rows come out

- **one cell per line**: the header's N cells on N short lines, then each row's cells, a cell
  perhaps wrapped over several lines or missing when empty;
- **space-aligned**: a row a line, columns separated by runs of two or more spaces;
- **delimited**: a row a line, cells separated by `` | `` or `` / `` (a Markdown table too); the
  header may go on over the lines before a first row led by its reference ("1 / …"), and the rows of
  a table led so take every line under them not led by one (a cell printing the delimiter, "Chair /
  DCS", or a progress note over several lines).

Each shape starts at a header row whose cells read as column headings (the header vocabulary of
:mod:`~councilkg.loaders.parsing.columns`). :func:`rebuild_tables` returns the plan's lines with every table
found rewritten as tab-separated rows, **each row on the line where it starts and the lines it
consumed left blank**, so every line number, and so every item's ``ckg:sourceLine``, is the plan's own.

One cell per line is the hard case: the lines of the rows are fitted to the columns by dynamic
programming, each line joining the cell of the column whose kind of text it reads as (a date under
"By when", a post or initials under "Lead", a number under "Target", a sentence under "Action"),
a wrapped cell costing a little, a missing cell a little more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.loaders.generic.rowstarts import starts_row
from councilkg.loaders.parsing.columns import MEASURE_TYPES, OWNER_ROLES, ColumnMap, ColumnRole
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text, ends_mid_phrase

HeaderTest = Callable[[Sequence[str]], ColumnMap | None]
"""Reads a row of cells into their columns when it is a header row, else ``None``."""

SHAPE_ONE_CELL_PER_LINE = "one cell per line"
SHAPE_SPACE_ALIGNED = "space-aligned"
SHAPE_DELIMITED = "delimited"
#: How much the reading of each shape is trusted (an item's ckg:confidence).
SHAPE_CONFIDENCE = {SHAPE_DELIMITED: 0.9, SHAPE_SPACE_ALIGNED: 0.8, SHAPE_ONE_CELL_PER_LINE: 0.7}

MAX_HEADER_CELL_WORDS = 6
#: Roles of columns holding a risk's scores, read as numbers (or H/M/L).
RATING_ROLES = frozenset(
    {
        ColumnRole.LIKELIHOOD,
        ColumnRole.SEVERITY,
        ColumnRole.RATING,
        ColumnRole.RESIDUAL_LIKELIHOOD,
        ColumnRole.RESIDUAL_SEVERITY,
        ColumnRole.RESIDUAL_RATING,
    }
)
#: Roles of a first column whose cell is printed once for the rows it groups.
GROUPING_ROLES = frozenset({ColumnRole.PRIORITY, ColumnRole.OUTCOME, ColumnRole.PROJECT_AREA})
MAX_CELL_LINES = 8
#: A table printed one cell per line is fitted to its columns over at most this many lines (the
#: fitting costs time in proportion); rows a line (space-aligned, delimited) have no such bound.
MAX_TABLE_LINES = 2_000
_GAP = re.compile(r"\S(?: ?\S)*")  # a run of text with single spaces: one cell of a space-aligned line
_DELIMITERS = ("|", " / ", " – ")
_LABELLED_HEADING = re.compile(
    r"^(?:strategic |key |our )?(?:priority|priorities|outcome|objective|aim|theme|goal|ambition|section|"
    r"appendix|part)\b\s*(?:\d+|[A-Z]\b|one|two|three|four|five|six)?\s*[:.–-]",
    re.IGNORECASE,
)
#: "8. The agenda for action 2003-2006": a numbered entry of a list or a contents page, no header cell.
_NUMBERED_ENTRY = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+\S")
#: A list item or a lead-in ending with a colon is text after a table, not one of its cells.
_ENDS_TABLE = re.compile(r"^(?:[\u2022\u25cf\u25aa\uf0b7*\-–]\s|\(?[a-z]\)\s)")
_PAGE_FURNITURE = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)


@dataclass(frozen=True)
class RebuiltTable:
    """A flattened table found and rewritten: its shape, header line, row lines and columns."""

    shape: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[int, ...]
    end_line: int

    @property
    def confidence(self) -> float:
        """Return how much a reading of this table is trusted, from 0 to 1."""
        return SHAPE_CONFIDENCE[self.shape]


@dataclass
class Rebuilt:
    """A plan's lines with its flattened tables rewritten tab-separated, and the tables found."""

    lines: list[str]
    tables: list[RebuiltTable] = field(default_factory=list)
    #: (header line, why) for each table found but not rebuilt: a shape plain text cannot settle
    unsettled: list[tuple[int, str]] = field(default_factory=list)

    def table_at(self, line: int) -> RebuiltTable | None:
        """Return the rebuilt table whose header or rows span ``line``, else ``None``."""
        for table in self.tables:
            if table.header_line <= line <= table.end_line:
                return table
        return None


def rebuild_tables(lines: Sequence[str], is_header: HeaderTest) -> Rebuilt:
    """Return ``lines`` with each flattened table found rewritten as tab-separated rows in place.

    Lines that already hold tabs are left as they are (extraction found those tables).

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> def header(cells):
        ...     columns = map_columns(cells)
        ...     return columns if len(columns.columns) >= 2 else None
        >>> rebuilt = rebuild_tables(["Action", "Lead", "By when", "Audit every plan",
        ...                           "Head of Safeguarding", "March 2011"], header)
        >>> rebuilt.lines
        ['Action\\tLead\\tBy when', '', '', 'Audit every plan\\tHead of Safeguarding\\tMarch 2011', '', '']
    """
    out = list(lines)
    rebuilt = Rebuilt(out)
    cells = _HeaderCells(is_header)
    index = 0
    while index < len(out):
        found = (
            _delimited(out, index, cells.is_header)
            or _space_aligned(out, index, cells.is_header)
            or _one_cell_per_line(out, index, cells, rebuilt.unsettled)
        )
        if found is None:
            index += 1
            continue
        table, rows = found
        _write(out, table, rows)
        rebuilt.tables.append(table)
        index = table.end_line  # 1-based end line: the next 0-based index after it
    return rebuilt


def _write(out: list[str], table: RebuiltTable, rows: Sequence[Sequence[str]]) -> None:
    for number in range(table.header_line, table.end_line + 1):
        out[number - 1] = ""
    out[table.header_line - 1] = "\t".join(table.header)
    for number, cells in zip(table.rows, rows, strict=True):
        out[number - 1] = "\t".join(cell.replace("\t", " ") for cell in cells)


#: Longer lines are paragraphs, never a table's header or row; the rules are not run over them.
MAX_ROW_CHARS = 2_000


def _is_text(line: str) -> bool:
    return len(line) <= MAX_ROW_CHARS and bool(line.strip()) and "\t" not in line


# -- delimited rows ------------------------------------------------------------------------------


def _split_delimited(line: str, delimiter: str) -> list[str]:
    """Return the cells of ``line`` parted by ``delimiter`` ("|", or " / " with a space each side).

    String splitting, not a pattern: a pattern with a space run before the delimiter is quadratic on
    a long line of spaces.
    """
    text = " ".join(line.split())
    if delimiter == "|":
        cells = [clean_text(cell) for cell in text.split("|")]
        if cells and not cells[0] and text.startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1] and text.endswith("|"):
            cells = cells[:-1]
        return cells
    return [clean_text(cell) for cell in text.split(delimiter)]


def _words(cell: str) -> int:
    """Return how many words ``cell`` has; a lone "/" or "–" between its names is none."""
    return sum(any(char.isalnum() for char in word) for word in cell.split())


def _delimited(
    lines: Sequence[str], start: int, is_header: HeaderTest
) -> tuple[RebuiltTable, list[list[str]]] | None:
    if not _is_text(lines[start]):
        return None
    for pattern in _DELIMITERS:
        header = _split_delimited(lines[start], pattern)
        # "Who | Time / Measure / Milestones of Success |": a cell's own slashes part no columns
        if (
            len(header) < 2
            or any(_words(cell) > MAX_HEADER_CELL_WORDS for cell in header)
            or (pattern != "|" and len(_split_delimited(lines[start], "|")) >= 2)
        ):
            continue
        header, end = _wrapped_header(lines, start, pattern, header, is_header)
        if is_header(header) is None:
            continue
        rows: list[list[str]] = []
        row_lines: list[int] = []
        width, ref_led = len(header), False
        for index in range(end + 1, len(lines)):
            raw = lines[index]
            if not raw.strip():
                continue
            if re.fullmatch(r"[\s|:\-+]+", raw):  # a Markdown table's rule
                end = index
                continue
            if not _is_text(raw) or _LABELLED_HEADING.match(clean_text(raw)):
                break
            cells = _split_delimited(raw, pattern)
            ref_led = ref_led if rows else bool(_REF_LED_ROW.match(raw.strip()))
            if ref_led and _SUB_REF.match(raw):
                break  # "(1b) …": a cell's next item on a line of its own, which no column can be told for
            if rows and _goes_on(rows[-1], cells, width, ref_led and index == end + 1, raw):
                # a row wrapped over lines: its last cell goes on, then its next cells
                rows[-1][-1] = _cell_goes_on(rows[-1][-1], cells[0])
                rows[-1].extend(cells[1:])
            elif len(cells) < 2 and not _row_goes_on(lines, index, pattern):
                break
            else:
                rows.append(cells)
                row_lines.append(index + 1)
            end = index
        if not rows:
            continue
        columns = is_header(header)
        first_role = next((c.role for c in columns.columns if c.index == 0), None) if columns else None
        if first_role in GROUPING_ROLES or first_role is None:
            rows = fill_down(rows, width)
        table = RebuiltTable(SHAPE_DELIMITED, start + 1, tuple(header), tuple(row_lines), end + 1)
        return table, rows
    return None


def _goes_on(row: Sequence[str], cells: Sequence[str], width: int, under_ref_led: bool, raw: str) -> bool:
    """True when the line ``raw`` (its ``cells``) goes on with ``row``: the row lacks cells the line
    completes, or the rows are led by refs ("1. / …") and the line, right under the row, is led by none."""
    if (
        len(row) < width
        and (len(cells) < 2 or len(row) + len(cells) - 1 <= width)
        and not starts_row(row, cells)
    ):
        return True
    return under_ref_led and not _REF_LED_ROW.match(raw.strip())


#: How many lines a delimited header may go on over, and the words of each of its cells then.
MAX_HEADER_LINES = 3
MAX_WRAPPED_CELL_WORDS = 8
#: A delimited row led by its reference: "1 / …", "1. / …", "(1a) / …", "1.2 / …", "CP 3 / …".
_REF_LED_ROW = re.compile(r"^\(?(?:[A-Z]{1,3} ?)?\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]?\s+/\s")
#: "(1b) Weekly reports …": the next item of a row's cell, printed on its own line, not a wrapped line.
_SUB_REF = re.compile(r"^\s*\(\d{1,2}[a-z]\)\s")


def _wrapped_header(
    lines: Sequence[str], start: int, delimiter: str, header: list[str], is_header: HeaderTest
) -> tuple[list[str], int]:
    """Return a delimited header's cells and its last line: the lines after ``start`` when the header
    goes on over them up to a first row led by its reference ("… / Planned" | "Completion Date / Lead
    Officer / … /" | "1 / Timeliness …"), else ``header`` and ``start``.

    A line ending with the delimiter ends its last cell; otherwise that cell goes on on the next line.
    """
    cells, ended = list(header), lines[start].rstrip().endswith(delimiter.strip())
    for index in range(start + 1, min(len(lines), start + MAX_HEADER_LINES + 1)):
        raw = lines[index].strip()
        if _REF_LED_ROW.match(raw):
            wrapped = [cell.rstrip(delimiter.strip()).strip() for cell in cells]
            if index > start + 1 and all(wrapped) and is_header(wrapped) is not None:
                return wrapped, index - 1
            if index > start + 1 and is_header(header) is not None:
                return header, index - 1  # the header's wrapped tails, dated ("… Dec 2017"): no rows
            break
        more = _split_delimited(raw, delimiter)
        if not more or not _is_text(raw) or any(len(cell.split()) > MAX_WRAPPED_CELL_WORDS for cell in more):
            break
        if not ended:
            cells[-1], more = clean_text(f"{cells[-1]} {more[0]}"), more[1:]
        cells.extend(more)
        ended = raw.endswith(delimiter.strip())
    return header, start


#: How many lines a row's first cell may fill before the line that carries its other cells.
MAX_FIRST_CELL_LINES = 8


def _row_goes_on(lines: Sequence[str], start: int, delimiter: str) -> bool:
    """True when the undelimited line at ``start`` is the first of a row's first cell: a line with
    the row's other cells follows within a few lines ("Review … / Engage … / Increase … / MMR / 72%")."""
    for index in range(start + 1, min(len(lines), start + MAX_FIRST_CELL_LINES + 1)):
        raw = lines[index]
        if not _is_text(raw) or _LABELLED_HEADING.match(clean_text(raw)):
            return False
        if len(_split_delimited(raw, delimiter)) >= 2:
            return True
    return False


def _cell_goes_on(cell: str, more: str) -> str:
    """Return ``cell`` with the next line's text: a wrapped line joined, or, when the cell's line ended
    a sentence and the next starts one, a second item of the cell marked as a bullet.

    Example:
        >>> _cell_goes_on("72.2%", "2013/14")
        '72.2% 2013/14'
        >>> _cell_goes_on("Review the scrutiny findings.", "Engage GP practices.")
        '• Review the scrutiny findings. • Engage GP practices.'
    """
    if re.search(r"[.;!?]$", cell) and more[:1].isupper() and len(more.split()) >= 3:
        first = cell if cell.startswith("• ") else f"• {cell}"
        return f"{first} • {more}"
    return clean_text(f"{cell} {more}")


def fill_down(rows: Sequence[Sequence[str]], width: int) -> list[list[str]]:
    """Return rows with a cell printed once for several rows (a row-spanning first cell) filled down.

    A row short of ``width`` cells after a row with a first cell lacks that first cell (a cell
    printed once for several rows, in a first column that groups them): it takes the cell above.

    Example:
        >>> fill_down([["Tackle obesity", "Obese children", "4.6%"], ["Fruit and vegetables", "98%"]], 3)
        [['Tackle obesity', 'Obese children', '4.6%'], ['Tackle obesity', 'Fruit and vegetables', '98%']]
    """
    filled: list[list[str]] = []
    above = ""
    for row in rows:
        cells = list(row)
        if len(cells) < width and above and width > 2:
            cells = [above, *cells]
        elif cells:
            above = cells[0]
        filled.append(cells)
    return filled


# -- space-aligned rows ----------------------------------------------------------------------------


def _segments(line: str) -> list[tuple[int, str]]:
    """Return the (offset, text) cells of a line whose cells are separated by two or more spaces."""
    return [(match.start(), match.group()) for match in _GAP.finditer(line.replace("\t", "  "))]


def _space_aligned(
    lines: Sequence[str], start: int, is_header: HeaderTest
) -> tuple[RebuiltTable, list[list[str]]] | None:
    if not _is_text(lines[start]):
        return None
    header_segments = _segments(lines[start])
    if len(header_segments) < 2:
        return None
    header = [clean_text(text) for _, text in header_segments]
    if any(len(cell.split()) > MAX_HEADER_CELL_WORDS for cell in header) or is_header(header) is None:
        return None
    starts = [offset for offset, _ in header_segments]
    rows: list[list[str]] = []
    row_lines: list[int] = []
    end = start
    blank_run = 0
    for index in range(start + 1, len(lines)):
        raw = lines[index]
        if not raw.strip():
            blank_run += 1
            if blank_run >= 2:
                break
            continue
        if not _is_text(raw):
            break
        segments = _segments(raw)
        if len(segments) < 2 and (not rows or blank_run):
            break
        blank_run = 0
        cells = [""] * len(starts)
        for offset, text in segments:
            column = max((i for i, begin in enumerate(starts) if begin <= offset + 2), default=0)
            cells[column] = clean_text(f"{cells[column]} {text}")
        if len(segments) < 2 and rows:  # a wrapped cell continues the row above
            previous = rows[-1]
            for i, text in enumerate(cells):
                if text:
                    previous[i] = clean_text(f"{previous[i]} {text}")
        else:
            rows.append(cells)
            row_lines.append(index + 1)
        end = index
    if not rows:
        return None
    return RebuiltTable(SHAPE_SPACE_ALIGNED, start + 1, tuple(header), tuple(row_lines), end + 1), rows


# -- one cell per line --------------------------------------------------------------------------------


class _HeaderCells:
    """Which short lines read as header cells on their own, and header rows' columns, each worked out once.

    A plan's short lines are tried as the start of a one-cell-per-line header again and again; the
    answers are kept, so rebuilding stays linear in the plan's length.
    """

    def __init__(self, is_header: HeaderTest) -> None:
        self.is_header = is_header
        self._cells: dict[str, str | None] = {}
        self._rows: dict[tuple[str, ...], ColumnMap | None] = {}

    def cell(self, raw: str) -> str | None:
        """Return the cleaned text of ``raw`` when it reads as a header cell with a role, else ``None``."""
        if raw in self._cells:
            return self._cells[raw]
        text = clean_text(raw) if _is_text(raw) else ""
        ok = (
            bool(text)
            and len(text.split()) <= MAX_HEADER_CELL_WORDS
            and not text.endswith(".")
            and not _LABELLED_HEADING.match(text)
            and not _NUMBERED_ENTRY.match(text)
            and self.columns((text, text)) is not None  # the cell has a role of its own
        )
        self._cells[raw] = text if ok else None
        return self._cells[raw]

    def columns(self, cells: tuple[str, ...]) -> ColumnMap | None:
        """Return the columns of a header row, or ``None`` when ``cells`` are not one."""
        if cells not in self._rows:
            self._rows[cells] = self.is_header(list(cells))
        return self._rows[cells]


def _header_run(lines: Sequence[str], start: int, cells: _HeaderCells) -> tuple[list[str], ColumnMap] | None:
    """Return the cells and columns of the longest header printed one cell a line from ``start``."""
    run: list[str] = []
    for raw in lines[start : start + 12]:
        text = cells.cell(raw)
        if text is None:
            break
        run.append(text)
    while len(run) >= 2:
        columns = cells.columns(tuple(run))
        if columns is not None and len(columns.columns) == len(run):
            return run, columns
        run.pop()
    return None


def _stray_header_cells(lines: Sequence[str], first: int, width: int, cells: _HeaderCells) -> int:
    """Return how many lone header cells ("Target 2018" between "MMR at 5 years" and "72.2%") the
    few rows' worth of lines after a header hold: a sign its columns follow one another.

    A header cell next to another is a new header (another table's, or this one's again), not a
    stray one."""
    texts = [clean_text(line) for line in lines[first : first + STRAY_WINDOW_ROWS * width] if line.strip()]
    header_like = [cells.cell(text) is not None for text in texts]
    return sum(
        1
        for position, is_cell in enumerate(header_like)
        if is_cell
        and not (position > 0 and header_like[position - 1])
        and not (position + 1 < len(header_like) and header_like[position + 1])
    )


def _one_cell_per_line(
    lines: Sequence[str], start: int, cells: _HeaderCells, unsettled: list[tuple[int, str]]
) -> tuple[RebuiltTable, list[list[str]]] | None:
    if cells.cell(lines[start]) is None:
        return None
    found = _header_run(lines, start, cells)
    if found is None:
        return None
    header, columns = found
    first = start + len(header)
    if _stray_header_cells(lines, first, len(header), cells) >= MAX_STRAY_HEADER_CELLS:
        unsettled.append((start + 1, UNSETTLED_COLUMNS))
        return None
    body: list[tuple[int, str]] = []
    index = first
    while index < min(len(lines), first + MAX_TABLE_LINES):
        raw = lines[index]
        text = clean_text(raw)
        if not text:
            index += 1
            continue
        ends = _ENDS_TABLE.match(text) or text.endswith(":")
        if not _is_text(raw) or _LABELLED_HEADING.match(text) or ends:
            break
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if cells.cell(raw) is not None and cells.cell(following) is not None:
            if not body or [clean_text(line) for line in lines[index : index + len(header)]] != header:
                break  # another table's header, or the header again with no row between
            index += len(header)  # the header printed again after a page break
            continue
        if not _PAGE_FURNITURE.match(text):
            body.append((index + 1, text))
        index += 1
    if len(body) >= 2 and all(_NUMBERED_ENTRY.match(text) for _, text in body):
        return None  # "9. Demonstrating delivery" / "1. The Government's …": a numbered list, not cells
    if sum(1 for _, text in body if cells.cell(text) is not None) >= MAX_STRAY_HEADER_CELLS:
        unsettled.append((start + 1, UNSETTLED_COLUMNS))
        return None
    rows = fit_cells(body, columns, len(header))
    while rows and sum(1 for _, text in rows[-1] if text) < 2:  # text after the table, not a row
        rows.pop()
    if not rows or _mean_fit(rows, columns, len(header)) < MIN_MEAN_FIT:
        return None
    end = max(line for row in rows for line, _ in row if line) if rows else first
    table = RebuiltTable(
        SHAPE_ONE_CELL_PER_LINE,
        start + 1,
        tuple(header),
        tuple(min(line for line, _ in row if line) for row in rows),
        end,
    )
    return table, [[text for _, text in row] for row in rows]


#: Header cells ("Target 2018", "Reporting cycle") printed among a table's rows: the text gives the
#: table column after column or with page columns interleaved, which one cell a line cannot settle.
MAX_STRAY_HEADER_CELLS = 2
#: How many rows' worth of lines after a header are looked through for stray header cells.
STRAY_WINDOW_ROWS = 6
UNSETTLED_COLUMNS = (
    "header cells among the rows: columns printed one after another or interleaved; not rebuilt, "
    "only items the outline states are read"
)

#: The least mean :func:`cell_fit` of a one-cell-per-line table's cells: below it the lines under
#: a header-like run are not that table's cells (a title and a rating run together, narrative).
MIN_MEAN_FIT = 0.5


def _mean_fit(rows: Sequence[Sequence[tuple[int, str]]], columns: ColumnMap, width: int) -> float:
    kinds = _column_kinds(columns, width)
    fits = [cell_fit(kinds[index], text) for row in rows for index, (_, text) in enumerate(row) if text]
    return sum(fits) / len(fits) if fits else 0.0


def _column_kinds(columns: ColumnMap, width: int) -> list[str]:
    """Return the kind of text each of ``width`` columns holds ("text" where no role says more)."""
    kinds = [_cell_kind(None)] * width
    for column in columns.columns:
        if column.index < width:
            kinds[column.index] = _cell_kind(column.role)
    return kinds


def _cell_kind(role: ColumnRole | None) -> str:
    """Return the kind of text a column of ``role`` holds: date, owner, ref, value or free text."""
    if role is ColumnRole.TIMESCALE:
        return "date"
    if role in OWNER_ROLES or role is ColumnRole.PARTNER:
        return "owner"
    if role is ColumnRole.REF:
        return "ref"
    if role in MEASURE_TYPES or role in RATING_ROLES:
        return "value"
    return "text"


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|\bquarter\b|"
    r"\b(?:19|20)\d{2}\b|\bongoing\b|\bannual(?:ly)?\b|\bmonthly\b|\bspring\b|\bsummer\b|\bautumn\b|"
    r"\bwinter\b|\btbc\b|\bby end\b|\bcomplete[d]?\b|\bimmediate\b",
    re.IGNORECASE,
)
_REF = re.compile(r"^(?:[A-Z]{1,6}\s?)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?$|^[A-Z]{1,4}\d{0,3}$")
_VALUE = re.compile(r"\d|^(?:n/?a|new|tbc|tbd|nil|none|high|medium|low|h|m|l|red|amber|green|-|–)$", re.I)
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*$")


def cell_fit(kind: str, text: str) -> float:
    """Return how well ``text`` reads as a cell of a column of ``kind`` (higher is better).

    Example:
        >>> cell_fit("date", "March 2011") > cell_fit("date", "Audit every repeat plan with the board")
        True
        >>> cell_fit("owner", "JS") > cell_fit("owner", "We will audit every repeat plan this year.")
        True
    """
    words = len(text.split())
    if kind == "date":
        if parse_due(text) is not None or _DATE_WORDS.search(text):
            return 2.0 if words <= 4 else 0.5 if words <= 8 else -1.0
        return -1.5 if words > 4 else -0.5
    if kind == "ref":
        return 2.0 if _REF.match(text) else -2.0
    if kind == "value":
        if _VALUE.search(text) and words <= 6:
            return 1.5
        return -1.0
    if kind == "owner":
        if _INITIALS.match(text):
            return 2.0
        if text[:1].islower():
            return -1.0
        if words <= 8 and not text.endswith(".") and not re.search(r"\d{2}", text):
            return 1.0
        return -1.5
    # free text: an action, a description, a title
    if _REF.match(text) or (parse_due(text) is not None and words <= 4):
        return -1.5
    if text[:1].islower():
        return -0.5
    return 1.0 if words >= 2 else 0.0


def _continues(previous: str, text: str) -> bool:
    return ends_mid_phrase(previous) or text[:1].islower()


def fit_cells(body: Sequence[tuple[int, str]], columns: ColumnMap, width: int) -> list[list[tuple[int, str]]]:
    """Return the rows of a one-cell-per-line table: ``body`` (line, text) fitted to ``width`` columns.

    Each row is ``width`` (line, text) cells; a missing cell is ``(0, "")``. Dynamic programming over
    (lines used, next column) finds the split whose cells best read as their columns' kinds.

    Example:
        >>> from councilkg.loaders.parsing.columns import map_columns
        >>> body = [(4, "Audit every repeat plan"), (5, "with the board"), (6, "Head of Safeguarding"),
        ...         (7, "March 2011"), (8, "Recruit social workers"), (9, "MO"), (10, "June 2010")]
        >>> rows = fit_cells(body, map_columns(["Action", "Lead", "By when"]), 3)
        >>> [[t for _, t in row] for row in rows][0]
        ['Audit every repeat plan with the board', 'Head of Safeguarding', 'March 2011']
        >>> [[t for _, t in row] for row in rows][1]
        ['Recruit social workers', 'MO', 'June 2010']
    """
    kinds = _column_kinds(columns, width)
    n = len(body)
    if n == 0:
        return []
    wrap_cost, skip_cost, row_cost = 0.6, 1.2, 0.0
    worst = float("-inf")
    # best[i][c]: best score having used i lines with the next cell in column c
    best = [[worst] * width for _ in range(n + 1)]
    back: list[list[tuple[int, int, int] | None]] = [[None] * width for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for c in range(width):
            score = best[i][c]
            if score == worst:
                continue
            following = (c + 1) % width
            # an empty (missing) cell, never the first of a row
            if c > 0 and score - skip_cost > best[i][following]:
                best[i][following] = score - skip_cost
                back[i][following] = (i, c, 0)
            text = ""
            for take in range(1, min(MAX_CELL_LINES, n - i) + 1):
                piece = body[i + take - 1][1]
                penalty = 1.5 if take > 1 and not _continues(text, piece) else 0.0
                text = f"{text} {piece}".strip()
                gained = cell_fit(kinds[c], text) - wrap_cost * (take - 1) - penalty
                if following == 0:
                    gained -= row_cost
                total = score + gained
                if total > best[i + take][following]:
                    best[i + take][following] = total
                    back[i + take][following] = (i, c, take)
    # the last row may end early: its missing cells cost nothing more
    end_column = max(range(width), key=lambda column: (best[n][column], column == 0))
    if best[n][end_column] == worst:
        return []
    cells: list[tuple[int, int, int]] = []  # (column, first line index, lines taken) from the end
    i, c = n, end_column
    while (i, c) != (0, 0):
        step = back[i][c]
        if step is None:  # pragma: no cover - every reached state has a way back
            return []
        i, c, take = step
        cells.append((c, i, take))
    rows: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] = []
    for position, first, take in reversed(cells):
        if position == 0 and row:
            rows.append(row)
            row = []
        text = " ".join(body[first + k][1] for k in range(take))
        row.append((body[first][0] if take else 0, text))
    if row:
        rows.append(row)
    return [padded + [(0, "")] * (width - len(padded)) for padded in rows]
