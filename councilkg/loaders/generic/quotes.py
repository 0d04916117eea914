"""Sections that quote the plan: a committee report quoting priorities the plan prints further on.

A profile's heading of kind ``quotes`` starts such a section (to the next section heading); with
``above = true`` the text above that heading is the quoting section instead (a covering report
before the plan, whose own sections are read as usual). Its ``priority`` pattern finds the quoted
priorities' headings (followed by a line its ``description`` pattern matches, when it has one), read
like the plan's own (with the rule's ``description`` and ``type``), and its tables are read as usual,
under keys of their own. Then each quoted priority is matched by label (ignoring case and
punctuation) to the plan's priority printed outside any quoting section:

- found, the quote is the plan's priority (its lines placed as quoted): a quoted action the plan's
  priority lacks is added to it (after the plan's), and a quoted result the plan does not print
  becomes the priority's, each with a warning; a quoted description unlike the plan's is warned
  about; a priority the plan only lists takes the quote's description (warned: its detail is only
  quoted);
- not found, the quoted priority and its actions are the plan's, with a warning.

The rule's ``by`` names what quotes ("report": lines placed as "priority (quoted in report)", warnings
"report quotes …"), its ``action_word`` what the quotes call the plan's actions ("commitment").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilkg.loaders.generic.profile import SectionKind, SectionRule
from councilkg.loaders.model import Action, Extraction, Priority
from councilkg.loaders.parsing.matching import match_key
from councilkg.text import plain_line

#: Lines a quoted section's heading, description and table were placed as, placed again as quoted.
QUOTED_PLACES = ("priority description", "table header", "table row continued")


@dataclass(frozen=True)
class QuotedRange:
    """Lines ``start`` to before ``end`` quote the plan, by ``by`` (``None``: unnamed), which calls
    the plan's actions ``action_word``."""

    start: int
    end: int
    by: str | None = None
    action_word: str = "action"

    @property
    def suffix(self) -> str:
        """Return what a quoted line's placing adds: " (quoted in report)", else " (quoted)"."""
        return f" (quoted in {self.by})" if self.by else " (quoted)"

    def not_in_plan(self, what: str, label: str) -> str:
        """Return the warning that a quoted ``what`` ("action", "result") is not in the plan."""
        if self.by:
            return f"{self.by} quotes {what} {label!r}, not in the plan"
        return f"quoted {what} {label!r} is not in the plan"


def reconcile_quotes(
    extraction: Extraction,
    ranges: Sequence[QuotedRange],
    new_key: Callable[[str, str], str],
) -> None:
    """Match the items read in the quoting ``ranges`` to the plan's own.

    ``new_key(kind, text)`` hands out a plan key ("priority", "action") for an item kept. Returns nothing.
    """

    def quoted(line: int) -> QuotedRange | None:
        return next((found for found in ranges if found.start <= line < found.end), None)

    plan: dict[str, Priority] = {}
    for priority in extraction.priorities:
        if not quoted(priority.source_line):
            plan.setdefault(match_key(priority.label), priority)
    quoted_actions = [action for action in extraction.actions if quoted(action.source_line)]
    quotes = [priority for priority in extraction.priorities if quoted(priority.source_line)]
    for quote in quotes:
        where = quoted(quote.source_line)
        assert where is not None
        actions = [action for action in quoted_actions if quote.key in action.supports]
        found = plan.get(match_key(quote.label))
        if found is None:
            by = f"{where.by} quotes priority" if where.by else "quoted priority"
            extraction.warn(quote.source_line, f"{by} {quote.label!r} not found in the plan")
            _keep(quote, actions, new_key)
            continue
        extraction.priorities.remove(quote)
        extraction.place(quote.source_line, f"priority{where.suffix}")
        _merge(extraction, quote, found, actions, quoted, new_key, where)
    firsts = {id(where): min(lines) for where in ranges if (lines := _quote_lines(quotes, where))}
    for line, what in list(extraction.placed.items()):
        where = quoted(line)  # a description, table header... below the range's first quoted priority
        if where is not None and what in QUOTED_PLACES and firsts.get(id(where), line + 1) <= line:
            extraction.placed[line] = f"{what}{where.suffix}"


def _quote_lines(quotes: Sequence[Priority], where: QuotedRange) -> list[int]:
    """Return the lines of the quoted priorities in ``where`` (placed as quoted, or kept)."""
    return [quote.source_line for quote in quotes if where.start <= quote.source_line < where.end]


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
    quoted: Callable[[int], QuotedRange | None],
    new_key: Callable[[str, str], str],
    where: QuotedRange,
) -> None:
    """Make a quote the plan's priority ``found``: the actions and results it quotes that the plan
    does not print are added to it, warned about."""
    if found.listed_only:
        detail = f"in the {where.by}" if where.by else "where it is quoted"
        extraction.warn(quote.source_line, f"priority {quote.label!r} has its detail only {detail}")
        found.listed_only, found.description = False, quote.description
    elif quote.description and match_key(quote.description) != match_key(found.description or ""):
        by = f"{where.by}'s" if where.by else "quoted"
        extraction.warn(
            quote.source_line, f"{by} description of priority {quote.label!r} differs from the plan's"
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
        extraction.place(action.source_line, f"{where.action_word}{where.suffix}")
        extraction.actions.remove(action)
        if match_key(action.label) in own:
            continue
        extraction.warn(action.source_line, where.not_in_plan(where.action_word, action.label))
        action.key, action.supports = new_key("action", action.label), [found.key]
        action.section, action.expected_results = found.section, []
        extraction.actions.append(action)  # after the plan's own
        own[match_key(action.label)] = action
    for line, result in results:
        if match_key(result) not in known:
            extraction.warn(line, where.not_in_plan("result", result))
            found.expected_results.append(result)
            known.add(match_key(result))


class Quotes:
    """The quoting sections of one pass: the rule in force, where each quoting section ran, and the
    priority rule its headings are read by."""

    def __init__(self, lines: Sequence[str] = (), rules: Sequence[SectionRule] = ()) -> None:
        self.lines = lines
        self.rule: SectionRule | None = None
        self.start = 0
        self.until: int | None = None
        self.ranges: list[QuotedRange] = []
        above = [rule for rule in rules if rule.kind is SectionKind.QUOTES and rule.above]
        for number, raw in enumerate(lines, start=1) if above else ():
            text = plain_line(raw) if "\t" not in raw else ""
            rule = next((rule for rule in above if text and rule.pattern.search(text)), None)
            if rule is not None:  # the text above the first such heading quotes the plan
                self.rule, self.start, self.until = rule, 1, number
                break

    def heading(self, rule: SectionRule, line: int) -> bool:
        """Note a section heading of ``rule`` at ``line``; return True when what is read below it quotes."""
        if self.until is not None and line < self.until:
            return rule.kind is SectionKind.PRIORITY  # a covering report's priorities quote the plan's
        if self.until is not None:
            self.end(line)
            self.until = None
            return False
        if rule.kind is SectionKind.PRIORITY and rule.quoted_priority is not None:
            return True  # a quoted priority's heading
        self.end(line)
        if rule.kind is SectionKind.QUOTES and not rule.above:
            self.rule, self.start = rule, line
            return True
        return False

    def end(self, line: int) -> None:
        """End the quoting section in force (if any) before ``line``; returns nothing."""
        if self.rule is not None:
            rule = self.rule
            self.ranges.append(QuotedRange(self.start, line, rule.quoted_by, rule.action_word))
            self.rule = None

    def where(self, line: int) -> QuotedRange | None:
        """Return the quoting range holding ``line``, or ``None`` (call after the pass)."""
        return next((found for found in self.ranges if found.start <= line < found.end), None)

    def priority_rule(self, text: str, line: int | None = None) -> SectionRule | None:
        """Return the rule reading ``text`` (at ``line``) as a quoted priority's heading, or ``None``:
        its pattern matches, and the next line with text is a description, when the rule has a pattern
        for one."""
        rule = self.rule
        if rule is None or rule.quoted_priority is None or not rule.quoted_priority.search(text):
            return None
        if rule.description is not None and line is not None:
            following = (plain_line(raw) for raw in self.lines[line:])
            described = next((text for text in following if text), "")
            if not rule.description.search(described):
                return None
        return dataclasses.replace(rule, pattern=rule.quoted_priority, kind=SectionKind.PRIORITY)
