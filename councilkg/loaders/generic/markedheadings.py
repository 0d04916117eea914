"""The headings a file's format marks (HTML ``<h1>``-``<h6>``, Word's heading styles, a PDF's larger
or bold lines: :attr:`~councilkg.documents.document.Document.headings`), read as a plan's structure.

Plain text marks none, and is read from its words alone. Where a format marks headings, the marks
settle what the words cannot: which lines are headings and how they nest. The rules, general for
every format, are data the outline reader (:mod:`~councilkg.loaders.generic.outlinemarked`) uses:

* a marked heading whose words name a kind of list ("Our priorities", "Cross-cutting themes",
  "Key outcomes": :func:`~councilkg.loaders.generic.leadinkind.lead_in_kind`) makes each heading
  the next level down under it, until a heading of its level or higher, an item of that kind, whatever
  its words (:func:`marked_items`);
* such items nest as their headings do: a priority heading under an outcome heading serves that
  outcome, under a priority heading it is that priority's part (:attr:`MarkedItem.parent`);
* a marked heading is never a list item, action, measure or risk: one the text's rules read as one
  action ("We will improve the health … of the people in Salford") is the priority the part under it
  serves (:data:`RULE_MARKED_ACTION`), other such items are dropped (:func:`drop_marked_heading_items`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    LABELLED,
    MEASURE_LEAD_IN,
    NOT_A_PRIORITY,
    OTHER_LIST_NOUNS,
)
from councilkg.loaders.model import Extraction
from councilkg.text import clean_text

RULE_MARKED_HEADING = "heading: marked by the format, under a heading naming its kind"
RULE_MARKED_ACTION = "heading: marked by the format, naming what is done as a priority"
#: Marks settle a heading's place, not its words: trusted a little less than a labelled heading.
MARKED_CONFIDENCE = 0.8
#: The kinds a heading naming a list gives the headings under it: actions and measures are never headings.
HEADING_KINDS = frozenset({"priority", "outcome"})


@dataclass(frozen=True)
class MarkedItem:
    """A marked heading read as an item: its kind, label, reference and the item it hangs from."""

    kind: str  # "priority" or "outcome"
    label: str
    ref: str | None
    level: int
    parent: int | None = None  # the line of the marked item one level up it hangs from, if any


def names_a_kind(text: str) -> str | None:
    """Return the kind of item a heading names its sub-headings ("Our priorities": priority), else ``None``.

    A heading that is itself one item ("Priority 2: Keeping safe") names none.

    Example:
        >>> names_a_kind("Our priorities"), names_a_kind("Key outcomes"), names_a_kind("Keeping safe")
        ('priority', 'outcome', None)
        >>> names_a_kind("Priority 2: Keeping safe"), names_a_kind("Success measures")
        (None, None)
    """
    text = clean_text(text).rstrip(":").strip()
    if not text or len(text.split()) > 8:
        return None
    kind = lead_in_kind(text)
    return kind if kind in HEADING_KINDS else None


def _item_of(text: str, kind: str, level: int, parent: int | None) -> MarkedItem | None:
    """Return the item a sub-heading under a heading naming ``kind`` states, or ``None`` for a heading
    that is a part of the document ("Introduction") or a lead-in ("What we will do")."""
    text = clean_text(text).strip()
    if BULLET.match(text):
        return None
    if (
        not text
        or NOT_A_PRIORITY.match(text)
        or ACTION_LEAD_IN.match(text)
        or MEASURE_LEAD_IN.match(text)
        or names_a_kind(text) is not None
        or (OTHER_LIST_NOUNS.search(text) and len(text.split()) <= 3)  # "Our Values": no item's heading
        or not any(character.isalpha() for character in text)
    ):
        return None
    ref = None
    if (labelled := LABELLED.match(text)) and clean_text(labelled.group("label")):
        ref, text = labelled.group("ref"), clean_text(labelled.group("label"))
    elif numbered := NUMBER.match(text):
        ref, text = numbered.group(1), clean_text(text[numbered.end() :])
    label = text.rstrip(":.").strip()
    return MarkedItem(kind, label, ref, level, parent) if label else None


@dataclass
class _Open:
    """A marked heading whose part of the document is open: what it names, and how it is divided."""

    level: int
    line: int
    names: str | None  # the kind its sub-headings are, when its words name one
    below: int | None = None  # the level of the first heading under it: its sub-headings'
    subs: list[tuple[int, str]] = field(default_factory=list)  # an item's sub-headings (line, text)
    sectioned: bool = False  # an item's sub-headings include a part ("Context") or a lead-in


def marked_items(lines: Sequence[str], headings: Mapping[int, int]) -> dict[int, MarkedItem]:
    """Return the items the marked headings state, by line: each heading one level below a heading
    naming a kind (:func:`names_a_kind`), until the next heading at that heading's level or higher.

    ``lines`` are the document's lines (line ``n`` is ``lines[n-1]``), ``headings`` its marked
    headings' levels by line. "One level below" is the level of the first heading under the naming
    heading, so an ``<h2>`` over ``<h4>`` s nests as an ``<h2>`` over ``<h3>`` s would. When every
    heading one level below such an item is itself one (none a part such as "Context" nor a lead-in
    such as "What we will do"), the items are two levels: outcomes, and the priorities serving them.

    Example:
        >>> lines = ["Our outcomes", "Safe at home", "Our priorities", "Early help", "Text.", "About us"]
        >>> items = marked_items(lines, {1: 1, 2: 2, 3: 3, 4: 4, 6: 1})
        >>> [(line, item.kind, item.label, item.parent) for line, item in items.items()]
        [(2, 'outcome', 'Safe at home', None), (4, 'priority', 'Early help', 2)]
        >>> lines = ["Our Pledges & Priorities", "Young people are safe", "Safe in school", "Safe online"]
        >>> items = marked_items(lines, {1: 1, 2: 2, 3: 3, 4: 3})
        >>> [(line, item.kind, item.parent) for line, item in items.items()]
        [(2, 'outcome', None), (3, 'priority', 2), (4, 'priority', 2)]
    """
    items: dict[int, MarkedItem] = {}
    opened: list[_Open] = []  # the headings whose parts are open at the line, outermost first
    two_level: list[_Open] = []  # the items with sub-headings
    for number in sorted(headings):
        if not 0 < number <= len(lines):
            continue
        level, text = headings[number], lines[number - 1]
        while opened and opened[-1].level >= level:
            opened.pop()
        above = opened[-1] if opened else None
        if above is not None and above.below is None:
            above.below = level
        if above is not None and above.below == level and above.names is not None:
            parent = next((heading.line for heading in reversed(opened) if heading.line in items), None)
            item = _item_of(text, above.names, level, parent)
            if item is not None:
                items[number] = item
        elif above is not None and above.below == level and above.line in items:
            if not above.subs:
                two_level.append(above)
            above.subs.append((number, text))
            above.sectioned = above.sectioned or _item_of(text, "priority", level, above.line) is None
        opened.append(_Open(level, number, names_a_kind(text)))
    for heading in two_level:
        if heading.sectioned or heading.line not in items:
            continue
        items[heading.line] = replace(items[heading.line], kind="outcome")
        for number, text in heading.subs:
            sub = _item_of(text, "priority", headings[number], heading.line)
            if sub is not None:
                items[number] = sub
    return dict(sorted(items.items()))


def heading_levels(lines: Sequence[str], headings: Mapping[int, int] | None) -> dict[int, int]:
    """Return the level of each marked heading, by line, but those printed as a table's row or a list's
    bulleted item (a bold bullet a PDF marks as short and bold is still the list's item).

    Example:
        >>> heading_levels(["Our priorities", "• Keep safe", "Who\\tWhen"], {1: 2, 2: 3, 3: 3})
        {1: 2}
    """
    return {
        number: level
        for number, level in (headings or {}).items()
        if 0 < number <= len(lines)
        and "\t" not in lines[number - 1]
        and not BULLET.match(lines[number - 1].strip())
    }


def drop_marked_heading_items(
    extraction: Extraction, lines: Sequence[str], headings: Mapping[int, int] | None
) -> None:
    """Take out the actions, measures and risks read from a line the format marks as a heading (not a
    table's row nor a bulleted item: :func:`heading_levels`), placing the line as a heading: a heading
    names what follows, it is no list's item. Returns nothing."""
    marked = heading_levels(lines, headings)
    listed = ("actions", "indicators", "risks")
    extraction.take_out(lambda item: item.source_line in marked, "heading", listed)
