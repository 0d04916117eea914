"""Two columns of text printed side by side on the same lines, read by the column holding the list.

A page laid out in two columns, taken as plain text with its spacing kept, prints each line of the
left column and the line of the right column beside it on one line, a wide gap between them:

    In the past we have provided annual performance         The performance and achievements celebrated
    ...                                                     priorities:
    Bournemouth has continued to be a top                   •   Developing the Future of Local Government
    performing, efficient Council, leading the town to          in Bournemouth, Christchurch and Poole

Read across, the two texts interleave and the list is lost among the other column's words. A **band**
is a run of such lines: two lines at least print text on both sides of a gutter (a gap of three
spaces or more, the right column starting at the same place give or take a bullet's indent), the
others text on one side only, and no line's text crosses the gutter. Plain text cannot put both
columns on the band's lines, and each line keeps its number, so only the column that holds a list
(bullets) or, failing that, a heading naming a kind of item ("Service Priorities for 2008 - 2011") is
read, and only when the other holds none and reads as running text (half its lines going on with a
sentence; a table's labels beside their bullets are no such text): the band's lines become that
column's, the other column's words are left unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.listmarks import LINE_BULLETS

#: The right column starts this far into the line at least (a gap before it is no indent).
MIN_RIGHT_START = 30
#: A gap between the columns: this many spaces at least.
_GAP = re.compile(r"\S( {3,})(?=\S)")
#: A right column's lines start up to this many characters right of its gutter (a bullet's indent).
MAX_INDENT = 8
#: Lines this long are paragraphs, not a page's columns.
MAX_LINE_CHARS = 300
#: A list item's mark: a bullet, or a number or letter ("1.", "a)", "(ii)").
_ITEM_MARK = re.compile(r"^(?:[" + LINE_BULLETS + r"]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s")
_KIND_HEADING = re.compile(
    r"\b(?:priorit(?:y|ies)|outcomes?|objectives?|aims?|goals?|ambitions?|actions?|themes?)\b", re.IGNORECASE
)
MAX_HEADING_WORDS = 8
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class _Band:
    gutter: int
    lines: list[int]  # 0-based indexes of the band's lines, blank ones among them
    both: int = 0  # lines printing text on both sides


def _right_start(line: str) -> int | None:
    """Return where the right column of ``line`` starts (after a wide gap, or after leading spaces
    that far in), else ``None``."""
    stripped = line.lstrip(" ")
    if stripped and len(line) - len(stripped) >= MIN_RIGHT_START:
        return len(line) - len(stripped)
    gap = next((m for m in _GAP.finditer(line) if m.end() >= MIN_RIGHT_START), None)
    return gap.end() if gap else None


def _fits(line: str, gutter: int) -> bool:
    """True when ``line`` keeps to the band's gutter: no text in the gutter's columns, and text right
    of it starting within a bullet's indent of it."""
    if not line.strip():
        return True
    start = _right_start(line)
    if start is None:
        return len(line.rstrip()) < gutter - 1
    left = line[:start].rstrip()
    if left.endswith(":"):
        return False  # "Priority Title:      Improve Health and Safety": a form's field and its value
    return len(left) < gutter - 1 and gutter <= start <= gutter + MAX_INDENT


def _bands(lines: Sequence[str]) -> list[_Band]:
    bands: list[_Band] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        start = _right_start(line) if "\t" not in line and len(line) <= MAX_LINE_CHARS else None
        if start is None or not line[:start].strip():
            index += 1
            continue
        if line[:start].rstrip().endswith(":"):
            index += 1
            continue
        band = _Band(start, [])
        blanks = 0
        while index < len(lines) and blanks < 2:
            line = lines[index]
            if "\t" in line or len(line) > MAX_LINE_CHARS or not _fits(line, band.gutter):
                break
            blanks = 0 if line.strip() else blanks + 1
            start = _right_start(line)
            if start is not None and line[:start].strip() and len(_WORD.findall(line[start:])) >= 2:
                band.both += 1  # words on both sides, not an entry and its page
            band.lines.append(index)
            index += 1
        if band.both >= 2:
            bands.append(band)
    return bands


def _holds(segments: Sequence[str]) -> tuple[bool, bool]:
    """Return whether a column's ``segments`` hold a list (two bullets or numbered items or more) and a
    heading naming a kind of item."""
    bullets = sum(1 for text in segments if _ITEM_MARK.match(text))
    heading = any(len(text.split()) <= MAX_HEADING_WORDS and _KIND_HEADING.search(text) for text in segments)
    return bullets >= 2, heading


def side_by_side(lines: Sequence[str]) -> list[str]:
    """Return ``lines`` with each band of two side-by-side columns (see the module docstring) rewritten
    as the one column read, each line keeping its number.

    Example:
        >>> lines = ["In the past we had annual updates          The achievements are under our",
        ...          "but this year we enter a new era           priorities:",
        ...          "Since 2007 the reductions in funding       •   Developing the Future",
        ...          "have been significant. We have             •   An Efficient Council"]
        >>> side_by_side(lines)[1:]
        ['priorities:', '•   Developing the Future', '•   An Efficient Council']
    """
    out = list(lines)
    for band in _bands(lines):
        left = [lines[i][: band.gutter].strip() for i in band.lines]
        right = [lines[i][band.gutter :].rstrip() for i in band.lines]
        kept = _read_column(left, right)
        if kept is None:
            continue
        for index, text in zip(band.lines, _joined(kept), strict=True):
            out[index] = text
    return out


def _read_column(left: list[str], right: list[str]) -> list[str] | None:
    """Return the column of a band to read: the one holding a list when the other holds none, else
    the one with a heading naming a kind when the other has none; ``None`` when neither stands out,
    or when the other column is no running text (a table's labels beside its bullets are read across)."""
    left_list, left_heading = _holds([text for text in left if text])
    right_list, right_heading = _holds([text.strip() for text in right if text.strip()])
    if left_list != right_list:
        kept, other = (right, left) if right_list else (left, right)
    elif not left_list and left_heading != right_heading:
        kept, other = (right, left) if right_heading else (left, right)
    else:
        return None
    return kept if _running_text(other) else None


def _running_text(column: Sequence[str]) -> bool:
    """True when a column reads as prose wrapped over its lines: half of its lines or more go on with
    a sentence (start in lower case)."""
    lines = [text.strip() for text in column if text.strip()]
    return bool(lines) and 2 * sum(1 for text in lines if text[:1].islower()) >= len(lines)


def _joined(column: Sequence[str]) -> list[str]:
    """Return a column's lines with each list item's wrapped lines (indented under its text) joined
    to it, the lines they were on left blank.

    Example:
        >>> _joined(["•   An Improving Environment, providing high", "    quality infrastructure", "Next"])
        ['•   An Improving Environment, providing high quality infrastructure', '', 'Next']
    """
    out = list(column)
    item: int | None = None
    for index, text in enumerate(column):
        stripped = text.strip()
        if _ITEM_MARK.match(stripped):
            item = index
        elif item is not None and stripped and len(text) - len(text.lstrip()) > 0:
            out[item], out[index] = f"{out[item].rstrip()} {stripped}", ""
        else:
            item = None
    return out
