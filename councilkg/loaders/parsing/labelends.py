"""Where an item's label ends when the line that names it runs on into what follows it.

A plan prints an item's name and, on the same line, something that is not its name: the sentence
describing it ("Prevention and Early Intervention: This sought to build on …"), the body that owns it
and the table's next column ("Preparation for adulthood (PfA Steering Group) PfA from the earliest …"),
or a measure's row of figures ("Number of visits … Place 20,020 20,843 19,875 Green Better"). Each
function here returns the name alone when the line shows plainly where the name stops, and the text
unchanged otherwise: a cut is made only on evidence, never on a label's length alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from councilkg.loaders.model import Action, Outcome, Priority

#: The items whose labels :func:`cut_glued_titles` cuts: each keeps a description.
ItemT = TypeVar("ItemT", Priority, Action, Outcome)

#: "Title: This sought to …": a colon, then a sentence's opening word and at least five more words.
_COLON_SENTENCE = re.compile(r":\s+(?=[A-Z][a-z]*\s+(?:\S+\s+){4,}\S)")
#: A title is short: more words before the colon and the text before it is itself a sentence.
MAX_TITLE_WORDS = 8
#: Words that end a phrase mid-way: a title never ends on one ("Support for: Children …").
_OPEN_ENDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "by", "at", "from", "as", "our"}
    | {"your", "their", "its", "this", "that"}
)

#: "(SEND Oversight Board) Parent/carer …": a body named in brackets, then the next column's words.
_BODY_THEN_TEXT = re.compile(
    r"\s+\((?:[A-Z][\w'’&/-]*\s+){0,5}"
    r"(?:Board|Group|Alliance|Partnership|Committee|Forum|Panel|Team|Network|Service|Services)\)\s+(?=[A-Z])"
)

#: A row's figures and its rating, as a measure's row prints them after the measure's name:
#: "0% 3% 20% Green Worse", "20,020 20,843 19,875 Green Better".
_FIGURE = r"[<>≥≤]?[-–]?£?\d[\d,.]*%?"
_RATING = r"(?:Green|Amber|Red|Blue|Grey|Better|Worse|Same|Improving|Declining|Stable|Met|Not met|N/A)"
_FIGURES_TAIL = re.compile(rf"(?:\s+{_FIGURE}){{2,}}(?:\s+{_RATING}){{0,3}}\s*$")
#: "PI Percentage of …", "KR Number of …": a measure's kind code printed before its name.
_KIND_CODE = re.compile(r"^(?:PI|KPI|KR|CI|LI)\s+(?=(?:Percentage|Proportion|Number|Rate|Average|%)\b)")


def title_before_description(label: str) -> str:
    """Return the title of a label that runs on past a colon into a sentence describing it, or
    ``label`` unchanged when nothing after a colon reads as that sentence.

    Example:
        >>> title_before_description("Child-Centred Practice: The focus was on the needs of children")
        'Child-Centred Practice'
        >>> title_before_description("Engagement, participation and coproduction: children and young people")
        'Engagement, participation and coproduction: children and young people'
        >>> title_before_description("Healthier: Children")
        'Healthier: Children'
    """
    match = _COLON_SENTENCE.search(label)
    if match is None:
        return label
    title = label[: match.start()].strip()
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS or words[-1].casefold() in _OPEN_ENDS or ":" in title:
        return label
    return title


#: "Sustainable Performance ..........": a contents entry's dotted leaders, its page cut off the text.
_TRAILING_LEADERS = re.compile(r"\s*(?:\.{4,}|\u2026{2,})\s*\d{0,3}\s*$")


def before_leaders(label: str) -> str:
    """Return a label without the dotted leaders (and page) a contents entry prints after it.

    Example:
        >>> before_leaders("Sustainable Performance .........."), before_leaders("Be safe ...")
        ('Sustainable Performance', 'Be safe ...')
    """
    return _TRAILING_LEADERS.sub("", label) or label


def before_owner_column(label: str) -> str:
    """Return a label cut before a body named in brackets that the next column's words follow, or
    ``label`` unchanged when no such body is named mid-line.

    Example:
        >>> before_owner_column("Preparation for adulthood (PfA Steering Group) PfA from the earliest years")
        'Preparation for adulthood'
        >>> before_owner_column("Preparation for adulthood (PfA Steering Group)")
        'Preparation for adulthood (PfA Steering Group)'
    """
    match = _BODY_THEN_TEXT.search(label)
    if match is None or not label[: match.start()].strip():
        return label
    return label[: match.start()].strip()


def measure_before_figures(label: str) -> str:
    """Return a measure's name without the kind code before it and the row's figures after it, or
    ``label`` unchanged when the line ends in no run of figures.

    Example:
        >>> measure_before_figures("PI Percentage of appeals upheld Communities 0% 3% 20% Green Worse")
        'Percentage of appeals upheld Communities'
        >>> measure_before_figures("Percentage of pupils achieving 5 A*-C grades")
        'Percentage of pupils achieving 5 A*-C grades'
    """
    tail = _FIGURES_TAIL.search(label)
    if tail is None:
        return label
    name = _KIND_CODE.sub("", label[: tail.start()].strip())
    return name if len(name.split()) >= 3 else label


#: "the best start to life Early help and support to parents …": a title in small letters, then the
#: description's capitalised first word and at least four more words.
_GLUED_DESCRIPTION = re.compile(
    r"^(?P<title>[a-z][a-z'’,-]*(?: [a-z][a-z'’,-]*){2,11}) (?=[A-Z][\w'’-]*:? (?:\S+ ){3,}\S)"
)
#: "VALUE FOR MONEY - Spending your money in the most efficient way …": a title in capitals, a dash or
#: colon, then its description in small letters.
_CAPITALS_TITLE = re.compile(
    r"^(?P<title>[A-Z][A-Z&'’,]*(?: [A-Z&][A-Z&'’,]*){0,7})\s*(?::|\s[-–—])\s+(?=\S*[a-z]\S* \S)"
)
#: "Your City - Securing investment; improving assets …", "Supporting independence and dignity: promoting
#: personalised care …": a short title, a colon or spaced dash, then a description of at least five words.
_TITLE_BEFORE_SEPARATOR = re.compile(
    r"^(?P<title>[A-Z][\w'’,&-]*(?: [\w'’‘“”,&-]+){0,9}?)\s*(?::|\s[-–—])\s+(?=\S+(?: \S+){4,})"
)
#: A list shows its titles glued to descriptions only when this many items, every one of them, do.
MIN_GLUED_ITEMS = 3


def titles_glued_to_descriptions(labels: Sequence[str]) -> list[str] | None:
    """Return the titles of a list whose every item is a title in small letters run into a description
    that starts with a capital ("access to the right education Be inclusive in our …"), or a title in
    capitals before a dash and its description ("VALUE FOR MONEY - Spending your money …"), or a short
    title before a colon or spaced dash and a description of five words or more ("Your City - Securing
    investment; …"), or None when the list is shorter than :data:`MIN_GLUED_ITEMS`, any item is not
    printed so, or a title would end on a word that leaves a phrase open ("Support for").

    One item so printed may be a title holding a name ("no children in Sandwell live in poverty"); a
    whole list of them is a page whose bold titles lost the break before their descriptions.

    Example:
        >>> titles_glued_to_descriptions([
        ...     "the best start to life Early help and support to parents through pregnancy",
        ...     "access to the right education Be inclusive in our mainstream schools; provide education",
        ...     "keeping children safe from harm Get Safe: Identify and support children at risk",
        ... ])
        ['the best start to life', 'access to the right education', 'keeping children safe from harm']
        >>> titles_glued_to_descriptions(["the best start to life Early help and support", "safe", "well"])
        >>> titles_glued_to_descriptions(["VALUE FOR MONEY - Spending your money wisely", "CLEAN & GREEN - "
        ...     "Delivering the services customers expect", "A VIBRANT ECONOMY - Working with all partners"])
        ['VALUE FOR MONEY', 'CLEAN & GREEN', 'A VIBRANT ECONOMY']
        >>> titles_glued_to_descriptions([  # Devon County Council, Strategic Plan 2025-2029 (news, 2025)
        ...     "Supporting independence and dignity: promoting personalised care to enable people",
        ...     "Continuous service improvement: focusing on continuous improvement of services",
        ...     "A green Devon for future generations: empowering communities to lead environmental action",
        ... ])
        ['Supporting independence and dignity', 'Continuous service improvement', 'A green Devon for future \
generations']
    """
    if len(labels) < MIN_GLUED_ITEMS:
        return None
    for pattern in (_GLUED_DESCRIPTION, _CAPITALS_TITLE, _TITLE_BEFORE_SEPARATOR):
        matches = [pattern.match(label) for label in labels]
        if all(matches):
            titles = [match.group("title") for match in matches if match]
            if not any(title.split()[-1].casefold() in _OPEN_ENDS for title in titles):
                return titles
    return None


def cut_glued_titles(items: list[ItemT], rule: str) -> None:
    """Cut to their titles the labels of each run of priorities, outcomes or actions ("Inclusive Growth –
    continued delivery of …") read by ``rule`` on lines next to one another whose every label is a
    title run into its description (:func:`titles_glued_to_descriptions`), the description kept as
    the item's own; returns nothing (``items`` holds the items cut in their places)."""
    runs: list[list[int]] = []
    for at, item in enumerate(items):
        if item.reading is None or item.reading.rule != rule:
            continue
        last = items[runs[-1][-1]].source_line if runs else None
        if last is not None and item.source_line is not None and 0 < item.source_line - last <= 2:
            runs[-1].append(at)
            continue
        runs.append([at])
    for run in runs:
        titles = titles_glued_to_descriptions([items[at].label for at in run])
        for at, title in zip(run, titles or (), strict=False):
            item = items[at]
            described = item.label[len(title) :].lstrip(" :-–—")
            items[at] = replace(item, label=title, description=item.description or described or None)


#: "A Green Community (formerly Environment)": a note of the name an item had before, after its name.
_RENAME_NOTE = re.compile(r"\s*\((?:formerly|previously|was)\s[^()]{1,60}\)\s*$", re.IGNORECASE)


def drop_rename_notes(items: list[ItemT]) -> None:
    """Cut from each item's label a closing note of its former name ("A Green Community (formerly
    Environment)"); returns nothing (``items`` holds the items cut in their places).

    Example:
        >>> from councilkg.loaders.model import Priority
        >>> items = [Priority(key="p", label="A Green Community (formerly Environment)", source_line=1)]
        >>> drop_rename_notes(items)
        >>> items[0].label
        'A Green Community'
    """
    for at, item in enumerate(items):
        note = _RENAME_NOTE.search(item.label)
        if note is not None and note.start() > 0:
            items[at] = replace(item, label=item.label[: note.start()])
