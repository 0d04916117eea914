"""Measures and risks that committee minutes and performance reports name: a list a counted lead-in
names whose sentence ends with a period's date, on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import lead_in_kind
from tests.loaders.generic.reading import read

#: Blackpool Council, Scrutiny Committee minutes on the Council Plan Performance Report Quarter 2
#: 2016/2017, https://democracy.blackpool.gov.uk/mgAi.aspx?ID=7735
BLACKPOOL = (
    "Of the indicators where data was available, it was reported to the Committee that there were three "
    "indicators in which performance had deteriorated in Quarter 2 2016/2017:\n"
    "\n"
    "·         Achievement of five or more A* - C grades at GCSE or equivalent including English and Maths\n"
    "\n"
    "·         Number of referrals / rate of referrals to social care per 10,000 children; and\n"
    "\n"
    "·         Number of looked after children / rate of looked after children per 10,000 population.\n"
)


def test_a_quarter_before_its_year_is_no_count() -> None:
    # "Quarter 2 2016/2017" counted "2016" as the list's kind, so the lead-in named none
    assert lead_in_kind(BLACKPOOL.splitlines()[0]) == "indicator"
    assert [i.label[:40] for i in read(BLACKPOOL).indicators] == [
        "Achievement of five or more A* - C grade",
        "Number of referrals / rate of referrals ",
        "Number of looked after children / rate o",
    ]
