"""A listed priority's bullet wrapped over lines, as a PDF's narrow column prints it.

"- To achieve a good" / "outcome from the Inspection of Local area Children’s Services" /
"reflecting improved outcomes for our children, young people and families - In 2016 the inspection":
the lines starting in lowercase go on with the bullet's item up to a dash after which the line says
something of it ("- In 2016 …", "locally - A key priority was …", "… learning environment –"). The
outline reader joins the lines (:meth:`~councilkg.loaders.generic.outlinewraps.OutlineWraps._continue`);
this module says where on a line the item's own text ends.
"""

from __future__ import annotations

import re

#: A dash between spaces before a capitalised word or at the line's end: what follows is said of the
#: item, no part of its name.
SAID_AFTER = re.compile(r"\s[-–—](?:\s+(?=[A-Z])|\s*$)")


def item_part(line: str) -> tuple[str, bool]:
    """Return the part of a wrapped item's ``line`` that is the item's text, and whether the item's
    text ends on it (a dash parts it from what is said of it).

    Example:
        >>> item_part("locally - A key priority was to do the best for children")
        ('locally', True)
        >>> item_part("system to meet their needs in their learning environment –")
        ('system to meet their needs in their learning environment', True)
        >>> item_part("quality, stable, loving homes for our children and young people")
        ('quality, stable, loving homes for our children and young people', False)
    """
    said = SAID_AFTER.search(line)
    if said is None:
        return line, False
    return line[: said.start()].rstrip(), True
