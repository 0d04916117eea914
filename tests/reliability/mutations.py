"""Mutations that real printings make of a plan's text, each a pure function of the text (issue 17).

A plan printed another way reaches the reading engine with its lines joined or split, bullets and
numbers gone or swapped, tabs for spaces, odd line ends and stray lead-ins. Each mutation here is
deterministic, so a crash it finds is found again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BULLET = re.compile(r"^(\s*)([•\-o])(\s+)", re.MULTILINE)
_NUMBER = re.compile(r"^([ \t]*)(?:\d+(?:\.\d+)*\.?|\(?[a-z]\))[ \t]+", re.MULTILINE)
_SWAP = {"•": "-", "-": "o", "o": "•"}


def joined(text: str) -> str:
    """Return the text with all its lines run onto one (a page printed as one line)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def split_sentences(text: str) -> str:
    """Return the text with each line split after every ". " and ";"."""
    return re.sub(r"(?<=\.) |(?<=;)", "\n", text)


def every_other_line_dropped(text: str) -> str:
    """Return the text without its even-numbered lines (counting from one)."""
    return "\n".join(text.splitlines()[::2])


def cut_at_third(text: str) -> str:
    """Return the first third of the text, cut wherever that falls (often mid-line)."""
    return text[: len(text) // 3]


def cut_at_two_thirds(text: str) -> str:
    """Return the first two thirds of the text, cut wherever that falls."""
    return text[: 2 * len(text) // 3]


def bullets_removed(text: str) -> str:
    """Return the text with the bullets ("•", "-", "o") that start lines removed."""
    return _BULLET.sub(r"\1", text)


def bullets_swapped(text: str) -> str:
    """Return the text with line-starting bullets swapped: "•" to "-", "-" to "o", "o" to "•"."""
    return _BULLET.sub(lambda m: m.group(1) + _SWAP[m.group(2)] + m.group(3), text)


def numbering_stripped(text: str) -> str:
    """Return the text without the numbers ("1.", "2.3", "(a)") that start lines."""
    return _NUMBER.sub(r"\1", text)


def tabs_to_spaces(text: str) -> str:
    """Return the text with each tab printed as a run of four spaces."""
    return text.replace("\t", "    ")


def spaces_to_tabs(text: str) -> str:
    """Return the text with each run of two or more spaces printed as a tab."""
    return re.sub(r" {2,}", "\t", text)


def blank_lines_removed(text: str) -> str:
    """Return the text without its blank lines."""
    return "\n".join(line for line in text.splitlines() if line.strip())


def blank_lines_doubled(text: str) -> str:
    """Return the text with a blank line after every line."""
    return "\n\n".join(text.splitlines())


def repeated(text: str) -> str:
    """Return the text three times over."""
    return "\n".join([text] * 3)


def crlf(text: str) -> str:
    """Return the text with Windows line ends."""
    return text.replace("\n", "\r\n")


def non_breaking_spaces(text: str) -> str:
    """Return the text with every space printed as a non-breaking space."""
    return text.replace(" ", "\u00a0")


def lead_in_appended(text: str) -> str:
    """Return the text with a lone lead-in line, promising a list that never comes, at its end."""
    return text.rstrip("\n") + "\nOur three priorities are:\n"


def count_of_one(text: str) -> str:
    """Return the text with a count of one before a single item, on its own line and on the lead-in's."""
    return (
        text.rstrip("\n")
        + "\nWe will work towards the following outcome:\n• Children are safe at home\n"
        + "Our single priority is the following outcome: • Children are safe at home\n"
    )


def paragraphs_joined(text: str) -> str:
    """Return the text with the lines of each paragraph (lines between blank lines) run onto one."""
    blocks = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(line.strip() for line in block.splitlines()) for block in blocks)


def rewrapped_narrow(text: str) -> str:
    """Return the text with each line wrapped at 40 characters (a narrow column), indents kept."""
    out: list[str] = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        words, current = line.split(), indent
        for word in words:
            if current.strip() and len(current) + 1 + len(word) > 40:
                out.append(current)
                current = indent
            current = f"{current} {word}" if current.strip() else current + word
        out.append(current)
    return "\n".join(out)


def bullet_glyphs(text: str) -> str:
    """Return the text with its line-starting bullets printed as other glyphs ("●", "▪", "·", "*", "")."""
    glyphs = ("●", "▪", "·", "*", "\uf0b7")
    count = iter(range(10**9))
    return _BULLET.sub(lambda m: m.group(1) + glyphs[next(count) % len(glyphs)] + m.group(3), text)


def bullets_tabbed(text: str) -> str:
    """Return the text with a tab, or a non-breaking space, between each bullet and its item."""
    count = iter(range(10**9))
    return _BULLET.sub(lambda m: m.group(1) + m.group(2) + ("\t", "\u00a0")[next(count) % 2], text)


def numbering_restyled(text: str) -> str:
    """Return the text with "1." printed as "1)" and "(1)", and "1.2" as "1.2.", line by line in turn."""
    count = iter(range(10**9))

    def restyle(match: re.Match[str]) -> str:
        number, turn = match.group(2), next(count) % 3
        if "." in number.rstrip("."):
            return match.group(1) + number.rstrip(".") + "."
        bare = number.rstrip(".)")
        return match.group(1) + (f"{bare})", f"({bare})", f"{bare}.")[turn]

    return re.sub(r"^(\s*)(\d+(?:\.\d+)*[.)]?)(?=\s)", restyle, text, flags=re.MULTILINE)


def upper_cased(text: str) -> str:
    """Return the text in capitals (headings and whole pages are printed so)."""
    return text.upper()


def ends_dropped(text: str) -> str:
    """Return the text without its first and last lines."""
    return "\n".join(text.splitlines()[1:-1])


def counted_one_by_digit(text: str) -> str:
    """Return the text with a count of one printed as a digit before a single bullet, on the same line
    ("Priority 1 outcomes: • …") and on the next, at the text's start and its end."""
    lead = "Priority 1 outcomes: • Children are safe at home Our work to achieve this is set out below.\n"
    tail = "Our 1 priorities:\n• Children are safe at home\n"
    return lead + text.rstrip("\n") + "\n" + tail


def joined_unbulleted(text: str) -> str:
    """Return the text with bullets and numbers removed, then all its lines run onto one."""
    return joined(numbering_stripped(bullets_removed(text)))


def joined_then_split(text: str) -> str:
    """Return the text run onto one line, then split after every ". " and ";"."""
    return split_sentences(joined(text))


def page_breaks(text: str) -> str:
    """Return the text with a form feed (a PDF's page break) starting every seventh line."""
    lines = text.splitlines()
    return "\n".join("\f" + line if index % 7 == 6 else line for index, line in enumerate(lines))


def bullets_alone(text: str) -> str:
    """Return the text with each line-starting bullet on a line of its own, its item on the next."""
    return _BULLET.sub(lambda m: m.group(1) + m.group(2) + "\n" + m.group(1), text)


def numbers_alone(text: str) -> str:
    """Return the text with each line-starting number ("1.", "2.3") on a line of its own."""
    return re.sub(r"^([ \t]*)(\d+(?:\.\d+)*[.)]?)[ \t]+", r"\1\2\n\1", text, flags=re.MULTILINE)


def line_separators(text: str) -> str:
    """Return the text with every third line end printed as another break ("\\u2028", "\\x85", "\\v")."""
    breaks = ("\n", "\u2028", "\n", "\x85", "\n", "\v")
    pieces = text.split("\n")
    return (
        "".join(piece + breaks[index % len(breaks)] for index, piece in enumerate(pieces[:-1])) + pieces[-1]
    )


def invisible_characters(text: str) -> str:
    """Return the text with soft hyphens, zero-width spaces and ligatures a PDF leaves in words."""
    text = text.replace("ti", "t\u00adi").replace("fi", "\ufb01").replace("ff", "\ufb00")
    return re.sub(r"(?<=\w) (?=[A-Z])", "\u200b ", text)


def empty_bullets(text: str) -> str:
    """Return the text with an empty bullet before each bulleted line, and trailing spaces on every line."""
    text = _BULLET.sub(lambda m: m.group(1) + m.group(2) + "\n" + m.group(0), text)
    return text.replace("\n", "  \n")


_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?=\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:priorit|objective|outcome|ambition|aim|goal|theme|commitment|pillar|action|area))",
    re.IGNORECASE,
)


def counts_changed(text: str) -> str:
    """Return the text with each count a lead-in prints ("three priorities") changed in turn to "1",
    "0", "99" and "two": a list's count misprinted, or a list printed short of its count."""
    count = iter(range(10**9))
    return _COUNT.sub(lambda _: ("1", "0", "99", "two")[next(count) % 4], text)


def spaces_collapsed(text: str) -> str:
    """Return the text with each run of spaces and tabs inside a line printed as one space (a table
    printed without its layout)."""
    return re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)


def spaces_widened(text: str) -> str:
    """Return the text with each run of two or more spaces inside a line printed three times as wide."""
    return re.sub(r"(?<=\S) {2,}(?=\S)", lambda m: m.group(0) * 3, text)


def cells_piped(text: str) -> str:
    """Return the text with each tab, and each run of three or more spaces inside a line, printed as " | "."""
    return re.sub(r"(?<=\S)(?:\t+| {3,})(?=\S)", " | ", text)


MUTATIONS: dict[str, Callable[[str], str]] = {
    function.__name__: function
    for function in (
        joined,
        split_sentences,
        every_other_line_dropped,
        cut_at_third,
        cut_at_two_thirds,
        bullets_removed,
        bullets_swapped,
        numbering_stripped,
        tabs_to_spaces,
        spaces_to_tabs,
        blank_lines_removed,
        blank_lines_doubled,
        repeated,
        crlf,
        non_breaking_spaces,
        lead_in_appended,
        count_of_one,
        paragraphs_joined,
        rewrapped_narrow,
        bullet_glyphs,
        bullets_tabbed,
        numbering_restyled,
        upper_cased,
        ends_dropped,
        counted_one_by_digit,
        joined_unbulleted,
        joined_then_split,
        page_breaks,
        bullets_alone,
        numbers_alone,
        line_separators,
        invisible_characters,
        empty_bullets,
        counts_changed,
        spaces_collapsed,
        spaces_widened,
        cells_piped,
    )
}
"""Each mutation by name."""
