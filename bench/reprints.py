"""Meaning-preserving reprints of a plan's text: the same plan printed another way.

Each reprint takes a document's lines and returns the reprinted lines with, for each original line,
the span (first, last) of reprinted lines holding its words (0-based), so an item read from a line of
the original can be looked for where that line went. A reprint changes how the plan is printed —
bullet glyphs, tabs, blank lines, capitals, line ends, the width prose is wrapped at — never what it
says.

Left out because they can change what a plan says: swapping the bullet glyph of a document printing
two glyphs (a two-level list, "•" over "o", would become one level); turning a run of spaces inside a
line into a tab (two spaces after a sentence's full stop are not a column gap, and a tab makes one).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER

Lines = list[str]
Span = tuple[int, int]
#: A reprint's result: the reprinted lines and, for each original line, the span of lines it went to.
Reprinted = tuple[Lines, list[Span]]
Reprint = Callable[[Lines], Reprinted]


def same_lines(lines: Lines) -> list[Span]:
    """Return the spans of a reprint that keeps every line where it was: line i to (i, i)."""
    return [(i, i) for i in range(len(lines))]


def is_item(line: str) -> bool:
    """Return whether a list's mark (bullet, number or letter) leads ``line``."""
    return bool(BULLET.match(line) or NUMBER.match(line) or LETTER.match(line))


def _mark(line: str) -> re.Match[str] | None:
    return BULLET.match(line) or NUMBER.match(line) or LETTER.match(line)


def bullet_glyphs(lines: Lines) -> set[str]:
    """Return the bullet marks (glyph or dash) the bulleted lines of ``lines`` start with."""
    found = set()
    for line in lines:
        match = BULLET.match(line)
        if match:
            found.add(match.group(0).strip())
    return found


def glyph_swap(target: str) -> Reprint:
    """Return a reprint printing every bullet as ``target``, on a document printing one glyph only."""

    def reprint(lines: Lines) -> Reprinted:
        if len(bullet_glyphs(lines)) != 1:  # two glyphs are two levels: one glyph would flatten them
            return lines, same_lines(lines)
        out = []
        for line in lines:
            match = BULLET.match(line)
            if match:
                indent = line[: len(line) - len(line.lstrip())]
                out.append(f"{indent}{target} {line[match.end() :]}")
            else:
                out.append(line)
        return out, same_lines(lines)

    return reprint


def _in_item(lines: Lines, i: int) -> bool:
    """Return whether line ``i`` belongs to a list item: a marked line, or a wrapped line after one."""
    j = i
    while j >= 0 and lines[j].strip():
        if is_item(lines[j]):
            return True
        j -= 1
    return False


def _next_filled(lines: Lines, i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


def blank_remove(lines: Lines) -> Reprinted:
    """Return ``lines`` without the blank lines standing between two list items."""
    out: Lines = []
    spans: list[Span] = []
    for i, line in enumerate(lines):
        if not line.strip():
            before, after = _next_filled(lines, i, -1), _next_filled(lines, i, 1)
            if before is not None and after is not None and is_item(lines[after]) and _in_item(lines, before):
                spans.append((len(out), len(out)))  # a removed blank goes where the next line goes
                continue
        spans.append((len(out), len(out)))
        out.append(line)
    return out, spans


def blank_add(lines: Lines) -> Reprinted:
    """Return ``lines`` with a blank line before each list item that directly follows another's line."""
    out: Lines = []
    spans: list[Span] = []
    for i, line in enumerate(lines):
        if i > 0 and is_item(line) and lines[i - 1].strip() and _in_item(lines, i - 1):
            out.append("")
        spans.append((len(out), len(out)))
        out.append(line)
    return out, spans


def _wrapped_item_lines(lines: Lines) -> set[int]:
    """Return the lines carrying on a list item: unmarked, filled, after an item's line, no blank between."""
    found: set[int] = set()
    inside = False
    for i, line in enumerate(lines):
        if not line.strip():
            inside = False
        elif is_item(line):
            inside = True
        elif inside:
            found.add(i)
    return found


def wrap_indent(lines: Lines) -> Reprinted:
    """Return ``lines`` with an item's wrapped lines indented by two spaces under its text."""
    wrapped = _wrapped_item_lines(lines)
    out = [
        ("  " + line.lstrip() if i in wrapped and not line.startswith("  ") else line)
        for i, line in enumerate(lines)
    ]
    return out, same_lines(lines)


def wrap_unindent(lines: Lines) -> Reprinted:
    """Return ``lines`` with an item's wrapped lines printed flush left."""
    wrapped = _wrapped_item_lines(lines)
    return [line.lstrip() if i in wrapped else line for i, line in enumerate(lines)], same_lines(lines)


def tabs_to_spaces(lines: Lines) -> Reprinted:
    """Return ``lines`` with each tab printed as four spaces."""
    return [line.replace("\t", "    ") for line in lines], same_lines(lines)


def lead_tabs(lines: Lines) -> Reprinted:
    """Return ``lines`` with each line's leading run of spaces printed as one tab."""
    return [re.sub(r"^ +(?=\S)", "\t", line) for line in lines], same_lines(lines)


def mark_tab(lines: Lines) -> Reprinted:
    """Return ``lines`` with a tab between a list's mark and its text, as Word prints ("•\\tImprove")."""
    out = []
    for line in lines:
        match = _mark(line)
        head = line[: match.end()].rstrip() if match else ""
        if match and match.end() < len(line) and head.strip():
            out.append(head + "\t" + line[match.end() :])
        else:
            out.append(line)
    return out, same_lines(lines)


def crlf(lines: Lines) -> Reprinted:
    """Return ``lines`` ended by a carriage return each, as a Windows file's lines are."""
    return [line + "\r" for line in lines], same_lines(lines)


def nbsp(lines: Lines) -> Reprinted:
    """Return ``lines`` with a non-breaking space after each bullet's or number's mark."""
    out = []
    for line in lines:
        match = BULLET.match(line) or NUMBER.match(line)
        if match and match.end() > 0 and line[match.end() - 1] == " ":
            out.append(line[: match.end() - 1] + "\u00a0" + line[match.end() :])
        else:
            out.append(line)
    return out, same_lines(lines)


#: Words a title prints in small letters.
SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "a", "an", "on", "at", "by", "with", "or"})


def _heading_like(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 80 or text[-1] in ".,;" or BULLET.match(text):
        return False
    return 1 <= len(re.findall(r"[A-Za-z][A-Za-z'’]*", text)) <= 10


def title_case(text: str) -> str:
    """Return ``text`` in title case: each word capitalised but the small words after the first.

    Example:
        >>> title_case("BE HEALTHY AND STAY SAFE")
        'Be Healthy and Stay Safe'
    """
    words = text.split(" ")
    return " ".join(
        word.lower() if k and word.lower() in SMALL_WORDS else word[:1].upper() + word[1:].lower()
        for k, word in enumerate(words)
    )


def caps_to_title(lines: Lines) -> Reprinted:
    """Return ``lines`` with each heading printed in capitals printed in title case."""
    out = []
    for line in lines:
        letters = [c for c in line if c.isalpha()]
        if _heading_like(line) and len(letters) >= 4 and all(c.isupper() for c in letters):
            out.append(title_case(line))
        else:
            out.append(line)
    return out, same_lines(lines)


def title_to_caps(lines: Lines) -> Reprinted:
    """Return ``lines`` with each heading printed in title case printed in capitals."""
    out = []
    for line in lines:
        big = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", line) if w.lower() not in SMALL_WORDS]
        titled = len(big) >= 2 and all(w[0].isupper() for w in big)
        out.append(line.upper() if _heading_like(line) and titled and not line.isupper() else line)
    return out, same_lines(lines)


_NUMBERED_KIND = re.compile(
    r"^(\s*(?:Priority|Outcome|Objective|Aim|Theme|Ambition|Goal|Action)\s+\d{1,2})\s*([:.\-–])\s+(?=\S)",
    re.I,
)


def numbered_kind_separator(separator: str) -> Reprint:
    """Return a reprint putting ``separator`` after a numbered kind ("Priority 1:" -> "Priority 1 -")."""

    def reprint(lines: Lines) -> Reprinted:
        out = []
        for line in lines:
            match = _NUMBERED_KIND.match(line)
            out.append(f"{match.group(1)}{separator} {line[match.end() :]}" if match else line)
        return out, same_lines(lines)

    return reprint


#: The shortest line a wrapped paragraph's lines but its last are: a shorter one is a heading above it.
PROSE_LINE = 40
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)\S")


#: A line leading with a numbered heading ("Priority 1", "Wish 2:"): an item's start, not prose.
_NUMBERED_HEADING = re.compile(r"^\s*[A-Z][a-z]+ \d{1,2}\b")


def _prose(line: str) -> bool:
    return (
        bool(line.strip())
        and not is_item(line)
        and not _NUMBERED_HEADING.match(line)
        and not _COLUMN_GAP.search(line.strip())
        and "\t" not in line
    )


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _carries_on(line: str, after: str) -> bool:
    """Whether ``line``'s sentence goes on in ``after``: it ends with no full stop, and ``after`` starts
    in small letters or ``line`` ends with a comma or a small word (a line ending a sentence, or one
    followed by a capital, may end a list's item or a heading: joining them would change the plan)."""
    end = line.rstrip()
    if end[-1:] in (".", "!", "?", ":", ";"):
        return False
    last_word = end.split()[-1].lower() if end.split() else ""
    return after.lstrip()[:1].islower() or end.endswith(",") or last_word in SMALL_WORDS


def prose_paragraphs(lines: Lines) -> list[tuple[int, int]]:
    """Return the (first, last) lines of each prose paragraph: a run of equally indented lines, none
    marked as an item or a numbered heading or holding a column gap, each but the last at least
    :data:`PROSE_LINE` long and carrying its sentence on to the next, the last ending a sentence
    (".", "!", "?", ":"), eight words or more."""
    found = []
    i = 0
    while i < len(lines):
        if not _prose(lines[i]):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(lines)
            and _prose(lines[j + 1])
            and len(lines[j].strip()) >= PROSE_LINE
            and _indent(lines[j + 1]) == _indent(lines[i])
            and _carries_on(lines[j], lines[j + 1])
        ):
            j += 1
        if lines[j].rstrip()[-1:] in (".", "!", "?", ":") and len(" ".join(lines[i : j + 1]).split()) >= 8:
            found.append((i, j))
        i = j + 1
    return found


def rewrap(width: int) -> Reprint:
    """Return a reprint wrapping each prose paragraph (:func:`prose_paragraphs`) at ``width`` columns."""

    def reprint(lines: Lines) -> Reprinted:
        out: Lines = []
        spans: list[Span] = []
        done = 0
        for first, last in prose_paragraphs(lines):
            for line in lines[done:first]:
                spans.append((len(out), len(out)))
                out.append(line)
            words_before = []  # the index of each original line's first word in the paragraph
            words: list[str] = []
            for line in lines[first : last + 1]:
                words_before.append(len(words))
                words.extend(line.split())
            indent = _indent(lines[first])
            wrapped = textwrap.wrap(
                " ".join(words),
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            line_of_word = [k for k, line in enumerate(wrapped) for _ in line.split()]
            bounds = [*words_before, len(words)]
            spans.extend(
                (len(out) + line_of_word[bounds[k]], len(out) + line_of_word[bounds[k + 1] - 1])
                for k in range(len(words_before))
            )
            out.extend(wrapped)
            done = last + 1
        for line in lines[done:]:
            spans.append((len(out), len(out)))
            out.append(line)
        return out, spans

    return reprint


#: Each reprint by name; each applied alone.
REPRINTS: dict[str, Reprint] = {
    "glyph-bullet": glyph_swap("•"),
    "glyph-symbol": glyph_swap("\uf0b7"),
    "glyph-hyphen": glyph_swap("-"),
    "glyph-endash": glyph_swap("–"),
    "glyph-middot": glyph_swap("·"),
    "glyph-o": glyph_swap("o"),
    "glyph-square": glyph_swap("▪"),
    "glyph-star": glyph_swap("*"),
    "blank-remove": blank_remove,
    "blank-add": blank_add,
    "wrap-indent": wrap_indent,
    "wrap-unindent": wrap_unindent,
    "tabs-to-spaces": tabs_to_spaces,
    "lead-tabs": lead_tabs,
    "mark-tab": mark_tab,
    "crlf": crlf,
    "nbsp": nbsp,
    "caps-to-title": caps_to_title,
    "title-to-caps": title_to_caps,
    "prio-colon": numbered_kind_separator(":"),
    "prio-dash": numbered_kind_separator(" -"),
    "prio-dot": numbered_kind_separator("."),
    "rewrap-100": rewrap(100),
    "rewrap-80": rewrap(80),
    "rewrap-60": rewrap(60),
}
