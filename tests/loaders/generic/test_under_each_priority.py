"""A lead-in saying its list is what is done "under each of these priorities" lists actions, a level
below the priorities it names; so does one naming "priority projects". Snippets cut from the wild
corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: West Oxfordshire District Council, Council Plan 2023-2027 page,
#: https://www.westoxon.gov.uk/about-the-council/plans-and-policies/our-plan-for-west-oxfordshire/
WEST_OXFORDSHIRE = """\
To achieve this we have five priorities, of equal importance, which will guide the work we do:

  1. Putting Residents First
  2. Enabling a Good Quality of Life for All
  3. Creating a Better Environment for People and Wildlife
  4. Responding to the Climate and Ecological Emergency
  5. Working Together for West Oxfordshire

You can read the full plan below which sets out the areas of focus for action under each of these \
priorities. Among many others this includes:

  • Making the council more transparent and more engaged with communities
  • Improving the 50+ services we deliver
  • Tackling the climate emergency by reducing our carbon footprint
"""


def test_the_list_under_each_of_the_priorities_holds_actions() -> None:
    found = read(WEST_OXFORDSHIRE)
    assert [priority.ref for priority in found.priorities] == ["1", "2", "3", "4", "5"]
    assert [action.label for action in found.actions] == [
        "Making the council more transparent and more engaged with communities",
        "Improving the 50+ services we deliver",
        "Tackling the climate emergency by reducing our carbon footprint",
    ]


def test_a_list_of_the_priorities_themselves_is_no_list_of_actions() -> None:
    text = WEST_OXFORDSHIRE.replace("the areas of focus for action under each of these priorities", "them")
    assert "Improving the 50+ services we deliver" not in {action.label for action in read(text).actions}


#: St Albans City and District Council, "Council's priority projects" (news, 2016),
#: https://stalbans.gov.uk/node/5525
ST_ALBANS = """\
The Corporate Plan sets out the Council’s aims and priorities for the next five years. The other \
priority projects for 2016-17 are to:

• Redevelop the Town Hall as a new museum and gallery;

• Continue to develop St Albans market;

• Accelerate recycling beyond 60%;
"""


def test_priority_projects_are_actions() -> None:
    found = read(ST_ALBANS)
    assert found.priorities == []
    assert [action.label.rstrip(";") for action in found.actions] == [
        "Redevelop the Town Hall as a new museum and gallery",
        "Continue to develop St Albans market",
        "Accelerate recycling beyond 60%",
    ]
