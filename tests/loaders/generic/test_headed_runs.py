"""Lists run onto one line with no colon after their heading ("DESIRED OUTCOMES § … § …"), wrapping
onto the next line, and bullets copied as full stops (": . Driving Economic Vitality . …"); on
snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Brent Council, Borough Plan 2019-23 Delivery Plan for Year 1, "Strong foundations",
#: tests/corpus/wild/brent-2019-borough-plan-delivery-plan-themes-desired-outcomes.txt
BRENT = (
    "STRONG FOUNDATIONS\n"
    "\n"
    "DESIRED OUTCOMES § Enable more residents to get online § Making every pound count § Building "
    "services around residents and\n"
    "\n"
    "their needs § Increase in resident satisfaction § Increase in resident involvement\n"
)

#: Hambleton District Council, Scrutiny Committee 29 June 2017, Annual Review 2016/17,
#: tests/corpus/wild/hambleton-2017-annual-review-2016-17-four-priority-areas.txt
HAMBLETON = (
    "1.3 The Annual Review provides information across the four priority areas throughout the year, an "
    "indication for the year ahead and finishes with a snapshot of performance statistics. The four "
    "priority areas are: . Driving Economic Vitality . Enhancing Health and Wellbeing . Caring for the "
    "Environment . Providing a Special Place to Live\n"
)


def test_a_heading_naming_the_kind_leads_in_the_run_after_it() -> None:
    assert [o.label for o in read(BRENT).outcomes] == [
        "Enable more residents to get online",
        "Making every pound count",
        "Building services around residents and their needs",
        "Increase in resident satisfaction",
        "Increase in resident involvement",
    ]


def test_a_heading_naming_no_kind_leads_in_nothing() -> None:
    text = BRENT.replace("DESIRED OUTCOMES", "STRONG FOUNDATIONS AGAIN")
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_full_stops_for_bullets_part_a_run_after_its_lead_in() -> None:
    assert [p.label for p in read(HAMBLETON).priorities] == [
        "Driving Economic Vitality",
        "Enhancing Health and Wellbeing",
        "Caring for the Environment",
        "Providing a Special Place to Live",
    ]
