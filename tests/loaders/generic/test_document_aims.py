"""A lead-in naming the aims of the document itself ("The aims of the strategy are to:") over what it
sets out to do ("• Define what we mean by Early Help …", "• Explain …") lists no plan items. Snippet
cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: North Tyneside Prevention & Early Help Strategy 2016, its introduction as the stored copy gives it
#: (https://fdocuments.us/document/north-tyneside-prevention-amp-early-help-strategy.html): the three
#: bullets run onto one line.
NORTH_TYNESIDE = """\
Introduction

The strategy will set out how all partners will work together to reform,strategically plan, \
commission anddeliver a range of provision to supportchildren, young people and theirfamilies at \
the earliest opportunity.

The aims of the strategy are to:

• Define what we mean by Early Help in North Tyneside • Explain, based on the well understood level \
of need, our ambition for transforming Prevention and Early Help services • Outline how we will know \
we are making a difference: our success criteria underpinned by an effective performance framework
"""


def test_the_documents_own_aims_are_no_plan_items() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(NORTH_TYNESIDE)


def test_aims_of_the_strategy_that_say_what_will_change_are_its_priorities() -> None:
    text = NORTH_TYNESIDE.replace("Define what we mean by", "Reduce the need for statutory care")
    assert read(text).priorities[0].label.startswith("Reduce the need for statutory care")
