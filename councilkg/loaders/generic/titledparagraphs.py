"""Titles over paragraphs after a lead-in naming their kind: minutes retelling a plan item by item.

"The Committee requested an update on the Amber rated actions and were advised as follows:", then
each action as a line of its own ("Ensure the timely completion and review of assessments") with
the paragraphs said of it below; "… under the headings of the four shared action plan priorities
agreed by the partnership:", then each priority over its lettered findings ("(a) the percentage
of …;"). The titles are the items: short lines starting with a capital and ending in no stop, each
followed by at least one paragraph (a sentence, or a lettered clause). Two such titles at least,
and nothing else between them, or the lines are read by the other rules.

A plan's own lead-in counting its items is as firm ("Underpinning the Vision are six outcomes for the
borough:", then "Start Well" over "Our children get the best possible start in life, …"): no more
titles than its count, and a last title the text ends at is kept (the page cut short, not a heading
of what follows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.ordinalparagraphs import ordinal_paragraphs
from councilkg.loaders.generic.outlinelines import KIND_OF_WORD, LABELLED, labelled_title
from councilkg.loaders.generic.paragraphcounts import paragraph_counted
from councilkg.loaders.generic.titledlines import LIST_WORD_OF_KIND, titled_lines
from councilkg.loaders.generic.unmarkedlists import unmarked_lines
from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, RunItem, count_value, counted_lines

RULE_TITLED_PARAGRAPHS = "title over paragraphs after a lead-in"
RULE_COUNTED_TITLES = "title over paragraphs after a counted lead-in"
#: A title is a line, not a paragraph (an action's title may be a long clause).
MAX_TITLE_WORDS = 25
#: A paragraph unmarked is a sentence of some length ("Officers advised that this action would be …").
MIN_PARAGRAPH_WORDS = 8
MIN_TITLES = 2
_FOLLOWING = re.compile(r"\b(?:as follows|the following)\b", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.;!?][\"'”’)]?$")
_ENDS_OPEN = re.compile(r"[.:;!?,]$")
#: "… are six outcomes for the borough:", "… through 6 priorities:": a count, up to two words, the kind
#: it counts and up to four words more, then the colon ending the lead-in.
_COUNTED_KIND = re.compile(
    rf"{COUNT_AND_WORDS}(?P<kind>priorities|objectives|outcomes|ambitions|"
    r"aims|goals|themes|commitments|actions)(?:\s+[\w’'-]+){0,4}\s*:$",
    re.IGNORECASE,
)
#: "… contains ten key Strategic Priorities which are identified below.": a count and the kind, said to
#: follow.
_COUNTED_BELOW = re.compile(
    rf"{COUNT_AND_WORDS}(?P<kind>priorities|objectives|outcomes|ambitions|aims|goals|themes|commitments)"
    r"\s+(?:which|that)\s+(?:are|is)\s+(?:identified|set out|listed|described|outlined|shown)\s+below\.$",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def listed_lines(
    texts: Sequence[tuple[int, str]], position: int
) -> tuple[str, list[RunItem]] | tuple[str, list[RunItem], str] | None:
    """Return what :func:`~councilkg.loaders.parsing.runlists.counted_lines` reads after the lead-in at
    ``position``, else the kind word, titles and rule of :func:`titled_paragraphs` or
    :func:`~councilkg.loaders.generic.titledlines.titled_lines` or
    :func:`~councilkg.loaders.generic.unmarkedlists.unmarked_lines` or
    :func:`~councilkg.loaders.generic.paragraphcounts.paragraph_counted` or
    :func:`~councilkg.loaders.generic.ordinalparagraphs.ordinal_paragraphs`, else ``None``."""
    return (
        counted_lines(texts, position)
        or titled_paragraphs(texts, position)
        or titled_lines(texts, position)
        or unmarked_lines(texts, position)
        or paragraph_counted(texts, position)
        or ordinal_paragraphs(texts, position)
    )


def titled_paragraphs(
    texts: Sequence[tuple[int, str]], position: int
) -> tuple[str, list[RunItem], str] | None:
    """Return the kind word, the titles and the rule of titles over paragraphs after the lead-in
    ``texts[position]`` (numbered lines, blank ones empty), else ``None``.

    Example:
        >>> kind, titles, _ = titled_paragraphs([
        ...     (1, "The Committee requested an update on the Amber rated actions and were advised as "
        ...         "follows:"),
        ...     (2, "Ensure the timely completion and review of assessments"),
        ...     (3, "Officers advised that management processes had been tightened up."),
        ...     (4, "Ensure chronologies are clear, recorded and fit for purpose"),
        ...     (5, "Officers advised that this action would be rated green by the end of July.")], 0)
        >>> kind, [(title.line, title.label[:30]) for title in titles]
        ('actions', [(2, 'Ensure the timely completion a'), (4, 'Ensure chronologies are clear,')])
    """
    lead_in = texts[position][1]
    # "… were advised as follows:", "… highlighted the following, under the headings of …:": a report
    # of what was said, item by item; a plan's own "… through 6 priorities:" counts the titles it has
    reported = lead_in.endswith(":") and _FOLLOWING.search(lead_in)
    kind = lead_in_kind(lead_in) if reported else None
    counted = None if reported else _counted_kind(lead_in)
    count, rule = None, RULE_TITLED_PARAGRAPHS
    if counted is not None:
        (kind, count), rule = counted, RULE_COUNTED_TITLES
    if kind not in LIST_WORD_OF_KIND:
        return None  # measures and risks are read by their own rules
    titles: list[RunItem] = []
    said = 0  # the paragraphs under the last title
    gaps: list[int] = []  # the blank lines before each title
    above = texts[position][0]
    last = max((number for number, text in texts if text), default=0)
    for number, text in texts[position + 1 :]:
        if not text:
            continue
        # "To ensure we have the right target … through our": a paragraph the text ends in, cut short
        cut_short = number == last and len(text.split()) >= MIN_PARAGRAPH_WORDS and not BULLET.match(text)
        if _is_paragraph(text) or cut_short:
            if not titles:
                return None
            said += 1
        elif _is_title(text) and (said or not titles):
            titles.append(_titled(number, text))
            gaps.append(number - above - 1)
            said = 0
        else:
            break
        above = number
    else:
        # the text ends at a counted list's last title, spaced as the titles before it: the page cut
        # short, not a heading of what follows
        said = said or int(count is not None and len(titles) <= count and len(set(gaps)) == 1)
    if not said:
        titles = titles[:-1]  # the last title has no paragraph: a heading of what follows, not one of them
    if count is not None and len(titles) > count:
        return None  # more titles than the lead-in counts: not its list
    return (LIST_WORD_OF_KIND[kind], titles, rule) if len(titles) >= MIN_TITLES else None


def _titled(number: int, text: str) -> RunItem:
    """Return a title as an item: "Priority 1:  Building the right homes" keeps "Priority 1" as its ref."""
    labelled = LABELLED.match(text)
    if labelled and labelled.group("ref") and labelled_title(labelled):
        return RunItem(number, f"{labelled.group('word')} {labelled.group('ref')}", labelled_title(labelled))
    return RunItem(number, None, text)


def _counted_kind(lead_in: str) -> tuple[str, int] | None:
    """Return the kind and count a lead-in's last sentence states right before its colon ("… are six
    outcomes for the borough:" → ``("outcome", 6)``) or says follow ("… ten key Strategic Priorities which
    are identified below."), else ``None``."""
    last = _LAST_SENTENCE.split(lead_in)[-1]
    found = _COUNTED_KIND.search(last) if lead_in.endswith(":") else _COUNTED_BELOW.search(last)
    if found is None:
        return None
    return KIND_OF_WORD[found.group("kind").casefold()], count_value(found.group("count"))


def _is_paragraph(text: str) -> bool:
    """True when a line is a sentence said of a title: ending in a stop, long or lettered."""
    if BULLET.match(text):
        return False  # bullets under a title are its own list, read by the list rules
    marked = LETTER.match(text) or NUMBER.match(text)
    return bool(_ENDS_SENTENCE.search(text)) and (bool(marked) or len(text.split()) >= MIN_PARAGRAPH_WORDS)


def _is_title(text: str) -> bool:
    """True when a line is a title: a capital first, no list mark, no stop or colon at its end."""
    return (
        text[:1].isupper()
        and not (BULLET.match(text) or NUMBER.match(text) or LETTER.match(text))
        and not _ENDS_OPEN.search(text)
        and len(text.split()) <= MAX_TITLE_WORDS
    )
