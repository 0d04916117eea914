"""A lead-in counting several lists in turn ("the following three vision statements; six strategic
priorities, and five outcomes:"): the list right under it is the first counted, so when that is no
kind of plan item its entries are none; the lists after it are read under their own headings. On a
snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Barnsley Children, Young People and Families Trust web page (2015),
#: https://www.barnsley.gov.uk/services/children-families-and-education/children-young-people-and-families-trust/
BARNSLEY = """\
Our vision, priorities and outcomes

Our vision, strategic priorities and desired outcomes are expressed as ‘365 – make every day count for \
every child’; they're based upon our collective sign up to the following three vision statements; six \
strategic priorities, and five outcomes:

  1. Strong families, strong Barnsley
  2. Every child in a ‘good’ school
  3. Success in learning and work

Strategic priorities

  1. Keeping children and young people safe
  2. Improving education, achievement and employability, including promoting apprenticeships
"""


def test_the_first_list_counted_in_turn_decides_what_the_list_under_it_holds() -> None:
    found = read(BARNSLEY)
    assert [priority.label for priority in found.priorities] == [
        "Keeping children and young people safe",
        "Improving education, achievement and employability, including promoting apprenticeships",
    ]
    assert not found.outcomes


def test_a_count_of_something_else_before_a_count_of_the_kind_it_reflects_still_names_the_kind() -> None:
    # Barking and Dagenham, Single Performance Framework 2020 (annex to the Corporate Plan)
    text = (
        "It is broken down into four sections, which reflect the four strategic priorities identified in "
        "the Corporate Plan:"
    )
    assert lead_in_kind(text) == "priority"
    assert lead_in_kind("The plan sets out three vision statements; six strategic priorities:") is None
    assert lead_in_kind("The plan sets out six strategic priorities; three vision statements:") == "priority"
    assert lead_in_kind("The plan sets out six strategic priorities, and five outcomes:") == "priority"
