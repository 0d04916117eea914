"""Line coverage: every non-blank line is placed by an extracted record or listed as unplaced."""

from __future__ import annotations

from councilkg.documents.document import Document
from councilkg.loaders.coverage import coverage_of, coverage_report, is_table_row, record_lines
from councilkg.loaders.model import (
    Action,
    Extraction,
    Indicator,
    MeasureType,
    Observation,
    PlanInfo,
    Priority,
)

TEXT = "Title\n\nPriority one\n\tAction A\t\tMarch 2008\n\tcontinued\n\nNarrative.\nRef\tName\n"


def extraction() -> Extraction:
    """Return an extraction of :data:`TEXT` that reads lines 1, 3, 4 and, by ``place``, 5."""
    found = Extraction(PlanInfo("x", "p", "Title", "ServicePlan", 2007, 2010, 1), "demo")
    found.priorities.append(Priority("one", "Priority one", 3))
    found.actions.append(Action("a", "Action A", 4, supports=["one"]))
    found.place(5, "continuation")
    return found


def test_records_and_placed_lines_count_unplaced_are_listed() -> None:
    """Lines 1, 3, 4 start records, 5 was placed; 7 (narrative) and 8 (a table row) are unplaced."""
    coverage = coverage_of(extraction(), Document.from_text("plan.txt", TEXT))
    assert coverage.nonblank == 6
    assert coverage.placed == 4
    assert coverage.placed_as == {"action": 1, "continuation": 1, "plan title": 1, "priority": 1}
    assert [(line.line, line.text, line.table_row) for line in coverage.unplaced] == [
        (7, "Narrative.", False),
        (8, "Ref Name", True),
    ]
    assert [line.line for line in coverage.unplaced_table_rows] == [8]
    assert round(coverage.percent, 1) == 66.7


def test_nested_records_count() -> None:
    """An observation on its own line (inside an indicator) places that line."""
    found = extraction()
    indicator = Indicator("i", "Indicator", 3)
    indicator.observations.append(Observation(MeasureType.OUTTURN, "5", 7))
    found.indicators.append(indicator)
    assert record_lines(found)[7] == "observation"


def test_first_reading_of_a_line_is_kept() -> None:
    """Placing a line twice keeps the first reading."""
    found = extraction()
    found.place([5, 7], "heading")
    assert found.placed == {5: "continuation", 7: "heading"}


def test_report_is_json_ready() -> None:
    """The JSON report has the counts, the placed kinds and each unplaced line."""
    found = extraction()
    found.warn(4, "odd date")
    coverage = coverage_of(found, Document.from_text("plan.txt", TEXT))
    report = coverage_report(found, coverage)
    assert report["nonblank_lines"] == 6
    assert report["unplaced_table_rows"] == 1
    assert report["warnings"] == [{"line": 4, "message": "odd date"}]


def test_table_rows() -> None:
    """A tab or an HTML cell makes a line a table row; a trailing newline does not."""
    assert is_table_row("\tcontinued")
    assert is_table_row("<td>x</td>")
    assert not is_table_row("Narrative.\n")


def test_empty_document_is_fully_covered() -> None:
    """A plan with no non-blank lines reports 100%."""
    coverage = coverage_of(extraction(), Document.from_text("plan.txt", "\n\n"))
    assert coverage.percent == 100.0
