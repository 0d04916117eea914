"""A vision printed as a line and the bulleted list right below it (a ``vision`` heading's
``with_list``): "Our vision is to improve lives by services that are:" and "- Responsive", … joined."""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.loaders.model import Extraction, Vision
from councilkg.loaders.parsing.cells import strip_bullet
from councilkg.text import clean_text, plain_line


def vision_with_list(text: str, line: int, lines: Sequence[str], extraction: Extraction) -> None:
    """Read a vision line and the bulleted list right below it as the plan's vision (the first read
    stands; a later one is placed as repeated); returns nothing.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2009, 2011, 1), "generic")
        >>> vision_with_list("Our vision is services that are:", 1, ["", "- Responsive", "- Fair"], found)
        >>> found.vision.text
        'Our vision is services that are: Responsive; Fair'
    """
    items: list[tuple[int, str]] = []
    for number in range(line + 1, len(lines) + 1):
        below = plain_line(lines[number - 1])
        if not below:
            continue
        marked, item = strip_bullet(below)
        if not marked:
            break
        items.append((number, item))
    repeated = extraction.vision is not None
    what = "vision (repeated)" if repeated else "vision"
    extraction.place([line] + [number for number, _ in items], what)
    if not repeated:
        statement = "; ".join(item for _, item in items)
        extraction.vision = Vision(f"{clean_text(text)} {statement}".strip(), line)
