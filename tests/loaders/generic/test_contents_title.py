"""A contents page's title naming a kind ("Our priorities"), centred over its entries with no page of
its own: the paged entries under it are the plan's items.

The snippet is cut from the wild corpus (``tests/corpus/wild/``): West Sussex County Council's Reset
Plan 2021-2025, version 1
(https://www.readkong.com/page/reset-plan-2021-2025-version-1-02-2021-west-sussex-4611393).
"""

from __future__ import annotations

import pytest

from councilkg.errors import LoaderError
from councilkg.loaders.generic.outlinelines import RULE_CONTENTS_ENTRY
from tests.loaders.generic.reading import read

WEST_SUSSEX = "\n".join(
    [
        "RESET PLAN 2021–2025",
        "",
        "                         Contents",
        "",
        "Introduction3",
        "",
        "How to read this plan                                      6",
        "",
        "                         Our priorities",
        "Keeping people safe from vulnerable situations              7",
        "",
        "A sustainable and prosperous economy                       11",
        "",
        "Helping people and communities to fulfil their potential   17",
        "",
        "Making the best use of resources                           24",
        "",
        "Appendices28",
        "",
    ]
)


def test_the_paged_entries_under_a_centred_title_naming_priorities_are_priorities() -> None:
    priorities = read(WEST_SUSSEX).priorities
    assert [(p.label, p.source_line) for p in priorities] == [
        ("Keeping people safe from vulnerable situations", 10),
        ("A sustainable and prosperous economy", 12),
        ("Helping people and communities to fulfil their potential", 14),
        ("Making the best use of resources", 16),
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_CONTENTS_ENTRY}


def test_a_title_printed_at_the_entries_own_indent_is_an_entry_of_the_page() -> None:
    """Not centred, "Our priorities" is an entry like the others, printing no page: none is under it."""
    flush = WEST_SUSSEX.replace("                         Our priorities", "Our priorities")
    with pytest.raises(LoaderError):
        read(flush)
