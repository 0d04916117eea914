"""Priorities minutes name mid-sentence by their number and a title in capitals ("In reference to
Priority 1: The Economy - …, Ms Aldridge noted …"), on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.namedpriorities import RULE_NAMED_PRIORITY
from tests.loaders.generic.reading import read

#: Blackpool Council, Scrutiny Leadership Board minutes on the Council Plan Performance Report Q1
#: 2021/2022, https://democracy.blackpool.gov.uk/mgAi.aspx?ID=29601
BLACKPOOL = """Minutes:

In reference to Priority 1: The Economy - Maximising growth and opportunity across Blackpool, Ms Aldridge \
noted that car park usage indicated a positive tourist season.

The Board went on to consider the indicators relating to Priority 2: Communities: Creating Strong \
Communities and Increasing Resilience and noted that there had been a reduction in the number of looked \
after children.

In reference to Priority 3: Organisational Resilience it was reported that it was difficult to compare \
current levels of sickness and absence with previous years due to the ongoing impact of the pandemic.
"""

#: Hackney Children and Young People Scrutiny Commission minutes on the SEND Strategy (2023),
#: https://hackney.moderngov.co.uk/mgAi.aspx?ID=41028
HACKNEY = """Questions from the Commission

6.3  In relation to Priority 4 - Joined Up Services - The strategy indicates that there are currently no \
jointly commissioned services in Hackney. What are the barriers to jointly commissioned services?
"""


def test_priorities_a_minute_names_by_number_are_read_with_their_titles() -> None:
    found = read(BLACKPOOL)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "The Economy - Maximising growth and opportunity across Blackpool"),
        ("2", "Communities: Creating Strong Communities and Increasing Resilience"),
        ("3", "Organisational Resilience"),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_NAMED_PRIORITY}


def test_a_title_between_dashes_ends_where_the_sentence_goes_on() -> None:
    assert [(p.ref, p.label) for p in read(HACKNEY).priorities] == [("4", "Joined Up Services")]


@pytest.mark.parametrize(
    "text",
    [
        HACKNEY.replace("Joined Up Services - The strategy", "the council said the strategy"),  # no title
        HACKNEY.replace("In relation to Priority 4 - ", "Priority 4 - "),  # a heading's place: the outline's
        BLACKPOOL.replace("Priority", "Item"),  # a committee's agenda item, no plan's priority
    ],
)
def test_a_number_with_no_title_in_capitals_mid_sentence_is_no_priority(text: str) -> None:
    try:
        found = read(text)
    except UnknownLayoutError:
        return
    assert not any(p.reading and p.reading.rule == RULE_NAMED_PRIORITY for p in found.priorities)
