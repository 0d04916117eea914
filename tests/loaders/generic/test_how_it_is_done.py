"""A "We will do this by …" sentence says how the sentence before it will be done: no action of its own.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinesentences import HOW_IT_IS_DONE
from tests.loaders.generic.reading import read

#: Gateshead Council, Youth Justice Strategic Plan, Section 7 - Service business and improvement plan
#: (https://gateshead.gov.uk/article/22272/Section-7-Service-business-and-improvement-plan).
GATESHEAD_2020 = (
    "Priority 1\n"
    "Ensure our young people are children first and offenders second\n"
    "The voice of the child and family needs to be at the centre of the work that is carried out with our "
    "young people. Further development of this will include greater liaison with young people when making "
    "changes to the Youth Justice Service (YJS). We will do this by supporting young people to take part "
    "in exit interviews and encouraging them to attend the Gateshead YJS or make a film or write an account "
    "of their experiences.\n"
)


def test_how_a_sentence_is_done_is_no_action() -> None:
    """The priority is read; the sentence saying how its aim will be met is not an action."""
    extraction = read(GATESHEAD_2020)
    assert [priority.label for priority in extraction.priorities] == [
        "Ensure our young people are children first and offenders second"
    ]
    assert extraction.actions == []


def test_how_it_is_done() -> None:
    """The word "by" or "through" after "do this" says how; a commitment saying what is done does not."""
    assert HOW_IT_IS_DONE.match("We will do this through our ongoing resident-led work")
    assert not HOW_IT_IS_DONE.match("We will do this work with schools")
    assert not HOW_IT_IS_DONE.match("We will support young people to take part in exit interviews")
