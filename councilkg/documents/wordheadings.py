"""The heading levels Word gives paragraphs: the Title and Heading styles, and outline levels.

A Word heading is a paragraph whose style is "Title" or "Heading N" (built in, whatever the
language: Word keeps their English names in the styles part), or whose style or own properties give
it an outline level (``w:outlineLvl``, 0 to 8; 9 is body text), as the navigation pane shows it.
A style based on a heading style is a heading of the same level. :class:`HeadingLevels` reads the
styles once and returns, paragraph by paragraph, the level a heading has (1 the highest: Title and
Heading 1 both 1), so the document model knows a heading from a short paragraph.
"""

from __future__ import annotations

import re
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Heading levels deeper than this are read as this level (HTML's h6; Word offers nine).
MAX_HEADING_LEVEL = 6
#: Word's outline level for body text: no heading.
_BODY_TEXT = 9
_HEADING_NAME = re.compile(r"^heading (\d)$")
#: How far a chain of ``basedOn`` styles is followed (Word's own limit is far below).
_MAX_BASED_ON = 20


class HeadingLevels:
    """The heading levels of one Word document's paragraphs."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, int] = {}  # styleId → heading level
        self._read_styles(document)

    def level(self, paragraph: Any) -> int | None:
        """Return the heading level (1 to :data:`MAX_HEADING_LEVEL`) of ``paragraph`` (a ``w:p``
        element), or ``None`` for a paragraph that is no heading."""
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return None
        own = _outline_level(properties)
        if own is not None:
            return own or None
        style = properties.find(f"{_W}pStyle")
        return self._levels.get(style.get(f"{_W}val", "")) if style is not None else None

    def _read_styles(self, document: Any) -> None:
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        own: dict[str, int] = {}  # styleId → level its name or properties give (0: body text)
        based_on: dict[str, str] = {}
        for style in styles.iterchildren(f"{_W}style"):
            if style.get(f"{_W}type", "paragraph") != "paragraph":
                continue
            style_id = style.get(f"{_W}styleId", "")
            name = _value(style, "name")
            properties = style.find(f"{_W}pPr")
            outline = _outline_level(properties) if properties is not None else None
            named = _named_level((name or "").strip().casefold())
            if outline is not None:
                own[style_id] = outline
            elif named is not None:
                own[style_id] = named
            parent = _value(style, "basedOn")
            if parent:
                based_on[style_id] = parent
        for style_id in set(own) | set(based_on):
            level = _resolved(style_id, own, based_on)
            if level:
                self._levels[style_id] = level


def _resolved(style_id: str, own: dict[str, int], based_on: dict[str, str]) -> int | None:
    """Return the level ``style_id`` has itself or from the first style it is based on that has one."""
    current: str | None = style_id
    for _ in range(_MAX_BASED_ON):
        if current is None:
            return None
        if current in own:
            return own[current]
        current = based_on.get(current)
    return None


def _named_level(name: str) -> int | None:
    """Return the level of a built-in heading style by its name ("title", "heading 2"), else ``None``."""
    if name == "title":
        return 1
    found = _HEADING_NAME.match(name)
    return min(int(found.group(1)), MAX_HEADING_LEVEL) if found and found.group(1) != "0" else None


def _outline_level(properties: Any) -> int | None:
    """Return the heading level ``w:outlineLvl`` gives (0 for body text), or ``None`` if it gives none."""
    value = _value(properties, "outlineLvl")
    if value is None or not value.isdigit() or len(value) > 2:
        return None
    level = int(value)
    return 0 if level >= _BODY_TEXT else min(level + 1, MAX_HEADING_LEVEL)


def _value(element: Any, name: str) -> str | None:
    """Return the ``w:val`` of ``element``'s child ``w:name``, else ``None``."""
    child = element.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None
