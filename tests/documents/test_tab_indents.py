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


def test_a_tab_after_a_list_mark_reads_as_a_space() -> None:
    """Telford & Wrekin's 100 day action plan (news report, 2023, ``tests/corpus/wild/``) as Word prints a
    numbered list, a tab after each number: the lines read as the number, a space and the text."""
    text = (
        "The plan makes a commitment to:\n1.\tUpgrade four more community play areas\n"
        "2.\tImprove our local nature reserves\n"
    )
    assert Document.from_text("p.txt", text).lines[1:] == [
        "1. Upgrade four more community play areas",
        "2. Improve our local nature reserves",
    ]


def test_numbered_rows_under_a_tabbed_header_keep_their_tabs() -> None:
    """Rows numbered in their first cell ("1.\\tvalue") under a header with a tab between its cells are a
    table's rows: their tabs stay."""
    text = "No.\tAction\n1.\tRecruit foster carers\n2.\tReview placements\n"
    assert Document.from_text("p.txt", text).lines == [
        "No.\tAction",
        "1.\tRecruit foster carers",
        "2.\tReview placements",
    ]
