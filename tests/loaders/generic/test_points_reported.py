"""Points that report or tally rather than state plan items, and lists read once they are plainly
lists; on snippets cut from the wild corpus's fifth and sixth released held-out sets
(``tests/corpus/wild/``, ``holdout24`` and ``holdout25``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Leeds City Council, Children's Services Scrutiny Board minutes on the Leeds Strategic Plan (2007),
#: http://democracy.leeds.gov.uk/mgAi.aspx?ID=10253
LEEDS = (
    "Draft Strategic Outcomes and Draft Improvement Priorities\n"
    "\n"
    "·  Members highlighted the importance of, and recognition that was given to the ‘Every Child Matters’ "
    "agenda;\n"
    "\n"
    "·  The Board emphasised the need for the plan to acknowledge the importance of parental involvement "
    "in young people’s learning;\n"
)

#: Gloucester City Council, Council Plan 2017-2020, March 2020 update,
#: https://www.gloucester.gov.uk/about-the-council/strategies-plans-policies/council-plan-2017-2020/
GLOUCESTER = (
    "Delivery of the Council Plan has been strong across all priorities. As of March 2020, of the 38 actions "
    "and projects that are listed in the plan:\n"
    "\n"
    "  • 26 (68%) have been completed as of March 2020\n"
    "  • 29 (76%) are forecast to be completed by May 2020\n"
    "  • 1 (3%) is on-going\n"
)

#: Northumberland County Council, Supporting families (2015),
#: https://www.northumberland.gov.uk/Children/Family/Support.aspx
NORTHUMBERLAND = (
    "Families should have a minimum of two out of the six criteria and they’re prioritised for support as "
    "follows:\n"
    "  • families with more than one family member contributing to multiple needs\n"
    "  • families who are the highest cost to the public purse\n"
)

#: Waverley Borough Council, report to the Executive, 2 December 2003, "The Council's Priorities",
#: http://waverweb.waverley.gov.uk/live/wbc/newComdb.nsf/ (the wild corpus's waverley-2003-…)
WAVERLEY = (
    "The Council's Priorities\n"
    "\n"
    "Resource and legal implications:\n"
    "\n"
    "The priorities will help the Council to focus on what matters.\n"
    "\n"
    "1. Since the elections in May 2003, the Executive Portfolio Holders have worked together and with the "
    "majority group to develop clear priorities for the Council.\n"
    "\n"
    "2. The Portfolio Holders have continued to discuss priorities in the Liberal Democrat Group and with "
    "Chief Officers in the intervening period.\n"
)

#: Bromsgrove District Council, Overview and Scrutiny Board minutes on the Council Plan (2024),
#: https://moderngovwebpublic.bromsgrove.gov.uk/mgAi.aspx?ID=38098
BROMSGROVE = (
    "Following the presentation, there were a number of points raised by Members:\n"
    "· Members commended the Council Plan and noted that it reflected the whole of the District.\n"
    "· Number of registered births in Bromsgrove – It was explained that data for the number of births "
    "was published annually.\n"
)

#: South Norfolk Council, Corporate Plan 2016-2020, its web page's menu,
#: https://issuu.com./sncmarketing/docs/cp_2016_2020_final
SOUTH_NORFOLK = (
    "Welcome\n\nOur Vision\n\nOur Priorities\n\nPeople & Place\n\nAbout Us\n\nPriority 1\n\nPriority 2\n\n"
    "South Norfolk Council exists to provide those services that make a real difference to the lives of "
    "the people in our District.\n"
)

#: Lichfield Live on Lichfield District Council's draft strategic plan (2019),
#: https://lichfieldlive.co.uk/2019/12/24/council-seeking-views-of-residents-on-draft-strategic-plan-for-lichfield-and-burntwood/
LICHFIELD = (
    "The current priorities identified are:\n\nEnable people\n\nShape place\n\nDevelop prosperity\n\n"
    "Be a good council\n\nLocal people will have the chance to give their views about the emerging plan.\n"
)


@pytest.mark.parametrize("text", [LEEDS, GLOUCESTER, NORTHUMBERLAND, WAVERLEY, BROMSGROVE, SOUTH_NORFOLK])
def test_points_reporting_what_was_said_or_done_are_no_items(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_short_lines_after_a_lead_in_saying_they_are_priorities_are_read() -> None:
    assert [p.label for p in read(LICHFIELD).priorities] == [
        "Enable people",
        "Shape place",
        "Develop prosperity",
        "Be a good council",
    ]


def test_two_minute_items_are_still_read() -> None:
    text = BROMSGROVE + "· Percentage of children in care placed locally – Members asked why it had fallen.\n"
    text = "The performance report's indicators were discussed:\n" + text
    assert len(read(text).indicators) == 2
