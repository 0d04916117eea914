"""A news story's sentence naming a plan's items after their kind: "These themes include: A; B; …",
"its four key priority areas: A, B, C, and D, E." (commas after the closing ", and" inside the last
item), "the following themes: A, B, and a Greener C."; snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import between_commas, named_in_sentence
from tests.loaders.generic.reading import read

#: Ludlow Advertiser, 2019, on Ludlow Town Council's community-led plan,
#: https://www.ludlowadvertiser.co.uk/news/17433176.people-responding-to-town-plan/
LUDLOW = (
    "These themes include: Young People; Older and Vulnerable People; Transport, Parking and Road Safety; "
    "Employment and Economic Development; Retail and the Market; Environment (including litter and open "
    "spaces); Tourism; Crime and Safety.\n"
)
#: Three Rivers District Council, "Council unveils ambitious new 12 month action plan" (2021),
#: https://www.threerivers.gov.uk/news/council-unveils-new-12-month-action-plan
THREE_RIVERS = (
    "The action plan for 2021-22 will help the council deliver its objectives in its four key priority "
    "areas: Sustainable Environment, Successful Economy, Housing and Thriving Communities, and High "
    "Performing, Financially Independent Council.\n"
)
#: Trowbridge Town Council, "Trowbridge Town Council to review current strategy" (2021),
#: https://trowbridge.gov.uk/trowbridge-town-council-to-review-current-strategy/
TROWBRIDGE = """\
At the Policy and Resources Committee meeting held on the 5th September, it was resolved that the \
council will undertake a review of the 2021-2025 Strategy. The Strategy was based upon the following \
themes: A More Active Trowbridge, A More Vibrant Trowbridge, and a Greener Trowbridge.

The Council will identify those actions which the council are aiming to progress significantly by \
2025, and identify those which are deferred to post-2025.
"""


def test_themes_a_sentence_says_it_includes_are_read_between_semicolons() -> None:
    found = read(LUDLOW)
    assert [priority.label for priority in found.priorities] == [
        "Young People",
        "Older and Vulnerable People",
        "Transport, Parking and Road Safety",
        "Employment and Economic Development",
        "Retail and the Market",
        "Environment (including litter and open spaces)",
        "Tourism",
        "Crime and Safety",
    ]


def test_themes_a_sentence_merely_mentions_are_not_named() -> None:
    assert named_in_sentence("These themes include work with schools; the police; and health.") is None


def test_commas_after_the_closing_and_are_inside_the_last_item() -> None:
    found = read(THREE_RIVERS)
    assert [priority.label for priority in found.priorities] == [
        "Sustainable Environment",
        "Successful Economy",
        "Housing and Thriving Communities",
        "High Performing, Financially Independent Council",
    ]


def test_the_count_still_decides_where_the_closing_and_stands() -> None:
    """Five counted: the piece after ", and" is the fourth, so the list does not hold five."""
    assert between_commas("A, B, C, and D, E", 5) == []
    assert between_commas("A, B, C, and D, E", 4) == ["A", "B", "C", "D, E"]


def test_the_following_themes_are_read_and_sorting_the_plans_actions_is_no_action() -> None:
    found = read(TROWBRIDGE)
    assert [priority.label for priority in found.priorities] == [
        "A More Active Trowbridge",
        "A More Vibrant Trowbridge",
        "a Greener Trowbridge",
    ]
    assert found.actions == []
