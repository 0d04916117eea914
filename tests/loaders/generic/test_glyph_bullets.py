"""A symbol font's bullets copied as the letters that code them ("l A Central Information Hub") are
bullets, and a lead-in saying what is to be created ("Key features include creating:") names
actions. Snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Hartlepool Mail, "Bid to give youngsters better start" (the council's early intervention strategy, 2011),
#: https://www.hartlepoolmail.co.uk/news/bid-to-give-youngsters-better-start-1-4090115
HARTLEPOOL = """\
The new two-year strategy was discussed by the cabinet committee at a recent meeting.

Key features include creating:

l A Central Information Hub

This will be the single point of contact for families to receive advice and guidance or support if needed;

l Early Years Pathway

This will focus on hotspot areas and ensure that every family with a child pre-birth to two years old \
will get specific targeted support;

l Locality Teams

These will provide services for families with children pre-birth to 19 with a focus on improving \
school attendance and poor parenting.
"""


def test_letters_coding_a_symbol_fonts_bullets_mark_the_actions_a_lead_in_names() -> None:
    assert [action.label for action in read(HARTLEPOOL).actions] == [
        "A Central Information Hub",
        "Early Years Pathway",
        "Locality Teams",
    ]


def test_a_letter_opening_one_line_only_is_no_bullet() -> None:
    text = HARTLEPOOL.replace("l Early Years Pathway", "Early Years Pathway").replace(
        "l Locality", "Locality"
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
