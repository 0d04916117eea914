"""What a lead-in says the list after it holds: :func:`lead_in_kind` reads the kind of item a line
leading in a list names ("It identifies four strategic objectives for partners to achieve:" →
``"priority"``), or ``None`` when the list is something else (whom it was told to, what was achieved,
the values a council holds to, what a document sets out to do).
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.capitalised import title_word_follows
from councilkg.loaders.generic.outlinelines import (
    COUNTED,
    GENERIC_KIND_WORD,
    KIND_OF_WORD,
    KIND_STEM,
    LEAD_IN_CUES,
    LIST_KIND_WORDS,
    OTHER_LIST_NOUNS,
    SENTENCE_END,
)
from councilkg.loaders.generic.pairedkinds import paired_first
from councilkg.loaders.parsing.runlists import COUNT_WORDS

#: After the kind word, a clause saying the list is something else: what someone is to understand.
NOT_THE_ITEMS = re.compile(r"\bso that\b|\bin order (?:that|to)\b", re.IGNORECASE)


#: "Decision required:", "Recommendations sought": what a committee report asks of its readers, no
#: plan's list ("Actions Required" is also an action plan's column, so it still leads in actions).
REPORT_ASKS = re.compile(r"^(?:decisions?|recommendations?) (?:required|requested|sought)\b", re.IGNORECASE)


#: "Having considered the Strategy, the Committee:": what a meeting did follows, whatever was named before.
RESOLVING_BODY = re.compile(r"\b(?:committee|board|panel|cabinet|forum|members|meeting)\s*:\s*$", re.I)

#: "Council’s future priorities revealed", "Priorities for South Holland laid out by council": a news
#: headline, its verb last; the story under it is prose, its lines no list.
_HEADLINE = re.compile(
    r"\b(?:revealed|unveiled|laid out|announced|outlined)(?:\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?$",
    re.IGNORECASE,
)
#: "For each priority, the plan outlines:": what each item holds, not a list of items.
_FOR_EACH = re.compile(r"\bfor each\b", re.IGNORECASE)
#: "These are:", "They are as follows:" after a sentence counting the list.
_THESE_ARE = re.compile(r"\b(?:these|they) are(?: as follows)?\s*:\s*$", re.IGNORECASE)
#: "Key achievements towards this priority included:", "Our achievements this year:": what was done.
_ACHIEVED_LIST = re.compile(r"^(?:[\w’'-]+\s+){0,3}?achievements\b[^.:]{0,80}:\s*$", re.IGNORECASE)
#: "… the key areas of work that we'll be doing under each of the six new priorities": the list is of
#: what is done under each priority, a level below the kind named.
_UNDER_EACH = re.compile(
    r"\bunder each of (?:the|our|these)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:priorities|themes|ambitions|objectives|aims)\b",
    re.IGNORECASE,
)
#: "… focused on three areas of importance, which each contained a series of actions …:": the actions are
#: what each listed item holds, a level below it; the items are the areas the plan is focused on.
#: "There are five priorities in the plan. These all have actions underneath …:" likewise.
_EACH_HOLDS = re.compile(
    r"\b(?:(?:which|that)\s+each|(?:these|they)\s+(?:all|each))\s+"
    r"(?:contain(?:s|ed)?|ha(?:s|d|ve)|include[sd]?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:actions|commitments|activities|key tasks)\b",
    re.IGNORECASE,
)
#: "We have identified four strategic themes …, supported by a range of high level actions:": the actions
#: support each item, a level below it; the count names what the list holds.
_SUPPORTED_BY = re.compile(
    r"\b(?:supported|underpinned|backed)\s+by\s+(?:[\w-]+\s+){0,5}?"
    r"(?:actions|commitments|activities|key tasks)\s*:\s*$",
    re.IGNORECASE,
)
#: "Actions that will help the council achieve its goals include:", "Key actions to deliver these
#: priorities include:": the kind the sentence opens with is its subject, what the list holds; a kind
#: named after it is what the items serve.
_SUBJECT_KIND = re.compile(
    r"^(?:(?:the|our|key|main|other|some)\s+){0,2}(?P<kind>" + LIST_KIND_WORDS.pattern + r")\s+"
    r"(?:that|which|we|to|for)\b[^:.;]{0,120}?\b(?:include|includes|are|will be)\s*:\s*$",
    re.IGNORECASE,
)
#: "… we have agreed to take forward the following projects all linked to our key priorities, to:": the
#: list is what "the following" names, projects (actions), whatever the sentence names after them.
_FOLLOWING_PROJECTS = re.compile(r"\bthe following\s+(?:[\w-]+\s+){0,2}?projects\b[^.:]*:\s*$", re.IGNORECASE)
#: "Projects and proposals include –", "Key projects are:": the projects under an item, its actions.
_PROJECTS_INCLUDE = re.compile(
    r"^(?:(?:the|our|key|main|other)\s+){0,2}projects(?:\s+and\s+(?:proposals|programmes|initiatives|schemes))?"
    r"\s+(?:include|are)\s*[:–-]\s*$",
    re.IGNORECASE,
)
#: "A number of urgent improvements are already under way, including:", "Further improvements will
#: include:": what is being done or will be, its actions.
_IMPROVEMENTS_COMING = re.compile(
    r"\bimprovements\s+(?:(?:are|is)\s+(?:already\s+|now\s+)?under\s*way|will\s+include)\b[^.:]{0,20}:\s*$",
    re.IGNORECASE,
)
#: "The objectives for this aim are to:", "To do this, our priorities … are to:": what is to be done for
#: the one item named above, its actions.
_TO_DO_FOR_THIS = re.compile(
    r"(?:\b(?:for|of) this (?:aim|priority|theme|objective|outcome|ambition|goal)\b|"
    r"^to (?:do|achieve|deliver) (?:this|these|that)\b).*\b(?:are|is|aims?) to\s*:\s*$",
    re.IGNORECASE,
)
#: "South Holland's plan includes:", "The partnership-wide plans include:": what a plan holds, its actions.
_PLAN_INCLUDES = re.compile(
    r"^(?:the|our|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s)\s+(?:[\w-]+\s+)?plans?\s+includes?\s*:\s*$",
    re.IGNORECASE,
)
#: "… the new service will operate in the following way:": what a service will do, its actions.
_WILL_WORK_THUS = re.compile(
    r"\bwill (?:operate|work|run|be (?:run|delivered))\s+(?:in the following ways?|as follows)\s*:\s*$",
    re.IGNORECASE,
)
#: "What children and young people and their families will see as a result:": the difference the plan
#: makes to the people it serves, its outcomes.
_WHAT_PEOPLE_WILL_SEE = re.compile(
    r"^what\b[^.:?]{0,80}?\bwill (?:see|notice|experience)\b(?:\s+as a result)?\s*:\s*$", re.IGNORECASE
)
#: "So that we can work towards our vision,", "To achieve this vision,": a purpose clause opening a sentence.
_PURPOSE_FIRST = re.compile(r"^(?:so that|in order to|to|towards)\b[^,:;.]{0,80},", re.IGNORECASE)
#: The words after a count that may name what it counts, a name before the kind among them.
MAX_COUNTED_NAME_WORDS = 6
#: A kind of item named with another noun: "vision and priorities", "a new vision and set of ambitions".
_AND_KIND = re.compile(
    rf"\s+and\s+(?:(?:a|an|our|the|new|set|series|range)\s+(?:of\s+)?){{0,3}}(?:{LIST_KIND_WORDS.pattern})",
    re.IGNORECASE,
)
#: A verb right after a noun makes that noun the sentence's subject.
_SUBJECT_VERB = re.compile(
    r"\s+(?:were|was|are|is|had|have|noted|agreed|heard|asked|considered|approved|endorsed)\b", re.IGNORECASE
)
_PEOPLE = frozenset({"partners", "members", "organisations"})
#: A closing sentence pointing back at what the one before named: "These are based around:", "They are:".
_POINTER = re.compile(r"^(?:these|they)\s+(?:are|include)\b[^.:]{0,30}:\s*$", re.IGNORECASE)
#: What a council holds to, never what it will do: named last before a pointer, the list is of these.
_HELD_TO = re.compile(r"\b(?:values|principles|behaviours)\b", re.IGNORECASE)
#: "We will do this by:": a lead-in naming no kind of its own, pointing back at what was named above.
_DOES_THIS_BY = re.compile(
    r"^(?:we|the council) will (?:do|achieve|deliver) (?:this|these|them)\b[^.:]{0,40}:\s*$", re.IGNORECASE
)
#: "… will be based around the following six principles": what the list below holds, whatever leads it in.
_FOLLOWING_HELD_TO = re.compile(
    r"\bthe following\s+(?:[\w-]+\s+){0,2}?(?:principles|values|behaviours)\b", re.IGNORECASE
)
#: "These are:", "They include:", "These are as follows:": a pointer alone on its line.
_POINTER_ALONE = re.compile(r"^(?:these|they)\s+(?:are|include)(?:\s+as follows)?\s*:\s*$", re.IGNORECASE)
#: "Within these themes", "Under those priorities": a kind named back, the list the line before gave.
_WITHIN_THESE = re.compile(
    r"\b(?:within|under|across|in|through)\s+(?:these|those|the above)\s+$", re.IGNORECASE
)
#: "This aims to …", "which aims to …": the word a verb, its subject the word before it.
_AIMS_AS_VERB = re.compile(r"\b(?:this|it|which|that|and|also)\s+$", re.IGNORECASE)
#: What came up in a consultation, a survey or engagement: what people said, not the plan's items.
_HEARD_IN = re.compile(
    r"\b(?:during|in|through|throughout|from) (?:the|our|this) (?:consultation|survey|engagement)\b",
    re.IGNORECASE,
)
#: Where one sentence ends and the next begins.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


#: "… we will prioritise:", "We will prioritise spending … targeting in particular:": the list is what
#: the plan puts first, its priorities.
_WE_PRIORITISE = re.compile(r"\bwe\s+(?:will|shall|are going to)\s+prioriti[sz]e\b[^.!?]*:$", re.IGNORECASE)


#: "… we will support the district to flourish by focusing on the delivery of:": what the plan focuses
#: on, its priorities.
_FOCUSING_ON = re.compile(
    r"\b(?:by focusing (?:on|upon)(?: (?:the )?(?:delivery of|delivering|achieving))?|"
    r"focus(?:ing|es)? (?:on|upon) (?:the )?delivery of)\s*:\s*$",
    re.IGNORECASE,
)


def lead_in_kind(text: str) -> str | None:
    """Return the kind of item a line says the list after it holds, else ``None``.

    Example:
        >>> lead_in_kind("It identifies four strategic objectives for partners to achieve:")
        'priority'
        >>> lead_in_kind("Priority actions for the next five years")
        'action'
        >>> lead_in_kind("This plan sets out our priorities so that partners understand:") is None
        True
        >>> lead_in_kind("For each priority, the plan outlines:"), lead_in_kind("Decision required:")
        (None, None)
        >>> lead_in_kind("What are the key actions we will take?")
        'action'
        >>> lead_in_kind("Six priorities and a series of commitments will ensure delivery. These are:")
        'priority'
        >>> lead_in_kind("68% of activities were done. Key achievements towards this priority included:")
        >>> lead_in_kind("Council’s future priorities revealed")  # a news headline over its story
        >>> lead_in_kind("Underpinning these themes are our new values. These are based around:")
        >>> lead_in_kind("The Plan focused on three areas, which each contained a series of actions:")
        'priority'
        >>> lead_in_kind("There are five priorities in the plan. These all have actions underneath to set "
        ...              "out how they will be achieved:")
        'priority'
        >>> lead_in_kind("We have identified four strategic themes to drive our service delivery, supported "
        ...              "by a range of high level actions:")
        'priority'
        >>> lead_in_kind("Cllr Perrin is proposing a new vision and set of ambitions for the council, "
        ...              "including:")
        'priority'
        >>> lead_in_kind("Working with partner organisations across the city we will prioritise:")
        'priority'
        >>> lead_in_kind("Working across West Suffolk, we will support the district to flourish by "
        ...              "focusing on the delivery of:")
        'priority'
        >>> lead_in_kind("The Refresh element of the Review should focus on:") is None
        True
        >>> lead_in_kind("Actions that will help the council achieve its goals include:")
        'action'
        >>> lead_in_kind("These are some of the key areas of work that we'll be doing under each of the six "
        ...              "new priorities for the year ahead")
        'action'
    """
    if _ACHIEVED_LIST.search(last_sentence(text)):
        return None  # "… Key achievements towards this priority included:": what was done, no items
    if _HEADLINE.search(text):
        return None  # "Council’s future priorities revealed": a news page's headline over its story
    if heard_in(text):
        return None
    if (pointed := _subject_pointed_at(text)) is not None:
        return pointed  # "The key activities come under two headings - … They include:"
    if _UNDER_EACH.search(text):
        return "action"
    if _EACH_HOLDS.search(text):
        return "priority"
    if (support := _SUPPORTED_BY.search(text)) and (supported := _counted_kind(text[: support.start()])):
        return supported  # "… four strategic themes to drive our services, supported by … actions:"
    if _TO_DO_FOR_THIS.search(last_sentence(text)):
        return "action"  # "The objectives for this aim are to:" under "Aim 1: …"
    if _IMPROVEMENTS_COMING.search(text):
        return "action"  # "A number of urgent improvements are already under way, including:"
    if _FOLLOWING_PROJECTS.search(text) or _PROJECTS_INCLUDE.match(text) or _PLAN_INCLUDES.match(text):
        return "action"  # "… take forward the following projects …, to:", "South Holland's plan includes:"
    if _WILL_WORK_THUS.search(text):
        return "action"  # "… the new service will operate in the following way:"
    if _WHAT_PEOPLE_WILL_SEE.match(text):
        return "outcome"  # "What children and young people … will see as a result:"
    if _WE_PRIORITISE.search(last_sentence(text)) or _FOCUSING_ON.search(last_sentence(text)):
        return "priority"  # "We will prioritise spending …, targeting in particular:": what is put first
    if subject := _SUBJECT_KIND.match(text):
        return KIND_OF_WORD[" ".join(subject.group("kind").casefold().split())]
    if _points_at_values(text):
        return None  # "Underpinning these themes are our values … These are based around:"
    if _FOR_EACH.search(text) or REPORT_ASKS.match(text):
        return None
    words = [match.group(1) for match in LIST_KIND_WORDS.finditer(text) if _names_a_list(text, match)]
    if not words:
        return None
    last_word = list(LIST_KIND_WORDS.finditer(text))[-1]
    if NOT_THE_ITEMS.search(text, last_word.end()):
        return None  # "… sets out our strategic approach and priorities … so that partners understand:"
    last = last_sentence(text)
    if RESOLVING_BODY.search(last) and not LIST_KIND_WORDS.search(last):
        return None  # "… the priority objectives to achieve this. Having considered it, the Committee:"
    counted_kind = re.search(
        rf"\b{COUNT_WORDS}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(words[-1])}\s*:\s*$", last, re.IGNORECASE
    )
    # "In order to deliver the Council's vision, the Council Plan identified four priorities:": the
    # count names what follows, whatever else the sentence names first
    # "… an overview was provided to members about … the main objectives …": who was told, not the list
    # "Members were reminded of the key areas of concern …": the sentence's subject, who heard the list
    others = [
        m
        for m in OTHER_LIST_NOUNS.finditer(last)
        # "… to partners", "consultation with key partners": whom the list was given to or made with
        if not re.search(r"\bto\s+$", last[: m.start()])
        and not (
            m.group(0).casefold() in _PEOPLE and re.search(r"\bwith\s+(?:[\w-]+\s+){0,2}$", last[: m.start()])
        )
        and not _SUBJECT_VERB.match(last, m.end())
        # "So that we can work towards our vision, we have priorities …:": what the list serves, named
        # in a clause before the sentence's own
        and not ((purpose := _PURPOSE_FIRST.match(last)) and m.end() <= purpose.end())
        # "… sets out the Council's vision and priorities, …:" (a headline naming both leads in nothing)
        and not (_AND_KIND.match(last, m.end()) and last.endswith(":"))
    ]
    other = None if counted_kind or not others else others[0]
    following = re.search(r"\bfollowing\s+(?:[\w’'-]+\s+){0,2}?" + re.escape(words[-1]) + r"\s*:\s*$", last)
    if (
        other
        and not following  # "… have agreed to the following pledges:" names what follows, whoever agreed
        and not any(match.start() < other.start() for match in LIST_KIND_WORDS.finditer(last))
    ):
        return None  # "… a suite of documents which link to … priorities:", "He started with the vision:"
    counted_matches = list(COUNTED.finditer(text))
    counted = [match.group(1) for match in counted_matches]
    # "the three Best Start in Life headline goals": a name may stand between the count and its kind
    counted_words = (
        " ".join(text[counted_matches[-1].start(1) :].split()[:MAX_COUNTED_NAME_WORDS]) if counted else ""
    )
    in_turn = list(COUNTED.finditer(last))
    if len(in_turn) >= 2 and re.fullmatch(
        r"[;,]?\s*(?:and\s+)?", last[in_turn[0].end() : in_turn[1].start()]
    ):
        # "… the following three vision statements; six strategic priorities, and five outcomes:": the
        # lists follow in the order counted, the first right under the lead-in
        counted_words = in_turn[0].group(0)
        first = LIST_KIND_WORDS.search(counted_words)
        if first and KIND_STEM.search(counted_words) and first.group(1).casefold() in KIND_OF_WORD:
            return KIND_OF_WORD[first.group(1).casefold()]  # "… six priorities; and three outcomes:"
    if counted and not KIND_STEM.search(counted_words):
        return None  # "Priorities are selected based on four types of information:"
    short = len(text.split()) <= 8 and not SENTENCE_END.search(text.rstrip(":"))
    if not (short or LEAD_IN_CUES.search(text) or counted):
        return None
    if any(word.casefold() == "milestones" for word in words):
        return "indicator"  # "Milestones and outcomes": dated milestones, what progress is measured by
    named = [match for match in LIST_KIND_WORDS.finditer(text) if _names_a_list(text, match)]
    counted_word = LIST_KIND_WORDS.match(counted[-1]) if counted else None
    if counted_word and counted_word.group(1).casefold() in KIND_OF_WORD and _THESE_ARE.search(text):
        # "Six priorities and a series of commitments will ensure delivery … These are:": the count
        # says what the list holds
        return KIND_OF_WORD[counted_word.group(1).casefold()]
    return KIND_OF_WORD[(paired_first(named) or words[-1]).casefold()]  # "priorities and measures:"


def _counted_kind(text: str) -> str | None:
    """Return the kind the last count in ``text`` names ("four strategic themes" → "priority"), else None."""
    counted = list(COUNTED.finditer(text))
    if not counted:
        return None
    word = LIST_KIND_WORDS.search(counted[-1].group(1))  # "strategic themes to": the words after the count
    return KIND_OF_WORD.get(word.group(1).casefold()) if word else None


def _points_at_values(text: str) -> bool:
    """True when a line ends in a pointer ("These are:") after a sentence naming values or principles
    after any kind word: the list is of what the council holds to."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    if len(sentences) < 2 or not _POINTER.match(sentences[-1]):
        return False
    named = sentences[-2]
    held = list(_HELD_TO.finditer(named))
    kinds = list(LIST_KIND_WORDS.finditer(named))
    return bool(held) and (not kinds or kinds[-1].start() < held[-1].start())


def _names_a_list(text: str, match: re.Match[str]) -> bool:
    """True when a kind word in a line names the items of a list, not results or a title's word."""
    # only the word before the spaces before the kind word matters: searching the whole line before
    # it, for each kind word, took time quadratic in a line's length (a page printed as one line)
    start = match.start()
    while start > 0 and text[start - 1].isspace():
        start -= 1
    near = max(0, start - 16)
    if GENERIC_KIND_WORD.search(text, near, match.start()):
        return False  # "children at risk of poor outcomes"
    if _WITHIN_THESE.search(text, near, match.start()):
        return False  # "Within these themes, the council will deliver …": the list named before, not this
    their = re.compile(r"\b(?:their|its)\s+$", re.IGNORECASE).search(text, near, match.start())
    if their and not text.endswith(":"):
        # "Tackle racism, discrimination and their outcomes": a title's words ("… its priorities:" leads in)
        return False
    word = match.group(1)
    if word.casefold() == "aims" and _AIMS_AS_VERB.search(text, near, match.start()):
        return False  # "This aims to make Hertford:": what the mission aims at, no list of aims
    # "the Public Health Outcomes Framework", "PERFORMANCE INDICATORS APPENDIX": a title's word in capitals
    follows = title_word_follows(text, match.end(), capitals=word.isupper())
    return not (match.start() > 0 and word[:1].isupper() and follows)


def points_back(text: str) -> bool:
    """True for a lead-in that names no kind and points back at the line above ("We will do this by:"):
    under a heading leading in priorities ("Our priorities"), the list is of those.

    Example:
        >>> points_back("We will do this by:"), points_back("We will do this by working with schools.")
        (True, False)
    """
    return bool(_DOES_THIS_BY.match(text))


def names_held_list(text: str) -> bool:
    """True for a line saying the list below is of what a council holds to ("The delivery of our
    priorities will be based around the following six principles"), though "We will:" leads it in.

    Example:
        >>> names_held_list("Our work will be based around the following six principles")
        True
        >>> names_held_list("The following six priorities")
        False
    """
    return bool(_FOLLOWING_HELD_TO.search(text))


#: A sentence whose subject is a kind of item: "The key activities come under …".
_KIND_SUBJECT = re.compile(
    r"^(?:the|our)\s+(?:(?:key|main|new)\s+)?(?P<kind>"
    + LIST_KIND_WORDS.pattern
    + r")\s+(?!(?:are|include)\b)",
    re.IGNORECASE,
)


def _subject_pointed_at(text: str) -> str | None:
    """Return the kind a pointer closing ``text`` ("They include:") points back at when the sentence
    before it opens with that kind as its subject, else ``None``."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    if len(sentences) < 2 or not _POINTER_ALONE.match(sentences[-1]):
        return None
    subject = _KIND_SUBJECT.match(sentences[-2])
    return KIND_OF_WORD.get(" ".join(subject.group("kind").casefold().split())) if subject else None


def heard_in(text: str) -> bool:
    """True for a lead-in saying its list is what came up in a consultation, survey or engagement ("During
    the consultation, some themes were identified including:", "… throughout our engagement … told us
    were important. These were:"): what people said, not the plan's items."""
    said = _SENTENCE_BREAK.split(text.strip())[-2:]
    return bool(_HEARD_IN.search(said[-1]) or (len(said[-1].split()) <= 4 and _HEARD_IN.search(said[0])))


def points_back_at_sentence(text: str) -> bool:
    """True for a pointer standing alone ("These are:", "They include:"): the sentence above names the list.

    Example:
        >>> points_back_at_sentence("These are:"), points_back_at_sentence("These are our priorities:")
        (True, False)
    """
    return bool(_POINTER_ALONE.match(text))


def last_sentence(text: str) -> str:
    """Return the last sentence of ``text``."""
    return _SENTENCE_BREAK.split(text.strip())[-1]
