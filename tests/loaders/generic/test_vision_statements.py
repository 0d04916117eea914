"""The "We will …" prose under a line naming the plan's vision, ambition or goal is the statement's,
up to the plan's next priority or outcome (statements); a "We will:" list under a heading naming the vision
is what the vision says: its outcomes."""

from __future__ import annotations

from councilkg.loaders.generic.statements import STATEMENT
from tests.loaders.generic.reading import read


def test_vision_paragraphs_are_no_actions() -> None:
    """Cheshire East's Together for Children and Young People (2022), its vision and outcomes,
    https://www.cheshireeast.gov.uk/council_and_democracy/your_council/council_finance_and_governance/
    open-fair-green/together-for-children-and-young-people.aspx: the paragraphs under "Our vision"
    are its words; the outcomes listed after are the plan's items."""
    text = (
        "What we want to achieve\n\nOur vision\n\nThrough working together we will make Cheshire East a "
        "great place to be young. We will make our families and communities strong, welcoming and "
        "supportive, where differences are respected and celebrated.\n\n"
        "All our children and young people deserve to be happy, healthy and safe.\n\n"
        "We will support children and young people to build on their strengths, develop resilience, and "
        "achieve to their full potential. We will celebrate their successes!\n\n"
        "Outcomes for children and young people\n\nWe will do all we can to ensure that:\n\n"
        "  1. Children and young people feel and are safe\n"
        "  2. Children and young people are healthy and make positive choices\n"
    )
    extraction = read(text)
    assert extraction.actions == []
    assert [o.label for o in extraction.outcomes] == [
        "Children and young people feel and are safe",
        "Children and young people are healthy and make positive choices",
    ]


def test_ambition_sentence_then_we_will_is_no_action() -> None:
    """Telford & Wrekin's Council Plan and priorities page (2019),
    https://www.telford.gov.uk/info/20001/council_and_democracy/459/council_plan_and_priorities: the
    "We will" line after the ambition restates it; the priorities listed next are the items."""
    text = (
        "Our ambition for the borough is for Telford and Wrekin, to be known as: The place of enterprise, "
        "innovation and partnership.\n\nWe will Protect, care and invest to create a better borough.\n\n"
        "Our priorities to deliver this are:\n\n"
        "  • securing the best start in life for children and young people\n"
        "  • keep neighbourhoods safe, clean and well connected\n"
    )
    extraction = read(text)
    assert extraction.actions == []
    assert len(extraction.priorities) == 2


def test_goal_line_then_outcomes_keeps_their_commitments() -> None:
    """Liverpool 2040 (2025), its first goal, https://liverpool.gov.uk/council/strategies-plans-and-
    policies/liverpool-2040/: the goal's own "We will invest …" is its words, but the commitments under
    each outcome listed after it are actions."""
    text = (
        "Goal 1: The Next Generation\n"
        "Our goal for 2040 - All babies, children and young people in Liverpool will be safe, healthy and "
        "happy. We will invest in the next generation and support them to reach their full potential.\n\n"
        "Goal 1 outcomes (1 to 5)\nTo realise our goal, we will progress the following outcomes:\n-\n"
        "Families and children feel supported to thrive\n"
        "We will establish a new partnership board/ group to provide a shared commitment and action across "
        "organisations to improve outcomes for all children, young people and their families.\n-\n"
        "Children have the best possible start in life\n"
        "We will focus on improving outcomes in the first 1001 days of a child’s life.\n"
    )
    labels = [a.label[:24] for a in read(text).actions]
    assert labels == ["We will establish a new ", "We will focus on improvi"]


def test_statement_names() -> None:
    """A labelled goal or ambition ("Goal 1: …", "Ambition 2") is a priority, no statement."""
    assert STATEMENT.match("Our vision")
    assert STATEMENT.match("Our aspiration and vision for our community is that …")
    assert STATEMENT.match("Vision")
    assert not STATEMENT.match("Goal 1: The Next Generation")
    assert not STATEMENT.match("Ambition 2")
    assert not STATEMENT.match("Our ambitions")
    assert not STATEMENT.match("Our priorities to deliver this are:")


#: Cumberland Council, "Cumberland Council Plan" (2022), https://www.cumberland.gov.uk/cumberland-council-plan
CUMBERLAND = """\
Our draft Vision:

We will:

  • Unlock the potential of Cumberland, our people and our place.
  • Take a fresh approach to the delivery of inclusive services, shaped by residents and partners.
  • Ensure our residents are engaged, better off and healthier.

Our focus for the next four years:

  • Listening, responding and empowering our residents to help shape our services.
  • Putting health and wellbeing at the forefront of all that we do.
"""


def test_a_will_lead_in_under_the_vision_heading_leads_in_what_the_vision_says() -> None:
    """The bullets after "Our draft Vision:" / "We will:" are the vision's outcomes, not actions."""
    found = read(CUMBERLAND)
    assert [o.label[:30] for o in found.outcomes] == [
        "Unlock the potential of Cumber",
        "Take a fresh approach to the d",
        "Ensure our residents are engag",
    ]
    assert found.actions == []
    assert [p.label[:20] for p in found.priorities] == ["Listening, respondin", "Putting health and w"]


#: West Suffolk Council, "Ambitious vision for West Suffolk Council Strategic Priorities for 2024-2028"
#: (news, 20 December 2023), https://westsuffolk.gov.uk/news/pr20231220ws03.cfm
WEST_SUFFOLK = """\
Strategic Priorities jigsaw

The Council approved the new draft West Suffolk Council Strategic Priorities for 2024 to 2028 at its \
meeting on Tuesday, 19 December.

The draft vision is:

Working across West Suffolk, we will support the district to flourish by focusing on the delivery of:

  • affordable, available and decent homes
  • environmental resilience
  • sustainable growth
  • thriving communities
"""


def test_what_the_vision_focuses_on_are_the_priorities_and_its_heading_none() -> None:
    """"by focusing on the delivery of:" leads in the priorities; "The draft vision is:" names none."""
    found = read(WEST_SUFFOLK)
    assert [p.label for p in found.priorities] == [
        "affordable, available and decent homes",
        "environmental resilience",
        "sustainable growth",
        "thriving communities",
    ]
    assert found.actions == []
