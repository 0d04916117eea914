"""A listed priority's line wrapped under its text, past its mark (a hanging indent), goes on the item
whatever word it starts with (councilkg/loaders/generic/hangingindent.py): the same plan printed at
another width reads the same items."""

from __future__ import annotations

from councilkg.loaders.generic.hangingindent import wraps_under
from tests.loaders.generic.reading import read

#: Portsmouth City Council, Social, Emotional and Mental Health Strategy: the Trust Plan's priorities,
#: https://www.portsmouth.gov.uk/services/council-and-democracy/policies-and-strategies/social-emotional-and-mental-health-semh-strategy/
#: (each item on one line there): re-wrapped at 80 columns.
PORTSMOUTH_80 = [
    "The full six priorities are:",
    "- Improve physical health – the Physical Health Strategy",
    "- Improve outcomes for children in care and care leavers – the Corporate",
    "  Parenting Strategy",
    "- Improve outcomes for children with Special Educational Needs and Disabilities",
]


def test_a_wrapped_line_hanging_under_the_item_goes_on_it() -> None:
    assert [priority.label for priority in read("\n".join(PORTSMOUTH_80)).priorities] == [
        "Improve physical health – the Physical Health Strategy",
        "Improve outcomes for children in care and care leavers – the Corporate Parenting Strategy",
        "Improve outcomes for children with Special Educational Needs and Disabilities",
    ]


def test_a_capitalised_line_flush_with_the_mark_is_no_wrapped_line() -> None:
    lines = [line.strip() if line.startswith("  ") else line for line in PORTSMOUTH_80]
    assert "Improve outcomes for children in care and care leavers – the Corporate" in [
        priority.label for priority in read("\n".join(lines)).priorities
    ]


def test_a_sentence_of_its_own_under_an_items_title_is_its_description() -> None:
    # West Sussex County Council, news: the Children and Young People's Plan's priorities (2026),
    # https://www.westsussex.gov.uk/news/putting-children-first-west-sussex-launches-partnership-plan-to-keep-children-safe-and-help-them-thrive
    # re-wrapped at 80 columns: the item's description is printed under its title, as a wrapped line is
    item = "5. Supporting children with special educational needs and disabilities (SEND)"
    below = "   Quicker assessments, more inclusive schools, and stronger family support."
    assert not wraps_under(item, below)
    assert wraps_under(item, "   and their families")
