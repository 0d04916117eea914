"""A heading the paragraph under it calls "this priority" ("To make Chesterfield a thriving borough" /
"73% of key activities under this priority had been completed …"): the heading is a priority, whatever
the list under the paragraph holds. On a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlineheadings import RULE_HEADING_NAMED_BELOW
from tests.loaders.generic.reading import read

#: Chesterfield Borough Council, minutes on the Council Plan progress report for year 2 (2017),
#: http://chesterfield.moderngov.co.uk/mgAi.aspx?ID=8324
CHESTERFIELD = """\
The following key achievements had been made under each priority:

To make Chesterfield a thriving borough

73% of key activities under this priority had been completed and this was expected to rise to 93% in \
early 17/18. Key achievements towards this priority included:

·        local labour clauses on 100% eligible developments;

·        £500k skills funding to support 1000 learners;

To improve the quality of life for local people

68% of key activities under this priority had been completed, 87% were expected to be completed by \
early 17/18. Key achievements towards this priority included:

·        £900k received from the Community Infrastructure Levy to date;
"""


def test_headings_the_paragraph_below_calls_this_priority_are_priorities() -> None:
    found = read(CHESTERFIELD)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("To make Chesterfield a thriving borough", 3),
        ("To improve the quality of life for local people", 11),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_HEADING_NAMED_BELOW}
    assert not found.actions  # the achievements listed under each are no actions


def test_a_paragraph_naming_this_priority_only_after_its_first_sentence_names_no_heading() -> None:
    text = CHESTERFIELD.replace("activities under this priority", "activities. In this priority", 1)
    assert "To make Chesterfield a thriving borough" not in [p.label for p in read(text).priorities]
