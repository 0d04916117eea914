"""A numbered or bulleted list its lead-in's paragraph counts, the lead-in naming no kind itself, on
snippets cut from the wild corpus (``tests/corpus/wild/``): minutes and news retelling a plan's list."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import RULE_LISTED_PRIORITY
from councilkg.loaders.generic.paragraphcounts import RULE_PARAGRAPH_COUNT
from tests.loaders.generic.reading import read

#: Telford & Wrekin Council's 100 day action plan (news report, June 2023; cut to four of its 16 actions
#: and the count with them),
#: https://www.shropshirelive.com/news/2023/06/19/council-leader-launches-100-day-action-plan-as-new-term-gets-underway/
TELFORD = """The plan includes 4 wide-ranging actions, from fighting for hospital services to improving \
green spaces, and will jump-start work to meet the commitments set out in the administration’s manifesto.

The 100 day action plan makes a commitment to:

- Advertisement -

1. Urge the Secretary of State to use his legal right to review plans to downgrade emergency services at \
the Princess Royal

2. Launch a legal challenge against the development of Steeraway Solar Farm

3. Lobby the Police and Crime Commissioner for more police on our streets

4. Announce the name and location of a new swimming pool in Dawley
"""

#: City of York Council, "Council sets out seven-point action plan to improve Children's Social Care"
#: (June 2022; cut to three of the seven areas and the count with them),
#: https://westfieldnewsfocus.wordpress.com/category/children-and-young-people/
YORK = """The plan sets out how improvements will be made in three areas of Children’s Social Work:

1.The consistency of written records so that they provide an accurate account of decision-making for all \
children.

2.The quality of assessments to ensure that they consistently inform care planning.

3.The analysis of return home interviews.
"""

#: Lambeth Cabinet minutes on the Children and Young People's Plan (2018),
#: https://moderngov.lambeth.gov.uk/mgAi.aspx?ID=34642
LAMBETH = """The Integrated Assistant Director for Children’s Commissioning, Dan Stoten, provided further \
information:

·         Over a five year period, the Plan would focus primarily on five priority delivery programmes. \
Mr Stoten provided detailed explanations of the programmes:

1.    Lambeth Made: Our Children, Our Future campaign;

2.    A Better Start (0-5 years);

3.    A New Approach to Early Help (5-19+);

4.    Children with Special Educational Needs and/or Disabilities;

5.    Children at risk of harm and Looked After Children.
"""

#: Oldham Overview and Scrutiny Board minutes, "Children's Services - Getting to Good" (2019; cut to three
#: of the six recommendations and the count with them), https://committees.oldham.gov.uk/mgAi.aspx?ID=33780
OLDHAM = """Children’s Services had been inspected by OFSTED between 21st January and 1st February 2019 \
with a judgement of “Requires Improvement to be Good” being delivered along with three recommendations of \
improvement activity which must be undertaken.  The areas identified as requiring improvement comprised –

·           the quality of assessments to effectively analyse risks and parents’ capacity to meet children’s \
needs;

·           the quality of evidence gathering during child protection investigations;

·           the internal audit of practice to provide effective analysis of the impact on children; and
"""


def test_a_count_of_actions_in_the_paragraph_above_names_the_numbered_list_after_the_lead_in() -> None:
    found = read(TELFORD)
    assert [(a.ref, a.label) for a in found.actions] == [
        (
            "1",
            "Urge the Secretary of State to use his legal right to review plans to downgrade emergency "
            "services at the Princess Royal",
        ),
        ("2", "Launch a legal challenge against the development of Steeraway Solar Farm"),
        ("3", "Lobby the Police and Crime Commissioner for more police on our streets"),
        ("4", "Announce the name and location of a new swimming pool in Dawley"),
    ]
    assert {a.reading.rule for a in found.actions if a.reading} == {RULE_PARAGRAPH_COUNT}


def test_areas_counted_for_improvement_in_the_lead_in_are_priorities() -> None:
    found = read(YORK)
    assert [(p.ref, p.label) for p in found.priorities] == [
        (
            "1",
            "The consistency of written records so that they provide an accurate account of "
            "decision-making for all children",
        ),
        ("2", "The quality of assessments to ensure that they consistently inform care planning"),
        ("3", "The analysis of return home interviews"),
    ]


def test_priority_programmes_counted_a_sentence_before_the_lead_in_are_priorities() -> None:
    found = read(LAMBETH)
    assert [p.label for p in found.priorities] == [
        "Lambeth Made: Our Children, Our Future campaign",
        "A Better Start (0-5 years)",
        "A New Approach to Early Help (5-19+)",
        "Children with Special Educational Needs and/or Disabilities",
        "Children at risk of harm and Looked After Children",
    ]


def test_recommendations_for_improvement_counted_before_a_dash_lead_in_are_priorities() -> None:
    found = read(OLDHAM)
    assert [p.label for p in found.priorities] == [
        "the quality of assessments to effectively analyse risks and parents’ capacity to meet "
        "children’s needs",
        "the quality of evidence gathering during child protection investigations",
        "the internal audit of practice to provide effective analysis of the impact on children",
    ]


#: Swindon Link, "Council plan to shape Swindon's future to be shared with public" (December 2023; cut to
#: the missions' first clauses), https://swindonlink.com/news/swinplan
SWINDON = """The draft Swindon Plan will be discussed by Swindon Borough Council’s Cabinet on Wednesday 13 \
December and is based on the current Labour administration’s three main priority missions for the town.

These are to:

- Combat Inequality – make Swindon a fairer place, reduce disadvantage.

- Build a Better Swindon – create a town ready for the challenges of the coming decades.

- Achieve Net Zero – fully play our part as a council and a town in combatting climate change.
"""


def test_a_list_the_outlines_counted_lead_in_reads_stays_its_own() -> None:
    """ "These are to:" under "three main priority missions": the counted lead-in's rule reads it."""
    found = read(SWINDON)
    assert len(found.priorities) == 3
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_LISTED_PRIORITY}


@pytest.mark.parametrize(
    "text",
    [
        LAMBETH.replace("3.    A New Approach", "4.    A New Approach"),  # numbers out of order
        YORK.replace("three areas", "four areas"),  # a list shorter than its count
        YORK.replace(
            "how improvements will be made in", "what the inspectors looked at in"
        ),  # areas of a visit
        OLDHAM.replace("three recommendations", "three members"),  # a count of no kind
        # recommendations to improve something, the lead-in naming no areas for improvement
        OLDHAM.replace("The areas identified as requiring improvement comprised", "The report's wording"),
        TELFORD.replace("4 wide-ranging actions", "4 wide-ranging sections"),  # a document's parts
    ],
)
def test_a_count_that_does_not_name_the_list_reads_nothing(text: str) -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
