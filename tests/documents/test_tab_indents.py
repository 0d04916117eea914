"""Tabs that only indent a line read as spaces; a tab between a table's cells stays."""

from __future__ import annotations

from councilkg.documents.document import Document


def test_a_tab_indented_list_reads_as_spaces() -> None:
    """Sheffield's Readiness Priority (https://learnsheffield.co.uk/Sheffield-Priorities/Readiness-Priority,
    ``tests/corpus/wild/``) with its measures' bullets indented by a tab: the line reads as indented
    with spaces."""
    text = "Sheffield to have the fittest children in Britain.\n\t• Sheffield has active schools.\n"
    assert Document.from_text("p.txt", text).lines[1] == "    • Sheffield has active schools."


def test_a_row_with_an_empty_first_cell_keeps_its_tab() -> None:
    """A table's row whose first cell is empty, as the PDF and Word readers print it (``"\\tvalue"``,
    the row padded to the table's width) among rows with a tab between their cells, stays a row."""
    text = "Objective\tTarget\n\tBy March 2004\nReduce youth offending\tBy 2005\n"
    assert Document.from_text("p.txt", text).lines == [
        "Objective\tTarget",
        "\tBy March 2004",
        "Reduce youth offending\tBy 2005",
    ]
