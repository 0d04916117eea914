"""What marks a list's item at the start of a line: the one definition every reader shares.

A plan prints its list items with many marks, and a PDF's or web page's text keeps them as it can:
round bullets ("•", the Symbol font's "\\uf0b7"), squares, arrows, ticks and Wingdings glyphs, a
dash, a letter or roman numeral ("a)", "(ii)"), or a number ("2.", "2)", "2.1"). The PDF reader
(which lines start a new item rather than carry on a wrapped one) and the engine's readers of
outlines, cells, counted lists and columns test a line with the patterns here, so a mark that one of
them learns the others know too.
"""

from __future__ import annotations

import re

#: Characters PDF extraction prints as bullet markers, wherever they stand in a cell's text.
BULLET_GLYPHS = "\u2022\u25cf\u25aa\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u00b7"
#: The round bullets that mark a list's items wherever they stand in a line (a dash also joins words);
#: "\uf0b7" is the round bullet of the Symbol font, as a PDF's text prints it.
ROUND_BULLETS = "•●▪\uf0b7"
#: Glyphs that mark an item only at a line's start (mid-line they are text): a square, a pointer, an
#: arrow, ticks, a diamond, Wingdings' private-use square and arrow, a letter "o" (Word's second-level
#: bullet in Courier) and an asterisk.
LINE_START_BULLETS = "\u25a0\u25ba\u27a2\u2713\u2714\u2756\uf0a7\uf0d8o*"
#: A bullet a web page's or PDF's text prints as a character of its own: an arrow as ">", "›" or "»",
#: Wingdings' square (0xA7, "\uf0a7" when kept as a symbol) as "§", its arrow (0xD8) as "Ø", its tick
#: (0xFC) as "ü", and its other marks as "î", "¢", "ƒ" or a pointing hand. Before a word only, as
#: "> 95%" is a target and "§ 17" a section.
TEXT_BULLET = r"[>›»§Øüî¢ƒ☛](?=\s+[^\W\d_])"
#: The marks that lead a list's line: a bullet glyph, a bullet printed as text or a dash, then a space.
BULLET = re.compile(f"^\\s*(?:[{BULLET_GLYPHS}{LINE_START_BULLETS}]|{TEXT_BULLET}|-|–|—)\\s+")
#: The simple marks a cell's or a column's item starts with: a round bullet, an asterisk or a dash.
SIMPLE_BULLETS = f"{ROUND_BULLETS}*\\-–"
#: Every glyph that marks an item at a line's start (a character class's contents): the bullet glyphs,
#: those that mark an item only at a line's start ("o", a square, an arrow) and the dashes. A reader of
#: a column's or a cell's lines tests a line's start with it, so a plan printing its bullets as "o",
#: "·" or "▪" is read as one printing "•".
LINE_BULLETS = f"{BULLET_GLYPHS}{LINE_START_BULLETS}\\-–—"
# "2.", "2)", "2:", "(2)" or "2.1 "; a bare "29 " is a date or a page number, not a list number; "2.???"
# is a number whose tab a web page's text lost to question marks
NUMBER = re.compile(
    r"^\s*\(?(\d{1,2}(?:\.\d{1,2}){0,3}(?:[a-z](?=[.):]))?)(?:[.):]\s*(?:\?{2,}\s*)?|(?<=\d\.\d)\s+|(?<=\d\.\d\d)\s+)(?=[A-Za-z‘'\"(])"
)
#: A small roman numeral ("ii"), as items are lettered or numbered by them.
ROMAN_NUMERAL = r"i{1,3}|iv|vi{0,3}|ix|x"
#: "a)", "(b)", "A)", "a.", "(ii)": an item lettered (in small letters or capitals; "a." in small letters
#: only, "A." being a name's initial) or numbered in roman.
LETTER = re.compile(rf"^\s*\(?([a-hA-H]|{ROMAN_NUMERAL})(?:\)|(?<=[a-h])\.)\s+")


def is_marked(text: str) -> bool:
    """Return whether a list's mark (a bullet, a number or a letter) leads ``text``.

    Example:
        >>> is_marked("> Improved access to affordable housing"), is_marked("b) Have effective governance")
        (True, True)
        >>> is_marked("Improve schools")
        False
    """
    return bool(BULLET.match(text) or NUMBER.match(text) or LETTER.match(text))


#: A bullet printed on a line of its own ("-", "•"), its item on the next line: a PDF or web page that
#: sets a list's marks apart from its text.
LONE_BULLET = re.compile(f"^\\s*(?:[{BULLET_GLYPHS}{LINE_START_BULLETS.replace('o', '')}>›»§]|-|–|—)\\s*$")
