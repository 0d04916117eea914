"""Values as plans write them in a table's cells: a number with words, units and years around it.

A baseline, target or outturn cell rarely holds a bare number: "4.6 % obese (2002)", "£1.2m",
"85% by 2011", "reduce to 12", "baseline 2007: 34", "72.2% 2013/14". :func:`written_value` finds
the number, its unit where the cell says it, and the year or financial year it is dated to; a cell
with no number ("top quartile", "No target set") has no value, and is kept as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from councilkg.loaders.parsing.numbers import parse_decimal
from councilkg.loaders.parsing.periods import parse_period

#: Cells longer than this are prose, not a value.
MAX_VALUE_CHARS = 200

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?![/\-–]\d)")
_MONEY = re.compile(r"£\s*(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|m|million|k)?\b", re.IGNORECASE)
_PERCENT = re.compile(r"(?<![\d.])(-?\d+(?:\.\d+)?)\s*%")
_AFTER_VERB = re.compile(
    r"\b(?:reduce|increase|rise|fall|improve|maintain|keep|hold|raise|lower)\w*\s+(?:to|at|by)\s+"
    r"(-?\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,/])(-?\d[\d,]*(?:\.\d+)?)(?![\d/])")  # "Q3" is a quarter
_SCALE = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}


@dataclass(frozen=True)
class WrittenValue:
    """A value cell read: its number, the unit the cell states, and the year or period it is dated to."""

    value: Decimal | None
    unit: str | None = None  # "percent" or "GBP" when the cell says so
    year: int | None = None  # a calendar year: "(2002)", "by 2011", "baseline 2007"
    period: str | None = None  # a financial or academic year: "2013/14"


def written_value(raw: str) -> WrittenValue:
    """Return the value a cell writes, with its unit and date where the cell states them.

    Example:
        >>> written_value("4.6 % obese (2002)")
        WrittenValue(value=Decimal('4.6'), unit='percent', year=2002, period=None)
        >>> written_value("£1.2m"), written_value("reduce to 12").value
        (WrittenValue(value=Decimal('1200000.0'), unit='GBP', year=None, period=None), Decimal('12'))
        >>> written_value("85% by 2011").year, written_value("baseline 2007: 34").value
        (2011, Decimal('34'))
        >>> written_value("72.2% 2013/14").period, written_value("top quartile").value is None
        ('2013/14', True)
    """
    text = " ".join(raw.split())
    if not text or len(text) > MAX_VALUE_CHARS:
        return WrittenValue(None)
    period = parse_period(text)
    years = [int(year) for year in _YEAR.findall(text)]
    year = years[0] if years and period is None else None
    money = _MONEY.search(text)
    if money:
        amount = parse_decimal(money.group(1))
        scale = _SCALE.get((money.group(2) or "").casefold(), 1)
        return WrittenValue(amount * scale if amount is not None else None, "GBP", year, period)
    percent = _PERCENT.search(text)
    if percent:
        return WrittenValue(parse_decimal(percent.group(1)), "percent", year, period)
    after_verb = _AFTER_VERB.search(text)
    if after_verb:
        return WrittenValue(parse_decimal(after_verb.group(1)), None, year, period)
    dates = {str(found) for found in years}
    for number in _NUMBER.finditer(_without_periods(text)):
        if number.group(1) not in dates:
            return WrittenValue(parse_decimal(number.group(1)), None, year, period)
    return WrittenValue(None, None, year, period)


def _without_periods(text: str) -> str:
    return re.sub(r"\b(?:19|20)\d{2}\s*[/\-–]\s*(?:19|20)?\d{2}\b", " ", text)
