"""An item that goes on to list its own parts ("…, including:") over bullets indented under it: the
parts are not items of the list, on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: West Sussex County Council, SEND and AP improvement plan (2023), "Mainstream and universal provision",
#: https://www.westsussex.gov.uk/education-children-and-families/special-educational-needs-and-disability-send/support-and-advice/send-improvement-plan/
WEST_SUSSEX = "\n".join(
    [
        "We want to:",
        "",
        "  • continue to improve the quality of the assess, plan, do and review (APDR) process within the "
        "'graduated approach' for children and young people (CYP) receiving SEN support, including:",
        "    • timely and accurate identification of need",
        "    • appropriate involvement of external agencies",
        "  • continue to improve access to health assessments for CYP aged 0-25",
        "  • evaluate and further develop the short breaks offer",
    ]
)


def test_the_parts_an_item_lists_are_placed_under_it() -> None:
    extraction = read(WEST_SUSSEX)
    assert [(a.source_line, a.label[:40]) for a in extraction.actions] == [
        (3, "continue to improve the quality of the a"),
        (6, "continue to improve access to health ass"),
        (7, "evaluate and further develop the short b"),
    ]
    assert extraction.placed[4] == extraction.placed[5] == "part of the item above"


def test_bullets_indented_under_an_item_that_lists_nothing_are_items() -> None:
    """Indented bullets under an item that does not say it lists its parts are the list's own."""
    text = WEST_SUSSEX.replace(", including:", ".")
    assert [a.source_line for a in read(text).actions] == [3, 4, 5, 6, 7]
