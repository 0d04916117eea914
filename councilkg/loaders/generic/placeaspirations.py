"""A lead-in saying what a plan wants its place to be: "In 2030 we would like the Dudley borough to
be…", "We want" / "Nottinghamshire to stand out as:", "… making Hyndburn a place where:" over bullets
("• A great place to bring up your family"). The list names no kind, but each item is one of the
plan's aspirations for the place: its priorities.

Only a place is such a subject: what a council wants itself to be ("By 2017, we want the County
Council to be:") describes the organisation, and what it wants people or children to be or do is
read as outcomes elsewhere (:data:`~councilkg.loaders.generic.outlinelines.CHILDREN_TO`).
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlinelines import SENTENCE_END

#: "we would like the Dudley borough to be…", "We want Nottinghamshire to stand out as:": the wish,
#: its subject (a few words) and the verb of being, then the colon or an ellipsis ending the lead-in.
_WISH = re.compile(
    r"\bwe (?:want|would like|wish|aspire for)\s+(?:(?:the|our)\s+)?"
    r"(?P<subject>[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)"
    r"\s+to\s+(?:be|become|stand out as|be known as|be recognised as)\s*(?::|…|\.\.\.)\s*$",
    re.IGNORECASE,
)
#: "… focuses on making Hyndburn a place where:": what the plan sets out to make its place, then the colon.
_MAKING = re.compile(
    r"\b(?:making|to make)\s+(?:(?:the|our)\s+)?(?P<subject>[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)"
    r"\s+(?:an?\s+(?:place|borough|city|county|town|district|area)\s+(?:where|that|which|in which)|into)"
    r"\s*:\s*$",
    re.IGNORECASE,
)
#: A subject that is the organisation or its people, no place.
_NOT_A_PLACE = re.compile(
    r"\b(?:council|authority|organisation|organization|us|service|services|department|directorate|"
    r"partnership|board|team|staff|people|residents|children|young|families|everyone|everybody|all)\b",
    re.IGNORECASE,
)
#: A place named by its kind ("the borough") when not by its name.
_PLACE_WORD = re.compile(r"\b(?:borough|city|county|town|district|area|region|place)\b", re.IGNORECASE)


def place_aspiration(text: str, previous: str = "") -> bool:
    """True when the lead-in ``text`` (with the end of ``previous``, the line above, when that
    sentence runs on into it) says what the plan wants its place to be, so the list after it holds
    the plan's aspirations for the place (its priorities); False otherwise.

    Example:
        >>> place_aspiration("In 2030 we would like the Dudley borough to be…")
        True
        >>> place_aspiration("Nottinghamshire to stand out as:", "… the forefront of Britain. We want")
        True
        >>> place_aspiration("By 2017, we want the County Council to be:")
        False
        >>> place_aspiration("We want all people in South Tyneside to be:")
        False
        >>> place_aspiration("The strategy focuses on making Hyndburn a place where:")
        True
    """
    above = "" if not previous or SENTENCE_END.search(previous) else previous
    sentence = re.split(r"(?<=[.!?])\s+", f"{above} {text}".strip())[-1]
    found = _WISH.search(sentence) or _MAKING.search(sentence)
    if found is None:
        return False
    subject = found.group("subject")
    if _NOT_A_PLACE.search(subject):
        return False
    return subject[:1].isupper() or bool(_PLACE_WORD.search(subject))
