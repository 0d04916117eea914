"""What one table cell holds: bullet items, paragraphs, fused or run-on bullets, several dates.

PDF-to-text tools print a cell's bullet list in many ways: as HTML (``<ul><li>``, ``<p>``), with
glyphs (``•``, the Symbol-font private-use bullets ``\\uf0b7`` and ``\\uf0a7``), with the bullets
fused to each other ("...locality teamsCommence formal...") or with the markers simply dropped
("...action plan Pilot approach..."). These helpers turn each of those back into a list of items,
so a loader can pair each item with its own date. None of them raises on odd text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from councilkg.documents.listmarks import BULLET_GLYPHS, LINE_START_BULLETS
from councilkg.text import clean_text

_BLOCK = re.compile(r"<\s*(/?)\s*(li|p|br|ul|ol|div|tr|td)\b[^>]{0,200}>", re.IGNORECASE)
# (?<!\s): start only where a run of spaces starts; from every space of a long run it was quadratic.
_GLYPH_SPLIT = re.compile(f"(?<!\\s)\\s*[{BULLET_GLYPHS}]\\s*")
# a glyph that marks an item only at a line's start ("o", "*", a square, an arrow) or a dash: before a space
_LEADING_MARKER = re.compile(f"^\\s*(?:[{BULLET_GLYPHS}]|[{LINE_START_BULLETS}\\-–—](?=\\s))\\s*")


@dataclass(frozen=True)
class CellItem:
    """One item of a cell: its cleaned text and whether it was printed as a bullet."""

    text: str
    bullet: bool


def strip_bullet(text: str) -> tuple[bool, str]:
    """Return ``(had_marker, text)`` with one leading bullet marker (glyph, ``-`` or ``*``) removed.

    Example:
        >>> strip_bullet("• Reduce re-offending"), strip_bullet("- Tackling bullying")
        ((True, 'Reduce re-offending'), (True, 'Tackling bullying'))
        >>> strip_bullet("-6.6")
        (False, '-6.6')
    """
    match = _LEADING_MARKER.match(text)
    if not match:
        return False, text.strip()
    return True, text[match.end() :].strip()


_LIST_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?[.):]\s+\S")


def starts_list_item(text: str) -> bool:
    """True when ``text`` starts with a bullet or a list number ("2.", "1a:", "(3)").

    Example:
        >>> starts_list_item("• Reduce re-offending"), starts_list_item("1a: Publish the offer")
        (True, True)
        >>> starts_list_item("2010 was a good year"), starts_list_item("-6.6")
        (False, False)
    """
    return strip_bullet(text)[0] or bool(_LIST_NUMBER.match(text))


def cell_items(cell: str) -> list[CellItem]:
    """Return the items of a raw cell: one per ``<li>``, ``<p>`` or glyph bullet, in order.

    Text inside ``<li>`` or after a bullet glyph is a bullet; a ``<p>`` or loose text is not
    (in a table split across pages it is usually the rest of the previous page's bullet).
    Empty items are dropped.

    Example:
        >>> items = cell_items('<p>attendance to national avg</p> <ul><li>• Reduce exclusions</li>'
        ...                    '<li>• Opening of New School</li></ul>')
        >>> [i.text for i in items], [i.bullet for i in items]
        (['attendance to national avg', 'Reduce exclusions', 'Opening of New School'], [False, True, True])
        >>> [i.text for i in cell_items("\\uf0b7 Implement pilot bid \\uf0b7 Address requirements")]
        ['Implement pilot bid', 'Address requirements']
        >>> cell_items("  ")
        []
    """
    items: list[CellItem] = []
    in_item = False
    position = 0
    for match in _BLOCK.finditer(cell):
        _append_text(items, cell[position : match.start()], in_item)
        position = match.end()
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag == "li":
            in_item = not closing
    _append_text(items, cell[position:], in_item)
    return items


def _append_text(items: list[CellItem], raw: str, in_item: bool) -> None:
    pieces = _GLYPH_SPLIT.split(raw)
    for number, piece in enumerate(pieces):
        text = clean_text(piece)
        if text:
            items.append(CellItem(text, bullet=in_item or number > 0))


# --- bullets that lost their markers ----------------------------------------------------------


def split_fused(text: str) -> list[str]:
    """Return ``text`` split where PDF extraction fused two bullets ("teamsCommence").

    A split is made only inside a word that starts in lower case and continues with a
    capitalised word, so names printed in camel case ("ContactPoint", "McDonald") and
    acronyms ("CAFTAC") are left whole.

    Example:
        >>> split_fused("Publish draft structure for locality teamsCommence formal implementation")
        ['Publish draft structure for locality teams', 'Commence formal implementation']
        >>> split_fused("Establish ContactPoint across agencies")
        ['Establish ContactPoint across agencies']
    """
    parts: list[str] = []
    start = 0
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if not word[0].islower():
            continue
        for inner in re.finditer(r"(?<=[a-z)])(?=[A-Z][a-z])", word):
            cut = match.start() + inner.start()
            parts.append(text[start:cut].strip())
            start = cut
    parts.append(text[start:].strip())
    return [part for part in parts if part]


#: Imperative verbs that open an action in English council plans; a capitalised one inside a
#: cell whose bullet markers were lost starts a new item.
ACTION_VERBS = frozenset(
    """
    Achieve Acquire Address Agree Align Appoint Assess Audit Bring Build Carry Check Commence Commission
    Complete Conduct Confirm Consider Consult Continue Co-ordinate Coordinate Create Deliver Deploy
    Design Develop Draft Embed Enable Encourage Engage Enhance Ensure Establish Evaluate Expand Explore
    Extend Finalise Hold Identify Implement Improve Increase Introduce Invest Launch Lead Maintain
    Map Meet Monitor Move Open Plan Pilot Prepare Produce Promote Protect Provide Publish Raise Recruit
    Reduce Refresh Regenerate Regulate Re-submit Restructure Review Roll Secure Set Share Strengthen
    Submit Support Sustain Tackle Target Train Transform Undertake Update Use Work
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_ARTICLES = frozenset({"a", "an", "the", "all", "our", "each", "every", "any", "more", "new"})


def split_run_on(text: str, expected: int | None = None) -> list[str]:
    """Return the items of a cell whose bullet markers were dropped, split before action verbs.

    A capitalised verb from :data:`ACTION_VERBS` after the first word starts a new item when
    the next word is in lower case ("...action plan Pilot approach...") and the word before is not
    part of a capitalised name ("Youth Support strategy"). When ``expected`` items
    are known (say, from the number of dates beside them) and too few were found, verbs followed
    by a capitalised word are used as well, in order, until there are enough.

    Example:
        >>> split_run_on("Implement pilot bid Address requirements for long term sustainability")
        ['Implement pilot bid', 'Address requirements for long term sustainability']
        >>> split_run_on("Publish Targeted Youth Support strategy and action plan Pilot approach to TYS")
        ['Publish Targeted Youth Support strategy and action plan', 'Pilot approach to TYS']
        >>> split_run_on("Implement Family Support roles Implement Parenting Support roles", expected=2)
        ['Implement Family Support roles', 'Implement Parenting Support roles']
    """
    words = list(re.finditer(r"\S+", text))
    strong: list[int] = []
    weak: list[tuple[bool, int]] = []
    for index in range(1, len(words)):
        word = words[index].group().rstrip(",;:")
        if word not in ACTION_VERBS:
            continue
        following = words[index + 1].group() if index + 1 < len(words) else ""
        previous = words[index - 1].group()
        if previous.endswith((",", "&", "and", "to", "/")) or previous.casefold() in {"and", "or", "to"}:
            continue
        in_name = previous[:1].isupper() and previous[1:].islower()  # "Youth Support strategy"
        opens_clause = following[:1].islower() or following[:1].isdigit() or following.casefold() in _ARTICLES
        if opens_clause and not in_name:
            strong.append(index)
        elif following:
            weak.append((in_name, index))
    cuts = sorted(strong)
    if expected is not None and len(cuts) + 1 < expected:
        fallback = [index for _, index in sorted(weak)]
        cuts = sorted(cuts + fallback[: expected - 1 - len(cuts)])
    starts = [0, *(words[index].start() for index in cuts), len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(starts)]
    return [piece for piece in pieces if piece]


# --- dates in a cell --------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PREFIX = r"(?:(?:From|To|By|Until|Before|End of|end of|Early|Late|Mid|Spring|Summer|Autumn|Winter)\s+)?"
_DATE_EXPRESSION = re.compile(
    rf"{_PREFIX}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s*[-–/]\s*{_MONTH})?,?\s+(?:19|20)\d{{2}}"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b"
    rf"|{_PREFIX}\b(?:19|20)\d{{2}}\s*[-–/]\s*(?:19|20)?\d{{2}}\b"
    r"|\b(?:Ongoing|On-going|ongoing|on-going|Quarterly|Annually|Monthly)\b"
    rf"|{_PREFIX}\b(?:19|20)\d{{2}}\b"
)


def is_timescale(text: str) -> bool:
    """True when ``text`` is a timescale and nothing more ("By September 2015", "2016/17:").

    Example:
        >>> is_timescale("By December 2015"), is_timescale("2016/17:"), is_timescale("New structure in place")
        (True, True, False)
    """
    return _DATE_EXPRESSION.fullmatch(clean_text(text).rstrip(":").strip()) is not None


def split_dates(cell: str) -> list[str]:
    """Return each timescale printed in a cell, in order, as printed.

    A cell beside several bullets often holds one date per bullet ("June 2009 January 2010").
    Recognised: "March 2008", "Sept 2009", "31st March 2021", "From June 2009", "To June 2009",
    "April-July 2009", "13/12/2020", year ranges ("2009-2011", "2009/10"), a bare year and
    "Ongoing". Text that holds no date gives the whole cleaned cell, or nothing when blank.

    Example:
        >>> split_dates("June 2009 January 2010")
        ['June 2009', 'January 2010']
        >>> split_dates("To June 2009 Sept 2009"), split_dates("From 2009 April 2010")
        (['To June 2009', 'Sept 2009'], ['From 2009', 'April 2010'])
        >>> split_dates("<p>October 2007</p> <p>March 2008</p>"), split_dates("2009-2011")
        (['October 2007', 'March 2008'], ['2009-2011'])
        >>> split_dates("When funding allows"), split_dates("")
        (['When funding allows'], [])
    """
    text = clean_text(cell)
    found = [match.group().strip() for match in _DATE_EXPRESSION.finditer(text)]
    if found:
        return found
    return [text] if text else []


_OPENING_ARTICLES = frozenset({"the", "a", "an", "all", "our", "each", "every", "any", "new"})


def split_action_items(text: str, expected: int | None = None) -> list[str]:
    """Return the actions of a cell whose bullet markers were dropped or fused.

    Splits fused bullets (:func:`split_fused`), then run-on ones (:func:`split_run_on`), then
    also before an action verb that opens a clause with an article ("Centres Complete the build"),
    follows a closing bracket, or repeats the cell's opening verb ("roles Implement Parenting").

    Example:
        >>> split_action_items("Implement Family Support roles Implement Advisor roles")
        ['Implement Family Support roles', 'Implement Advisor roles']
        >>> split_action_items("Complete Phase 3 Children's Centres Complete the build programme")
        ["Complete Phase 3 Children's Centres", 'Complete the build programme']
        >>> split_action_items("Publish draft structure for locality teamsCommence formal work", 2)
        ['Publish draft structure for locality teams', 'Commence formal work']
    """
    parts = split_fused(clean_text(text))
    extra = None if expected is None else max(1, expected - len(parts) + 1)
    items = [item for part in parts for item in split_run_on(part, expected=extra)]
    return [piece for item in items for piece in _split_at_clause_verbs(item)]


def _split_at_clause_verbs(item: str) -> list[str]:
    words = list(re.finditer(r"\S+", item))
    if not words:
        return []
    opening = words[0].group()
    cuts: list[int] = []
    for index in range(1, len(words) - 1):
        word = words[index].group()
        previous = words[index - 1].group()
        following = words[index + 1].group()
        if word not in ACTION_VERBS or previous.endswith((",", "&", "/")):
            continue
        if previous.casefold() in {"and", "or", "to", "&"}:
            continue
        if following.casefold() in _OPENING_ARTICLES or previous.endswith(")") or word == opening:
            cuts.append(words[index].start())
    starts = [0, *cuts, len(item)]
    pieces = [item[a:b].strip() for a, b in itertools.pairwise(starts)]
    return [piece for piece in pieces if piece]
