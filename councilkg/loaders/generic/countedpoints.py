"""A plan counted in points ("Our 8 point promise to children and young people", "Children's 10 Point
Improvement Plan", "a seven-point action plan"): its points are the plan's priorities.

A charter or a short plan numbers its points and says how many there are; the points are what the
whole plan is about, its priorities, however each is worded. A promise's points are often led in as
what someone will do ("Adults who work with you in <the borough> will:"), which alone would make them
actions; the count on the line above, when exactly that many items follow, says they are the points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.parsing.runlists import COUNT_WORDS, count_value

#: "8 point promise", "seven-point action plan", "10 Point Improvement Plan": a count of points, then
#: up to two words and what the points make up.
_POINTS = re.compile(
    rf"\b(?P<count>{COUNT_WORDS})[- ]point\s+(?:[\w’'-]+\s+){{0,2}}?(?:plan|promise|pledge|charter)\b",
    re.IGNORECASE,
)


def points_counted(text: str) -> int | None:
    """Return how many points a line says a plan or promise has, else ``None``.

    Example:
        >>> points_counted("Our 8 point promise to children and young people")
        8
        >>> points_counted("Council sets out seven-point action plan"), points_counted("Our 8 priorities")
        (7, None)
    """
    found = _POINTS.search(text)
    return count_value(found.group("count")) if found else None


def _marked_items(lines: Sequence[str], after: int) -> int:
    """Return how many bulleted or numbered lines follow line ``after`` (1-based), blank lines between
    them allowed, up to the first line marked neither way."""
    count = 0
    for line in lines[after:]:
        if not line.strip():
            continue
        if BULLET.match(line) is None and NUMBER.match(line) is None:
            break
        count += 1
    return count


def points_led_in(lines: Sequence[str], number: int) -> bool:
    """Return whether the lead-in on line ``number`` (1-based, of ``lines``) stands right under a line
    counting a plan's points (blank lines between allowed), and exactly that many marked items follow
    it: the items are those points."""
    above = next((line for line in reversed(lines[: number - 1]) if line.strip()), "")
    count = points_counted(above)
    return count is not None and _marked_items(lines, number) == count
