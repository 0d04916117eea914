"""Contents pages marking their pages "P3" (youth justice plans laid out from one template): their
entries are a contents page's, no numbered headings or items; the entries under one naming their
kind are still read.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.pagemarks import page_mark_entries
from tests.loaders.generic.reading import read

#: Westminster City Council's Youth Justice Strategic Plan 2019-22, its contents
#: (https://pdfslide.net/documents/westminsteras-youth-justice-2019-11-15-3-section-1-foreword-i-am-
#: pleased-to.html): each page after its entry as "P3", sections numbered over them.
WESTMINSTER = """Contents

1. Section 1

Forward P3

Introduction and Vision P4

Our principles P5

Structure and Governance P6

Partnership Arrangements P7

2. Section 2

Resource and Value for Money P8

4. Section 4

4. Achievements against 2017-2019 Youth Justice Plan P15-P16

5. Section 5

Service User Feedback P25 - 27"""

#: Waltham Forest YOS Strategic Plan 2019-20, its contents (https://vdocuments.site/waltham-forest-yos-
#: strategic-plan-2019-20-the-development-of-a-youth-and-family.html): each page on the line below
#: its entry.
WALTHAM_FOREST = """Waltham Forest YOS 2019-20 Priorities

1. Foreword

P3

2. Waltham Forest YOS 2019-20 Priorities

P4

3. Resourcing, Value for Money and Risks

P7

4. Structures and Governance

P8

8. Outcomes against Local Priority Areas:

P14

I. Effective Safeguarding

P14

II. Use of Restorative Justice

P15

III. The Violence Reduction Partnership P16

9. Feedback from Service Users

P17"""


def test_entries_with_pages_marked_p_are_parted_from_their_pages() -> None:
    found = page_mark_entries(WALTHAM_FOREST.splitlines())
    assert found.entries[3] == "1. Foreword 3"
    assert found.entries[31] == "III. The Violence Reduction Partnership 16"
    assert 5 in found.marks and 1 not in found.entries
    # a few refs "P1" are no contents page, nor are codes rising one by one over a table's cells
    assert page_mark_entries(["Priority P1", "Keep children safe P2", "Help families P3"]).entries == {}
    cells = ["P1", "Keep children safe", "Lead: Director", "P2", "Improve health", "Lead: Head of Service"]
    cells += ["P3", "Help families", "Lead: Manager", "P4", "Raise attainment", "Lead: Head", "P5", "Homes"]
    assert page_mark_entries(cells).entries == {}


def test_a_contents_page_marking_its_pages_p_gives_no_items() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(WESTMINSTER)


def test_entries_under_an_entry_naming_priorities_are_read_not_the_sections() -> None:
    found = read(WALTHAM_FOREST)
    assert [p.label for p in found.priorities] == [
        "Effective Safeguarding",
        "Use of Restorative Justice",
        "The Violence Reduction Partnership",
    ]
    assert found.actions == []


#: Westminster's contents again (the address above): the national indicators numbered "ii." under
#: an entry naming them, then the next section numbered otherwise.
WESTMINSTER_INDICATORS = """Contents

1. Section 1

Forward P3

Introduction and Vision P4

2. Section 2

Resource and Value for Money P8

3 Section 3

Outcomes against caseload and three National Performance Indicators 2017-2019

ii. Reduce First Time Entrants P12

iii. Reducing Re-Offending P13

iv. Reducing Custody P14

4. Section 4

4. Achievements against 2017-2019 Youth Justice Plan P15-P16

5. Section 5

Service User Feedback P25 - 27"""

#: Waltham Forest's contents again (the address above): "I." under "7. Outcomes against the 3
#: National Indicators:".
WALTHAM_FOREST_INDICATORS = """1. Foreword

P3

6. Performance Management

P10

7. Outcomes against the 3 National Indicators:

P11

I. Reducing First Time Entrants

P11

II. Reducing Reoffending

P12

III. Reducing the Use of Custody

P13

9. Feedback from Service Users

P17"""


@pytest.mark.parametrize("text", [WESTMINSTER_INDICATORS, WALTHAM_FOREST_INDICATORS])
def test_entries_numbered_in_roman_under_an_entry_naming_indicators_are_indicators(text: str) -> None:
    found = read(text)
    assert [i.label for i in found.indicators][-2:] in (
        ["Reducing Re-Offending", "Reducing Custody"],
        ["Reducing Reoffending", "Reducing the Use of Custody"],
    )
    assert len(found.indicators) == 3  # not "4. Section 4", numbered otherwise: the section has ended
    assert not found.outcomes and not found.priorities and not found.actions


#: Rochdale Borough Council's Children and Young People's Partnership Plan 2017-20 (review October
#: 2018), its contents (https://pdfslide.net/documents/children-and-young-peopleas-partnership-plan-
#: 2017-20-plan-2017-20-review-october.html): each entry numbered, its page after it as "page 4".
ROCHDALE = """Contents 1. Purpose page 3

2. Vision and priorities page 3

3. Review of 2016 – 17 page 4

4. Our key areas of work for 2017 - 18 page 5

5. The context page 6

6. Appendix 1 – Family Services Model page 13"""

#: Birmingham Children's Trust Business Plan 2018-2023, 2020/21 update, its contents
#: (https://pdfslide.us/documents/strategic-business-plan-birmingham-childrenas-trust-business-plan-
#: 2018-2023-202021.html): "Page 3" after each entry.
BIRMINGHAM = """1 Introduction Page 3

2 Birmingham Children’s Trust: Our Vision and Values Page 6

3 Demand and Costs in the Children’s Trust Page 9

4 Strategic Context for the Children’s Trust Page 14

5 Progress and Our New Priorities and Initiatives Page 16"""


def test_entries_with_their_page_named_page_n_are_a_contents_page() -> None:
    found = page_mark_entries(ROCHDALE.splitlines())
    assert found.entries[5] == "3. Review of 2016 – 17 4"
    assert (
        page_mark_entries(BIRMINGHAM.splitlines()).entries[3]
        == "2 Birmingham Children’s Trust: Our Vision and Values 6"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(ROCHDALE)
    # prose pointing to a page ("… see page 4") is no entry
    pointers = ["Our aims see page 4", "Our plan on page 5", "Our values on page 6", "Our team see page 9"]
    assert page_mark_entries(pointers).entries == {}
