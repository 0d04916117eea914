"""A sentence leading into a list of something other than items ends the list in force (otherlists)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.otherlists import leads_into_other_list
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
