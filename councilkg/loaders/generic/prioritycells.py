"""The priorities a table row's priority column names: a priority the plan has read already (by its
reference or label, ignoring case and punctuation), or one the plan rewords (``reworded``), or a new
one; a part of a split cell naming an outcome instead is read as that outcome (warned).

A plan may print its priorities twice: listed under the outcomes they serve, then reworded in its
action plan ("Further improve security and stability of children looked after" for "Further improve
stability and security for children looked after"). With a priority column's ``reworded``, a cell
naming no priority read so far is the one of the outcome in force that it rewords (by the content
words they share, see ``best_word_match``), and a new priority is of the section in force.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.documents.tables import Row
from councilkg.loaders.generic.profile import ecm_keys_in
from councilkg.loaders.generic.refs import ref_key, split_by
from councilkg.loaders.generic.rows import RowReader, TableExtras
from councilkg.loaders.model import Extraction, OutcomeLink, Priority
from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole
from councilkg.loaders.parsing.matching import best_word_match
from councilkg.text import clean_text


class PriorityCells:
    """Reads the priority cells of table rows into the keys of the priorities they name."""

    def __init__(self, extraction: Extraction, rows: RowReader) -> None:
        self.extraction = extraction
        self.rows = rows

    def named(
        self,
        columns: ColumnMap,
        extras: TableExtras,
        row: Row,
        outcomes_in_force: Sequence[OutcomeLink],
        section: str | None,
    ) -> tuple[list[str], list[OutcomeLink]]:
        """Return the keys of the priorities a row's priority column names (adding new ones), and the
        outcomes a part of a split cell names instead of a priority (warned)."""
        index = columns.index(ColumnRole.PRIORITY)
        cell = row.cell(index) if index is not None else ""
        split = extras.splits.get(index) if index is not None else None
        rule = extras.rules.get(index) if index is not None else None
        reworded = rule is not None and rule.reworded
        parts = [clean_text(part) for part in split_by(split, cell)] if split else [cell]
        keys: list[str] = []
        outcomes: list[OutcomeLink] = []
        for part in (part for part in parts if part):
            known = self.known(part)
            if known is None and reworded:
                known = self.reworded(part, outcomes_in_force)
            named = self.rows.outcomes_in(part, row.line, warn=False) if known is None and split else []
            if named:
                heading = columns.all(ColumnRole.PRIORITY)[0].heading
                self.extraction.warn(
                    row.line, f"{heading!r} cell holds {part!r}, not a priority; read as an outcome"
                )
                outcomes += [link for link in named if link not in outcomes]
            else:
                new_section = section if reworded else None
                keys.append(known or self.new(part, row, outcomes_in_force, new_section))
        return keys, outcomes

    def known(self, text: str) -> str | None:
        """Return the key of the priority read so far whose label or reference ``text`` is (ignoring case
        and punctuation), or ``None``."""
        wanted = ref_key(text)
        for priority in self.extraction.priorities:
            if wanted in {ref_key(priority.label), ref_key(priority.ref or "")}:
                return priority.key
        return None

    def reworded(self, text: str, outcomes: Sequence[OutcomeLink]) -> str | None:
        """Return the key of the priority contributing to ``outcomes`` that ``text`` rewords, or ``None``
        (none, or no outcome in force)."""
        if not outcomes:
            return None
        candidates = [p for p in self.extraction.priorities if set(outcomes) & set(p.contributes_to)]
        best = best_word_match(text, [priority.label for priority in candidates])
        return candidates[best].key if best is not None else None

    def new(self, cell: str, row: Row, outcomes: Sequence[OutcomeLink], section: str | None) -> str:
        """Return the key of a new priority a row's priority column names, added to the extraction."""
        priority = Priority(key=self.rows.key("priority", cell), label=cell, source_line=row.line)
        priority.contributes_to = [OutcomeLink("ecm", key) for key in ecm_keys_in(cell)] or list(outcomes)
        priority.section = section
        self.extraction.priorities.append(priority)
        return priority.key
