"""Lists whose items a PDF's or web page's text ran together, found again.

Two shapes occur in real plans' text:

* a numbered list run together, on one line or over several, its numbers glued to the words before
  them ("… looked after2. Number of children … at 196. Achievement gaps …"): the numbers counting
  up one by one find the items (:func:`numbered_run`);
* a counted list run into a sentence ("five priority areas, which were: To work together … To
  improve … To close …"): the count and the word each item starts with find them
  (:func:`counted_run`).

Both are string scans bounded by the lines they are given: linear in the text's length.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.listmarks import ROUND_BULLETS, is_marked
from councilkg.loaders.parsing.countedpairs import counted_pair
from councilkg.loaders.parsing.measurewords import COUNTED

#: A run's item is no longer than this; a marker further on belongs to something else.
MAX_RUN_ITEM_WORDS = 40
#: How many lines (blank ones not counted) a numbered run may spread over.
MAX_RUN_LINES = 40
_FIRST_MARK = re.compile(r"^\s*1[.)]\s+(?=[A-Z‘'\"(])")
_NEXT_MARK = {number: re.compile(rf"{number}[.)]\s+(?=[A-Z‘'\"(])") for number in range(2, 100)}
#: A label opening with what a measure counts: "Number of …", "% of people …", "timeliness to respond …".
_MEASURE_OPENING = (
    rf"^(?:the )?(?:(?:{COUNTED}|rates|levels?|average|amount|ratio|take[- ]?up|uptake|timeliness)\b|%\s)"
)
_OPENS_WITH_MEASURE = re.compile(_MEASURE_OPENING, re.IGNORECASE)
_MEASURE = re.compile(
    _MEASURE_OPENING + r"|^(?:the )?%\b"
    # "there is a decrease in the number of children …": a success measure stated as the change wanted
    r"|^there (?:is|are|will be) (?:an? )?(?:increase|decrease|reduction|rise|fall|improvement)s? in\b"
    r"|\b(?:rates?|levels?|attendance|uptake|take[- ]up)$",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: A list's count as printed: a number word or up to two digits.
COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: A count where one stands ("the 2015/16 Business Plan’s three priorities": "16" ends a year, no count).
_COUNT = rf"\b(?<![/–-])(?P<count>{COUNT_WORDS})"
#: A count and up to two words before the kind it counts ("six key priorities", "4 “themes"): the
#: prefix of every rule that reads a count of a kind of item (each adds the kinds it reads).
COUNT_AND_WORDS = rf"{_COUNT}\s+(?:[\w’'-]+\s+){{0,2}}?"


def count_value(word: str) -> int:
    """Return the number a count of :data:`COUNT_WORDS` prints ("Five" → 5, "12" → 12).

    Example:
        >>> count_value("Five"), count_value("12")
        (5, 12)
    """
    word = word.casefold()
    return int(word) if word.isdigit() else _COUNTS[word]


#: A count and up to three words before the kind it counts: "three key priority areas", "four ‘CARE’
#: priorities" (a word quoted).
_COUNT_BEFORE = rf"{_COUNT}\s+(?:[\w‘’'“”-]+\s+){{0,3}}?"
#: The kinds of item a lead-in counts (each pattern below adds "actions", "pillars" or both).
_COUNTED_KINDS = (
    "priority areas|outcome areas|key areas|priorities|objectives|outcomes|ambitions|aims|goals|themes|"
    "commitments"
)
_COUNTED_LEAD_IN = re.compile(
    # "Do you support the five strategic objectives for the Town Council …?": a question naming them too
    rf"{_COUNT_BEFORE}(?P<kind>{_COUNTED_KINDS}|actions|focus areas)\b[^:?]{{0,80}}[:?]\s*",
    re.IGNORECASE,
)
#: "planet – tackling climate change is central to all our activities …": a line giving an item's
#: title, a spaced dash, then what the title means.
GLOSSED_LINE = re.compile(r"^(?P<title>[A-Za-z][\w’'&-]*(?:\s+[\w’'&-]+){0,4})\s+[–—-]\s+(?P<gloss>\S.*)$")
MIN_GLOSS_WORDS = 3
#: "… three pillars; A, B and C.", "three priorities to improve the quality of practice (A, B, and C)":
#: a count, its kind, then the items between commas, after a colon, semicolon, dash or bracket.
#: What an inspection or review found to improve: "two key areas for improvement", "three areas of
#: significant weakness" (the priorities a plan or a written statement of action answers).
_FINDINGS = r"areas\s+for\s+improvement|areas\s+of\s+(?:significant\s+)?weakness"
_COUNTED_COMMA_LEAD_IN = re.compile(
    rf"{_COUNT_BEFORE}(?P<kind>{_COUNTED_KINDS}|pillars|indicators|{_FINDINGS})\b(?P<gap>[^:;(–.]{{0,80}}?)"
    # "… four main aims including start well, stay well, …": a verb saying what the items are opens them too
    # (not where the sentence goes on to a colon: "… three priorities were agreed: A, B and C")
    # "… the plan had three priorities ‘people, place and prosperity’.": the items quoted together
    # "… three priorities that emerged … continued to be growth; resilient families …; and housing."
    r"(?P<open>:|;|\s[–-]|\(|\s(?:including|include[sd]?|namely|are|were|(?:continued?\s+to|will)\s+be)\b:?"
    r"(?![^.:]*:)|\s(?=[‘“]))\s*",
    re.IGNORECASE,
)
#: An item of a counted list between commas is a short phrase.
MAX_COMMA_ITEM_WORDS = 16


_COUNT_OF_KIND = re.compile(rf"{_COUNT_BEFORE}(?:{_COUNTED_KINDS}|pillars|actions)\b", re.IGNORECASE)


def list_count(lead_in: str) -> int | None:
    """Return how many items a lead-in says its list holds ("The Five Themes:" → 5), else ``None``.

    Example:
        >>> list_count("The Five Themes:"), list_count("Our priorities are:")
        (5, None)
    """
    found = _COUNT_OF_KIND.search(lead_in)
    if found is None:
        return None
    return count_value(found.group("count"))


@dataclass(frozen=True)
class RunItem:
    """One item of a list run together: the line its number or first word is on, its ref, its text."""

    line: int
    ref: str | None
    label: str


def is_measure_label(label: str) -> bool:
    """True when a list item names a measure ("Number of …", "Percentage …", "Teenage pregnancy rates").

    Example:
        >>> is_measure_label("Percentage of young people NEET"), is_measure_label("Teenage pregnancy rates")
        (True, True)
        >>> is_measure_label("there is a decrease in the number of children with a repeat plan")
        True
        >>> is_measure_label("Deliver the early help strategy")
        False
    """
    return bool(_MEASURE.search(label.strip(" .")))


def opens_with_measure(label: str) -> bool:
    """True when a list item opens with what a measure counts ("% of people presented homeless …").

    Narrower than :func:`is_measure_label`: an item ending in "levels" may be an action ("Reduce
    obesity levels"); one opening with a count, a share or a timeliness is a measure.

    Example:
        >>> opens_with_measure("% of people presented homeless"), opens_with_measure("Reduce obesity levels")
        (True, False)
        >>> opens_with_measure("timeliness to respond to Adult Social Care safeguarding concerns;")
        True
    """
    return bool(_OPENS_WITH_MEASURE.match(label.strip()))


def numbered_run(texts: Sequence[tuple[int, str]], position: int, single_line: bool = False) -> list[RunItem]:
    """Return the items of a numbered list starting "1." at ``texts[position]`` and run together.

    ``texts`` are (line number, text) pairs. The list may go on over the next lines (blank ones
    skipped); each number must follow the one before ("2." after "1."), glued to the words before
    it or not. Returns no items unless three or more are found and at least one line holds more
    than one of them (a list printed one item a line is read as such elsewhere) or ``single_line``.

    Example:
        >>> items = numbered_run([(4, "1. Number of children looked after2. Number of children with"),
        ...                       (5, ""), (6, "protection plans3. Level 3 qualifications at 194. School")],
        ...                      0)
        >>> [(i.line, i.ref, i.label) for i in items]  # doctest: +NORMALIZE_WHITESPACE
        [(4, '1', 'Number of children looked after'), (4, '2', 'Number of children with protection plans'),
         (6, '3', 'Level 3 qualifications at 19'), (6, '4', 'School')]
    """
    first = _FIRST_MARK.match(texts[position][1])
    if first is None:
        return []
    joined, starts = "", []  # the lines run together, and where each starts in it
    for number, text in texts[position : position + 2 * MAX_RUN_LINES]:
        if text:
            starts.append((len(joined), number))
            joined += text + " "
        if len(starts) >= MAX_RUN_LINES:
            break
    marks = [(first.start(), first.end(), 1)]
    while marks[-1][2] + 1 in _NEXT_MARK:
        found = _NEXT_MARK[marks[-1][2] + 1].search(joined, marks[-1][1])
        if found is None or len(joined[marks[-1][1] : found.start()].split()) > MAX_RUN_ITEM_WORDS:
            break
        marks.append((found.start(), found.end(), marks[-1][2] + 1))
    if len(marks) < 3:
        return []
    lines = [_line_at(starts, start) for start, _, _ in marks]
    if len(set(lines)) == len(lines) and not single_line:
        return []
    items: list[RunItem] = []
    for index, (_, end, count) in enumerate(marks):
        # the last item ends with its line, or with the line it runs on to
        stop = marks[index + 1][0] if index + 1 < len(marks) else _end_of_last(joined, starts, end)
        items.append(RunItem(lines[index], str(count), " ".join(joined[end:stop].split())))
    return items


# one whitespace run at a time (no two quantifiers over the same spaces: linear on long runs)
_RUN_IN_PARAGRAPH = re.compile(r"(?:[:;]|\bas follows\b)\s*(?:-\s*)?(?=1[.)]\s+[A-Z‘'\"(])", re.IGNORECASE)
#: "… highlighted four key areas for improvement. 1. Poor strategic leadership …; 2. …": a sentence
#: counting the items' kind, the numbered list right after its full stop.
_COUNTED_BEFORE_RUN = re.compile(
    rf"{_COUNT_BEFORE}(?:{_COUNTED_KINDS}|{_FINDINGS})\.\s+(?=1[.)]\s+[A-Z‘'\"(])", re.IGNORECASE
)
_KIND_BEFORE = re.compile(
    r"\b(priorit(?:y|ies)|objectives?|outcomes?|actions?|aims?|goals?|ambitions?|themes?|commitments?|"
    r"indicators?|measures?|targets?)\b",
    re.IGNORECASE,
)


def paragraph_run(text: str) -> tuple[str | None, list[RunItem]]:
    """Return the kind word a lead-in names and the items of a numbered list run into a paragraph.

    The list follows a colon ("… as follows:- 1) Help children … 2) To reduce reoffending. 3) …");
    its last item ends at its sentence's end. Returns ``(None, [])`` when there is none. Item lines
    are 0: the caller knows the line.

    Example:
        >>> paragraph_run("The Plan sets seven key strategic objectives as follows:- 1) Help children. "
        ...               "2) To reduce reoffending. 3) To develop a model of practice. A copy was attached.")
        ... # doctest: +NORMALIZE_WHITESPACE
        ('objectives', [RunItem(line=0, ref='1', label='Help children.'),
         RunItem(line=0, ref='2', label='To reduce reoffending.'),
         RunItem(line=0, ref='3', label='To develop a model of practice.')])
        >>> [item.label for item in paragraph_run("Inspectors found three areas for improvement. 1. Poor "
        ...     "leadership; 2. Too little involvement of families; 3. Weak self-evaluation. Next steps.")[1]]
        ['Poor leadership;', 'Too little involvement of families;', 'Weak self-evaluation.']
    """
    lead_in = _RUN_IN_PARAGRAPH.search(text) or _COUNTED_BEFORE_RUN.search(text)
    if lead_in is None:
        return None, []
    items = numbered_run([(0, text[lead_in.end() :])], 0, single_line=True)
    if not items:
        return None, []
    last = items[-1]
    cut = last.label.find(". ")
    if cut >= 0:
        items[-1] = RunItem(last.line, last.ref, last.label[: cut + 1])
    kinds = _KIND_BEFORE.findall(text[max(0, lead_in.start() - 150) : lead_in.start()])
    return (kinds[-1].casefold() if kinds else None), items


def _line_at(starts: Sequence[tuple[int, int]], offset: int) -> int:
    line = starts[0][1]
    for start, number in starts:
        if start > offset:
            break
        line = number
    return line


def _end_of_last(joined: str, starts: Sequence[tuple[int, int]], offset: int) -> int:
    following = [start for start, _ in starts if start > offset]
    stop = following[0] if following else len(joined)
    for start in following:  # a next line starting in lower case goes on with the item
        if joined[start : start + 1].islower():
            later = [s for s, _ in starts if s > start]
            stop = later[0] if later else len(joined)
        else:
            break
    return stop


_ARTICLES = ("A", "An")
#: A sentence the page goes on with, its full stop lost: "We will …", "This means …", "They …".
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)]) (?=(?:We|This|These|They|It) [a-z])")


def counted_run(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and the items of a counted list run into a sentence, else ``None``.

    The lead-in names how many items follow and what they are, then a colon; the items each start
    with the word the first starts with ("To …"); the last ends at its sentence's end.

    Example:
        >>> kind, labels = counted_run("The Trust identified three priority areas, which were: To keep "
        ...     "children safe To improve health outcomes To close the gap in attainment. 3. For each …")
        >>> kind, labels[2]
        ('priority areas', 'To close the gap in attainment')
        >>> counted_run("Our Plan is based around our four corporate objectives: • A confident place • A "
        ...     "university town • An address of choice • Services of choice Our work to achieve these is …")
        ... # doctest: +NORMALIZE_WHITESPACE
        ('objectives', ['A confident place', 'A university town', 'An address of choice',
         'Services of choice'])
        >>> counted_run("The plan focusses on three pillars; stabilising the work force, quality of practice "
        ...     "and an early help offer.")
        ('pillars', ['stabilising the work force', 'quality of practice', 'an early help offer'])
    """
    lead_in = _COUNTED_LEAD_IN.search(text)
    if lead_in is None:
        return _comma_run(text)
    count = count_value(lead_in.group("count"))
    rest = text[lead_in.end() :]
    if rest[:1] in ROUND_BULLETS:
        labels = _bulleted_run(rest, count)
        return (lead_in.group("kind").casefold(), labels) if labels else None
    starter = rest.split(maxsplit=1)[0] if rest.split() else ""
    if not 2 <= count <= 20 or not starter[:1].isupper():
        return _comma_run(text)
    # "A fit for purpose Council A safer … An environmentally aware …": an article opens each, "A" or "An"
    starters = _ARTICLES if starter in _ARTICLES else (starter,)
    split_at = re.compile(" (?=(?:" + "|".join(map(re.escape, starters)) + ") )")
    pieces = split_at.split(rest)
    if len(pieces) < count:
        return _comma_run(text)
    last = " ".join(pieces[count - 1 :]).split(". ")[0]
    if (goes_on := _NEXT_SENTENCE.search(last)) is not None:
        last = last[: goes_on.start()]  # "… cleaner East Hampshire We will embrace …": the next sentence
    items = [*pieces[: count - 1], last]
    labels = [" ".join(item.split()).rstrip(".") for item in items]
    if any(len(label.split()) > MAX_RUN_ITEM_WORDS or len(label.split()) < 2 for label in labels):
        return None
    return lead_in.group("kind").casefold(), labels


def _comma_run(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and items of a counted list whose items stand between commas, the last
    after "and" ("three pillars; stabilising the work force, quality of practice and an early help
    offer."), else ``None``: there must be exactly as many items as the count says."""
    for lead_in in _COUNTED_COMMA_LEAD_IN.finditer(text):
        if lead_in.group("gap").count(",") >= 2:
            continue  # "three strategic themes of people, place, and prosperity which …": the list was before
        count = count_value(lead_in.group("count"))
        rest = text[lead_in.end() :]
        end = rest.find(")") if lead_in.group("open") == "(" else _sentence_end(rest)
        if rest[:1] in _CLOSING_QUOTE:
            rest, end = rest[1:], rest.find(_CLOSING_QUOTE[rest[0]], 1) - 1
            if end < 0:
                continue
        if lead_in.group("open").strip() in ("–", "-"):  # "… six outcome areas - A, …, and F - with …"
            closing = _CLOSING_DASH.search(rest)
            end = closing.start() if closing and (end < 0 or closing.start() < end) else end
        within = rest[: end if end >= 0 else len(rest)]
        labels = counted_pair(within) if count == 2 else between_commas(within, count)
        if labels:
            return lead_in.group("kind").casefold(), labels
    return None


_CLOSING_QUOTE = {"‘": "’", "“": "”"}
#: The dash closing a list a dash opened, spaced as the opening one is.
_CLOSING_DASH = re.compile(r"\s[–-]\s")


def _sentence_end(text: str) -> int:
    """Return where the sentence that starts ``text`` ends (its full stop), or -1."""
    end = re.search(r"\.(?:\s|$)", text)
    return end.start() if end else -1


#: "… and High Performing": an "and" before a title; "… and referred to": one the sentence goes on with.
_AND_UPPER = re.compile(r" and (?=[A-Z])")
_AND_LOWER = re.compile(r" and (?=[a-z])")


def between_commas(text: str, count: int) -> list[str]:
    """Return the ``count`` items of "A, B and C" / "A, B, and C" / "A; B; C and D", or [] when there
    are not that many."""
    if not 3 <= count <= 12:  # "two themes …; that we are ‘family friendly’ and ‘caring’": no list
        return []
    # "five themes: Thriving Neighbourhoods; …; New Ways of Working and Hope and Confidence in Rotherham"
    separator = ";" if ";" in text else ","
    pieces = [piece.strip() for piece in _outside_brackets(text, separator)]
    if len(pieces) > count:
        pieces = _adjectives_joined(pieces, separator)
    if len(pieces) > count and pieces[count - 1].startswith("and "):
        # "A, B, C, and High Performing, Financially Independent Council": commas after the closing
        # ", and" are inside the last item; "…, and the council, under an overall goal …": the sentence
        # goes on after the last item
        goes_on = pieces[count][:1].islower()
        pieces[count - 1 :] = [pieces[count - 1] if goes_on else f"{separator} ".join(pieces[count - 1 :])]
    if any(piece.startswith("and ") for piece in pieces[:-1]):
        return []  # "A, B, C, and D, E" counted five: the closing "and" is not before the last
    if pieces and pieces[-1].startswith("and "):
        pieces[-1] = pieces[-1][4:]
    elif len(pieces) == count - 1 and " and " in pieces[-1]:
        # titles in capitals join at the first "and" before a capital; phrases at the last "and"
        titled = _AND_UPPER.search(pieces[-1]) if separator == ";" else None
        pieces[-1:] = (
            [pieces[-1][: titled.start()], pieces[-1][titled.end() :]]
            if titled
            else _split_last(pieces[-1], pieces[:-1])
        )
    labels = [" ".join(piece.split()) for piece in pieces]
    if len(labels) != count or any(not 1 <= len(label.split()) <= MAX_COMMA_ITEM_WORDS for label in labels):
        return []
    return labels


def _adjectives_joined(pieces: Sequence[str], separator: str) -> list[str]:
    """Return ``pieces`` with each run of lone lower-case words joined to the piece after it where that
    piece ends the run of qualities ("strong, safe, inclusive and healthy communities": one item whose
    adjectives the commas part); "communities, the district, the economy": items of a word each."""
    joined: list[str] = []
    waiting: list[str] = []
    for piece in pieces:
        if piece.isalpha() and piece.islower():
            waiting.append(piece)
            continue
        if waiting and _QUALITIES_END.match(piece):
            piece = f"{separator} ".join([*waiting, piece])
        else:
            joined.extend(waiting)
        joined.append(piece)
        waiting = []
    return [*joined, *waiting]


#: "inclusive and healthy communities": the last two qualities of a run and what they qualify.
_QUALITIES_END = re.compile(r"^(?!(?:the|a|an|our|and)\b)[a-z]+ and [a-z]+ \w")


def _outside_brackets(text: str, separator: str) -> list[str]:
    """Return ``text`` split at each ``separator`` outside brackets: "Feeling Connected (family,
    friends and the community)" is one item."""
    pieces, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0:
            pieces.append(text[start:at])
            start = at + 1
    return [*pieces, text[start:]]


def _split_last(last: str, others: Sequence[str]) -> list[str]:
    """Return the last piece of "A, B, C and D" parted into its two items at the "and" that leaves
    them nearest the other items' length: "succeeding into adulthood and working together – children
    safeguarded from harm and neglect" at its first "and", "keep safe and enjoy and achieve" after
    "start well, stay well" too; at the last "and" when no "and" does better. Titles after titles
    part at the "and" before a capital and end at one before lower case, where the sentence goes on:
    "Community and Innovation and referred to …"."""
    titled = _AND_UPPER.search(last) if others and all(p[:1].isupper() for p in others) else None
    goes_on = _AND_LOWER.search(last, titled.end()) if titled else None
    if titled and goes_on:
        # "Community and Innovation and referred to …": titles, then the sentence going on past them
        return [last[: titled.start()], last[titled.end() : goes_on.start()]]
    typical = sorted(len(piece.split()) for piece in others)[len(others) // 2] if others else 0
    splits = [match.start() for match in re.finditer(" and ", last)]

    def misfit(at: int) -> int:
        return sum(abs(len(part.split()) - typical) for part in (last[:at], last[at + 5 :]))

    best = min(reversed(splits), key=misfit)
    return [last[:best], last[best + 5 :]]


#: An item of a counted list printed one a line is at most a long sentence.
MAX_COUNTED_LINE_WORDS = 40
#: A counted list the text ends inside is read when it printed two items at least.
MIN_CUT_SHORT = 2


def counted_lines(texts: Sequence[tuple[int, str]], position: int) -> tuple[str, list[RunItem]] | None:
    """Return the kind word and items of a counted list printed one item a line, unmarked, else ``None``.

    ``texts[position]`` ends with the lead-in that counts them ("… the vision has five main
    priorities:"); the next that many lines with text are the items, each starting with a capital,
    none marked (a marked list is read as such elsewhere), none a lead-in of its own.

    Example:
        >>> kind, items = counted_lines([(6, "The vision has three main priorities:"), (7, "Improve schools"),
        ...                              (8, ""), (9, "Invest in towns"), (10, "Tackle congestion")], 0)
        >>> kind, [(item.line, item.label) for item in items]
        ('priorities', [(7, 'Improve schools'), (9, 'Invest in towns'), (10, 'Tackle congestion')])
        >>> counted_lines([(1, "Our two priorities:"), (2, "Improve schools"), (3, "and towns.")], 0) is None
        True
        >>> counted_lines([(1, "It sets out two key objectives:"), (2, "To develop a modern economy"),
        ...     (3, "To make Burnley a healthy, safe and clean borough -- and how they can be achieved. "
        ...         "It covers every area of life from health and education to housing, jobs and the "
        ...         "environment, and it says who will lead each part of the work and when the partners "
        ...         "will report on it")],
        ...     0)[1][-1]
        RunItem(line=3, ref=None, label='To make Burnley a healthy, safe and clean borough')

    A text ending inside the list (a page cut short) gives the items it printed, two at least:

        >>> counted_lines([(5, "It is founded on five key objectives:"), (6, ""), (7, "Build new homes"),
        ...                (8, ""), (9, "Cut crime by a fifth")], 0)[1][-1].label
        'Cut crime by a fifth'
    """
    lead_in = _COUNTED_LEAD_IN.search(texts[position][1])
    if lead_in is None or lead_in.end() != len(texts[position][1]):
        return None
    count = count_value(lead_in.group("count"))
    items: list[RunItem] = []
    window = texts[position + 1 : position + 1 + 2 * count + 1]
    if glossed := _glossed_lines(texts, position + 1, count):
        return lead_in.group("kind").casefold(), glossed
    for number, text in window:
        if not text:
            continue
        if len(items) == count - 1 and len(text.split()) > MAX_COUNTED_LINE_WORDS:
            text = _before_run_on(text)  # the last item run on into the text after the list
        if (
            not text[:1].isupper()
            or text.endswith(":")
            or is_marked(text)  # a marked line is read by the rules for marked lists
            or len(text.split()) > MAX_COUNTED_LINE_WORDS
        ):
            return None
        items.append(RunItem(number, None, text))
        if len(items) == count:
            if not _ends_alike(items):
                return None  # a sentence (or a heading) after a list short of its count is no item of it
            return lead_in.group("kind").casefold(), _unstopped(items)
    if position + 1 + len(window) == len(texts) and len(items) >= MIN_CUT_SHORT and _ends_alike(items):
        # the text ends inside the list (a page cut short): the items printed are the list's first
        return lead_in.group("kind").casefold(), _unstopped(items)
    return None


#: Where a list's last line runs on into the sentence after it: a spaced dash ("… to Burnley people --
#: and how they can be achieved.") or a full stop before a capital.
_RUN_ON_BREAK = re.compile(r"\s+(?:--|[–—])\s+|(?<=[a-z)])\.\s+(?=[A-Z])")


def _before_run_on(text: str) -> str:
    """Return a counted list's last line up to where it runs on into what follows the list, or the
    line unchanged when it shows no such break."""
    found = _RUN_ON_BREAK.search(text)
    return text[: found.start()] if found else text


def _glossed_lines(texts: Sequence[tuple[int, str]], start: int, count: int) -> list[RunItem]:
    """Return the titles of the ``count`` lines with text from ``texts[start]`` on when each is a title,
    a spaced dash and what it means ("people – we are committed to fair treatment for all, …"), and the
    line after them is not (the count is the list's), else ``[]``."""
    # walked lazily: slicing the rest of the text for every counted lead-in would copy it each time
    with_text = (texts[index] for index in range(start, len(texts)) if texts[index][1])
    lines = list(itertools.islice(with_text, count + 1))
    found = [GLOSSED_LINE.match(text) for _, text in lines]
    glossed = [
        RunItem(number, None, match.group("title"))
        for (number, text), match in zip(lines[:count], found[:count], strict=True)
        if match and not is_marked(text) and len(match.group("gloss").split()) >= MIN_GLOSS_WORDS
    ]
    if len(glossed) != count:
        return []
    after = found[count] if len(found) > count else None
    if after is not None and not _glossed_alike(found[:count], after):
        return []
    return glossed


def _glossed_alike(items: Sequence[re.Match[str] | None], after: re.Match[str]) -> bool:
    """True when the glosses of a counted list's lines all open with one word and the glossed line
    after them does not: "Support the Community – which includes …" ×4, then "This is all very
    laudable – and it is …", a sentence after the list, not a fifth item its count left out."""
    openings = {match.group("gloss").split()[0].casefold() for match in items if match}
    return len(openings) == 1 and after.group("gloss").split()[0].casefold() not in openings


def _unstopped(items: Sequence[RunItem]) -> list[RunItem]:
    return [RunItem(item.line, None, item.label.rstrip(".;")) for item in items]


def _ends_alike(items: Sequence[RunItem]) -> bool:
    """True when the last of a counted list's lines ends as most of the lines before it do (with a
    full stop or without): one item with a stray stop among the others is still an item ("Prevention
    of … behaviours." among titles with none), but a last line unlike the rest is what follows a list
    shorter than its count (a sentence after titles, a heading after sentences)."""
    # "A;" / "B;" / "C.": a list's items end in semicolons, its last in a full stop
    ends = [item.label.endswith((".", ";")) for item in items]
    alike = sum(1 for end in ends[:-1] if end == ends[-1])
    return 2 * alike > len(ends) - 1


def _bulleted_run(rest: str, count: int) -> list[str]:
    """Return the ``count`` items of "• A confident place • A university town • … Services of choice Our
    work …": a bulleted list run into a paragraph; the last item ends where a sentence starts."""
    pieces = [" ".join(piece.split()) for piece in re.split(f"\\s*[{ROUND_BULLETS}]\\s+", rest[1:].lstrip())]
    short = all(1 <= len(piece.split()) <= MAX_NAMED_PART_WORDS for piece in pieces[:-1])
    if len(pieces) != count or count < 2 or not short:  # "our 1 priorities: • …" is no list
        return []
    words = pieces[-1].split()
    longest = max(len(piece.split()) for piece in pieces[:-1]) + 2
    end = next(
        (
            index
            for index in range(1, min(len(words) - 1, longest) + 1)
            if words[index][:1].isupper() and words[index + 1][:1].islower()
        ),
        None,
    )
    if end is None:
        return []
    return [*pieces[:-1], " ".join(words[:end]).rstrip(".")]


_NAMED_IN_SENTENCE = re.compile(
    r"\b(?P<kind>priorities|priority areas|objectives|outcomes|ambitions|aims|goals|themes|pledges)\s+"
    r"(?:of|are|were|is|include|:)\s*:?\s*(?P<rest>(?-i:[A-Z])[^:]{0,400}?)\s*[:.]?$",
    re.IGNORECASE,
)
#: A part of a list named in a sentence is a short title ("Communication and Engagement").
MAX_NAMED_PART_WORDS = 6
#: How many titles a sentence's list must name to be one (two joined by "and" is a phrase).
MIN_NAMED_PARTS = 3


#: "The priorities are improving …, caring for …, and working …": a sentence saying what they are.
_NAMED_WITH_COMMAS = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:the|our)\s+(?:[\w’'-]+\s+){0,2}?|\bthe following\s+)"
    r"(?P<kind>priorities|objectives|outcomes|ambitions|aims|goals|themes)(?:\s+(?:are|will be)\s+|:\s*)"
    r"(?P<rest>[^.;:]{20,500})(?:\.|$)",
    re.IGNORECASE,
)
#: A part of a list a sentence runs on with commas is a phrase, not a clause.
MAX_COMMA_PART_WORDS = 12


def _named_with_commas(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and the parts of "The priorities are A, B, C and D.", else ``None``: three or
    more short parts, all led alike (a word ending "-ing", or a capital), so a comma inside one
    part's phrase does not pass for a list."""
    found = _NAMED_WITH_COMMAS.search(text)
    if found is None:
        return None
    rest = found.group("rest")
    parts = [part.strip() for part in re.split(r",\s*(?:and\s+)?", rest)]
    if ", and " not in rest:  # "A, B and C": the last "and" joins the last two
        parts[-1:] = [part.strip() for part in parts[-1].rsplit(" and ", 1)]
    if len(parts) < MIN_NAMED_PARTS or any(
        not 1 <= len(part.split()) <= MAX_COMMA_PART_WORDS for part in parts
    ):
        return None
    gerunds = all(part.split()[0].casefold().endswith("ing") for part in parts)
    titles = all(re.sub(r"^(?:a|an)\s+", "", part)[:1].isupper() for part in parts)  # "a Greener Trowbridge"
    if not (gerunds or titles):
        return None
    return found.group("kind").casefold(), parts


def named_in_sentence(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and the titles a sentence lists after naming their kind, else ``None``.

    The titles follow "themes of", "priorities are" or a colon, separated by semicolons, the last
    after "and"; each is short and starts with a capital.

    Example:
        >>> named_in_sentence("The priorities are placed under our general themes of Improving Practice; "
        ...                   "Workforce Development; Communication; and Governance:")
        ('themes', ['Improving Practice', 'Workforce Development', 'Communication', 'Governance'])
        >>> named_in_sentence("Our priorities are listed below; see page 4; and the annex.") is None
        True
        >>> named_in_sentence("The priorities are improving life chances, caring for children and young "
        ...                   "people, and working in partnership.")
        ... # doctest: +NORMALIZE_WHITESPACE
        ('priorities', ['improving life chances', 'caring for children and young people',
         'working in partnership'])
        >>> named_in_sentence("Our priorities are for children, young people, families and schools.") is None
        True
    """
    if len(text) > 600:
        return None
    if ";" not in text:
        return _named_with_commas(text)
    found = _NAMED_IN_SENTENCE.search(text)
    if found is None:
        return None
    parts = [re.sub(r"^and\s+", "", part.strip()) for part in found.group("rest").split(";")]
    if len(parts) < MIN_NAMED_PARTS or any(
        not part[:1].isupper() or not 1 <= len(part.split()) <= MAX_NAMED_PART_WORDS for part in parts
    ):
        return None
    return found.group("kind").casefold(), parts
