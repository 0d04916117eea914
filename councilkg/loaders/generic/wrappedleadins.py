"""A lead-in wrapped over lines, joined back: the paragraph over a list (ending in ":", or naming the
list it is over: "… sets out five strategic aims (below) …"), when a PDF's column or a web page's width
broke it over lines.

Printed on one line, "The plan sets out five key priorities and outcomes which have been drawn up with
the help of young people and those who work with them. They are:" names the list's kind; printed at
80 columns its last line ("the help of young people and those who work with them. They are:") does
not. :func:`wrapped_lead_in` joins the lead-in's line to the lines of its paragraph above it that run
on into it (each a line of prose ending no sentence), as
:mod:`~councilkg.loaders.generic.wrappedsentences` joins a sentence to the lines below it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from councilkg.loaders.generic.wrappedsentences import (
    ENDS_SENTENCE,
    MAX_WRAPPED_LINES,
    MIN_FIRST_WORDS,
    SHORT_LINE_SHARE,
    prose_line,
)

#: Where a lead-in ends: the colon (or the semicolon some plans print) over its list; a line above
#: ending so leads in something of its own.
LEAD_IN_ENDS = (":", ";")


def wrapped_lead_in(lines: Sequence[str], number: int, skip: Callable[[int], bool]) -> str | None:
    """Return line ``number`` of ``lines`` (numbered from 1), the line over a list, joined to the lines
    above it that its sentence runs on from (lines of prose of its paragraph, each ending no
    sentence, of a few words at least and about as long as the column's lines, up to
    :data:`MAX_WRAPPED_LINES`); ``None`` when no line
    above runs on into it.

    Example:
        >>> wrapped_lead_in(["Our priorities", "", "The plan sets out five key priorities which were",
        ...     "drawn up with young people. They are:"], 4, lambda n: False)
        'The plan sets out five key priorities which were drawn up with young people. They are:'
        >>> wrapped_lead_in(["Our priorities for 2024.", "They are:"], 2, lambda n: False) is None
        True
        >>> wrapped_lead_in(["These are the key areas of work under each of the six new priorities",
        ...     "Tackling homelessness and ensuring quality housing"], 2, lambda n: False) is None
        True
    """
    last = prose_line(lines, number, skip)
    if last is None or (last[:1].isupper() and not last.endswith(LEAD_IN_ENDS)):
        # "… under each of the six new priorities for the year ahead" / "Tackling homelessness and
        # ensuring quality housing" / "- Review …": a heading over the list, the sentence above ended
        return None
    parts = [last]
    for above in range(number - 1, max(number - MAX_WRAPPED_LINES, 0), -1):
        line = prose_line(lines, above, skip)
        if line is None or ENDS_SENTENCE.search(line) or line.endswith(LEAD_IN_ENDS):
            break
        if len(line.split()) < MIN_FIRST_WORDS or len(line) < SHORT_LINE_SHARE * max(map(len, parts)):
            break  # a heading over the paragraph ("Goal 1 outcomes (1 to 5)"), not its wrapped line
        parts.insert(0, line)
    return " ".join(parts) if len(parts) > 1 else None
