"""A sentence a PDF's column wraps over lines, joined back: what the sentence-level rules read when the
line alone holds only part of it.

A plan printed in columns breaks its sentences wherever the column ends:

    covers our priorities for the four year period to May 2009. The priorities are set out within our 3
    overall aims of improving quality of life for people, improving quality of life in communities and
    improving services so they are high quality and value for money. This focus on priorities is

No line holds the count and its items both. :func:`wrapped_sentence` joins the line the unfinished
sentence starts on to the lines it runs on to, up to the one it ends on, and keeps where each line
starts, so an item read from the joined text is placed on the line its label starts on (its
``ckg:sourceLine``). Only lines of one paragraph are joined: a blank line, a list item (bullet, number
or letter), a line another reader read (a heading, a table's row) or one printed in cells (runs of
spaces between its words) ends it, and every line but the last must be a full line of prose (a short
line not ending a sentence is a heading or a list's item, not a wrapped line). :func:`wrapped_items`
reads a list from the joined sentence only when it needs the line it starts on: one the lines after
it hold alone is theirs to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilkg.loaders.generic.outlinelines import BULLET, LETTER, NUMBER
from councilkg.loaders.parsing.runlists import RunItem
from councilkg.text import clean_text

#: A wrapped line of prose is a full line: a shorter one not ending its sentence is a heading or an item.
MIN_WRAPPED_WORDS = 7
#: A sentence runs on over a few lines at most; past this it is no sentence the rules can check.
MAX_WRAPPED_LINES = 4
#: Where a sentence ends: a stop before a space and a capital (or an opening quote), or at the line's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?(?:\s+(?=[A-Z“\"‘'(])|\s*$)")
#: Cells printed side by side: a run of spaces, but the two a typist puts after a stop or a comma.
_CELL_GAP = re.compile(r"\t|\s{3,}|(?<![.,;:!?])\s{2}")
#: A line whose last sentence is finished: nothing of it runs on.
_ENDS_SENTENCE = re.compile(r"[.;:!?][\"”’')]?$")


@dataclass(frozen=True)
class WrappedSentence:
    """Lines of one paragraph joined with single spaces, and where each starts in ``text``."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number), in order

    def line_at(self, offset: int) -> int:
        """Return the number of the line the character at ``offset`` of ``text`` was printed on."""
        line = self.starts[0][1]
        for start, number in self.starts:
            if start > offset:
                break
            line = number
        return line

    def from_second_line(self) -> str:
        """Return the joined text without its first line: what the next line's own reading sees."""
        return self.text[self.starts[1][0] :]


def wrapped_sentence(
    lines: Sequence[str], number: int, skip: Callable[[int], bool], first: str | None = None
) -> WrappedSentence | None:
    """Return line ``number`` of ``lines`` (numbered from 1) joined to the lines its unfinished last
    sentence wraps on to, up to the line that sentence ends on; ``None`` when the line ends its
    sentence, or the sentence does not run on within one paragraph of full prose lines. ``first`` is
    the line's own text when the caller read a mark off it ("2.3 The plan sets three …").

    Example:
        >>> wrapped = wrapped_sentence(["May 2009. The priorities are set out within our 3",
        ...     "overall aims of improving quality of life for people, improving quality of life and",
        ...     "improving services so they are high quality. This focus on"], 1, lambda n: False)
        >>> wrapped.starts, wrapped.line_at(wrapped.text.index("improving services"))
        (((0, 1), (50, 2), (134, 3)), 3)
        >>> wrapped_sentence(["Our three priorities are", "• Health"], 1, lambda n: False) is None
        True
    """
    first = first if first is not None else _prose(lines, number, skip)
    if first is None or _ENDS_SENTENCE.search(first) or len(first.split()) < MIN_WRAPPED_WORDS:
        return None
    text, starts = first, [(0, number)]
    for following in range(number + 1, min(number + MAX_WRAPPED_LINES, len(lines) + 1)):
        line = _prose(lines, following, skip)
        if line is None:
            return None
        starts.append((len(text) + 1, following))
        text = f"{text} {line}"
        if _SENTENCE_END.search(line):
            return WrappedSentence(text, tuple(starts))
        if len(line.split()) < MIN_WRAPPED_WORDS:
            return None  # a short line ending no sentence: a heading under the paragraph, not its end
    return None


def wrapped_items(
    wrapped: WrappedSentence, read: Callable[[str], tuple[str, list[str]] | None]
) -> tuple[str, list[RunItem]] | None:
    """Return the kind word and the items ``read`` finds in the ``wrapped`` sentence, each on the line
    its label starts on, when it finds them only with the sentence's first line; else ``None`` (the
    next line's own reading finds them, or no list is there)."""
    found = read(wrapped.text)
    if found is None or read(wrapped.from_second_line()) == found:
        return None
    kind, labels = found
    first_line_end = wrapped.starts[1][0] - 1
    items: list[RunItem] = []
    cursor = 0
    for label in labels:
        at = wrapped.text.find(label, cursor)
        if at < 0:
            return None  # a label the rule rewrote: where it stands is not known
        items.append(RunItem(wrapped.line_at(at), None, label))
        cursor = at + len(label)
    if cursor <= first_line_end:
        return None  # the whole list stands on the first line: read (or refused) by the line's own rules
    return kind, items


def _prose(lines: Sequence[str], number: int, skip: Callable[[int], bool]) -> str | None:
    """Return line ``number``'s text when it is a line of prose another rule has not read, else ``None``."""
    raw = lines[number - 1]
    text = clean_text(raw)
    if not text or skip(number) or _CELL_GAP.search(raw.strip()):
        return None
    if BULLET.match(text) or NUMBER.match(text) or LETTER.match(text):
        return None
    return text
