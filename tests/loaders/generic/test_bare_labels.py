"""Labels printed without titles ("Priority 1" / "Priority 2" / "Priority 3" in a contents page) name no
item; a label alone takes its title from the line below, also when that line ends with a colon and
leads in what is done for it, on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

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


#: Manchester City Council, Our Manchester Strategy 2025-2035, Theme one: Our people,
#: https://www.manchester.gov.uk/info/500313/our_manchester_strategy/8935/our_manchester_strategy_2025-35/6
MANCHESTER = """\
Theme one: Our people
Everyone who calls Manchester home, making sure that they can live their best lives.
Priority one
To support people to be happy, healthy and active from childhood and throughout their lives:
- Improve physical and mental health and wellbeing so Mancunians live for longer in good health.
- Reduce health inequalities in Manchester.
- Make health and care services more accessible for all communities and residents.
- Support people to lead healthier lifestyles, such as by staying connected to others, keeping fit, \
eating well, and making it easier to access advice and help.
- Provide places in Manchester where people can be active, connect with others, and breathe fresh \
air.
- Make Manchester a Child Friendly City where all children and young people feel safe, heard, cared \
for, healthy and able to live their best lives.
- Continue the work to make Manchester an Age Friendly City where people can age happily with \
equality, respect and independence.
Priority two
To support people to be proud of our diversity, feeling valued and included, knowing they belong:
- Improve services so they are more inclusive and accessible for all communities of Manchester.
- Stand up to racism and discrimination in all its forms.
- Take action to ensure the workforces of major employers more fully reflect the diversity of \
Manchester’s communities.
- Tackle inequalities in outcomes between the different communities of Manchester.
"""


def test_a_labels_title_below_may_lead_in_what_is_done_for_it() -> None:
    found = read(MANCHESTER)
    assert [(p.ref, p.label[:40]) for p in found.priorities][1:] == [
        ("one", "To support people to be happy, healthy a"),
        ("two", "To support people to be proud of our div"),
    ]
    assert [a.label.split()[0] for a in found.actions][:3] == ["Improve", "Reduce", "Make"]
