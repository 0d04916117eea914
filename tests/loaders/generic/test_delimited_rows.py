"""Delimited tables (" / " between cells) whose header and rows the text breaks over lines."""

from __future__ import annotations

from councilkg.loaders.generic.contents import is_contents_entry
from councilkg.loaders.generic.flattables import rebuild_tables
from councilkg.loaders.parsing.columns import ColumnRole, classify_header, map_columns
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.loaders.generic.reading import read

#: Stockton-on-Tees LSCB review, initial progress update, Appendix 1 (2017),
#: https://docsbay.net/initial-progress-update-review-of-stockton-local-safeguarding-children-board-appendix-1
#: — the header goes on over two lines ("… Committee" | "Dec 2017 / …" | "1 - 4"), a row's progress
#: cell over the lines under it, and "Chair / DCS" prints the delimiter inside a cell.
STOCKTON = """No. / Recommendation / Responsibility / Date / Progresspresented to Committee
Dec 2017 / Assessment of progress Categories
1 - 4
1. / Participate and initiate discussion where necessary with other Tees Boards about the response to \
the Wood review. / Chair / DCS / To be confirmed in Children and Social Work Act / Stockton and Hartlepool \
Boards have agreed to develop a joint approach.
LSCB Chair written to the Chief Executives of the safeguarding partners outlining plans to move forward.
Seeking to be an early adopter of new arrangements by September 2018 / 2
2. / Continue to develop a self-assessment and review format of Board and sub group meetings. / Chair / \
DCS / April 2017 / Executive has been established and now driving the agenda for the Board.
Joint targeted Area Inspection process will make some observations about the LSCB / 2
3. / Continue to identify ways to encourage all partner agencies to play a more active role in \
discussions, including varying the format of meetings. / Chair / DCS / March 2017 / Chair undertaking \
annual appraisals of Board members contributions / 2
"""

#: Rotherham Youth Offending Services improvement action plan (2013),
#: https://docsbay.net/rotherham-metropolitan-borough-council-children-and-young-people-s-services
#: — the header's "Planned" | "Completion Date" cell broken at the line's end, its last line ending
#: with the delimiter; a row's progress note over the lines under it; "(1b)" the action cell's next item.
ROTHERHAM = """Ref No / AREA REQUIRING IMPROVEMENT (Recommendations) / Action Required / Planned
Completion Date / Lead Officer / Agency / Progress against agreed action and impact monitoring /
1 / Timeliness of initial assessments (ASSET – Youth Justice Board Assessment Tool). / (1a) Raise \
performance from 78% (inspection findings) to 98% completion of ASSET. / March 2013 / Operations \
Managers (SF), (CD) / Action completed.
The current target of 98% needs to be reviewed and redefined.
Update (July 2013)
(1b) Weekly information system reports to managers detailing ASSET due times.
"""


def _header(cells: list[str]) -> object:
    return header_columns(cells, classify_header)


def test_a_header_going_on_over_lines_up_to_the_first_ref_led_row() -> None:
    lines = ROTHERHAM.splitlines()
    rebuilt = rebuild_tables(lines, _header)  # type: ignore[arg-type]
    assert rebuilt.lines[0].split("\t") == [
        "Ref No",
        "AREA REQUIRING IMPROVEMENT (Recommendations)",
        "Action Required",
        "Planned Completion Date",
        "Lead Officer",
        "Agency",
        "Progress against agreed action and impact monitoring",
    ]
    assert rebuilt.lines[1] == "" and rebuilt.lines[2].startswith("1\tTimeliness")
    assert rebuilt.tables[0].end_line == 5  # "(1b) …" is left to the outline, its column unknown


def test_a_ref_led_rows_lines_go_on_with_it_and_a_recommendation_labels_its_action() -> None:
    found = read(STOCKTON)
    assert [(a.ref, a.label[:40]) for a in found.actions] == [
        ("1.", "Participate and initiate discussion wher"),
        ("2.", "Continue to develop a self-assessment an"),
        ("3.", "Continue to identify ways to encourage a"),
    ]


def test_an_action_plans_progress_column_is_no_risk_score() -> None:
    found = read(ROTHERHAM)
    assert not found.risks
    assert found.actions[0].label.startswith("(1a) Raise performance from 78%")


def test_header_words_of_recommendations_and_progress() -> None:
    columns = map_columns(
        ["Recommendation", "Responsibility", "Progress against agreed action and impact monitoring"]
    )
    assert [column.role for column in columns.columns] == [
        ColumnRole.DESCRIPTION,
        ColumnRole.RESPONSIBLE,
        ColumnRole.PROGRESS,
    ]


def test_a_delimited_row_of_many_cells_ending_in_a_number_is_no_contents_entry() -> None:
    assert is_contents_entry("1.  / Participating in the planning of services – Executive Group / 8")
    assert not is_contents_entry(
        "3. / Continue to identify ways … / Chair / DCS / March 2017 / Chair undertaking appraisals / 2"
    )


def test_an_area_requiring_improvement_is_the_priority_its_actions_serve() -> None:
    found = read(ROTHERHAM)
    assert [p.label for p in found.priorities] == [
        "Timeliness of initial assessments (ASSET – Youth Justice Board Assessment Tool)."
    ]
    assert found.actions[0].supports == [found.priorities[0].key]


def test_rows_led_by_numbered_refs_under_a_ref_led_row_are_rows_of_their_own() -> None:
    """A theme's row "1 / …" and its actions' rows "1.1 / …" are rows each, not one row's lines."""
    text = "\n".join(
        [
            "No. / Action / Responsible officer / By when",
            "1 / Improve the timeliness of assessments / Head of Service / March 2013",
            "1.1 / Weekly reports to managers on assessments due / Performance Manager / January 2013",
            "1.2 / Audit a sample of assessments each month / Head of Service / April 2013",
        ]
    )
    assert [a.ref for a in read(text).actions] == ["1", "1.1", "1.2"]


#: Gateshead Council, Youth Justice Strategic Plan, Section 7 - Service business and improvement plan
#: (https://gateshead.gov.uk/article/22272/Section-7-Service-business-and-improvement-plan): a "|" table
#: with no rule under its header, whose last header cell names three things with " / " between them.
GATESHEAD_2020 = """Priority 1
Ensure our young people are children first and offenders second
Actions | Who | Time / Measure / Milestones of Success |
Increase our consultation through exit interviews with young people to understand their experiences of \
our service and implement changes when identified | Youth Engagement Officers, Youth Justice Service | \
Monitored at each performance subgroup (bi-monthly), findings of this will be reported to the YJS board |
Ensure the "Voice of the Child" is at the heart of our assessments and interventions | Youth Justice Case \
Managers | Assessments / intervention will be quality assured and audited. Feedback through the monthly \
performance clinic and monthly, supervision, HMIP |
Implement Divert from Charge alongside Northumbria Police | Police and Crown Prosecution Service | 6-month \
pilot, performance to be monitored regular reviews and overall findings at the end of the pilot will \
inform future delivery |
"""


def test_a_slash_in_a_header_cell_is_no_word_of_it() -> None:
    """The "|" header is the table's, its last cell three names parted by slashes (no sentence of seven
    words): each row is an action, not the three rows run into one of a " / " table."""
    extraction = read(GATESHEAD_2020)
    assert [action.label for action in extraction.actions] == [
        "Increase our consultation through exit interviews with young people to understand their "
        "experiences of our service and implement changes when identified",
        'Ensure the "Voice of the Child" is at the heart of our assessments and interventions',
        "Implement Divert from Charge alongside Northumbria Police",
    ]
    assert extraction.actions[0].owners[0].name.startswith("Youth Engagement Officers")
