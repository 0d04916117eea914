"""The measures a sentence lists after saying how progress will be checked: "We'll check this by
measuring the number of children with a good level of development in early years; educational outcomes
at age 11, 16 and 19; school attendance; …, and children and young people's own views about their lives."

A web page summarising a plan names each priority's measures so, in prose: the verb of checking, "by
measuring" (or monitoring, tracking, looking at), then the measures between semicolons, the last after
"and". Commas stay inside a measure ("at age 11, 16 and 19"); only a list of three or more is read.
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.sentences import sentences_of

RULE_MEASURED_LIST = "measures a sentence lists after how progress is checked"
#: "We'll check this by measuring", "Progress will be tracked by monitoring": who checks, how, then
#: the list.
_CHECKED_BY = re.compile(
    r"\b(?:we(?:['’]ll| will)|(?:this|progress|success|it) will be)\s+"
    r"(?:check|measur|track|monitor|assess|know)\w*\b[^.;:]{0,60}?\bby\s+"
    r"(?:measuring|monitoring|tracking|looking at|checking)\s+",
    re.IGNORECASE,
)
MIN_MEASURES = 3
MAX_WORDS = 20  # a measure's name is a phrase


def measured_list(text: str) -> tuple[str, list[str]] | None:
    """Return "measures" and the measures a sentence of ``text`` lists between semicolons after saying
    how progress will be checked, else ``None``.

    Example:
        >>> measured_list("We’ll check this by measuring school attendance; educational outcomes at age "
        ...               "11, 16 and 19; the number of young people volunteering, and their own views. "
        ...               "We are also developing the curriculum.")
        ('measures', ['school attendance', 'educational outcomes at age 11, 16 and 19', \
'the number of young people volunteering', 'their own views'])
        >>> measured_list("We will check this by measuring attendance and exclusions.") is None
        True
    """
    found = _CHECKED_BY.search(text)
    if found is None:
        return None
    sentence = (sentences_of(text[found.end() :]) or [""])[0].rstrip(".")
    pieces = [" ".join(piece.split()) for piece in sentence.split(";")]
    if len(pieces) < MIN_MEASURES - 1:
        return None
    last = pieces.pop()
    if last.casefold().startswith("and "):
        pieces.append(last[4:])
    elif last.count(", and ") == 1:  # "…; the number volunteering, and their own views": the last two
        pieces.extend(last.split(", and "))
    else:
        pieces.append(last)
    labels = [piece.strip(" ,") for piece in pieces]
    if len(labels) < MIN_MEASURES or any(not 1 <= len(label.split()) <= MAX_WORDS for label in labels):
        return None
    return "measures", labels
