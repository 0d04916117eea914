"""The parsing core every loader shares: cells, tables, numbers, periods, dates, codes and owners.

Nothing here knows one plan's layout. Each helper takes the text as printed and returns a
normalised value, or ``None`` when the text does not say; none raises on odd text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from councilkg.loaders.model import OwnerKind
from councilkg.text import clean_text, ends_mid_phrase


# --- matching two printings of one item ---
def match_key(text: str) -> str:
    """Return ``text`` reduced for matching two printings of one item: words only, plurals singular.

    Markup, case, punctuation and hyphens are ignored, and a plural noun matches its singular, so
    "Thinking families" matches "Thinking family" and "family-based" matches "family based".

    Example:
        >>> match_key("**Thinking families**") == match_key("Thinking family")
        True
        >>> match_key("A stronger family-based approach") == match_key("A stronger family based approach")
        True
        >>> match_key("Children’s trust partners")
        'children trust partner'
    """
    words = re.findall(r"[a-z0-9]+", clean_text(text).casefold().replace("’", "'").replace("'s", ""))
    return " ".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# --- numbers ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def parse_decimal(cell: str) -> Decimal | None:
    """Return the number printed in ``cell``, or ``None`` when the cell is not a number.

    ``%``, ``£``, ``*``, a leading ``c.`` and thousands separators are stripped; a value in
    parentheses is negative (accounting style). Misplaced separators ("20,440,00") are not
    guessed at.

    Example:
        >>> parse_decimal("£1,000"), parse_decimal("-6.6"), parse_decimal("(2,600,000)")
        (Decimal('1000'), Decimal('-6.6'), Decimal('-2600000'))
        >>> parse_decimal("New indicator") is None, parse_decimal("20,440,00") is None
        (True, True)
    """
    text = cell.strip().replace("\u2212", "-")
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    text = re.sub(r"^c\.\s*", "", text, flags=re.IGNORECASE)
    text = text.replace("£", "").replace("%", "").rstrip("*").strip()
    if not _NUMBER.match(text):
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return None
    return -value if negative else value


def parse_leading_integer(cell: str) -> int | None:
    """Return the whole number a cell starts with, ignoring parentheses around it (``None`` for none,
    or for a number of more than nine digits: no rating is that long).

    Risk ratings are printed "(16)" for a rating that was escalated; it is still 16.

    Example:
        >>> parse_leading_integer("(16)"), parse_leading_integer("12"), parse_leading_integer("High")
        (16, 12, None)
    """
    match = re.match(r"^\(?\s*(\d{1,9})(?!\d)\s*\)?", cell.strip())  # a longer number is no rating
    return int(match.group(1)) if match else None


def infer_unit(label: str, raw_value: str) -> str:
    """Return the unit of an indicator's value: percent, GBP, rate, days, score or count.

    Example:
        >>> infer_unit("Percentage of EHC plans", "56.1%"), infer_unit("Rate per 10,000", "12")
        ('percent', 'rate')
    """
    text = label.casefold()
    if "%" in raw_value or "percentage" in text or "proportion" in text or "%" in text:
        return "percent"
    if "£" in raw_value or "cost" in text or "spend" in text:
        return "GBP"
    if re.search(r"\bper\s+\d|\brate\b", text):
        return "rate"
    if re.search(r"\b(days?|weeks?|time between|time to)\b", text):
        return "days"
    if "score" in text:
        return "score"
    return "count"


# --- periods and dates ------------------------------------------------------------------------

YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*[/\-–]\s*((?:19|20)?\d{2})\b")
"""A range of years as plans print them: ``2010-2013``, ``2009-11``, ``2020/21``, ``2010 – 13``."""
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def parse_period(text: str) -> str | None:
    """Return the first financial or academic year in ``text`` as ``YYYY/YY``.

    Example:
        >>> parse_period("Outturn 2007/2008"), parse_period("2019/20 Outturn"), parse_period("x")
        ('2007/08', '2019/20', None)
    """
    match = YEAR_RANGE.search(text)
    if not match:
        return None
    start, end = int(match.group(1)), match.group(2)
    end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
    if end_year != start + 1:
        return None
    return f"{start}/{end_year % 100:02d}"


def financial_year_of(year: int, month: int) -> str:
    """Return the April-to-March financial year holding ``month`` of ``year`` as ``YYYY/YY``.

    Example:
        >>> financial_year_of(2019, 12), financial_year_of(2020, 3)
        ('2019/20', '2019/20')
    """
    start = year if month >= 4 else year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def parse_due(text: str) -> date | tuple[int, int] | None:
    """Return the date a timescale or end-date cell names: a ``date``, a ``(year, month)`` or ``None``.

    A bare year, a range of years and a start ("From June 2009", "Starting ...") are not due
    dates and give ``None``; the printed text is always kept beside the parsed value by the caller.

    Example:
        >>> parse_due("March 2008"), parse_due("Sept 2009"), parse_due("13/12/2020")
        ((2008, 3), (2009, 9), datetime.date(2020, 12, 13))
        >>> parse_due("31st March 2021"), parse_due("2009-2011"), parse_due("From June 2009")
        (datetime.date(2021, 3, 31), None, None)
    """
    text = text.strip()
    if re.match(r"(?:from|starting|commencing|beginning)\b", text, re.IGNORECASE):
        return None
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    words = re.search(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b", text)
    if words and words.group(2).casefold() in _MONTHS:
        month = _MONTHS[words.group(2).casefold()]
        year = int(words.group(3))
        if words.group(1):
            try:
                return date(year, month, int(words.group(1)))
            except ValueError:
                return None
        return (year, month)
    return None


# --- references and codes ---------------------------------------------------------------------


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


# --- owners -----------------------------------------------------------------------------------

_POST_WORDS = re.compile(
    r"\b(director|head|manager|officer|lead|chief|co-?ordinator|executive|commissioner|"
    r"adviser|advisor|principal|chair|member|leader|directors|heads|managers)\b",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"\b(services?|team|division|department|directorate|unit|panel|partnership|board|"
    r"centre|hub|programme)\b",
    re.IGNORECASE,
)
_PARTNER_WORDS = re.compile(
    r"\b(PCT|CCG|NHS|police|probation|schools?|voluntary|trust|YOS|LSCB|health|college)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
    r"[A-Z][a-zA-Z'\u2019\-]+(?:\s+[A-Z][a-zA-Z'\u2019\-]+){0,3}$"
)
_HONORIFIC = re.compile(r"^(Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\S")


def classify_owner(name: str) -> OwnerKind:
    """Return what an owner string names: a post, a unit, a partner body or a person.

    Example:
        >>> [classify_owner(n).value for n in ["Alex Kubeyinje", "Head of Community Operations",
        ...  "Adult services", "PCT", "Cllr Davie"]]
        ['person', 'post', 'unit', 'partner', 'person']
    """
    text = clean_text(name)
    if _HONORIFIC.match(text):
        return OwnerKind.PERSON
    if _POST_WORDS.search(text):
        return OwnerKind.POST
    if _PARTNER_WORDS.search(text):
        return OwnerKind.PARTNER
    if _UNIT_WORDS.search(text):
        return OwnerKind.UNIT
    if _PERSON.match(text) and len(text.split()) >= 2:
        return OwnerKind.PERSON
    return OwnerKind.UNIT


def split_owner_names(cell: str) -> list[str]:
    """Return the separate owners named in an owner cell.

    A slash always separates owners. A comma or "and" separates them only when every part
    reads as a person's name, because post titles hold commas ("Divisional Director, Social Care").

    Example:
        >>> split_owner_names("Alex Kubeyinje/ Abi Onaboye")
        ['Alex Kubeyinje', 'Abi Onaboye']
        >>> split_owner_names("Cllr Seedat, Cllr Dyer")
        ['Cllr Seedat', 'Cllr Dyer']
        >>> split_owner_names("Divisional Director, Social Care")
        ['Divisional Director, Social Care']
    """
    names: list[str] = []
    for part in clean_text(cell).split("/"):
        part = part.strip(" ,;")
        if not part:
            continue
        pieces = [piece.strip() for piece in re.split(r",|\band\b|&", part) if piece.strip()]
        if len(pieces) > 1 and all(classify_owner(piece) is OwnerKind.PERSON for piece in pieces):
            names.extend(pieces)
        else:
            names.append(part)
    return names


def owner_fragment_is_complete(text: str) -> bool:
    """True when an owner cell's text reads as a whole post, unit or partner, not a fragment of one.

    A fragment ends with a connector ("Head of Safeguarding and") or names no post, unit or
    partner word ("Access and Improvement", which continues "Manager" on the next row).

    Example:
        >>> owner_fragment_is_complete("Head of Safeguarding and"), owner_fragment_is_complete("Director of")
        (False, False)
        >>> owner_fragment_is_complete("Access and Improvement"), owner_fragment_is_complete("HR Manager")
        (False, True)
    """
    text = clean_text(text)
    if not text or ends_mid_phrase(text):
        return False
    return bool(
        re.search(
            r"\b(director|head|manager|officer|lead|chief|co-?ordinator|executive|team|services?|board|"
            r"trust|unit|panel|partnership|council|nhs|pct|police|schools?|adviser|advisor)\b",
            text,
            re.IGNORECASE,
        )
    )


def split_listed_names(text: str) -> list[str]:
    """Return the names of a prose list "A; B, including C; D and E", one per item, as printed.

    Items are separated by semicolons; the last item is split at its last " and ".

    Example:
        >>> split_listed_names("Herefordshire Council; schools; Youth Offending Service and Probation.")
        ['Herefordshire Council', 'schools', 'Youth Offending Service', 'Probation']
    """
    items = [item.strip(" .") for item in clean_text(text).split(";")]
    items = [item for item in items if item]
    if len(items) > 1 and " and " in items[-1]:
        head, _, tail = items[-1].rpartition(" and ")
        items[-1:] = [head.strip(), tail.strip()]
    return items


# --- matching rewordings of one item ---

_STOP_STEMS = frozenset(
    {
        "and",
        "the",
        "for",
        "from",
        "with",
        "their",
        "more",
        "all",
        "furth",
        "impro",
        "conti",
        "child",
        "young",
        "peopl",
    }
)


def word_stems(text: str) -> frozenset[str]:
    """Return the five-letter stems of the content words of ``text``, for loose matching of rewordings.

    Example:
        >>> sorted(word_stems("Recruit and retain more social work staff"))
        ['recru', 'retai', 'socia', 'staff', 'work']
    """
    words = re.findall(r"[a-z]+", clean_text(text).casefold().replace("'s", ""))
    return frozenset(stem for word in words if len(word) > 2 and (stem := word[:5]) not in _STOP_STEMS)


def best_word_match(text: str, candidates: Sequence[str]) -> int | None:
    """Return the index of the candidate that rewords ``text``, by shared content words, or ``None``.

    A candidate matches when it shares at least half the words of the shorter of the two (and two
    words unless one has only one); the best match must be unique.

    Example:
        >>> best_word_match("Further improve security and stability of children looked after",
        ...     ["Further improve services for children with disabilities",
        ...      "Further improve stability and security for children looked after"])
        1
        >>> best_word_match("Preparing CYPS for APA and Joint Area Review", ["Further improve value"])
    """
    words = word_stems(text)
    scored: list[tuple[float, int, int]] = []
    for index, candidate in enumerate(candidates):
        other = word_stems(candidate)
        shared = len(words & other)
        smaller = min(len(words), len(other))
        if smaller and shared >= min(2, smaller) and shared / smaller >= 0.5:
            scored.append((shared / smaller, shared, index))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


def _conjuncts(name: str) -> list[tuple[str, ...]]:
    acronyms = re.findall(r"\(([A-Z]{2,})\)", name)
    name = re.sub(r"\([^)]*\)", " ", name)
    parts = re.split(r",|&|/|\band\b", name.casefold().replace("'s", "").replace("’s", ""))
    found = [
        tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z]+", part))
        for part in parts
    ]
    return [part for part in found if part] + [(acronym.casefold(),) for acronym in acronyms]


def same_unit(first: str, second: str) -> bool:
    """True when two names of a unit name the same one: a shared conjunct, or one a word-suffix of the other.

    Example:
        >>> same_unit("Inclusion and Standards", "Standard and Inclusion")
        True
        >>> same_unit("Social Care", "Children's Social Care")
        True
        >>> same_unit("Change Management", "Change Management and TAC")
        True
        >>> same_unit("BSF", "Building Schools for the Future (BSF)")
        True
        >>> same_unit("Community safety", "Community Learning")
        False
    """
    for one in _conjuncts(first):
        for other in _conjuncts(second):
            shorter, longer = sorted((one, other), key=len)
            if longer[len(longer) - len(shorter) :] == shorter:
                return True
    return False
