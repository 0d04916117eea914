"""A plan's section told as what was done, what came of it and what will be done next: only the last
are its items (actions), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import PROCESS_STAGES
from tests.loaders.generic.reading import read

#: Buckinghamshire Youth Justice Plan 2025 to 2026, Section 3: Addressing Disproportionate Outcomes for
#: Children, https://familyinfo.buckinghamshire.gov.uk/youth/buckinghamshire-youth-justice-plan-2025-2026/se
#: ction-3-addressing-disproportionate-outcomes-for-children
BUCKINGHAMSHIRE = """\
Section 3: Addressing Disproportionate Outcomes for Children
What we have done, what has happened as a result, and what we will do next.
What we have done in 2024 to 2025
- Increased the representation of diverse groups within the YP4All participation group, ensuring \
all voices are heard in shaping practice
- Delivered training to all front-line staff on the lived experience of disproportionate outcomes
- Provided mentoring support to 32 children and 13 parents via the Spark2Life Community Coaching \
project
- Increased the diversity of our volunteer pool
- Developed a Partnership Board Disproportionality Plan, which sets clear priorities for the next \
12 months
- Identified patterns and trends across partnership data around disproportionality
- Completed an audit of First Time Entrants, focusing on disproportionality
What has happened as a result
- Decisions around service development are being driven by the children most likely to have \
experienced disproportionate outcomes
- Increased evidence of diverse needs being identified and supported through the interventions the \
service delivers
- Raised awareness of national and cultural dates of significance to promote understanding
- Developed a local pilot with solicitors in Aylesbury police station to raise awareness of the \
findings from the first-time entrant audit.
What we will do next
- Deliver anti-racism training to board members to build on awareness across the partnership
- Monitor and evaluate the impact of the local pilot sharing information with solicitors
- Collaborate with the YP4All group to explore their experiences of disproportionate outcomes
- Deliver against the Partnership Disproportionality Plan
- Analyse local data on girls in the youth justice system to enhance services offered
"""


def test_what_was_done_and_came_of_it_are_no_items_what_will_be_done_next_are_actions() -> None:
    found = read(BUCKINGHAMSHIRE)
    assert [(a.label.split()[0], a.source_line) for a in found.actions] == [
        ("Deliver", 17),
        ("Monitor", 18),
        ("Collaborate", 19),
        ("Deliver", 20),
        ("Analyse", 21),
    ]
    assert not found.outcomes and not found.indicators


#: Cumbria County Council, Carlisle Area Plan 2012-14 (what was done, the priorities, what will be done,
#: each list run onto one line), https://docslib.org/doc/13272387/carlisle-area-plan-2012-14-cumbria-county-council
CARLISLE = """\
What we have done in Carlisle

The County Council has: • Completed two new secondary school Academies - Richard Rose Central and \
Richard Rose Morton Academy to provide a first class environment for learning in the area; • \
Invested £28m in the other local secondary schools; • Supported Carlisle College by investing £3m \
in their redevelopment plans at the Lismore Place site; • Helped 35 young people into work through \
its own Apprenticeships programme; • Completed the Carlisle Northern Development Route; • \
Commissioned and invested in two new community Fire Stations in Carlisle as well as investing in a \
new waste facility; • Delivered a new archives centre at Lady Gillford’s House, Petteril Bank; • \
Transferred council assets - Parish Council and Brampton Community Centre have already benefited \
from this with buildings the council owned being transferred to local groups; • Responded to the \
floods and replaced the bridge to restore local access. • Delivery an investment of £3.6m for \
highway improvements and a £2.8m programme of highway maintenance

Our priorities for Carlisle

• Economic growth; • Accessiblity; • Strong communities. • Health and well-being

What we will be doing in Carlisle

• Supporting the roll out superfast broadband through the Connecting Cumbria Project; • Increasing \
secondary school places in Carlisle and completing the redevelopment of Trinity School; • \
Delivering new primary school places in 10 schools in Carlisle which will include a new school in \
Harraby and working with the Crindledyke developer to deliver a new primary school as part of the \
development • Providing a modern library service; • Providing new office accommodation for our \
staff to work in; • Opening new fire stations in South and West Carlisle;
"""


def test_what_we_will_be_doing_in_a_place_are_actions() -> None:
    found = read(CARLISLE)
    assert [p.label for p in found.priorities] == [
        "Economic growth",
        "Accessiblity",
        "Strong communities.",  # the page's own stop, printed inside the run
        "Health and well-being",
    ]
    assert [a.label.split()[0] for a in found.actions][:3] == ["Supporting", "Increasing", "Delivering"]
    assert not any(a.label.startswith("Completed") for a in found.actions)


#: Darlington Borough Council's page on its Children and Young People's Plan being re-written (2016),
#: http://www.darlington.gov.uk/your-council/consultations/cypp/
DARLINGTON = """\
There are a number stages to the creation of the plan.

  1. First we will be talking to lots of different people and partner organisations to understand \
their views on what should be included in the plan.
  2. We'll then draft a plan that reflects the feedback received and considers constraints that we \
need to work with (such as timescales and limited budgets).
  3. The draft plan will then be made available for wider public consultation.
  4. Following the consultation we'll review the feedback and consider changes to the plan.
  5. The updated plan will then go to the Health and Well Being Board for approval prior to \
implementation.
"""


def test_the_stages_of_making_the_plan_are_no_items() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(DARLINGTON)
    assert PROCESS_STAGES.match("The strategy will be in three phases:")
    assert not PROCESS_STAGES.match("There are three priorities for the next stage of the plan:")
