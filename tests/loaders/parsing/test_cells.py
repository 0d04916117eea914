"""The cell helpers of the parsing core, on literal snippets of the bundled plans' tricky cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from councilkg.loaders.parsing.cells import cell_items, split_dates, split_fused, split_run_on, strip_bullet


def texts(cell: str) -> list[str]:
    """Return the item texts of a cell."""
    return [item.text for item in cell_items(cell)]


def test_html_list_items_are_bullets() -> None:
    """Lambeth 2007: each ``<li>`` is one bullet, the "•" glyph inside it dropped."""
    cell = (
        '<ul style="list-style-type: none"> <li>• Develop area based youth delivery plan for each town '
        "centre area</li> <li>• Deliver on Youth Strategy year 1 priorities</li> </ul>"
    )
    items = cell_items(cell)
    assert [item.text for item in items] == [
        "Develop area based youth delivery plan for each town centre area",
        "Deliver on Youth Strategy year 1 priorities",
    ]
    assert all(item.bullet for item in items)


def test_paragraph_before_a_list_is_a_continuation_not_a_bullet() -> None:
    """A ``<p>`` opening a cell after a page break continues the previous page's bullet."""
    items = cell_items(
        "<p>attendance in the primary phase to national average or above</p> "
        '<ul style="list-style-type: none"> <li>• Reduce number of permanent exclusions</li> </ul>'
    )
    assert [(item.text, item.bullet) for item in items] == [
        ("attendance in the primary phase to national average or above", False),
        ("Reduce number of permanent exclusions", True),
    ]


def test_paragraph_cells_give_one_item_each() -> None:
    """Dates and owners beside several bullets are printed as one ``<p>`` each."""
    assert texts("<p>March 2008</p> <p>January 2008</p>") == ["March 2008", "January 2008"]
    assert texts("<p>and Standards</p> <p>Divisional Director, Inclusion and Standards</p>") == [
        "and Standards",
        "Divisional Director, Inclusion and Standards",
    ]


def test_symbol_font_bullets() -> None:
    """Private-use Symbol-font bullets (U+F0B7, U+F0A7) split items like "•"."""
    assert texts("\uf0b7 Meet Readiness Criteria \uf0a7 Implement commissioning plan") == [
        "Meet Readiness Criteria",
        "Implement commissioning plan",
    ]
    assert texts("No bullets here") == ["No bullets here"]
    assert texts("") == []


def test_strip_bullet_keeps_negative_numbers() -> None:
    """A hyphen is a bullet marker only before a space: "-6.6" is a number."""
    assert strip_bullet("- Tackling bullying") == (True, "Tackling bullying")
    assert strip_bullet("\uf0b7Implement") == (True, "Implement")
    assert strip_bullet("-6.6") == (False, "-6.6")


def test_fused_bullets_are_split() -> None:
    """Herefordshire: "...locality teamsCommence formal..." and "...for consultationConfirm approach..."."""
    assert split_fused(
        "Publish draft structure for locality teamsCommence formal implementation of new structure"
    ) == [
        "Publish draft structure for locality teams",
        "Commence formal implementation of new structure",
    ]
    assert split_fused("Draft asset management plan for consultationConfirm approach") == [
        "Draft asset management plan for consultation",
        "Confirm approach",
    ]


def test_camel_case_names_and_acronyms_are_not_split() -> None:
    """ContactPoint, McDonald, CAFTAC and "e-Safety" stay whole."""
    for text in [
        "Establish ContactPoint across agencies",
        "Mr McDonald",
        "met through CAFTAC",
        "e-Safety work",
    ]:
        assert split_fused(text) == [text]


def test_run_on_bullets_split_before_action_verbs() -> None:
    """Herefordshire's action cells lost their bullet markers; verbs opening a clause start items."""
    cell = (
        "Publish Targeted Youth Support strategy and action plan Pilot approach to TYS in identified areas "
        "Evaluate the pilot Provide evidence that the needs of children and young people"
    )
    assert split_run_on(cell) == [
        "Publish Targeted Youth Support strategy and action plan",
        "Pilot approach to TYS in identified areas",
        "Evaluate the pilot",
        "Provide evidence that the needs of children and young people",
    ]


def test_run_on_uses_the_number_of_dates_when_verbs_are_ambiguous() -> None:
    """With four dates beside the cell, a verb before a capitalised word may start an item too."""
    cell = (
        "Meet Readiness Criteria Implement commissioning plan for Year 1 and evaluate "
        "Develop commissioning plan for Year 2 Implement commissioning plan for year 2"
    )
    assert len(split_run_on(cell)) == 3  # "Criteria Implement" reads as part of a name
    assert split_run_on(cell, expected=4)[:2] == [
        "Meet Readiness Criteria",
        "Implement commissioning plan for Year 1 and evaluate",
    ]
    assert split_run_on("Implement Family Support roles Implement Parenting Support roles") == [
        "Implement Family Support roles Implement Parenting Support roles"
    ]
    assert split_run_on("Implement Family Support roles Implement Parenting Support roles", expected=2) == [
        "Implement Family Support roles",
        "Implement Parenting Support roles",
    ]


def test_verbs_after_and_or_to_do_not_split() -> None:
    """ "...to Review" and "... and Develop" continue the same item."""
    assert split_run_on("Agree protocols and Develop joint training") == [
        "Agree protocols and Develop joint training"
    ]


def test_dates_in_one_cell() -> None:
    """Every timescale form the bundled plans print, one per bullet."""
    assert split_dates("June 2009 January 2010") == ["June 2009", "January 2010"]
    assert split_dates("March 2009 March 2010 March 2010 March 2011") == [
        "March 2009",
        "March 2010",
        "March 2010",
        "March 2011",
    ]
    assert split_dates("To June 2009 Sept 2009") == ["To June 2009", "Sept 2009"]
    assert split_dates("From June 2009") == ["From June 2009"]
    assert split_dates("March 2008  December 2007") == ["March 2008", "December 2007"]
    assert split_dates("2009-2011") == ["2009-2011"]
    assert split_dates("31st March 2021") == ["31st March 2021"]
    assert split_dates("Ongoing") == ["Ongoing"]


@given(st.text(max_size=300))
def test_cell_helpers_never_raise(text: str) -> None:
    """Any text gives lists of strings from every cell helper."""
    for result in (texts(text), split_fused(text), split_run_on(text, expected=3), split_dates(text)):
        assert all(isinstance(item, str) and item for item in result)
