"""Numbers and units as plans print them: "£1,000", "(2,600,000)", "(16)", "56.1%".

Each helper takes a cell as printed and returns its value, or ``None`` when the cell is not one.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


#: "c. 400": about a number.
_CIRCA = re.compile(r"^c\.\s*", re.IGNORECASE)


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
    text = _CIRCA.sub("", text)
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
