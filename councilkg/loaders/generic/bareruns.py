"""Priorities printed as bare lines, one a paragraph, after a lead-in naming them: "Targeted priorities
for 17/18 were confirmed as:" / "Early Help" / "Disabled children" / "Online Safety" …, "… the most
important priorities are:" / "Having a better experience in education" / "Leading healthier lives" …,
"Four priorities have been set for the next five years. They aim for children … to:" / four lines,
"The priorities of the strategy … have been chosen … These are:" / "Be heard – have a voice …" ….

Minutes and news pages print a list without bullets or numbers: each item a short line of its own,
blank lines between, then the story goes on in sentences. Such lines are read only when the lead-in
says what they are: its last words name the kind as the subject of "are:" / "were (confirmed as):",
or point back ("These are:") at a paragraph opening with the kind as its subject, or its paragraph
counts the kind and the run holds exactly that many lines. A line is an item when it is a heading's
length, or a short title glossed after a dash. A run of lines ending a sentence, longer than a heading,
or not ended by a sentence or the text's end (a page of headings) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.model import Extraction, Reading
from councilkg.loaders.parsing.runlists import COUNT_WORDS, count_value
from councilkg.text import clean_text, has_word

RULE_BARE_RUN = "bare lines after a lead-in naming their kind"
_KINDS = r"priorities|priority areas|objectives|aims|goals|ambitions|themes"
#: "… the most important priorities are:", "Targeted priorities for 17/18 were confirmed as:": the kind
#: is what the copula says the lines are.
_NAMING_LEAD_IN = re.compile(
    rf"\b(?:{_KINDS})(?:\s+(?:for|in|of)\s+[\w/ -]{{1,20}}?)?\s+(?:are|were|will be|have been)"
    r"(?:\s+(?:confirmed|agreed|set|identified)\s+as(?:\s+being)?)?\s*:\s*$",
    re.IGNORECASE,
)
#: "The priorities of the strategy … have been chosen … These are:": the paragraph opens by naming the
#: kind as its subject, and its last words point back at it.
_NAMED_AT_OPENING = re.compile(rf"^(?:the|our)\s+(?:[\w-]+\s+)?(?:{_KINDS})\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"(?:^|[.!?]\s+)(?:these|they)\s+are\s*:\s*$", re.IGNORECASE)
#: "Four priorities have been set …": a count of the kind, in the lead-in's paragraph.
_COUNTED = re.compile(rf"\b(?P<count>{COUNT_WORDS})\s+(?:[\w-]+\s+)?(?:{_KINDS})\b", re.IGNORECASE)
MAX_ITEM_WORDS = 12
#: "Be skilled - have the opportunity to enjoy the learning they need - leading to …": a title and its
#: gloss after a dash may run longer.
MAX_GLOSSED_WORDS = 30
MAX_TITLE_WORDS = 4
_GLOSS = re.compile(r"\s[-–—]\s")
#: Lines printed with no blank line between them are a list's only when each is a short title.
MAX_COMPACT_WORDS = 6
MIN_UNCOUNTED = 3
MAX_ITEMS = 10
#: An item's line ends no sentence or clause.
_ENDS_CLAUSE = re.compile(r"[.:;,!?]\s*$")


def read_bare_runs(
    lines: Sequence[str], extraction: Extraction, new_key: KeyMaker, skip: Callable[[int], bool]
) -> None:
    """Add to ``extraction`` a priority for each bare line of a run a lead-in names or counts, leaving
    out lines already read as priorities; returns nothing.

    ``skip`` says which line numbers another reader placed; a run touching one it placed as anything
    but a priority is left alone.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> read_bare_runs(["Our priorities are:", "", "Early Help", "", "Online Safety", "",
        ...     "Domestic Abuse", "", "The plan was agreed."], found, lambda k, t: t, lambda n: False)
        >>> [(p.label, p.source_line) for p in found.priorities]
        [('Early Help', 3), ('Online Safety', 5), ('Domestic Abuse', 7)]
    """
    read_lines = {priority.source_line for priority in extraction.priorities}
    seen = {priority.label.casefold() for priority in extraction.priorities}
    for number, line in enumerate(lines, start=1):
        text = clean_text(line)
        if not text.endswith(":"):
            continue
        run = _bare_run(lines, number)
        if not run or not _names_run(text, len(run)):
            continue
        if any(skip(at) and at not in read_lines for at, _ in run):
            continue
        for at, label in run:
            if at in read_lines or label.casefold() in seen:
                continue
            seen.add(label.casefold())
            extraction.add_priority(new_key("priority", label), label, at, Reading(RULE_BARE_RUN, 0.6))


def _names_run(lead_in: str, items: int) -> bool:
    """True when ``lead_in`` names its list's kind as what the lines are, or counts ``items`` of it."""
    if _NAMING_LEAD_IN.search(lead_in) or (_POINTS_BACK.search(lead_in) and _NAMED_AT_OPENING.match(lead_in)):
        return MIN_UNCOUNTED <= items <= MAX_ITEMS
    counts = {count_value(match.group("count")) for match in _COUNTED.finditer(lead_in)}
    return counts == {items}


def _bare_run(lines: Sequence[str], lead_in: int) -> list[tuple[int, str]]:
    """Return the bare lines (number, text) after line ``lead_in``, one a paragraph, when a sentence or
    the text's end follows them; else an empty list."""
    run: list[tuple[int, str]] = []
    blank_before, compact = False, False
    for number in range(lead_in + 1, len(lines) + 1):
        text = clean_text(lines[number - 1])
        if not text:
            blank_before = True
            continue
        # a line right under the one above: a PDF's list printed line by line ("Supporting individuals
        # and families" / "Enhancing children's lives" / …), or a wrapped paragraph; only titles may
        compact = compact or not blank_before
        blank_before = False
        if not _bare(text):
            ended = _ENDS_CLAUSE.search(text) or len(text.split()) > MAX_ITEM_WORDS
            return run if ended and not (compact and _longer_than_titles(run)) else []
        run.append((number, text))
    return [] if compact and _longer_than_titles(run) else run


def _longer_than_titles(run: Sequence[tuple[int, str]]) -> bool:
    """True when a line of a run printed with no blank lines between is longer than a short title."""
    return any(len(text.split()) > MAX_COMPACT_WORDS for _, text in run)


def _bare(text: str) -> bool:
    """True when ``text`` is shaped as an item of an unmarked list: short, capitalised, no clause's end."""
    gloss = _GLOSS.search(text)
    glossed = gloss is not None and len(text[: gloss.start()].split()) <= MAX_TITLE_WORDS
    return (
        len(text.split()) <= (MAX_GLOSSED_WORDS if glossed else MAX_ITEM_WORDS)
        and text[:1].isupper()
        and not _ENDS_CLAUSE.search(text)
        and not (BULLET.match(text) or NUMBER.match(text) or LETTER.match(text))
        and has_word(text)
    )
