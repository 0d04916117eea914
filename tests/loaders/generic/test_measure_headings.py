"""Headings over a plan's measures worded "Measured by:" or "Indicators to measure outcomes", and aims
lettered in capitals ("A) …"); on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.documents.listmarks import LETTER
from councilkg.loaders.generic.outlinelines import MEASURE_LEAD_IN
from tests.loaders.generic.reading import read

#: Arun District Council, Council Vision Objectives 2022-2026, "Improving the wellbeing of Arun",
#: tests/corpus/wild/arun-2022-council-vision-wellbeing-aims-actions-indicators.txt
ARUN = (
    "Overall Aims\n"
    "A) Promote and support a multi-agency response to tackle the causes of health inequality in Arun's "
    "areas of greatest deprivation\n"
    "B) Champion leisure, culture and the Arts in Arun and encourage our community to embrace healthy and "
    "active lifestyles\n"
    "How will we achieve this\n"
    "1) Develop and implement a wellbeing strategy to plan services, resources, amenities, activities, and "
    "places to help our community thrive.\n"
    "2) Support the voluntary and community sector to provide services that help the most vulnerable in "
    "our community\n"
    "Indicators to measure outcomes\n"
    "1) Wellbeing clients satisfaction rating\n"
    "2) Upgrade to Alexandra theatre\n"
)

#: Maidstone Borough Council, Draft Strategic Plan 2015-2020,
#: tests/corpus/wild/maidstone-2015-draft-strategic-plan-we-mean-we-will-measured-by.txt
MAIDSTONE = (
    "We will:\n"
    "\n"
    "–      Deliver the waste and recycling strategy\n"
    "\n"
    "–      Deliver the Community Safety strategy\n"
    "\n"
    "Measured by:\n"
    "\n"
    "–      Resident satisfaction\n"
    "\n"
    "–      Environmental quality indicators\n"
)


def test_headings_worded_as_how_progress_is_measured_lead_in_measures() -> None:
    for heading in ("Measured by:", "Indicators to measure outcomes", "Progress will be measured by:"):
        assert MEASURE_LEAD_IN.match(heading), heading
    extraction = read(MAIDSTONE)
    assert [a.label for a in extraction.actions] == [
        "Deliver the waste and recycling strategy",
        "Deliver the Community Safety strategy",
    ]
    assert [i.label for i in extraction.indicators] == [
        "Resident satisfaction",
        "Environmental quality indicators",
    ]


def test_capital_letters_mark_a_list_as_small_ones_do() -> None:
    assert LETTER.match("A) Promote and support") and LETTER.match("(b) Champion")
    assert not LETTER.match("AB) Not a letter")
    extraction = read(ARUN)
    assert [p.label[:24] for p in extraction.priorities] == [
        "Promote and support a mu",
        "Champion leisure, cultur",
    ]
    assert [a.label[:24] for a in extraction.actions] == [
        "Develop and implement a ",
        "Support the voluntary an",
    ]
    assert [i.label for i in extraction.indicators] == [
        "Wellbeing clients satisfaction rating",
        "Upgrade to Alexandra theatre",
    ]


#: Uttlesford District Council, Corporate Plan 2022-2026, "Putting residents first",
#: tests/corpus/wild/uttlesford-2022-corporate-plan-putting-residents-first.txt
UTTLESFORD = (
    "We will \n"
    "\n"
    "1. Be a council that listens to and acts for residents\n"
    "\n"
    "a. Increase the voice and influence of residents in planning and other council matters\n"
    "b. Administer public consultations that are effective, accessible, timely and high quality\n"
    "\n"
    "2. Deliver local government with outstanding levels of transparency and accountability\n"
    "\n"
    "a. Implement a corporate change programme to increase accountability, transparency and democracy\n"
)


def test_a_numbered_line_over_its_lettered_list_heads_it() -> None:
    assert LETTER.match("a. Increase the voice") and not LETTER.match("A. Smith, Head of Service")
    extraction = read(UTTLESFORD)
    assert [(p.ref, p.label[:28]) for p in extraction.priorities] == [
        ("1", "Be a council that listens to"),
        ("2", "Deliver local government wit"),
    ]
    assert [a.label[:28] for a in extraction.actions] == [
        "Increase the voice and influ",
        "Administer public consultati",
        "Implement a corporate change",
    ]
