"""A plan's contents page whose entries are its themes though no entry names their kind.

"Message from the Leader 4" / "Delivering our vision 5" / "Economic prosperity 6" / "Narrowing the
gap 7" / … / "Strong and confident Bolton 14" / "Find out more 15": a council plan printed one chapter a
theme lists its themes as plain contents entries, between the front matter (foreword, introduction,
vision) and the back matter (appendix, contacts). Nothing names their kind, so the entries are read
only where the whole page has that shape: every entry unmarked and paged, the pages never going back,
front matter first, then a run of short titles none of which is a report's or a review's section
(context, budget summary, achievements, governance), then back matter only. A contents page of
sections (a report's, a review's, a budget book's) breaks the run with one of those, and gives none.
:func:`theme_entries` returns the run; the outline reader adds it only where it read no item after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.loaders.parsing.matching import match_key
from councilkg.loaders.parsing.runlists import COUNT_WORDS

RULE_CONTENTS_THEME = "contents entry between a plan's front and back matter"

#: "Section 3:", "Chapter 2", "CHAPTER FOUR", "Part 1 –": an entry numbered as one of the document's
#: divisions.
DIVISION_LABEL = re.compile(rf"^(?:chapter|section|part)\s+(?:one|{COUNT_WORDS})\b", re.IGNORECASE)

#: A contents page's opening entries: "Foreword", "Message from the Leader …", "Delivering our vision",
#: "Contents Executive Summary" (the heading glued to it), "Our Council Plan".
_FRONT = re.compile(
    r"^(?:contents\s+)?(?:forew[oa]rd|forward|introduction|welcome|preface|executive summary|summary|"
    r"message from|a message from|statement (?:by|from)|about\b|"
    r"(?:delivering )?(?:our |the )?(?:shared |joint |common )?vision|"
    r"our (?:council |corporate )?plan|the (?:council |corporate )?plan|"
    r"achievements|explanatory notes|cover(?: page)?|contents|mission statement|our mission)\b",
    re.IGNORECASE,
)
#: A contents page's closing entries: "Appendix", "Find out more", "Customer Feedback", "Contact us".
_BACK = re.compile(
    r"^(?:appendi(?:x|ces)|annex|glossary|find out more|further information|contacts?\b|contact us|"
    r"customer feedback|feedback|references|sources?\b|source documents|supporting information|"
    r"acknowledgements|useful|how to|"
    r"next steps|conclusion|back[ -]?cover)",
    re.IGNORECASE,
)
#: A front chapter on the plan itself: "Introducing Wyre Forest Matters and the Sustainable Community
#: Strategy", "Delivering the Strategy", "Monitoring the Sustainable Community Strategy".
_ON_THE_PLAN = re.compile(
    r"^(?:introducing|delivering|monitoring|developing|implementing)\b.*\b(?:strategy|plan)\s*$",
    re.IGNORECASE,
)
#: A plan's financial chapter, printed after its themes: "Medium Term Financial Plan and Financial
#: Information", "Budget Summary".
_FINANCES = re.compile(
    r"\b(?:financial|finance|budget)\s+(?:plan|information|summary|strategy|position)\b|^budget\b",
    re.IGNORECASE,
)


def is_plan_matter(name: str) -> bool:
    """True for a contents entry of a plan's front or back matter ("Foreword …", "Our Vision for …",
    "Achievements in 2011", "Appendix 2", "Medium Term Financial Plan …"): a chapter, never one of its items.

    Example:
        >>> is_plan_matter("Our Vision for Tameside"), is_plan_matter("Safe Tameside")
        (True, False)
        >>> is_plan_matter("Medium Term Financial Plan and Financial Information")
        True
    """
    return bool(_FRONT.match(name) or _BACK.match(name) or _FINANCES.search(name))


#: Words of a report's, a review's or a budget's sections, or of a plan's furniture: an entry holding
#: one is no theme, and the page no list of themes ("Revenue Budget Summary", "A profile of Rutland",
#: "Our governance structure", "Key Achievements 2011/2015").
SECTION_WORDS = re.compile(
    r"\b(?:context|background|profile|summary|overview|review|report|budget|revenue|capital|finance|"
    r"financial|fund|estimates|performance|achievements?|progress|governance|structure|monitoring|"
    r"risks?|plans?|strateg(?:y|ies)|framework|principles|values|vision|purpose|scope|methodology|"
    r"guidance|index|introduction|foreword|appendix|glossary|statement|section|part|chapter|"
    r"priorit(?:y|ies)|outcomes?|objectives?|ambitions?|aims?|goals?|themes?|actions?|measures?|"
    r"indicators?|targets?|data|statistics|consultation|partnership arrangements|staffing|"
    r"deliver(?:y|ing)|(?<=.)deliver)\b",  # "Deliver value for money" opens with the verb: a theme
    re.IGNORECASE,
)
#: A heading over narrative: a question, "How we will …", "What is …".
_NARRATIVE = re.compile(r"^(?:how|what|why|who|where|when|which)\b|\?\s*$", re.IGNORECASE)
#: A theme's title is short; "The Economy: Maximise growth …" is read by the words before its colon.
MAX_THEME_WORDS = 8
MIN_THEMES = 4
MAX_THEMES = 12
#: The largest step between the pages of two themes (a chapter a theme, not a report's sections).
MAX_THEME_PAGES = 20


@dataclass(frozen=True)
class ContentsEntry:
    """One entry of a contents page as read: its line, name, how it was marked and its page."""

    line: int
    name: str
    style: str
    page: int | None


def theme_title(name: str) -> str:
    """Return a theme's entry without the division numbering it ("Section 1 Regeneration and Growth" →
    "Regeneration and Growth").

    Example:
        >>> theme_title("Section 1 Regeneration and Growth"), theme_title("Safer Communities")
        ('Regeneration and Growth', 'Safer Communities')
    """
    division = DIVISION_LABEL.match(name)
    return name[division.end() :].lstrip(" :.–-") if division else name


def _title(name: str) -> str:
    return theme_title(name).split(":", 1)[0].strip()


def _is_theme(name: str) -> bool:
    title = _title(name)
    words = title.split()
    return (
        1 <= len(words) <= MAX_THEME_WORDS
        and not _NARRATIVE.search(name)
        and not SECTION_WORDS.search(title)
        and not _FRONT.match(title)
        and not _BACK.match(title)
        and not re.search(r"\d", title)
    )


def _is_front(name: str, cover: frozenset[str] = frozenset()) -> bool:
    # "How this Strategy was Developed": a question the front matter answers, before the themes
    return bool(
        _FRONT.match(name) or _ON_THE_PLAN.search(name) or _NARRATIVE.search(name) or _echoes(name, cover)
    )


#: Words too common to tell a title from another ("A fairer city with a sustainable future").
TITLE_COMMON_WORDS = frozenset(
    {"a", "an", "the", "and", "of", "with", "for", "to", "in", "on"}
    | {"our", "your", "its", "their", "we", "you"}
)


def title_words(text: str) -> frozenset[str]:
    """Return the words of ``text`` as :func:`~councilkg.loaders.parsing.matching.match_key` compares
    them, but the commonest ("a", "the", "our", …).

    Example:
        >>> sorted(title_words("A fairer city, a sustainable future"))
        ['city', 'fairer', 'future', 'sustainable']
    """
    return frozenset(match_key(text).split()) - TITLE_COMMON_WORDS


def _echoes(name: str, cover: frozenset[str]) -> bool:
    # "A fairer city with a sustainable future 10" under a cover printing "A fairer city, a sustainable
    # future": the plan's own name as its first chapter, no theme
    words = title_words(name)
    return bool(words) and words <= cover


def theme_entries(
    entries: Sequence[ContentsEntry], cover: frozenset[str] = frozenset()
) -> list[ContentsEntry]:
    """Return the entries of a contents page that are a plan's themes, or ``[]`` when the page is
    not one of front matter, a run of four to twelve short titles, then entries none of which is one.
    An entry whose words all stand in ``cover`` (:func:`title_words` of the lines above the page)
    repeats the plan's title: front matter.

    The page ends at its first entry printing no page (the lines read on below it are a footer or
    the body). Every entry after the front matter must be unmarked (no number, letter or bullet: a
    numbered page is a report's sections), the pages never going back; at least one entry of front
    matter comes first, and the back matter holds no short title (the run is not split by a section).

    Example:
        >>> page = [ContentsEntry(n, name, "none", n) for n, name in enumerate(["Foreword", "Safe",
        ...         "Healthy", "Achieving", "Thriving", "Find out more"], start=1)]
        >>> [entry.name for entry in theme_entries(page)]
        ['Safe', 'Healthy', 'Achieving', 'Thriving']
        >>> theme_entries([*page[:1], ContentsEntry(2, "Revenue Budget Summary", "none", 2), *page[1:]])
        []
    """
    paged = next((n for n, entry in enumerate(entries) if entry.page is None), len(entries))
    entries = entries[:paged]  # the lines read on after the paged entries: the page's footer, the body
    front = 0
    while front < len(entries) and _FRONT.match(entries[front].name):
        front += 1
    # A front entry's "number above" is the page number printed at the foot of the cover.
    if not entries or any(entry.style != "none" for entry in entries[front:]):
        return []
    # the pages up to the first back matter: entries after it may be a second column's ("Glossary page
    # 47" / "Foreword page 3")
    backs = (at for at in range(front, len(entries)) if _BACK.match(entries[at].name))
    first_back = next(backs, len(entries))
    pages = [entry.page for entry in entries[: first_back + 1] if entry.page is not None]
    if pages != sorted(pages):
        return []
    start = 0  # front matter, and the sections on the plan itself printed with it
    while start < len(entries) and (
        _is_front(entries[start].name, cover)
        # "Contents 3 / Christchurch Parish 4 / Introduction 5": one entry between two of front matter
        or (start > 0 and start + 1 < len(entries) and _is_front(entries[start + 1].name, cover))
    ):
        start += 1
    end = start
    while end < len(entries) and _is_theme(entries[end].name):
        end += 1
    run = list(entries[start:end])
    if start == 0 or not MIN_THEMES <= len(run) <= MAX_THEMES:
        return []
    back = next((at for at in range(end, len(entries)) if _BACK.match(entries[at].name)), len(entries))
    if any(_is_theme(entry.name) for entry in entries[end:back]):
        return []  # "Delivery plan 12" / "Safe 13": sections, not a run of themes and its back matter
    steps = [b - a for a, b in zip(pages[start:end], pages[start + 1 : end], strict=False)]
    if any(step > MAX_THEME_PAGES for step in steps):
        return []
    return run


#: Entries further apart than this many lines are on two contents pages (or one and the body).
MAX_ENTRY_GAP = 4


def contents_pages(entries: Sequence[ContentsEntry]) -> list[list[ContentsEntry]]:
    """Return ``entries`` (in the order read) parted into contents pages: a new page begins where
    an entry stands more than four lines below the one before it.

    Example:
        >>> [len(page) for page in contents_pages([ContentsEntry(n, "x", "none", 1) for n in (3, 5, 5, 20)])]
        [3, 1]
    """
    pages: list[list[ContentsEntry]] = []
    for entry in entries:
        if pages and 0 <= entry.line - pages[-1][-1].line <= MAX_ENTRY_GAP:
            pages[-1].append(entry)
        else:
            pages.append([entry])
    return pages
