"""A numbered or bulleted line ending in a colon read by its place alone ("2.2 Develop integrated
pathways for:") leads in the list under it; it is no action of its own (outlineitems._list_item): 1 such
line in 20 was labelled an action on the released plans."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Bath and North East Somerset's Children and Young People's Plan (2006), linkages appendix,
#: https://democracy.bathnes.gov.uk/celistdocuments.aspx?A=1&DF=01%2F03%2F2006&F=embed%2414zAppendix6%2C7&MID=550&R=0
PATHWAYS = [
    "2.2 Develop integrated pathways for:",
    "",
    "A7 Emotional behavioural difficulties",
    "",
    "2.3 Develop the parenting offer",
]


def test_a_numbered_lead_in_under_no_priority_is_no_action() -> None:
    text = "\n".join(["Children and Young People's Plan", "", "1.1 Promoting good parenting", "", *PATHWAYS])
    assert [action.label for action in read(text).actions] == ["Develop the parenting offer"]


def test_a_numbered_lead_in_under_a_priority_is_no_action() -> None:
    text = "\n".join(["Priority 1: Promoting good parenting", "", *PATHWAYS[:3]])
    extraction = read(text)
    assert [priority.label for priority in extraction.priorities] == ["Promoting good parenting"]
    assert extraction.actions == []
