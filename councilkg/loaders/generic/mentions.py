"""What a plan's text names outside its items: partner bodies, and a draft's placeholders.

A profile's ``[[partners]]`` rules name the partner bodies a plan mentions in its prose and tables
(the PCT, the police, schools…): each is recorded at the first line naming it, and is a partner of
every priority and action whose own text names it. A rule with ``listed`` finds a sentence listing
partner bodies ("Membership of the Children's Trust includes Herefordshire Council; schools; NHS
Herefordshire, including GPs; …"): each item is a partner body, what follows its first comma its
description. A profile's ``placeholder`` pattern finds the
notes a draft prints where text is still to come ("[Table to come]"): each is placed and warned
about, so a reader knows the plan is unfinished there.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.model import Extraction, PartnerBody
from councilkg.loaders.parsing.owners import split_listed_names
from councilkg.text import plain_line


def read_mentions(lines: Sequence[str], extraction: Extraction, profile: Profile) -> None:
    """Add the profile's partner bodies and placeholders found in ``lines`` to ``extraction``.

    Returns nothing.
    """
    if not profile.partners and not profile.partner_lists and profile.placeholder is None:
        return
    plain = [plain_line(line) for line in lines]
    read_partners(plain, extraction, profile)
    if profile.placeholder is not None:
        read_placeholders(plain, extraction, profile)


def read_partners(plain: Sequence[str], extraction: Extraction, profile: Profile) -> None:
    """Record each partner body of the profile at the first line naming it, and on every priority and
    action whose label, description or expected results name it (after any its partner cells gave).

    Example:
        >>> import re
        >>> from councilkg.loaders.generic.profile import PartnerRule
        >>> from councilkg.loaders.model import Action, PlanInfo
        >>> found = Extraction(plan=PlanInfo("x", "p", "P", "ServicePlan", 2010, 2011, 1), loader="t")
        >>> found.actions.append(Action("a", "Work with the police on gangs", 3))
        >>> rules = (PartnerRule("police", re.compile(r"\\bpolice\\b", re.I)),)
        >>> read_partners(["Plan", "", "The police will help"], found, Profile(partners=rules))
        >>> [(body.name, body.source_line) for body in found.partners], found.actions[0].partners
        ([('police', 3)], ['police'])
    """
    known = {body.name for body in extraction.partners}
    for pattern in profile.partner_lists:
        for number, text in enumerate(plain, start=1):
            listed = pattern.search(text)
            for item in split_listed_names(listed.group("list")) if listed else []:
                name, _, detail = item.partition(", ")
                name = name[:1].upper() + name[1:]
                if name not in known:
                    extraction.partners.append(PartnerBody(name, number, detail or None))
                    known.add(name)
    for rule in profile.partners:
        line = next((number for number, text in enumerate(plain, start=1) if rule.mention.search(text)), None)
        if line is not None and rule.name not in known:
            extraction.partners.append(PartnerBody(rule.name, line))
            known.add(rule.name)
    for priority in extraction.priorities:
        texts = [priority.label, priority.description or "", *priority.expected_results]
        priority.partners += _named(texts, priority.partners, profile)
    for action in extraction.actions:
        action.partners += _named([action.label, *action.expected_results], action.partners, profile)


def _named(texts: Sequence[str], already: Sequence[str], profile: Profile) -> list[str]:
    """Return the profile's partners ``texts`` name, in rule order, leaving out those ``already`` listed."""
    return [rule.name for rule in profile.partners if rule.name not in already and rule.named_on_item(texts)]


def read_placeholders(plain: Sequence[str], extraction: Extraction, profile: Profile) -> None:
    """Place every line not already read whose text is a placeholder, with a warning naming it."""
    assert profile.placeholder is not None
    read = set(extraction.placed)
    for items in (extraction.priorities, extraction.actions, extraction.indicators, extraction.risks):
        read |= {item.source_line for item in items}
    for number, text in enumerate(plain, start=1):
        if text and number not in read and profile.placeholder.search(text):
            extraction.place(number, "placeholder")
            extraction.warn(number, f"draft placeholder {text!r}: nothing to read here yet")
