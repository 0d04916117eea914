"""A counted list the text ends inside ("… founded on five key objectives:" and the page's last four),
on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import RULE_COUNTED_LINES
from tests.loaders.generic.reading import read

#: Nottingham City Council Plan 2015-2019 (a document-sharing copy whose stored text ends at the fourth
#: of five objectives, each wrapped round its number), https://docslib.org/doc/13099293/3-council-plan-2015-19-pdf
NOTTINGHAM = """2 The City Council’s Plan for 2015-19 is founded on five key objectives:

Ensuring every child in Nottingham is taught in 1 a school judged good or outstanding by Ofsted

Build 2,500 new homes that Nottingham people can 2 afford to rent or buy

Cut the number of victims of crime by a fifth and 3 continue to reduce anti social behaviour

Tackle fuel poverty by setting up a not-for-profit energy 4 company to sell energy at the lowest possible \
price to Nottingham people"""


def test_a_counted_list_the_text_ends_inside_gives_the_items_printed() -> None:
    found = read(NOTTINGHAM)
    assert [(p.source_line, p.reading.rule if p.reading else None) for p in found.priorities] == [
        (line, RULE_COUNTED_LINES) for line in (3, 5, 7, 9)
    ]
    assert found.priorities[1].label.startswith("Build 2,500 new homes")


def test_a_counted_list_short_of_its_count_before_more_text_is_no_list() -> None:
    with pytest.raises(UnknownLayoutError):
        read(NOTTINGHAM.replace("Tackle", "People said of tackling") + "\n\nThe plan was agreed.")
