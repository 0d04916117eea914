"""A numbered run whose every item opens with the same field's name ("1. Control: … Assurance: …
2. Control: …") is a register's records, not a list of priorities; a numbered run with no field names
is read as before.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.outlineruns import same_field
from councilkg.loaders.parsing.runlists import RunItem
from tests.loaders.generic.reading import read

#: Southend-on-Sea's 2019-20 Corporate Risk Register (Appendix 2), a risk's controls run into one line,
#: https://pdfslide.net/amp/documents/2019-20-corporate-risk-register-appendix-2-2020-01-08-2019-20-corporate-risk.html
SOUTHEND_2019 = "\n\n".join(
    [
        "Stage 2 - Risk with Controls and Assurances (current risk)",
        "List of controls and associated assurances to ensure controls are working",
        "1. Control: Budget setting process to identify required resource position through: budget "
        "proposal reports to Service and Corporate Management Teams; member seminars; Cabinet; Scrutiny "
        "Committees; Council Assurance: Reports to and minutes of meetings. 2. Control: Move to outcome "
        "based budgeting to re-align resources and management oversight of a longer terms budget setting "
        "process through: reports to CMT and Cabinet Assurance: Reports to and minutes of meetings. 3. "
        "Control: Senior member and management challenge to services on realignment of budgets Assurance: "
        "Reports to and minutes of meetings. 4. Control: Budget challenge through Getting to Know our "
        "Business process Assurance: Minutes of meetings / emails.",
        "Current risk score 6",
        "Priority 1: Keep children safe",
    ]
)


def test_a_risks_controls_run_into_a_line_are_no_priorities() -> None:
    """The four controls are no priorities; the labelled priority after them still is one."""
    assert [p.label for p in read(SOUTHEND_2019).priorities] == ["Keep children safe"]


def test_only_runs_whose_items_all_open_with_one_field_name_are_records() -> None:
    """ "Control:" on every item makes records; items with no field name, or different ones, do not."""
    items = [RunItem(1, str(n), f"Control: Budget challenge {n}") for n in range(1, 4)]
    assert same_field(items)
    assert not same_field([RunItem(1, "1", "Reduce absence"), RunItem(1, "2", "Raise attainment")])
    assert not same_field([RunItem(1, "1", "Control: X"), RunItem(1, "2", "Assurance: Y")])
