"""An item cut off where the text ends: "4. Achieve the best possible outcomes for" on a plan's last line.

A page copied up to a point, or a PDF's text cut at its last page, can stop mid-item. An item on the
text's last line whose label ends in a word no phrase ends with (an article, a preposition, a
conjunction), or in a word cut short ("… across educatio"), was cut off there: what it says is not
known, and it is not read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from councilkg.loaders.generic.dropitems import drop_items
from councilkg.loaders.model import Extraction

CUT_OFF = "item cut off at the text's end"
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z‘“'\"]")
#: Words no item's label ends with: the phrase goes on past them.
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|for|to|and|or|with|in|on|by|from|at|into|across|which|that|our|their|its)\s*$",
    re.IGNORECASE,
)

_WORD = re.compile(r"[^\W\d_]+")
#: What a word's inflections and commonest derivations add to it ("cared", "careful", "childhood").
_ENDINGS = frozenset(
    {"s", "es", "d", "ed", "ing", "er", "ers", "r", "rs", "ly", "ren", "ful", "less", "ness", "ment", "ments"}
    | {"hood", "ship", "al", "ally", "ity", "ise", "ised", "ize", "ized", "ion", "ions", "ive", "y"}
)
#: The line's last word, letters to its very end.
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def ends_open(label: str) -> bool:
    """True when a label ends in a word no phrase ends with: it was cut off.

    Example:
        >>> ends_open("Achieve the best possible outcomes for"), ends_open("Keep children safe")
        (True, False)
    """
    return bool(_OPEN_END.search(label))


def ends_mid_word(text: str, lines: Sequence[str]) -> bool:
    """True when ``text`` ends in a word cut short: a word no other line has whole, the start of one
    they have ("educatio" where "education" is printed) other than by an inflection ("care" where
    "cared" is).

    Example:
        >>> ends_mid_word("across educatio", ["Education and health", "across educatio"])
        True
        >>> ends_mid_word("Children in care", ["They are cared for", "Children in care"])
        False
    """
    end = _LAST_WORD.search(text)
    if not end:
        return False  # "… to work in;": a line closed by its stop is whole, whatever its last word
    counts = Counter(word.casefold() for line in lines for word in _WORD.findall(line))
    cut = end.group(0).casefold()
    # "care" where "cared" is printed, "plan" where "planning" is: a whole word, its ending added
    longer = [word[len(cut) :] for word in counts if word.startswith(cut) and word != cut]
    whole = [rest in _ENDINGS or (rest[0] == cut[-1] and rest[1:] in _ENDINGS) for rest in longer]
    return len(cut) > 1 and counts[cut] == 1 and bool(whole) and not all(whole)


def drop_cut_off_items(extraction: Extraction, lines: Sequence[str]) -> list[int]:
    """Take out the item the text ends in, when the text's last line ends open ("… outcomes for") or
    mid-word ("… across educatio") and the item's label ends where the line does; returns their lines."""
    last = max((number for number, line in enumerate(lines, 1) if line.strip()), default=0)
    if not last:
        return []
    open_end = ends_open(lines[last - 1])
    if not open_end and not ends_mid_word(lines[last - 1], lines):
        return []  # "… to work in;": a line closed by its stop is whole, whatever its last word
    end = lines[last - 1].split()[-1]

    def cut_off(line: int, label: str) -> bool:
        # "Health and happiness. As well as …, the": a whole title, what was said of it cut off
        whole_first = _SENTENCE_BREAK.search(label)
        ends_so = ends_open(label) or not open_end
        return line == last and ends_so and label.split()[-1] == end and not whole_first

    return drop_items(extraction, lambda item: cut_off(item.source_line, item.label), CUT_OFF)
