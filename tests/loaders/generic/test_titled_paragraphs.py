"""Titles over paragraphs after a lead-in reporting them ("… were advised as follows:"), on snippets
cut from the wild corpus (``tests/corpus/wild/``): committee minutes retelling a plan item by item."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Havering's Children and Learning Overview and Scrutiny Sub-Committee minutes on the Ofsted Action Plan
#: (2014), http://democracy.havering.gov.uk/mgAi.aspx?ID=7362
HAVERING = """The Committee requested an update on the Amber rated actions and were advised as follows:

Consideration giving to child or young person’s ethnicity

Following the inspection finding by Ofsted that there was insufficient analysis of the impact of ethnicity, \
officers advised that the situation was improving.

Ensure the timely completion and review of assessments

The inspectors had found that the time taken to complete assessments remained below that of statistical \
neighbours.

Ensure chronologies are clear, recorded and fit for purpose

Officers advised that this action would be rated green by the end of July.
"""

#: Nottingham City Council's Children's Partnership Board minutes (13 July 2016),
#: https://committee.nottinghamcity.gov.uk/ieIssueDetails.aspx?IId=24839&Opt=3
NOTTINGHAM = """Helen highlighted the following, under the headings of the four shared action plan \
priorities agreed by the partnership:

Safeguarding and supporting children and families

(a)  the percentage of Common Assessment Frameworks (CAFs) where parents and children report an improvement \
in their circumstance has risen from 65.9% to 67.1%;

(b)  following the appointment of a CSE Co-ordinator, 25 schools have signed up to the SRE Charter;

Promoting the health and wellbeing of babies, children and young people

(d)  48% of infants are being breast fed at 6 to 8 weeks which is significantly higher than the England \
average;
"""


def test_the_titles_a_report_goes_through_are_the_items_its_lead_in_names() -> None:
    found = read(HAVERING)
    assert [a.label for a in found.actions] == [
        "Consideration giving to child or young person’s ethnicity",
        "Ensure the timely completion and review of assessments",
        "Ensure chronologies are clear, recorded and fit for purpose",
    ]
    assert not found.priorities


def test_the_lettered_findings_under_a_title_are_neither_items_nor_its_actions() -> None:
    found = read(NOTTINGHAM)
    assert [p.label for p in found.priorities] == [
        "Safeguarding and supporting children and families",
        "Promoting the health and wellbeing of babies, children and young people",
    ]
    assert not found.actions


def test_titles_with_nothing_said_under_them_are_not_read_so() -> None:
    """Lines after "as follows:" with no paragraph under each are no titles of a report."""
    bare = "\n\n".join(
        line
        for line in HAVERING.split("\n\n")
        if not line.startswith(("Following", "The inspectors", "Officers"))
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(bare)
