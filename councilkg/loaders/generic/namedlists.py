"""Items minutes and news name in one sentence after their kind, with no count: "Key priorities within
the 2022/23 plan, attached at Appendix 1, included serious youth violence, promoting the voice of young
people, … and mobilising health, education and other services.", "The risks categorised as red … related
to children's social care, GDPR, … and the towns fund programme.", "… will deliver actions such as …",
"A, B, … and D will form the backbone of a new three-year plan".

A count lets a list be checked (:func:`~councilkg.loaders.parsing.runlists.counted_run`); with none, the
sentence must say the items are its kind's ("priorities … included", "risks … related to", "actions such
as", or behind a colon: "priorities including:", "priorities are:"), name three or more, each a short
phrase, and end with them. Where the items are led by verbs in -ing ("maintaining …, supporting … and
strengthening collaborative work on serious youth violence, child sexual exploitation, knife crimes and
gangs work"), the last item starts at the last "and" before such a verb, so the commas inside it part
nothing; with no such "and", a piece led by no such verb continues the item before it. The commas after
a closing ", and" are inside the last item. The items may come first, as the sentence's subject:
"Emergency planning, business continuity, … and Grant Thornton audit findings recommendations were among
the amber risks."
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlinelines import GENERIC_KIND_WORD
from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, count_value

RULE_NAMED_LIST = "items a sentence names after their kind, uncounted"
#: The kinds a sentence names its items after (the plural: a list of them follows).
_KINDS = (
    r"priorities|priority areas|key areas|priority themes|objectives|aims|goals|ambitions|outcomes|risks|"
    r"actions"
)
#: "… the issues members raised included …", "… the priorities the consultation heard …": what was
#: said at a meeting or in a consultation, not what the plan holds
_SAID = re.compile(
    r"\b(?:raised|discussed|mentioned|told|heard|feedback|consultation|survey)\b", re.IGNORECASE
)
#: "<kind> [what they are of, up to a dozen words] (which) included / include / related to <items>."
_NAMED = re.compile(
    rf"\b(?P<kind>{_KINDS})\b(?P<gap>(?:[^.:;!?]|\.\d){{0,120}}?)\s+(?:which\s+|that\s+)?"
    # "included in the register", "included as": a participle, no list after it
    # "… identified priorities including: A, B, … and E.": a colon makes "including" or "are" a lead-in
    # to the whole list, where without one "including" gives examples
    r"(?P<verb>included|includes?|related to|such as|(?:including|are|were)(?=:)|are|were):?\s+"
    r"(?!(?:in|within|on|as|at|by|under)\s)(?P<items>[^:;!?]+?)\.?\s*$",
    re.IGNORECASE,
)
#: "<items> were among the amber risks.": the items first, the sentence's subject, then their kind.
_NAMED_BEFORE = re.compile(
    # "It was noted that A, and B, were the … priorities": a reported clause, whose commas part nothing sure
    r"^(?!(?:it|there|this|that)\b)(?P<items>[^:;!?]+?),?\s+(?:were|are)\s+(?:among\s+|all\s+|also\s+)?"
    r"(?:the|its|our|their)\s+"
    rf"(?P<gap>(?:[^.:;!?\s]+\s+){{0,6}}?)(?P<kind>{_KINDS})\b[^.:;!?]{{0,40}}\.?\s*$",
    re.IGNORECASE,
)
#: "We have with our Community Safety Partnership agreed that A, B, … and D are our priorities": a clause
#: reported after "that" opens the subject, so whose items they are, and where the first starts, is unsure
_REPORTED = re.compile(r"\bthat\s", re.IGNORECASE)
#: "Economic growth, social cohesion, … and being an efficient council will form the backbone of a new
#: three-year plan …": the items first, then what they are to the plan (its priorities).
_PLANS_BACKBONE = re.compile(
    r"^(?!(?:it|there|this|that)\b)(?P<items>[^:;!?]+?),?\s+(?:will\s+(?:form|be)|form|are|were)\s+"
    r"(?:the\s+)?(?:backbone|heart|core|cornerstones?|pillars|foundations?)\s+of\s+(?:an?|the|our|its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:plan|strategy)\b",
    re.IGNORECASE,
)
#: "… the existing priorities of Our Communities, Our Council, Our Economy, and Our Homes.", "… the
#: established key themes of Wellbeing, Pride in Place and Growth, but …": the kind, "of", then titles.
_NAMED_OF = re.compile(
    rf"\b(?P<kind>{_KINDS}|themes)\s+of\s+(?P<items>[A-Z‘'][^:;!?]+?)(?:,\s+but\b|\.?\s*$)",
    re.IGNORECASE,
)
#: "These include A, B and C.": a sentence naming the items of the kind the sentence before ends with.
_POINTED_BACK = re.compile(
    r"^[“\"]?(?:these|they)\s+(?:include|included)\s+(?P<items>[^:;!?]+?)\.?[”\"]?\s*$", re.IGNORECASE
)
#: "… also outlines various initiatives": a sentence ending with the kind (initiatives and projects are
#: what a plan does, its actions).
_ACTION_WORDS = ("initiatives", "projects")
_KIND_ENDING = re.compile(
    # "… that will form their priorities for the coming year.": what they are for may follow the kind
    rf"\b(?P<kind>{_KINDS}|initiatives|projects)"
    r"(?:\s+(?:for|to|in|on|between|over|until|during|from)\b[^.!?]{0,50})?[.”\"]?\s*$",
    re.IGNORECASE,
)
#: ", amongst numerous other projects": the list is some of them, the rest unnamed.
_OTHERS_TOO = re.compile(
    r",?\s+(?:amongst|among)\s+(?:numerous|many|several|a number of|various)?\s*other\s+\w+\s*\.?$",
    re.IGNORECASE,
)
#: A count right before the kind ("the eight key priorities"): the list named must hold that many.
_COUNT_BEFORE = re.compile(rf"{COUNT_AND_WORDS}$", re.IGNORECASE)
#: A sentence's end: a full stop before a space and a capital, or the line's end.
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z“\"‘'])")
MAX_GAP_WORDS = 12
MIN_ITEMS = 3
#: A title named in a predicate ("… are Well-being, Pride in Place, and Growth") is this short.
MAX_TITLE_WORDS = 4
MAX_ITEM_WORDS = 16
#: A predicate naming this many items is a list whatever its items open with: three may be what the
#: kind is said to be ("Our priorities are clear, simple and agreed by partners.").
MIN_PREDICATE_LIST = 5
MAX_PHRASE_WORDS = 6
_GERUND = re.compile(r"^[a-z]+ing$")
_BRACKETED = re.compile(r"\([^()]*\)")


def named_list(text: str, above: str = "") -> tuple[str, list[str]] | None:
    """Return the kind word and the items a sentence of ``text`` names after their kind, else ``None``;
    ``above`` is the paragraph above, whose last sentence a first "They include …" points back at.

    Example:
        >>> named_list("The Plan identified priorities for 2018/2019 which included maintaining the low "
        ...            "level of entrants, supporting young people and strengthening work on violence, "
        ...            "exploitation and gangs work.")  # doctest: +NORMALIZE_WHITESPACE
        ('priorities', ['maintaining the low level of entrants', 'supporting young people',
         'strengthening work on violence, exploitation and gangs work'])
        >>> named_list("Its priorities, including improving life chances, young people and families.") is None
        True
        >>> named_list("The council's priorities are growing the economy, valuing the environment and "
        ...            "protecting the vulnerable.")  # doctest: +NORMALIZE_WHITESPACE
        ('priorities', ['growing the economy', 'valuing the environment', 'protecting the vulnerable'])
        >>> named_list("The priority themes agreed on as part of the new Corporate Strategy are Well-being, "
        ...            "Pride in Place, and Growth.")
        ('priority themes', ['Well-being', 'Pride in Place', 'Growth'])
        >>> named_list("Our priorities are clear, simple and agreed by partners.") is None
        True
        >>> named_list("Economic growth, social cohesion and being an efficient council will form the "
        ...            "backbone of a new three-year plan set to be agreed.")
        ('priorities', ['Economic growth', 'social cohesion', 'being an efficient council'])
        >>> named_list("The plan sets out the eight key priorities which include tackling housing, "
        ...            "protecting the environment and strengthening the economy.") is None
        True
        >>> named_list("The strategy maintains the established key themes of Wellbeing, Pride in Place and "
        ...            "Growth, but the theme ‘A Responsive Council’ has been introduced.")
        ('themes', ['Wellbeing', 'Pride in Place', 'Growth'])
        >>> named_list("The plan also outlines various initiatives. These include regeneration of the "
        ...            "square, reviewing the Local Plan, and upgrading CCTV, amongst many other projects.")
        ('actions', ['regeneration of the square', 'reviewing the Local Plan', 'upgrading CCTV'])
        >>> named_list("They include reducing re-offending and working more closely with families.",
        ...            "Staff say key areas will form their priorities for the coming year.")
        ('priorities', ['reducing re-offending', 'working more closely with families'])
    """
    previous = _SENTENCE_END.split(above)[-1] if above else ""
    for sentence in _SENTENCE_END.split(text):
        sentence_before, previous = previous, sentence
        if (pointed := _POINTED_BACK.match(sentence)) and (kind := _KIND_ENDING.search(sentence_before)):
            # "… also outlines various initiatives. These include A, B, … and H, amongst numerous other
            # projects.": the sentence before names what the items are
            pointed_items = _OTHERS_TOO.sub("", pointed.group("items")).strip()
            if items := _items(pointed_items) or _gerund_pair(pointed_items):
                word = kind.group("kind").casefold()
                return ("actions" if word in _ACTION_WORDS else word), items
        before = _NAMED_BEFORE.match(sentence)
        if (
            before
            and not _SAID.search(before.group("gap"))
            and not _REPORTED.search(before.group("items"))
            and (items := _items(before.group("items").strip()))
        ):
            return before.group("kind").casefold(), items
        backbone = _PLANS_BACKBONE.match(sentence)
        if backbone and (items := _items(backbone.group("items").strip())):
            return "priorities", items
        named_of = _NAMED_OF.search(sentence)
        if named_of and (items := _items(named_of.group("items").strip())) and _all_titles(items):
            return named_of.group("kind").casefold(), items
        found = _NAMED.search(sentence)
        if found is None or GENERIC_KIND_WORD.search(sentence[: found.start()]):
            continue
        if len(found.group("gap").split()) > MAX_GAP_WORDS or _SAID.search(found.group("gap")):
            continue
        if found.group("verb").casefold() == "such as" and found.group("kind").casefold() != "actions":
            # "… some early priorities such as implementing …": a plan's narrative giving examples; only
            # actions named so were a plan's items on the released plans
            continue
        quoted = quoted_items(found.group("items").strip())
        items = quoted or _items(found.group("items").strip())
        counted = _COUNT_BEFORE.search(sentence, 0, found.start("kind"))
        if items and counted and count_value(counted.group("count")) != len(items):
            continue  # "… the eight key priorities which include A, B, C and D": some of them, for example
        # "… their priorities are growing the economy, valuing the environment, … and helping …": with
        # no colon, only a predicate of actions in -ing, right after the kind, lists its items
        if (
            items
            and not quoted  # "… which are ‘a stronger economy’, ‘resilient communities’ and ‘…’": each bound
            and _predicate(sentence, found)
            and not _all_gerunds(items, found.group("gap"))
            and not _all_titles(items)
            and not _phrase_list(items, found.group("gap"))
        ):
            continue
        if items:
            return found.group("kind").casefold(), items
    return None


_GERUND_PAIR = re.compile(r"(?P<first>[a-z]+ing\s[^,]+?)\s+and\s+(?P<second>[a-z]+ing\s[^,]+)")


def _gerund_pair(text: str) -> list[str]:
    """Return the two items of "reducing re-offending further and working more closely with families"
    (each led by a verb in -ing, one "and" between), else []."""
    pair = _GERUND_PAIR.fullmatch(text.rstrip("."))
    if pair is None or " and " in pair.group("first"):
        return []
    items = [pair.group("first"), pair.group("second")]
    return items if all(len(item.split()) <= MAX_ITEM_WORDS for item in items) else []


def _predicate(sentence: str, found: re.Match[str]) -> bool:
    """True when the named items are a predicate after "are" or "were" with no colon before them."""
    colon = sentence[found.end("verb") : found.end("verb") + 1] == ":"
    return found.group("verb").casefold() in {"are", "were"} and not colon


def _all_titles(items: list[str]) -> bool:
    """True when every item is a short title, capitalised ("Well-being", "Pride in Place", "Growth")."""
    return all(item[:1].isupper() and len(item.split()) <= MAX_TITLE_WORDS for item in items)


def _phrase_list(items: list[str], gap: str) -> bool:
    """True when the kind is followed at once by five short phrases or more: "Our priorities are economic
    and physical regeneration, cultural regeneration, …, and transforming the way we work." is a list,
    however its items open."""
    short = all(len(item.split()) <= MAX_PHRASE_WORDS for item in items)
    return len(items) >= MIN_PREDICATE_LIST and short and len(gap.split()) <= 1


def _all_gerunds(items: list[str], gap: str) -> bool:
    """True when every item opens with a verb in -ing and at most one word parts them from their kind."""
    return len(gap.split()) <= 1 and all(_GERUND.match(item.split()[0]) for item in items)


#: "‘a clean, green and tidy town’, ‘improving our governance’ and ‘more and better homes’": each item
#: quoted, the quotes parting them whatever commas they hold.
_QUOTED_RUN = re.compile(
    r"^(?:‘[^‘’]+’\s*,\s*){2,}(?:and\s+)?‘[^‘’]+’$|^(?:“[^“”]+”\s*,\s*){2,}(?:and\s+)?“[^“”]+”$"
)
_QUOTED_LAST = re.compile(r"^(?P<before>.*[’”])\s*,?\s+and\s+(?P<last>[‘“][^‘’“”]+[’”])$")
_QUOTE = re.compile(r"[‘“]([^‘’“”]+)[’”]")


def quoted_items(text: str) -> list[str]:
    """Return the items of a list whose every item is quoted ("‘A, B and C’, ‘D’ and ‘E’"), else []."""
    text = text.rstrip(".")
    last = _QUOTED_LAST.match(text)
    joined = f"{last.group('before')}, {last.group('last')}" if last else text
    if not _QUOTED_RUN.match(joined):
        return []
    items = [" ".join(found.group(1).split()) for found in _QUOTE.finditer(joined)]
    return (
        items
        if len(items) >= MIN_ITEMS and all(len(item.split()) <= MAX_ITEM_WORDS for item in items)
        else []
    )


def _items(text: str) -> list[str]:
    """Return the items of "A, B, C and D" (commas inside brackets part nothing), or [] unless there are
    three or more short ones."""
    pieces = _outside_brackets(text, ",")
    gerunds = [piece for piece in pieces if _GERUND.match(piece.split()[0] if piece.split() else "")]
    # "…, supporting … and strengthening work on violence, exploitation and gangs work": the last item
    # starts at the last "and" before a verb in -ing, when the items before are led so
    last_and = None
    if gerunds:
        whole = ", ".join(pieces)
        ands = [
            m for m in re.finditer(r",?\s+and\s+(?=([a-z]+ing)\b)", whole) if _depth(whole, m.start()) == 0
        ]
        if ands:
            last_and = ands[-1]
            pieces = [*_outside_brackets(whole[: last_and.start()], ","), whole[last_and.end() :]]
    heads: list[str] = []  # what an item's length is judged by, where commas inside it lengthen it
    if last_and is None and len(gerunds) >= 2 and pieces[0] in gerunds:
        # "extending resilience programmes …, setting up online counselling, remodelling support for
        # Looked After Children, Youth Offending, children and young people in crisis": each item opens
        # with a verb in -ing; a piece that does not continues the item before it
        joined: list[str] = []
        for piece in pieces:
            if piece in gerunds or not joined:
                joined.append(piece)
            else:
                joined[-1] = f"{joined[-1]}, {piece}"
        pieces = joined
    elif last_and is None and pieces:
        closing = next((i for i, piece in enumerate(pieces[:-1]) if piece.startswith("and ")), None)
        if closing is not None:
            # "…, and strengthen the … provision with a focus on girls, teenagers and children …": the
            # item after the comma and "and" is the last; the commas after it are inside it
            heads = [*pieces[:closing], pieces[closing][4:]]
            pieces = [*pieces[:closing], ", ".join(pieces[closing:])[4:]]
        elif pieces[-1].startswith("and "):
            pieces[-1] = pieces[-1][4:]
        else:
            last = pieces[-1]
            ands = [m for m in re.finditer(r"\s+and\s+", last) if _depth(last, m.start()) == 0]
            if ands:
                pieces[-1:] = [last[: ands[-1].start()], last[ands[-1].end() :]]
    items = [" ".join(piece.split()) for piece in pieces]
    # an aside in brackets ("medium term financial strategy (with the … settlement to be published …)")
    # is said of the item, not counted in its length
    if len(items) < MIN_ITEMS or any(
        not 1 <= len(_BRACKETED.sub("", item).split()) <= MAX_ITEM_WORDS for item in heads or items
    ):
        return []
    return items


def _outside_brackets(text: str, separator: str) -> list[str]:
    """Return ``text`` split at ``separator`` where it stands outside brackets."""
    pieces, start = [], 0
    for index, char in enumerate(text):
        if char == separator and _depth(text, index) == 0:
            pieces.append(text[start:index].strip())
            start = index + 1
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _depth(text: str, index: int) -> int:
    """Return how many brackets are open at ``index`` of ``text``."""
    return text.count("(", 0, index) - text.count(")", 0, index)
