"""Lines that name no item: a label saying which items a paper serves ("Priority - All"), in a
contents page or in the body, a question heading printed without its mark ("What is it"), and a kind
word a title says of what it names ("… and their outcomes").

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Redcar and Cleveland's Cabinet business papers (2018), each paper under the council priority it
#: serves, https://docslib.org/doc/8286809/cabinet-business-papers
REDCAR_CLEVELAND_2018 = """Cabinet Business Papers

Contents

Pages Items for decision

Priority - All

Adoption of the Redcar and Cleveland Local Plan 1 - 10

Our Flourishing Future - Delivery Plan 11 - 48

Priority - A Brighter Future for Our Children

Children & Families Service Improvement Journey 49 - 67

Priority - All

Annual Governance Statement 68 - 95

Priority - Improving the Way We Work

Resources Quarter 4 Performance – 2017/18 96 - 121

Priority – Good Connections

Highways Capital Programme 2018/19 137 - 147

Items for information

Priority – All

Tees Valley Combined Authority Update Report 158 - 161
"""


def test_priority_all_is_no_priority() -> None:
    """ "Priority - All" says a paper serves every priority: only the titled ones are read."""
    assert [p.label for p in read(REDCAR_CLEVELAND_2018).priorities] == [
        "Improving the Way We Work",
        "Good Connections",
    ]


#: Leeds's Children and Young People's Plan 2015-19, its first page as a document-sharing copy gives it,
#: https://dokumen.tips/documents/children-leedsgovuk-children-and-young-people-planour-vision-is-for-leeds.html
LEEDS_2015 = "\n\n".join(
    [
        "Our plan brings together the outcomes and",
        "priorities that will guide our work, the way we will",
        "measure our progress and how we will work to",
        "realise our ambitions. It is based on data, evidence",
        "and consultation across the city, including the",
        "views of children and young people.",
        "What is it",
        "children’",
        "One visionOur vision is for Leeds to be the best city in the UK and the best city for children "
        "and young people to grow up in.",
        "1. Number of children who need to be looked after2. Number of children and young people with child",
        "protection plans3. Percentage with good achievement at the end",
        "of primary school4. Percentage gaining 5 good GCSEs including",
    ]
)


def test_a_question_heading_without_its_mark_is_no_outcome() -> None:
    """ "What is it" after a sentence naming outcomes and priorities asks a question over narrative; the
    numbered list run together below is read as before."""
    found = read(LEEDS_2015)
    assert not [o.label for o in found.outcomes]
    assert [i.label for i in found.indicators][:2] == [
        "Number of children who need to be looked after",
        "Number of children and young people with child protection plans",
    ]


#: Coventry's Marmot monitoring tool (2022), its policy objectives over the measures of each,
#: https://www.coventry.gov.uk/marmot-monitoring-tool/will-measure-well-recommendations-monitoring-tool-page
COVENTRY_2022 = """Tackle racism, discrimination and their outcomes
*Added in 2022 |
*As this is a new policy objective we are still in development, please contact us if you would like to contribute to this policy objective.
|
Pursue environmental sustainability and health equity together
*Added in 2022 |
- Air quality breaches
- Access to open space
- Sustainable Food Places status
|"""  # noqa: E501


def test_a_kind_word_said_of_what_a_title_names_leads_in_no_list() -> None:
    """ "… and their outcomes" is a policy objective's own words (the outcomes of racism), not a lead-in
    naming the bullets further down as outcomes; "The Board has agreed its priorities:" still is one."""
    assert lead_in_kind("Tackle racism, discrimination and their outcomes") is None
    assert lead_in_kind("The Board has agreed its priorities:") == "priority"
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(COVENTRY_2022)
