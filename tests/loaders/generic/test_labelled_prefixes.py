"""A labelled priority with the plan's year or initials before its word ("2011/12 Priority: …", "CYPP
Priority: …"), a committee site's link to a paper on one priority, a list whose items lost their
bullets but kept their indent, and improvements under way or to come (actions); on snippets cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import LABELLED, PAPER_LINK
from tests.loaders.generic.reading import read

#: Maidstone Borough Council, report to the Cabinet Member for Community and Leisure Services, 5 July
#: 2011, https://meetings.maidstone.gov.uk/documents/s14553/110705%20CM%20for%20Community%20and%20Leisure%20Services%20Youth%20Priority.html
MAIDSTONE = """\
110705 CM for Community and Leisure Services Youth Priority

Cllr John A. Wilson, Cabinet Member for Community Services

2011/12 Priority: Youth Development

Profile of the Maidstone borough
"""

#: Nottingham City Council, Children's Partnership Board, 5 July 2017, agenda and minutes,
#: https://committee.nottinghamcity.gov.uk/ieListDocuments.aspx?CId=151&MId=6306&Ver=4
NOTTINGHAM = """\
Minutes pdf icon PDF 286 KB

Minutes of the meeting held on 22 March 2017, to be agreed.

CYPP Priority: Empowering Families to be Strong and Achieve Economic Wellbeing pdf icon PDF 226 KB

Report of the Director for Children’s Integrated Services
"""

#: Watford Borough Council, Cabinet decision on the Corporate Plan 2016-2020,
#: https://watford.moderngov.co.uk/ieDecisionDetails.aspx?ID=1876
WATFORD = """\
The Managing Director took Cabinet through the new council priorities:

          Identify ways to manage the borough’s housing needs

Housing was set as a top priority due to the huge pressure and demand, the scale of temporary \
accommodation the council had to provide support for and the high costs of housing in the borough.
"""

def test_a_year_before_the_label_word_is_the_plans_year_not_the_title() -> None:
    found = read(MAIDSTONE)
    assert [(priority.label, priority.source_line) for priority in found.priorities] == [
        ("Youth Development", 5)
    ]


def test_initials_before_the_label_word_name_the_plan() -> None:
    labelled = LABELLED.match("CYPP Priority: Empowering Families to be Strong")
    assert labelled is not None and labelled.group("label") == "Empowering Families to be Strong"
    assert LABELLED.match("EYOD Priority 1: Improve outcomes in the Early Years Foundation Stage")
    assert not LABELLED.match("Cabinet Member Priorities 2015-16: Progress Report")  # no initials
    assert not LABELLED.match("NHS priorities were discussed")


def test_a_paper_on_one_priority_names_it_and_other_papers_stay_furniture() -> None:
    found = read(NOTTINGHAM)
    assert [priority.label for priority in found.priorities] == [
        "Empowering Families to be Strong and Achieve Economic Wellbeing"
    ]
    paper = PAPER_LINK.match("29 Corporate Strategy 2019-2023 pdf icon PDF 148 KB")
    assert paper is not None and paper.group("title") == "Corporate Strategy 2019-2023"


def test_an_indented_line_under_a_lead_in_is_an_item_whose_bullet_was_lost() -> None:
    # (a titled theme's indented description stays a description: test_outline_headings's BRISTOL)
    found = read(WATFORD)
    assert [(priority.label, priority.source_line) for priority in found.priorities] == [
        ("Identify ways to manage the borough’s housing needs", 3)
    ]


#: London Borough of Newham, Inspection of Children’s Social Care Services: How we’re improving our
#: services (2019), https://www.newham.gov.uk/children-families/inspection-children%E2%80%99s-social-care-services/3
NEWHAM = """\
A number of urgent improvements are already under way, including:

  • A robust service improvement plan, which will be monitored by a Safeguarding Improvement Board
  • Bringing in new senior managers in key positions

Further improvements will include:

  • More training for managers
"""


def test_improvements_under_way_or_to_come_are_actions() -> None:
    found = read(NEWHAM)
    assert [(action.label[:30], action.source_line) for action in found.actions] == [
        ("A robust service improvement p", 3),
        ("Bringing in new senior manager", 4),
        ("More training for managers", 8),
    ]
    york = "The plan sets out how improvements will be made in seven areas of Children’s Social Work:"
    assert lead_in_kind(york) is None  # the seven areas it counts are no actions
    assert lead_in_kind("Improvements made include:") is None  # what was done, no actions
