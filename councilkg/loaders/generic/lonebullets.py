"""A list's bullet printed on a line of its own, its item on the next line, or copied as a letter.

Some PDFs and web pages set a list's marks apart from the items' text: "-" on one line, "Families and
children feel supported to thrive" on the next (Liverpool 2025). Carried onto its item's line, the
mark lets every rule for marked lists read the item as if it had been printed with it. A symbol
font's bullet copied as the character that codes it — a Wingdings arrow as "Ø" (:func:`wingdings_bullets`),
a round bullet as the letter "l" ("l A Central Information Hub", Hartlepool 2011, :func:`glyph_bullets`),
or as a full stop (". Driving Economic Vitality . …", Hambleton 2018, :func:`stop_bullets`) — is marked as
the bullet it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from councilkg.documents.listmarks import LONE_BULLET, is_marked
from councilkg.loaders.generic.leadinkind import lead_in_kind


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


#: "Ø Low Council Tax Ø Economic Growth": a Wingdings arrow bullet (0xD8) a PDF's text gives as "Ø".
_WINGDINGS_ARROW = re.compile(r"(?:^|\s)Ø\s+")


def wingdings_bullets(text: str) -> str:
    """Return ``text`` with a PDF's Wingdings arrow bullets ("Ø ") as "•", when the line starts with one
    and holds another (a lone "Ø" is a letter of a Danish name).

    Example:
        >>> wingdings_bullets("Ø Low Council Tax Ø Economic Growth")
        '• Low Council Tax • Economic Growth'
        >>> wingdings_bullets("Ø Rasmussen")
        'Ø Rasmussen'
    """
    if not text.startswith("Ø ") or len(_WINGDINGS_ARROW.findall(text)) < 2:
        return text
    return _WINGDINGS_ARROW.sub(lambda match: match.group(0).replace("Ø", "•"), text)


#: A bullet copied as a full stop: at the line's start or after a space, then a space and a capital.
_STOP_BULLET = re.compile(r"(?:^|(?<=\s))\.\s+(?=[A-Z])")
#: A line so marked holds three such marks or more (one is a stray stop, two a sentence's).
MIN_STOP_BULLETS = 3


def stop_bullets(text: str) -> str:
    """Return ``text`` with bullets copied as full stops (". Driving Economic Vitality . Enhancing Health
    …") as "•", when the line starts with one and holds two more, each before a capital. (A run after a
    lead-in on the same line, "… are: . Driving …", is parted by
    :func:`~councilkg.loaders.generic.runonlists.lead_in_run`.)

    Example:
        >>> stop_bullets(". Driving Economic Vitality . Caring for the Environment . Providing a Home")
        '• Driving Economic Vitality • Caring for the Environment • Providing a Home'
        >>> stop_bullets(". See page 4. Then Annex B.")
        '. See page 4. Then Annex B.'
    """
    if not text.startswith(". ") or len(_STOP_BULLET.findall(text)) < MIN_STOP_BULLETS:
        return text
    return _STOP_BULLET.sub(lambda match: match.group(0).replace(".", "•"), text)


#: "l A Central Information Hub", "n Better signage …": a symbol font's bullet (Wingdings "l" is a round
#: one, "n" a square, "q" and "v" others) copied as the letter it is coded by, before a capital.
_GLYPH_BULLET = re.compile(r"^([lnqv]) (?=[A-Z‘“'\"(])")
#: A letter opening two such lines or more is a bullet; once, it may be a word's ("v Smith").
MIN_GLYPH_BULLETS = 2


def glyph_bullets(texts: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return ``texts`` (line number, text) with a symbol font's bullets copied as letters ("l ", "n ")
    marked "•", where the same letter opens at least two lines so.

    Example:
        >>> marked = glyph_bullets([(1, "Key features include creating:"), (2, "l A Central Hub"),
        ...                         (3, "l Early Years Pathway"), (4, "v Smith said so")])
        >>> [text for _, text in marked]
        ['Key features include creating:', '• A Central Hub', '• Early Years Pathway', 'v Smith said so']
    """
    letters = Counter(found.group(1) for _, text in texts if (found := _GLYPH_BULLET.match(text)))
    marks = {letter for letter, count in letters.items() if count >= MIN_GLYPH_BULLETS}
    if not marks:
        return list(texts)
    return [
        (number, "•" + text[1:] if (found := _GLYPH_BULLET.match(text)) and found.group(1) in marks else text)
        for number, text in texts
    ]
