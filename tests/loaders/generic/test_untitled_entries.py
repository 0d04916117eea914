"""A contents page printing each entry and its page on lines of their own: "Priority 2" over "5" names no
priority, nor is "Acknowledgement" after "Priority 6 12" its title; the body's priorities are read.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import NOT_A_PRIORITY
from tests.loaders.generic.reading import read

#: Tameside Children's Trust, Youth Proofed version of the Children and Young People's Plan 2010-2013
#: (https://paperzz.com/doc/7992061/youth-proofed-version-of-the-children-and).
TAMESIDE_2010 = (
    "Contents\nSection\nPage\n"
    "Purpose & priorities\n2\n"
    "Priority 1\n3\nPriority 2\n5\nPriority 3\n6\nPriority 4\n8\nPriority 5\n10\nPriority 6 12\n"
    "Acknowledgement\n14\n"
    "1\n"
    "Purpose & priorities\n"
    "The purpose of the plan\n"
    "Children Friendly\n"
    "version of priorities\n"
    "Tameside Children’s Trust is a group of\n"
    "organisations who work together to deliver and\n"
    "commission services which are focused on\n"
    "the needs of children, young people and their\n"
    "families to improve services in Tameside.\n"
    "1. Promote healthy lifestyles with a focus\n"
    "on obesity and alcohol\n"
    "2. Improve how young people and families\n"
    "feel about health and well being\n"
)


def test_contents_entries_with_no_title_are_no_priorities() -> None:
    """Only the numbered priorities of the body are read (as priorities, with their numbers)."""
    extraction = read(TAMESIDE_2010)
    assert [(priority.ref, priority.label.split()[0]) for priority in extraction.priorities] == [
        ("1", "Promote"),
        ("2", "Improve"),
    ]
    assert extraction.actions == []


def test_the_purpose_of_a_plan_is_no_priority() -> None:
    """A heading naming a plan's furniture is none of its priorities, "the" before it or not."""
    assert NOT_A_PRIORITY.match("The purpose of the plan") and NOT_A_PRIORITY.match("Purpose")
    assert not NOT_A_PRIORITY.match("The best start in life")
