"""A list item with the points under it run on after it, each after a bullet mark in the line ("1. Early
help • Better perinatal health … • Great support …"): the item is what stands before the first mark.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: City of York Council, Launching our new children and young people's plan (presentation, 2016)
#: (https://sambuz.com/doc/launching-our-new-children-and-young-people-s-plan-young-presentation-534631).
YORK_2016 = (
    "Four Priorities: Early Help Emotional Narrowing Priority and Mental and Mental Gaps in Gaps in Groups "
    "Groups Health Outcomes #NWD2016 yor-ok.org.uk/nowrongdoor\n"
    "1. Early help • Better perinatal health to give children the best possible start • Great support in "
    "the Early Years • More children and families access the right early More children and families access "
    "the right early support at the right time • A great start to school life • Early intervention to "
    "prevent problems for older children and young people • A workforce confident to deliver early help - "
    "#NWD2016 yor-ok.org.uk/nowrongdoor\n"
)


def test_an_item_ends_at_the_first_bullet_mark_in_its_line() -> None:
    """The priority is "Early help", not the slide's whole line of its points."""
    extraction = read(YORK_2016)
    assert [(priority.ref, priority.label) for priority in extraction.priorities] == [("1", "Early help")]
