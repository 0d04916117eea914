"""Priorities minutes and news print as bare lines, one a paragraph, after a lead-in that names them
("… priorities are:", "… were confirmed as:") or counts them, on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Bracknell Forest Council, LSCB business minutes 2017,
#: http://democratic.bracknell-forest.gov.uk/mgAi.aspx?ID=63701
BRACKNELL = (
    "Jonathan Picken presented the 2017-18 update to the LSCB Business Plan for 2016-19, including updates "
    "to the LSCB Core Functions and Targeted Priorities for 2017-18.\n\n"
    "Targeted priorities for 17/18 were confirmed as:\n\n\n"
    "Early Help\n\nDisabled children\n\nOnline Safety\n\nDomestic Abuse\n\n"
    "Child Protection arrangements\n\n\n"
    "Arising from discussion, it was noted that:\n\n"
    "  • An evidence base for the priorities had been included to advise the rationale for their inclusion "
    "as targeted priorities.\n"
)

#: Somerset Council's survey on its new Children and Young People's Plan (news, 2024),
#: https://www.burnham-on-sea.com/news/new-survey-opened-by-council-on-new-children-and-young-peoples-plan-for-somerset/
SOMERSET = (
    "Members of Somerset Youth Forum have suggested that the most important priorities are:\n\n"
    "Having a better experience in education\n\nLeading healthier lives\n\n"
    "Help to improve your mental health\n\nLiving in safer communities\n\n"
    "Building better relationships\n\nBeing prepared for adulthood\n\n"
    "The Council encourages all individuals under the age of 25 to share their thoughts on these priories "
    "via the online survey.\n"
)

#: East Riding of Yorkshire Council's new children and families strategy (news, 2025),
#: https://hellorayo.co.uk/hits-radio/east-yorkshire/news/new-children-and-families-five-year-plan-announced
EAST_RIDING = (
    "The Partnership brings together East Riding of Yorkshire Council, NHS Humber and North Yorkshire "
    "Integrated Care Board and Humberside Police. Four priorities have been set for the next five years. "
    "They aim for children and young people in the East Riding to:\n\n"
    "Enjoy good physical, mental and social health and wellbeing\n\n"
    "Be safe in different environments\n\n"
    "Develop the skills and knowledge to achieve their full potential\n\n"
    "Receive the right support, at the right time, in the right place\n\n"
    "Across the East Riding there are around 81,000 children and young people aged 0 to 24.\n"
)

#: Warwickshire County Council's new Children and Young People Strategy (news, 2021),
#: https://www.warwickshire.gov.uk/news/article/2523/warwickshire-county-council-unveils-children-and-young-people-strategy-2021-2030
WARWICKSHIRE = (
    "The priorities of the strategy and Child Friendly Warwickshire have been chosen as critical measures "
    "for success as these are the things young people said were most important to them. In early 2021, "
    "over one thousand young people took part in the Child Friendly Warwickshire survey and their "
    "feedback highlighted the things that would make them feel that they live in a child friendly county. "
    "These are:\n\n"
    "Be heard – have a voice to shape where they live\n\n"
    "Be safe – have secure, safe and stable home lives\n\n"
    "Be healthy - have access to the health services they need\n\n"
    "Be skilled - have the opportunity to enjoy the learning they need - leading to the achievements and "
    "employment they want\n"
)


def test_bare_lines_after_a_lead_in_naming_them_are_all_read() -> None:
    assert [p.label for p in read(BRACKNELL).priorities] == [
        "Early Help",
        "Disabled children",
        "Online Safety",
        "Domestic Abuse",
        "Child Protection arrangements",
    ]


def test_a_lead_in_whose_subject_is_someone_else_still_names_the_lines() -> None:
    labels = [p.label for p in read(SOMERSET).priorities]
    assert labels[0] == "Having a better experience in education"
    assert labels[-1] == "Being prepared for adulthood" and len(labels) == 6


def test_a_paragraph_counting_the_lines_names_them() -> None:
    assert [p.label for p in read(EAST_RIDING).priorities] == [
        "Enjoy good physical, mental and social health and wellbeing",
        "Be safe in different environments",
        "Develop the skills and knowledge to achieve their full potential",
        "Receive the right support, at the right time, in the right place",
    ]


def test_a_count_other_than_the_lines_names_nothing() -> None:
    with pytest.raises(UnknownLayoutError):
        read(EAST_RIDING.replace("Four priorities", "Five priorities"))


def test_wrapped_lines_of_a_paragraph_are_no_run() -> None:
    """Lines run on from the one above are a list only when each is a short title (a PDF's list printed
    line by line); a line longer than that, run on, is a wrapped paragraph's."""
    wrapped = SOMERSET.replace("\n\nLeading healthier lives", "\nLeading healthier lives and eating well too")
    with pytest.raises(UnknownLayoutError):
        read(wrapped)
    titles = SOMERSET.replace("\n\nLeading", "\nLeading").replace("\n\nLiving", "\nLiving")
    assert len(read(titles).priorities) == 6


def test_these_are_points_back_at_a_paragraph_opening_with_the_kind() -> None:
    labels = [p.label for p in read(WARWICKSHIRE).priorities]
    assert labels[:2] == [
        "Be heard – have a voice to shape where they live",
        "Be safe – have secure, safe and stable home lives",
    ]
    assert len(labels) == 4 and labels[-1].startswith("Be skilled - have the opportunity")


def test_these_are_after_a_paragraph_naming_no_kind_names_nothing() -> None:
    with pytest.raises(UnknownLayoutError):
        read(WARWICKSHIRE.replace("The priorities of the strategy", "The survey of the strategy"))


#: Leicestershire County Council, Children and Young People's Executive, 13 May 2011: Sustainable
#: Communities Strategy outcomes framework (a PDF's text, line by line),
#: http://studylib.net/doc/7827673/cyps-exec-13th-may-2011-sustain-comm-strat-outcomes
LEICESTERSHIRE = "\n".join(
    [
        "The Leicestershire Together Sustainable Communities Strategy (SCS) provides",
        "the agreed outcomes framework for public sector organisations working in",
        "Leicestershire. The high level priorities have been agreed as being:",
        "Supporting individuals and families",
        "Enhancing children’s lives",
        "Improving our communities",
        "Delivering effective services",
        "A list of all the priorities and high level outcome is attached as Appendix 1 (SCS",
        "Priorities and Outcomes) and it is now necessary to agree the sub-outcomes to",
    ]
)


def test_short_titles_printed_line_by_line_after_a_lead_in_naming_them_are_read() -> None:
    assert [p.label for p in read(LEICESTERSHIRE).priorities] == [
        "Supporting individuals and families",
        "Enhancing children’s lives",
        "Improving our communities",
        "Delivering effective services",
    ]


def test_lines_printed_line_by_line_longer_than_titles_are_a_paragraph() -> None:
    """Wrapped lines of a paragraph after such a lead-in are no list."""
    longer = "Improving our communities and the neighbourhoods where"
    text = LEICESTERSHIRE.replace("Improving our communities", longer)
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
