"""A labelled heading and its first sub-item run onto one line.

Minutes or a web page that lost a table's line breaks print "Priority 1: Local Youth Offer 1a: Publish
and distribute a clear … There had been …", then "1b: Develop plans …" on a line of its own: the
heading's line break, before its first item, was lost. The sub-item's reference carries the heading's
number on ("1" → "1a", "1.1"), and its next sibling ("1b", "1.2") starts a line below or later on the
same line: those marks, going on in order, are what part the line, never its punctuation.
:func:`labelled_sub_item` returns the two parts, to be read as the line's two items.

A string scan of the line and of the few lines below it: linear in their length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: "Priority 1: …", "Outcome 3 – …": a heading labelled by its kind's word and number, opening the line.
_HEADING = re.compile(
    r"^(?P<word>Priority|Objective|Outcome|Aim|Theme|Goal|Ambition|Pledge)\s+(?P<ref>\d{1,2})\s*[:–—]\s+(?=[A-Z])"
)
#: A heading's title is a few words; a longer stretch before the mark is a table's header or prose.
MAX_TITLE_WORDS = 12
#: How many lines below may hold the next sub-item, for a line holding only the first.
SIBLING_LINES = 12


def _mark(ref: str, first: bool) -> re.Pattern[str]:
    """Return the pattern of ``ref``'s first sub-item mark ("1a:", "1.1") or of its second ("1b:", "1.2")."""
    letter, number = ("a", "1") if first else ("b", "2")
    return re.compile(rf"(?:^|(?<=\s)){ref}(?:{letter}\s*[:)]|\.{number}\s*[:)]?)\s+(?=[A-Z])")


def labelled_sub_item(text: str, below: Sequence[str] = ()) -> tuple[str, str] | None:
    """Return the heading ("Priority 1: Local Youth Offer") and its first sub-item ("1a: Publish …")
    run together on ``text``, else ``None``.

    The line opens with a heading labelled by a kind's word and number; its title (a few words, no
    sentence's end) runs on into the number's first sub-item ("1a:", "1.1"), and the second ("1b:",
    "1.2") follows on the same line or starts one of the ``below`` lines.

    Example:
        >>> labelled_sub_item("Priority 2: Monitoring and evaluation 2a: Assess and review all systems",
        ...                   ["A toolkit had been created.", "2b: Develop a plan"])
        ('Priority 2: Monitoring and evaluation', '2a: Assess and review all systems')
        >>> labelled_sub_item("Priority 2: Monitoring and evaluation 2a: Assess and review it") is None
        True
    """
    heading = _HEADING.match(text)
    if heading is None:
        return None
    ref = heading.group("ref")
    first = _mark(ref, first=True).search(text, heading.end())
    if first is None:
        return None
    title = text[heading.end() : first.start()].strip()
    if not title or len(title.split()) > MAX_TITLE_WORDS or title[-1] in ".;:!?,":
        return None
    second = _mark(ref, first=False)
    if second.search(text, first.end()) is None and not any(
        second.match(line.strip()) for line in below[:SIBLING_LINES]
    ):
        return None
    return text[: first.start()].strip(), text[first.start() :].strip()
