"""Bullets that say what "we will" do, after a lead-in naming no kind of item ("… changes to the way we
deliver services:"): each is a commitment, an action, on a snippet cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import RULE_PROMISED_ITEM
from tests.loaders.generic.reading import read

#: Westminster City Council, "Changes to children's services" (2016),
#: https://www.westminster.gov.uk/childrens-changes
WESTMINSTER = "\n".join(
    [
        "To do so, we consulted once more with families and young people in January 2016 and are now "
        "proposing to make a number of changes to the way we deliver services for children and young people:",
        "",
        "  • we will reshape our early help model, including Children’s Centres, so that funding for child "
        "protection work is protected",
        "  • we will work more closely with families to help them identify where they can make change "
        "themselves",
    ]
)


def test_we_will_bullets_after_a_lead_in_naming_no_kind_are_actions() -> None:
    extraction = read(WESTMINSTER)
    assert [a.label[:30] for a in extraction.actions] == [
        "we will reshape our early help",
        "we will work more closely with",
    ]
    assert {a.reading.rule for a in extraction.actions if a.reading} == {RULE_PROMISED_ITEM}


def test_other_bullets_after_such_a_lead_in_are_still_no_items() -> None:
    text = WESTMINSTER.replace("we will reshape", "reshaping").replace("we will work", "working")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
