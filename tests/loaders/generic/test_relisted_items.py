"""A priority or outcome listed again, with a survey's share beside it or one word put another way, is
the item read before, not a new one (relisted)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.relisted import SeenLabels, known_item, same_item
from tests.loaders.generic.reading import read


def test_outcomes_listed_again_with_other_shares() -> None:
    """Poole's Opinion Panel on the Children and Young People's Plan (spring 2010), its results,
    https://www.poole.gov.uk/council-and-democracy/statistics-data-and-census/consultations/
    past-consultations/poole-opinion-panel/spring-2010-poole-opinion-panel/children-and-young-peoples-
    services/: parents' ranking lists the outcomes the first list named, with other shares; only the
    new ones are new."""
    text = (
        "Respondents felt that out of the 26 outcomes of the Children and Young People's Services Plan, "
        "the 5 most important outcomes were:\n\n"
        "  • achieve to the best of their ability and enjoy learning new things (44%)\n"
        "  • get a good job that earns them a living (41%)\n\n"
        "Parents prioritised the following outcomes:\n\n"
        "  • achieve to the best of their ability and enjoy learning new things (52%)\n"
        "  • feel good about themselves and be emotionally strong (44%)\n"
        "  • get a good job that earns them a living (36%)\n"
    )
    assert [o.label for o in read(text).outcomes] == [
        "achieve to the best of their ability and enjoy learning new things (44%)",
        "get a good job that earns them a living (41%)",
        "feel good about themselves and be emotionally strong (44%)",
    ]


def test_priority_ranked_again_in_other_words() -> None:
    """Shropshire's Sure Start Children's Centres priorities consultation (2014),
    https://getinvolved.shropshire.gov.uk/consultations/sure-start-childrens-centres-priorities: the
    ranking lists the priorities proposed, one of them with "families" for "you"."""
    text = (
        "Sure Start Children's Centres are looking at our priorities for 2014-2015. We think they should "
        "be:\n\n"
        "  • To increase the number of families that use Sure Start Children's Centres\n"
        "  • To involve you more in developing Children's Centre services to meet the needs of those of "
        "your community\n\n"
        "Outcome\n\nYou put our priorities in the following order of  importance to you and your "
        "families:\n\n"
        "  1. To increase the number of families that use Sure Start Children's Centres\n"
        "  2. To involve families more in developing Children's Centre Services to meet the needs of "
        "those of your community\n"
    )
    assert len(read(text).priorities) == 2


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "feel safe where they live and in school (50%)",
            "feel safe where they live and in school (40%)",
            True,
        ),
        ("Improve attainment at key stage 2", "Improve attainment at key stage 4", False),
        (
            "Improve outcomes for children in care so that they achieve well at key stage 2",
            "Improve outcomes for children in care so that they achieve well at key stage 4",
            False,
        ),
    ],
)
def test_same_item(first: str, second: str, same: bool) -> None:
    assert same_item(first, second) is same


def test_the_indexed_labels_find_what_a_scan_of_every_label_finds() -> None:
    """SeenLabels answers known_item as a plain dict scanned item by item does, in the same order,
    after labels are added and removed (Poole's and Shropshire's labels)."""
    long_label = (
        "To involve you more in developing Children's Centre services and deciding what they should offer"
    )
    added = [
        (("outcome", "achieve to the best of their ability and enjoy learning new things (44%)"), "first"),
        (("outcome", "get a good job that earns them a living (41%)"), "second"),
        (("priority", long_label.casefold()), "third"),
        (("outcome", "achieve to the best of their ability, and enjoy learning new things"), "fourth"),
    ]
    plain: dict[tuple[str, str], str] = {}
    indexed: SeenLabels[str] = SeenLabels()
    for key, item in added:
        plain[key], indexed[key] = item, item
    plain.pop(added[1][0], None)
    indexed.pop(added[1][0], None)
    asked = [
        ("outcome", "achieve to the best of their ability and enjoy learning new things (52%)"),
        ("outcome", "get a good job that earns them a living (38%)"),
        ("priority", long_label.replace("you", "families")),
        ("priority", long_label.replace("you", "families").replace("offer", "do")),
        ("outcome", "feel good about themselves"),
    ]
    for kind, label in asked:
        assert known_item(indexed, kind, label) == known_item(plain, kind, label)
    assert [known_item(indexed, kind, label) for kind, label in asked] == ["first", None, "third", None, None]
