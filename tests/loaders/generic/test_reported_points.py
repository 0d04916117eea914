"""Points that report what was ("· The work of the Partnership had been particularly important …",
"Ø Plans were on track …") are a minute's or a review's, no action or priority; and a "we will"
sentence about the plan's own upkeep ("we will therefore monitor the success of our Partnership …")
is no action, nor is a list of key achievements. Snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Redditch Borough Council, Redditch Partnership annual update (committee minutes, 2022),
#: https://moderngovwebpublic.redditchbc.gov.uk/mgAi.aspx?ID=23651
REDDITCH = """\
Minutes:
The following was also highlighted for Members’ consideration:
· The Redditch Sustainable Community Strategy (SCS)was produced by the Redditch Partnership and \
updated every three years. The current Priorities of the SCS were as follows:
Priority One – Health Inequalities
Priority Two – Education attainment, school readiness and raising aspirations of young people.
Priority Three – The economy of Redditch with a focus on providing a larger and more diverse job offer.
Priority Four – Lead on transformational change of services for citizens in Redditch.
· The work of the Redditch Partnership had been particularly important, and its benefits well \
received during the pandemic as it facilitated the coordination of communities in Redditch.
· The Redditch Business Leaders Group was chaired by Simon Hyde, CEO of Faun Zoeller, who was \
passionate about increasing skills within the Borough, particularly for young people.
"""


def test_points_reporting_what_was_under_a_priority_are_no_actions() -> None:
    found = read(REDDITCH)
    assert len(found.priorities) == 4
    assert found.actions == []


def test_a_point_saying_what_will_be_done_under_a_priority_is_still_an_action() -> None:
    found = read(REDDITCH.replace("The work of the Redditch Partnership had been", "Review the work of"))
    assert [action.label.split()[:4] for action in found.actions] == [["Review", "the", "work", "of"]]


#: City of York Council, Service Plan Performance Monitoring Period 1 2007 (Executive Member and
#: Advisory Panel), https://democracy.york.gov.uk/ieIssueDetails.aspx?IId=8520&Opt=3&PlanId=0
YORK = """\
It was noted that the monitoring reports demonstrated particularly encouraging progress against the \
following themes:

·        Integrated Services

Ø      The planned children’s centre development remained on timescale

Ø      Official opening events at the city centre one stop shop had taken place

·        New Provision

Ø      Plans were on track for an additional new Enhanced resource Centre for pupils with Autism

Ø      The planned Danesgate Skill Centre would be operational from late October 2007

·        Organisational Effectiveness
"""


def test_progress_reported_under_listed_themes_is_no_theme() -> None:
    assert [priority.label for priority in read(YORK).priorities] == [
        "Integrated Services",
        "New Provision",
        "Organisational Effectiveness",
    ]


#: North Warwickshire Sustainable Community Strategy 2009-2026, its foreword,
#: https://paperzz.com/doc/6989539/north-warwickshire-sustainable-community-strategy-2009
NORTH_WARWICKSHIRE = """\
Foreword
Raising educational attainment, improving health, and tackling rural access are thus the three
priorities we have decided to focus on as a Partnership. Each is a complex long-term ambition that
is going to require tenacity and commitment in order to make any real difference.
Over the coming years, we will therefore monitor the success of our Partnership through a series of
timetabled, targeted outcomes for each of these three priorities.
"""


def test_a_we_will_sentence_about_the_plans_upkeep_is_no_action() -> None:
    found = read(NORTH_WARWICKSHIRE)
    assert [priority.label for priority in found.priorities] == [
        "Raising educational attainment",
        "improving health",
        "tackling rural access",
    ]
    assert found.actions == []


#: Chesterfield Borough Council, Deputy Leader's progress on the Council Plan, year 2 (minutes, 2017),
#: http://chesterfield.moderngov.co.uk/mgAi.aspx?ID=8324
CHESTERFIELD = """\
To make Chesterfield a thriving borough
73% of key activities under this priority had been completed and this was expected to rise to 93% in \
early 17/18. Key achievements towards this priority included:

·        local labour clauses on 100% eligible developments;

·        £500k skills funding to support 1000 learners;

·        good occupancy at Markham Vale including 400 new jobs;
"""


def test_a_list_of_key_achievements_holds_no_actions() -> None:
    found = read(CHESTERFIELD)
    assert found.actions == []
    # the heading the paragraph calls "this priority" is one (test_headings_named_below.py)
    assert [priority.label for priority in found.priorities] == ["To make Chesterfield a thriving borough"]
