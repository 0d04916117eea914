"""A table whose cells the text glued together, read by a header naming the kind of a column.

The snippets are cut from the wild corpus (``tests/corpus/wild/``): the London Borough of Bexley's
Corporate Plan action delivery plan, 2022
(https://www.bexley.gov.uk/about-council/council-plans-and-policies/corporate-plan-2022-2026/action-delivery-plan),
and its Annual performance report, Our activity in 2024/25
(https://www.bexley.gov.uk/discover-bexley/bexley-data-hub/council-performance-indicators/annual-performance-report/our-activity-202425).
"""

from __future__ import annotations

from councilkg.loaders.generic.gluedcells import RULE_GLUED_CELLS, glued_rows
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.tablekinds import classifier, known_cells
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.loaders.generic.reading import read

ACTIVITIES = "\n".join(
    [
        "Action delivery plan",
        "",
        "We have created an action plan to make sure all mission and priorities are delivered.",
        "",
        "Adult Social Care & Health Directorate action delivery plan",
        "ActivityCabinet MemberEnd date",
        "To continue to work with trusted providers to deliver Care Act assessments in"
        " the communityAdults’ Services & HealthOctober 2023",
        "Implement care finder 'app' to make it easier for residents to get the support"
        " they needAdults’ Services & HealthJune 2023",
        "Improve and promote personalisation in residential and nursing careAdults’ Services & HealthTBC",
        "Refresh our Obesity Strategy and action plan to improve the health of Bexley"
        " residentsAdults’ Services & Health2025",
        "Review our Prevention Strategy to stop issues and challenges escalatingAdults’"
        " Services & HealthQ4 2024 to 2025",
        "",
    ]
)

REFERENCED = "\n".join(
    [
        "Adult social care and health directorate corporate plan action delivery plan",
        "",
        "ReferenceActivityRAG Year End 24/25",
        "5Implement requirements from Adult Social Care Reform White PaperComplete",
        "13Review our Prevention Strategy (now contained within the Bexley Health &"
        " Wellbeing Strategy and the Integrate Plan)Complete",
        "5.1Prepare for new CQC inspection framework, informed by pilotsGreen",
        "6Further development of the Care at Home offer which offers care and support in"
        " a way that is personalised to the individualAmber",
        "",
    ]
)


def _header(cells: list[str]) -> object:
    profile = Profile()
    return header_columns(cells, classifier(profile), known_cells(profile), profile.builtin_columns)


def test_a_glued_header_naming_activities_reads_its_rows_as_actions() -> None:
    """ "Activity" names the first column's kind; each row parts at its glue into three cells."""
    actions = read(ACTIVITIES).actions
    assert [a.label for a in actions] == [
        "To continue to work with trusted providers to deliver Care Act assessments in the community",
        "Implement care finder 'app' to make it easier for residents to get the support they need",
        "Improve and promote personalisation in residential and nursing care",
        "Refresh our Obesity Strategy and action plan to improve the health of Bexley residents",
        "Review our Prevention Strategy to stop issues and challenges escalating",
    ]
    assert {a.reading.rule for a in actions if a.reading} == {RULE_GLUED_CELLS}


def test_a_reference_column_takes_the_digits_glued_to_each_row() -> None:
    actions = read(REFERENCED).actions
    assert [(a.ref, a.label[:30]) for a in actions] == [
        ("5", "Implement requirements from Ad"),
        ("13", "Review our Prevention Strategy"),
        ("5.1", "Prepare for new CQC inspection"),
        ("6", "Further development of the Car"),
    ]


def test_a_glued_header_naming_no_kind_of_item_is_no_table() -> None:
    """ "Cabinet MemberEnd date" names an owner and a date, but no column of items."""
    lines = ["Cabinet MemberEnd date", "Adults’ ServicesOctober 2023", "Adults’ ServicesJune 2023"]
    assert glued_rows(lines, _header) == {}


def test_one_row_under_a_glued_header_is_no_table() -> None:
    lines = ["ActivityCabinet MemberEnd date", "Review our strategyAdults’ ServicesMarch 2024", "Next steps"]
    assert glued_rows(lines, _header) == {}
