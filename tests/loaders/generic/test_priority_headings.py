"""An annual report naming the priority headings it reports under ("… what was achieved during 2018/19
under the following priority headings:"): the numbered list under it is the plan's priorities; on a
snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Cambridge City Council, Corporate Plan Annual Report 2018/19 (transcript),
#: https://fdocuments.net/document/annual-report-cambridge-city-council-corporate-plan-annual-report-201819-cambridge.html
#: (two of its seven).
CAMBRIDGE = """\
This annual report shows what was achieved during2018/19 under the following priority headings:

1. Deliver sustainable prosperity forCambridge and fair shares for all

2. Tackle the city’s housing crisis anddelivering our planning objectives
"""


def test_the_priority_headings_a_report_names_are_the_priorities() -> None:
    assert [priority.label for priority in read(CAMBRIDGE).priorities] == [
        "Deliver sustainable prosperity forCambridge and fair shares for all",
        "Tackle the city’s housing crisis anddelivering our planning objectives",
    ]


def test_headings_of_another_kind_lead_in_no_priorities() -> None:
    assert lead_in_kind("This report is set out under the following section headings:") is None
