"""Paragraphs a plan's count leads into, each opening with its place in the count:

    There are four strategic priorities for 2024 to 2026, as affirmed by the … Partnership Board.
    Firstly, working to reduce disproportionality – this means working to reduce …
    Secondly, strengthening participation for children and families within the service …

A speech or a report retelling a plan's list says how many items it has, then gives each in a
paragraph of its own opening "Firstly," / "Secondly," … ("First,", "Finally,", "Lastly,"). The
paragraphs are the items, each named by its words up to the first dash, colon or sentence end; the
count names their kind. Two paragraphs at least, in order and no more than counted (a page cut
short may end the list early); a paragraph opening otherwise ends them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.loaders.generic.outlinelines import KIND_OF_WORD
from councilkg.loaders.generic.titledlines import LIST_WORD_OF_KIND
from councilkg.loaders.parsing.ordinals import ORDINAL_WORDS
from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, RunItem, count_value

RULE_ORDINAL_PARAGRAPHS = "paragraph opening with its place in a counted list"
MIN_ITEMS = 2
#: An item's name is a phrase, not the paragraph it opens.
MAX_LABEL_WORDS = 25
#: "There are four strategic priorities for 2024 to 2026 …": a count, up to two words, the kind.
_COUNT_OF_KIND = re.compile(
    rf"{COUNT_AND_WORDS}(?P<kind>priorities|objectives|outcomes|ambitions|aims|goals|themes|commitments|"
    r"actions|pillars)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^(?P<ordinal>[A-Z][a-z]+?)(?:ly)?,\s+(?P<rest>\S.*)$")
_LAST = frozenset({"final", "last"})  # "Finally,", "Lastly,"
#: Where an item's name ends: a spaced dash, a colon, or its sentence's end.
_NAME_END = re.compile(r"\s[–—-]\s|:\s|\.(?:\s|$)")


def ordinal_paragraphs(
    texts: Sequence[tuple[int, str]], position: int
) -> tuple[str, list[RunItem], str] | None:
    """Return the kind word, the items and the rule of the paragraphs after ``texts[position]`` (numbered
    lines, blank ones empty) opening "Firstly,", "Secondly," … when that line counts their kind;
    else ``None``.

    Example:
        >>> kind, items, _ = ordinal_paragraphs([
        ...     (1, "There are four strategic priorities for 2024 to 2026."), (2, ""),
        ...     (3, "Firstly, working to reduce disproportionality – this means working to reduce …"),
        ...     (4, "Secondly, strengthening participation for children and families. We want to …")], 0)
        >>> kind, [item.line for item in items], items[1].label
        ('priorities', [3, 4], 'strengthening participation for children and families')
    """
    counted = _COUNT_OF_KIND.search(texts[position][1])
    if counted is None:
        return None
    kind = KIND_OF_WORD.get(counted.group("kind").casefold())
    count = count_value(counted.group("count"))
    if kind not in LIST_WORD_OF_KIND:
        return None
    items: list[RunItem] = []
    for number, text in texts[position + 1 :]:
        if not text:
            continue
        opening = _OPENING.match(text)
        ordinal = opening.group("ordinal").casefold() if opening else ""
        expected = ORDINAL_WORDS[len(items)] if len(items) < len(ORDINAL_WORDS) else ""
        if opening is None or (ordinal != expected and not (ordinal in _LAST and items)):
            break
        rest = opening.group("rest")
        end = _NAME_END.search(rest)
        label = rest[: end.start()] if end else rest
        if len(label.split()) > MAX_LABEL_WORDS:
            return None
        items.append(RunItem(number, None, label.strip()))
        if ordinal in _LAST:
            break
    if not MIN_ITEMS <= len(items) <= count:
        return None
    return LIST_WORD_OF_KIND[kind], items, RULE_ORDINAL_PARAGRAPHS
