"""Contents pages printing no pages: the entries after one naming a kind are its items, up to an entry
heading narrative or another part of the plan. Snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Shropshire Council's Corporate Plan 2016/2017 (draft), its contents page,
#: https://dokumen.tips/documents/corporate-plan-shropshire-council-shropshire-council-corporate-plan-20162017.html
SHROPSHIRE = "\n\n".join(
    [
        "Contents",
        "Where we are",
        "Our challenges",
        "Linking our strategies",
        "What we want to achieve with you",
        "Vision",
        "Mission",
        "Values",
        "High-level outcomes",
        "Healthy people",
        "Prosperous economy",
        "Resilient communities",
        "Where we start: Our strategic action plans for the next 12 to 18+ months",
        "References",
        "1",
        "Shropshire is afantastic placein which to live,work and visit...",
    ]
)

#: Suffolk County Council's Our Priorities 2017-21, its contents page (pages printed apart, below),
#: https://vdocuments.net/our-priorities-2017-21-suffolk-county-council-our-priorities-2017-21i-am.html
SUFFOLK = "\n\n".join(
    [
        "CONTENTS",
        "Foreword",
        "Facts and Figures",
        "Context",
        "Our Priorities",
        "Inclusive Growth",
        "Health, Care and Wellbeing",
        "Efficient and Effective Public Services",
        "Our Finances",
        "Our People",
        "But the story doesn’t finish there…",
        "We Are Listening",
        "3",
        "4",
        "6",
    ]
)


def test_the_entries_after_one_naming_outcomes_are_outcomes_up_to_a_narrative_heading() -> None:
    assert [o.label for o in read(SHROPSHIRE).outcomes] == [
        "Healthy people",
        "Prosperous economy",
        "Resilient communities",
    ]


def test_an_entry_opening_like_the_one_naming_the_kind_is_its_sibling_and_ends_the_items() -> None:
    """ "Our Priorities" … "Our Finances": the items are the entries between them."""
    assert [p.label for p in read(SUFFOLK).priorities] == [
        "Inclusive Growth",
        "Health, Care and Wellbeing",
        "Efficient and Effective Public Services",
    ]


def test_entries_printing_page_ranges_are_no_unpaged_contents() -> None:
    """Lambeth's contents prints "4-5", "29-32" after its entries: pages, so none is taken unpaged.
    (Lambeth Children and Young People's Service Improvement Plan 2010-13,
    https://yumpu.com/en/document/view/24774332/children-and-young-peoples-service-cyps-lambeth-council)"""
    text = "\n\n".join(
        [
            "Contents<br />",
            "Foreword by the Cabinet Member and Executive Director of Children and Young<br />",
            "People’s Service<br />",
            "3<br />",
            "1. Children and Young People’s Service Strategic Objectives 4-5<br />",
            "2. Children and Young People’s Service Outcomes and Priorities 6<br />",
            "3. The Lambeth Context 7<br />",
            "4. How the Plan was Developed 8-10<br />",
            "5. Our Key Achievements in 2009/10 11-14<br />",
            "Appendices 15<br />",
            "A Children and Young People’s Service Organisational Structure 16-22<br />",
            "B Delivering the Lambeth Council’s Priorities in 2010-13 23-28<br />",
            "C. Managing our Performance 2010-13 29-32<br />",
            "D. Children and Young People’s Service Resources 33-38<br />",
            "E. Risk Management 39-40<br />",
            "F. Children and Young People’s Service Equalities Impact Assessment 41-58<br />",
        ]
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
