"""A sentence leading into a list of something other than items ends the list in force (otherlists)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.otherlists import heads_other_list, leads_into_other_list
from tests.loaders.generic.reading import read


def test_a_heading_naming_priorities_does_not_lead_into_a_sentences_own_list() -> None:
    """Hull City Council's City Plan (2013), http://www.hullpublichealth.org/cityplan.html: the bullets
    are the city's strengths the sentence above them names, not the priorities of the heading."""
    text = "\n\n".join(
        [
            "Ambitions and Priorities",
            '"In order for the city to achieve its goal of creating 7,500 jobs for local job-seekers, Hull '
            "must make the most of its unique identity and strengths –",
            "  • its location – Hull is perfectly placed to become a major renewable energy centre with new "
            "businesses and energy production and conservation that helps every business\n"
            "  • its rich heritage and culture – and the huge potential to capitalise on this as the focus "
            "for city centre regeneration, to help increase the number of visitors and boost the local "
            "economy.",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Kent County Council's Towards 2010 closedown report,
#: https://docslib.org/doc/1403165/towards-2010-closedown-report: after "Outcomes delivered:", what
#: was achieved.
KENT = (
    "These two Towards 2010 targets (1 and 2) are reported together as they are interlinked. "
    "Delivery of both of these targets must be seen against the background of the current global "
    "recession which makes it far more difficult to achieve all of the outcomes we are striving "
    "for. However, much has been achieved:"
)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        (KENT, True),
        # Bristol City Council's Business Plan 2019/20: a theme's title after "… four strategic themes …:"
        ("Empowering and Caring:", False),
        ("It identifies four strategic themes that will help us achieve this vision:", False),
        ("Over the next three years we will:", False),
    ],
)
def test_which_sentences_lead_into_another_list(line: str, other: bool) -> None:
    assert leads_into_other_list(line) is other


def test_a_heading_naming_values_ends_the_priority_over_its_bullets() -> None:
    """Warrington Youth Voice's Pledges & Priorities (2021), https://www.warringtonyouthvoice.org/
    pledges-priorities: the bullets under "Our Values" are the values, not what is done for the
    priority above them."""
    text = "\n\n".join(
        [
            "Priority 1: Reduce the impact of Climate Change",
            "  • Help to make best use of green spaces",
            "Our Values",
            "  • Determined, ambitious & active - Empowered and motivated by our own beliefs and values "
            "to do what is best for our town.",
            "  • Partnerships & collaboration - work with others to maximise resources and potential.",
            "  • Equality - challenge discrimination, respect all and promote equal opportunities for all.",
        ]
    )
    assert [action.label for action in read(text).actions] == ["Help to make best use of green spaces"]


@pytest.mark.parametrize(
    ("heading", "following", "other"),
    [
        # London Borough of Lambeth's Roadmap to Excellence (2023), https://www.lambeth.gov.uk/children-
        # young-people-families/roadmap-excellence-children-families-education-plan-improvement-2023-26
        ("Core Values", "- Collaboration: Emphasizing partnerships with families and agencies.", True),
        ("Our Values", "  • Equality - challenge discrimination, respect all", True),
        ("Our Values", "We are proud of our borough.", False),  # a section of prose, no list
        ("Key Priorities", "- Excellent help and protection", False),
    ],
)
def test_which_headings_name_another_list(heading: str, following: str, other: bool) -> None:
    assert heads_other_list(heading, following) is other
