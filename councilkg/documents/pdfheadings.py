"""The headings of a PDF: lines printed larger, or wholly bold, against the document's body text.

A PDF has no heading markup (tagged PDFs aside, which few council plans are); its headings are the
lines set in a larger type than the body text, or short lines set wholly in bold at the body's
size. :class:`PrintedHeadings` counts the characters of each type size over the whole document —
the size most characters are printed in is the body's — notes the type of each line as the text
is laid out, and at the end returns each heading line's level: the largest size 1, the next 2, and
bold lines at the body's size one level below the smallest larger size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: A line this much larger than the body text (or more) is printed as a heading.
LARGER = 1.15
#: A heading is a few words; a longer line in large type is a pull quote or a banner's text.
MAX_HEADING_WORDS = 30
#: A bold line at the body's size is a heading only when shorter still (else it is emphasis).
MAX_BOLD_HEADING_WORDS = 12
#: Levels deeper than this are read as this level (HTML's h6).
MAX_LEVEL = 6
_BOLD = re.compile(r"bold|black|heavy", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class _PrintedLine:
    size: float
    bold: bool
    words: int
    text: str


class PrintedHeadings:
    """Type sizes and weights of one PDF's lines, collected page by page."""

    def __init__(self) -> None:
        self._sizes = Counter[float]()  # rounded type size → characters printed in it
        self._lines: dict[int, _PrintedLine] = {}  # 1-based text line → its type

    def count_chars(self, chars: Iterable[dict[str, Any]]) -> None:
        """Count a page's characters by type size (for the body text's size); returns nothing."""
        for char in chars:
            if not char.get("text", "").isspace():
                self._sizes[_rounded(char.get("size", 0.0))] += 1

    def note_line(self, number: int, printed: dict[str, Any]) -> None:
        """Note the type of text line ``number``, printed as pdfplumber's line ``printed``; returns
        nothing."""
        chars = [char for char in printed.get("chars", ()) if not char.get("text", "").isspace()]
        if not chars:
            return
        size = Counter(_rounded(char.get("size", 0.0)) for char in chars).most_common(1)[0][0]
        bold = all(_BOLD.search(str(char.get("fontname", ""))) for char in chars)
        text = str(printed.get("text", ""))
        self._lines[number] = _PrintedLine(size, bold, len(text.split()), text)

    def note_wrapped(self, number: int, printed: dict[str, Any]) -> None:
        """Add a wrapped line's words to text line ``number``'s; returns nothing."""
        line = self._lines.get(number)
        if line is not None:
            text = str(printed.get("text", ""))
            line.words += len(text.split())
            line.text = f"{line.text} {text}"

    def levels(self) -> dict[int, int]:
        """Return the heading lines' levels, by text line (1 the highest); empty when none stands out.

        Example:
            >>> found = PrintedHeadings()
            >>> found.count_chars([{"text": "x", "size": 10.0}] * 500 + [{"text": "H", "size": 16.0}] * 20)
            >>> def line(text, size, font):
            ...     return {"text": text, "chars": [{"text": text[0], "size": size, "fontname": font}]}
            >>> found.note_line(1, line("Our priorities", 16.0, "Arial"))
            >>> found.note_line(2, line("Keeping safe", 10.0, "Arial-BoldMT"))
            >>> found.note_line(3, line("We will act.", 10.0, "Arial"))
            >>> found.levels()
            {1: 1, 2: 2}
        """
        if not self._sizes:
            return {}
        body = self._sizes.most_common(1)[0][0]
        larger = {
            number: line
            for number, line in self._lines.items()
            if line.size >= body * LARGER and line.words <= MAX_HEADING_WORDS and _LETTER.search(line.text)
        }
        sizes = sorted({line.size for line in larger.values()}, reverse=True)
        ranks = {size: rank for rank, size in enumerate(sizes, start=1)}
        levels = {number: min(ranks[line.size], MAX_LEVEL) for number, line in larger.items()}
        bold_level = min(len(ranks) + 1, MAX_LEVEL)
        for number, line in self._lines.items():
            if (
                number not in levels
                and line.bold
                and abs(line.size - body) <= 0.5
                and line.words <= MAX_BOLD_HEADING_WORDS
                and _LETTER.search(line.text)
                and not line.text.rstrip().endswith((".", ";", ","))
            ):
                levels[number] = bold_level
        return dict(sorted(levels.items()))


def _rounded(size: Any) -> float:
    """Return a type size rounded to half a point (sizes a PDF prints as 9.96 and 10.02 are one)."""
    try:
        return round(float(size) * 2) / 2
    except (TypeError, ValueError):
        return 0.0
