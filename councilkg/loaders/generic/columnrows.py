"""A table whose header is one line of column headings and whose rows print their cells one after
another, each row led by its number: a plan "on a page" as its web page gives the text.

    Area for collective action What we want to achieve What we will do
    1. Improve educational attainment of children and young people …

    All children and young people in South Gloucestershire will have high aspirations …

    Educational attainment for all South Gloucestershire children will be improved …

      1. Recognise the impact of poverty on educational attainment …
      2. Commit to continued investment in evidence-based programmes …
    2. Promote and enable positive mental health and wellbeing for all.

The header's cells are told apart where a heading asking a question starts ("What we …", "How will
we know", "Who", "When"); a heading says what its column holds (the header vocabulary of
:mod:`~councilkg.loaders.parsing.columns`, and the headings plans on a page use). A row starts at a
number printed at the margin, the next number after the row above's; its first line is its first
cell. Its other cells are told apart by how their items are printed: paragraphs at the margin, then
a marked list (bullets, numbers), then paragraphs again … one run of items alike for each column.
When a row's runs are as many as its other columns, each run is its column's items; when they are
not (two columns' bullets printed as one list), only the first cell is read, and the row's other
lines are left unread rather than guessed at. Under a header of two cells the rows may be led by no
number (:func:`_margin_rows`): each row is then a paragraph at the margin over a marked list. A string
scan of the lines, linear in their number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.documents.listmarks import LINE_BULLETS
from councilkg.loaders.generic.framework_outcomes import plan_outcome_scheme
from councilkg.loaders.generic.outlinelines import NOT_A_PRIORITY
from councilkg.loaders.model import Action, Extraction, Indicator, Outcome, OutcomeLink, Priority, Reading
from councilkg.loaders.parsing.columns import ColumnRole, classify_header
from councilkg.text import clean_text

RULE_COLUMN_ROWS = "row of a table printed cell after cell under a header on one line"

#: Where a header cell starts on a header printed on one line: a heading asking a question.
_QUESTION = re.compile(r"\s(?=(?:What|How|Who|When|Why|Where)\b)")
#: The headings plans on a page use that the header vocabulary does not name (tried first).
_PAGE_HEADINGS: tuple[tuple[re.Pattern[str], ColumnRole], ...] = (
    (re.compile(r"^areas? for (?:[a-z]+ )?action$"), ColumnRole.PRIORITY),
    (re.compile(r"^what (?:do )?(?:we|you) (?:want|aim|plan) to achieve$"), ColumnRole.OUTCOME),
    (re.compile(r"^what (?:we|the council|the partnership) will do\b"), ColumnRole.ACTION),
)
#: The kind of item each column role's cells hold (other roles' cells are values, not items).
_KINDS = {
    ColumnRole.PRIORITY: "priority",
    ColumnRole.OUTCOME: "outcome",
    ColumnRole.ACTION: "action",
    ColumnRole.TITLE: "indicator",
}
MAX_HEADER_WORDS = 16
MAX_HEADER_CELL_WORDS = 8
#: A heading asking its question in full ("How will we know if we have been successful?") may be longer.
MAX_QUESTION_CELL_WORDS = 10
#: A row led by its number at the margin ("2. Promote and enable …").
_ROW_START = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
#: A list item's mark, at the margin or indented.
_MARK = re.compile(r"^\s*(?:[" + LINE_BULLETS + r"]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
_MARK_PREFIX = re.compile(r"^\s*(?:[" + LINE_BULLETS + r"]|\(?(?P<number>\d{1,2})[.)]|\(?[a-z][.)])\s+")
#: A cell's items: more than this, and its run is more than one cell (or text after the table).
MAX_CELL_ITEMS = 12
#: A row's lines: more than this, and the table has ended unseen.
MAX_ROW_LINES = 60


@dataclass
class _Item:
    """One item of a row's cells: its first line, text and how it is printed."""

    line: int
    text: str
    printed: str  # "paragraph", or "mark:<indent>" for a marked list item at that indent
    ref: str | None = None  # a numbered item's number


@dataclass
class _Row:
    number: int
    line: int
    lead: str
    items: list[_Item] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    numbered: bool = True  # led by its printed number (its ref), or only by its place at the margin


def header_cells(text: str) -> list[tuple[str, ColumnRole | None]] | None:
    """Return the cells of a header printed on one line and the role each names, else ``None``.

    The cells start where a heading asking a question does; two of them at least must name a role,
    the first one's an item's (a priority's, an outcome's or an action's).

    Example:
        >>> cells = header_cells("Area for collective action What we want to achieve What we will do")
        >>> [role.value for _, role in cells], cells[1][0]
        (['priority', 'outcome', 'action'], 'What we want to achieve')
        >>> header_cells("Children and young people will have what they need") is None
        True
    """
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADER_WORDS or re.search(r"[\d.,:;!]", text):
        return None
    cells = [" ".join(cell.split()) for cell in _QUESTION.split(text.strip())]
    if len(cells) < 2 or any(not 1 <= len(cell.split()) <= _most_words(cell) for cell in cells):
        return None
    roles = [_role(cell) for cell in cells]
    if sum(role is not None for role in roles) < 2 or roles[0] not in _KINDS:
        return None
    return list(zip(cells, roles, strict=True))


def _most_words(cell: str) -> int:
    return MAX_QUESTION_CELL_WORDS if cell.endswith("?") else MAX_HEADER_CELL_WORDS


def _role(heading: str) -> ColumnRole | None:
    key = heading.casefold().rstrip("?")
    for pattern, role in _PAGE_HEADINGS:
        if pattern.search(key):
            return role
    column = classify_header(heading)
    return column.role if column else None


def _rows(lines: Sequence[str], start: int, skip: Callable[[int], bool]) -> list[_Row]:
    """Return the numbered rows from line index ``start`` on, each row's number following the last."""
    rows: list[_Row] = []
    item: _Item | None = None
    for index in range(start, len(lines)):
        number, raw = index + 1, lines[index]
        text = clean_text(raw)
        if skip(number) or (not raw[:1].isspace() and len(raw) <= 200 and header_cells(text) is not None):
            break  # read by another rule, or the next table's header
        row_start = _ROW_START.match(raw)
        if row_start and (not rows or int(row_start.group(1)) == rows[-1].number + 1):
            rows.append(_Row(int(row_start.group(1)), number, clean_text(row_start.group(2)), lines=[number]))
            item = None
            continue
        if not rows:
            return []
        row = rows[-1]
        if len(row.lines) >= MAX_ROW_LINES:
            return rows[:-1]
        if not text:
            item = None
            continue
        row.lines.append(number)
        if _MARK.match(raw):
            indent = len(raw) - len(raw.lstrip())
            mark = _MARK_PREFIX.match(raw)
            ref = mark.group("number") if mark else None
            item = _Item(number, clean_text(raw[mark.end() :] if mark else raw), f"mark:{indent}", ref)
            row.items.append(item)
        elif item is not None and (raw[:1].isspace() or text[:1].islower()):
            item.text = f"{item.text} {text}"  # a wrapped line of the item above
        elif not row.items and text[:1].islower():
            row.lead = f"{row.lead} {text}"  # the first cell's wrapped end
        else:
            item = _Item(number, text, "paragraph")
            row.items.append(item)
    return rows


#: Unnumbered rows under a two-column header: at least this many, each a paragraph over a marked list.
MIN_MARGIN_ROWS = 2


def _margin_rows(lines: Sequence[str], start: int, skip: Callable[[int], bool]) -> list[_Row]:
    """Return the rows under a two-column header from line index ``start`` on when no number leads
    them: each row a paragraph at the margin (its first cell) over a marked list (its second), else [].

        What do we want to achieve? How will we know if we have been successful?
        Children's attendance and punctuality are maximised.
          • Absence, persistent absence and punctuality data demonstrate strong relative performance …

    The table ends at a paragraph with no list under it, or at a section's heading ("Next steps"): the
    text after the table. Fewer than :data:`MIN_MARGIN_ROWS` rows, or a first line that is no
    paragraph at the margin, is no such table.
    """
    rows: list[_Row] = []
    item: _Item | None = None
    for index in range(start, len(lines)):
        number, raw = index + 1, lines[index]
        text = clean_text(raw)
        if skip(number):
            break
        if not text:
            continue
        if _MARK.match(raw):
            if not rows:
                return []
            mark = _MARK_PREFIX.match(raw)
            indent = len(raw) - len(raw.lstrip())
            item = _Item(number, clean_text(raw[mark.end() :] if mark else raw), f"mark:{indent}")
            rows[-1].items.append(item)
            rows[-1].lines.append(number)
        elif item is not None and raw[:1].isspace():
            item.text = f"{item.text} {text}"  # a wrapped line of the item above
            rows[-1].lines.append(number)
        elif raw[:1].isspace() or header_cells(text) is not None or NOT_A_PRIORITY.match(text):
            break  # "Next steps", "Governance": a section after the table
        else:
            if rows and not rows[-1].items:
                rows.pop()  # a paragraph with no list under it: the text after the table
                break
            rows.append(_Row(len(rows) + 1, number, text, lines=[number], numbered=False))
            item = None
    if rows and not rows[-1].items:
        rows.pop()
    return rows if len(rows) >= MIN_MARGIN_ROWS else []


def _runs(items: Sequence[_Item]) -> list[list[_Item]]:
    """Return the row's items in runs printed alike (paragraphs, or marks at one indent)."""
    runs: list[list[_Item]] = []
    for item in items:
        if runs and runs[-1][-1].printed == item.printed:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def read_column_rows(
    lines: Sequence[str],
    extraction: Extraction,
    new_key: Callable[[str, str], str],
    skip: Callable[[int], bool],
) -> set[int]:
    """Add the items of each table printed cell after cell under a header on one line to
    ``extraction``; returns the numbers of the lines read (the outline leaves them).

    ``lines`` are the plan's lines (numbered from 1), ``skip`` says which another reader read.
    """
    read: set[int] = set()
    for index, raw in enumerate(lines):
        if skip(index + 1) or index + 1 in read or len(raw) > 200 or raw[:1].isspace():
            continue
        header = header_cells(clean_text(raw))
        if header is None:
            continue
        after = next((i for i in range(index + 1, len(lines)) if clean_text(lines[i])), None)
        if after is None:
            continue
        if _ROW_START.match(lines[after]):
            rows = _rows(lines, after, skip)
        elif len(header) == 2:
            rows = _margin_rows(lines, after, skip)
        else:
            continue
        if not rows:
            continue
        read.add(index + 1)
        extraction.place(index + 1, "table header on one line")
        kinds = [_KINDS.get(role) if role is not None else None for _, role in header]
        for row in rows[:-1]:
            read |= _read_row(row, kinds, extraction, new_key)
        read |= _read_row(_last_row(rows[-1], len(kinds) - 1), kinds, extraction, new_key, last=True)
    return read


def _last_row(row: _Row, cells: int) -> _Row:
    """Return the table's last row without the runs after its ``cells`` cells: nothing ends the table
    but its page, and what follows the last row's cells is the plan's text after the table."""
    runs = _runs(row.items)
    if len(runs) <= cells:
        return row
    first_after = runs[cells][0].line
    kept = [item for run in runs[:cells] for item in run]
    return _Row(
        row.number, row.line, row.lead, kept, [number for number in row.lines if number < first_after]
    )


def _read_row(
    row: _Row,
    kinds: Sequence[str | None],
    extraction: Extraction,
    new_key: Callable[[str, str], str],
    last: bool = False,
) -> set[int]:
    """Add one row's items; returns the row's lines. When its runs do not part into the other
    columns, only its first cell is read: its other lines are left unread, not guessed at (but for
    the ``last`` row's, which may be the plan's text after the table: left to the outline)."""
    ref = str(row.number) if row.numbered else None
    lead = _add(kinds[0] or "priority", row.lead.rstrip("."), ref, row.line, extraction, new_key)
    runs = _runs(row.items)
    if len(runs) != len(kinds) - 1 or any(len(run) > MAX_CELL_ITEMS for run in runs):
        if last:  # the table's end is unsaid: its lines may be the plan's text after it
            return {row.line}
        extraction.place(row.lines[1:], "cells not told apart")  # two columns' bullets as one list
        return set(row.lines)
    for run, kind in zip(runs, kinds[1:], strict=True):
        if kind is None:
            continue  # a value column ("Who", "When"): no items
        for item in run:
            added = _add(kind, item.text, item.ref, item.line, extraction, new_key)
            if not isinstance(lead, Priority):
                continue  # the first cell an action: the other cells' items are its peers, not under it
            if isinstance(added, Action):
                added.supports.append(lead.key)
            elif isinstance(added, Indicator):
                added.measures.append(lead.key)
            elif isinstance(added, Outcome):  # what the row's priority is to achieve
                lead.contributes_to.append(OutcomeLink(added.scheme, added.key))
    starts = {row.line} | {item.line for item in row.items}
    extraction.place([number for number in row.lines if number not in starts], "table cell continued")
    return set(row.lines)


def _add(
    kind: str,
    label: str,
    ref: str | None,
    line: int,
    extraction: Extraction,
    new_key: Callable[[str, str], str],
) -> Priority | Outcome | Action | Indicator:
    """Add one item of ``kind``; returns it."""
    reading = Reading(RULE_COLUMN_ROWS, 0.6)
    key = new_key(kind, ref or label)
    if kind == "priority":
        priority = Priority(key=key, label=label, source_line=line, ref=ref, reading=reading)
        extraction.priorities.append(priority)
        return priority
    if kind == "outcome":
        scheme, scheme_label = plan_outcome_scheme(extraction)
        outcome = Outcome(scheme, scheme_label, key, label, line, notation=ref, reading=reading)
        extraction.outcomes.append(outcome)
        return outcome
    if kind == "action":
        action = Action(key=key, label=label, source_line=line, ref=ref, reading=reading)
        extraction.actions.append(action)
        return action
    indicator = Indicator(key=key, label=label, source_line=line, ref=ref, reading=reading)
    extraction.indicators.append(indicator)
    return indicator
