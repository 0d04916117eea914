"""Themes a contents page names alike ("Altogether Wealthier" / "Altogether Healthier" / …, "Safer
Newham" / "Housing Newham" / …): read as the plan's priorities where nothing else read one, never a
body's name or a report's sections named alike.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from councilkg.loaders.generic.parallelthemes import RULE_PARALLEL_THEME, parallel_titles
from tests.loaders.generic.reading import read

#: Durham County Council's Council Plan 2015-2018, its sections as a document-sharing site gives them
#: (https://issuu.com./dccdesignandprint/docs/dcc_council_plan_2015-18): each section's number and
#: page on lines of their own.
DURHAM = """\
2 County Durham 3 • Place 3 • People 4 3 The Council 11

4

Our Vision

15

5

Altogether Wealthier

16

6

Altogether Better for Children and Young People 22

7

Altogether Healthier

28

8

Altogether Safer

36

9

Altogether Greener

44

10

Altogether Better Council

50

11

Glossary

57
"""


def test_titles_opening_with_one_word_on_a_contents_page_are_the_plans_themes() -> None:
    found = read(DURHAM)
    assert [(p.source_line, p.label) for p in found.priorities] == [
        (11, "Altogether Wealthier"),
        (17, "Altogether Better for Children and Young People"),
        (21, "Altogether Healthier"),
        (27, "Altogether Safer"),
        (33, "Altogether Greener"),
    ]  # "Altogether Better Council" names a body, as a chapter on the council would
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_PARALLEL_THEME}


#: Newham's Sustainable Community Strategy for 2010–2030, its contents as a document-sharing site gives
#: them (https://paperzz.com/doc/7090994/sustainable-community-strategy-for-2010%E2%80%932030): the pages
#: printed apart from the entries, in a column of their own.
NEWHAM = """\
Contents
Foreword
3
by Sir Robin Wales, Mayor of Newham
Introduction 6
Living here
7
Safer Newham
Cleaner, Greener Newham
8
10
Building Community
Housing Newham
Active and Connected Newham Building the Future
Young Newham
Ambitious Newham
Healthy Newham
People and place Working together
Measuring our progress
12
13
15
"""


def test_titles_closing_with_the_places_name_are_the_plans_themes() -> None:
    assert [name for _, name in parallel_titles(NEWHAM.splitlines())] == [
        "Safer Newham",
        "Cleaner, Greener Newham",
        "Housing Newham",
        "Young Newham",
        "Ambitious Newham",
        "Healthy Newham",
    ]


#: Harrow's Corporate Plan 2014-15, its contents as a document-sharing site gives them
#: (https://pdfslide.us/documents/harrow-council-rogue-landlords-to-support-local-businesses-we-will-provide.html):
#: the themes' chapters, then the same themes again as the sections of a later chapter.
HARROW = """\
5. Council Vision & Priorities: 2014/15 10

6. Making a difference for the Vulnerable 12

7. Making a difference for Communities 14

8. Making a difference for Local Businesses 16

9. Making a difference for families 18

10. Key Pledges 20

11. Efficient and Effective Organisation 22

13. The Council Beyond 2015: Our Emerging Approach 26

a. Making a difference for the Vulnerable 30

b. Making a difference for Communities 33

c. Making a difference for Local Businesses 36

d. Making a difference for families 38
"""


def test_numbered_titles_named_alike_are_read_once_each() -> None:
    found = read(HARROW)
    assert [(p.source_line, p.label) for p in found.priorities] == [
        (3, "Making a difference for the Vulnerable"),
        (5, "Making a difference for Communities"),
        (7, "Making a difference for Local Businesses"),
        (9, "Making a difference for families"),
    ]


def test_bodies_named_alike_and_titles_sharing_a_common_word_are_no_themes() -> None:
    """Plymouth's Youth Justice Plan 2012-13 names its bodies alike
    (https://cupdf.com/document/new-plymouth-youth-justice-plan-2012-13-2017-2-20-plymouth-youth-justice-plan.html);
    East Riding's Community Plan 2008 update its sections (https://pdfcoke.com/documents/community-plan-2008-update-q6zp942rqg3p),
    the shared word closing them in lower case."""
    plymouth = [
        "1. Plymouth Youth Offending Service Pledge 2",
        "",
        "2. Executive Summary 3",
        "",
        "3. Key Plymouth Crime Information 4",
        "",
        "4. Plymouth Partnership Board 4",
        "",
        "5. Plymouth Youth Offending Team 5",
        "",
        "6. YOT Resources 6",
    ]
    east_riding = [
        "Global challenges and opportunities",
        "11",
        "National challenges and opportunities",
        "14",
        "Local challenges and opportunities",
        "21",
        "Our role in the region",
        "22",
    ]
    assert parallel_titles(plymouth) == [] and parallel_titles(east_riding) == []


def test_a_plan_read_with_priorities_takes_no_themes_named_alike() -> None:
    found = read(f"Our priorities are:\n- Tackling poverty\n- Safer streets\n\n{DURHAM}")
    assert [p.label for p in found.priorities] == ["Tackling poverty", "Safer streets"]


def test_the_word_pages_before_a_titles_pages_is_no_word_the_titles_share() -> None:
    """Sevenoaks District Community Plan Priorities 2019-2023, its contents
    (https://docslib.org/doc/4978015/sevenoaks-district-community-plan-priorities-2019-2023): "Pages 12-15"
    is where each theme is printed, not a name the five share; no three of them share a word."""
    lines = [
        "2 Caring Communities Pages 12-15",
        "",
        "Green Environment Pages 16-19",
        "",
        "Healthy Environment Pages 20-23",
        "",
        "Dynamic Economy Pages 24-27",
        "",
        "Sustainable Economy Pages 28-31",
        "",
        "How to get in contact Page 32",
    ]
    assert parallel_titles(lines) == []
