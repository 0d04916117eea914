"""A paragraph a PDF's column or a web page's width wraps over lines, joined back: what the "We will"
commitments rule reads when no line holds a whole sentence.

Printed on one line, "Our response: We will boost the local economy … We will use the council's
spending power to support economic growth …" opens with its statement and says its commitments
whole; printed at 80 columns its lines start and end mid-sentence ("spending power to support economic
growth and regeneration and improve the skills base"), so each line alone opens with a fragment.
:func:`wrapped_paragraph` joins a paragraph's first line to the lines it wraps on to (the paragraph
ends at a blank line, a list item, a line another reader read or one printed in cells, or after a line
much shorter than the column: its last), keeping where each line starts, so a sentence read from the
joined text is placed on the line it starts on. A line longer than a page's is a paragraph printed
whole, and is joined to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkg.loaders.generic.wrappedsentences import (
    ENDS_SENTENCE,
    MIN_FIRST_WORDS,
    WrappedSentence,
    prose_line,
)

#: A paragraph's wrapped lines fill the column; one this much shorter than its longest line is its last.
FULL_LINE_SHARE = 0.75
#: A paragraph is joined over this many lines at most.
MAX_PARAGRAPH_LINES = 30
#: A page's or a column's line is no longer than this: a longer line is a paragraph printed whole.
MAX_WRAPPED_CHARS = 140


def wrapped_paragraph(
    lines: Sequence[str], number: int, skip: Callable[[int], bool]
) -> WrappedSentence | None:
    """Return the paragraph line ``number`` of ``lines`` (numbered from 1) opens, joined over the lines
    it wraps on to; ``None`` when the line opens no paragraph of two lines or more (it goes on a full
    line above it, or it is no prose, or nothing wraps on from it).

    Example:
        >>> wrapped = wrapped_paragraph(["", "Our response: We will boost the local economy and we",
        ...     "will safeguard businesses. We will enhance our leisure", "offer.", "", "Next"], 2,
        ...     lambda n: False)
        >>> wrapped.text[-46:], wrapped.line_at(wrapped.text.index("We will enhance"))
        ('businesses. We will enhance our leisure offer.', 3)
    """
    first = prose_line(lines, number, skip)
    if first is None or len(first.split()) < MIN_FIRST_WORDS or len(first) > MAX_WRAPPED_CHARS:
        return None
    above = prose_line(lines, number - 1, skip) if number > 1 else None
    if above is not None and len(above) >= FULL_LINE_SHARE * len(first):
        return None  # the line goes on a line as long as it above: the paragraph opened there
    text, starts, longest, last = first, [(0, number)], len(first), first
    for following in range(number + 1, min(number + MAX_PARAGRAPH_LINES, len(lines) + 1)):
        if len(last) < FULL_LINE_SHARE * longest:
            break  # the line above was the paragraph's last
        line = prose_line(lines, following, skip)
        if line is None or len(line) > MAX_WRAPPED_CHARS or not _runs_on(last, line):
            break
        starts.append((len(text) + 1, following))
        text, longest, last = f"{text} {line}", max(longest, len(line)), line
    return WrappedSentence(text, tuple(starts)) if len(starts) > 1 else None


def _runs_on(line: str, below: str) -> bool:
    """Whether ``below`` goes on the sentence or the paragraph of ``line``: the line ends a sentence, or
    the break falls mid-sentence (a lowercase word before or after it, or ``below`` ends the sentence:
    "… the council's Children's" / "Improvement Plan."); "… people in Salford" over "By: / Key
    Indicators …" is a heading over a table's header, no wrapped line."""
    if ENDS_SENTENCE.search(line) or ENDS_SENTENCE.search(below):
        return True
    last, first = line.split()[-1], below.split()[0]
    return last[:1].islower() or first[:1].islower() or first[:1].isdigit()
