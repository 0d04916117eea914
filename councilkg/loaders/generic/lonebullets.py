"""A list's bullet printed on a line of its own, its item on the next line.

Some PDFs and web pages set a list's marks apart from the items' text: "-" on one line, "Families and
children feel supported to thrive" on the next (Liverpool 2025). Carried onto its item's line, the
mark lets every rule for marked lists read the item as if it had been printed with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.documents.listmarks import LONE_BULLET, is_marked
from councilkg.loaders.generic.outlinelines import lead_in_kind


def carry_lone_bullets(texts: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return ``texts`` (line number, text) with each bullet printed alone on its line carried onto the
    next line that holds text, when that line is unmarked; a column of marks (a lone mark next to
    another) is a layout's, not one item's, and is left as it is.

    Example:
        >>> carried = carry_lone_bullets([(1, "we will progress the following outcomes:"), (2, "-"),
        ...                               (3, "Families and children feel supported to thrive")])
        >>> carried[1:]
        [(2, ''), (3, '- Families and children feel supported to thrive')]
        >>> carry_lone_bullets([(1, "•"), (2, "•"), (3, "Laming Inquiry")])
        [(1, '•'), (2, '•'), (3, 'Laming Inquiry')]
    """
    filled = [position for position, (_, text) in enumerate(texts) if text.strip()]
    carried = list(texts)
    for at, position in enumerate(filled):
        mark = texts[position][1].strip()
        if not LONE_BULLET.match(mark) or at + 1 >= len(filled):
            continue
        before = texts[filled[at - 1]][1] if at else ""
        number, following = texts[filled[at + 1]]
        if LONE_BULLET.match(before) or LONE_BULLET.match(following) or is_marked(following):
            continue
        if lead_in_kind(following):  # "-" / "Priority outcomes": a mark with no item, over a heading
            continue
        carried[position] = (texts[position][0], "")
        carried[filled[at + 1]] = (number, f"{mark} {following.strip()}")
    return carried
