"""A lead-in whose kind another sentence settles: one counting several lists in turn ("the following
three vision statements; six strategic priorities, and five outcomes:") leads in the first counted, so
when that is no kind of plan item the entries under it are none; a pointer ("They include:") after a
sentence whose subject is a kind leads in that kind. On snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

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


def test_a_pointer_after_a_sentence_whose_subject_is_a_kind_leads_in_that_kind() -> None:
    # Rushmoor Borough Council's Council Plan 2022-25 in the council's news,
    # https://www.rushmoor.gov.uk/your-council/news-and-your-views/council-news/news-releases/march-2022/
    # council-maps-out-main-priorities-in-new-council-plan/
    text = (
        "The key activities come under two headings - 'People'- connecting communities and enabling people "
        "to live healthy and sustainable lives and 'Place' - ensuring Aldershot and Farnborough are "
        "family-friendly, safe, vibrant, and sustainable. They include:"
    )
    assert lead_in_kind(text) == "action"
    assert lead_in_kind("The key activities are set out below. They include:") == "action"
    assert lead_in_kind("The council met partners in May. They include:") is None
