"""Rebuilding the tables a text flattened into **space-aligned** rows: a row a line, its columns parted
by runs of two or more spaces, each cell taken to the header cell it starts under; a line of one cell
under a row is that row's wrapped cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.flatrows import (
    MAX_HEADER_CELL_WORDS,
    SHAPE_SPACE_ALIGNED,
    HeaderTest,
    RebuiltTable,
    is_text,
)
from councilkg.text import clean_text

_GAP = re.compile(r"\S(?: ?\S)*")  # a run of text with single spaces: one cell of a space-aligned line


def _segments(line: str) -> list[tuple[int, str]]:
    """Return the (offset, text) cells of a line whose cells are separated by two or more spaces."""
    return [(match.start(), match.group()) for match in _GAP.finditer(line.replace("\t", "  "))]


def space_aligned_table(
    lines: Sequence[str], start: int, is_header: HeaderTest
) -> tuple[RebuiltTable, list[list[str]]] | None:
    """Return the space-aligned table whose header is line ``start`` (0-based) and its rows' cells, else
    ``None``. The table ends at two blank lines, or at a line of one cell that cannot be a row's
    wrapped cell (the first under the header, or one after a blank line)."""
    if not is_text(lines[start]):
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
        if not is_text(raw):
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
