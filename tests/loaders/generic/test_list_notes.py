"""A list item noting progress on the item above ("UPDATE March 2019 – …") or saying what a report's
colours mean ("A green arrow means …") is no item (listnotes)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.listnotes import note_kind, progress_note
from tests.loaders.generic.reading import read


def test_update_bullets_between_the_actions_are_no_actions() -> None:
    """Safer Portsmouth Partnership's Young People at risk plan 2018-2020 and its March 2019 updates,
    http://www.saferportsmouth.org.uk/young-people-at-risk-plan-and-updates/ (the heading shortened)."""
    text = "\n".join(
        [
            "Young People at risk",
            "",
            "  • Work with the Police to develop missing and edge of care services- co-location pilot – with "
            "particular focus on victims of child sexual exploitation and child criminal exploitation ",
            "  • UPDATE March 2019 – The new Edge of Care service is now up and running and funded until "
            "March 2020",
            "  • Police will work with partners in Children’s Services and NHS services to ensure children "
            "engaged in serious violence are supported",
            "  • UPDATE March 2019 – Police operations in relation to young people vulnerable to "
            "exploitation and serious violence (Op Skycap and Op Shorebird) further developed relationships "
            "between key partners",
        ]
    )
    found = read(text)
    assert [a.label[:30] for a in found.actions] == [
        "Work with the Police to develo",
        "Police will work with partners",
    ]
    assert found.placed[4] == "progress note"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("UPDATE March 2019 – The new Edge of Care service is now up and running", True),
        ("Progress update: the panel met twice", True),
        ("Update (July 2013): audit completed", True),
        ("Update your cookie preferences to view the video.", False),
        ("Progress against our priorities", False),
        ("Updated guidance for schools on attendance", False),
    ],
)
def test_a_progress_note_is_led_by_update_and_a_date_or_a_colon(text: str, note: bool) -> None:
    assert progress_note(text) is note


def test_a_report_keys_colours_are_no_measures() -> None:
    """Waltham Forest's Corporate Performance Report, Q2 2016/17, its report key,
    https://vdocument.in/waltham-forest-a-a-green-arrow-means-that-performance-has-met-its-target-or-exceeded.html:
    the bullets under "Target" say what the report's arrows mean; the report states no item here."""
    text = "\n\n".join(
        [
            "REPORT KEY",
            "Target",
            "• A green arrow means that performance has met its target or exceeded it.",
            "• An amber arrow indicates that performance has missed its target by up to 5%.",
            "• A red arrow indicates that performance has performance has missed the target by a margin of "
            "more than 5%.",
            "• A black arrow in any direction (,,) means the indicator has no target",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A green arrow means that performance has met its target or exceeded it.", "report key"),
        ("Green indicates that progress is being made as planned", "report key"),
        ("UPDATE March 2019 – The new Edge of Care service is now up and running", "progress note"),
        ("Reduce the number of red days in hospital for children", None),
        ("Green spaces that children can reach on foot", None),
    ],
)
def test_what_a_note_is(text: str, kind: str | None) -> None:
    assert note_kind(text) == kind
