"""A plan's identity as the engine reads it: what the profile states, what its title line prints, and
what the engine guesses from the opening lines for the rest.

A profile's ``[plan]`` table states the council, title, type, years and slug; its ``title_line``
patterns find the line printing the title (the plan's source line), whose groups ``title`` and
``years`` override the stated title and years (a slug ending in years follows them). Anything not
stated is guessed (:func:`~councilkg.loaders.parsing.planguess.guess_plan`), and the guesses kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.loaders.generic.profile import Profile, slug_with_years
from councilkg.loaders.model import Guess, PlanInfo
from councilkg.loaders.parsing.planguess import guess_plan, plan_slug

#: Lines longer than this are paragraphs, not headings.
MAX_HEADING_WORDS = 30


@dataclass(frozen=True)
class PlanReading:
    """The plan's identity, the guesses it rests on, and the lines read as its identity (line, what)."""

    info: PlanInfo
    guessed: dict[str, Guess]
    placed: list[tuple[int, str]]


def read_plan_info(document: Document, profile: Profile) -> PlanReading:
    """Return the identity of the plan in ``document`` as ``profile`` states it, else as guessed.

    Raises:
        LoaderError: the profile's title line is not printed, or its years do not run forwards.
    """
    lines = document.lines
    guess = guess_plan(lines, document.name)
    stated = profile.plan
    guessed = dict(guess.guesses)
    council = stated.council or guess.council
    authority = stated.authority_slug or guess.authority
    title = stated.title or guess.title
    plan_type = stated.plan_type or guess.plan_type
    start = stated.start_year if stated.start_year is not None else guess.start_year
    end = stated.end_year if stated.end_year is not None else guess.end_year
    for key, given in (
        ("council", stated.council),
        ("title", stated.title),
        ("type", stated.plan_type),
        ("years", stated.start_year),
    ):
        if given is not None:
            guessed.pop(key, None)
    slug = stated.slug or plan_slug(title, start, end)
    printed = stated.title_line_in(lines, document.path)
    if printed is not None and printed.title:
        title = printed.title
        guessed.pop("title", None)
    if printed is not None and printed.years:
        start, end = printed.years
        slug = slug_with_years(slug, start, end)
        guessed.pop("years", None)
    council_guess = guess.guesses.get("council")
    placed: list[tuple[int, str]] = []
    if (
        council_guess
        and council_guess.line is not None
        and council.casefold() in council_guess.value.casefold()
        and len(lines[council_guess.line - 1].split()) <= MAX_HEADING_WORDS
    ):  # a title line naming the council is read; a paragraph naming it may state items
        placed.append((council_guess.line, "council name"))
    title_guess = guessed.get("title")
    if printed is not None:
        source_line = printed.line
    else:
        source_line = title_guess.line if title_guess and title_guess.line else guess.title_line
    info = PlanInfo(
        authority=authority,
        slug=slug,
        title=title,
        plan_type=plan_type,
        start_year=start,
        end_year=end,
        source_line=source_line,
        authority_label=council,
        gss=stated.gss,
        draws_on=stated.draws_on,
    )
    return PlanReading(info, guessed, placed)


#: A title page is at most this many lines below the heading above it.
TITLE_PAGE_LINES = 8


def title_page(title_line: int, headings: Sequence[int], lines: Sequence[str]) -> list[int]:
    """Return the non-blank lines between the last of ``headings`` above ``title_line`` and it: the
    plan's title page ("APPENDIX 1", "Draft CYPP", "2010-2013", then the title); none when no heading
    is within :data:`TITLE_PAGE_LINES` above it.

    Example:
        >>> title_page(5, [1], ["APPENDIX 1", "", "2010-2013", "", "Our Plan"])
        [3]
    """
    above = max((line for line in headings if line < title_line), default=None)
    if above is None or title_line - above > TITLE_PAGE_LINES:
        return []
    return [number for number in range(above + 1, title_line) if lines[number - 1].strip()]
