"""Items a minute takes one at a time, named before a dash and what the meeting said of them ("a)  Repeat
incidents of domestic violence – It was suggested that …"), on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.minuteitems import minute_item
from tests.loaders.generic.reading import read

#: London Borough of Barking and Dagenham, Cabinet 23/06/2015, Corporate Delivery Plan 2014/15 -
#: Quarter 4 Update, https://modgov.lbbd.gov.uk/internet/ieIssueDetails.aspx?IId=47580&Opt=3&PlanId=0
BARKING = (
    "The Chief Finance Officer introduced the 2014/15 end of year report in respect of the priority projects "
    "and performance indicators agreed as part of the Corporate Delivery Plan.\n"
    "\n"
    "Arising from the discussions, the following issues were highlighted:\n"
    "\n"
    "a)  Repeat incidents of domestic violence – It was suggested that the 2014/15 target of ‘not more than "
    "28%’ was not particularly challenging and should be reviewed.\n"
    "\n"
    "b)  Londoneast-uk Project – The Cabinet Member for Regeneration gave an update on the latest "
    "developments regarding the former Sanofi site.\n"
)

#: London Borough of Haringey, Corporate Parenting Advisory Committee minutes (2011),
#: https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=28482
HARINGEY = (
    "Performance Management : children and families\n"
    "\n"
    " Item 3 – Foster Care Recruitment   - The Committee recommended that  the background to the  foster "
    "carer that was recruited be added ie if they were family or friend.\n"
    "\n"
    " Item 6  - Percentage of referrals to children’s social  care going onto initial assessment  - Agreed "
    "that  the correct  figure  for  August 2010/11  be distributed to the Committee.\n"
)

#: Lincolnshire County Council, Children and Young People Scrutiny Committee minutes, Performance -
#: Quarter 4 2018/19, https://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=12999
LINCOLNSHIRE = (
    "Consideration was given to a report which provided key performance information for Quarter 4.\n"
    "\n"
    "During discussion, the Committee raised the following comments:-\n"
    "\n"
    "·         Achievement of the thresholds in English and Maths – The Committee was advised that the "
    "target was set to be in line with the national average.\n"
    "\n"
    "·         Page 97 – Juvenile first time offenders – One member made a request for up to date "
    "information.\n"
)

#: Solihull Council, minutes on the Children's Social Care Plan (2023),
#: https://eservices.solihull.gov.uk/mgInternet/mgAi.aspx?ID=47395
SOLIHULL = (
    "The questions from the Board were as follows:\n"
    "\n"
    "·  Kate Goode – Is there a commitment from partner agencies to the plan?\n"
    "\n"
    "o  DCS – The results of the OFSTED inspection and the following Children’s Social Care Plan were all "
    "within our gift.\n"
)


def test_a_performance_minutes_items_are_its_measures_and_a_project_an_action() -> None:
    extraction = read(BARKING)
    assert [i.label for i in extraction.indicators] == ["Repeat incidents of domestic violence"]
    assert [a.label for a in extraction.actions] == ["Londoneast-uk Project"]


def test_the_item_number_before_the_name_is_its_ref() -> None:
    assert [(i.ref, i.label) for i in read(HARINGEY).indicators] == [
        ("Item 3", "Foster Care Recruitment"),
        ("Item 6", "Percentage of referrals to children’s social care going onto initial assessment"),
    ]


def test_bulleted_comments_name_the_measures_and_a_page_is_no_part_of_the_name() -> None:
    assert [i.label for i in read(LINCOLNSHIRE).indicators] == [
        "Achievement of the thresholds in English and Maths",
        "Juvenile first time offenders",
    ]


def test_a_question_put_by_a_member_and_an_answer_name_no_item() -> None:
    with pytest.raises(UnknownLayoutError):
        read(SOLIHULL)


def test_without_performance_reported_a_name_is_left_alone() -> None:
    line = "Repeat incidents of domestic violence – It was suggested that the target be reviewed."
    assert minute_item(line, False) is None
    assert minute_item("Cllr Jane Smith – The Committee thanked her.", True) is None
