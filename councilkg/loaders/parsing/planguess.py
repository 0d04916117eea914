"""Guessing who published a plan and what it is from its text, for plans no specific loader knows.

Each guess keeps where it came from (a line of the plan, or the file name), so the CLI can say
what it guessed and the user can override it (``--council``, ``--title``, ``--type``, ``--years``).
Nothing here fails: a plan that names no council is filed under a name derived from its file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.loaders.model import Guess
from councilkg.loaders.parsing.identity import parse_years
from councilkg.loaders.parsing.periods import YEAR_RANGE
from councilkg.text import clean_text, plain_line, slugify

#: How far into a plan its council, title and years are looked for (cover pages are short).
HEAD_LINES = 40

_COUNCIL_PATTERNS = (
    re.compile(
        r"\b(?P<full>(?:London|Royal) Borough of (?P<name>[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3}))"
    ),
    re.compile(r"\b(?P<full>City of (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) Council)"),
    re.compile(
        r"\b(?P<full>(?P<name>[A-Z][\w'’-]*(?: (?:and |upon |on )?[A-Z][\w'’-]*){0,3})"
        r" (?:Metropolitan Borough|Borough|County|City|District) Council)"
    ),
    re.compile(r"^(?P<full>(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) Council)$"),
)
_NOT_A_PLACE = re.compile(r"^(The|This|Our|A|An|Children|Young|Local|Safeguarding|Every)\b")

#: Plan types by words of the title, most specific first: (pattern, ckg:PlanType local name).
PLAN_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    (r"children and young people['’]?s plan|\bcypp\b", "ChildrenAndYoungPeoplesPlan"),
    (r"directorate (?:business )?plan", "DirectoratePlan"),
    (r"borough plan", "BoroughPlan"),
    (r"corporate plan|council plan", "CorporatePlan"),
    (r"local area agreement|\blaa\b", "LocalAreaAgreement"),
    (r"community strategy|sustainable community", "CommunityStrategy"),
    (r"service plan|business plan|improvement plan|strategy|plan\b", "ServicePlan"),
)
_TITLE_WORDS = re.compile(r"\b(plan|strategy|agreement)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PlanGuess:
    """The plan's identity as guessed: authority slug and name, title, type, years, and their sources."""

    authority: str
    council: str
    title: str
    title_line: int
    plan_type: str
    start_year: int
    end_year: int
    guesses: dict[str, Guess]

    @property
    def slug(self) -> str:
        """Return the plan's slug (see :func:`plan_slug`)."""
        return plan_slug(self.title, self.start_year, self.end_year)


def plan_slug(title: str, start_year: int, end_year: int) -> str:
    """Return a plan's slug: its title's without the years it prints, then the years as ``YYYY-YY``.

    Example:
        >>> plan_slug("Children and Young People's Plan 2010-2013", 2010, 2013)
        'children-and-young-peoples-plan-2010-13'
    """
    slug = slugify(YEAR_RANGE.sub("", title)) or "plan"
    return f"{slug}-{start_year}-{end_year % 100:02d}"


def guess_council(lines: Sequence[str]) -> tuple[str, str, int] | None:
    """Return ``(short name, full name, line)`` of the council a plan's opening lines name, else ``None``.

    Example:
        >>> guess_council(["Northmoor Borough Council", "Children and Young People's Plan"])
        ('Northmoor', 'Northmoor Borough Council', 1)
        >>> guess_council(["A plan of the London Borough of Lambeth"])
        ('Lambeth', 'London Borough of Lambeth', 1)
        >>> guess_council(["Our plan"]) is None
        True
    """
    for pattern in _COUNCIL_PATTERNS:
        for index, raw in enumerate(lines[:HEAD_LINES]):
            match = pattern.search(plain_line(raw))
            if match and not _NOT_A_PLACE.match(match.group("name")):
                return match.group("name"), match.group("full"), index + 1
    return None


def guess_plan_type(title: str) -> str | None:
    """Return the ckg:PlanType local name a title's words suggest, else ``None``.

    Example:
        >>> guess_plan_type("Children and Young People's Plan 2010-2013"), guess_plan_type("Annual report")
        ('ChildrenAndYoungPeoplesPlan', None)
    """
    for pattern, plan_type in PLAN_TYPE_WORDS:
        if re.search(pattern, title, re.IGNORECASE):
            return plan_type
    return None


def _years_in(text: str) -> tuple[int, int] | None:
    for match in YEAR_RANGE.finditer(text):
        try:
            return parse_years(match.group(0))
        except ValueError:
            continue
    return None


def guess_plan(lines: Sequence[str], file_name: str) -> PlanGuess:
    """Return the plan's identity as its opening lines (or, failing them, its file name) suggest.

    Example:
        >>> guess = guess_plan(["Northmoor Borough Council", "Children and Young People's Plan 2010-2013"],
        ...                    "northmoor.txt")
        >>> guess.authority, guess.title, (guess.start_year, guess.end_year)
        ('northmoor', "Children and Young People's Plan 2010-2013", (2010, 2013))
        >>> guess.plan_type
        'ChildrenAndYoungPeoplesPlan'
        >>> str(guess.guesses["council"]), guess.slug
        ('Northmoor Borough Council (line 1)', 'children-and-young-peoples-plan-2010-13')
        >>> guess_plan(["Our plan for 2011"], "wessex-plan.txt").guesses["council"].basis
        'file name'
    """
    guesses: dict[str, Guess] = {}
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", file_name)
    council = guess_council(lines)
    if council:
        short, full, line = council
        guesses["council"] = Guess(full, "line", line)
    else:
        first_word = re.split(r"[^A-Za-z]+", stem.strip("-_ ")) or [""]
        short = (first_word[0] or "unknown").capitalize()
        guesses["council"] = Guess(short, "file name")
    title, title_line = _guess_title(lines, stem, short)
    guesses["title"] = Guess(title, "line" if title_line else "file name", title_line or None)
    plan_type = guess_plan_type(title)
    if plan_type:
        guesses["type"] = Guess(plan_type, guesses["title"].basis, guesses["title"].line)
    else:
        plan_type = "ServicePlan"
        guesses["type"] = Guess(plan_type, "default")
    start_end, basis, line_number = _guess_years(lines, title, title_line, stem)
    guesses["years"] = Guess(f"{start_end[0]}-{start_end[1]}", basis, line_number)
    return PlanGuess(
        authority=slugify(short),
        council=short,
        title=title,
        title_line=title_line or 1,
        plan_type=plan_type,
        start_year=start_end[0],
        end_year=start_end[1],
        guesses=guesses,
    )


def _guess_title(lines: Sequence[str], stem: str, council: str) -> tuple[str, int]:
    """Return the title and its line (0 when taken from the file name)."""
    first: tuple[str, int] | None = None
    for index, raw in enumerate(lines[:HEAD_LINES]):
        if "\t" in raw:
            continue
        text = plain_line(raw)
        if not text or len(text.split()) > 14:
            continue
        if _TITLE_WORDS.search(text) and not text.endswith("."):
            return text, index + 1
        if first is None and council.casefold() not in text.casefold():
            first = (text, index + 1)
    if first is not None:
        return first
    return clean_text(re.sub(r"[-_]+", " ", stem)) or "Plan", 0


def _guess_years(
    lines: Sequence[str], title: str, title_line: int, stem: str
) -> tuple[tuple[int, int], str, int | None]:
    years = _years_in(title)
    if years:
        return years, "line" if title_line else "file name", title_line or None
    for index, raw in enumerate(lines[:HEAD_LINES]):
        years = _years_in(clean_text(raw))
        if years:
            return years, "line", index + 1
    years = _years_in(stem)
    if years:
        return years, "file name", None
    for index, raw in enumerate(lines):
        found = re.search(r"\b(?:19|20)\d{2}\b", raw)
        if found:
            year = int(found.group())
            return (year, year + 1), "line", index + 1
    return (2000, 2001), "default", None
