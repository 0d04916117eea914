"""Contents pages run onto one line: their entries parted by dotted leaders and pages, read as a
contents page's (the items under an entry naming a kind, entries labelled with their kind).

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contentsruns import contents_run_entries, paged_run_lines
from tests.loaders.generic.reading import read

_DOTS = "." * 40

#: Kent Youth Offending Service's Youth Justice Strategic Plan 2010/11, its contents as the stored
#: transcript gives it (https://fdocuments.net/document/kent-youth-offending-service-yos-youth-justice-
#: strategic-plan-5-2010-4.html): the entries under
#: "(ii) Outcomes, Activities and Projects" lettered, the whole page on one line, the last entry's
#: page cut off.
KENT = f"""Contents

1. Introduction{_DOTS} 4 2. Executive Summary {_DOTS} 5

(i) Budget for 2010/11{_DOTS} 5 (ii) Outcomes, Activities and Projects {_DOTS} 5 (a) Prevention \
Strategy {_DOTS} 5 (b) Reducing Re-offending {_DOTS} 5 (c) Parenting {_DOTS} 5 (d) Restorative \
Justice {_DOTS} 5 (e) Staffing{_DOTS}"""

#: Bolton Council's Corporate Performance Dashboard, Quarter 4 2018/19, its contents
#: (https://docslib.org/doc/1297458/corporate-performance-dashboard): each measure an entry labelled
#: "Headline Indicator:", the page run onto one line.
BOLTON = """Corporate Performance Dashboard

Quarter 4 - Update

1. Introduction and Context –the building blocks ...... 3 2. Chief Executive’s Directorate ...... 8 \
Headline Indicator: Stage 1 Complaints ...... 9 Headline Indicator: FOI requests ...... 10 Headline \
Indicator: Corporate Income ...... 11 3. People ...... 15 Headline Indicator: % YP academic age 16 and \
17 NEET ......"""


def test_entries_run_onto_one_line_are_parted_at_their_leaders_and_pages() -> None:
    line = KENT.splitlines()[4]
    assert contents_run_entries(line)[:3] == [
        "(i) Budget for 2010/11 .... 5",
        "(ii) Outcomes, Activities and Projects .... 5",
        "(a) Prevention Strategy .... 5",
    ]
    assert contents_run_entries("Read more... 3 ways to help. Call us... 5 times a week.") == []


def test_lettered_entries_under_a_roman_entry_naming_outcomes_are_its_items() -> None:
    found = read(KENT)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Prevention Strategy", 5),
        ("Reducing Re-offending", 5),
        ("Parenting", 5),
        ("Restorative Justice", 5),
        ("Staffing", 5),
    ]


def test_entries_labelled_as_indicators_are_indicators() -> None:
    found = read(BOLTON)
    assert [(i.label, i.source_line) for i in found.indicators] == [
        ("Stage 1 Complaints", 5),
        ("FOI requests", 5),
        ("Corporate Income", 5),
        ("% YP academic age 16 and 17 NEET", 5),
    ]


def test_a_run_of_entries_naming_no_kind_gives_no_items() -> None:
    text = KENT.replace("Outcomes, Activities and Projects", "Our work")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: Luton Borough Council's Corporate Plan 2004-2009, its contents as a document-sharing copy gives
#: them (https://docslib.org/doc/4407383/page-1-of-97-foreword-signed-by-leader-and-chief-executive-
#: stating-the-purpose-of-the-plan-and-how-it-fits-in-with-luton-2011-and-how-we-ll-monitor-its-comple):
#: each chapter's sections run onto its line with their pages and no leaders.
LUTON_2004 = """CORPORATE PLAN TABLE OF CONTENTS Page no. Foreword 2

3. Making it happen 3.1 The planning framework 60 3.2 Performance improvement 63 3.3 Equalities 69

4. Resourcing our goals 4.1 Medium-term financial strategy 71 4.2 Capital Programme 2004 – 2009 73 \
4.3 Procurement 74 4.4 Human Resources 75 4.5 Enterprise Information Strategy 76

Appendix A: Luton 2011 and the Strategic Planning Framework 79 Appendix B: LPSA targets 91

2 Page 2 of 97 1. Setting the scene

1.1 A PROFILE OF LUTON

Luton is one of the largest towns in South East , with a population of 184,000 residents."""


def test_a_chapters_sections_run_onto_its_line_with_their_pages_are_contents_entries() -> None:
    """ "3. Making it happen 3.1 The planning framework 60 3.2 …" is a contents line, parted at its
    section numbers, not a heading over the body's "1.1 A PROFILE OF LUTON"; sections with no pages
    after them are a numbered list run together, no contents."""
    assert contents_run_entries(LUTON_2004.split("\n\n")[1]) == [
        "3. Making it happen",
        "3.1 The planning framework .... 60",
        "3.2 Performance improvement .... 63",
        "3.3 Equalities .... 69",
    ]
    assert contents_run_entries("1.1 Reduce absence 1.2 Raise attainment 1.3 Close the gap") == []
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LUTON_2004)


#: The same contents page's second chapter (same address as ``LUTON_2004``): its title names the kind
#: of its sections ("Pursuing our goals"), and the line, of more than thirty words, has no leaders.
LUTON_2004_GOALS = """CORPORATE PLAN TABLE OF CONTENTS Page no. Foreword 2

2 Pursuing our goals Introduction to the theme chapters 10 2.1 Environment 11 2.2 Transport 16 \
2.3 Leisure 21 2.4 Crime 26 2.5 Deprivation 33 2.6 Economic Regeneration 38 2.7 Education 44 \
2.8 Health and Social Care 52

3. Making it happen 3.1 The planning framework 60 3.2 Performance improvement 63 3.3 Equalities 69"""


def test_a_long_chapter_line_naming_its_kind_lists_its_sections_as_its_items() -> None:
    """A line of more than thirty words with no leaders is still tried as a chapter's sections; they
    are the items of the chapter naming their kind, and the chapter on the next line ends them."""
    line = LUTON_2004_GOALS.split("\n\n")[1]
    assert contents_run_entries(line)[:2] == [
        "2 Pursuing our goals Introduction to the theme chapters 10",
        "2.1 Environment .... 11",
    ]
    found = read(LUTON_2004_GOALS)
    assert [(p.ref, p.label, p.source_line) for p in found.priorities] == [
        (None, "Environment", 3),
        (None, "Transport", 3),
        (None, "Leisure", 3),
        (None, "Crime", 3),
        (None, "Deprivation", 3),
        (None, "Economic Regeneration", 3),
        (None, "Education", 3),
        (None, "Health and Social Care", 3),
    ]


#: Borough of Redditch Community Strategy, first published April 2003, its contents as the stored
#: copy gives them (https://pdfslide.net/documents/borough-of-redditch-community-strategy-promoting-
#: healthier-communities-by-targeting.html): the whole page on one line, each entry ended by its page
#: and no leaders, the appendices' names after the last page.
REDDITCH = """REDDITCH COMMUNITY STRATEGY

CONTENTS

Introduction 4 Explanatory Notes 5 Healthy Communities 7 Safer Communities 14 Better Environment 19 \
Education, Learning and Skills 25 Economy 32 Connecting Redditch 40 Culture and Recreation 48 Source \
Documents 53 Appendix 1 List of Partners Appendix 2 Partnership Structure"""


def test_a_contents_page_run_onto_one_line_without_leaders_lists_its_themes() -> None:
    extraction = read(REDDITCH)
    assert [priority.label for priority in extraction.priorities] == [
        "Healthy Communities",
        "Safer Communities",
        "Better Environment",
        "Education, Learning and Skills",
        "Economy",
        "Connecting Redditch",
        "Culture and Recreation",
    ]
    assert {priority.source_line for priority in extraction.priorities} == {5}


#: Tonbridge and Malling's Community Strategy 2006-2009, its contents as the stored transcription gives
#: them (https://docslib.org/doc/13562387/strategy-405): "Contents" printed at the end of the title's
#: line, the entries run onto the next with no leaders, the themes under "Our vision and the key themes".
TONBRIDGE = """Towards a Sustainable Community Strategy 2006 - 2009 Contents

Introduction 3 Towards a plan for sustainable communities 4 Area Profile 5 Local quality of life 6 The \
last 3 years 7 Your priorities for improvement 8 Working together in partnership 13 Our vision and the \
key themes 14 A safe place with low levels of crime 15 A cleaner, smarter borough 18 Improving health \
and reducing inequalities 21 Protecting and enhancing the environment 26 Managing traffic and car \
parking 30 Decent housing and a strong economy 33 Implementation 36 Summary of performance measures 38 \
Agreement – summary of objectives 39"""


def test_five_paged_entries_on_one_line_are_a_contents_page_with_no_heading_over_them() -> None:
    assert [priority.label for priority in read(TONBRIDGE).priorities] == [
        "A safe place with low levels of crime",
        "A cleaner, smarter borough",
        "Improving health and reducing inequalities",
        "Protecting and enhancing the environment",
        "Managing traffic and car parking",
        "Decent housing and a strong economy",
    ]
    assert [p.label for p in read(REDDITCH.replace("CONTENTS", "OUR STRATEGY")).priorities][:2] == [
        "Healthy Communities",
        "Safer Communities",
    ]


def test_four_paged_entries_on_a_line_need_a_contents_heading() -> None:
    four = "Introduction 4 Explanatory Notes 5 Healthy Communities 7 Safer Communities 14"
    assert paged_run_lines(["OUR STRATEGY", "", four]) == {}
    assert list(paged_run_lines(["CONTENTS", "", four])) == [3]


#: Rochford's Sustainable Community Strategy 2009-2021, its contents as the stored transcription gives
#: them (https://readkong.com/page/the-sustainable-community-strategy-2009-2021-local-3542911): the
#: heading glued to the entries, the priorities after "Our Priorities 8".
ROCHFORD = """Contents Foreward 1 Introduction to the Sustainable Community Strategy 3 The Rochford Local \
Strategic Partnership 4 Delivery 5 Rochford Now 6 Our Priorities 8 Supporting the Ageing Population 9 \
Fostering Greater Community Cohesion 10 Strengthening the Third Sector 11 Increasing Accessibility to \
Services 12 Keeping Rochford Safe 13"""


def test_a_glued_contents_heading_opens_a_run_of_paged_entries_under_a_kind() -> None:
    assert [priority.label for priority in read(ROCHFORD).priorities] == [
        "Supporting the Ageing Population",
        "Fostering Greater Community Cohesion",
        "Strengthening the Third Sector",
        "Increasing Accessibility to Services",
        "Keeping Rochford Safe",
    ]


#: Towards 2021, the Dacorum Sustainable Community Strategy (2008), its contents as the stored
#: transcription gives them
#: (https://readkong.com/page/towards-2021-the-dacorum-sustainable-community-strategy-6089964): the
#: heading glued to the entries, the chapter naming the ambitions printing no page before its first
#: numbered section, the page's text run on after the last entry.
DACORUM = """Contents Welcome from Chair -- Dacorum Partnership 3 Towards 2021 -- A vision for Dacorum 4 \
Towards 2021 -- Our aspirations for Dacorum 4 Dacorum -- A place to be proud of 5 Our cross-cutting \
themes 7 Our ten ambitions 1. Reducing crime and creating a safer Dacorum 8 2. Creating a cleaner and \
healthier environment 9 3. Delivering lifelong Learning 10 4. Encouraging business and local \
employment 11 Transport in Dacorum 18 Jargon buster 20 Partners and organisations 22 This strategy is \
printed on 100% chlorine-free recycled paper obtained from sustainable sources."""


def test_numbered_entries_under_a_paged_run_s_chapter_naming_their_kind_are_its_items() -> None:
    found = read(DACORUM)
    assert [priority.label for priority in found.priorities] == [
        "Reducing crime and creating a safer Dacorum",
        "Creating a cleaner and healthier environment",
        "Delivering lifelong Learning",
        "Encouraging business and local employment",
    ]


#: Lewisham's Children and Young People's Plan 2009, "It's Everybody's Business", its contents as the
#: stored transcription gives them (http://healthdocbox.com/Incest_and_Abuse_Support/120533493-It-s-
#: everybody-s-business-lewisham-children-and-young-people-s-plan.html): the page's number and
#: running header before the heading,
#: the priorities under "Chapter 2 key areas for impact".
LEWISHAM = """2 It s everybody s business Children & young people s plan Contents Foreword 3 Chapter 1 5 \
Introduction 5 Our Vision 6 Our Values 7 Chapter 2 key areas for impact 11 Early Intervention and \
Family Support 11 Raising Aspirations and Closing the Gaps 13 Reducing Child Ppoverty and its Impact 15 \
Strengthening the Positive Influence of Young People 17 Chapter 3 Summary needs analysis 19 The \
Lewisham context 19 Finance and Asset Management 69 Workforce Development 70"""


def test_a_contents_heading_after_the_page_s_running_header_opens_a_run_of_paged_entries() -> None:
    assert [priority.label for priority in read(LEWISHAM).priorities] == [
        "Early Intervention and Family Support",
        "Raising Aspirations and Closing the Gaps",
        "Reducing Child Ppoverty and its Impact",
        "Strengthening the Positive Influence of Young People",
    ]


def test_a_running_header_before_a_contents_heading_leaves_a_run_with_leaders_to_its_reader() -> None:
    with_leaders = "2 Strategy Contents Context... 3 The case... 4 Our Vision... 7 Our Principles... 9"
    assert paged_run_lines([with_leaders]) == {}
    assert contents_run_entries(with_leaders)
