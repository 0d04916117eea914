"""Measures and risks that minutes name in their prose. A measure by calling it an indicator, or by
quoting its name: "The indicator for percentage of social care core assessments completed within 35
working days was also highlighted.", "The Committee discussed the indicator relating to ‘Looked After
Children’ …", "The first, ‘The percentage of schools judged good by OFSTED’, was discussed …", or
with the target set for it: "… exceeding the 90% target for the percentage of children who had a referral …",
"Members noted Leicestershire’s target for 2017/18 of 70% of pupils achieving five or more A*-C GCSE’s
(including English and Maths), and queried …", or with its value and target in brackets after it:
"The Living Room employment outcomes (actual YTD 6, target 10) and Brent Works apprenticeship outcomes
(actual YTD 3, target 10) are both … below target whilst the number of empty properites bought back
into use (YTD 6, target 25), … reports of fly tipping (4,568 incidents, target 3,000), …".

"The indicator for …" (one indicator, not "the indicators for ‘Resilient Communities’", a group) names
a measure: a quoted name, or one opening with what a measure counts ("percentage of", "number of"),
ending where the sentence's verb or a comma starts. A quoted name opening so ("‘The rate of children
subject to child protection plans’") names one wherever it stands. A target of a value "for" what it
counts, or "of" a value "of" it, names that, to the sentence's end or a comma outside brackets. A
bracket holding "target" and a number names what stands right before it: from what a measure counts
("the number of …"), else from the last comma, "and", "whilst" or the sentence's start. A sentence
saying "the performance indicator was RAG rated as RED" names the measure it opens by what it counts.

A risk by its name after the word: "Reference was made to risk concerning the lack of safety and well
being for clients within child protection services.", "… a new directorate-wide risk had been added
under the title “management of partnership agencies in ensuring the well-being of children”".
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.measurewords import COUNTED_OF
from councilkg.text import to_clause_end

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
_MEASURE_OPENS = re.compile(COUNTED_OF, re.IGNORECASE)
_VALUE = r"\d[\d.]*\s*(?:%|per\s?cent)"
#: "the 90% target for <measure>", "target for 2017/18 of 70% of <measure>"
_TARGET_FOR = re.compile(
    rf"\b{_VALUE}\s+target\s+for\s+(?={COUNTED_OF})|"
    rf"\btarget\s+for\s+(?:\d{{4}}(?:[/-]\d{{2,4}})?\s+)?of\s+{_VALUE}\s+of\s+(?=\w)",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 20


#: "(actual YTD 6, target 10)", "(YTD 47% target 58%)": a value and the target, in brackets.
_BRACKETED_TARGET = re.compile(
    # "(including a target of 30% affordable homes)": an aside on what a plan holds, no value set against it
    r"\((?:[^()]{0,40}[,;\s])?targets?:?\s*[<>=≤≥]?\s*\d[^()]{0,20}\)",
    re.IGNORECASE,
)
#: Where the name before such a bracket starts: after the last of these.
_BEFORE_NAME = re.compile(r"(?:^|[,;:]\s+|\s+(?:and|or|whilst|while|with|including|as)\s+)")
_OPENS = re.compile(rf"\b(?:{COUNTED_OF}|the\s+amount\s+of\s+)", re.IGNORECASE)
MAX_BRACKETED_NAME_WORDS = 15
#: "the performance indicator was RAG rated as RED": one indicator's rating.
_RAG_RATED = re.compile(
    r"\b(?:the|this)\s+(?:performance\s+)?indicator\s+(?:was|is|had\s+been|has\s+been)\s+(?:RAG\s+)?rated\s+"
    r"(?:as\s+)?(?:red|amber|green)\b",
    re.IGNORECASE,
)


def measures_named_in_prose(text: str) -> list[str]:
    """Return the names of the measures ``text`` names in one of the ways above, in order.

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
    for target in _TARGET_FOR.finditer(text):
        rest = text[target.end() :]
        found.append((target.end(), re.sub(r"^the\s+", "", to_clause_end(rest), flags=re.IGNORECASE)))
    start = 0
    for bracket in _BRACKETED_TARGET.finditer(text):
        before, start = re.split(r"(?<=[.!?])\s+", text[start : bracket.start()])[-1], bracket.end()
        opener = list(_OPENS.finditer(before))
        name = (
            before[opener[-1].start() :]
            if opener
            else before[list(_BEFORE_NAME.finditer(before))[-1].end() :]
        )
        if 2 <= len(name.split()) <= MAX_BRACKETED_NAME_WORDS:
            found.append((bracket.start(), name))
    for sentence in re.finditer(r"[^.!?]+", text):
        # "… whilst the percentage of children becoming subject to a … plan for a second or subsequent time
        # had decreased, … the performance indicator was RAG rated as RED": the measure the sentence rates
        if _RAG_RATED.search(sentence.group(0)) and (opens := _OPENS.search(sentence.group(0))):
            rest = sentence.group(0)[opens.start() :]
            end = _NAME_END.search(rest)
            found.append((sentence.start() + opens.start(), rest[: end.start()] if end else rest))
    for quoted in _QUOTED.finditer(text):
        if _MEASURE_OPENS.match(quoted.group("name")) and all(at != quoted.start() for at, _ in found):
            found.append((quoted.start(), quoted.group("name")))
    at = {position: name for position, name in reversed(found)}  # one name a place: the first rule's
    names = [" ".join(name.split()).strip(" ,•·*–-") for _, name in sorted(at.items())]
    return [name for name in names if 1 <= len(name.split()) <= MAX_NAME_WORDS]


#: "risk concerning …", "a new directorate-wide risk had been added under the title “…”": one risk (not
#: "the risks in relation to SEND", a group) and its name.
_RISK_NAMED = re.compile(
    r"\brisk\s+(?:concerning|regarding|relating\s+to)\s+(?P<plain>(?=[a-z‘“\"]))|"
    r"\brisk\b(?:\s+[\w-]+){0,4}?\s+(?:under\s+the\s+title|titled|entitled)\s+(?=[‘“\"])",
    re.IGNORECASE,
)


def risks_named_in_prose(text: str) -> list[str]:
    """Return the names of the risks ``text`` names after the word risk, in order.

    Example:
        >>> risks_named_in_prose("Reference was made to risk concerning the lack of safety and well being "
        ...                      "for clients within child protection services. It was questioned …")
        ['the lack of safety and well being for clients within child protection services']
        >>> risks_named_in_prose("The Director also discussed the risks in relation to SEND, including:")
        []
    """
    names = []
    for named in _RISK_NAMED.finditer(text):
        rest = text[named.end() :]
        quoted = _QUOTED.match(rest)
        name = quoted.group("name") if quoted is not None else to_clause_end(rest)
        name = " ".join(name.split())
        if 2 <= len(name.split()) <= MAX_NAME_WORDS:
            names.append(name)
    return names
