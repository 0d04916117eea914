"""A plan's own references ("CSOB05") and the codes indicator cells start with ("SE180", "NI 59")."""

from __future__ import annotations

import re

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
