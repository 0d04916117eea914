"""A marked list its lead-in's paragraph counts: minutes and news retelling a plan's list.

News pages and minutes state how many items a plan has in a sentence of their own, then lead in the
list with words that name no kind:

    The plan includes 16 wide-ranging actions, from fighting for hospital services to …
    The 100 day action plan makes a commitment to:
    1. Urge the Secretary of State to …

or count them in the lead-in's paragraph, a sentence before its colon or dash ("… focus primarily on
five priority delivery programmes. Mr Stoten provided detailed explanations of the programmes:",
"… along with six recommendations of improvement activity … The areas identified as requiring
improvement comprised –"). The count is the evidence: the list is read only when exactly that many
numbered (1, 2, 3 … in order) or bulleted lines follow, and the counted words name a kind of plan
item ("actions", "priority … programmes"; "areas" and "recommendations" only where the lead-in says
its items are areas for improvement: an inspection's findings a plan answers). A count of anything
else ("three points", "four areas" an inspection looked at, a committee's "three recommendations to
improve the report"), a list longer or shorter than its count, one counted as values or a document's
parts, or one a lead-in naming its kind or counting it itself leads in (the outline's lead-in rules
read those) is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.generic.countedlists import DOCUMENT_PART_WORDS, counted_list_kind
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import KIND_OF_WORD, LIST_KIND_WORDS, OTHER_LIST_NOUNS
from councilkg.loaders.parsing.runlists import COUNT_WORDS, RunItem, count_value

RULE_PARAGRAPH_COUNT = "list item its lead-in's paragraph counts"
#: A list retold in minutes or news is short; a count above this is a figure, not a list's length.
MAX_COUNT = 20
MIN_COUNT = 2
MAX_ITEM_WORDS = 40
#: "The … makes a commitment to:", "… comprised –": a lead-in ends in a colon or a dash.
_LEAD_IN_END = re.compile(r"(?::|\s[–—-])\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: What a meeting noted, raised or asked: its own points, not a plan's items.
_MEETING_POINTS = re.compile(r"\b(?:points|issues|comments|questions|observations|concerns)\b", re.IGNORECASE)
#: A news page's advertisement between a lead-in and its list ("- Advertisement -").
_ADVERT = re.compile(r"^[\s–—-]*advertisement[\s–—-]*$", re.IGNORECASE)
#: The words counted: a count, up to three words (the kind among them: "five priority delivery
#: programmes"), then the noun counted.
_COUNTED = re.compile(
    rf"(?<![\d/–-])\b(?P<count>{COUNT_WORDS})\s+(?P<words>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+?(?:s|ies)\b)",
    re.IGNORECASE,
)
#: The kinds read: measures and risks counted are read by their own rules.
_KINDS = frozenset({"priority", "action", "outcome"})
#: "seven areas", "six recommendations": the kind only where the lead-in says they are areas for improvement.
_IMPROVEMENT_WORDS = re.compile(r"^(?:areas|recommendations)$", re.IGNORECASE)
_IMPROVEMENT_AREAS = re.compile(r"\bareas\b.*\bimprov|\bimprov.*\bareas\b", re.IGNORECASE)
#: What a plan is made of, or holds to, rather than what it sets: no item.
_NOT_ITEMS = re.compile(rf"\b(?:{DOCUMENT_PART_WORDS}|other|years?|months?|weeks?|days?)\b", re.IGNORECASE)
#: Any count at all: a lead-in counting something itself is not counted by the paragraph above it.
_ANY_COUNT = re.compile(rf"(?<![\d/–-])\b{COUNT_WORDS}\s+[A-Za-z]", re.IGNORECASE)


def paragraph_counted(
    texts: Sequence[tuple[int, str]], position: int
) -> tuple[str, list[RunItem], str] | None:
    """Return the kind word, the items and the rule of a numbered or bulleted list after the lead-in
    ``texts[position]`` (numbered lines, blank ones empty) that a count in the lead-in's paragraph, or
    in the paragraph just above it, names exactly; else ``None``.

    Example:
        >>> kind, items, _ = paragraph_counted([
        ...     (1, "The plan includes 3 wide-ranging actions, from hospital services to parks."),
        ...     (2, ""), (3, "The plan makes a commitment to:"), (4, "1. Lobby for more police"),
        ...     (5, "2. Upgrade four more play areas"), (6, "3. Improve our nature reserves")], 2)
        >>> kind, [item.ref for item in items], items[0].label
        ('actions', ['1', '2', '3'], 'Lobby for more police')
        >>> paragraph_counted([(1, "The inspectors looked at three areas:"), (2, "• Leadership"),
        ...     (3, "• Assessments"), (4, "• Care leavers")], 0) is None
        True
    """
    lead_in = texts[position][1]
    bullet = BULLET.match(lead_in)
    lead_in = lead_in[bullet.end() :] if bullet else lead_in
    if not _LEAD_IN_END.search(lead_in) or NUMBER.match(lead_in) or lead_in_kind(lead_in) is not None:
        return None  # a lead-in naming its kind is read by the outline's lead-in rules
    items = _items(texts, position)
    if items is None or not MIN_COUNT <= len(items) <= MAX_COUNT:
        return None
    last_sentence = _SENTENCE.split(lead_in.strip())[-1]
    if OTHER_LIST_NOUNS.search(last_sentence) or _MEETING_POINTS.search(last_sentence):
        # "Our values are:", "… the partners:", "… the following principal points were noted:": what the
        # list holds is no plan item
        return None
    # "The areas identified as requiring improvement comprised –": the lead-in says its items are areas
    # for improvement, so a count of recommendations or areas in its paragraph counts them
    improvement = bool(_IMPROVEMENT_AREAS.search(last_sentence))
    kind = _counted_kind(lead_in, len(items), improvement)
    if kind is None and len(_SENTENCE.split(lead_in.strip())) == 1 and not _ANY_COUNT.search(lead_in):
        # a lead-in of one sentence, counting nothing itself ("Imperative one: Improve school attendance.
        # We will monitor this by assessing:" is an item's own, its measures no count above names)
        kind = _counted_kind(_paragraph_above(texts, position), len(items), improvement)
    if kind is None or _counted_by_lead_in(texts, position, lead_in):
        return None
    return kind, items, RULE_PARAGRAPH_COUNT


def _counted_by_lead_in(texts: Sequence[tuple[int, str]], position: int, lead_in: str) -> bool:
    """True when the outline's counted lead-ins read the list already ("… three main priority missions
    for the town" / "These are to:"): the list is theirs."""
    if not lead_in.endswith(":"):
        return False
    lines = [""] * texts[-1][0]
    for number, text in texts:
        lines[number - 1] = text
    return (
        counted_list_kind(
            lead_in, _paragraph_above(texts, position, any_line=True), lines, texts[position][0]
        )
        is not None
    )


def _counted_kind(paragraph: str, count: int, improvement: bool) -> str | None:
    """Return the kind word of the last count in ``paragraph`` of ``count`` items naming a kind (areas
    or recommendations too when the lead-in names areas for ``improvement``)."""
    for sentence in reversed(_SENTENCE.split(paragraph.strip())):
        for found in reversed(list(_COUNTED.finditer(sentence))):
            words = found.group("words").split()
            if count_value(found.group("count")) != count or _NOT_ITEMS.search(found.group("words")):
                continue
            if OTHER_LIST_NOUNS.search(found.group("words")):
                continue
            for word in words:
                if word.casefold() == "priority":
                    return "priorities"  # "five priority delivery programmes"
                if LIST_KIND_WORDS.fullmatch(word) and KIND_OF_WORD.get(word.casefold()) in _KINDS:
                    return word.casefold()
            if improvement and _IMPROVEMENT_WORDS.match(words[-1]):
                return "priorities"  # "improvements will be made in seven areas"
    return None


def _paragraph_above(texts: Sequence[tuple[int, str]], position: int, any_line: bool = False) -> str:
    """Return the text of the paragraph just above the lead-in (blank lines between), or ``""`` when the
    line above is no sentence (a heading, a list item) and not ``any_line``."""
    for _number, text in reversed(texts[:position]):
        if not text:
            continue
        marked = BULLET.match(text) or NUMBER.match(text)
        return text if any_line or (not marked and text.rstrip().endswith((".", ","))) else ""
    return ""


def _items(texts: Sequence[tuple[int, str]], position: int) -> list[RunItem] | None:
    """Return the list after the lead-in: numbered lines 1, 2, 3 … in order, or bullets of one glyph
    (an advertisement between them skipped); ``None`` when no such list follows."""
    items: list[RunItem] = []
    marker = None  # "number", or the bullets' glyph
    for number, text in texts[position + 1 :]:
        if not text or _ADVERT.match(text):
            continue
        numbered = NUMBER.match(text)
        bullet = BULLET.match(text)
        if numbered and marker in {None, "number"} and numbered.group(1) == str(len(items) + 1):
            marker, ref, label = "number", numbered.group(1), text[numbered.end() :]
        elif bullet and not numbered and marker in {None, bullet.group(0).strip()}:
            marker, ref, label = bullet.group(0).strip(), None, text[bullet.end() :]
        else:
            break
        label = _label(label)
        if not label or len(label.split()) > MAX_ITEM_WORDS:
            return None
        items.append(RunItem(number, ref, label))
    return items or None


def _label(text: str) -> str:
    """Return a list item's text without the joining words and stops that end it ("…; and")."""
    return re.sub(r"(?:[;,]\s*(?:and|or)?|\.)\s*$", "", text.strip()).strip()
