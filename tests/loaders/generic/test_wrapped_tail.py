"""A line closing a bracket it never opened is the wrapped end of the line above, not a heading."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlineheadings import WRAPPED_TAIL
from tests.loaders.generic.reading import read


def test_a_wrapped_tail_over_verb_led_bullets_is_no_priority() -> None:
    """Solihull's Local Area Agreement stakeholder event, 7 September 2006 (the Children and Young People
    block's slides as text),
    https://powershow.com/view1/b6fd3-ZDc1Z/Solihull_Local_Area_Agreement_Stakeholder_Event_7_September_2006_powerpoint_ppt_presentation:
    "Childrens Centres) - …" ends the bullet wrapped above it; the bullets under it serve no priority."""
    text = "\n".join(
        [
            "- Parenting support (including role out of",
            "Childrens Centres) - Increasing number of in-Borough placements",
            "- Improving timescales for initial and core",
            "assessments - Reduction in bullying",
            "- Closing gaps in attainment (eg North/South)",
            "- Educational attainment of looked after children",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Childrens Centres) - Increasing number of in-Borough placements", True),
        ("areas] and the borough's schools", True),
        ("Young People at risk (SPP Plan)", False),
        ("Keeping children safe", False),
    ],
)
def test_a_wrapped_tail_closes_a_bracket_first(line: str, tail: bool) -> None:
    assert bool(WRAPPED_TAIL.match(line)) is tail
