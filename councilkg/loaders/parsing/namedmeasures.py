"""Measures that minutes name in their prose by calling them an indicator, or by quoting a measure's
name: "The indicator for percentage of social care core assessments completed within 35 working days
was also highlighted.", "The Committee discussed the indicator relating to ‘Looked After Children’ …",
"The first, ‘The percentage of schools judged good by OFSTED’, was discussed …".

"The indicator for …" (one indicator, not "the indicators for ‘Resilient Communities’", a group) names
a measure: a quoted name, or one opening with what a measure counts ("percentage of", "number of"),
ending where the sentence's verb or a comma starts. A quoted name opening so ("‘The rate of children
subject to child protection plans’") names one wherever it stands.
"""

from __future__ import annotations

import re

#: What a measure counts, opening its name.
_COUNTS = r"(?:the\s+)?(?:percentage|number|proportion|rate)\s+of\s+"
#: "the indicator for", "the performance indicator relating to", "a measure regarding".
_INDICATOR_FOR = re.compile(
    r"\b(?:the|an?)\s+(?:(?:performance|key|local|statutory)\s+)?(?:indicator|measure)\s+"
    r"(?:for|relating\s+to|regarding|concerning|in\s+relation\s+to)\s+",
    re.IGNORECASE,
)
#: A quoted name: ‘…’, “…”, "…" (an apostrophe inside a word does not close it).
_QUOTED = re.compile(r"[‘“\"](?P<name>[^‘’“”\"]+?)[’”\"](?![a-z])")
#: An unquoted name ends at a comma, a semicolon, a sentence's end or the sentence's verb.
_NAME_END = re.compile(
    r"[,;]|\.(?:\s|$)|\s+(?:was|were|is|are|had|has|remained|remains|and\s+(?:queried|asked|noted))\b"
)
_MEASURE_OPENS = re.compile(_COUNTS, re.IGNORECASE)
MAX_NAME_WORDS = 20


def measures_named_in_prose(text: str) -> list[str]:
    """Return the names of the measures ``text`` calls an indicator or quotes, in order.

    Example:
        >>> measures_named_in_prose("The indicator for percentage of social care core assessments "
        ...                         "completed within 35 working days was also highlighted.")
        ['percentage of social care core assessments completed within 35 working days']
        >>> measures_named_in_prose("A number of the Council Plan indicators for ‘Resilient Communities’ "
        ...                         "were either annual or bi-annual.")
        []
    """
    found: list[tuple[int, str]] = []
    for named in _INDICATOR_FOR.finditer(text):
        rest = text[named.end() :]
        quoted = _QUOTED.match(rest)
        if quoted is not None:
            name = quoted.group("name")
        elif _MEASURE_OPENS.match(rest):
            end = _NAME_END.search(rest)
            name = rest[: end.start()] if end else rest
        else:
            continue
        found.append((named.end(), name))
    for quoted in _QUOTED.finditer(text):
        if _MEASURE_OPENS.match(quoted.group("name")) and all(at != quoted.start() for at, _ in found):
            found.append((quoted.start(), quoted.group("name")))
    names = [" ".join(name.split()).strip(" ,") for _, name in sorted(found)]
    return [name for name in names if 1 <= len(name.split()) <= MAX_NAME_WORDS]
