"""The blocks of a Local Area Agreement, read as a plan's priorities where it lists them.

A Local Area Agreement (2004–2010) was agreed between a council's partners and government in four
blocks, nationally named: Children and Young People; Safer and Stronger Communities; Healthier
Communities and Older People; Economic Development and Enterprise. An agreement, and the community
strategies and plans built on it, list those blocks as their themes ("Part B  1. Children and Young
People  2. Healthier Communities and Older People …", or "Children and Young People 23" in a contents
page), and everything else in them hangs from a block: :func:`read_laa_blocks` records each block
so listed as a priority of the plan.

Only a line that is nothing but a block's name (with a section number or a page number around it)
counts, and only when three or more of the four blocks are listed so: "children and young people"
alone is a phrase of every plan, the set of blocks is the framework.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.model import Extraction, Reading
from councilkg.text import clean_text

RULE_LAA_BLOCK = "line naming a Local Area Agreement block"

#: The blocks a plan must list for any of them to be read (of the four).
MIN_BLOCKS = 3
#: A line naming a block is short; longer lines are not tried (and no pattern runs over them).
MAX_LINE_CHARS = 120

_AND = r"\s+(?:and|&)\s+"
#: The four blocks, with the words the agreements printed them in ("Stronger and Safer Communities",
#: "Healthier and Older People").
BLOCKS = (
    ("children-and-young-people", rf"children{_AND}young people"),
    ("safer-and-stronger-communities", rf"(?:safer{_AND}stronger|stronger{_AND}safer) communities"),
    ("healthier-communities-and-older-people", rf"healthier(?: communities)?{_AND}older people"),
    ("economic-development-and-enterprise", rf"economic development{_AND}enterprise"),
)
_WHOLE = [(key, re.compile(rf"^{pattern}$", re.IGNORECASE)) for key, pattern in BLOCKS]
#: "1. ", "2) ", "Block 3: ", "(a) " before the name.
_LEADING = re.compile(
    r"^(?:\(?\d{1,2}(?:\.\d{1,2})?[.):]?\s+|\(?[a-d]\)\s+|block\s*\d?\s*[:.–-]\s*)", re.IGNORECASE
)
#: "(Block 1)" or "block" after the name.
_TRAILING = re.compile(r"\s*(?:\(?block\s*\d?\)?)$", re.IGNORECASE)


def block_named(text: str) -> tuple[str, str, str | None] | None:
    """Return the block's key, the name as printed and the entry's number when ``text`` is only a
    Local Area Agreement block's name, else ``None``.

    Example:
        >>> block_named("2. Healthier Communities and Older People")
        ('healthier-communities-and-older-people', 'Healthier Communities and Older People', '2')
        >>> block_named("Stronger and Safer Communities 40")
        ('safer-and-stronger-communities', 'Stronger and Safer Communities', None)
        >>> block_named("Children and Young People's Plan") is None
        True
    """
    text = text.strip()
    if len(text) > MAX_LINE_CHARS:
        return None
    leading = _LEADING.match(text)
    number = re.match(r"\(?(\d{1,2}(?:\.\d{1,2})?)", leading.group(0)) if leading else None
    core = text[leading.end() :] if leading else text
    # a page number and dotted leaders after the name (string operations: no backtracking)
    core = _TRAILING.sub("", core.rstrip("0123456789").rstrip(" .…\t")).strip(" :–—-")
    for key, pattern in _WHOLE:
        if pattern.match(core):
            return key, core, number.group(1) if number else None
    return None


def read_laa_blocks(lines: Sequence[str], extraction: Extraction, new_key: Callable[[str, str], str]) -> None:
    """Add to ``extraction`` a priority for each Local Area Agreement block the plan lists, when it
    lists three or more of the four as lines of their own; returns nothing.

    ``lines`` are the plan's lines as printed (numbered from 1). A block is read once, where it is
    first listed, and not when a priority of the same label was read already.
    """
    found: dict[str, tuple[int, str, str | None]] = {}
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE_CHARS * 2:
            continue
        named = block_named(clean_text(raw))
        if named is not None:
            key, name, ref = named
            found.setdefault(key, (number, name, ref))
    if len(found) < MIN_BLOCKS:
        return
    read = {priority.label.casefold() for priority in extraction.priorities}
    for number, name, ref in sorted(found.values()):
        if name.casefold() in read:
            continue
        extraction.add_priority(new_key("priority", name), name, number, Reading(RULE_LAA_BLOCK, 0.6), ref)
