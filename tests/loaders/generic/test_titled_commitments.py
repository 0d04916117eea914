"""A commitment printed after its title and a dash ("Generating income - We will expand our commercial
activity …") is an action named by its title, the commitment its description. A snippet cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Exeter City Council, Corporate Plan 2022-2026, "Leading a well-run council" (the web page),
#: https://exeter.gov.uk/council-and-democracy/council-information/corporate-plan-2022-2026/3-leading-a-well-run-council/
EXETER = """\
We have identified six pillars of a well-run council. We have set out below what we mean by each of \
these and what we will do to deliver them.

  1. A balanced budget
  2. Good governance

The six pillars of a well-run council

a. A balanced budget

Budget reductions and income - We will identify budget reductions and income that enable us to deliver \
a balanced budget to Council in 2023.

Generating income - We will expand our commercial activity and generate more income.

b. Good governance

Risks - We will regularly assess and mitigate our risks.
"""


def test_a_commitment_after_its_title_and_a_dash_is_an_action_named_by_the_title() -> None:
    found = read(EXETER)
    pillars = {p.key: p.label for p in found.priorities}
    assert [(a.label, [pillars[k] for k in a.supports]) for a in found.actions] == [
        ("Budget reductions and income", ["A balanced budget"]),
        ("Generating income", ["A balanced budget"]),
        ("Risks", ["Good governance"]),
    ]
    assert found.actions[1].description == "We will expand our commercial activity and generate more income."


def test_a_title_and_a_dash_before_a_sentence_that_commits_to_nothing_is_no_action() -> None:
    text = EXETER.replace("Risks - We will regularly assess", "Risks - The board regularly assesses")
    assert [a.label for a in read(text).actions][-1] == "Generating income"
