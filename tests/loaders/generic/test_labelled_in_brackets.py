"""A title naming its kind and number after it in brackets ("Improving health in Salford (pledge 1)"),
as a contents page prints its entries; on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import LABELLED_AFTER
from tests.loaders.generic.reading import read

#: Salford City Council, Corporate Plan 2010–2013, contents page, https://docsbay.net/the-salfordcity-council-plan
SALFORD = """\
Contents / page
Foreword from the Leader and Chief Executive / 2
The council’s vision / 3
Part one: Improving quality of life
Improving health in Salford (pledge 1) / 7
Reducing crime in Salford (pledge 2) / 9
Encouraging learning, leisure and creativity in Salford (pledge 3) / 11
Part two: Improving as an organisation
One council - our values / 21
"""


def test_contents_entries_naming_their_pledge_in_brackets_are_the_pledges() -> None:
    found = read(SALFORD)
    assert [(priority.ref, priority.label) for priority in found.priorities] == [
        ("1", "Improving health in Salford"),
        ("2", "Reducing crime in Salford"),
        ("3", "Encouraging learning, leisure and creativity in Salford"),
    ]


def test_the_bracket_must_close_and_a_dash_needs_none() -> None:
    assert LABELLED_AFTER.match("Working together and building trust - priority 1")
    assert not LABELLED_AFTER.match("Improving health in Salford (pledge 1")
    assert not LABELLED_AFTER.match("Improving health in Salford - pledge 1)")
