"""Rows whose last delimited cell is a rating ("… / 3"), not a contents page's page number.

The snippet is cut from the wild corpus (``tests/corpus/wild/``): Stockton-on-Tees's Thematic
Summaries, Quarter 1 2015/16, Children and Young People
(https://docest.com/doc/18084/green-ontarget-amber-withintolerance-red-offtarget).
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import coded_row
from councilkg.loaders.generic.ratedcells import numbered_cell_rows
from tests.loaders.generic.reading import read

STOCKTON = """CHILDRENANDYOUNG PEOPLE

Under thisthemethe followingindicatorsareincludedinthe corporatebasket:

Target

CYP100:Uptake of free earlyeducation/childcareplaces / 1
Green
CYP101:Proportionof children agedunder5 in eachChildren's Centrereach arearegistered with thecentre / 3
Red
CYP200ai.: Progress of SpecialEducationalNeedsPupilsatKS2Reading / 4
DataNot
Available
CYP200aii.: Progressof Special EducationalNeedsPupilsatKS2Writing / 4
DataNot
Available
CYP203a:Number of schoolsjudgedtobegoodor outstanding-primary / 1
Green
CYP203b:Number of schoolsjudgedtobegoodor outstanding-secondary / 3
Red
CYP300:Proportionofassessmentscompletedin45days / 1
Green
"""


def test_rows_whose_numbers_go_back_are_a_table_not_a_contents_page() -> None:
    """Page numbers never go back; these go back twice (4 to 1, 3 to 1): ratings in a table's cell."""
    rows = numbered_cell_rows(STOCKTON.split("\n"))
    assert rows[7] == "CYP100:Uptake of free earlyeducation/childcareplaces"
    assert len(rows) == 7
    assert [(i.ref, i.label[:22]) for i in read(STOCKTON).indicators] == [
        ("CYP100", "Uptake of free earlyed"),
        ("CYP101", "Proportionof children "),
        ("CYP200ai", "Progress of SpecialEdu"),
        ("CYP200aii", "Progressof Special Edu"),
        ("CYP203a", "Number of schoolsjudge"),
        ("CYP203b", "Number of schoolsjudge"),
        ("CYP300", "Proportionofassessment"),
    ]


def test_page_numbers_going_back_once_may_be_a_second_contents_page() -> None:
    assert numbered_cell_rows(["Foreword / 3", "Our Priorities / 5", "Safe / 1", "Healthy / 2"]) == {}


def test_a_code_takes_a_roman_sub_number_but_no_ordinal() -> None:
    """ "CYP200aiii" is one code; "JULY 12th" is a date, not the code "JULY 12"."""
    found = coded_row("CYP200aiii.:Progressof Special EducationalNeedsPupilsatKS2 Maths")
    assert found is not None and found.group("ref") == "CYP200aiii"
    assert coded_row("JULY 12th – The Board met") is None
