"""A list printed with its bullets lost, under a heading naming its kind: "LSP Priorities" over lines.

Text taken from slides and reports often drops the bullet glyphs, leaving a list one item a line
under its heading:

    4 COMMUNITY STRATEGY OUTCOMES

    Promoting a 'sense of place' so people identify with and take pride in our communities

    Celebrating the contributions people from different backgrounds … can make

The heading names what the lines are (it ends with "priorities" or "outcomes"), and the lines say
what is to be done: most start with a verb ("Promoting …", "Improving health", "Reducing
worklessness"). Both are needed. A heading naming no kind, or lines that name things rather than
what is to be done (a legend's "On track", "No change", a contents page's entries ending in page
numbers, a table's header cells), are left to the other rules. The list ends at the first line that
is no such item: one ending in a stop, a colon or a page number, a marked or long line; or, for lines
one under another after a lead-in, at the first blank line. A lead-in saying what children and young
people are ("… They are:") heads their outcomes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.chosenfocus import chosen_focus, stated_focus
from councilkg.loaders.generic.countedlists import starts_with_verb
from councilkg.loaders.generic.outlinelines import CHILDREN_TO, KIND_OF_WORD, LIST_KIND_WORDS
from councilkg.loaders.parsing.runlists import RunItem

RULE_UNMARKED_LINES = "line under a heading naming its kind, its bullet lost"
#: "4 COMMUNITY STRATEGY OUTCOMES", "LSP Priorities": a short heading (a section number before it)
#: ending with the kind it names.
_HEADING = re.compile(r"^(?:\d{1,2}\.?\s+)?(?P<words>[A-Za-z&’'-]+(?:\s+[A-Za-z&’'-]+){0,5}?)\s*$")
_KIND_AT_END = re.compile(rf"{LIST_KIND_WORDS.pattern}\s*$", re.IGNORECASE)
#: The kinds a heading over unmarked lines is trusted for: measures and risks have their own rules.
_KINDS = frozenset({"priority", "outcome"})
_ENDS_OPEN = re.compile(r"[.:;!?,\d]$")
#: "The current priorities identified are:": a lead-in's kind word, then at most a verb or two and "are:".
_SAID_KIND = re.compile(rf"{LIST_KIND_WORDS.pattern}(?:\s+[a-z]+){{0,2}}\s+are\s*:$", re.IGNORECASE)
MIN_ITEMS = 3
MAX_ITEM_WORDS = 20
#: A list of a plan's priorities or outcomes is a few lines long; a longer run of short lines is
#: something else (and looking no further keeps a text of many such headings linear).
MAX_ITEMS = 25
#: The lines looked at under a heading, blank ones included (a slide's heading may be ten blank lines up).
_WINDOW = 4 * MAX_ITEMS


def unmarked_lines(texts: Sequence[tuple[int, str]], position: int) -> tuple[str, list[RunItem], str] | None:
    """Return the kind word, the items and the rule of a list printed one item a line with no marks,
    under the heading ``texts[position]`` naming its kind (numbered lines, blank ones empty), when most
    items start with a verb; else ``None``.

    Example:
        >>> kind, items, _ = unmarked_lines([(15, "LSP Priorities"), (16, ""),
        ...     (17, "Creating opportunity and potential"), (18, "Improving health"),
        ...     (19, "Reducing crime and feeling safe"), (20, "Children & Young People"),
        ...     (21, "The partnership reviewed them.")], 0)
        >>> kind, [item.label for item in items]
        ('priorities', ['Creating opportunity and potential', 'Improving health', \
'Reducing crime and feeling safe', 'Children & Young People'])
        >>> [item.label for item in unmarked_lines([(8, "The draft plan emphasises the importance of:"),
        ...     (9, "Providing high quality, responsive services"), (10, "Boosting economic development"),
        ...     (11, "Delivering housing")], 0)[1]]
        ['Providing high quality, responsive services', 'Boosting economic development', 'Delivering housing']
        >>> unmarked_lines([(1, "Key to the outcomes"), (2, "On track"), (3, "No change"),
        ...     (4, "Declining")], 0) is None
        True
    """
    word = _heading_kind(texts[position][1])
    if word is None:
        return None
    items: list[RunItem] = []
    # the sentence under the heading saying what its lines are, or the lead-in saying so ("… are:")
    said = texts[position][1].rstrip().endswith(":")
    for number, text in texts[position + 1 : position + 1 + _WINDOW]:
        if not text:
            continue
        if not items and not said and _says_kind(text, word):
            said = True  # "The Pledges & Priorities are the set topics … we will be working on …."
            continue
        if not _is_item(text):
            break
        items.append(RunItem(number, None, text))
        if len(items) > MAX_ITEMS:
            return None
    verb_led = sum(1 for item in items if starts_with_verb(item.label))
    # lines said to be the items stand apart alike (all on consecutive lines, or all blank lines apart):
    # one run on from the line above among spaced ones is a wrapped paragraph's
    steps = [later.line - earlier.line == 1 for earlier, later in pairwise(items)]
    if said and steps and steps[0] and not all(steps):
        # lines one under another, then a blank line: the list ended there ("… They are:" / four lines
        # / "" / "Chairman: Wendy Stone")
        items = items[: steps.index(False) + 1]
    elif said and len(set(steps)) > 1:
        return None
    if len(items) < MIN_ITEMS or (3 * verb_led < 2 * len(items) and not said):
        return None
    return word, items, RULE_UNMARKED_LINES


def _says_kind(text: str, word: str) -> bool:
    """True when a line is one sentence naming the heading's kind ("The Pledges & Priorities are the set
    topics of which we will be working on …."): what the lines under it are, said in words."""
    return text.endswith(".") and text.count(". ") == 0 and word in text.casefold()


def _heading_kind(text: str) -> str | None:
    """Return the kind word a short heading ends with ("LSP Priorities": ``"priorities"``), or a lead-in
    sentence's kind word before its colon ("The current priorities identified are:"), when it names
    priorities or outcomes, else ``None``."""
    if stated_focus(text.strip()) or chosen_focus(text.strip()):
        return "priorities"  # "The draft plan emphasises the importance of:": its focus, its priorities
    if text.strip().endswith(":") and CHILDREN_TO.search(text.strip()):
        return "outcomes"  # "Children and young people are positive …. They are:": what they will be
    said = _SAID_KIND.search(text.strip())
    if said is not None and KIND_OF_WORD.get(said.group(1).casefold()) in _KINDS:
        return said.group(1).casefold()
    heading = _HEADING.match(text.strip())
    if heading is None:
        return None
    found = _KIND_AT_END.search(heading.group("words"))
    if found is None:
        return None
    word = " ".join(found.group(1).casefold().split())
    return word if KIND_OF_WORD.get(word) in _KINDS else None


def _is_item(text: str) -> bool:
    """True when a line is an item of a list with its marks lost: a capital first, no mark, a few words,
    ending in no stop, colon or page number."""
    words = text.split()
    return (
        text[:1].isupper()
        and not (BULLET.match(text) or NUMBER.match(text) or LETTER.match(text))
        and not _ENDS_OPEN.search(text)
        and 2 <= len(words) <= MAX_ITEM_WORDS
        and not text.isupper()
    )
