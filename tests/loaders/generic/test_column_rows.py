"""A table whose header is one line of column headings and whose rows print their cells one after
another, each row led by its number, on snippets cut from the wild corpus (``tests/corpus/wild/``:
real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.columnrows import header_cells
from tests.loaders.generic.reading import read

#: South Gloucestershire's Joint Health and Wellbeing Strategy 2017-21, Appendix D – Strategy on a page,
#: https://edocs.southglos.gov.uk/healthandwellbeingstrategy/pages/appendix-d-strategy-on-a-page/
#: (the actions' text shortened).
SOUTH_GLOUCESTERSHIRE = "\n".join(
    [
        "Appendix D – Strategy on a page",
        "",
        "Area for collective action What we want to achieve What we will do",
        "1. Improve educational attainment of children and young people and promote their wellbeing and "
        "aspirations.",
        "",
        "All children and young people in South Gloucestershire will have high aspirations for their "
        "education and future careers and support to achieve them.",
        "",
        "Educational attainment for all South Gloucestershire children will be improved and inequalities in "
        "attainment reduced.",
        "",
        "",
        "  1. Recognise the impact of poverty on educational attainment and commit to plans and strategies "
        "that support families to move out of poverty and sustain wealth.",
        "  2. Commit to continued investment in evidence-based programmes and support services that build "
        "family skills.",
        "  3. Commit to continued investment in evidence-based programmes that promote the physical and",
        "    mental health and wellbeing of children and young people, and minimise the use of drugs, "
        "alcohol",
        "    and tobacco.",
        "2. Promote and enable positive mental health and wellbeing for all.",
        "",
        "All people living in South Gloucestershire are able to enjoy good mental health and emotional "
        "wellbeing.",
        "",
        "  1. Develop a whole system approach to mental health and wellbeing.",
    ]
)

#: Kensington and Chelsea's Council Plan Action Plan 2025 to 2027, Fairer: Our Deliverables,
#: https://www.rbkc.gov.uk/council-councillors-and-democracy/how-council-works/council-plan-action-plan-2025-2027/fairer-our-deliverables:
#: the bullets of "What we will do and when" and "What residents will see" printed as one list.
KENSINGTON = "\n".join(
    [
        "Action What we will do and when What residents will see",
        "",
        "16. Better engagement with local businesses, employers and Council contractors to support the "
        "creation of good jobs and other employment opportunities.",
        "",
        "  • Implement of a proposal to support the ambitions of the Employment and Skills review by Autumn "
        "2025.",
        "  • Develop a multi-strand engagement plan across businesses, employers and with identified "
        "contractors.",
        "  • An increased number of good job opportunities identified and shared with employment support "
        "providers helping residents into work.",
        "",
        "17. New Homes Programme.",
        "",
        "  • Deliver 600 new homes for the borough with a minimum of 300 social rent",
    ]
)


def test_each_run_of_a_rows_items_is_its_columns_cell() -> None:
    """The paragraphs are what the priority is to achieve, the numbered list what will be done for it;
    wrapped lines join their item."""
    found = read(SOUTH_GLOUCESTERSHIRE)
    assert [(p.ref, p.label[:30]) for p in found.priorities] == [
        ("1", "Improve educational attainment"),
        ("2", "Promote and enable positive me"),
    ]
    assert [o.label[:40] for o in found.outcomes] == [
        "All children and young people in South G",
        "Educational attainment for all South Glo",
        "All people living in South Gloucestershi",
    ]
    assert [(a.ref, a.supports) for a in found.actions] == [
        ("1", [found.priorities[0].key]),
        ("2", [found.priorities[0].key]),
        ("3", [found.priorities[0].key]),
        ("1", [found.priorities[1].key]),
    ]
    assert found.actions[2].label.endswith("minimise the use of drugs, alcohol and tobacco.")
    assert len(found.priorities[0].contributes_to) == 2


def test_a_row_whose_runs_do_not_part_into_its_columns_gives_its_first_cell_only() -> None:
    """Which bullets are done and which residents will see is unsaid: they are left unread."""
    found = read(KENSINGTON)
    assert [(a.ref, a.label[:28]) for a in found.actions] == [
        ("16", "Better engagement with local"),
        ("17", "New Homes Programme"),
    ]
    assert not found.priorities and not found.indicators


def test_a_header_naming_no_columns_is_no_table() -> None:
    assert header_cells("Children and young people will have what they need") is None
    assert header_cells("Introduction What this plan is about") is None
    with pytest.raises(UnknownLayoutError):
        read(KENSINGTON.replace("Action What we will do and when What residents will see", "Our news"))


def test_text_after_the_last_rows_cells_is_left_to_the_rest_of_the_plan() -> None:
    """Nothing but the page ends the table: the runs after the last row's cells are the plan's text."""
    text = SOUTH_GLOUCESTERSHIRE + "\n\nWe will:\n• Review the strategy with partners each year"
    found = read(text)
    assert [a.label for a in found.actions][-2:] == [
        "Develop a whole system approach to mental health and wellbeing.",
        "Review the strategy with partners each year",
    ]
    assert (
        found.actions[-1].reading is not None
        and found.actions[-1].reading.rule == "list item after an action lead-in"
    )


def test_a_last_row_running_into_many_paragraphs_gives_its_first_cell_only() -> None:
    """Thirteen paragraphs after the last row are more than a cell holds: the plan's text after the
    table, not the row's outcomes."""
    lines = SOUTH_GLOUCESTERSHIRE.replace(" What we will do", "").splitlines()[:4]
    text = "\n".join([*lines, *[f"\nParagraph {word} of the report's text." for word in "abcdefghijklm"]])
    found = read(text)
    assert [p.ref for p in found.priorities] == ["1"]
    assert not found.outcomes and not found.actions
