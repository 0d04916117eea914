"""The organisation chart a profile names: people named with their posts (``[[holders]]``) and the
units under a ``units`` heading."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from councilkg.loaders.generic.profile import HolderRule, SectionRule
from councilkg.loaders.model import Extraction, OrgUnit, Post
from councilkg.text import clean_text, plain_line


def read_holders(
    holders: Sequence[HolderRule], lines: Sequence[str], extraction: Extraction
) -> list[tuple[int, str]]:
    """Record in ``extraction`` the people the profile's holder rules find named with their posts,
    outside tables; returns each line naming a post holder with the post's unit, in line order
    (repeats included)."""
    unit_holdings: list[tuple[int, str]] = []
    if not holders:
        return unit_holdings
    texts = [(number, plain_line(raw)) for number, raw in enumerate(lines, start=1) if "\t" not in raw]
    texts = [(number, text) for number, text in texts if text]
    for position, (number, text) in enumerate(texts):
        for rule in holders:
            match = rule.pattern.search(text)
            if match is None:
                continue
            post_match: re.Match[str] | None = match
            following: tuple[int, str] | None = None
            if rule.then is not None:
                following = texts[position + 1] if position + 1 < len(texts) else None
                post_match = rule.then.search(following[1]) if following else None
                if post_match is None or following is None:
                    continue
                extraction.place(following[0], "post")
            if post_match is not None and "post" not in post_match.re.groupindex and following is not None:
                _member(clean_text(match.group("name")), post_match, number, following[0], extraction, rule)
            elif post_match is not None:
                name = clean_text(match.group("name"))
                then_line = following[0] if following else None
                _holder(name, post_match, number, extraction, unit_holdings, rule, then_line)
            break
    return unit_holdings


def _member(
    name: str, match: re.Match[str], line: int, unit_line: int, extraction: Extraction, rule: HolderRule
) -> None:
    """Record a person named at ``line`` and the unit (of the rule's ``parent``) the next line names, a
    contact with no post ("Roy Gopaul" / "Policy and Planning"); a unit already named is not again."""
    extraction.people.setdefault(name, line)
    extraction.place(line, "person")
    unit = clean_text(match.group("unit"))
    if unit and all(known.name != unit for known in extraction.units):
        extraction.units.append(OrgUnit(unit, unit_line, rule.parent))
    extraction.place(unit_line, "unit")


def _holder(
    name: str,
    match: re.Match[str],
    line: int,
    extraction: Extraction,
    unit_holdings: list[tuple[int, str]],
    rule: HolderRule,
    post_line: int | None = None,
) -> None:
    """Record a person holding a post (described by the group ``description``, "Interim"), and the
    unit the group ``unit`` names (of the rule's ``parent``); the rule's ``unit`` is the post's when the
    line names none. With the rule's ``post_line``, the post is at ``post_line`` (the line printing it,
    below the name's)."""
    title = clean_text(match.group("post"))
    unit = clean_text(match.groupdict().get("unit") or "") or None
    description = clean_text(match.groupdict().get("description") or "") or None
    extraction.place(line, "post")
    if unit:
        unit_holdings.append((line, unit))
    if any(post.title == title and post.holder == name for post in extraction.posts):
        return
    extraction.people.setdefault(name, line)
    at = post_line if rule.post_line and post_line is not None else line
    extraction.posts.append(Post(title, at, unit=unit or rule.unit, holder=name, description=description))
    if unit and all(known.name != unit for known in extraction.units):
        extraction.units.append(OrgUnit(unit, line, rule.parent))


def read_units(
    rule: SectionRule,
    start: int,
    end: int,
    lines: Sequence[str],
    extraction: Extraction,
    unit_holdings: Sequence[tuple[int, str]],
) -> None:
    """Read the organisation chart between a ``units`` heading (line ``start``) and line ``end``.

    The heading's unit is recorded at its line and is the parent of the units of the posts
    named below it; a line matching ``sub_units`` describes a known unit, or adds a sub-unit of
    the unit of the post named last on or above it.
    """
    units = extraction.units
    top = rule.unit
    if top is not None:
        known = [position for position, unit in enumerate(units) if unit.name == top]
        for position in known:
            units[position] = dataclasses.replace(units[position], source_line=start)
        if not known:
            units.append(OrgUnit(top, start))
        extraction.place(start, "unit")
    below = [(line, unit) for line, unit in unit_holdings if start < line < end]
    held_below = {held for _, held in below}
    for position, unit in enumerate(units):
        if top and unit.name != top and unit.parent is None and unit.name in held_below:
            units[position] = dataclasses.replace(unit, parent=top)
    if rule.sub_units is None:
        return
    for number in range(start + 1, end):
        raw = lines[number - 1]
        match = rule.sub_units.search(plain_line(raw)) if "\t" not in raw else None
        if match is None:
            continue
        name = clean_text(match.group("name"))
        description = clean_text(match.groupdict().get("description") or "") or None
        known = [position for position, unit in enumerate(units) if unit.name == name]
        for position in known:
            units[position] = dataclasses.replace(units[position], description=description)
        parent = next((held for line, held in reversed(below) if line <= number), None)
        if not known and parent is not None:
            units.append(OrgUnit(name, number, parent, description))
        extraction.place(number, "unit")
