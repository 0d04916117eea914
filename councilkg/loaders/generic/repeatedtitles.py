"""An action that only repeats a priority or outcome read above it: the heading printed again.

A council plan's contents page names its priorities ("Priority Three: Page 9 A Healthy, Active and Safe
Borough"), and the page after it repeats them as a summary's bullets ("• Healthy, Active and Safe
Borough"). Read as bullets under the last priority, they would be its actions; they are the headings
again, and are dropped (their lines placed as repeated headings), as a contents page repeating the
headings is read once.
"""

from __future__ import annotations

import re

from councilkg.loaders.model import Action, Extraction, Indicator, Priority, Risk
from councilkg.loaders.parsing.matching import match_key

#: An article or "our" a repeated title may gain or lose ("A Town Centre for All" / "Town Centre for All").
_ARTICLE = re.compile(r"^(?:a|an|the|our)\s+")


def title_key(label: str) -> str:
    """Return a label as compared with others: its :func:`match_key` without a leading article.

    Example:
        >>> title_key("A Healthy, Active and Safe Borough") == title_key("Healthy, Active and Safe Borough")
        True
    """
    return _ARTICLE.sub("", match_key(label))


def drop_repeated_titles(extraction: Extraction) -> list[int]:
    """Take out the actions whose label repeats a priority's or outcome's read on an earlier line;
    returns their lines."""
    first_line: dict[str, int] = {}
    headings = [(p.label, p.source_line) for p in extraction.priorities]
    headings += [(o.label, o.source_line) for o in extraction.outcomes]
    for label, line in headings:
        key = title_key(label)
        first_line[key] = min(first_line.get(key, line), line)

    def repeats(item: Priority | Action | Indicator | Risk) -> bool:
        above = first_line.get(title_key(item.label))
        return isinstance(item, Action) and above is not None and above < item.source_line

    return extraction.take_out(repeats, "repeated heading", ("actions",))
