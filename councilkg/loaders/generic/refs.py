"""References and cells split by a profile's pattern: "CSOB2" is "csob02", "CSOB01, CSOB2 and CSOB04"
is three references."""

from __future__ import annotations

import re

from councilkg.loaders.parsing.matching import match_key


def ref_key(text: str) -> str:
    """Return ``text`` reduced for matching a reference: as :func:`match_key`, numbers without leading zeros.

    Example:
        >>> ref_key("CSOB2") == ref_key("csob02")
        True
    """
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", match_key(text))


def split_by(pattern: re.Pattern[str], text: str) -> list[str]:
    """Return the pieces of ``text`` between matches of ``pattern`` (groups in it are not pieces).

    Example:
        >>> split_by(re.compile(r"(,|\\band\\b)"), "CSOB01, CSOB2 and CSOB04")
        ['CSOB01', ' CSOB2 ', ' CSOB04']
    """
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    return [*pieces, text[start:]]
