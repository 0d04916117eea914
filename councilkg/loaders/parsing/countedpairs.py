"""The two items of a list a sentence counts as two, run into it: "The plan continues to focus on two key
areas for improvement: safeguarding children and young people and narrowing the gap between children
from the poorest families and all children.", "… two areas of significant weakness identified across
Darlington – namely the ineffectiveness of meeting the needs of children and young people with SEND and
the impact of this on their outcomes, and poor preparation for adulthood and post-19 opportunities …".

Two items have no comma between them to tell where the first ends, and either may hold an "and" of its
own, so they are read only where one mark parts them: a single ", and", or a single "and" before a verb
in -ing when the first item opens with one too. "… two themes …; that we are a ‘family friendly’ and
‘caring’ Borough" has neither: it is no list. Two names, every word of each capitalised, part at their
one "and" ("The two neighbourhood regeneration priorities are: Boscombe and West Howe."): a name holds
no small "and".
"""

from __future__ import annotations

import re

#: Two items are often long clauses ("the ineffectiveness of meeting the needs of … with SEND and the
#: impact of this on their outcomes"): the single mark parting them is the evidence, not their length.
MAX_PAIR_ITEM_WORDS = 24
_GERUND = re.compile(r"^[a-z]+ing$")
_AND_GERUND = re.compile(r"\s+and\s+(?=[a-z]+ing\b)")
#: "Boscombe and West Howe": two names, each of up to four capitalised words, one small "and" between.
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_TWO_NAMES = re.compile(rf"(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})\.?")


def counted_pair(text: str) -> list[str]:
    """Return the two items of ``text`` ("A, and B", or "doing A and doing B"), else [].

    Example:
        >>> counted_pair("safeguarding children and young people and narrowing the gap between children")
        ['safeguarding children and young people', 'narrowing the gap between children']
        >>> counted_pair("that we are a ‘family friendly’ and ‘caring’ Borough")
        []
        >>> counted_pair("Boscombe and West Howe")
        ['Boscombe', 'West Howe']
    """
    text = re.sub(r"^namely\s+", "", text.strip(), flags=re.IGNORECASE)
    if names := _TWO_NAMES.fullmatch(text):
        return [names.group("first"), names.group("second")]
    closing = text.split(", and ")
    if len(closing) == 2 and "," not in closing[0] and ";" not in text:
        pieces = closing
    else:
        first = text.split(maxsplit=1)[0] if text.split() else ""
        ands = list(_AND_GERUND.finditer(text))
        if "," in text or ";" in text or not _GERUND.match(first) or len(ands) != 1:
            return []
        pieces = [text[: ands[0].start()], text[ands[0].end() :]]
    labels = [" ".join(piece.split()) for piece in pieces]
    if any(not 2 <= len(label.split()) <= MAX_PAIR_ITEM_WORDS for label in labels):
        return []
    return labels
