"""Numbered entries printed one after another (a contents page's sections, "3. Partners to the Plan"
then "4. Objectives …") and the lines printed under one of them are no plan items, on snippets cut
from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.numbersiblings import is_later_sibling, next_number
from tests.loaders.generic.reading import read

#: Cambridgeshire's Children's and Young People's Strategic Plan 2003-2006, its contents,
#: http://www.docstoc.com/docs/109698012/CAMBRIDGESHIRE
CAMBRIDGESHIRE = """1. Introduction

2. Background and purpose

3. Partners to the Plan

4. Objectives for children‟s services in Cambridgeshire

5. Priority outcomes for children and families

6. Progress on Children‟s and Young People‟s Strategic Plan 2002-2005
    locality strategies
    specialist groups
    health delivery plans
    Children‟s and Young People‟s Strategic Partnership

7. Resources invested and activity purchased

8. The agenda for action 2003-2006
    common priorities
    locality priorities

9. Demonstrating delivery


1. The Government‟s (bookcase) planning model for children‟s services in

2. Performance improvement plans

3. Locality strategies (to be added)

4. Specialist group priorities (to be added)

5. PCT local delivery plans (to be added)

6. Analysis of resources invested and activity purchased (to be added)

7.   Model terms of reference for locality partnerships
"""

#: North Lincolnshire's Youth Justice Plan 2019-2021, its contents,
#: https://readkong.com/page/north-lincolnshire-youth-justice-plan-2019-2021-north-6268179
NORTH_LINCOLNSHIRE = """Contents
1. Foreword by the Chair of the North Lincolnshire Youth Offending Management Board

2. Introduction
     The North Lincolnshire Youth Offending Service Values and Principles
     Youth Justice Plan Key Priorities

3. Review of progress of the 2017 – 2019 North Lincolnshire Youth Justice Plan
     Summary of Progress and Performance
     Progress Made and Innovative Practice
     Thematic Reports and North Lincs Youth Offending Service Response

4. Key Developments for Continued Improvement 2019 – 2021

5. Structure and Governance
     Quality Assurance, Audit and Practice Development
     The Youth Offending Partnership
     The Youth Offending Management Board

6. Resources and Value for Money
     Value for Money
     Impact and Outcomes
     Staff Resources and Workforce Development
     North Lincolnshire Youth Offending Service Staff Structure Chart

7. Partnership arrangements

8. Risks to Future Delivery
"""


def test_a_run_of_numbered_sections_is_no_plan() -> None:
    """ "3. Partners to the Plan" over "4. Objectives …" heads no list; "common priorities" under "8."
    leads in none ("9." is 8's sibling); a list of appendices numbered 1 to 7 is no table of two
    columns headed "8. The agenda for action 2003-2006" / "common priorities" / "locality priorities"."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(CAMBRIDGESHIRE)


def test_a_line_under_an_entry_above_its_sibling_leads_in_no_list() -> None:
    """ "Youth Justice Plan Key Priorities" under "2. Introduction" names a section; "3. Review of
    progress …" after it is 2's sibling, not the first of the plan's priorities."""
    found = read(NORTH_LINCOLNSHIRE + "\nOur priorities are:\n\n  • Reduce first time entrants\n")
    assert [p.label for p in found.priorities] == ["Reduce first time entrants"]


def test_sections_printed_further_in_than_their_chapters_are_contents_entries() -> None:
    """A chapter's sections printed further in ("Youth Justice Plan Key Priorities" under "2.
    Introduction") are entries of the contents page, not a lead-in to the next chapter; and a section
    naming a kind ("Impact and Outcomes") has none of its siblings or the next chapters under it."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(NORTH_LINCOLNSHIRE)


def test_siblings_are_numbered_later_at_the_same_level() -> None:
    """A later number at the same level is a sibling; a number one level down or a list numbered
    from 1 again is a list under the entry."""
    assert next_number("3") == "4" and next_number("4.1") == "4.2" and next_number("2a") is None
    assert is_later_sibling("7", "9. Approval and sign off")
    assert is_later_sibling("4.1", "4.2 Social Wellbeing")
    assert not is_later_sibling("4", "4.1 Economic Wellbeing")
    assert not is_later_sibling("8", "1. Locality plans")
    assert not is_later_sibling(None, "2. Performance")
    assert not is_later_sibling("3", "Partners to the Plan")


#: Cumberland Council's Children and Family Wellbeing Strategic Plan 2024 to 2026,
#: https://cumberland.gov.uk/children-and-family-wellbeing-strategic-plan-2024-2026/strategic-priorities-next-18-months
CUMBERLAND = "\n\n".join(
    [
        "1) A stable workforce",
        "Launch our workforce recruitment and retention strategy which will support our ‘Grow your own’ "
        "model.",
        "How will we know we have succeeded?",
        "Reduced reliance on interim agency staff - we will have a permanent, confident and skilled "
        "workforce.",
        "2) Right services for the right children at the right time",
    ]
)


def test_the_sibling_of_the_entry_above_a_measures_lead_in_ends_the_measures() -> None:
    """ "2) Right services …" after "How will we know we have succeeded?" under "1) A stable
    workforce" is the next priority's entry, not one of the first priority's measures."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(CUMBERLAND)
