"""A priority or outcome listed again with its words all but the same: the item read before.

"Respondents felt that … the 5 most important outcomes were: • achieve to the best of their ability
and enjoy learning new things (44%) …" / "Parents prioritised the following outcomes: • achieve to the
best of their ability and enjoy learning new things (52%)": a survey's figure beside it, or one word
put another way ("To involve you more in developing Children's Centre services …" ranked again as "To
involve families more in developing Children's Centre Services …"), and the same item is listed a
second time, no new one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

#: "(52%)" after an item: a survey's share beside it, no part of its name.
SHARE = re.compile(r"\s*\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)\s*$")
#: Labels this long that differ in one word of the same place name one item; shorter ones, one word
#: apart ("Key stage 2 attainment" / "Key stage 4 attainment"), may be two.
MIN_WORDS = 10

Item = TypeVar("Item")


def _words(label: str) -> list[str]:
    return re.findall(r"[\w’']+", SHARE.sub("", label).casefold())


def same_item(first: str, second: str) -> bool:
    """Return whether two labels name one item: the same words once a trailing share ("(52%)") is
    set aside, or, both long, the same words in the same places but for one (neither a number)."""
    a, b = _words(first), _words(second)
    if a == b:
        return bool(a)
    if len(a) != len(b) or len(a) < MIN_WORDS:
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 1 and not any(ch.isdigit() for word in differing[0] for ch in word)


def known_item(seen: Mapping[tuple[str, str], Item], kind: str, label: str) -> Item | None:
    """Return the item of ``kind`` read before under ``label`` (``seen`` holds them by kind and
    case-folded label), or one whose label names the same item; None when there is none."""
    exact = seen.get((kind, label.casefold()))
    if exact is not None:
        return exact
    return next((item for (k, text), item in seen.items() if k == kind and same_item(text, label)), None)
