"""A written statement of action's lead-in counting the "areas of weakness" an inspection found: the
list after it is the plan's priorities (outlinelines.LIST_KIND_WORDS)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Central Bedfordshire Council, Our action plan (Written Statement of Action for SEND, 2020),
#: https://www.centralbedfordshire.gov.uk/info/133/improving_send_services/830/our_action_plan_written_statement_of_action
CENTRAL_BEDFORDSHIRE = "\n\n".join(
    [
        "Written Statement of Action for SEND",
        "Ofsted and the Care Quality Commission (CQC) inspected services provided by practitioners and "
        "professionals who support children and young people (0-25 years) with SEND, and, although there "
        "were strengths identified, they also identified six areas of weakness:",
        "  1. Existing Education, Health and Care Plans (EHC Plans) are not of sufficient quality to ensure "
        "that the needs of children and young people are identified and met",
        "  2. Leaders do not have sufficient oversight of the quality of new EHC Plans",
        "  3. Area leaders in education, health and care do not have a shared understanding of the outcomes "
        "they want for children and young people with SEND",
        "  4. The area’s SEND strategy is not clear",
        "  5. Co-Production is not well informed by the views of children, young people, and their families",
        "  6. The Local Offer is not effective",
        "The council and CCG (Clinical Commissioning Group) have been working together with the SNAP Parent "
        "and Carer Forum (SNAP) and other parents and professionals, to produce a plan to address these "
        "areas of concern.",
    ]
)


def test_the_areas_of_weakness_counted_are_the_plans_priorities() -> None:
    extraction = read(CENTRAL_BEDFORDSHIRE)
    assert [priority.ref for priority in extraction.priorities] == ["1", "2", "3", "4", "5", "6"]
    assert extraction.priorities[3].label == "The area’s SEND strategy is not clear"
    assert extraction.actions == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The inspection identified three areas of significant weakness:", "priority"),
        # London Borough of Sutton's Written Statement of Action (2018): what is done for each area,
        # the areas themselves not listed after it
        ("1.3. For each of the areas of weakness, we have made the following commitments:", None),
    ],
)
def test_which_lines_lead_in_areas_of_weakness(line: str, kind: str | None) -> None:
    assert lead_in_kind(line) == kind


#: Middlesbrough Council, SEND Written Statement of Action (v22, April 2019),
#: https://fis.middlesbrough.gov.uk/kb5/middlesbrough/fsd/advice.page?id=qWSRW8Zyz4o
MIDDLESBROUGH = "\n".join(
    [
        "SEND Written Statement of Action",
        "This action plan is in response to the requirement to produce a Written Statement of Action to "
        "tackle the following areas for improvement resulting from an Area Wide Inspection of SEND in March "
        "2017.",
        "1. Weaknesses in the strategic leadership, governance and implementation of the disability and "
        "special educational needs reforms in the local area.",
        "2. Strategic planning is weak and there is no strategy for jointly commissioning services across "
        "Education, Health and Social Care.",
        "3. Leaders have an inaccurate view of the local area’s effectiveness.",
    ]
)

#: Kingston upon Hull City Council, SEND Written Statement of Action (1 May 2018), a PDF's page as text,
#: https://vdocument.in/special-educational-needs-and-disabilities-send-written-3-p-a-g-e-recommendations.html
HULL = (
    "The Inspection team found examples of good practice in Hull but also highlighted four key areas for "
    "improvement. 1. Poor strategic leadership and governance of the disability and special educational "
    "needs reforms in Hull; 2. Too little involvement of families in decision-making about the services and "
    "support they need; 3. Poor self-evaluation of service quality and impact; 4. The lack of an effective "
    "strategy for jointly commissioning services."
)


def test_the_areas_for_improvement_an_inspection_found_are_the_priorities() -> None:
    extraction = read(MIDDLESBROUGH)
    assert [(p.ref, p.label[:30]) for p in extraction.priorities] == [
        ("1", "Weaknesses in the strategic le"),
        ("2", "Strategic planning is weak and"),
        ("3", "Leaders have an inaccurate vie"),
    ]


def test_areas_for_improvement_counted_then_numbered_in_the_paragraph() -> None:
    """The count's sentence ends with a full stop, the numbered list runs on in the same paragraph."""
    extraction = read(HULL)
    assert [p.ref for p in extraction.priorities] == ["1", "2", "3", "4"]
    assert extraction.priorities[1].label.startswith("Too little involvement of families")


#: Cumbria County Council, board minutes on the SEND Written Statement of Action (2019),
#: http://councilportal.cumbria.gov.uk/mgAi.aspx?ID=53033
CUMBRIA = "\n".join(
    [
        "Members were reminded of the key areas of concern, these were as follows:-",
        "",
        "  • Understanding of Need",
        "  • Limited co-production of services",
        "  • Transition",
        "",
        "The Assistant Director – Education and Skills then discussed the points of progress made since the "
        "inspection. These were as follows:-",
        "",
        "  • Formalised working group arrangements",
        "  • Published first SEND e-bulletin",
    ]
)


def test_areas_of_concern_members_were_reminded_of_are_priorities_and_points_of_progress_none() -> None:
    """The members are who heard the list, not what it lists; a lead-in's colon may carry a dash."""
    extraction = read(CUMBRIA)
    assert [p.label for p in extraction.priorities] == [
        "Understanding of Need",
        "Limited co-production of services",
        "Transition",
    ]
    assert not extraction.actions
