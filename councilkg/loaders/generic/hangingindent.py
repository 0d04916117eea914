"""A list item's wrapped line printed under the item's text, past its mark (a hanging indent), as a
PDF's text or a page printed at another width sets it:

    - Improve outcomes for children in care and care leavers – the Corporate
      Parenting Strategy

The indent says the line goes on the item, whatever word it starts with, but for a sentence of its
own printed under the item's title ("5. Supporting children with … (SEND)" / "Quicker assessments,
more inclusive schools, and stronger family support."): the item's description.
"""

from __future__ import annotations

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.wrappedsentences import ENDS_SENTENCE

#: A line that is a whole sentence of this many words, under a title ending none, describes the item.
MIN_DESCRIPTION_WORDS = 5


def hangs_under(item_line: str, line: str) -> bool:
    """Return whether ``line`` starts where the text of ``item_line``, a marked list item, starts after
    its mark (and so further in than the mark).

    Example:
        >>> hangs_under("- Improve outcomes for children – the Corporate", "  Parenting Strategy")
        True
        >>> hangs_under("- Improve outcomes for children – the Corporate", "Parenting Strategy")
        False
    """
    mark = BULLET.match(item_line) or NUMBER.match(item_line) or LETTER.match(item_line)
    if mark is None or not line.strip():
        return False
    indent = len(line) - len(line.lstrip())
    return indent == mark.end() and indent > len(item_line) - len(item_line.lstrip())


def wraps_under(item_line: str, line: str) -> bool:
    """Return whether ``line`` is the wrapped end of the marked item printed on ``item_line``: it hangs
    under the item's text (:func:`hangs_under`) and is no sentence of its own under a title ending none.

    Example:
        >>> wraps_under("5. Supporting children with SEND (SEND)",
        ...     "   Quicker assessments, more inclusive schools, and stronger family support.")
        False
    """
    text = line.strip()
    described = (
        ENDS_SENTENCE.search(text) is not None
        and len(text.split()) >= MIN_DESCRIPTION_WORDS
        and text[:1].isupper()
        and ENDS_SENTENCE.search(item_line.strip()) is None
    )
    return hangs_under(item_line, line) and not described
