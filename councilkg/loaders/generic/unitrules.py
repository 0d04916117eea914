"""The organisational units a profile's ``[[units]]`` rules find: a unit named in the text, the lines
listing the teams of a directorate, a bulleted list of the teams within a division, and a table of
the other directorates and what the plan works on with them.

A unit already named (by a post's holder, or an earlier rule) is not recorded again (its line is
placed as "unit (named again)"), but for a unit listed under a division, which takes the division as
its parent.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from councilkg.documents.tables import split_row
from councilkg.loaders.generic.profile import UnitRule
from councilkg.loaders.model import Extraction, OrgUnit
from councilkg.loaders.parsing.cells import strip_bullet
from councilkg.text import clean_text, plain_line


def read_unit_rules(rules: Sequence[UnitRule], lines: Sequence[str], extraction: Extraction) -> set[int]:
    """Record in ``extraction`` the units each rule finds, rule by rule; returns the lines of the table
    rows the rules read (read as nothing else)."""
    rows: set[int] = set()
    for rule in rules:
        if rule.match is not None and rule.name is not None:
            number = next(
                (
                    n
                    for n, raw in enumerate(lines, start=1)
                    if "\t" not in raw and rule.match.search(plain_line(raw))
                ),
                None,
            )
            if number is not None:
                _add(extraction, rule.name, number, rule.parent)
        elif rule.lines_after is not None:
            _lines_after(rule, lines, extraction)
        elif rule.listed_under is not None:
            _listed_under(rule, lines, extraction)
        elif rule.header is not None:
            rows |= _table(rule, lines, extraction)
    return rows


def _first_line(pattern: re.Pattern[str], lines: Sequence[str]) -> int | None:
    """Return the first line (1-based, outside tables) ``pattern`` finds, or ``None``."""
    return next(
        (n for n, raw in enumerate(lines, start=1) if "\t" not in raw and pattern.search(plain_line(raw))),
        None,
    )


def _add(
    extraction: Extraction, name: str, line: int, parent: str | None, description: str | None = None
) -> None:
    if any(unit.name == name for unit in extraction.units):
        extraction.place(line, "unit (named again)")
        return
    extraction.units.append(OrgUnit(name, line, parent, description))
    extraction.place(line, "unit")


def _lines_after(rule: UnitRule, lines: Sequence[str], extraction: Extraction) -> None:
    assert rule.lines_after is not None and rule.until is not None
    start = next(
        (n for n, raw in enumerate(lines, start=1) if rule.lines_after.search(plain_line(raw))), None
    )
    if start is None:
        return
    for number in range(start + 1, len(lines) + 1):
        text = plain_line(lines[number - 1])
        if rule.until.search(text):
            break
        if text:
            _add(extraction, text, number, rule.parent)


def _listed_under(rule: UnitRule, lines: Sequence[str], extraction: Extraction) -> None:
    assert rule.listed_under is not None
    parent: str | None = None
    for number, raw in enumerate(lines, start=1):
        text = plain_line(raw)
        match = rule.listed_under.search(text)
        if match is not None:
            named = match.groupdict().get("parent")
            parent = clean_text(named) if named else rule.parent
            continue
        marked, name = strip_bullet(text)
        if parent is not None and marked:
            known = [i for i, unit in enumerate(extraction.units) if unit.name == name]
            for index in known:
                extraction.units[index] = dataclasses.replace(extraction.units[index], parent=parent)
            if not known:
                extraction.units.append(OrgUnit(name, number, parent))
            extraction.place(number, "unit")
        elif text:
            parent = None


def _table(rule: UnitRule, lines: Sequence[str], extraction: Extraction) -> set[int]:
    assert rule.header is not None and rule.unit_column is not None
    columns: list[int] = []
    read: set[int] = set()
    for number, raw in enumerate(lines, start=1):
        if "\t" not in raw:
            if plain_line(raw):
                columns = []  # text ends the table
            continue
        row = split_row(raw, number)
        cells = [clean_text(cell) for cell in row.cells]
        if rule.header.search("\t".join(cells)):
            columns = [i for i, cell in enumerate(cells) if cell and rule.unit_column.search(cell)]
            extraction.place(number, "table header")
            read.add(number)
            continue
        if columns:
            read.add(number)
        named = False
        for index in columns:
            name = row.cell(index)
            if name:
                _add(extraction, name, number, rule.parent, row.cell(index + 1) or None)
                named = True
        if columns and not named:
            extraction.place(number, "unit")
    return read
