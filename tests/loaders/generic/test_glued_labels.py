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
