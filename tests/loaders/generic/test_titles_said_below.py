"""Titles over paragraphs after a sentence counting them and saying they follow ("… contains ten key
Strategic Priorities which are identified below."), as after a counted lead-in ending in a colon; the
last title's paragraph may be cut short where the text ends. A snippet cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Cherwell District Council, Annual Delivery Plan 2022-24 (its web page),
#: https://www.cherwell.gov.uk/info/189/performance/1101/business-plan/2
CHERWELL = """\
As this is our Council’s initial Annual Delivery Plan, introduced during 2022/23, it is therefore \
intended to cover the period 2022 to 2024. The Annual Delivery Plan contains ten key Strategic \
Priorities which are identified below.

Response to the cost of living crisis

To respond to the rising cost of living challenges within our local communities, ensuring we \
co-ordinate our services and our partnerships to support those in need.

Response to the Climate Emergency

The Council declared a climate emergency in 2019 and has in place an action plan to reduce the \
Council’s direct impact on the environment.

Right homes, right places - Local Plan

To ensure we have the right target for new homes and economic growth, in the right place, and protect \
our villages, communities and the environment through our
"""


def test_titles_after_a_sentence_counting_them_below_are_its_items() -> None:
    assert [p.label for p in read(CHERWELL).priorities] == [
        "Response to the cost of living crisis",
        "Response to the Climate Emergency",
        "Right homes, right places - Local Plan",
    ]


def test_a_sentence_that_counts_no_kind_leads_in_no_titles() -> None:
    text = CHERWELL.replace("ten key Strategic Priorities which are identified below", "a summary below")
    with pytest.raises(UnknownLayoutError):
        read(text)
