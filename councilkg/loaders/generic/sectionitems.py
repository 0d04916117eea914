"""Items printed one a line under a section heading: "1. To note the proposed plan…".

A profile's actions heading with an ``items`` pattern reads the list below it, each line the
pattern matches up to the first other line with text (or the next section heading), as an action:
its reference and label from the groups ``(?P<ref>…)`` and ``(?P<label>…)`` (else the whole line),
its key from the rule's ``key`` template (default: the reference, else the label), its type the
rule's ``type`` and its section the rule's ``section`` template. A committee report's numbered
recommendations are such items.

With a ``sentences`` pattern, each sentence of the paragraphs under the heading that the pattern finds
is an action ("Our aim is to have CAF embedded in all our service by March 2008."): its label the
sentence without its closing stop, its timescale the group ``(?P<timescale>…)``, its section the
rule's ``section`` (else the heading) and, after a line the ``topics`` pattern finds, ": " and its
group ``topic``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from councilkg.loaders.generic.profile import SectionRule
from councilkg.loaders.model import Action, Extraction
from councilkg.loaders.parsing.periods import parse_due
from councilkg.text import clean_text


def read_section_item(
    rule: SectionRule,
    heading: str,
    text: str,
    line: int,
    extraction: Extraction,
    new_key: Callable[[str], str],
    supports: list[str],
) -> bool:
    """Return True when ``text`` (at ``line``) is an item of the section ``rule`` started under
    ``heading``, added to ``extraction`` as an action supporting ``supports``.

    Example:
        >>> import re
        >>> from councilkg.loaders.generic.profile import SectionKind
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(plan=PlanInfo("x", "p", "P", "ServicePlan", 2010, 2013, 1), loader="t")
        >>> items = re.compile(r"^(?P<ref>\\d{1,2})\\.\\s+(?P<label>\\S.*)$")
        >>> rule = SectionRule(re.compile("^RECOMMENDATIONS$"), SectionKind.ACTIONS,
        ...     item_type="recommendation", key="recommendation-{ref}", items=items)
        >>> read_section_item(rule, "RECOMMENDATIONS", "1. To note the plan.", 10, found, str, [])
        True
        >>> [(a.key, a.ref, a.label, a.action_type, a.source_line) for a in found.actions]
        [('recommendation-1', '1', 'To note the plan.', 'recommendation', 10)]
    """
    match = rule.items.search(text) if rule.items is not None else None
    if match is None:
        return False
    groups = {name: clean_text(value or "") for name, value in match.groupdict().items()}
    label = groups.get("label") or clean_text(match.group(0))
    ref = groups.get("ref") or None
    fields = {**groups, "label": label, "text": text}
    key = new_key(rule.key.format_map(fields) if rule.key else ref or label)
    action = Action(key=key, label=label, source_line=line, ref=ref, supports=list(supports))
    action.action_type = rule.item_type
    action.section = rule.section_of(heading, {})
    extraction.actions.append(action)
    return True


#: A sentence ends at a full stop, question or exclamation mark followed by space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class SentenceItems:
    """The sentences of a section's paragraphs that are actions, under the topic named last."""

    def __init__(self) -> None:
        self.topic: str | None = None

    def start(self) -> None:
        """Start a section: no topic yet; returns nothing."""
        self.topic = None

    def read(
        self,
        rule: SectionRule,
        heading: str,
        text: str,
        line: int,
        extraction: Extraction,
        new_key: Callable[[str], str],
    ) -> bool:
        """Return True when ``text`` (at ``line``) is read: a topic line, or a paragraph holding one
        sentence or more the rule's ``sentences`` finds (each added to ``extraction`` as an action).

        Example:
            >>> import re
            >>> from councilkg.loaders.generic.profile import SectionKind
            >>> from councilkg.loaders.model import PlanInfo
            >>> found = Extraction(plan=PlanInfo("x", "p", "P", "ServicePlan", 2007, 2010, 1), loader="t")
            >>> rule = SectionRule(re.compile("^Changes$"), SectionKind.ACTIONS,
            ...     sentences=re.compile(r"\\bby (?P<timescale>March 2008)\\.?$"),
            ...     topics=re.compile(r"^- (?P<topic>.+)$"))
            >>> items = SentenceItems()
            >>> items.read(rule, "Changes", "- Children's Centres", 4, found, str)
            True
            >>> items.read(rule, "Changes", "Centres help. We will have 26 by March 2008.", 6, found, str)
            True
            >>> [(a.label, a.timescale, a.due, a.section) for a in found.actions]
            [('We will have 26 by March 2008', 'March 2008', (2008, 3), "Changes: Children's Centres")]
        """
        if rule.sentences is None:
            return False
        topic = rule.topics.search(text) if rule.topics is not None else None
        if topic is not None:
            self.topic = clean_text(topic.group("topic"))
            extraction.place(line, "heading")
            return True
        base = rule.section_of(heading, {}) or heading
        found = False
        for sentence in _SENTENCE_END.split(text):
            match = rule.sentences.search(sentence)
            if match is None:
                continue
            label = sentence.rstrip(". ")
            timescale = clean_text(match.groupdict().get("timescale") or "") or None
            action = Action(key=new_key(label), label=label, source_line=line, timescale=timescale)
            action.due = parse_due(timescale) if timescale else None
            action.section = f"{base}: {self.topic}" if self.topic else base
            extraction.actions.append(action)
            found = True
        return found
