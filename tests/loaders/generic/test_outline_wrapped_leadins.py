"""A heading naming a kind right above a list is the list's lead-in, never the wrapped end of the
bullet before it; a lower-case line there still is (a PDF's wrapped line); and the wrapped end of a
sentence or a quotation naming a kind leads in no list.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Liverpool's Council Plan 2023-2027, Pillar 4 (its web page; the empty bullet is the page's own),
#: https://liverpool.gov.uk/council/strategies-and-policies/council-plan/pillar-4-healthier-lives-for-children-and-adults
LIVERPOOL_2023 = """Pillar 4: Healthier lives for children and adults
Accountability for delivery
- Director of Public Health
- The Leader of the Council, the Cabinet Member for Finance, Resources and Transformation, and the Chief Executive have accountability and oversight across all six pillars
What we want to achieve
-
Priority outcomes
- Residents in need of social care can access the right support at the right time at the best value for money
- Children and young people are safeguarded through timely, effective and appropriate support
- Liverpool is a child-friendly city, with an influential voice for young people
"""  # noqa: E501


def test_a_heading_naming_outcomes_after_a_bullet_leads_in_the_outcomes_under_it() -> None:
    """ "Priority outcomes" names the bullets under it: they are outcomes, not actions of the pillar,
    and the bullet above does not run on into it."""
    found = read(LIVERPOOL_2023)
    assert [o.label for o in found.outcomes] == [
        "Healthier lives for children and adults",
        "Residents in need of social care can access the right support at the right time at the best "
        "value for money",
        "Children and young people are safeguarded through timely, effective and appropriate support",
        "Liverpool is a child-friendly city, with an influential voice for young people",
    ]
    assert not any("Priority outcomes" in action.label for action in found.actions)


def test_a_lower_case_line_naming_a_kind_after_a_bullet_is_its_wrapped_end() -> None:
    """ "key priorities" starting in lower case goes on with the bullet above; no list starts."""
    found = read(
        "Priority 1: Keep children safe\n- Work with partners to deliver our\nkey priorities\n"
        "- Review the plan\n"
    )
    assert [a.label for a in found.actions] == [
        "Work with partners to deliver our key priorities",
        "Review the plan",
    ]


#: Ealing Children's Trust: Setting the direction (presentation, February 2010), a slide's transcript,
#: https://slideum.com/doc/4038090/slide-1
EALING_SLIDES = "\n".join(
    [
        "“A body which informs",
        "…decisions and",
        "ensures… that front",
        "line services work",
        "together to improve",
        "outcomes”",
        "A Brief History",
        "Children’s Trust Board",
        "• “…are local partnerships which bring together the organisations",
        "responsible for services for children, young people and families in a",
        "shared commitment to improving children’s lives” (DH, 2008)",
        "• Requiring every local area to have a Children’s Trust Board (Statutory",
        "requirement) –April 2010",
    ]
)

#: Ealing's Children and Young People's Plan 2011-2014, its foreword,
#: https://doczz.net/doc/2750195/ealing-children-and-young-people-s-plan-2011-2014
EALING_FOREWORD = "\n".join(
    [
        "This plan reviews progress during the past 18 months",
        "and sets out how the partners will continue to work",
        "closely together and agree targets and priorities to",
        "improve outcomes further for all Ealing’s children,",
        "young people and families.",
        "Local authorities were required under Part 2, Section",
        "12A of the Children Act 2004 to establish a",
        "Children’s Trust Board for their area comprising",
        "representatives of prescribed partners to improve",
        "children’s well-being (the five outcomes). However,",
        "the statutory requirement to have a Children’s Trust",
        "Board and to prepare and publish a jointly owned",
    ]
)


def test_the_wrapped_end_of_a_quotation_or_a_sentence_leads_in_no_list() -> None:
    """ "outcomes”" ends a quotation, "closely together and agree targets and priorities to" a line of
    a wrapped sentence: neither names the list after it (a slide's bullets, the foreword's next lines)."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(EALING_SLIDES)
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(EALING_FOREWORD)
