"""A list item noting progress on the item above ("UPDATE March 2019 – …") is no item (progressnotes)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.progressnotes import progress_note
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
