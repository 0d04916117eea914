"""Themes a contents page names alike: a plan's themes told by the word their names share.

    Altogether Wealthier                  Safer Newham
    16                                    Cleaner, Greener Newham
    6                                     8
    Altogether Better for Children 22     Housing Newham
    7                                     Young Newham
    Altogether Healthier                  …

A plan that brands its themes with one opening word ("Altogether …", "Making a difference for …") or
with its place's name ("… Newham") lists them on its contents page among its other chapters, no entry
naming their kind. Three or more short titles of one run of titles printed with their pages (a
contents page: as many page numbers as half its titles, after the titles or on lines of their own)
that open with the same word, or close with the same capitalised word, are the plan's themes. A
title naming a part of a plan or of a report ("… Strategy", "Performance …"), a body ("Plymouth
Partnership Board") or holding a number is none; :func:`parallel_titles` returns them, and the
outline reader adds them only to a plan it read no priority of (:mod:`~councilkg.loaders.generic.
outlinecontents`). A scan of the lines, linear in their number.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from councilkg.loaders.generic.contentsnesting import is_page
from councilkg.loaders.generic.contentsthemes import SECTION_WORDS, TITLE_COMMON_WORDS

RULE_PARALLEL_THEME = "contents entry named like two or more others"

#: "6. ", "a) ", "4.1 ": the mark of a numbered or lettered entry.
_MARK = r"(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s+|[a-z][.)]\s+)?"
#: A title of up to eight words and its page (or pages) after it: "Altogether Better Council 50",
#: "Caring Communities Pages 12-15".
_TITLE = re.compile(
    rf"^{_MARK}(?P<name>[A-Z‘'][\w’'‘,&/-]*(?:\s+[\w’'‘,&/()-]+){{0,7}}?)"
    r"(?P<page>\s+(?:[Pp]ages?\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?\s*$"
)
#: A body's name is no theme ("Plymouth Youth Offending Team", "LSCB Partnership Board").
_BODY = re.compile(
    r"\b(?:team|board|partnership|panel|committee|council|trust|service|group|forum|department)\b",
    re.IGNORECASE,
)
#: Fewer titles named alike, and they are no family of themes.
MIN_ALIKE = 3
#: More, and they are an index, not a plan's themes.
MAX_ALIKE = 12


def _theme_name(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2
        and not re.search(r"\d", name)
        and not SECTION_WORDS.search(name)
        and not _BODY.search(name)
    )


def _runs(lines: Sequence[str]) -> Iterable[list[tuple[int, str]]]:
    """Yield each run of titles printed with their pages: (line number from 1, name) of each title."""
    run: list[tuple[int, str]] = []
    pages = 0
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        if is_page(text):
            pages += 1
            continue
        title = _TITLE.match(text) if len(text) < 120 else None
        if title is not None:
            run.append((number, title.group("name")))
            pages += title.group("page") is not None
            continue
        if len(run) >= MIN_ALIKE and 2 * pages >= len(run):
            yield run
        run, pages = [], 0
    if len(run) >= MIN_ALIKE and 2 * pages >= len(run):
        yield run


def _alike(run: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return the titles of ``run`` that open with one word or close with one capitalised word, when
    three to twelve distinct names do; else ``[]``."""
    groups: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for number, name in run:
        if not _theme_name(name):
            continue
        first, last = name.split()[0], name.split()[-1]
        if first.casefold() not in TITLE_COMMON_WORDS and first.isalpha():
            groups[("first", first.casefold())].append((number, name))
        if last[:1].isupper() and last.isalpha() and last.casefold() not in TITLE_COMMON_WORDS:
            groups[("last", last)].append((number, name))
    for titles in groups.values():
        names = {name.casefold() for _, name in titles}
        if MIN_ALIKE <= len(names) <= MAX_ALIKE:
            return titles
    return []


def parallel_titles(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Return (line number from 1, name) of each theme a contents page names alike, each name once
    (its first printing), in the order printed.

    Example:
        >>> parallel_titles(["Contents", "Foreword 3", "Altogether Wealthier", "16", "Altogether Healthier",
        ...                  "22", "Altogether Safer", "28", "Glossary", "40"])
        [(3, 'Altogether Wealthier'), (5, 'Altogether Healthier'), (7, 'Altogether Safer')]
        >>> parallel_titles(["Plymouth Partnership Board 3", "Plymouth Youth Offending Team 4",
        ...                  "Plymouth Youth Offending Team Pledge 5"])
        []
    """
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    for run in _runs(lines):
        for number, name in _alike(run):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                found.append((number, name))
    return found
