"""A web page's links to a plan ("Read the Strategy for Knowsley 2016-2020", "Download the full plan")
are page furniture, and a line ending in a colon is no item's title, even after a lead-in naming one.

The snippet and the link lines are cut from the wild corpus (``tests/corpus/wild/``), as their stored
pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import FURNITURE
from tests.loaders.generic.reading import read

#: Knowsley News, "Knowsley's priorities: Children and families" (2016),
#: https://www.knowsleynews.co.uk/knowsleys-priorities-children-families/ (its measures lead-in left out)
KNOWSLEY_2016 = """Knowsley’s priorities: Children and families

by Comms Team

We want all children and families in the borough to be safe, healthy and financially secure.

Cllr Gary See, Cabinet Member for Children’s Services at Knowsley Council, leads this priority:

Read the Strategy for Knowsley 2016-2020

You may also be interested in:
"""


def test_a_link_and_a_line_ending_in_a_colon_after_a_lead_in_naming_one_item_are_no_priority() -> None:
    """ "… leads this priority:" names one item to come; the link and "You may also be interested in:"
    after it are not that item."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(KNOWSLEY_2016)


@pytest.mark.parametrize(
    "line",
    [
        "Read the Strategy for Knowsley 2016-2020",
        # Bromley's Children's Services Roadmap to Excellence (2017), https://www.bromley.gov.uk/children-families/childrens-services-roadmap-excellence
        "Download the full plan",
        # Harrow's Corporate Plan 2023-2026, https://harrow.gov.uk/council/london-borough-harrow-corporate-plan-20234
        "Read our corporate plan",
        # Stoke-on-Trent's SEND Strategy 2024-2028, http://stoke.gov.uk/SENDstrategy
        "View the SEND Strategy 2024 - 2028",
    ],
)
def test_links_to_a_plan_are_page_furniture(line: str) -> None:
    """A short line asking the reader to read, view or download the plan is a link, not a heading."""
    assert FURNITURE.match(line)
    assert not FURNITURE.match("Read to children every day in the early years settings.")
