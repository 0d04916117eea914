"""How much of a plan a loader placed: every non-blank line is read as something, or listed.

A line is *placed* when an extracted record starts on it (its ``source_line``) or the loader
said what it read it as (:meth:`~councilkg.loaders.model.Extraction.place`). Everything else is
*unplaced* and reported with its line number, so nothing a loader drops goes unnoticed. A table
row (a line holding a tab) left unplaced is a loader bug; narrative paragraphs may stay unplaced.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from councilkg.documents.document import Document
from councilkg.loaders.model import Extraction
from councilkg.text import clean_text


@dataclass(frozen=True)
class UnplacedLine:
    """A non-blank line no extracted item covers."""

    line: int
    text: str
    table_row: bool


@dataclass(frozen=True)
class Coverage:
    """The coverage of one plan: counts, what placed lines were read as, and the unplaced lines."""

    file_name: str
    nonblank: int
    placed: int
    placed_as: dict[str, int]
    unplaced: tuple[UnplacedLine, ...]

    @property
    def percent(self) -> float:
        """Return the share of non-blank lines placed, 0-100 (100 for an empty plan)."""
        return 100.0 if self.nonblank == 0 else 100.0 * self.placed / self.nonblank

    @property
    def unplaced_table_rows(self) -> tuple[UnplacedLine, ...]:
        """Return the unplaced lines that are table rows."""
        return tuple(line for line in self.unplaced if line.table_row)


def is_table_row(raw_line: str) -> bool:
    """True when a line of the plan is (part of) a table row: it holds a tab or an HTML cell.

    Example:
        >>> is_table_row("NI 59\\tPercentage\\t55.2%"), is_table_row("Our vision is...")
        (True, False)
    """
    return "\t" in raw_line.strip("\r\n") or "<td" in raw_line.casefold()


#: How the report names lines where a record of each kind starts.
_RECORD_KINDS = {
    "PlanInfo": "plan title",
    "OrgUnit": "unit",
    "PartnerBody": "partner",
    "BudgetLine": "budget line",
    "SavingProposal": "saving proposal",
}


def record_lines(extraction: Extraction) -> dict[int, str]:
    """Return ``{line: kind}`` for the ``source_line`` of every record in an extraction.

    Example:
        >>> from councilkg.loaders.model import PlanInfo, Vision
        >>> info = PlanInfo("x", "plan", "Plan", "ServicePlan", 2007, 2010, source_line=5)
        >>> record_lines(Extraction(info, "demo", vision=Vision("Safe", 9), people={"Ann Lee": 12}))
        {5: 'plan title', 9: 'vision', 12: 'person'}
    """
    lines: dict[int, str] = {}

    def visit(value: object) -> None:
        if isinstance(value, list | tuple):
            for item in value:
                visit(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            line = getattr(value, "source_line", None)
            if isinstance(line, int):
                kind = type(value).__name__
                lines.setdefault(line, _RECORD_KINDS.get(kind, kind.lower()))
            for field in dataclasses.fields(value):
                visit(getattr(value, field.name))

    for field in dataclasses.fields(extraction):
        if field.name not in {"people", "placed", "warnings"}:
            visit(getattr(extraction, field.name))
    for line in extraction.people.values():
        lines.setdefault(line, "person")
    return dict(sorted(lines.items()))


def coverage_of(extraction: Extraction, document: Document) -> Coverage:
    """Return the :class:`Coverage` of ``document`` by ``extraction``.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> doc = Document.from_text("p.txt", "Title\\n\\nA\\tB\\nnarrative\\n")
        >>> found = Extraction(PlanInfo("x", "p", "Title", "ServicePlan", 2007, 2010, 1), "demo")
        >>> report = coverage_of(found, doc)
        >>> report.placed, report.nonblank, [(u.line, u.table_row) for u in report.unplaced]
        (1, 3, [(3, True), (4, False)])
    """
    placed_by: dict[int, str] = {**record_lines(extraction)}
    for line, what in extraction.placed.items():
        placed_by.setdefault(line, what)
    placed_as: Counter[str] = Counter()
    unplaced: list[UnplacedLine] = []
    nonblank = 0
    for number, raw in enumerate(document.lines, start=1):
        text = clean_text(raw)
        if not text:
            continue
        nonblank += 1
        if number in placed_by:
            placed_as[placed_by[number]] += 1
        else:
            unplaced.append(UnplacedLine(number, text, is_table_row(raw)))
    return Coverage(
        file_name=document.name,
        nonblank=nonblank,
        placed=nonblank - len(unplaced),
        placed_as=dict(sorted(placed_as.items())),
        unplaced=tuple(unplaced),
    )


def coverage_report(extraction: Extraction, coverage: Coverage) -> dict[str, object]:
    """Return one plan's extraction report as JSON-ready data: counts, kinds, unplaced lines, warnings."""
    return {
        "file": coverage.file_name,
        "loader": extraction.loader,
        "plan": extraction.plan.title,
        "council": extraction.plan.council,
        "nonblank_lines": coverage.nonblank,
        "placed_lines": coverage.placed,
        "percent_placed": round(coverage.percent, 1),
        "placed_as": coverage.placed_as,
        "unplaced": [
            {"line": line.line, "table_row": line.table_row, "text": line.text} for line in coverage.unplaced
        ],
        "unplaced_table_rows": len(coverage.unplaced_table_rows),
        "warnings": [
            {"line": warning.line, "message": warning.message}
            for warning in sorted(extraction.warnings, key=lambda warning: warning.line)
        ],
    }
