"""Labelled items ("Priority 2: …") whose line breaks the page lost, each mark glued to the word before
it, on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import RULE_LABELLED_RUN, labelled_run
from tests.loaders.generic.reading import read

#: Lewisham's Children and Young People's Plan 2019-22 as an arts network's page quotes the council's
#: website, https://www.leanarts.org.uk/information-advice/children-and-young-peoples-plan-2019-22/
LEWISHAM = (
    "From Lewisham Council’s website:Lewisham is a young borough. Priorities for 2019-2022Our sixth children "
    "and young people’s plan sets out how we will work together to make a difference to the lives of our "
    "children and young people. To do this we have agreed four priorities for the next three years: "
    "Priority 1: Children and young people have the best start in life and are protected from "
    "harmPriority 2: Children and young people have good physical and emotional healthPriority 3: "
    "Children and young people "
    "develop, achieve and are ready for adulthoodPriority 4: Children and young people feel listened to and "
    "respectedWe have a lot to be proud of. A large majority of our youngest children continue to do well in "
    "their early years.\n"
)

#: Bristol's Early Years Outcomes Delivery plan (2009), https://docsbay.net/doc/1116794/
#: eyod-delivery-planning-and-quarterly-monitoring-review-and-reporting-cycle
BRISTOL = "Bristol Local Authority PrioritiesPriority 1: Improve outcomes in the Early Years Foundation Stage"


def test_marks_glued_to_the_word_before_them_part_the_items() -> None:
    found = read(LEWISHAM)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Children and young people have the best start in life and are protected from harm"),
        ("2", "Children and young people have good physical and emotional health"),
        ("3", "Children and young people develop, achieve and are ready for adulthood"),
        ("4", "Children and young people feel listened to and respected"),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_LABELLED_RUN}


def test_a_heading_glued_to_the_first_mark_titles_it() -> None:
    assert labelled_run(BRISTOL) == [
        ("Priority", "1", "Improve outcomes in the Early Years Foundation Stage")
    ]


def test_the_last_item_of_marks_spaced_apart_runs_to_the_line_end() -> None:
    """Only a run whose marks were glued ends its last item at a glued word: spaced marks keep it whole."""
    run = labelled_run("Priority 1: Safe at homePriority 2: Healthy in mind and bodyMore to follow here")
    assert run[-1][2] == "Healthy in mind and body"
    spaced = labelled_run("Priority 1: Safe at home Priority 2: Healthy with McDonald House")
    assert spaced[-1][2] == "Healthy with McDonald House"


#: Islington's Children & Families Prevention and Early Intervention Strategy (2015), its contents page
#: run onto one line (http://docplayer.net/23691627-Giving-children-the-best-start-in-life.html): the
#: appendices' entries run on after the last priority.
ISLINGTON = (
    "Appendix A: How we will achieve our priorities... Priority 1: Improving outcomes from birth to 19 "
    "through good and outstanding universal services Priority 2: Strengthening our support of early help "
    "for vulnerable children and families Priority 3: Supporting our most vulnerable children and young "
    "people to be safe and thrive and to be able to overcome the challenges they face as they grow up "
    "Appendix B: What we mean by Prevention, Early Intervention and Early Help Appendix C: Strategic "
    "Priorities Relevant Extracts"
)


def test_the_last_labelled_item_ends_where_the_contents_back_matter_runs_on() -> None:
    assert [priority.label for priority in read(ISLINGTON).priorities][-1] == (
        "Supporting our most vulnerable children and young people to be safe and thrive and to be able "
        "to overcome the challenges they face as they grow up"
    )


#: Chelmsford Borough Council, "Be Moved: A Strategy for the future of Sports and Arts …, 2012 - 2016",
#: its contents page as the stored page runs it together,
#: https://www.yumpu.com/en/document/view/40845385/be-moved-chelmsford-borough-council/1
CHELMSFORD = (
    "ContentsForewordSetting the Scene<strong>Chelmsford</strong>’s Cultural and Sporting OfferThe "
    "VisionGoal 1 - To promote Health and WellbeingGoal 2 - To build an Olympic and Paralympic "
    "LegacyGoal 3 - To facilitate more community initiatives to enrich societyGoal 4 - To deliver a high "
    "quality and varied programme of art and sportGoal 5 - To ensure our services are right for "
    "you1246711151923Organisational ChartLeisure and Cultural Services believe in having an open and "
    "transparent management structure.\n"
)


def test_labels_glued_on_with_a_spaced_hyphen_and_the_pages_glued_after_the_last() -> None:
    """"Goal 1 - …" parts its title with a spaced hyphen; the last goal ends where the contents' page
    numbers are glued on ("… right for you1246711151923Organisational Chart")."""
    labels = [p.label for p in read(CHELMSFORD).outcomes] + [p.label for p in read(CHELMSFORD).priorities]
    assert labels == [
        "To promote Health and Wellbeing",
        "To build an Olympic and Paralympic Legacy",
        "To facilitate more community initiatives to enrich society",
        "To deliver a high quality and varied programme of art and sport",
        "To ensure our services are right for you",
    ]


#: West Suffolk Strategic Plan 2014-2016 (Forest Heath District Council and St Edmundsbury Borough
#: Council's web page), https://www.westsuffolk.gov.uk/Council/Policies_Strategies_and_Plans/strategicplan.cfm
WEST_SUFFOLK = """Our priorities

Priority 1: Increased opportunities for economic growth Priority 2: Resilient families and communities \
that are healthy and active Priority 3: Homes for our communities

We want to see:


  1. beneficial growth that enhances prosperity and quality of life
  2. existing businesses that are thriving and new businesses brought to the area

We want to see:

  1. a thriving voluntary sector and active communities who take the initiative to help the most vulnerable
  2. people playing a greater role in determining the future of their communities
"""


def test_labelled_items_run_together_under_a_heading_naming_them_are_each_read() -> None:
    """The heading "Our priorities" does not make the line under it one priority: its three labels part
    it; each "We want to see:" leads in outcomes."""
    found = read(WEST_SUFFOLK)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Increased opportunities for economic growth"),
        ("2", "Resilient families and communities that are healthy and active"),
        ("3", "Homes for our communities"),
    ]
    assert [o.label for o in found.outcomes] == [
        "beneficial growth that enhances prosperity and quality of life",
        "existing businesses that are thriving and new businesses brought to the area",
        "a thriving voluntary sector and active communities who take the initiative to help the most "
        "vulnerable",
        "people playing a greater role in determining the future of their communities",
    ]
