"""Two items a sentence names after their kind, each what is to be done: "Members discussed and agreed
the year two priorities to reduce the number of children and young people living in poverty and to
improve the mental health and emotional wellbeing of all children and young people."

Two items have no comma to part them (:mod:`~councilkg.loaders.parsing.countedpairs`); here the "to"
repeated after the one "and" does, and the kind word right before the first "to" says what they are.
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.sentences import sentences_of

RULE_NAMED_PAIR = "two items a sentence names after their kind, each to be done"
#: "… the year two priorities to reduce … and to improve …": a kind the plan's own ("the", "our"; "We
#: have ambitions to regenerate … and to commercialise …" is a wish), then two infinitives ("to be" is
#: no item).
_PAIR = re.compile(
    r"\b(?:the|our|its|their|these|both|two)\s+(?:[\w-]+\s+){0,3}?"
    # "… its Core Business Objectives to enable it to plan … and to meet …": what the kind is set for
    r"(?P<kind>priorities|objectives|aims|goals|ambitions)\s+(?:(?:are|were|will\s+be)\s+)?to\s+(?!be\b)"
    r"(?!(?:enable|allow|help)\s+(?:it|us|them|the council)\b)"
    r"(?P<first>[a-z][^.;:]*?),?\s+and\s+to\s+(?!be\b)(?P<second>[a-z][^.;:]*?)\.?$",
    re.IGNORECASE,
)
MIN_ITEM_WORDS = 2
MAX_ITEM_WORDS = 24


def named_pair(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and the two items a sentence of ``text`` names after it, each after "to",
    else ``None``.

    Example:
        >>> named_pair("Members agreed the priorities to reduce child poverty and to improve mental health.")
        ('priorities', ['reduce child poverty', 'improve mental health'])
        >>> named_pair("The priorities to be agreed and to be reviewed.") is None
        True
        >>> named_pair("We have ambitions to regenerate our towns and to commercialise our Council.") is None
        True
        >>> named_pair("The Council will set its Core Business Objectives to enable it to plan for the "
        ...            "changing needs and to meet the financial challenges ahead.") is None
        True
    """
    for sentence in sentences_of(text):
        found = _PAIR.search(sentence)
        if found is None:
            continue
        labels = [" ".join(found.group(part).split()) for part in ("first", "second")]
        if any(re.search(r"\band\s+to\b", label) for label in labels):
            continue  # three or more, or an "and to" inside one: no pair sure
        if all(MIN_ITEM_WORDS <= len(label.split()) <= MAX_ITEM_WORDS for label in labels):
            return found.group("kind").casefold(), labels
    return None
