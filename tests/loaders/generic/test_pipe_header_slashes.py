"""A "|" table whose header cell holds slashes of its own ("Time / Measure / Milestones of Success"),
on a snippet cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages
give the text)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Gateshead's Youth Justice Strategic Plan 2020, section 7, Priority 1
#: (https://gateshead.gov.uk/article/22272/Section-7-Service-business-and-improvement-plan): a web
#: page's table, one row a line, its cells parted by "|".
GATESHEAD = "\n".join(
    [
        "Priority 1",
        "Ensure our young people are children first and offenders second",
        "Actions | Who | Time / Measure / Milestones of Success |",
        "Increase our consultation through exit interviews with young people to understand their experiences "
        "of our service and implement changes when identified | Youth Engagement Officers, Youth Justice "
        "Service | Monitored at each performance subgroup (bi-monthly), findings of this will be reported to "
        "the YJS board |",
        'Ensure the "Voice of the Child" is at the heart of our assessments and interventions | Youth '
        "Justice Case Managers | Assessments / intervention will be quality assured and audited. Feedback "
        "through the monthly performance clinic and monthly, supervision, HMIP |",
        "Implement Divert from Charge alongside Northumbria Police | Police and Crown Prosecution Service | "
        "6-month pilot, performance to be monitored regular reviews and overall findings at the end of the "
        "pilot will inform future delivery |",
    ]
)


def test_a_header_cells_slashes_part_no_columns_of_a_pipe_table() -> None:
    """The header is parted at its "|"s (the slashes are words of one cell, not counted as words), so
    each row is one action: not the rows run together and parted at the slashes in their cells."""
    found = read(GATESHEAD)
    assert [(a.label[:40], a.source_line) for a in found.actions] == [
        ("Increase our consultation through exit i", 4),
        ('Ensure the "Voice of the Child" is at th', 5),
        ("Implement Divert from Charge alongside N", 6),
    ]
    assert all("|" not in action.label for action in found.actions)
