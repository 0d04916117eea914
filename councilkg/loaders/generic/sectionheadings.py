"""The headings and paragraphs of the section reader (:class:`SectionHeadings`, a base of
:class:`~councilkg.loaders.generic.sections.SectionReader`): a heading a section rule names starts a
section (a priority, an outcome, an area, a vision, a kind of table, lines to ignore), and the lines
under it are its items, outcome lines, description or vision.
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import NUMBER
from councilkg.loaders.generic.outlinelines import labelled_run
from councilkg.loaders.generic.planinfo import MAX_HEADING_WORDS
from councilkg.loaders.generic.profile import ECM_ANY, RowRule, SectionKind, SectionRule, ecm_keys_in
from councilkg.loaders.generic.sectionitems import read_section_item
from councilkg.loaders.generic.sectionstate import SectionState, SeenSection
from councilkg.loaders.generic.tablekinds import LABEL_ROLES
from councilkg.loaders.generic.visionlist import vision_with_list
from councilkg.loaders.model import OutcomeLink, Priority, Vision
from councilkg.loaders.parsing.cells import starts_list_item, strip_bullet
from councilkg.loaders.parsing.periods import parse_period
from councilkg.text import clean_text, unquoted

_LABELLED_OUTCOME = re.compile(
    r"^(?:every child matters|ecm|outcomes?|key outcomes?|contributes? to)\b[^:]{0,40}:", re.IGNORECASE
)


class SectionHeadings(SectionState):
    """The section reader's handling of headings and paragraphs: what they put in force."""

    def _text(self, text: str, line: int, subheading: bool = False) -> None:
        if self.vision_pending and not subheading:
            self.vision_pending = False
            if self._rule_for(text, line) is None:
                self.extraction.vision = Vision(unquoted(text), line)
                return
        rule, ends = self._rule_for(text, line), self.until is not None and self.until.search(text)
        self.ignoring, self.until = (False, None) if ends else (self.ignoring, self.until)
        if rule is not None and (self.until is None or ends):
            self._section(rule, text, line)
            return
        if not subheading and self.section_period is None:
            self.section_period = parse_period(text)
        if self.ignoring:
            self.extraction.place(line, self.ignored_as)
            return
        if not subheading and (self.areas.list_item(text, line) or self._section_item(text, line)):
            return
        rule = self.section_rule
        if (
            not subheading
            and rule
            and self.sentences.read(
                rule, self.section_heading, text, line, self.extraction, self.rows.action_key
            )
        ):
            return
        keys = ecm_keys_in(text)
        if keys and (
            _LABELLED_OUTCOME.match(text)
            or (len(text.split()) <= 6 and not strip_bullet(text)[0] and _opens_with_outcome(text))
        ):
            links = [OutcomeLink("ecm", key) for key in keys]
            if _LABELLED_OUTCOME.match(text) and self.priority is not None:
                if self.inherited:  # the priority's own outcome line is more specific than its section's
                    self.priority.contributes_to, self.inherited = [], False
                for link in links:
                    if link not in self.priority.contributes_to:
                        self.priority.contributes_to.append(link)
                self.extraction.place(line, "ECM outcome")
            else:
                self.outcome_links, self.priority, self.forced = links, None, None
                self.extraction.place(line, "outcome heading")
                self.sections_seen.append(SeenSection(line, text, SectionKind.OUTCOME, tuple(keys)))
            return
        if subheading:
            self.extraction.place(line, "table subheading")
        elif text.endswith(":") or starts_list_item(text) or labelled_run(text):
            self.description_open = False  # a lead-in, a list item, items run together: the outline's
        elif self.priority is not None and self.description_open and self._described(text, line):
            return
        elif self.priority is not None and self.description_open and len(text.split()) > 5:
            self.priority.description = text
            self.description_open = False
            self.extraction.place(line, "priority description")

    def _section_item(self, text: str, line: int) -> bool:
        """Return True when ``text`` is the next item of the list under the heading in force (the
        first line with text that is not one ends the list)."""
        rule, supports = self.section_rule, [self.priority.key] if self.priority else []
        if rule is None or rule.items is None or not self.items_open:
            return False
        self.items_open = read_section_item(
            rule, self.section_heading, text, line, self.extraction, self.rows.action_key, supports
        )
        return self.items_open

    def _described(self, text: str, line: int) -> bool:
        """Return True when the priority in force is described by a line of its rule's ``description``
        pattern: ``text`` gives the description if it matches, and no other paragraph does."""
        rule = next((rule for priority, rule in self.described if priority is self.priority), None)
        if rule is None or rule.description is None or self.priority is None:
            return False
        description = rule.description_of(text)
        if description is not None:
            self.priority.description, self.description_open = description, False
            self.extraction.place(line, "priority description")
        return True

    def _rule_for(self, text: str, line: int | None = None) -> SectionRule | None:
        if len(text.split()) > MAX_HEADING_WORDS or len(labelled_run(text)) >= 2:
            return None  # "Priority 1: … Priority 2: …": items run together, each read by the outline
        for rule in self.profile.section_rules():
            if rule.pattern.search(text):
                return rule
        return self.quotes.priority_rule(text, line)

    def _section(self, rule: SectionRule, text: str, line: int) -> None:
        self.area_rows.flush()
        kind = rule.kind
        match = rule.pattern.search(text)
        groups = match.groupdict() if match else {}
        self.sections_seen.append(SeenSection(line, text, kind))
        self.section_rule, self.section_heading, self.section_line = rule, clean_text(text), line
        self.items_open, self.positional = True, None
        self.sentences.start()
        self.section_period = parse_period(text)
        self.ignoring = kind is SectionKind.IGNORE
        self.ignored_as, self.until = (rule.place, rule.until) if self.ignoring else ("ignored", None)
        enclosing, self.heading_section = self.heading_section, clean_text(text) if rule.as_section else None
        self.rows.quoting = self.quotes.heading(rule, line)
        if kind is SectionKind.QUOTES:
            kind = SectionKind.SECTION
        if kind is SectionKind.PRIORITY:
            label = clean_text(groups.get("label") or text)
            ref = clean_text(groups.get("ref") or "") or None
            fields = {**{name: value or "" for name, value in groups.items()}, "label": label, "text": text}
            base = rule.key.format_map(fields) if rule.key else ref or label
            key = self.rows.key("priority", base, rule.key_length)
            priority = Priority(key=key, label=label, source_line=line, ref=ref)
            if rule.in_section:  # the section heading above holds the priority and its tables' items
                self.heading_section = priority.section = enclosing
            keys = list(rule.outcomes) or ecm_keys_in(label)
            priority.contributes_to = [OutcomeLink("ecm", key) for key in keys] or list(self.outcome_links)
            self.inherited = not keys
            self._add_priority(priority)
            if not self.rows.quoting:
                self.areas.adopt(priority)
            if self.areas.current is not None and not rule.as_section:  # its items are in the area's section
                self.heading_section = self.areas.current.label
            self.priority, self.forced, self.description_open = priority, None, True
            if rule.description is not None or rule.ecm_expected:
                self.described.append((priority, rule))
            return
        if kind is SectionKind.AREA:
            area = self.areas.heading(rule, groups, text, line, self.section_in_force)
            self.heading_section, self.priority, self.forced = area.label, area, None
            return
        self.areas.end()
        self.section_in_force = self.heading_section
        if kind is SectionKind.OUTCOME:
            keys = list(rule.outcomes) or ecm_keys_in(text)
            self.outcome_links = [OutcomeLink("ecm", key) for key in keys]
            if not keys:
                self.extraction.warn(line, f"outcome heading {text!r} names no Every Child Matters outcome")
            self.priority, self.forced = None, None
            self.extraction.place(line, "outcome heading")
            return
        self.extraction.place(line, "ignored" if kind is SectionKind.IGNORE else "section heading")
        if kind is SectionKind.VISION and rule.with_list:
            vision_with_list(text, line, self.lines, self.extraction)
            return
        if kind is SectionKind.VISION:
            rest = clean_text(text[match.end() :] if match else "").lstrip(":–- ")
            if len(rest.split()) >= 4:
                quoted = re.search(r"['‘\"](.+)['’\"]", rest)
                self.extraction.vision = Vision(clean_text(quoted.group(1) if quoted else rest), line)
            else:
                self.vision_pending = True
            return
        if kind in LABEL_ROLES:
            self.forced = kind
            return
        if kind is SectionKind.UNITS:
            self.unit_sections.append((rule, line))
        self.priority, self.outcome_links, self.forced = None, [], None

    def _priority_outcomes(self, cells: list[str], line: int, rule: RowRule) -> None:
        """Give the priority in force the outcomes ``cells`` name (of the rule's framework only, when it
        names one, under the broader concept a cell its ``broader`` finds names; its own outcome row: it
        replaces the outcomes it took from the outcome heading above it); returns nothing."""
        if self.priority is None:
            return
        if self.inherited:
            self.priority.contributes_to, self.inherited = [], False
        under = None
        if rule.broader is not None and rule.scheme is not None:
            broader = [cell for cell in cells if rule.broader.search(cell)]
            under = self.rows.concept_named(rule.scheme, broader[0], line) if broader else None
            cells = [cell for cell in cells if not rule.broader.search(cell)]
        named = [
            link for cell in cells for link in self.rows.outcomes_in(cell, line, False, rule.scheme, under)
        ]
        for link in sorted(named, key=lambda link: link.scheme != "ecm"):  # the ECM outcomes first
            if link not in self.priority.contributes_to:
                self.priority.contributes_to.append(link)

    def _row_heading(self, rules: list[SectionRule], raw: str, line: int) -> bool:
        """Return True when a tab-separated row is a heading one of ``rules`` reads in rows (read so)."""
        text = clean_text(raw.replace("\t", " "))
        rule = next((rule for rule in rules if rule.pattern.search(text)), None)
        if rule is not None:
            self._section(rule, text, line)
        return rule is not None


def _opens_with_outcome(text: str) -> bool:
    """True when a short line opens with the Every Child Matters outcome it names ("Being healthy",
    "3. Stay safe"), not when the outcome ends a phrase ("6. Helping families to be healthy." is an
    item of a numbered list)."""
    body = NUMBER.sub("", text, count=1)
    found = ECM_ANY.search(body)
    return found is not None and len(body[: found.start()].split()) <= 1
