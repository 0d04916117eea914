"""A sentence a PDF's column wraps over lines, joined back: what the sentence-level rules read when the
line alone holds only part of it.

A plan printed in columns breaks its sentences wherever the column ends:

    covers our priorities for the four year period to May 2009. The priorities are set out within our 3
    overall aims of improving quality of life for people, improving quality of life in communities and
    improving services so they are high quality and value for money. This focus on priorities is

No line holds the count and its items both. :func:`wrapped_sentence` joins the line an unfinished
sentence starts on to the lines of its paragraph below, up to the last line a sentence ends on (a
line ending in ";" or ":" goes on: "… four priorities for 2017-18 – domestic abuse;" / "neglect; …"),
and keeps where each line starts, so an item read from the joined text is placed on the line its
label starts on (its ``ckg:sourceLine``). Only lines of one paragraph are joined: a blank line, a list
item (bullet, number or letter), a line another reader read (a heading, a table's row) or one printed
in cells (runs of spaces between its words, but the two a typist puts after a stop) ends it, and so
does a line much shorter than the lines above that ends no sentence (a heading or a page's furniture
between two paragraphs). :func:`wrapped_items` reads a list from the joined text only when it needs
the line it starts on: one the lines below hold alone is theirs to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.parsing.runlists import RunItem
from councilkg.text import clean_text

#: The line a sentence starts wrapping on is a line of prose, not a heading's few words.
MIN_FIRST_WORDS = 5
#: A line this much shorter than the longest above it, ending no sentence, is a heading or a page's
#: furniture between two paragraphs, not a wrapped line (a column's lines are about as long).
SHORT_LINE_SHARE = 0.5
#: A paragraph's sentences are joined over a few lines at most.
MAX_WRAPPED_LINES = 12
#: Where a sentence ends: a stop before a space and a capital (or an opening quote), or at the line's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?(?:\s+(?=[A-Z“\"‘'(])|\s*$)")
#: Cells printed side by side: a run of spaces, but the two a typist puts after a stop or a comma.
_CELL_GAP = re.compile(r"\t|\s{3,}|(?<![.,;:!?])\s{2}")
#: A line whose last sentence is finished: nothing of it runs on (a clause ending in ";" or ":" goes on).
ENDS_SENTENCE = re.compile(r"[.!?][\"”’')]?$")


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

    def from_offset(self, offset: int) -> WrappedSentence:
        """Return the joined text from ``offset`` on (a sentence starting mid-line), its lines kept."""
        starts = [(max(start - offset, 0), number) for start, number in self.starts if start > offset]
        return WrappedSentence(self.text[offset:], ((0, self.line_at(offset)), *starts))


def wrapped_sentence(
    lines: Sequence[str], number: int, skip: Callable[[int], bool], first: str | None = None
) -> WrappedSentence | None:
    """Return line ``number`` of ``lines`` (numbered from 1) joined to the lines of its paragraph its
    unfinished last sentence wraps on to, up to the last sentence ending within
    :data:`MAX_WRAPPED_LINES` lines (the text cut there); ``None`` when the line ends its sentence, or
    no sentence ends within the paragraph's full prose lines. ``first`` is the line's own text when the
    caller read a mark off it ("2.3 The plan sets three …").

    Example:
        >>> wrapped = wrapped_sentence(["May 2009. The priorities are set out within our 3",
        ...     "overall aims of improving quality of life for people, improving quality of life and",
        ...     "improving services so they are high quality. This focus on"], 1, lambda n: False)
        >>> wrapped.starts, wrapped.line_at(wrapped.text.index("improving services"))
        (((0, 1), (50, 2), (134, 3)), 3)
        >>> wrapped_sentence(["Our three priorities are", "• Health"], 1, lambda n: False) is None
        True
    """
    first = first if first is not None else prose_line(lines, number, skip)
    if first is None or ENDS_SENTENCE.search(first) or len(first.split()) < MIN_FIRST_WORDS:
        return None
    text, starts, longest, end = first, [(0, number)], len(first), None
    for following in range(number + 1, min(number + MAX_WRAPPED_LINES, len(lines) + 1)):
        line = prose_line(lines, following, skip)
        ends = line is not None and bool(_SENTENCE_END.search(line) or line.endswith(":"))
        if line is None or (len(line) < SHORT_LINE_SHARE * longest and not ends):
            break  # a blank line, a list's item, a table's row, a heading: the paragraph has ended
        starts.append((len(text) + 1, following))
        text, longest = f"{text} {line}", max(longest, len(line))
        if ends:
            end = len(starts)  # the sentence that ends here may be the one a list runs on to
        if ENDS_SENTENCE.search(line) or line.endswith(":"):
            break  # the paragraph's sentence and line end together: nothing runs on past it
    if end is None:
        return None
    cut = starts[end][0] - 1 if end < len(starts) else len(text)
    return WrappedSentence(text[:cut], tuple(starts[:end]))


def wrapped_items(
    wrapped: WrappedSentence, read: Callable[[str], tuple[str, list[str]] | None], defer: bool = True
) -> tuple[str, list[RunItem]] | None:
    """Return the kind word and the items ``read`` finds in the ``wrapped`` sentence, each on the line
    its label starts on, when it finds them only with the sentence's first line (or at all, unless
    ``defer``); else ``None`` (the next line's own reading finds them, or no list is there)."""
    found = read(wrapped.text)
    if found is None or (defer and len(wrapped.starts) > 1 and read(wrapped.from_second_line()) == found):
        return None
    kind, labels = found
    items: list[RunItem] = []
    cursor = 0
    for label in labels:
        at = wrapped.text.find(label, cursor)
        if at < 0:  # a label the rule rewrote: placed by its first words, or after the label before it
            at = max(wrapped.text.find(" ".join(label.split()[:2]), cursor), cursor)
        items.append(RunItem(wrapped.line_at(at), None, label))
        cursor = at + len(label)
    return kind, items


def prose_line(lines: Sequence[str], number: int, skip: Callable[[int], bool]) -> str | None:
    """Return line ``number``'s text when it is a line of prose another rule has not read, else ``None``."""
    raw = lines[number - 1]
    text = clean_text(raw)
    if not text or skip(number) or _CELL_GAP.search(raw.strip()):
        return None
    if BULLET.match(text) or NUMBER.match(text) or LETTER.match(text):
        return None
    return text
