"""A list item's wrapped line printed under the item's text, past its mark (a hanging indent), as a
PDF's text or a page printed at another width sets it:

    - Improve outcomes for children in care and care leavers – the Corporate
      Parenting Strategy

The indent says the line goes on the item, whatever word it starts with.
"""

from __future__ import annotations

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER


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
