"""Two items a sentence names after their kind, each after "to" ("… agreed the year two priorities to
reduce … and to improve …"), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.namedpairs import RULE_NAMED_PAIR, named_pair
from tests.loaders.generic.reading import read

#: Darlington Borough Council, scrutiny minutes on the Children and Young People's Plan 2017-2022
#: progress report (2018), https://democracy.darlington.gov.uk/mgAi.aspx?ID=758
DARLINGTON = (
    "Minutes:\n"
    "\n"
    "Members discussed and agreed the year two priorities to reduce the number of children and young "
    "people living in poverty and to improve the mental health and emotional wellbeing of all children "
    "and young people.\n"
)


def test_two_priorities_each_after_to_part_at_the_and_to() -> None:
    priorities = read(DARLINGTON).priorities
    assert [p.label for p in priorities] == [
        "reduce the number of children and young people living in poverty",
        "improve the mental health and emotional wellbeing of all children and young people",
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_NAMED_PAIR}


def test_three_after_to_or_to_be_are_no_pair() -> None:
    assert named_pair("The aims to reduce poverty and to improve health and to raise attainment.") is None
    assert named_pair("The priorities were to be agreed and to be reviewed in March.") is None


#: Copeland Borough Council, Copeland 2020 Corporate Strategy 2016-2020, the Mayor's foreword as the
#: stored transcription gives it (two page columns run together),
#: https://docslib.org/doc/10681842/copeland-2020-corporate-strategy-2016-2020
COPELAND = """\
Forward

We have ambitions to regenerate our town centres and to commercialise our Council, so that we can \
generate more Mike Starkie income to improve our services to you our customers. We also Elected Mayor \
want to focus on employment, developing skills and enhancing social wellbeing.
"""


def test_a_wish_to_do_two_things_names_no_items() -> None:
    assert named_pair(COPELAND) is None
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(COPELAND)
