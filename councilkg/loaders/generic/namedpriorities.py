"""Priorities minutes name in a sentence by their number and title: "In reference to Priority 1: The
Economy - Maximising growth and opportunity across Blackpool, Ms Aldridge noted …".

Minutes of a scrutiny committee going through a plan's performance report take its priorities one at
a time, each by the plan's own reference ("Priority 4 - Joined Up Services - The strategy indicates
…", "… the indicators relating to Priority 2: Communities: Creating Strong Communities and Increasing
Resilience and noted …"). The reference is the evidence: a kind word and a number, mid-sentence, then a
colon or a dash and a title in capitals. The title is the run of capitalised words (small joining
words between them); a phrase after a dash up to the next comma is its subtitle ("The Economy -
Maximising growth … across Blackpool,"). A reference with no title in capitals ("priority 2 - the
council has …"), or one at the start of a line (a heading, read by the outline), gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.model import Extraction, Reading
from councilkg.text import clean_text

RULE_NAMED_PRIORITY = "priority a sentence names by its number"
#: Longer lines are not searched: a sentence of minutes is shorter.
MAX_SENTENCE_CHARS = 6_000
#: "… to Priority 1: The …", "… relating to Priority 2: …": a kind word and its number mid-sentence.
_REFERENCE = re.compile(
    r"(?<=[a-z,] )(?P<word>Priority|Objective|Theme|Ambition|Goal) (?P<ref>\d{1,2})(?:\s*:\s+|\s+[–-]\s+)"
    r"(?P<rest>[A-Z].*)$"
)
#: Words joining a title's capitalised words ("Strong Communities and Increasing Resilience").
_JOINING = frozenset({"and", "of", "for", "the", "in", "to", "&", "a", "an", "on", "with", "at", "by"})
_WORD = re.compile(r"\S+")
#: A subtitle after a dash, up to the comma ending the clause: a few words, no stop in them.
_SUBTITLE = re.compile(r"^\s+[–-]\s+(?P<words>[A-Za-z][^.,;:!?]{2,100}),")
MAX_SUBTITLE_WORDS = 10
MAX_TITLE_WORDS = 12


def read_named_priorities(
    lines: Sequence[str], extraction: Extraction, new_key: KeyMaker, skip: Callable[[int], bool]
) -> None:
    """Add to ``extraction`` a priority for each "Priority N: Title" a sentence of ``lines`` names
    mid-sentence, once per number and leaving out numbers already read; returns nothing.

    ``skip`` says which line numbers another reader already read.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> read_named_priorities(["In reference to Priority 3: Organisational Resilience it was reported "
        ...     "that sickness was lower."], found, lambda k, t: t, lambda n: False)
        >>> [(p.ref, p.label) for p in found.priorities]
        [('3', 'Organisational Resilience')]
    """
    seen = {priority.ref for priority in extraction.priorities if priority.ref}
    for number, line in enumerate(lines, start=1):
        if skip(number) or len(line) > MAX_SENTENCE_CHARS:
            continue
        text = clean_text(line)
        for found in _REFERENCE.finditer(text):
            title = _title(found.group("rest"))
            ref = found.group("ref")
            if title is None or ref in seen:
                continue
            seen.add(ref)
            extraction.add_priority(
                new_key("priority", ref), title, number, Reading(RULE_NAMED_PRIORITY, 0.6), ref
            )


def _title(text: str) -> str | None:
    """Return the title that starts ``text``: its capitalised words (and a dashed subtitle), or ``None``
    when no title in capitals starts it."""
    words = list(_WORD.finditer(text))
    end = 0
    for index, word in enumerate(words):
        token = word.group(0)
        bare = token.rstrip(":")
        if bare[:1].isupper():
            end = word.end()
            if token.endswith(",") or token.endswith("."):
                end -= 1
                break
            continue
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        if bare.casefold() in _JOINING and following[:1].isupper() and end:
            continue  # "… Communities and Increasing …": the title goes on after the joining word
        break
    title = text[:end].strip().rstrip(":")
    if not 2 <= len(title.split()) <= MAX_TITLE_WORDS:
        return None  # one capitalised word is the sentence's next word ("The council …"), not a title
    subtitle = _SUBTITLE.match(text[end:])
    if subtitle and len(subtitle.group("words").split()) <= MAX_SUBTITLE_WORDS:
        title = f"{title} - {subtitle.group('words').strip()}"
    return title
