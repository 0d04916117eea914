"""Contents pages whose entries are a plan's themes though no entry names their kind: the run of short
titles between the front matter and the back matter. Snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contentsthemes import RULE_CONTENTS_THEME
from tests.loaders.generic.reading import read

#: Bolton Council's The Bolton Plan 2009-2012, its contents page,
#: https://vdocuments.us/the-bolton-plan.html
BOLTON = "\n\n".join(
    [
        "The Bolton Plan",
        "Delivering more for less",
        "Message from the Leader and the Chief Executive 4",
        "Delivering our vision 5",
        "Economic prosperity 6",
        "Narrowing the gap 7",
        "Transforming services 8",
        "Healthy Bolton 9",
        "Achieving Bolton 10",
        "Prosperous Bolton 11",
        "Safe Bolton 12",
        "Cleaner and greener Bolton 13",
        "Strong and confident Bolton 14",
        "Find out more 15",
        "“We are determined to do more to make real improvements for local people.”",
    ]
)

#: North Yorkshire County Council's Executive Performance Report, Quarter 1 2021/22, its contents,
#: https://docslib.org/doc/10465686/executive-performance-report
NORTH_YORKSHIRE = "\n\n".join(
    [
        "Executive Performance Report",
        "Contents Executive Summary...... 3",
        "Leading for North Yorkshire...... 13",
        "Growth ...... 24",
        "Healthy and Independent Living ...... 34",
        "Best Start to Life...... 40",
        "Innovative and Forward thinking Council ...... 50",
        "Customer Feedback...... 62",
        "Appendix...... 66",
    ]
)


def test_the_titles_between_front_and_back_matter_are_the_plans_themes() -> None:
    priorities = read(BOLTON).priorities
    assert [p.label for p in priorities] == [
        "Economic prosperity",
        "Narrowing the gap",
        "Transforming services",
        "Healthy Bolton",
        "Achieving Bolton",
        "Prosperous Bolton",
        "Safe Bolton",
        "Cleaner and greener Bolton",
        "Strong and confident Bolton",
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_CONTENTS_THEME}


def test_a_report_s_contents_of_themes_with_leaders_gives_them_without_its_back_matter() -> None:
    assert [p.label for p in read(NORTH_YORKSHIRE).priorities] == [
        "Leading for North Yorkshire",
        "Growth",
        "Healthy and Independent Living",
        "Best Start to Life",
        "Innovative and Forward thinking Council",
    ]


def test_a_budget_book_s_contents_of_sections_gives_no_items() -> None:
    """A section ("Revenue Budget Summary") after the front matter: the page lists no themes.
    (Hammersmith & Fulham, Revenue estimates and capital programme 2010/11,
    https://vdocuments.mx/capital-programme-201011-revenue-estimates-and-lbhf-programme-201011-jane.html)"""
    text = "\n\n".join(
        [
            "Introduction 3",
            "Revenue Budget Summary 4",
            "General Fund Summary - Change Between Years 5",
            "Capital Budget Summary 8",
            "Budget Book Guidance 12",
            "General Fund Summary 13",
            "Children’s Services 16",
            "Community Services 31",
            "Environment Services 43",
            "Residents Services 55",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_a_plan_s_contents_of_sections_gives_no_items() -> None:
    """Rutland's Corporate Plan 2016 to 2020 lists a profile, context and achievements, not themes.
    (https://docslib.org/doc/13523902/corporate-plan-2016-2020)"""
    text = "\n".join(
        [
            "Corporate Plan 2016-2020 Table of contents",
            "Foreword by the Leader 3",
            "A profile of Rutland 5",
            "The national, regional and local context 7",
            "Key Achievements 2011/2015 10",
            "Financial plan 15",
            "Workforce strategy 17",
            "Our key risks 18",
            "Appendix 1 – Our Medium Term Financial Plan 20",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_titles_resuming_after_a_section_are_no_run_of_themes() -> None:
    """Bolton's page with "Delivery plan" among its titles: its entries are sections, none is read."""
    lines = BOLTON.split("\n\n")
    lines.insert(8, "Our delivery plan 9")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("\n\n".join(lines))


#: Wyre Forest Matters Sustainable Community Strategy 2008-2014, its contents as the stored copy gives
#: them (https://doczz.net/doc/1652865/making-a-real---wyre-forest-district-council): no "Contents"
#: heading, each entry over its page, the plan's own chapters before its themes.
WYRE_FOREST = """\
About the Wyre Forest District
4
Introduction from Ray Brookes, Chair of Wyre Forest Matters
6
Our Shared Vision
6
Achievements!
8
Introducing Wyre Forest Matters and the Sustainable Community Strategy
10
Delivering the Sustainable Community Strategy
11
Monitoring the Sustainable Community Strategy
13
Communities that are Safe and Feel Safe
14
A Better Environment for Today and Tomorrow
16
Economic Success Shared by All
20
Improving Health and Wellbeing
24
Meeting the Needs of Children and Young People
28
Stronger Communities
32
Supporting Information
38
"""


def test_entries_each_over_its_page_with_no_heading_list_the_themes_after_the_plans_own_chapters() -> None:
    found = read(WYRE_FOREST)
    assert [priority.label for priority in found.priorities] == [
        "Communities that are Safe and Feel Safe",
        "A Better Environment for Today and Tomorrow",
        "Economic Success Shared by All",
        "Improving Health and Wellbeing",
        "Meeting the Needs of Children and Young People",
        "Stronger Communities",
    ]
    assert {priority.reading.rule for priority in found.priorities if priority.reading} == {
        RULE_CONTENTS_THEME
    }


def test_a_few_titles_each_over_a_number_are_no_contents_page() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("\n".join(WYRE_FOREST.splitlines()[14:24]))  # five entries: figures quoted as much as pages


#: Shepway District Council's Corporate Plan 2013-2018, the cover's page number, the contents page
#: with spaced leaders, and the body's first page below it,
#: https://paperzz.com/doc/7154903/corporate-plan---shepway-district-council
SHEPWAY = """\
Shepway District Council Corporate Plan 2013 – 2018
1
Contents
Introduction . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 3
Boost the local economy and increase job opportunities . . . . . . . . . . . 4
More homes . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 5
Listening to local people . . . . . . . . . . . . . . . . . . . . . . . . . 6
Support an attractive and vibrant place to live . . . . . . . . . . . . . 7
Deliver value for money . . . . . . . . . . . . . . . . . . . . . . . . . . 8
Shepway District Council Corporate Plan 2013 – 2018
2
Introduction
T
his strategy sets out Shepway
District Council’s long-term vision
"""


def test_the_contents_page_ends_at_its_last_paged_entry_and_an_opening_verb_is_no_section() -> None:
    """The cover's page number over "Introduction" and the body read on below the page are no
    entries of it; "Deliver value for money" is a theme ("Delivering the Strategy" is a section)."""
    assert [p.label for p in read(SHEPWAY).priorities] == [
        "Boost the local economy and increase job opportunities",
        "More homes",
        "Listening to local people",
        "Support an attractive and vibrant place to live",
        "Deliver value for money",
    ]


#: Bracknell Forest Council Plan 2019 to 2023, its foreword and contents (https://docslib.org/doc/12624481/
#: council-plan-2019-to-2023-council-plan-2019-to-2023-the-borough-of-opportunity): the foreword's list
#: run into its paragraph, then the contents page of the six themes.
BRACKNELL_FOREST = (
    "We recognise we spend your money. We will prioritise spending wisely based upon clearly "
    "identified needs, targeting in particular: • Reducing our impact on climate change. • Ensuring "
    "early help is available for our most vulnerable residents to keep them safe and to help them "
    "remain independent, whist avoiding loneliness and isolation. • Reducing homelessness. • "
    "Developing all age learning and life skills. • Maintaining value for money. To deliver on all "
    "our objectives, we have focused our Council Plan on six strategic themes."
    "\n\nTimothy Wheadon Cllr Paul Bettison Chief Executive Leader 2 Contents\n\nForward 2\n\n"
    "Value for money 4\n\nEconomic resilience 5\n\nEducation and skills 6\n\n"
    "Caring for you and your family 7\n\nProtecting and enhancing our environment 8\n\nCommunities 9\n"
)


def test_a_list_before_the_contents_page_leaves_its_themes_to_be_read() -> None:
    """What the foreword says the council will prioritise is read from its paragraph; the themes on the
    contents page after it are read too (no item was read after the page)."""
    found = read(BRACKNELL_FOREST)
    labels = [p.label for p in found.priorities]
    assert labels[:3] == [
        "Reducing our impact on climate change",
        "Ensuring early help is available for our most vulnerable residents to keep them safe and to help "
        "them remain independent, whist avoiding loneliness and isolation",
        "Reducing homelessness",
    ]
    themes = [p.label for p in found.priorities if p.reading and p.reading.rule == RULE_CONTENTS_THEME]
    assert themes == [
        "Value for money",
        "Economic resilience",
        "Education and skills",
        "Caring for you and your family",
        "Protecting and enhancing our environment",
        "Communities",
    ]


#: Brighton & Hove City Council, Our plan 2020 to 2023, its cover and contents page,
#: https://vdocument.in/our-plan-2020-2023-brighton-and-hove.html
BRIGHTON = "\n\n".join(
    [
        "Brighton & Hove City Council",
        "Our plan 2020 to 2023A fairer city, a sustainable future",
        "Contents",
        "Introduction 3",
        "Our city, your council 4",
        "A fairer city with a sustainable future 10",
        "A city to call home 12",
        "A city working for all 16",
        "A stronger city 18",
        "A growing and learning city 20",
        "A sustainable city 22",
        "A healthy and caring city 24",
        "How will the plan be delivered? 26",
    ]
)


def test_entries_repeating_the_title_on_the_cover_are_front_matter() -> None:
    priorities = read(BRIGHTON).priorities
    assert [p.label for p in priorities] == [
        "A city to call home",
        "A city working for all",
        "A stronger city",
        "A growing and learning city",
        "A sustainable city",
        "A healthy and caring city",
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_CONTENTS_THEME}


#: Corby's Corporate Plan 'One Corby' 2008-2013, its contents as a document-sharing site gives them
#: (https://cupdf.com/document/master-corporate-version-2layout-2fs-fileshare-eus3-welcome-to-the-latest.html):
#: each theme a numbered section, "page" before each page number, the page's second column after the first.
CORBY = """\
Contents

Summary Corporate Plan Summary page 5

Section 1 Regeneration and Growth page 11

Section 2 Climate Change and Environment page 17

Section 3 Economic Development, Jobs and Skills page 18

Section 4 Safer, Stronger Communities page 27

Section 5 Health and Well-being page 35

Section 6 Customer First page 44

Glossary page 47

Foreword page 3

What we want to achieve Page 4
"""


def test_numbered_sections_printing_page_before_their_pages_are_the_themes() -> None:
    found = read(CORBY)
    assert [p.label for p in found.priorities] == [
        "Regeneration and Growth",
        "Climate Change and Environment",
        "Economic Development, Jobs and Skills",
        "Safer, Stronger Communities",
        "Health and Well-being",
        "Customer First",
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_CONTENTS_THEME}
