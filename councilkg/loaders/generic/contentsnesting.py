"""Where a contents page's entries go on although printed another way than its first entry.

A PDF's contents page prints a chapter with its page and its sections under it with none ("3.0
Lambeth 2020 – What will the borough look like? 12" / "3.1 The next three years" / "3.2 A new way
of working"), or a section's bulleted entries with their pages alone on the line below ("• The
Kirklees Partnership" / "7"). Such lines are entries of the page, not the plan's items: read as
the body, a chapter's sections become a run of numbered headings (priorities) and the page ends
before the entry naming a kind that the items are printed under.
"""

from __future__ import annotations

from collections.abc import Sequence

#: A page number has at most this many digits ("214" is a page, "2014" a year).
MAX_PAGE_DIGITS = 3


def _chapter(ref: str) -> str:
    """Return a number without its ".0" ("3.0" is chapter 3's own entry)."""
    return ref.removesuffix(".0").rstrip(".")


def is_section_number(last: str | None, ref: str) -> bool:
    """True when ``ref`` numbers a section of the chapter ``last`` numbers, or a sibling of the
    section ``last`` numbers ("3.1" after "3.0" or "3", "3.2" after "3.1"), never a chapter of its own.

    Example:
        >>> is_section_number("3.0", "3.1"), is_section_number("3.1", "3.2"), is_section_number("3", "3.1")
        (True, True, True)
        >>> is_section_number("3.4", "4.0"), is_section_number("2.0", "3.1"), is_section_number(None, "3.1")
        (False, False, False)
    """
    if last is None or "." not in _chapter(ref):
        return False
    parent = _chapter(ref).rsplit(".", 1)[0]
    return parent in {_chapter(last), _chapter(last).rsplit(".", 1)[0]}


def is_page(text: str) -> bool:
    """True for a page number printed alone ("7", "214").

    Example:
        >>> is_page(" 14 "), is_page("2014"), is_page("Values")
        (True, False, False)
    """
    text = text.strip()
    return text.isdigit() and len(text) <= MAX_PAGE_DIGITS


def next_text(lines: Sequence[str], number: int) -> str:
    """Return the next line with text after line ``number`` (counted from 1), stripped, or ""."""
    return next((line.strip() for line in lines[number:] if line.strip()), "")
