"""A labelled contents entry printed with no title: "Priority 2" over its page ("5"), or "Priority 6 12"
over the next entry ("Acknowledgement").

A contents page copied from a PDF may put each entry and its page on lines of their own. A heading
"Priority 2" whose next line is only a page number names no priority: the body prints it again with
its title. Nor is the back matter printed after an entry ("Acknowledgement", "Appendix 1") its title.
:func:`untitled_entry` tells such a line from a labelled heading whose title is on the next line
("Aim 1 12" / "A Cleaner, Greener Enfield").
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.contents import BACK_MATTER
from councilkg.loaders.generic.outlinelines import PAGE_REF, labelled_title


def untitled_entry(labelled: re.Match[str], following: str) -> bool:
    """Return whether a labelled line (a match of
    :data:`~councilkg.loaders.generic.outlinelines.LABELLED`) holding no title but its number, and
    perhaps a page, is a contents entry: the line after it a page number or the plan's back matter.

    Example:
        >>> from councilkg.loaders.generic.outlinelines import LABELLED
        >>> untitled_entry(LABELLED.match("Priority 2"), "5")
        True
        >>> untitled_entry(LABELLED.match("Priority 6 12"), "Acknowledgement")
        True
        >>> untitled_entry(LABELLED.match("Aim 1 12"), "A Cleaner, Greener Enfield")
        False
        >>> untitled_entry(LABELLED.match("Priority 2: Keep children safe"), "5")
        False
    """
    label = labelled_title(labelled)
    if not labelled.group("ref") or (label and not label.isdigit()):
        return False
    return PAGE_REF.match(following) is not None or BACK_MATTER.match(following) is not None
