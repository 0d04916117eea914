"""Items a sentence names by their place in the plan's list: "The fifth priority is a commitment to doing
everything the Council can …", "The second new priority, the Leader outlined, was to celebrate the
cultural power of the Borough of Trafford.", and "The first of these, providing the best start for
children and young people, had been formed …" right after a sentence counting the priorities ("The new
Corporate Plan now included five priorities …"). A list may be led in so too: "… under five priorities.
The first four spell out the Council's WISH …" over four bullets (:func:`first_of_counted`).

News and minutes retell a plan's items one sentence each, by their number in its list; the ordinal and
the kind word say what the item is, wherever the sentence stands. "Outcome" is not read so: "The final
outcome was …" is what a meeting decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET
from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, COUNT_WORDS, count_value
from councilkg.loaders.parsing.sentences import SENTENCE_BREAK, sentences_of

RULE_ORDINAL_ITEM = "item a sentence names by its place in the plan's list"
#: The ordinal words a list's items are named by, in order.
ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
_ORDINALS = "|".join((*ORDINAL_WORDS, "final", "last"))
#: The kinds named so, each with the plural that names its list.
_PLURALS = {
    "priority": "priorities",
    "objective": "objectives",
    "aim": "aims",
    "goal": "goals",
    "ambition": "ambitions",
    "theme": "themes",
    "pillar": "pillars",
}
#: "The fifth priority is …", "The second new priority, the Leader outlined, was to …".
_ORDINAL_KIND = re.compile(
    rf"^the\s+(?:{_ORDINALS})\s+(?:(?:new|key|main|strategic|other|overarching|additional)\s+){{0,2}}"
    rf"(?P<kind>{'|'.join(_PLURALS)})(?:,\s*[^,.]{{1,40}},)?\s+(?:is|was|will\s+be)\s+(?:to\s+)?"
    r"(?P<label>[^.;:]+?)\.?$",
    re.IGNORECASE,
)
#: "The first of these, providing the best start for children and young people, had been formed …".
_ORDINAL_OF_THESE = re.compile(
    rf"^the\s+(?:{_ORDINALS})\s+of\s+these,\s+(?P<label>[^,.;:]+),\s", re.IGNORECASE
)
#: A count of the kind in the sentence before: "… included five priorities, with two additional …".
_COUNTED = re.compile(rf"{COUNT_AND_WORDS}(?P<kind>{'|'.join(_PLURALS.values())})\b", re.IGNORECASE)
MAX_LABEL_WORDS = 25
#: "The first four spell out …": the first of a counted list, as many as the bullets below.
_FIRST_COUNT = re.compile(
    rf"^the\s+first\s+(?P<count>{COUNT_WORDS})\b(?!\s+(?:years?|months?|weeks?|days?)\b)", re.IGNORECASE
)


def ordinal_items(text: str, before: str = "") -> tuple[str, list[str]] | None:
    """Return the kind word (plural) and the items the sentences of ``text`` name by their place in the
    plan's list, else ``None``; "The first of these, …," is read only after a sentence counting the kind
    (in ``text``, or the last of ``before``, the line above).

    Example:
        >>> ordinal_items("The fifth priority is a commitment to treat families fairly.")
        ('priorities', ['a commitment to treat families fairly'])
        >>> ordinal_items("The first of these, providing the best start for children, had been formed.",
        ...               "The new plan now included five priorities.")
        ('priorities', ['providing the best start for children'])
        >>> ordinal_items("The first of these, in March, was the budget.", "The Board met twice.") is None
        True
    """
    sentences = sentences_of(text)
    kind: str | None = None
    labels: list[str] = []
    for index, sentence in enumerate(sentences):
        if (named := _ORDINAL_KIND.match(sentence)) is not None:
            label, word = named.group("label"), _PLURALS[named.group("kind").casefold()]
        elif (these := _ORDINAL_OF_THESE.match(sentence)) is not None:
            prior = sentences[index - 1] if index else _last_sentence(before)
            counted = list(_COUNTED.finditer(prior))
            if not counted:
                continue
            label, word = these.group("label"), counted[-1].group("kind").casefold()
        else:
            continue
        label = " ".join(label.split())
        if 1 <= len(label.split()) <= MAX_LABEL_WORDS:
            labels.append(label)
            kind = kind or word
    return (kind, labels) if kind is not None else None


def first_of_counted(lead_in: str, previous: str, lines: Sequence[str], after: int) -> str | None:
    """Return the kind word (plural) when the last sentence of ``lead_in`` names the first N of a list
    the sentence before counts ("… under five priorities." / "The first four spell out …"; that
    sentence in ``lead_in`` or the last of ``previous``, the line above) and exactly N bullets follow
    line ``after`` (of ``lines``, numbered from 1); else ``None``.

    Example:
        >>> first_of_counted("The first four spell out our WISH.", "It brings plans under five priorities.",
        ...                  ["", "- Well", "- Inspired", "- Safe and", "- Heard", "The fifth …"], 1)
        'priorities'
        >>> first_of_counted("The first two are new.", "It has five priorities.", ["", "- A", "- B", "- C"],
        ...                  1)
    """
    sentences = sentences_of(lead_in)
    first = _FIRST_COUNT.match(sentences[-1]) if sentences else None
    if first is None:
        return None
    prior = sentences[-2] if len(sentences) > 1 else _last_sentence(previous)
    counted = list(_COUNTED.finditer(prior))
    if not counted:
        return None
    count, total = count_value(first.group("count")), count_value(counted[-1].group("count"))
    bullets = 0
    for line in lines[after:]:
        if not line.strip():
            continue
        if BULLET.match(line) is None:
            break
        bullets += 1
    return counted[-1].group("kind").casefold() if 2 <= count == bullets < total else None


def _last_sentence(text: str) -> str:
    """Return the last sentence of ``text`` ("" for none)."""
    sentences = SENTENCE_BREAK.split(text.strip())
    return sentences[-1] if sentences else ""
