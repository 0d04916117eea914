"""'In the next year we will have:' leads into what the plan will have done: its actions."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import ACTION_LEAD_IN
from tests.loaders.generic.reading import read


def test_what_we_will_have_done_under_an_outcome_are_its_actions() -> None:
    """Derbyshire County Council's Council Plan 2025, its strategic objectives,
    https://derbyshire.gov.uk/council/council-plan/strategic-objectives/strategic-objectives.aspx"""
    text = "\n\n".join(
        [
            "Outcome 1 - Resilient, thriving and green communities which share responsibility for improving "
            "their areas, and supporting each other",
            "In the next year we will have:",
            "  • supported communities through partnership working to protect and enable people of all "
            "ages to live healthier and safer lives\n"
            "  • ensured council leadership in mitigating and adapting to the impacts of climate change, "
            "achieving net zero, and enabling nature recovery",
        ]
    )
    found = read(text)
    assert [o.notation for o in found.outcomes] == ["1"]
    assert [a.label[:30] for a in found.actions] == [
        "supported communities through ",
        "ensured council leadership in ",
    ]


def test_will_have_ends_a_lead_in_only_with_its_colon() -> None:
    assert ACTION_LEAD_IN.match("By March 2026 the Council will have:")
    assert not ACTION_LEAD_IN.match("By March 2026 the Council will have a new plan.")
