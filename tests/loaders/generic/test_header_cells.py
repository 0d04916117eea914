"""A table's header row printed one cell a line ("ACTIONS" / "OUTPUTS/OUTCOMES" / "FUTURE ACTIONS"):
the lines naming the columns are no lead-ins, and the cells under them are not read as items of the
last column's kind; the line over them ("POLICY") is the first column's name, no priority. A heading
naming a kind over a sub-heading naming it ("Council Plan measures" / "Overarching measures") still
leads in its list.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from councilkg.loaders.generic.headercells import names_a_column
from councilkg.loaders.generic.outlinelines import ACTION_LEAD_IN
from tests.loaders.generic.reading import read

#: Isle of Wight Council, education committee papers of 17 February 2003, appendix A: aims with their
#: policies, actions and outputs (http://old-iwight.onthewight.com/council/committees/Mod-Education/
#: 17-2-03/appendix%20a.htm): a table whose cells came apart, one a line.
ISLE_OF_WIGHT = """AIM 2: PROMOTING LIFELONG LEARNING FOR ALL

POLICY

ACTIONS

OUTPUTS/OUTCOMES

FUTURE ACTIONS

OUTPUTS/OUTCOMES

To make provision for early years education for vulnerable children

Increase the number of childcare places, particularly those with SEN

·          Early Years Childcare Development Plan (EYCDP) reviewed, consulted upon and re-drafted for \
Council approval (gained in Jan 2003)."""

#: Derbyshire County Council, Council Plan: Delivering the plan (https://www.derbyshire.gov.uk/council/
#: policies-plans/council-plan/delivering-the-plan/delivering-the-plan.aspx).
DERBYSHIRE = """Council Plan measures

Overarching measures

  • Percentage of residents who are satisfied with our services
  • Percentage of residents agreeing that they feel informed about our decisions"""


def test_cells_under_a_header_printed_one_a_line_are_not_the_last_columns_items() -> None:
    found = read(ISLE_OF_WIGHT)
    assert not found.outcomes


def test_the_line_over_a_header_row_is_its_first_column_not_a_priority() -> None:
    assert "POLICY" not in [p.label for p in read(ISLE_OF_WIGHT).priorities]


def test_a_heading_over_a_sub_heading_naming_its_kind_still_leads_in() -> None:
    assert len(read(DERBYSHIRE).indicators) == 2


def test_a_word_a_run_of_spaces_and_a_word_is_no_header_cell() -> None:
    """A cell's name is short as printed: "Action", a megabyte of spaces and "x" (the long-input
    benchmark's line) is no column, and no kind's pattern is run over it."""
    assert names_a_column("Action" + " " * 100 + "x") is False
    assert names_a_column("Future" + " " * 100 + "actions") is False  # two cells side by side, not one
    assert names_a_column("FUTURE ACTIONS") is True


def test_an_action_lead_in_may_end_in_spaces_a_colon_or_a_stop() -> None:
    """The lead-in's optional colon between runs of spaces is one optional group, so the pattern stays
    linear over a run of spaces; it reads what it read before."""
    assert ACTION_LEAD_IN.match("Key actions  :  ")
    assert ACTION_LEAD_IN.match("Actions.")
    assert ACTION_LEAD_IN.match("Actions")
    assert not ACTION_LEAD_IN.match("Actions" + " " * 50 + "x")
