"""Measures that minutes and news state with their value and target in a sentence: "48 out of every
10,000 children in the town were on the Child Protection Register, compared with a target of 30 per
10,000", "96.8 per cent of referrals are screened and completed within one day which was above the
target of 90 per cent", "the timeliness of assessments which was 88.1 per cent, below the target of 90
per cent".

A sentence comparing a value with "the target of" names a measure: what the value counts, printed
after the value ("96.8 per cent of <referrals …>") or opening with what a measure counts ("the number
of children in need, currently at 291.4 per 10,000, below the target of …"). A sentence naming a
target without saying what the value counts ("… remain just below the national average of 69.3% and,
more significantly, short of the target of 71.7%") names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilkg.loaders.parsing.measurewords import COUNTED, COUNTED_OF

#: ", compared with a target of", "which was above the target of", "below its annual target of"
#: Where a sentence ends and the next, opening with a capital or a quotation mark, begins.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘“'\"])")
#: A full stop and the capital opening the next sentence.
_FULL_STOP_BREAK = re.compile(r"\.\s+(?=[A-Z])")
_AGAINST = re.compile(
    r",?\s+(?:which\s+(?:was|is)\s+)?(?:compared\s+(?:with|to)|against|below|above|short\s+of|"
    # "… which was significantly better than the local target of 25.8%"
    r"exceeding|(?:which\s+(?:has\s+)?(?:consistently\s+|also\s+)?)?exceed(?:ed|s)|"
    r"(?:(?:significantly|well|slightly|much)\s+)?(?:better|worse)\s+than|"
    # "… which was in an increase on the target of 18 per cent"
    r"(?:in\s+)?an?\s+(?:increase|decrease|reduction|improvement)\s+on)\s+"
    # the target ends at a comma, semicolon, full stop or "and", but for a number's own ("10,000", "2.5")
    r"(?:the|a|its)\s+(?:[a-z]+\s+)?target\s+of\s+(?P<target>\d(?:[^,;.]|(?<=\d)[.,](?=\d))*?)"
    r"(?=\s+and\s|[,;](?!\d)|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
#: A value and what it is of: "96.8 per cent of", "48 out of every 10,000", "fewer than half of".
_VALUE_OF = re.compile(
    r"(?:^|(?<=\bthat\s)|(?<=[,;:]\s)|(?<=\band\s))"
    r"(?:(?:almost|nearly|over|under|about|around|only|just|(?:more|fewer|less)\s+than)\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|per\s?cent)\s+of|\d[\d,]*\s+out\s+of\s+(?:every\s+)?[\d,]+|half\s+of|"
    r"(?:a|one)\s+(?:third|quarter)\s+of)\s+(?P<label>\S.*)$",
    re.IGNORECASE,
)
#: What a measure counts, opening its name: "the number of", "the timeliness of", "the percentage of".
_MEASURE_NAME = re.compile(
    rf"\b(?:the\s+)?(?:{COUNTED}|timeliness|level|take[- ]?up)\s+of\s+\S.*$",
    re.IGNORECASE,
)
#: Where a measure's name ends before its value: "… which was 88.1 per cent", ", currently at 291.4 …".
_VALUE_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was|is|stood\s+at)|(?:currently\s+)?(?:at|stood\s+at)|was|is|of)\s+"
    r"[\d.,]+\s*(?:%|per\s?cent|per\s+[\d,]+)?\s*$",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 20
#: "Re-offending had also fallen to 12.9%": a short name, then the value it moved to.
_CHANGED_TO = re.compile(
    r"^(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+(?:had|has)\s+(?:also\s+)?"
    r"(?:fallen|risen|increased|decreased|dropped|improved|reduced)\s+to\s+[\d.,]+\s*(?:%|per\s?cent)?$"
)
#: "children in this age group": what a value is of, said of what the sentence before named.
_POINTS_BACK = re.compile(r"\b(?:this|these|that|those)\s+(?!is\b|was\b|are\b|were\b)\w", re.IGNORECASE)
#: A measure named a sentence before its value is named in full (a clause of its own, up to 25 words).
MAX_NAMED_BEFORE_WORDS = 25
#: "This figure was": the value of the measure the sentence before named.
_THIS_FIGURE = re.compile(r"^(?:this|that|the)\s+(?:figure|rate|result|number)\s+(?:was|is)$", re.IGNORECASE)
#: A measure's values after its name: "… aged 10-17 from 58 to 57".
_FROM_TO = re.compile(r"\s+from\s+[\d.,]+%?\s+to\s+[\d.,]+%?.*$")
#: A sentence opening with a measure's name and saying where it stands against its target: "The number
#: of new in-house foster carers was better than target.", "The percentage of … (adoption and special
#: guardianship) was recorded as below target.", "The percentage of young people leaving care who were
#: in education, employment or training at ages 18 – 21; it was stated that the figure was below target".
_NAME_AGAINST = re.compile(
    rf"^(?P<label>{COUNTED_OF}[^.;:!?]+?)"
    r"(?:;\s+(?:it\s+was\s+(?:stated|noted|reported)\s+that\s+)?the\s+figure\s+|\s+)"
    r"(?:remains?|remained|was|is|were|are|has\s+been|had\s+been)\s+(?:(?:recorded|rated|reported)\s+as\s+)?"
    r"(?:(?:well|slightly|significantly|just)\s+)?(?:above|below|better\s+than|worse\s+than|ahead\s+of)\s+"
    r"(?:the\s+|its\s+)?(?:[a-z]+\s+)?target\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MeasureAgainstTarget:
    """A measure a sentence compares with its target: its name and the target as printed."""

    label: str
    target: str


def measures_against_targets(text: str) -> list[MeasureAgainstTarget]:
    """Return the measures ``text`` states with their value and target, in order.

    Example:
        >>> [(m.label, m.target) for m in measures_against_targets(
        ...     "It was highlighted that 96.8 per cent of referrals are screened within one day which was "
        ...     "above the target of 90 per cent; and the timeliness of assessments which was 88.1 per cent, "
        ...     "below the target of 90 per cent.")]  # doctest: +NORMALIZE_WHITESPACE
        [('referrals are screened within one day', '90 per cent'),
         ('the timeliness of assessments', '90 per cent')]
        >>> [m.label for m in measures_against_targets("It was highlighted that 96.7 per cent of contacts "
        ...     "had been completed within one working day which exceeded the target of 95 per cent")]
        ['contacts had been completed within one working day']
        >>> measures_against_targets("The Council remains just below the national average of 69.3% and, "
        ...                          "more significantly, short of the target of 71.7%.")
        []
    """
    found: list[MeasureAgainstTarget] = []
    start = 0
    for against in _AGAINST.finditer(text):
        clauses = re.split(r";\s+|\.\s+(?=[A-Z])", text[start : against.start()])
        start = against.end()
        label = _label(clauses[-1])
        if label is None and len(clauses) > 1 and _THIS_FIGURE.match(clauses[-1].strip()):
            # "… the number of first time entrants … from 58 to 57. This figure was better than …"
            label = _named_before(clauses[-2])
        elif label is not None and _POINTS_BACK.search(label):
            # "… regarding the proportion of children aged two to two and a half who had taken part in
            # health checks … It was noted that 46.6 per cent of children in this age group had received …"
            label = _named_in(clauses[-2]) if len(clauses) > 1 else None
        if label:
            found.append(MeasureAgainstTarget(label, " ".join(against.group("target").split())))
    return found


def _label(clause: str) -> str | None:
    """Return the name of the measure a clause gives the value of, or ``None``."""
    clause = clause.strip()
    if (value_of := _VALUE_OF.search(clause)) is not None:
        label = value_of.group("label")
    elif (named := _MEASURE_NAME.search(clause)) is not None:
        label = _VALUE_AFTER.sub("", named.group(0))
        if label == named.group(0):
            return None  # no value printed between the name and the target: a name alone
    elif (changed := _CHANGED_TO.match(clause)) is not None:
        return changed.group("label")  # "Re-offending had also fallen to 12.9%": one word may name it
    else:
        return None
    label = " ".join(label.split()).strip(" ,")
    return label if 1 < len(label.split()) <= MAX_LABEL_WORDS else None


def _named_before(sentence: str) -> str | None:
    """Return the measure a sentence names with the values it moved between ("… a slight reduction in the
    number of first time entrants to the youth justice system aged 10-17 from 58 to 57"), or ``None``."""
    named = _MEASURE_NAME.search(sentence.strip().rstrip("."))
    if named is None or not _FROM_TO.search(named.group(0)):
        return None
    label = " ".join(_FROM_TO.sub("", named.group(0)).split())
    return label if 1 < len(label.split()) <= MAX_LABEL_WORDS else None


def _named_in(sentence: str) -> str | None:
    """Return the measure a sentence names by what it counts, to the sentence's end, or ``None``."""
    named = _MEASURE_NAME.search(sentence.strip().rstrip("."))
    label = " ".join(named.group(0).split()) if named else ""
    return label if 1 < len(label.split()) <= MAX_NAMED_BEFORE_WORDS else None


def measures_named_against_targets(text: str) -> list[str]:
    """Return the names of the measures whose sentences in ``text`` open with the name and say where it
    stands against its target ("The number of new in-house foster carers was better than target."), in
    order.

    Example:
        >>> measures_named_against_targets("The number of new in-house foster carers was better than "
        ...     "target.  There have been 6 new in-house foster carers recruited.")
        ['The number of new in-house foster carers']
        >>> measures_named_against_targets("The Council remains just below target on attendance.")
        []
    """
    found = []
    for sentence in _SENTENCE_BREAK.split(text.strip()):
        named = _NAME_AGAINST.match(sentence)
        if named is not None:
            label = " ".join(named.group("label").split()).strip(" ,")
            if 3 <= len(label.split()) <= MAX_LABEL_WORDS:
                found.append(label)
    return found


#: Where a list of values in a sentence parts: a semicolon, or "and" before the next value's "N per cent of".
_VALUE_CLAUSES = re.compile(
    r";\s*(?:and\s+)?|,?\s+and\s+(?=\d[\d.]*\s*(?:%|per\s?cent)\s+of\b)", re.IGNORECASE
)
#: "the number of children in care had increased to 277": a measure's name, then its new value.
_NAME_CHANGED_TO = re.compile(
    rf"^(?P<label>{COUNTED_OF}.+?)\s+(?:had|has)\s+"
    r"(?:increased|decreased|risen|fallen|dropped|reduced|improved)\s+to\s+[\d.,]+",
    re.IGNORECASE,
)


def measures_beside_targets(text: str) -> list[str]:
    """Return the measures stated with a value but no target in the sentences of ``text`` that compare
    another measure with its target ("… 96.8 per cent of referrals … above the target of 90 per cent;
    … 100 per cent of children with a Child Protection Plan and 100 per cent of Children Looked After
    have an allocated social worker"), in order: such a sentence is a list of measures' results.

    Example:
        >>> measures_beside_targets("It was highlighted that 96.8 per cent of referrals are screened within "
        ...     "one day which was above the target of 90 per cent; 100 per cent of children with a Child "
        ...     "Protection Plan and 100 per cent of Children Looked After have an allocated social worker; "
        ...     "8; and the number of children in care had increased to 277."
        ... )  # doctest: +NORMALIZE_WHITESPACE
        ['children with a Child Protection Plan', 'Children Looked After have an allocated social worker',
         'the number of children in care']
        >>> measures_beside_targets("Attendance was 94 per cent; 12 per cent of pupils were absent.")
        []
    """
    found: list[str] = []
    for sentence in _FULL_STOP_BREAK.split(text):
        if not measures_against_targets(sentence):
            continue
        for clause in _VALUE_CLAUSES.split(sentence):
            clause = clause.strip().rstrip(".")
            if _AGAINST.search(clause):
                continue  # read with its target
            changed = _NAME_CHANGED_TO.match(clause)
            value_of = _VALUE_OF.match(clause)
            label = changed.group("label") if changed else value_of.group("label") if value_of else None
            if label and 1 < len(label.split()) <= MAX_LABEL_WORDS:
                found.append(" ".join(label.split()).strip(" ,"))
    return found
