"""Paragraphs a count of a plan's items leads into, each opening with its place in the count
("Firstly, …", "Secondly, …"): the items, named by their words up to the first dash or sentence end.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.ordinalparagraphs import RULE_ORDINAL_PARAGRAPHS
from tests.loaders.generic.reading import read

#: Bath and North East Somerset's Cabinet, 2024, the Cabinet Member's statement on the Youth Justice Plan
#: 2024 to 2026 (https://democracy.bathnes.gov.uk/mgAi.aspx?ID=33468); the page cuts the third off.
BATHNES = """\
There are four strategic priorities for 2024 to 2026, as affirmed by the Youth Justice Service Partnership \
Board.

Firstly, working to reduce disproportionality – this means working to reduce the over-represented groups in \
B&NES who are in the Youth Justice service, such as children with Special Educational Needs and from \
minority ethnic backgrounds. We have clear targets for our future efforts to tackle overrepresentation.

Secondly, strengthening participation for children and families within the service and continuing to develop \
a more collaborative approach. This includes initiatives such as focus groups, new ways of gathering \
feedback, and more support.

The third strat
"""


def test_paragraphs_opening_with_their_place_in_a_counted_list_are_its_items() -> None:
    found = read(BATHNES)
    assert [(p.source_line, p.label) for p in found.priorities] == [
        (3, "working to reduce disproportionality"),
        (
            5,
            "strengthening participation for children and families within the service and continuing to "
            "develop a more collaborative approach",
        ),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_ORDINAL_PARAGRAPHS}


def test_ordinal_paragraphs_no_count_of_a_kind_leads_into_are_no_items() -> None:
    """A speaker's "Firstly, … Secondly, …" under a sentence counting no kind of plan item."""
    text = BATHNES.replace("four strategic priorities", "four points I want to make")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text.replace("The third strat", ""))
