"""A line naming a kind but ending in a page number printed apart ("The four key themes- Stronger
communities      38") is a contents entry: it leads in no list, and the entries under it are no items.
The entries printing the count and kind they make ("The four key themes- …", four of them) are the
plan's themes.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from councilkg.errors import LoaderError
from councilkg.loaders.generic.countedprefix import RULE_COUNTED_PREFIX
from tests.loaders.generic.reading import read

#: Torbay Strategic Partnership's Community Plan "Turning the tide for Torbay" 2010-2020 (final draft,
#: November 2006), its contents (http://www.docstoc.com/docs/27762582/Turning-the-tide-for-Torbay-
#: 2010-2020): the pages space-aligned after the entries.
TORBAY = """              Turning the tide for Torbay

               Torbay Community Plan

Foreword by Nick Bye – Chair of Torbay Strategic Partnership                   2
Moving forward from the last Community Plan                                    5
Vision for the Bay – what we want Torbay to become in 10-20 years              7
Top ten for Torbay                                                             8
The four key themes- Pride in the Bay                                          13
The four key themes- Learning and skills for the future                        23
The four key themes- Stronger communities                                      38
The four key themes-The new economy                                            47
Delivering „Turning the tide‟                                                  56
Torbay Strategic Partnership -How we work together                             57
Consultation processes on the plan                                             60
How we will monitor our progress                                               61"""


def test_a_paged_contents_entry_naming_a_kind_leads_in_nothing() -> None:
    """No entry under "The four key themes- Stronger communities" is read as an item it leads in; the
    four entries printing the count they make are the themes (``countedprefix``)."""
    read_ = read(TORBAY)
    assert [(p.label, p.reading.rule if p.reading else None) for p in read_.priorities] == [
        ("Pride in the Bay", RULE_COUNTED_PREFIX),
        ("Learning and skills for the future", RULE_COUNTED_PREFIX),
        ("Stronger communities", RULE_COUNTED_PREFIX),
        ("The new economy", RULE_COUNTED_PREFIX),
    ]
    assert not read_.actions and not read_.indicators and not read_.outcomes


def test_fewer_entries_than_the_count_they_print_are_no_items() -> None:
    """Three entries printing "four": the count is not theirs (a page missing), none is read."""
    three = "\n".join(line for line in TORBAY.split("\n") if "Stronger communities" not in line)
    try:
        priorities = read(three).priorities
    except LoaderError:  # refused: nothing else in the snippet is an item
        priorities = []
    assert RULE_COUNTED_PREFIX not in {p.reading.rule for p in priorities if p.reading}
