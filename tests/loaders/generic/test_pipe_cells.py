"""A "|" table whose rows print one cell a line, each cell closed by the delimiter."""

from __future__ import annotations

from councilkg.loaders.generic.pipecells import join_pipe_cells
from councilkg.loaders.parsing.columns import classify_header
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.loaders.generic.reading import read

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


def _header(cells: object) -> object:
    return header_columns(list(cells), classify_header)  # type: ignore[call-overload]


def test_rows_printed_one_cell_a_line_are_joined_one_row_a_line() -> None:
    lines = join_pipe_cells(BUCKINGHAMSHIRE.splitlines(), _header)
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
    assert join_pipe_cells(lines, _header)[1] == "Audit every plan | Head of Safeguarding | March 2011 |"


def test_rows_already_one_a_line_and_unknown_headers_are_left_as_printed() -> None:
    rows = [
        "| Action | Lead | By when |",
        "|---|---|---|",
        "| Audit every plan | Head of Safeguarding | March 2011 |",
    ]
    assert join_pipe_cells(rows, _header) == rows
    assert join_pipe_cells(BRIGHTON.splitlines(), _header) == BRIGHTON.splitlines()
