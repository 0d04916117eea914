"""A priority or outcome listed again with its words all but the same: the item read before.

"Respondents felt that … the 5 most important outcomes were: • achieve to the best of their ability
and enjoy learning new things (44%) …" / "Parents prioritised the following outcomes: • achieve to the
best of their ability and enjoy learning new things (52%)": a survey's figure beside it, or one word
put another way ("To involve you more in developing Children's Centre services …" ranked again as "To
involve families more in developing Children's Centre Services …"), and the same item is listed a
second time, no new one.
"""

from __future__ import annotations

import itertools
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


Key = tuple[str, str]
"""An item's kind and case-folded label."""


class SeenLabels(dict[Key, Item]):
    """The items read so far by kind and case-folded label, indexed by their words, so that finding
    one listed again costs a lookup, not a comparison with every item read before (a long plan's
    hundreds of priorities made each new one a scan of all the others)."""

    def __init__(self) -> None:
        super().__init__()
        self._ranks: dict[Key, int] = {}  # the order keys were first added in, as the dict keeps it
        self._counter = itertools.count()
        self._by_words: dict[tuple[str, tuple[str, ...]], set[Key]] = {}
        self._by_length: dict[tuple[str, int], set[Key]] = {}  # long labels, by kind and word count

    def __setitem__(self, key: Key, item: Item) -> None:
        if key not in self:
            self._ranks[key] = next(self._counter)
            words = tuple(_words(key[1]))
            self._by_words.setdefault((key[0], words), set()).add(key)
            if len(words) >= MIN_WORDS:
                self._by_length.setdefault((key[0], len(words)), set()).add(key)
        super().__setitem__(key, item)

    def pop(self, key: Key, default: Item | None = None) -> Item | None:  # type: ignore[override]
        """Remove ``key`` and return its item, or ``default`` when it was never added."""
        if key not in self:
            return default
        del self._ranks[key]
        words = tuple(_words(key[1]))
        self._by_words[(key[0], words)].discard(key)
        if len(words) >= MIN_WORDS:
            self._by_length[(key[0], len(words))].discard(key)
        return super().pop(key)

    def named_alike(self, kind: str, label: str) -> Item | None:
        """Return the first item of ``kind`` added whose label names the same item as ``label``
        (:func:`same_item`), or ``None``."""
        words = _words(label)
        candidates = set(self._by_words.get((kind, tuple(words)), ())) if words else set()
        if len(words) >= MIN_WORDS:
            candidates |= {
                key for key in self._by_length.get((kind, len(words)), ()) if same_item(key[1], label)
            }
        if not candidates:
            return None
        return self[min(candidates, key=self._ranks.__getitem__)]


def known_item(seen: Mapping[Key, Item], kind: str, label: str) -> Item | None:
    """Return the item of ``kind`` read before under ``label`` (``seen`` holds them by kind and
    case-folded label), or one whose label names the same item; None when there is none."""
    exact = seen.get((kind, label.casefold()))
    if exact is not None:
        return exact
    if isinstance(seen, SeenLabels):
        return seen.named_alike(kind, label)
    return next((item for (k, text), item in seen.items() if k == kind and same_item(text, label)), None)
