"""Two kinds a lead-in names as a pair: "It will focus on key priorities and success measures:".

A lead-in naming two kinds of item joined by "and" names first what the list holds and then what comes
with each of its items: "key priorities and success measures" over four priorities, each followed by
how it is measured; "five key priorities and outcomes" over five priorities; "Key outcomes and
measures" over outcomes; "Key Goals and their Targets" over goals. On the released plans of six
councils (Worcestershire, St Helens, Milton Keynes, Lancashire, Norfolk, Brighton and Hove) every such
list holds the first kind named; the last kind word names the list only when it stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Between the two kind words of a pair: "and" or "&", then at most two words qualifying the second
#: ("priorities and success measures", "Goals and their Targets", "targets & priorities").
PAIR_JOIN = re.compile(
    r"\s+(?:and|&)\s+(?:(?:their|our|its|the|key|main|success|performance)\s+){0,2}", re.IGNORECASE
)


def paired_first(kind_words: Sequence[re.Match[str]]) -> str | None:
    """Return the first kind word of the pair the last two of ``kind_words`` (matches in one line, in
    order) make, joined by "and" ("priorities" in "key priorities and success measures:"), else ``None``.

    Example:
        >>> words = re.compile(r"\\b(priorities|measures|outcomes)\\b")
        >>> paired_first(list(words.finditer("It will focus on key priorities and success measures:")))
        'priorities'
        >>> paired_first(list(words.finditer("Our priorities are set out with the measures:"))) is None
        True
    """
    if len(kind_words) < 2:
        return None
    first, last = kind_words[-2], kind_words[-1]
    if PAIR_JOIN.fullmatch(last.string, first.end(), last.start()) is None:
        return None
    return first.group(1)
