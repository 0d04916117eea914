"""A plan's own references ("CSOB05") and the codes indicator cells start with ("SE180", "NI 59")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilkg.text import clean_text


def normalise_ref(text: str, width: int) -> str | None:
    """Return a plan reference upper-cased with its number zero-padded to ``width`` digits.

    Example:
        >>> normalise_ref("CSOB2", 2), normalise_ref(" csob05 ", 2), normalise_ref("Goal 2.2", 2)
        ('CSOB02', 'CSOB05', None)
    """
    match = re.fullmatch(r"\s*([A-Za-z]+)\s*0*(\d{1,9})\s*", text)
    if not match:
        return None
    return f"{match.group(1).upper()}{int(match.group(2)):0{width}d}"


_INDICATOR_CODE = re.compile(
    r"^(?P<code>(?:NI|BVPI|PAF|HCS|LAA|CF)\s*[/.]?\s*[A-Z]?\d{1,3}[A-Za-z]?"
    r"|[A-Z]{2,4}[./]?\d{1,3}[A-Za-z]?"
    r"|[A-Z][a-z]\d{1,3})"
    r"\s+(?P<label>\S.*)$"
)


def split_indicator_code(text: str) -> tuple[str | None, str]:
    """Return ``(code, label)`` for an indicator cell that starts with its code, else ``(None, text)``.

    Example:
        >>> split_indicator_code("SE180 Percentage of EHC plans")
        ('SE180', 'Percentage of EHC plans')
        >>> split_indicator_code("RI.49 Percentage of visits")
        ('RI.49', 'Percentage of visits')
        >>> split_indicator_code("Early help assessments per 10,000 population")
        (None, 'Early help assessments per 10,000 population')
    """
    text = clean_text(text)
    match = _INDICATOR_CODE.match(text)
    if not match:
        return None, text
    return match.group("code"), match.group("label")


@dataclass(frozen=True)
class NamedRef:
    """A reference a sentence names, with the title printed after it and the kind word before it."""

    code: str
    label: str
    kind_word: str | None  # "indicator", "risk"…, lower case, when the sentence says it before the code
    quoted: bool  # the title is in quotes ("indicator 1005 ‘use of in-house foster carers’")
    national: bool  # a National Indicator, BVPI or PAF code


#: The words a sentence names a reference's kind with, just before it ("the corporate risk CSD0016").
_KIND_BEFORE = r"(?P<kind>indicators?|measures?|PIs?|KPIs?|risks?)\s+"
#: Words that name a reference of a committee's papers, not of a plan item: "Report DCYP12020".
_PAPER_WORDS = re.compile(
    r"(?:report|item|appendix|annex|section|paragraph|para|page|table|minute|room|ward|form|chapter|"
    r"figure|version|no\.?|number)\s+$",
    re.IGNORECASE,
)
_NATIONAL = r"(?:NI|BVPI|PAF)\s?\d{1,3}[a-z]?"
_CODE = (
    rf"(?P<code>{_NATIONAL}"
    r"|[A-Z]{2,5}/\d{2,4}\s?[-–]\s?\d{1,3}"  # a register's "PEO/1819-01"
    r"|[A-Z][A-Za-z]{0,6}\d{1,5}[a-z]{0,2}"  # "C1", "CISRS1", "CSD0016", "EA1i"
    r"|\d{2,5})"  # "1005", only with its title in quotes
)
_NAMED = re.compile(
    rf"(?:\b{_KIND_BEFORE}|(?<![\w/.-])){_CODE}(?![\w/])"
    # the title is looked at, not taken: the next code may stand in it ("… Children and PLA/1819 – 01 …")
    r"(?=\s*(?P<quote>[‘“\"])(?P<quoted>[^’”\"]{4,200})"
    r"|\s+[–:-]\s+(?P<dashed>\w.{3,400})"
    r"|\s+(?P<plain>\w.{3,400}))",
)
_NATIONAL_CODE = re.compile(rf"^{_NATIONAL}$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: Where a title printed after its reference ends: a dash, a new clause or sentence, the next code.
_TITLE_END = re.compile(
    r"\s[–-]\s|;|\.(?:\s|$)|:\s|\s\((?:see|page|para)"
    r"|\s(?:she|he|they|it|this|which|where|members|the committee)\s"
    rf"|\s(?:and|or|&)\s+(?:{_NATIONAL}|[A-Z]{{2,5}}/\d|[A-Z][A-Za-z]{{0,6}}\d)",
    re.IGNORECASE,
)
MAX_TITLE_WORDS = 20


def named_refs(sentence: str) -> list[NamedRef]:
    """Return the references ``sentence`` names with a title: a code with the kind word before it,
    its title in quotes, or (for a national code or a register's) its title after it.

    A bare local code ("C1") needs its title after a dash or a colon; a number needs its title in
    quotes; a committee paper's reference ("Report DCYP12020") and a year are no plan items.

    Example:
        >>> [(r.code, r.label) for r in named_refs("the downward trend in respect of indicator 1005 "
        ...     "‘use of in-house foster carers (proportion nights)’ and")]
        [('1005', 'use of in-house foster carers (proportion nights)')]
        >>> [(r.code, r.label) for r in named_refs("• NI 117 16 to 18 year olds who are not in education, "
        ...     "employment or training it was stated that this figure was higher")]
        [('NI 117', '16 to 18 year olds who are not in education, employment or training')]
        >>> [(r.code, r.label) for r in named_refs("requested PEO/1819-01 Failure to protect Children and "
        ...     "PLA/1819 – 01 Failure to recruit & retain staff. These are")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('PEO/1819-01', 'Failure to protect Children'),
         ('PLA/1819 – 01', 'Failure to recruit & retain staff')]
        >>> named_refs("The Committee considered Report DCYP12020 on progress in 2011")
        []
    """
    found: list[NamedRef] = []
    for match in _NAMED.finditer(sentence):
        code, kind = match.group("code"), match.group("kind")
        national = bool(_NATIONAL_CODE.match(code))
        register = "/" in code
        quoted = match.group("quoted")
        if _YEAR.match(code) or (not kind and _PAPER_WORDS.search(sentence[: match.start()])):
            continue
        if code.isdigit() and not quoted:  # "Key indicators 135 Martin Cox": a page number
            continue
        if not (kind or quoted or national or register or match.group("dashed")):
            continue
        title = quoted or _title(match.group("dashed") or match.group("plain") or "")
        if national and len(title.split()) > MAX_TITLE_WORDS:
            # "NI 001 backgrounds get on well together in their None set N/A …": a scorecard's row run
            # into one line; the national code says what the row measures, its first words are kept
            title = " ".join(title.split()[:MAX_TITLE_WORDS])
        if title and len(title.split()) <= MAX_TITLE_WORDS:
            found.append(
                NamedRef(code, title, kind.lower().rstrip("s") if kind else None, bool(quoted), national)
            )
    return found


def _title(text: str) -> str:
    """Return the title that starts ``text``: up to the end of its clause."""
    end = _TITLE_END.search(text)
    return clean_text(text[: end.start()] if end else text).rstrip(" ,")
