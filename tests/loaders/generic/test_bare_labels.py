"""Labels printed without titles ("Priority 1" / "Priority 2" / "Priority 3" in a contents page) name no
item, on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: London Borough of Tower Hamlets, Strategic Plan 2020-2023, its contents page,
#: https://docslib.org/doc/10729227/tower-hamlets-strategic-plan-2020-2023-working-together-with-the-community-for-a-fairer-cleaner-and-safer-borough-contents-fore
TOWER_HAMLETS = """Contents

Foreword by , Mayor

Introduction by Will Tuckley, Chief Executive

Our borough

Our priorities and outcomes

Priority 1

Priority 2

Priority 3

Our budget

Our performance

How to get involved
"""


def test_a_run_of_labels_without_titles_names_no_item() -> None:
    with pytest.raises(UnknownLayoutError):
        read(TOWER_HAMLETS)


def test_a_label_alone_takes_its_title_from_the_line_below() -> None:
    found = read("Priority 1\n\nChildren get the best start in life\n\nWe will:\n- open family hubs\n")
    assert [(p.ref, p.label) for p in found.priorities] == [("1", "Children get the best start in life")]
