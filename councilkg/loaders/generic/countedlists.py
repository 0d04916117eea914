"""A list its lead-in counts, whose kind the lead-in does not name: "Our three obsessions are:".

A lead-in naming its kind ("four key priorities:") is read by
:func:`~councilkg.loaders.generic.leadinkind.lead_in_kind`. Some plans call their priorities by a
word of their own ("obsessions", "priority missions", "key values", "five sections, each focusing on
a key weakness"), but still count them. When the count is exactly the number of bullets that follow
and the bullets say what is to be done (most start with a verb: "Keeping …", "to reduce …",
"Build …"), the list is the plan's priorities. A counted list of anything else ("four types of
information:" then "The starting point …", "Current performance data …") starts with nouns and is
left alone, as is a list longer or shorter than its count, and one counted as values or principles
("Our four values:" then "Working together", "Putting residents first").

A list of statements or titles is the plan's too when the count says it is the plan's own: the
counted words name the plan ("The LSCB has six strategic plans:", "the four main headings of the
strategy:"), or the lead-in counts a kind of item the same ("… supported by nine aims … focuses on
nine ways we want to make the borough better:"). A count of anything else ("four areas" an inspection
looked at, "four types of information", the plan's "three sections") still is no item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.generic.outlinelines import COUNTED, KIND_OF_WORD, LIST_KIND_WORDS, OTHER_LIST_NOUNS
from councilkg.loaders.parsing.cells import ACTION_VERBS
from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, count_value

#: "These are:", "These are to:", "They were the following:": a lead-in whose count is in the sentence before.
_SHORT_WORDS = 4
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_VERBS = frozenset(verb.casefold() for verb in ACTION_VERBS)
#: Words ending in "-ing" that are no verbs leading a clause.
_NOT_VERBS = frozenset(
    {"during", "nothing", "something", "everything", "anything", "morning", "evening", "thing"}
)
#: "six strategic plans:", "the four main headings of the strategy:": the counted words say the items are
#: the plan's ("three other plans:", "four plans:" name documents beside it, not its parts).
_PLANS_OWN = re.compile(
    r"\bstrategic\b|\bof\s+(?:the|our|this)\s+(?:strategy|plan)\b|\b(?:strategy|plan)['’]s\b|"
    r"\bareas\b[^:]{0,30}\bfocus\s+on\b",  # "7 important areas we need to focus on:"
    re.IGNORECASE,
)
_OTHER = re.compile(r"\bother\b", re.IGNORECASE)
#: What a plan is made of rather than what it sets: "The plan has three sections:", "… in four stages:"
#: (the words every counted-list rule refuses to count as items).
DOCUMENT_PART_WORDS = (
    r"sections?|parts?|chapters?|pages?|appendix|appendices|stages?|steps?|phases?|documents?"
)
_DOCUMENT_PARTS = re.compile(rf"\b(?:{DOCUMENT_PART_WORDS}|versions?|ways\s+to)\b", re.IGNORECASE)
#: A count of a kind of item ("nine aims", "six key priorities"), up to two words between.
_COUNTED_KIND = re.compile(rf"{COUNT_AND_WORDS}{LIST_KIND_WORDS.pattern}", re.IGNORECASE)


def counted_list_kind(lead_in: str, previous: str, lines: Sequence[str], after: int) -> str | None:
    """Return ``"priority"`` when ``lead_in`` (ending in ":", ``previous`` the line above it) counts
    the bullets starting after line ``after`` (of ``lines``, numbered from 1) exactly, and most of
    them start with a verb; the kind the count gives when it says the list is the plan's own
    (:func:`_plans_own`); else ``None``.

    Example:
        >>> counted_list_kind("Our three obsessions are:", "", ["", "• to reduce NEET", "• to improve "
        ...     "attendance", "• to reduce the number of children looked after", "We monitor them."], 1)
        'priority'
        >>> counted_list_kind("Our three obsessions are:", "Our top three priorities are the obsessions.",
        ...     ["", "• safely reduce the number of children looked after", "• young people attend school",
        ...      "• Leeds is a healthy place for all children"], 1)
        'priority'
        >>> counted_list_kind("Priorities are selected based on two types of information:", "",
        ...     ["", "• Current performance data", "• The administration's vision"], 1) is None
        True
    """
    counted = _count(lead_in, previous)
    if counted is None:
        return None
    count, counted_words = counted
    items = _bullets(lines, after)
    if len(items) != count:
        return None
    verb_led = sum(1 for item in items if starts_with_verb(item))
    if 3 * verb_led >= 2 * count:
        return "priority"
    # "Our top three priorities are known as the Leeds 'obsessions'." / "Our three obsessions are:": the
    # line above may count the same items by their kind
    return _plans_own(counted_words, lead_in, count) or _plans_own(counted_words, previous, count)


def _count(lead_in: str, previous: str) -> tuple[int, str] | None:
    """Return the count the lead-in's last sentence (or, for "These are:", the sentence before) states,
    and the words from the count to that sentence's end."""
    sentences = [sentence for sentence in _SENTENCE.split(lead_in.strip()) if sentence]
    if not sentences:
        return None
    last = sentences[-1]
    sentence, found = last, list(COUNTED.finditer(last))
    if not found and len(last.split()) <= _SHORT_WORDS:
        sentence = sentences[-2] if len(sentences) > 1 else _SENTENCE.split(previous.strip())[-1]
        found = list(COUNTED.finditer(sentence))
    if not found or OTHER_LIST_NOUNS.search(found[-1].group(1)):
        return None  # "Our four values are:": what a council holds to, not what it will do
    number = count_value(found[-1].group(0).split()[0])
    return (number, sentence[found[-1].start() :]) if 2 <= number <= 10 else None


def _plans_own(counted_words: str, lead_in: str, count: int) -> str | None:
    """Return the kind of a counted list that the count says is the plan's own, else ``None``: the
    counted words name the plan ("six strategic plans:": its priorities), or the lead-in counts a kind
    of item the same ("nine aims": that kind); a count of a document's parts ("three sections of the
    plan:") is none."""
    if any(pattern.search(counted_words) for pattern in (_DOCUMENT_PARTS, OTHER_LIST_NOUNS, _OTHER)):
        return None
    if _PLANS_OWN.search(counted_words):
        return "priority"
    for found in _COUNTED_KIND.finditer(lead_in):
        word = LIST_KIND_WORDS.search(found.group(0))
        if word is not None and count_value(found.group("count")) == count:
            return KIND_OF_WORD.get(" ".join(word.group(1).casefold().split()))
    return None


def _bullets(lines: Sequence[str], after: int) -> list[str]:
    """Return the texts of the bullets (or numbered items) right after line ``after`` (blank lines
    between them allowed)."""
    items: list[str] = []
    for line in lines[after:]:
        if not line.strip():
            continue
        bullet = BULLET.match(line) or NUMBER.match(line)  # "1. Involving children …" counts the same
        if bullet is None:
            break
        items.append(line[bullet.end() :].strip())
    return items


def starts_with_verb(text: str) -> bool:
    """True when a list item starts with a verb: "Keeping …", "to reduce …", "Build …"."""
    words = re.findall(r"[A-Za-z’'-]+", text)
    if words and words[0].casefold() == "to":
        # "to safely and appropriately reduce"
        words = [
            word for word in words[1:] if not word.casefold().endswith("ly") and word.casefold() != "and"
        ]
    if not words:
        return False
    first = words[0].casefold()
    return first in _VERBS or (len(first) > 4 and first.endswith("ing") and first not in _NOT_VERBS)
