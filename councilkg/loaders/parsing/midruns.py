"""A bulleted list run on in the middle of a line, after the lead-in that says what it holds.

A PDF whose columns were run together, or a web page's cell flattened into one line, prints a list as
"… we will strive to make it better by focusing our resources on the following priorities: • Work
with families … • Strengthen … • Support …" or "Local Area commitment:We will clarify … ● We will
improve … ● We will …": the lead-in starts mid-line (after a sentence or another colon), and the
first item may have lost its bullet. :func:`midline_run` finds such a list; the caller decides, from
the lead-in's words, what kind of items it holds.

A string scan of the one line: linear in its length.
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import ROUND_BULLETS
from councilkg.loaders.parsing.labelends import titles_glued_to_descriptions

#: Where a lead-in ends: its colon, or "are" / "include" right before the list's first mark.
_LEAD_END = re.compile(r":\s*|\b(?P<said>are|include)\s+(?=[*" + ROUND_BULLETS + r"]\s)")
#: A name printed twice where the list's last item ends and the page's next sentence starts with it.
_DOUBLED_NAME = re.compile(r"\b([A-Z][a-z]+) \1\b")
#: A star spaced as a bullet is (a footnote's star is not): a list's mark when three or more run on.
_STAR = " * "
#: Where a lead-in starts: after a sentence's end, another colon, or the line's own mark.
_LEAD_START = re.compile(f"(?:[.!?]\\s+|:\\s*|^\\s*[-–{ROUND_BULLETS}]\\s+)")
#: An item of such a list is a phrase or a sentence, not a paragraph; so is its lead-in.
MAX_PART_WORDS = 30
MAX_LEAD_IN_CHARS = 300
#: A list is three items or more.
MIN_PARTS = 3


def midline_run(text: str) -> tuple[str, list[str]] | None:
    """Return the lead-in and the items of a bulleted list run on after it mid-line, else ``None``.

    The lead-in is the clause ending in the colon (from the sentence's start or the colon before);
    the items follow, split at a round bullet, the first one unmarked or not; the last ends at its
    sentence's end. Three items or more, none long, all starting alike (in capitals or not), none
    holding a colon of its own (a later lead-in).

    Example:
        >>> midline_run("We aim high. Our priorities: • Keep children safe • Improve health • Close gaps")
        ('Our priorities:', ['Keep children safe', 'Improve health', 'Close gaps'])
        >>> midline_run("- Area commitment:We will clarify roles ● We will improve links ● We will listen")
        ('Area commitment:', ['We will clarify roles', 'We will improve links', 'We will listen'])
        >>> midline_run("Note: see page 4 • Annex B") is None
        True
        >>> midline_run("Its objectives are * To be a voice for the town * To provide services * To work "
        ...             "with others Banbury Banbury Town Council was formed in 2000.")
        ... # doctest: +NORMALIZE_WHITESPACE
        ('Its objectives are:', ['To be a voice for the town', 'To provide services',
         'To work with others Banbury'])

    Items each a short title glossed after a spaced dash or a colon, one gloss longer than an item may
    be, are their titles (:func:`~councilkg.loaders.parsing.labelends.titles_glued_to_descriptions`).
    """
    starred = text.count(_STAR) >= MIN_PARTS
    if not (starred or any(glyph in text for glyph in ROUND_BULLETS)) or len(text) > 5000:
        return None
    for colon in _LEAD_END.finditer(text):
        rest = text[colon.end() :]
        glyph = next((g for g in ROUND_BULLETS if g in rest), None)
        if glyph is None and starred and _STAR in rest:
            glyph = _STAR.strip()  # "Its objectives are * To provide … * To promote …": stars for bullets
        if glyph is None:
            return None
        parts = [" ".join(part.split()) for part in rest.split(glyph)]
        if not parts[0]:
            parts = parts[1:]  # the first item kept its bullet
        if any(":" in part for part in parts[:-1]):
            continue  # a later colon leads the list, if any does
        parts[-1] = re.split(r"(?<=[.!?])\s+(?=[A-Z])", parts[-1], maxsplit=1)[0]
        if (doubled := _DOUBLED_NAME.search(parts[-1])) is not None:
            parts[-1] = parts[-1][: doubled.end(1)]  # "… more for Banbury Banbury Town Council was formed …"
        parts = [part.strip(" ;,.") for part in parts]
        if any(len(part.split()) > MAX_PART_WORDS for part in parts):
            # "• Green Pioneer – Where businesses, communities and …": a gloss is no item, however long
            parts = titles_glued_to_descriptions(parts) or parts
        if (
            len(parts) < MIN_PARTS
            or any(not 1 <= len(part.split()) <= MAX_PART_WORDS for part in parts)
            or len({part[:1].isupper() for part in parts}) > 1
        ):
            continue
        said = colon.group("said")  # "Its objectives are • …": the list's lead-in with no colon
        lead_in = _lead_in(text[: colon.end() if said else colon.start()])
        if lead_in:
            return lead_in.rstrip() + ":", parts
    return None


def _lead_in(before: str) -> str:
    """Return the clause before a colon, from where its sentence (or the line's mark) starts; "" when
    it is too long to be a lead-in."""
    starts = [found.end() for found in _LEAD_START.finditer(before)]
    clause = before[starts[-1] :] if starts else before
    clause = " ".join(clause.split())
    return clause if 0 < len(clause) <= MAX_LEAD_IN_CHARS else ""
