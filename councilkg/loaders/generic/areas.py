"""Priority areas: headings that group a plan's priorities, and the priorities listed under them.

A profile's ``[[sections]]`` rule of kind ``area`` names such a heading ("Thinking family – families
at the centre of all we do"): the area is a priority itself (its label and description from the
pattern's groups, its key from the rule's ``key`` template), and the priorities whose headings
follow it are its children (``parent``), recording its label as their section. A heading naming an
area already read is the same area again, printed before another of its priorities.

The rule's ``listed`` pattern reads the list printed under an area heading, one priority a line: a
priority listed there and detailed by a priority heading somewhere in the plan is the same priority
(matched by label, ignoring case and punctuation); one listed only is a priority of its own
(``listed_only``), warned about, with the note the pattern's ``note`` group reads ("(TBC)").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from councilkg.loaders.generic.profile import SectionKind, SectionRule
from councilkg.loaders.model import Extraction, Priority
from councilkg.loaders.parsing.cells import strip_bullet
from councilkg.loaders.parsing.matching import match_key
from councilkg.text import clean_text, plain_line


@dataclass(frozen=True)
class Listed:
    """A priority listed under an area heading: its label as printed, line, area key and note."""

    label: str
    line: int
    area: str
    note: str | None


@dataclass
class Areas:
    """The priority areas read so far, the one in force, and the priorities listed under them.

    ``new_key`` hands out a unique priority key for a text (slugified).
    """

    extraction: Extraction
    new_key: Callable[[str], str]
    active: bool = False  # the profile has area headings: a priority heading before any is warned about
    by_name: dict[str, Priority] = field(default_factory=dict)
    current: Priority | None = None
    listing: SectionRule | None = None  # the rule of the area heading whose list may follow
    listed: list[Listed] = field(default_factory=list)
    detailed: list[Priority] = field(default_factory=list)

    def heading(
        self, rule: SectionRule, groups: dict[str, str], text: str, line: int, section: str | None
    ) -> Priority:
        """Return the area an area heading names, adding it the first time (in ``section``)."""
        label = clean_text(groups.get("label") or text)
        known = self.by_name.get(match_key(label))
        if known is not None:
            self.extraction.place(line, "heading: priority area")
        else:
            fields = {**{name: value or "" for name, value in groups.items()}, "label": label, "text": text}
            key = self.new_key(rule.key.format_map(fields) if rule.key else label)
            description = clean_text(groups.get("description") or "") or None
            if self.current is not None:
                section = self.current.section  # a sibling of the area before it
            known = Priority(key=key, label=label, source_line=line, description=description, section=section)
            self.extraction.priorities.append(known)
            self.by_name[match_key(label)] = known
        self.current = known
        self.listing = rule if rule.listed is not None else None
        return known

    def end(self) -> None:
        """End the area in force (a heading of another kind); returns nothing."""
        self.current, self.listing = None, None

    def adopt(self, priority: Priority) -> None:
        """Make a priority read from its heading a child of the area in force; returns nothing."""
        self.listing = None
        if any(match_key(other.label) == match_key(priority.label) for other in self.detailed):
            self.extraction.warn(
                priority.source_line, f"priority {priority.label!r} printed twice; second kept apart"
            )
        self.detailed.append(priority)
        if self.active and self.current is None:
            self.extraction.warn(
                priority.source_line, f"priority {priority.label!r} is under no priority area"
            )
        if self.current is not None:
            priority.parent, priority.section = self.current.key, self.current.label

    def list_item(self, text: str, line: int) -> bool:
        """Return True when ``text`` is a priority listed under the area heading in force (recorded)."""
        if self.listing is None or self.listing.listed is None or self.current is None:
            return False
        bulleted, item = strip_bullet(text)
        match = self.listing.listed.search(item) if bulleted else None
        if match is None:
            return False
        groups = match.groupdict()
        label = clean_text(groups.get("label") or match.group(0))
        self.listed.append(
            Listed(label, line, self.current.key, clean_text(groups.get("note") or "") or None)
        )
        return True

    def finish(self) -> None:
        """Match the listed priorities to the detailed ones: a listed priority is placed, or added as
        listed only (warned); a detailed one not listed is warned about when any was. Returns nothing."""
        detailed = {match_key(priority.label): priority for priority in reversed(self.detailed)}
        named: set[str] = set()
        for listed in self.listed:
            priority = detailed.get(match_key(listed.label))
            if priority is not None:
                named.add(priority.key)
                self.extraction.place(listed.line, "priority (listed)")
                if priority.parent != listed.area:
                    self.extraction.warn(
                        listed.line, f"priority {listed.label!r} is listed under another area than its detail"
                    )
                continue
            area = next(area for area in self.by_name.values() if area.key == listed.area)
            priority = Priority(
                key=self.new_key(listed.label),
                label=listed.label,
                source_line=listed.line,
                parent=listed.area,
                section=area.label,
                listed_only=True,
            )
            self.extraction.priorities.append(priority)
            detailed[match_key(listed.label)] = priority
            marked = f" and marked {listed.note}" if listed.note else ""
            self.extraction.warn(
                listed.line, f"priority {listed.label!r} is listed{marked} with no detail section"
            )
        if self.listed:
            for priority in self.detailed:
                if priority.key not in named:
                    self.extraction.warn(
                        priority.source_line,
                        f"priority {priority.label!r} has a detail section but is not listed",
                    )


def place_area_mentions(
    extraction: Extraction,
    areas: Areas,
    rules: Sequence[SectionRule],
    lines: Sequence[str],
    quoted: Callable[[int], str | None],
) -> None:
    """Place each line not read otherwise that names a known area as an area rule's ``mention``
    pattern reads it ("Thinking families – families at the centre of all we do", in a report or the
    vision's list): "priority area (listed)", or with what ``quoted(line)`` says the line is quoted in
    (" (quoted in report)"). Returns nothing.
    """
    patterns = [rule.mention for rule in rules if rule.kind is SectionKind.AREA and rule.mention is not None]
    if not patterns or not areas.by_name:
        return
    items = {item.source_line for item in extraction.priorities}
    items |= {item.source_line for item in extraction.actions}
    for number, raw in enumerate(lines, start=1):
        if number in extraction.placed or number in items or "\t" in raw:
            continue
        _, text = strip_bullet(plain_line(raw))
        named = (pattern.search(text) for pattern in patterns)
        if any(match and match_key(match.group("label")) in areas.by_name for match in named):
            suffix = quoted(number)
            extraction.place(number, f"priority area{suffix}" if suffix else "priority area (listed)")
