"""Sections that quote the plan: a committee report quoting priorities the plan prints further on.

A profile's heading of kind ``quotes`` starts such a section (to the next section heading). Its
``priority`` pattern finds the quoted priorities' headings, read like the plan's own (with the rule's
``description`` and ``type``), and its tables are read as usual, under keys of their own. Then each
quoted priority is matched by label (ignoring case and punctuation) to the plan's priority printed
outside any quoting section:

- found, the quote is the plan's priority (its lines placed as quoted): a quoted action the plan's
  priority lacks is added to it, and a quoted result the plan does not print becomes the priority's,
  each with a warning; a quoted description unlike the plan's is warned about; a priority the plan
  only lists takes the quote's description (warned: its detail is only quoted);
- not found, the quoted priority and its actions are the plan's, with a warning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from councilkg.loaders.generic.profile import SectionKind, SectionRule
from councilkg.loaders.model import Action, Extraction, Priority
from councilkg.loaders.parsing.matching import match_key


def reconcile_quotes(
    extraction: Extraction,
    ranges: Sequence[tuple[int, int]],
    new_key: Callable[[str, str], str],
) -> None:
    """Match the items read in the quoting ``ranges`` (first line, line after) to the plan's own.

    ``new_key(kind, text)`` hands out a plan key ("priority", "action") for an item kept. Returns nothing.
    """

    def quoted(line: int) -> bool:
        return any(start <= line < end for start, end in ranges)

    plan: dict[str, Priority] = {}
    for priority in extraction.priorities:
        if not quoted(priority.source_line):
            plan.setdefault(match_key(priority.label), priority)
    quoted_actions = [action for action in extraction.actions if quoted(action.source_line)]
    for quote in [priority for priority in extraction.priorities if quoted(priority.source_line)]:
        actions = [action for action in quoted_actions if quote.key in action.supports]
        found = plan.get(match_key(quote.label))
        if found is None:
            extraction.warn(quote.source_line, f"quoted priority {quote.label!r} not found in the plan")
            _keep(quote, actions, new_key)
            continue
        extraction.priorities.remove(quote)
        extraction.place(quote.source_line, "priority (quoted)")
        _merge(extraction, quote, found, actions, quoted, new_key)


def _keep(quote: Priority, actions: Sequence[Action], new_key: Callable[[str, str], str]) -> None:
    """Make a quoted priority the plan's, under plan keys."""
    quote.key = new_key("priority", quote.label)
    for action in actions:
        action.key = new_key("action", action.label)
        action.supports = [quote.key]


def _merge(
    extraction: Extraction,
    quote: Priority,
    found: Priority,
    actions: Sequence[Action],
    quoted: Callable[[int], bool],
    new_key: Callable[[str, str], str],
) -> None:
    """Make a quote the plan's priority ``found``: the actions and results it quotes that the plan
    does not print are added to it, warned about."""
    if found.listed_only:
        extraction.warn(quote.source_line, f"priority {quote.label!r} has its detail only where it is quoted")
        found.listed_only, found.description = False, quote.description
    elif quote.description and match_key(quote.description) != match_key(found.description or ""):
        extraction.warn(
            quote.source_line, f"quoted description of priority {quote.label!r} differs from the plan's"
        )
    own = {
        match_key(action.label): action
        for action in extraction.actions
        if found.key in action.supports and not quoted(action.source_line)
    }
    known = {match_key(result) for result in found.expected_results}
    known |= {match_key(result) for action in own.values() for result in action.expected_results}
    results = [(quote.source_line, result) for result in quote.expected_results]
    for action in actions:
        results += [(action.source_line, result) for result in action.expected_results]
        if match_key(action.label) in own:
            extraction.actions.remove(action)
            extraction.place(action.source_line, "action (quoted)")
            continue
        extraction.warn(action.source_line, f"quoted action {action.label!r} is not in the plan")
        action.key, action.supports = new_key("action", action.label), [found.key]
        action.section, action.expected_results = found.section, []
        own[match_key(action.label)] = action
    for line, result in results:
        if match_key(result) not in known:
            extraction.warn(line, f"quoted result {result!r} is not in the plan")
            found.expected_results.append(result)
            known.add(match_key(result))


class Quotes:
    """The quoting sections of one pass: the rule in force, where each quoting section ran, and the
    priority rule its headings are read by."""

    def __init__(self) -> None:
        self.rule: SectionRule | None = None
        self.start = 0
        self.ranges: list[tuple[int, int]] = []

    def begin(self, rule: SectionRule, line: int) -> None:
        """Start a quoting section at ``line``; returns nothing."""
        self.rule, self.start = rule, line

    def end(self, line: int) -> None:
        """End the quoting section in force (if any) before ``line``; returns nothing."""
        if self.rule is not None:
            self.ranges.append((self.start, line))
            self.rule = None

    def priority_rule(self, text: str) -> SectionRule | None:
        """Return the rule reading ``text`` as a quoted priority's heading, or ``None``."""
        rule = self.rule
        if rule is None or rule.quoted_priority is None or not rule.quoted_priority.search(text):
            return None
        return dataclasses.replace(rule, pattern=rule.quoted_priority, kind=SectionKind.PRIORITY)
