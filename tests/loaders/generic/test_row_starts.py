"""A delimited table's row printed short of the header's cells, followed by the next row's line."""

from __future__ import annotations

from councilkg.loaders.generic.flattables import rebuild_tables
from councilkg.loaders.generic.rowstarts import starts_row
from councilkg.loaders.parsing.columns import classify_header
from councilkg.loaders.parsing.tablefinder import header_columns
from tests.loaders.generic.reading import read

#: Hertfordshire County Council, Children and Young People's Plan, Performance Review 2006/07
#: (Appendix B), https://docsbay.net/doc/277840/children-and-young-people-s-plan-performance-review-2006-07appendix-b
#: (verbatim; its long lines broken with a backslash) — the "travel to school" row printed without
#: its outcome and traffic-light cells, the next row's line ("Reduce teenage pregnancy … / Diagnostic
#: rate … / 371 cases …") filling it up to seven cells, and that row's baseline cell going on on the
#: line under it ("52 cases (Gonorrhoea 2003) / …").
HERTFORDSHIRE = """BEING HEALTHYOutcome / KPI / Baseline / Target 06/07 / Actual 06/07 / Traffic Light / \
Comments
Tackle obesity / Percentage of obese children under 11 / 4.6 % obese
(2002)
15.1% overweight
(2002) / No target set / N/A / N/A / 10,000 Year 6 Herts pupils are due to be measured in Autumn \
2007 to allow future measurement of childhood obesity
Percentage of children consuming 5 portions of fruit and vegetables per day / 98.96% of schools in \
National Fruit Vegetable Scheme / No target set / 381 schools in National Fruit & Vegetable Scheme \
(percentage to be confirmed) / N/A / Measurement of consumption of fruit and vegetables has not been \
possible in 2006/07
Increase in the percentage of 5 to 16 year olds who spend a minimum of 2 hours each week on Physical \
Education (PE) and school sport from 25% in 2002 to 87% in 2009 / 83% / 80% / N/A
(Autumn 2007) / Expected outturn of 80% for Autumn 2007 when PESCCL survey is completed
Percentage of Hertfordshire schools achieving Healthy School Status by 2009 / 0% / 60% / 55% schools \
to achieve Status by July 2007
(+ 14% of schools with old style Healthy School Status) / Good progress reported with LAA target
Percentage of 5 to 16 year olds who travel to school using sustainable modes of transport, including \
“active transport” (cycling, walking) / 56.5% / 58% / 66% / LAA Year 1 target exceeded – survey to \
be re-examined in Year 2
Reduce teenage pregnancy and improve sexual health / Diagnostic rate of new episodes of Sexually \
Transmitted Infections (Sties) among under 16 year olds and 16 to 19 year olds / 371 cases \
(Chlamydia 2003)
52 cases (Gonorrhoea 2003) / No target set / N/A / N/A / No original target set – data has not been \
updated for 2006/07 monitoring
"""


def _rows(text: str) -> list[list[str]]:
    rebuilt = rebuild_tables(text.splitlines(), lambda cells: header_columns(cells, classify_header))
    return [line.split("\t") for line in rebuilt.lines[1:] if line]


def test_a_row_opening_with_a_label_is_a_new_row_not_the_short_row_going_on() -> None:
    rows = _rows(HERTFORDSHIRE)
    travel, teenage = rows[-2], rows[-1]
    assert travel[1].startswith("Percentage of 5 to 16 year olds who travel to school")
    assert travel[-1] == "LAA Year 1 target exceeded – survey to be re-examined in Year 2"
    assert teenage[:2] == [
        "Reduce teenage pregnancy and improve sexual health",
        "Diagnostic rate of new episodes of Sexually Transmitted Infections (Sties) among under 16 year "
        "olds and 16 to 19 year olds",
    ]
    # the new row's baseline cell goes on with the value on the line under it
    assert teenage[2] == "371 cases (Chlamydia 2003) 52 cases (Gonorrhoea 2003)"
    assert len(teenage) == 7


def test_the_new_row_gives_its_indicator_and_no_value_is_read_as_one() -> None:
    extraction = read(HERTFORDSHIRE)
    labels = [indicator.label for indicator in extraction.indicators]
    assert any(label.startswith("Diagnostic rate of new episodes") for label in labels)
    assert not any(label.startswith("52 cases") for label in labels)


def test_a_wrapped_value_a_bracket_a_one_cell_row_or_a_note_and_its_rating_go_on() -> None:
    row = ["Percentage of obese children under 11", "4.6 % obese"]
    assert not starts_row(row, ["(2002) 15.1% overweight", "No target set"])
    # Stockton-on-Tees LSCB review (2017): "Chair / DCS", a cell wrapped onto the next line
    assert not starts_row(
        ["2.", "Continue to develop a self-assessment of Board meetings."], ["Chair", "DCS"]
    )
    assert not starts_row(
        ["Improve joint working and transition across services."], ["Through commissioning", "x"]
    )
    # a progress note's next sentence and the rating after it: two cells, the row going on
    assert not starts_row(
        ["Audit every plan", "March 2011", "Audit started."], ["Further work is planned for May", "Amber"]
    )
