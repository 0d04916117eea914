"""Periods and dates as plans print them: financial and academic years, due dates, timescales."""

from __future__ import annotations

import re
from datetime import date

YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*[/\-–]\s*((?:19|20)?\d{2})\b")
"""A range of years as plans print them: ``2010-2013``, ``2009-11``, ``2020/21``, ``2010 – 13``."""
#: A start, not a due date: "From June 2009", "Starting …".
_STARTS = re.compile(r"(?:from|starting|commencing|beginning)\b", re.IGNORECASE)
#: A day, month and year in figures: "13/12/2020".
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
#: A month's name (or a word that may be one) and a year, after an optional day: "31st March 2021".
_MONTH_YEAR = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b")
_DIGIT = re.compile(r"\d")
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
    if _STARTS.match(text) or not _DIGIT.search(text):
        return None  # a start, or no figure: neither a date in figures nor a month and year
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    words = _MONTH_YEAR.search(text)
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
