"""Two columns of text printed side by side on the same lines: the column holding the list is read."""

from __future__ import annotations

from councilkg.loaders.generic.sidecolumns import side_by_side
from tests.loaders.generic.reading import read


def _columns(gutter: int, *lines: tuple[str, str]) -> str:
    """Return the text of lines printing ``left`` and, from column ``gutter``, ``right``, as printed."""
    return "".join(
        f"{left:<{gutter}}{right}".rstrip() + "\n" if right else f"{left}\n" for left, right in lines
    )


#: Bournemouth's Performance Review 2019, Ambition 2020 (introduction),
#: https://readkong.com/page/bournemouth-s-performance-review-2019-3079288 — the right column's lead-in
#: and bullets beside the left column's prose, a bullet's text wrapped under it.
BOURNEMOUTH = _columns(
    56,
    ("In the past we have provided annual performance", "The performance and achievements celebrated"),
    ("updates, but this year as we enter a new era with", "over the following pages are presented under"),
    ("the formation of the BCP Council, we wanted", "the headings of Bournemouth’s ‘Ambition 2020’"),
    ("to celebrate and reflect on our journey towards", "priorities:"),
    ("achieving the Council’s Ambition 2020 priorities.", ""),
    ("", "•   Developing the Future of Local Government"),
    ("Bournemouth has continued to be a top", "    in Bournemouth, Christchurch and Poole"),
    ("performing, efficient Council, leading the town to", ""),
    (
        "greater economic prosperity and there have been",
        "•   An Efficient Council, delivering value for money",
    ),
    ("many successes in a very tough financial climate.", "    services"),
    ("", ""),
    (
        "Since 2007 the reductions in council funding have",
        "•   An Active Community, supported to take a lead",
    ),
    ("been significant. We have successfully embedded", "    in their future"),
    ("a programme of efficiencies, achieving cumulative", ""),
    ("savings of £450m against an original target of", "•   An Improving Environment, providing high"),
    ("£326m by 2020 and achieved a balanced budget", "    quality infrastructure for residents, businesses"),
    ("outturn for 11 consecutive years.", "    and visitors while protecting and enhancing the"),
    ("", "    beauty of Bournemouth’s environment"),
)

#: North Somerset Childcare, Learning & Play service plan 2008-2011,
#: http://www.docstoc.com/docs/26453448/CHILDCARE-LEARNING-and-PLAY---SERVICE-PLAN---2008-to-2011 — the
#: right column's heading names priorities; the left's achievements are no items.
NORTH_SOMERSET = _columns(
    66,
    ("Achievements in Previous Year", "Service Priorities for 2008 - 2011"),
    (
        "       Delivery of Phase 2 Children’s Centres are on track",
        "      Ensuring delivery of Extended Schools core offer",
    ),
    ("        with locations identified for each and ratified by", ""),
    ("        elected members.", ""),
)


def test_the_column_holding_the_bullets_is_read_after_its_lead_in() -> None:
    found = read(BOURNEMOUTH)
    assert [p.label for p in found.priorities] == [
        "Developing the Future of Local Government in Bournemouth, Christchurch and Poole",
        "An Efficient Council, delivering value for money services",
        "An Active Community, supported to take a lead in their future",
        "An Improving Environment, providing high quality infrastructure for residents, businesses and "
        "visitors while protecting and enhancing the beauty of Bournemouth\u2019s environment",
    ]
    assert [p.source_line for p in found.priorities] == [6, 9, 12, 15]


def test_the_column_whose_heading_names_a_kind_is_read() -> None:
    lines = side_by_side(NORTH_SOMERSET.splitlines())
    assert [line.strip() for line in lines] == [
        "Service Priorities for 2008 - 2011",
        "Ensuring delivery of Extended Schools core offer",
        "",
        "",
    ]
    assert [p.label for p in read(NORTH_SOMERSET).priorities] == [
        "Ensuring delivery of Extended Schools core offer"
    ]


def test_a_forms_fields_and_a_contents_pages_numbers_are_no_columns() -> None:
    form = [
        "                   Priority Title:                  Improve Health and Safety",
        "",
        "                   Priority Lead:                   Susie Waller",
    ]
    contents = [
        "Council Ambition, Outcomes and Priorities               2",
        "Departmental Overview                                   3",
        "Section One: Council Priorities                         7",
    ]
    assert side_by_side(form) == form and side_by_side(contents) == contents


def test_a_band_whose_columns_both_hold_lists_is_left_as_printed() -> None:
    """Neither column can be told to be the one read: both are left to the outline as printed."""
    lines = _columns(
        48,
        ("Our priorities are:", "Our values are:"),
        ("1. Keep children safe from harm", "•   Integrity in all we do"),
        ("2. Improve school attendance", "•   Working with our partners"),
    ).splitlines()
    assert side_by_side(lines) == lines


def test_a_tables_labels_beside_their_bullets_are_no_running_text() -> None:
    """A priority printed beside its actions is a table's row, read across: its label is not dropped."""
    lines = _columns(
        40,
        ("Keeping children safe", "•   Audit every repeat child protection plan"),
        ("", "•   Recruit permanent social workers"),
        ("Improving school attendance", "•   Fund an attendance officer for each area"),
    ).splitlines()
    assert side_by_side(lines) == lines
