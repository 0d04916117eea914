"""A heading naming a part of the document ("Proposal", "The purpose of the plan"), with its article or
not, is no priority, also right after a line naming priorities (outlinelines.NOT_A_PRIORITY)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.outlinelines import NOT_A_PRIORITY
from tests.loaders.generic.reading import read


def test_a_consultations_proposal_heading_is_no_priority() -> None:
    """Shropshire Council's Sure Start Children's Centres priorities consultation (2014),
    https://getinvolved.shropshire.gov.uk/consultations/sure-start-childrens-centres-priorities"""
    text = "\n\n".join(
        [
            "Sure Start Children's Centres priorities",
            "Proposal",
            "This consultation relates to the Children's Centres in the North of Shropshire only.",
            "Sure Start Children's Centres are looking at our priorities for 2014-2015. "
            "We think they should be:",
            "  • To increase the number of families that use Sure Start Children's Centres\n"
            "  • To make sure that families get extra support when they need it most",
        ]
    )
    assert [priority.label for priority in read(text).priorities] == [
        "To increase the number of families that use Sure Start Children's Centres",
        "To make sure that families get extra support when they need it most",
    ]


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        # Tameside Children's Trust's youth-proofed CYPP (2010),
        # https://paperzz.com/doc/7992061/youth-proofed-version-of-the-children-and
        ("The purpose of the plan", True),
        ("Proposal", True),
        ("Our vision", True),
        ("Purpose", True),
        ("The best start in life", False),
        ("Proposed new youth centre", False),
    ],
)
def test_which_headings_name_a_part_of_the_document(heading: str, part: bool) -> None:
    assert (NOT_A_PRIORITY.match(heading) is not None) is part


def test_a_heading_on_measuring_progress_after_the_priorities_is_no_priority() -> None:
    """West Suffolk's Strategic Plan 2016-2020 web page (Forest Heath and St Edmundsbury),
    https://www.westsuffolk.gov.uk/Council/Finance_and_Statistics/strategicplan.cfm"""
    text = """\
Here, the Strategic plan sets out what our priorities for the area are:

  • increased opportunities for economic growth
  • resilient families and communities that are healthy and active
  • homes for our communities

Measuring our progress

Our success can only be measured by what we achieve and we have ensured that we monitor our progress \
through our performance management framework.
"""
    assert [priority.label for priority in read(text).priorities] == [
        "increased opportunities for economic growth",
        "resilient families and communities that are healthy and active",
        "homes for our communities",
    ]
    assert NOT_A_PRIORITY.match("Monitoring performance") and not NOT_A_PRIORITY.match("Measuring up")
