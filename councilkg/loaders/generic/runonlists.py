"""Lists run onto one line: a list item running on into more items marked by its own glyph ("A; o B;
and o C"), a marked list run on after its lead-in ("… for all children to: – feel safe – be heard –
do well"), and clauses between semicolons after one ("We want children to: be healthy; stay safe; and
achieve.").
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import ROUND_BULLETS
from councilkg.loaders.generic.leadinkind import lead_in_kind


def inline_bullets(text: str, glyph: str) -> list[str]:
    """Return a list item's text split where it runs on into more items marked by the same glyph.

    A web page's list flattened into one line keeps its marks: "A; o B; and o C". A round bullet
    marks an item wherever it stands; a letter or dash only after a semicolon (a dash also joins words).

    Example:
        >>> inline_bullets("Scrutiny of transitions; o A focus on wellbeing; and o Plan for the review", "o")
        ['Scrutiny of transitions', 'A focus on wellbeing', 'Plan for the review']
        >>> inline_bullets("Work stream One - The Local Offer", "-")
        ['Work stream One - The Local Offer']
    """
    if glyph not in text:
        return [text]
    mark = re.escape(glyph)
    before = r"\s*;?\s*" if glyph in RUN_GLYPHS else r";\s*"
    separator = rf"{before}(?:and\s+)?{mark}\s+"
    parts = [part.strip(" ;") for part in re.split(separator, text)]
    return [part for part in parts if part] or [text]


#: "… for all children and young people to: – feel safe … – have …": a list run on after its lead-in
#: (a bullet copied as a full stop marks one too: "The four priority areas are: . Driving Economic …").
_LEAD_IN_RUN = re.compile(
    r"^(?P<lead>[^:]{3,300}:)\s*(?P<glyph>[" + ROUND_BULLETS + r"–.-])\s+(?P<rest>\S.*)$"
)
#: The marks that part the items of a run wherever they stand in a line.
RUN_GLYPHS = ROUND_BULLETS + "§■"
#: "DESIRED OUTCOMES § Enable more residents …": a heading of a few words, then the run's first mark.
_HEADED_RUN = re.compile(
    r"^(?P<lead>[A-Z][^:.;"
    + ROUND_BULLETS
    + r"§■]{2,50}?)\s+(?P<glyph>["
    + ROUND_BULLETS
    + r"§■])\s+(?P<rest>\S.*)$"
)
#: An item of a list run on after its lead-in is a phrase or a sentence, not a paragraph.
MAX_RUN_ON_PART_WORDS = 30
RULE_RUN_ON_LIST = "list run on after its lead-in"


def lead_in_run(text: str) -> tuple[str, list[str]] | None:
    """Return the lead-in and the items of a marked list run on after it on one line, else ``None``.

    Three or more items, each marked by the same glyph, none long, all starting alike (in capitals
    or not): a dash inside one item's phrase ("Be heard – have a voice") makes no list.

    Example:
        >>> lead_in_run("Our key priorities will be for all children to: – feel safe – be heard – do well")
        ('Our key priorities will be for all children to:', ['feel safe', 'be heard', 'do well'])
        >>> lead_in_run("Note: – see page 4 – Annex B") is None
        True
        >>> lead_in_run("DESIRED OUTCOMES § Enable more residents to get online § Making every pound count § "
        ...             "Increase in resident involvement")[1][:2]
        ['Enable more residents to get online', 'Making every pound count']
        >>> lead_in_run("We want children to: be healthy; stay safe; and achieve.")
        ('We want children to:', ['be healthy', 'stay safe', 'achieve'])
        >>> lead_in_run("The four priority areas are: . Driving Economic Vitality . Caring for the "
        ...             "Environment . Providing a Special Place to Live")[1]
        ['Driving Economic Vitality', 'Caring for the Environment', 'Providing a Special Place to Live']
    """
    found = _LEAD_IN_RUN.match(text) if len(text) < 3000 else None
    if found is None and len(text) < 3000 and (headed := _HEADED_RUN.match(text)):
        # "DESIRED OUTCOMES § Enable more residents to get online § Making every pound count § …": a
        # heading naming the items' kind, the list run on after it with no colon
        found = headed if lead_in_kind(headed.group("lead")) else None
    if found is None:
        return _clauses_run(text) if len(text) < 3000 else None
    parts = [
        part.strip(" ;")
        for part in re.split(rf"\s+{re.escape(found.group('glyph'))}\s+", found.group("rest"))
    ]
    if (
        len(parts) < 3
        or any(not 1 <= len(part.split()) <= MAX_RUN_ON_PART_WORDS for part in parts)
        or len({part[:1].isupper() for part in parts}) > 1
    ):
        return None
    return found.group("lead"), parts


#: "… children and young people to: have supportive families; live safe from harm; …; and have …"
_LEAD_IN_CLAUSES = re.compile(r"^[\"“‘']?(?P<lead>[^:;]{3,300}:)\s*(?P<rest>[a-z][^:]*;[^:]*)$")
MAX_CLAUSE_WORDS = 12
#: A lead-in naming its items' kind ("Key actions include:") says what they are: they may run longer.
MAX_NAMED_CLAUSE_WORDS = 16


def _clauses_run(text: str) -> tuple[str, list[str]] | None:
    """Return the lead-in and the clauses of a list run on after it between semicolons (three or more,
    each short and in lower case, the last after "and"), else ``None``; each up to 16 words when the
    lead-in names their kind ("Key actions include: leadership changes; an urgent independent review of
    60 of the most complex cases in Early Help services; …")."""
    found = _LEAD_IN_CLAUSES.match(text)
    if found is None:
        return None
    parts = [part.strip(" .”’\"'") for part in found.group("rest").split(";")]
    parts[-1] = parts[-1].removeprefix("and ")
    longest = MAX_NAMED_CLAUSE_WORDS if lead_in_kind(found.group("lead")) else MAX_CLAUSE_WORDS
    if len(parts) < 3 or any(
        not part[:1].islower() or not 1 <= len(part.split()) <= longest for part in parts
    ):
        return None
    return found.group("lead"), parts


#: Where titles printed one a line were glued together when the line breaks were lost: a small letter
#: right before a capital ("Strong familiesTrusted relationshipsSafe places …").
_GLUED = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z])")
_SMALL_WORD_END = re.compile(r"(?:^|[\s(])[a-z]{2,}\)?$")
#: Titles glued on one line: this many at least, each a short title.
MIN_GLUED_TITLES = 3
MAX_GLUED_TITLE_WORDS = 12
RULE_GLUED_TITLES = "titles glued on one line after a lead-in"


def glued_titles(text: str) -> list[str]:
    """Return the titles of a line that glues three or more short titles together where their line
    breaks were lost, else ``[]`` (one glued pair is a word's capital, "McDonald", or a typo).

    Example:
        >>> glued_titles("Strong familiesTrusted relationshipsSafe places and positive activities")
        ['Strong families', 'Trusted relationships', 'Safe places and positive activities']
        >>> glued_titles("Working with McDonald's and iPhone users"), glued_titles("One title. Two.")
        ([], [])
    """
    # a boundary counts only after a word in small letters ("familiesTrusted", not "McDonald", "iPhone")
    cuts = [at.start() for at in _GLUED.finditer(text) if _SMALL_WORD_END.search(text, 0, at.start())]
    parts = [text[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    if len(parts) < MIN_GLUED_TITLES or any(
        not part[:1].isupper() or not 1 <= len(part.split()) <= MAX_GLUED_TITLE_WORDS or part.endswith(".")
        for part in parts
    ):
        return []
    return parts
