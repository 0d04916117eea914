"""A PDF page printed in two columns of prose, read column by column instead of across.

pdfplumber's printed lines run across the whole page: on a page of two columns each line holds the
left column's line and the right column's line side by side, and reading them so interleaves two
texts line by line. The gutter is found from the words' positions: many runs of text start at one
edge in the middle of the page, and no run from the left reaches it. Lines that cross the gutter
(a title over both columns) part the page into bands; each band is read left column first, then
right.

Two runs this wide on most lines are prose, not a table: a table's rows have at least one short
cell (a rating, a date, a name) and are left to the borderless-table finder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: Half of each column's runs at least are this share of the page's width (prose, not a table's cells).
MIN_COLUMN_SHARE = 0.25
#: The runs each column needs for a page to be two columns.
MIN_COLUMN_LINES = 6
#: The narrowest gutter, in points (a column gap is usually 12–36 pt; a word space 2–4 pt).
MIN_GUTTER = 9.0
#: A gap wider than this many times the font size between two characters is a space between words.
WORD_GAP = 0.15

Line = dict[str, Any]
Cells = Callable[[Line], list[tuple[float, float, str]]]


def find_gutter(lines: Sequence[Line], width: float, cells_of: Cells) -> tuple[float, float] | None:
    """Return the left and right edges of the gutter between a page's two columns, else ``None``.

    ``cells_of`` parts a printed line into runs of text, (x0, x1, text), at wide gaps. The right
    column's left edge is where :data:`MIN_COLUMN_LINES` runs or more start, in the page's middle half;
    no run from the left (but lines crossing both columns, a fifth of them at most) reaches within
    :data:`MIN_GUTTER` of it, and the runs on each side are prose: half of them at least
    :data:`MIN_COLUMN_SHARE` of the page's width.
    """
    runs = [(x0, x1) for line in lines for x0, x1, _ in cells_of(line)]
    starts: dict[int, int] = {}
    for x0, _ in runs:
        if 0.25 * width <= x0 <= 0.75 * width:
            starts[round(x0)] = starts.get(round(x0), 0) + 1
    if not starts:
        return None
    edge = max(starts, key=lambda x: sum(starts.get(x + d, 0) for d in (-2, -1, 0, 1, 2)))
    right = [(x0, x1) for x0, x1 in runs if abs(x0 - edge) <= 2]
    left = [(x0, x1) for x0, x1 in runs if x0 < edge - 2 and x1 <= edge - MIN_GUTTER]
    crossing = [(x0, x1) for x0, x1 in runs if x0 < edge - 2 and x1 > edge - MIN_GUTTER]
    if len(right) < MIN_COLUMN_LINES or len(left) < MIN_COLUMN_LINES or len(crossing) * 5 > len(runs):
        return None
    wide = MIN_COLUMN_SHARE * width
    if any(sum(x1 - x0 >= wide for x0, x1 in side) * 2 < len(side) for side in (left, right)):
        return None
    return max(x1 for _, x1 in left), min(x0 for x0, _ in right)


def reading_flows(lines: Sequence[Line], gutter: tuple[float, float]) -> list[list[Line]]:
    """Return the page's lines as flows in reading order: for each band between lines crossing the
    gutter, the left column's lines, then the right column's; a crossing line is a flow of its own.

    A printed line holding text on both sides of the gutter is parted into two lines there.
    """
    middle = (gutter[0] + gutter[1]) / 2
    flows: list[list[Line]] = []
    left: list[Line] = []
    right: list[Line] = []

    def end_band() -> None:
        flows.extend(flow for flow in (left[:], right[:]) if flow)
        left.clear()
        right.clear()

    for line in sorted(lines, key=lambda line: (line["top"], line["x0"])):
        chars = line["chars"]
        if any(char["x0"] < middle < char["x1"] for char in chars) or _spans(chars, gutter):
            end_band()
            flows.append([line])
            continue
        before = [char for char in chars if char["x1"] <= middle]
        after = [char for char in chars if char["x0"] >= middle]
        if before:
            left.append(part_of_line(before))
        if after:
            right.append(part_of_line(after))
    end_band()
    return flows


def _spans(chars: Sequence[Line], gutter: tuple[float, float]) -> bool:
    """True when a line's words run on through the gutter (a gap there no wider than a word space)."""
    inside = [char for char in chars if char["x1"] > gutter[0] and char["x0"] < gutter[1]]
    return bool(inside) and any(char["text"].strip() for char in inside)


def part_of_line(chars: Sequence[Line]) -> Line:
    """Return a printed line made of ``chars`` (a part of a line pdfplumber read across the gutter).

    Its text puts a space where the PDF prints one or leaves a gap wider than :data:`WORD_GAP` times
    the font size.
    """
    text: list[str] = []
    last: Line | None = None
    for char in chars:
        if last is not None and text and text[-1] != " ":
            gap = float(char["x0"]) - float(last["x1"])
            if gap > WORD_GAP * max(float(char["size"]), 1.0):
                text.append(" ")
        if char["text"].strip() or (text and text[-1] != " "):
            text.append(char["text"] if char["text"].strip() else " ")
        last = char
    printed = [char for char in chars if char["text"].strip()]
    return {
        "text": "".join(text).strip(),
        "chars": printed or list(chars),
        "x0": min(float(char["x0"]) for char in chars),
        "x1": max(float(char["x1"]) for char in chars),
        "top": min(float(char["top"]) for char in chars),
        "bottom": max(float(char["bottom"]) for char in chars),
    }
