"""Contents pages whose lines under an entry naming a kind are no items: a legend or a dashboard's key
come apart under "On track to achieve our outcomes", and a section of narrative ("Overview of …").

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contents import ContentsSections
from tests.loaders.generic.reading import read

#: Lewisham's Monthly Management Report August 2011/12, its contents page as a document-sharing copy
#: gives it (https://fdocuments.in/document/monthly-management-report-august-201112-management-report-august-201112.html):
#: a performance key's lines, then the contents run together, under "On track to achieve our outcomes".
LEWISHAM_2011 = "\n\n".join(
    [
        "Monthly Management Report August",
        "2011/12",
        "1",
        "Contents",
        "On track to achieve our outcomes",
        "Slightly behind and requires improvement",
        "Not on track but taking corrective action",
        "Improving",
        "No change",
        "Declining",
        "Missing actual data",
        "Missing target",
        "Missing target and actual data",
        "Key",
        "Foreword 03 Summary Dashboard 04 Overall Summary: Performance Areas for Management Attention "
        "Areas of Good Performance",
        "05 06 08",
    ]
)


def test_a_key_come_apart_under_an_entry_naming_outcomes_gives_no_outcomes() -> None:
    """ "05 06" (pages alone) and "Foreword 03 Summary Dashboard 04 …" (entries run together) are no
    entries: the lines above them under the entry naming outcomes are no list of outcomes either."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LEWISHAM_2011)


def test_a_section_holding_a_line_of_page_numbers_lists_no_items() -> None:
    """The same entries with a real entry in place of the pages are the section's items."""
    for last, expected in (("05 06", []), ("Declining", ["Improving", "No change", "Declining"])):
        sections = ContentsSections()
        sections.entry(1, "On track to achieve our outcomes", "number above", page=1)
        for line, name in enumerate(["Improving", "No change", last], start=2):
            sections.entry(line, name, "none")
        assert [item.label for item in sections.items()] == expected


#: Westminster's Youth Justice Strategic Partnership Plan 2019-2022, its contents page one cell per line
#: (https://pdfslide.net/documents/westminsteras-youth-justice-2019-11-15-3-section-1-foreword-i-am-pleased-to.html).
WESTMINSTER_2019 = """Contents

2. Section 2

Resource and Value for Money P8

3 Section 3

Outcomes against caseload and three National Performance Indicators 2017-2019

i. Overview of Caseload P9-P11

ii. Reduce First Time Entrants P12

iii. Reducing Re-Offending P13

iv. Reducing Custody P14

4. Section 4

4. Achievements against 2017-2019 Youth Justice Plan P15-P16
"""


def test_an_overview_entry_under_an_entry_naming_indicators_is_no_indicator() -> None:
    """ "Overview of Caseload" heads a section of narrative; the three entries after it are the
    indicators the entry above names."""
    assert [i.label for i in read(WESTMINSTER_2019).indicators] == [
        "Reduce First Time Entrants",
        "Reducing Re-Offending",
        "Reducing Custody",
    ]
