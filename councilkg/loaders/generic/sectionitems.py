"""Items printed one a line under a section heading: "1. To note the proposed plan…".

A profile's actions heading with an ``items`` pattern reads the list below it, each line the
pattern matches up to the first other line with text (or the next section heading), as an action:
its reference and label from the groups ``(?P<ref>…)`` and ``(?P<label>…)`` (else the whole line),
its key from the rule's ``key`` template (default: the reference, else the label), its type the
rule's ``type`` and its section the rule's ``section`` template. A committee report's numbered
recommendations are such items.
"""

from __future__ import annotations

from collections.abc import Callable

from councilkg.loaders.generic.profile import SectionRule
from councilkg.loaders.model import Action, Extraction
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
