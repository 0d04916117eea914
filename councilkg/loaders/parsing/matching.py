"""Matching two printings of one item: the same words printed twice, or a rewording of them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.text import clean_text


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
