"""The marks Word shows before list paragraphs: bullets and numbers kept outside a paragraph's text.

A Word list item's bullet or number is not in its text: the paragraph (or its style, as "List
Bullet" and "List Number" do) names a numbering definition and a level, and Word draws the mark from
the definition's format for that level. :class:`ListMarks` reads the document's numbering part and
styles once and returns, paragraph by paragraph, the mark Word shows — "• " for a bullet, "3. " for
the third item of a decimal list, "c) " for a lettered one — so the text reads as it prints and the
reading engine knows a list item from a line of prose.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: List levels deeper than this are read as this level (Word offers nine, 0 to 8).
MAX_LEVEL = 8
#: The formats whose items are lettered ("a) ") rather than numbered ("1. ").
_LETTERS = {"lowerLetter": "a", "upperLetter": "A"}


class ListMarks:
    """The list marks of one Word document, numbered in reading order."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[str, dict[int, tuple[str, int]]] = {}  # numId → level → (format, start)
        self._style_numbering: dict[str, tuple[str, int]] = {}  # styleId → (numId, level)
        self._counters: dict[str, list[int]] = {}  # numId → the last number at each level
        self._read_numbering(document)
        self._read_styles(document)

    def mark(self, paragraph: Any) -> str:
        """Return the mark Word shows before ``paragraph`` (a ``w:p`` element); "" for no list item."""
        numbering = self._numbering(paragraph)
        if numbering is None:
            return ""
        num_id, level = numbering
        format_name, start = self._formats.get(num_id, {}).get(level, ("bullet", 1))
        if format_name == "bullet":
            return "• "
        if format_name == "none":
            return ""
        counters = self._counters.setdefault(num_id, [0] * (MAX_LEVEL + 1))
        counters[level] = counters[level] + 1 if counters[level] else start
        for deeper in range(level + 1, MAX_LEVEL + 1):
            counters[deeper] = 0  # a list under an item starts again under the next
        number = counters[level]
        letter = _LETTERS.get(format_name)
        if letter is not None and 1 <= number <= 26:
            return chr(ord(letter) + number - 1) + ") "
        return f"{number}. "

    def _numbering(self, paragraph: Any) -> tuple[str, int] | None:
        """Return the (numId, level) a paragraph's own properties or its style give, else ``None``."""
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return None
        num_pr = properties.find(f"{_W}numPr")
        style = properties.find(f"{_W}pStyle")
        from_style = self._style_numbering.get(style.get(f"{_W}val", "")) if style is not None else None
        if num_pr is None:
            return from_style
        num_id = _value(num_pr, "numId") or (from_style[0] if from_style else None)
        level = (
            _level(_value(num_pr, "ilvl")) if _value(num_pr, "ilvl") else (from_style[1] if from_style else 0)
        )
        if num_id is None or num_id == "0":  # numId 0 takes a style's numbering away
            return None
        return num_id, level

    def _read_numbering(self, document: Any) -> None:
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a document without lists has no numbering part
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        for definition in numbering.iterchildren(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, int]] = {}
            for level in definition.iterchildren(f"{_W}lvl"):
                start = _value(level, "start")
                levels[_level(level.get(f"{_W}ilvl"))] = (
                    _value(level, "numFmt") or "decimal",
                    int(start) if start and start.isdigit() and len(start) < 7 else 1,
                )
            abstract[definition.get(f"{_W}abstractNumId", "")] = levels
        for num in numbering.iterchildren(f"{_W}num"):
            self._formats[num.get(f"{_W}numId", "")] = abstract.get(_value(num, "abstractNumId") or "", {})

    def _read_styles(self, document: Any) -> None:
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in styles.iterchildren(f"{_W}style"):
            properties = style.find(f"{_W}pPr")
            num_pr = properties.find(f"{_W}numPr") if properties is not None else None
            num_id = _value(num_pr, "numId") if num_pr is not None else None
            if num_id is not None:
                self._style_numbering[style.get(f"{_W}styleId", "")] = (
                    num_id,
                    _level(_value(num_pr, "ilvl")),
                )


def _value(element: Any, name: str) -> str | None:
    """Return the ``w:val`` of ``element``'s child ``w:name``, else ``None``."""
    child = element.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None


def _level(value: str | None) -> int:
    """Return a list level from its attribute, 0 to :data:`MAX_LEVEL` (0 if unreadable)."""
    return min(int(value), MAX_LEVEL) if value and value.isdigit() and len(value) < 3 else 0
