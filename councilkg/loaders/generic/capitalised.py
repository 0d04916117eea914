"""A line printed in capitals read as the same words in title case: plans print a heading or a
lead-in in capitals or not, and a rule that tells a title's words by their capitals ("the Public
Health Outcomes Framework") should read "PERFORMANCE INDICATORS APPENDIX" as it reads "Performance
Indicators Appendix", and "OUR PRIORITIES ARE:" as "Our Priorities are:"."""

from __future__ import annotations

import re

#: Words a title in title case prints small: joining words, pronouns and the verbs of a lead-in.
_SMALL_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "include",
        "includes", "is", "it", "of", "on", "or", "our", "the", "their", "these", "this", "to", "we",
        "were", "will", "with",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Z][A-Z’'&-]*")
_NEXT_WORD = re.compile(r"\s+[A-Z][\w’'&-]*")
_TITLE_WORD = re.compile(r"\s+[A-Z][a-z]")


def title_cased(text: str) -> str:
    """Return ``text`` in title case when it is printed in capitals (small words lower-cased), else as is.

    Example:
        >>> title_cased("PERFORMANCE INDICATORS APPENDIX"), title_cased(" ARE:")
        ('Performance Indicators Appendix', ' are:')
        >>> title_cased("Key Actions")
        'Key Actions'
    """
    if not text.isupper():
        return text

    def word(match: re.Match[str]) -> str:
        lower = match.group(0).lower()
        return lower if lower in _SMALL_WORDS else lower[:1].upper() + lower[1:]

    return _WORD.sub(word, text)


def title_word_follows(text: str, end: int, capitals: bool) -> bool:
    """Return whether a capitalised word that is not a small word follows ``text`` at ``end``, as a
    title's next word does; in a line printed in capitals (``capitals``: the word before is), the next
    word counts as title case would print it. Only that word is looked at, whatever the line's length.

    Example:
        >>> title_word_follows("Public Health Outcomes Framework", 22, False)
        True
        >>> title_word_follows("PERFORMANCE INDICATORS APPENDIX", 22, True)
        True
        >>> title_word_follows("OUR PRIORITIES ARE:", 14, True)
        False
    """
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    printed = following.group(0)
    return _TITLE_WORD.match(title_cased(printed) if capitals else printed) is not None
