"""A "We will … by:" line over bullets leads in what is done for the priority above it, one action a
bullet. Snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Luton Borough Council, the new SEND strategy for Luton (Local Offer page, 2019),
#: https://directory.luton.gov.uk/kb5/luton/directory/site.page?id=KEK_fpnuJMA
LUTON = """\
The SEND strategy has 6 priority areas for action which include:

Priority 1:  Early intervention and prevention

An early response to a concern and early identification and intervention are key to helping children \
and young people with SEND to reach their potential.

We will improve our early intervention and prevention support by:

  • strengthening universal services that provide information and support to address identified \
concerns such as speech, language and communication
  • providing support from dedicated SEND Flying Start Family Workers to families through the \
Children’s Centres

Priority 2:  Developing our services to meet needs
"""


def test_bullets_after_we_will_by_are_the_priority_s_actions() -> None:
    found = read(LUTON)
    assert [priority.label for priority in found.priorities] == [
        "Early intervention and prevention",
        "Developing our services to meet needs",
    ]
    assert [action.label.split()[0] for action in found.actions] == ["strengthening", "providing"]
    assert {action.supports[0] for action in found.actions} == {found.priorities[0].key}
