"""The blocks of a Local Area Agreement listed by a plan are its priorities; one block named is none.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.laa_blocks import RULE_LAA_BLOCK, block_named
from tests.loaders.generic.reading import read

#: Camden's Local Area Agreement 2006-2009, its contents
#: (https://docslib.org/doc/13722297/local-area-agreement-for-the): the blocks numbered under "Part B".
CAMDEN = """Contents

Part A

1. The Camden context

2. Ambitions for Camden’s first LAA

Part B

1. Children and Young People

2. Healthier Communities and Older People

3. Safer and Stronger Communities

4. Economic Development and Enterprise

2 Part A"""

#: Blackpool's Local Area Agreement refreshed 2008, its contents
#: (https://fr.scribd.com/document/7054433/Blackpool-Local-Area-Agreement-2008): the blocks before
#: their pages, in the words Blackpool printed them in.
BLACKPOOL = """Blackpool Local Area Agreement

Contents Pages
Ambition and Vision 3
Story of Place 4
Economic Development and Enterprise 13
Children and Young People 23
Healthier and Older People 31
Stronger and Safer Communities 40
Allocation of Area Based Grant 58"""


def test_numbered_blocks_in_a_contents_page_are_the_priorities() -> None:
    found = read(CAMDEN)
    assert [(p.label, p.ref, p.source_line) for p in found.priorities] == [
        ("Children and Young People", "1", 11),
        ("Healthier Communities and Older People", "2", 13),
        ("Safer and Stronger Communities", "3", 15),
        ("Economic Development and Enterprise", "4", 17),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_LAA_BLOCK}


def test_blocks_before_their_pages_in_other_words_are_the_priorities() -> None:
    found = read(BLACKPOOL)
    assert [p.label for p in found.priorities] == [
        "Economic Development and Enterprise",
        "Children and Young People",
        "Healthier and Older People",
        "Stronger and Safer Communities",
    ]


def test_one_block_named_alone_is_no_priority() -> None:
    text = "\n".join(
        line for line in BLACKPOOL.splitlines() if "Enterprise" not in line and "Older" not in line
    )
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_a_title_naming_a_block_is_no_block() -> None:
    assert block_named("Children and Young People's Plan 2006-2009") is None
    assert block_named("Children and Young People 23") == (
        "children-and-young-people",
        "Children and Young People",
        None,
    )
