"""The outcomes of a national framework a plan is organised by, read where the plan names them.

Many plans of 2004–2012 are organised by the five Every Child Matters outcomes: a heading "Being
Healthy" over its priorities, or a contents page listing "Be Healthy 26  Stay Safe 31 …". The
plan states those outcomes as its own, so :func:`read_framework_outcomes` records each as an
outcome of the plan (:class:`~councilkg.loaders.model.Outcome`, labelled as printed) matched to the
framework's concept (``skos:exactMatch``); the priorities under such a heading still contribute to
the framework's concept itself.

Three kinds of mention count:

* a line that is nothing but the outcome's name (with a section number or a page number around it,
  or "Outcome 2:" before it),
* on a contents line run together, the name followed by its page number, when three or more of the
  framework's outcomes are named that way (one such mention is as likely a sentence's number), and
* a list naming four or more of the five outcomes one after another, with nothing but commas,
  semicolons and "and" between them ("The Plan focused around 5 outcomes; be healthy, stay safe,
  enjoy and achieve make a positive contribution and achieve economic well being."), after words
  naming what it lists: the framework itself, listed (:func:`listed_outcomes`).

A plan naming an outcome alone inside a sentence states no outcome, so minutes and forewords give none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.generic.profile import ECM_ANY, ECM_OUTCOMES, ECM_PATTERNS, ecm_keys_in
from councilkg.loaders.model import Extraction, Outcome, OutcomeLink, Reading
from councilkg.loaders.parsing.runlists import COUNT_WORDS, count_value
from councilkg.text import clean_text

RULE_FRAMEWORK_HEADING = "heading naming an Every Child Matters outcome"
RULE_FRAMEWORK_CONTENTS = "contents entry naming an Every Child Matters outcome"
RULE_FRAMEWORK_LIST = "list naming the Every Child Matters outcomes"

#: A list names this many of the five outcomes in a row; fewer may be a sentence's own words
#: ("to be healthy and stay safe").
MIN_LISTED = 4
#: The list follows words naming what it lists, at most this many characters before it.
MAX_LEAD_CHARS = 150
_NAMES_OUTCOMES = re.compile(r"\boutcomes?\b|\bevery child matters\b", re.IGNORECASE)
#: "5 outcomes;", "six outcome areas -": a count the list must hold exactly.
_COUNTED = re.compile(rf"\b(?P<count>{COUNT_WORDS})\s+(?:[\w-]+\s+)?outcomes?\b", re.IGNORECASE)
#: ", and Feeling Connected": the list goes on past the framework's names with an item of its own.
_GOES_ON = re.compile(r"^\s*[,;]\s*(?:and\s+)?[A-Z]")
#: What may stand between two names of such a list.
_LIST_GAP = re.compile(r"^[\s,;&]*(?:and\b)?[\s,;]*$", re.IGNORECASE)

#: A contents run needs this many of the framework's outcomes, each before a page number.
MIN_CONTENTS_MENTIONS = 3
#: Longer lines are paragraphs: not searched (the patterns are linear, this bounds the work).
MAX_LINE_CHARS = 5_000

_LEADING = re.compile(
    # "2.1 ", "a) ", "(b) ", "Outcome 4: "
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.):]?\s+|\(?[a-e]\)\s+|"
    r"(?:ecm |every child matters )?outcomes?\s*\d?\s*[:.–—-]\s*)",
    re.IGNORECASE,
)
#: "Pages 6-9", "Page 3" after a contents entry's name.
_PAGES = re.compile(r"\s+pages?\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?$", re.IGNORECASE)
#: A heading naming an outcome is short; longer lines are not tried (and no pattern runs over them).
MAX_HEADING_CHARS = 120
_WHOLE = [(re.compile(rf"^{pattern}$", re.IGNORECASE), key) for pattern, key in ECM_OUTCOMES]
# On a contents line run together the words may be glued ("public transportEnjoy and achieve 10"):
# a capital after a small letter or a page number starts a name as a word boundary does.
_GLUED_START = r"(?:\b|(?-i:(?<=[a-z0-9])(?=[A-Z])))"
_PAGE_AFTER = r"\s*(?=\d{1,3}(?!\d|\s*%))"


def _before_page(pattern: str) -> re.Pattern[str]:
    name = _GLUED_START + pattern.removeprefix(r"\b")
    return re.compile(f"(?P<name>{name}){_PAGE_AFTER}", re.IGNORECASE)


_BEFORE_PAGE = [(_before_page(pattern), key) for pattern, key in ECM_OUTCOMES]


def plan_outcome_scheme(extraction: Extraction) -> tuple[str, str]:
    """Return the slug and label of the outcome framework a plan states its own outcomes in."""
    return f"{extraction.plan.authority}-{extraction.plan.slug}", f"{extraction.plan.title}: outcomes"


def heading_outcome(text: str) -> tuple[str, str] | None:
    """Return the framework key and the printed name when ``text`` is only an outcome's name, else ``None``.

    Example:
        >>> heading_outcome("2.1 Being Healthy"), heading_outcome("BEING HEALTHY")
        (('be-healthy', 'Being Healthy'), ('be-healthy', 'BEING HEALTHY'))
        >>> heading_outcome("d) Positive Contribution")
        ('positive-contribution', 'Positive Contribution')
        >>> heading_outcome("Outcome 4: Make a positive contribution  47")
        ('positive-contribution', 'Make a positive contribution')
        >>> heading_outcome("Staying Safe                                Pages 9–13")
        ('stay-safe', 'Staying Safe')
        >>> heading_outcome("We want every child to be healthy") is None
        True
    """
    text = text.strip()
    if len(text) > MAX_HEADING_CHARS:
        return None
    leading = _LEADING.match(text)
    core = text[leading.end() :] if leading else text
    core = _PAGES.sub("", core)  # "Being Healthy      Pages 6-9"
    # a page number and dotted leaders after the name (string operations: no backtracking)
    core = core.rstrip("0123456789").rstrip(" .…\t").strip(" :–—-")
    for pattern, key in _WHOLE:
        if pattern.match(core):
            return key, core
    return None


def contents_outcomes(text: str) -> list[tuple[str, str]]:
    """Return (key, printed name) for each framework outcome a contents line names before a page number.

    Example:
        >>> contents_outcomes("Foreword 4 Be Healthy 26 Appendix 3 Stay Safe 31 Enjoy and Achieve 39")
        [('be-healthy', 'Be Healthy'), ('stay-safe', 'Stay Safe'), ('enjoy-and-achieve', 'Enjoy and Achieve')]
    """
    found: list[tuple[int, str, str]] = []
    for pattern, key in _BEFORE_PAGE:
        match = pattern.search(text)
        if match:
            found.append((match.start(), key, match.group("name")))
    return [(key, name) for _, key, name in sorted(found)]


def listed_outcomes(text: str) -> list[tuple[str, str]]:
    """Return (key, printed name) for the framework outcomes of the longest run ``text`` lists one
    after another with only commas, semicolons or "and" between them, when it names four or more
    and words just before it name what it lists ("5 outcomes;", "Every Child Matters"). A list
    counted otherwise, or going on past them (", and Feeling Connected"), is the plan's own: none.

    Example:
        >>> names = [name for _, name in listed_outcomes("Every Child Matters Be Healthy, Stay Safe, Enjoy "
        ...  "and Achieve, Make a Positive Contribution, Achieve Economic Wellbeing …and new requirements")]
        >>> len(names), names[0], names[-1]
        (5, 'Be Healthy', 'Achieve Economic Wellbeing')
        >>> listed_outcomes("We want children to be healthy and stay safe, and to enjoy school.")
        []
        >>> listed_outcomes("All be healthy, stay safe, enjoy and achieve, make a positive contribution")
        []
    """
    if not ECM_ANY.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    for pattern, key in ECM_PATTERNS:
        found += [(match.start(), match.end(), key) for match in pattern.finditer(text)]
    found.sort()
    best: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for mention in found:
        after_list = bool(run) and _LIST_GAP.match(text[run[-1][1] : mention[0]]) is not None
        if not after_list or mention[2] in {key for _, _, key in run}:
            run = []
        run.append(mention)
        if len(run) > len(best):
            best = list(run)
    if len(best) < MIN_LISTED:
        return []
    lead = text[max(0, best[0][0] - MAX_LEAD_CHARS) : best[0][0]]
    counts = list(_COUNTED.finditer(lead))
    if (
        not _NAMES_OUTCOMES.search(lead)
        or (counts and count_value(counts[-1].group("count")) != len(best))
        or _GOES_ON.match(text[best[-1][1] :])
    ):
        return []  # the list is the plan's own, holding more than the framework's outcomes
    return [(key, text[start:end]) for start, end, key in best]


def read_framework_outcomes(
    lines: Sequence[str], extraction: Extraction, new_key: Callable[[str, str], str], contents: set[int]
) -> None:
    """Add to ``extraction`` the framework outcomes the plan names as headings or contents entries.

    Returns nothing.

    ``lines`` are the plan's lines as printed (numbered from 1), ``contents`` the numbers of the
    lines read as a contents page. An outcome the extraction already holds (one whose label names
    the same framework outcome) is not added again; a heading in the body is preferred to the
    contents entry naming the same outcome.
    """
    headings: dict[str, tuple[int, str]] = {}
    listed: dict[str, tuple[int, str]] = {}
    in_lists: dict[str, tuple[int, str]] = {}
    # "4.3) Stay Safe" among a chapter's numbered priorities: read as one of them, no outcome too
    read_as_priorities = {
        (priority.source_line, key)
        for priority in extraction.priorities
        for key in ecm_keys_in(priority.label)
    }
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE_CHARS:
            continue
        text = clean_text(raw)
        heading = heading_outcome(text) if len(text.split()) <= 10 else None
        if heading is not None:
            key, name = heading
            if (number, key) not in read_as_priorities:
                table = headings if number not in contents else listed
                table.setdefault(key, (number, name))
            continue
        mentions = contents_outcomes(text) if len(text.split()) > 10 else []
        if len(mentions) >= MIN_CONTENTS_MENTIONS:
            for key, name in mentions:
                listed.setdefault(key, (number, name))
            continue
        for key, name in listed_outcomes(text):
            in_lists.setdefault(key, (number, name))
    stated = {key for outcome in extraction.outcomes for key in ecm_keys_in(outcome.label)}
    scheme, scheme_label = plan_outcome_scheme(extraction)
    found = [(key, where, RULE_FRAMEWORK_HEADING, 0.8) for key, where in headings.items()]
    found += [(key, at, RULE_FRAMEWORK_CONTENTS, 0.6) for key, at in listed.items() if key not in headings]
    found += [
        (key, at, RULE_FRAMEWORK_LIST, 0.6)
        for key, at in in_lists.items()
        if key not in headings and key not in listed
    ]
    for key, (number, name), rule, confidence in sorted(found, key=lambda entry: entry[1][0]):
        if key in stated:
            continue
        stated.add(key)
        extraction.outcomes.append(
            Outcome(
                scheme,
                scheme_label,
                new_key("outcome", name),
                name,
                number,
                reading=Reading(rule, confidence),
                matches=(OutcomeLink("ecm", key),),
            )
        )
