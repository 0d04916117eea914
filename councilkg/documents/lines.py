"""Finding a document's headings and text lines by their printed words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from councilkg.text import clean_text


def find_headings(lines: Sequence[str], headings: Sequence[str]) -> dict[str, int]:
    """Return the 0-based index of the first line equal to each heading (case-insensitive).

    Headings not found are left out of the result, so callers can report them.
    """
    wanted = {heading.casefold(): heading for heading in headings}
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = clean_text(line.lstrip("#")).casefold()
        if key in wanted and wanted[key] not in found:
            found[wanted[key]] = index
    return found


def iter_nonblank(lines: Sequence[str], start: int, end: int) -> Iterator[tuple[int, str]]:
    """Yield ``(0-based index, cleaned text)`` for each non-blank line of ``lines[start:end]``."""
    for index in range(start, min(end, len(lines))):
        text = clean_text(lines[index])
        if text:
            yield index, text
