"""Regular expressions a user wrote (a layout profile's), run with a time limit on every call.

Python's ``re`` has no time limit, and a pattern with nested repeats such as ``(a+)+$`` tries every
way of splitting a long line before it fails: minutes, then hours, as the line grows. A profile's
patterns are therefore compiled by the ``regex`` module (the same syntax for what profiles use) and
every search, match, split or substitution is given :data:`PATTERN_SECONDS`; one that takes longer
raises :class:`PatternTimeoutError`, naming the profile key, the pattern and the text it ran on.
Where the document is known, :func:`on_document_line` turns that into an error naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import regex

from councilkg.errors import CouncilKGError, LoaderError, shortened

PATTERN_SECONDS = 1.0
"""The most one search, match, split or substitution of a profile's pattern may take."""


class PatternTimeoutError(CouncilKGError):
    """A profile's regular expression took longer than :data:`PATTERN_SECONDS` on one text."""

    def __init__(self, key: str, pattern: str, text: str) -> None:
        self.key, self.pattern, self.text = key, pattern, text
        super().__init__(self.describe())

    def describe(self) -> str:
        """Return what ran too long, on one line (the text shortened)."""
        return (
            f"the profile's pattern {self.key} = {shortened(self.pattern)} took more than "
            f"{PATTERN_SECONDS:g} s on {shortened(self.text)}; nested repeats such as (a+)+ try every "
            "split of a long line: simplify the pattern"
        )

    def __reduce__(self) -> tuple[type[PatternTimeoutError], tuple[str, str, str]]:
        return (type(self), (self.key, self.pattern, self.text))


class TimedPattern:
    """A compiled user pattern with ``re.Pattern``'s methods, each call limited to :data:`PATTERN_SECONDS`."""

    def __init__(self, pattern: str, key: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.key = key
        self.flags = flags
        self._compiled = regex.compile(pattern, _regex_flags(flags) | regex.VERSION0)
        self.groupindex = dict(self._compiled.groupindex)
        self.groups = self._compiled.groups

    def _timed(self, method: Callable[..., Any], text: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(text, *args, timeout=PATTERN_SECONDS, **kwargs)
        except TimeoutError as error:
            raise PatternTimeoutError(self.key, self.pattern, text) from error

    def search(self, text: str, *args: Any) -> Any:
        """Return the first match in ``text``, as ``re.Pattern.search``."""
        return self._timed(self._compiled.search, text, *args)

    def match(self, text: str, *args: Any) -> Any:
        """Return the match at the start of ``text``, as ``re.Pattern.match``."""
        return self._timed(self._compiled.match, text, *args)

    def fullmatch(self, text: str, *args: Any) -> Any:
        """Return the match of all of ``text``, as ``re.Pattern.fullmatch``."""
        return self._timed(self._compiled.fullmatch, text, *args)

    def findall(self, text: str, *args: Any) -> list[Any]:
        """Return every match's text or groups, as ``re.Pattern.findall``."""
        return cast(list[Any], self._timed(self._compiled.findall, text, *args))

    def finditer(self, text: str, *args: Any) -> Iterator[Any]:
        """Yield every match in ``text``, as ``re.Pattern.finditer``."""
        try:
            yield from self._compiled.finditer(text, *args, timeout=PATTERN_SECONDS)
        except TimeoutError as error:
            raise PatternTimeoutError(self.key, self.pattern, text) from error

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        """Return ``text`` split where the pattern matches, as ``re.Pattern.split``."""
        return cast(list[Any], self._timed(self._compiled.split, text, maxsplit=maxsplit))

    def sub(self, replacement: str | Callable[[Any], str], text: str, count: int = 0) -> str:
        """Return ``text`` with matches replaced, as ``re.Pattern.sub``."""
        try:
            return cast(str, self._compiled.sub(replacement, text, count=count, timeout=PATTERN_SECONDS))
        except TimeoutError as error:  # the text is the second argument here
            raise PatternTimeoutError(self.key, self.pattern, text) from error

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimedPattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"TimedPattern({self.pattern!r}, {self.key!r})"

    def __reduce__(self) -> tuple[type[TimedPattern], tuple[str, str, int]]:
        return (type(self), (self.pattern, self.key, self.flags))


def compile_user_pattern(pattern: str, key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Return ``pattern`` compiled to run with a time limit; typed as ``re.Pattern`` for its users.

    Raises:
        re.error: the pattern is not valid for Python's ``re`` (checked first, so that a profile
            means what Python's syntax says).
    """
    re.compile(pattern, flags)
    try:
        timed = TimedPattern(pattern, key, flags)
    except regex.error as error:
        raise re.error(str(error)) from error
    return cast(re.Pattern[str], timed)


def on_document_line(error: PatternTimeoutError, path: str, lines: Sequence[str]) -> LoaderError:
    """Return ``error`` as an error naming the first line of the document that holds the text it ran on."""
    needle = error.text.strip()
    line = next((number for number, text in enumerate(lines, start=1) if needle and needle in text), None)
    return LoaderError(path, error.describe(), line=line)


@contextmanager
def lines_named(path: str | Path, lines: Sequence[str]) -> Iterator[None]:
    """Turn a profile pattern's timeout inside this block into an error naming the document's line."""
    try:
        yield
    except PatternTimeoutError as error:
        raise on_document_line(error, str(path), lines) from error


def _regex_flags(flags: int) -> int:
    table = ((re.IGNORECASE, regex.IGNORECASE), (re.MULTILINE, regex.MULTILINE), (re.DOTALL, regex.DOTALL))
    return sum(ours for theirs, ours in table if flags & theirs)
