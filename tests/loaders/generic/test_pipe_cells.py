"""Tables whose web page's text printed each cell on lines of its own (between lines holding only
"|", or each closed by "|"), gathered one row a line for the delimited-table reader, on snippets cut
from the wild corpus (``tests/corpus/wild/``: real councils' plans as their pages give the text)."""

from __future__ import annotations

from collections.abc import Sequence

from councilkg.loaders.generic.pipecells import gather_pipe_cells, join_pipe_cells
from councilkg.loaders.parsing.columns import ColumnMap, ColumnRole, classify_header, map_columns
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.loaders.generic.reading import read

#: Oxfordshire County Council, The Executive, 28 May 2002, annex to item 6: Local Public Service
#: Agreement priority targets,
#: https://mycouncil.oxfordshire.gov.uk/Data/The%20Executive/20020528/Agenda/EX280502-06an1.htm
#: (four of its 26 rows).
OXFORDSHIRE = "\n".join(
    [
        *["|", "PRIORITY", "TARGETS (17)", "|"],
        *["|", "REF", "|", "DEPT", "|", "TARGET", "AREA", "|", "TARGET", "|"],
        *["|", "1", "|", "CT", "|", "Cost Effectiveness", "|", "Being scoped;", "mandatory target", "|"],
        *[
            "|",
            "6",
            "|",
            "ED",
            "|",
            "School Attendance",
            "|",
            "Improve school",
            "attendance (secondary level)",
            "|",
        ],
        *["|", "11", "|", "ED", "|", "Exclusions", "|", "Reduce school", "exclusions", "|"],
        *["|", "NON", "– PRIORITY TARGETS (9)", "|"],
        *["|", "10", "|", "ED", "|", "KS Level 4", "results", "|", "Improve low", "KS1 performers", "|"],
    ]
)

#: Stockton-on-Tees Borough Council, Cabinet decision proforma, 12 September 2024,
#: https://moderngov.stockton.gov.uk/mgDecisionDetails.aspx?IId=7553&Opt=1: a form's fields, one a row.
STOCKTON = "\n".join(
    [
        *["1. |", "Title of Item/Report", "|", "|", "Stockton-on-Tees Youth Justice Plan", "|"],
        *[
            "2. |",
            "Record of the Decision",
            "|",
            "|",
            "Consideration was given to a report on the plan.",
            "|",
        ],
    ]
)


def _header(cells: Sequence[str]) -> ColumnMap | None:
    columns = map_columns(cells)
    return columns if len(columns.columns) >= 2 else None


def pipe_cell_rows(lines: list[str]) -> list[str]:
    """Return ``lines`` with their tables printed between "|" lines gathered."""
    gathered = list(lines)
    gather_pipe_cells(gathered, _header)
    return gathered


def test_each_row_is_gathered_on_the_line_its_first_cell_starts() -> None:
    gathered = pipe_cell_rows(OXFORDSHIRE.splitlines())
    assert len(gathered) == len(OXFORDSHIRE.splitlines())
    assert gathered[:4] == ["|", "PRIORITY", "TARGETS (17)", "|"]  # the title above the table as printed
    assert [line for line in gathered[4:] if line] == [
        "REF | DEPT | TARGET AREA | TARGET",
        "1 | CT | Cost Effectiveness | Being scoped; mandatory target",
        "6 | ED | School Attendance | Improve school attendance (secondary level)",
        "11 | ED | Exclusions | Reduce school exclusions",
        "10 | ED | KS Level 4 results | Improve low KS1 performers",
    ]


def test_a_target_area_names_the_measure_a_target_is_set_for() -> None:
    column = classify_header("TARGET AREA")
    assert column is not None and column.role is ColumnRole.TITLE


def test_the_rows_are_read_as_measures_under_the_header() -> None:
    found = read(OXFORDSHIRE)
    assert [(i.ref, i.label) for i in found.indicators] == [
        ("1", "Cost Effectiveness"),
        ("6", "School Attendance"),
        ("11", "Exclusions"),
        ("10", "KS Level 4 results"),
    ]
    assert not found.priorities and not found.actions


def test_a_forms_fields_and_too_few_rows_are_left_as_printed() -> None:
    """Cells printed with their delimiter on one line end the run; two rows are no table."""
    assert pipe_cell_rows(STOCKTON.splitlines()) == STOCKTON.splitlines()
    two_rows = OXFORDSHIRE.splitlines()[:30]
    assert pipe_cell_rows(two_rows) == two_rows


def test_rows_under_no_header_are_left_as_printed() -> None:
    """Whether a row is a header is the evidence: with none, the cells' lines are left to the outline."""
    headless = OXFORDSHIRE.replace("REF", "Our").replace("DEPT", "own").replace("TARGET", "words")
    assert pipe_cell_rows(headless.splitlines()) == headless.splitlines()


#: Buckinghamshire Council, SEND and Inclusion Strategy 2025 to 2030: Strategy Action Plan,
#: https://familyinfo.buckinghamshire.gov.uk/send/improvement-plans-statements-and-strategies/service-statements-and-strategies/send-and-inclusion-strategy-2025-to-2030/strategy-action-plan
#: — the header on one "|" line, each row's six cells on six lines, each closed by "|".
BUCKINGHAMSHIRE = """Outcome
Children with SEND and their families will have their needs met at the earliest opportunity.
| Action | lead agency | Roles responsible | Due date | Short/medium term action | Success measure |
|---|---|---|---|---|---|
Action 1.1 Embed resources created by CYP for settings to support them in developing inclusive environments |
Shout Out for SEND/schools and settings |
Youth Participation Worker/SENCos |
December 2025 |
Short |
Resources disseminated. 50% of settings using resources. |
Action 1.2 Further develop SENCo networks and champion roles to support workforce development. |
Buckinghamshire SEND Service/schools and Early years SENCos |
SEND and Inclusion Strategic Lead/ SENCos |
July 2026 |
Short |
Percentage increase in SENCo confidence in supporting CYP with SEND (baseline by July 2025).
"""

#: Brighton & Hove City Council, Families, Children and Learning directorate plan 2022-23,
#: https://www.brighton-hove.gov.uk/council-and-democracy/families-children-and-learning
#: — a glossary printed the same way under a header no column role names.
BRIGHTON = """Abbreviation |
Meaning |
LGA |
Local Government Organisation |
NEET |
Not in Education Employment of Training |
"""


def _known_header(cells: object) -> object:
    return header_columns(list(cells), classify_header)  # type: ignore[call-overload]


def test_rows_printed_one_cell_a_line_are_joined_one_row_a_line() -> None:
    lines = join_pipe_cells(BUCKINGHAMSHIRE.splitlines(), _known_header)
    assert lines[4] == (
        "Action 1.1 Embed resources created by CYP for settings to support them in developing inclusive "
        "environments | Shout Out for SEND/schools and settings | Youth Participation Worker/SENCos | "
        "December 2025 | Short | Resources disseminated. 50% of settings using resources. |"
    )
    assert lines[5:10] == ["", "", "", "", ""]
    # the table's last cell ends the text unclosed: still the row's sixth cell
    assert lines[10].startswith("Action 1.2 Further develop SENCo networks")
    assert lines[10].endswith(
        "| Percentage increase in SENCo confidence in supporting CYP with SEND (baseline by July 2025). |"
    )


def test_the_rows_are_read_as_actions_with_their_owners_and_dates() -> None:
    extraction = read(BUCKINGHAMSHIRE)
    actions = {action.label: action for action in extraction.actions}
    first = next(
        action for label, action in actions.items() if label.startswith("Action 1.1 Embed resources")
    )
    assert first.timescale == "December 2025"
    assert "Youth Participation Worker" in [owner.name for owner in first.owners]
    assert any(label.startswith("Action 1.2 Further develop SENCo networks") for label in actions)


def test_a_cell_printed_over_lines_goes_on_until_the_delimiter_closes_it() -> None:
    lines = ["| Action | Lead | By when |", "Audit every", "plan |", "Head of Safeguarding |", "March 2011 |"]
    assert (
        join_pipe_cells(lines, _known_header)[1] == "Audit every plan | Head of Safeguarding | March 2011 |"
    )


def test_rows_already_one_a_line_and_unknown_headers_are_left_as_printed() -> None:
    rows = [
        "| Action | Lead | By when |",
        "|---|---|---|",
        "| Audit every plan | Head of Safeguarding | March 2011 |",
    ]
    assert join_pipe_cells(rows, _known_header) == rows
    assert join_pipe_cells(BRIGHTON.splitlines(), _known_header) == BRIGHTON.splitlines()
