"""Lead-ins printed as a list's own item: "· Ten Key Performance Indicators were outlined in the plan.
The three top KPIs measured:" over "o First time entrants", "o Reoffending rates"; "• … Brexit has
affected employment … We will keep the themes we already have:" over "• Heard.", "• Happy.".

Minutes and reports printed from a word processor give each point a bullet; a point that names the
kind of item and ends in a colon leads in the bullets a level down (their mark another glyph). Its
items are named by the lead-in, not read by where they stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET
from councilkg.loaders.generic.leadinkind import last_sentence, lead_in_kind
from councilkg.loaders.parsing.runlists import list_count
from councilkg.text import clean_text

#: A closing sentence pointing back at what the sentence before it named ("In July 2006 they were …").
_POINTS_BACK = re.compile(r"^(?:[\w\s,]{0,40}\s)?(?:they|these|those|them)\b", re.IGNORECASE)
#: How far below the lead-in its first sub-item may stand (blank lines between points).
_LOOK_AHEAD = 3
#: A lead-in broken off mid-phrase at a dash ("… the economic prosperity of our -"): its bullets end
#: its sentence.
_BROKEN_OFF = re.compile(r"\b(?:our|the|a|an|of|for|their|its|in|on|at|from|by)\s+[-–—]\s*$", re.IGNORECASE)


def bulleted_lead_in(lines: Sequence[str], number: int) -> str | None:
    """Return the kind of item the bulleted line ``number`` (1-based) of ``lines`` leads in, when its
    text names the kind and ends in a colon and the next line is a bullet of another mark (a level
    down); else ``None``.

    Example:
        >>> bulleted_lead_in(["·   Ten indicators were outlined:", "", "o   First time entrants"], 1)
        'indicator'
        >>> bulleted_lead_in(["·   Ten indicators were outlined:", "·   Reoffending rates"], 1) is None
        True
        >>> bulleted_lead_in(["·   The plan was approved:", "o   in March"], 1) is None
        True
    """
    line = lines[number - 1]
    mark = BULLET.match(line)
    text = clean_text(line[mark.end() :]) if mark else ""
    if mark is None or not text.endswith(":"):
        return None
    below = next((other for other in lines[number : number + _LOOK_AHEAD] if other.strip()), "")
    sub = BULLET.match(below)
    if sub is None or sub.group(0).strip() == mark.group(0).strip():
        return None  # a sibling point, or no list: the colon leads in something else
    return lead_in_kind(text)


#: How many lines up a point may look for the bulleted lead-in whose list it closes.
_LOOK_BACK = 40


def closes_bulleted_list(lines: Sequence[str], number: int) -> bool:
    """Return whether the bulleted line ``number`` (1-based) of ``lines`` is the next point at the level
    of a bulleted lead-in above it (same mark, only sub-bullets of another mark and blank lines
    between): the lead-in's list has ended.

    Example:
        >>> lines = ["·   Ten indicators were outlined:", "o   First entrants", "·   Risks were removed."]
        >>> closes_bulleted_list(lines, 3), closes_bulleted_list(lines, 2)
        (True, False)
    """
    mark = BULLET.match(lines[number - 1])
    if mark is None:
        return False
    glyph = mark.group(0).strip()
    for above in range(number - 1, max(0, number - 1 - _LOOK_BACK), -1):
        line = lines[above - 1]
        if not line.strip():
            continue
        other = BULLET.match(line)
        if other is None:
            return False
        if other.group(0).strip() == glyph:
            return bulleted_lead_in(lines, above) is not None
    return False


def ends_lead_in_phrase(lines: Sequence[str], number: int) -> bool:
    """True when the bullet on line ``number`` (1-based) of ``lines`` starts in lower case and the line
    its list hangs from (the nearest above with text and no bullet) breaks off mid-phrase at a dash:
    the bullet ends that sentence ("… prosperity of our -" over "- city", "- towns"), no plan item.

    Example:
        >>> ends_lead_in_phrase(["… the prosperity of our -", "- city", "- rural communities"], 3)
        True
        >>> ends_lead_in_phrase(["We will help us to achieve our ambitions -", "- build a network"], 2)
        False
    """
    mark = BULLET.match(lines[number - 1])
    if mark is None or not lines[number - 1][mark.end() :].strip()[:1].islower():
        return False
    above = (line for line in reversed(lines[: number - 1]) if line.strip() and not BULLET.match(line))
    return bool(_BROKEN_OFF.search(next(above, "")))


def closing_lead_in(text: str) -> tuple[str, str] | None:
    """Return the kind (priority or outcome) and the sentence of a point whose last sentence, after its
    own, leads in the bullets below it ("… has affected employment … We will keep the themes we already
    have:"), else ``None``; "… renamed with titles that focused on desired outcomes rather than
    activities:" names no actions.

    Example:
        >>> closing_lead_in("Brexit has affected jobs. We will keep the themes we already have:")
        ('priority', 'We will keep the themes we already have:')
        >>> closing_lead_in("We will keep the themes we already have:") is None
        True
        >>> closing_lead_in("8 themes were identified as priorities. In 2006 they were renamed with titles:")
        ('priority', '8 themes were identified as priorities.')
    """
    last = last_sentence(text)
    if last == text.strip() or not last.endswith(":") or not last[:1].isupper():
        return None
    if _POINTS_BACK.match(last):
        # "8 themes which … were identified as important priorities for the Borough. In July 2006 they
        # were renamed with titles …:": the sentence before counts the items its pointer lists
        before = text.strip()[: -len(last)].strip()
        counted = lead_in_kind(before) if list_count(before) is not None else None
        if counted in {"priority", "outcome"}:
            return counted, before
    kind = lead_in_kind(last)
    return (kind, last) if kind in {"priority", "outcome"} else None
