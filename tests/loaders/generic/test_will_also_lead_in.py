"""A paragraph whose last sentence ends "…, we will also:" leads in actions, however long the paragraph
above it (the lead-in "We will:" with "also", as the Council's "will further:"), and its bullets are
read as actions.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import ACTION_LEAD_IN
from tests.loaders.generic.reading import read

#: Stockton-on-Tees Borough Council, Council Plan 2024: Priority one, children and young people have the
#: best start in life (https://beta.stock1-prd.gosshosted.com/council-plan-2024/priority-one).
STOCKTON = (
    "For children in the earliest years of life, prevention and early intervention will focus on "
    "strengthening relationships and connections - between parents and their children, the wider "
    "community and the services that provide help and support in communities. In doing so, we will "
    "support our early years providers, schools and wider teams to collaborate fully, to ensure that "
    "quality and inclusivity are at the heart of everything we do. This will ensure that all children "
    "and families thrive and develop skills for life. As set out in our Best Start in Life Strategy (PDF) "
    "[1MB] , we will also:\n"
    "- support children and families with the development of early speech, language and communication, "
    "while supporting families to provide a positive and healthy home learning environment\n"
    "- encourage access to high quality, inclusive and affordable Early Years education and increase the "
    "provision of childcare settings to enable more working parents to access free childcare"
)


def test_we_will_also_ends_a_long_paragraph_leading_in_actions() -> None:
    found = read(STOCKTON)
    labels = [action.label for action in found.actions]
    assert any(label.startswith("support children and families with the development") for label in labels)
    assert any(label.startswith("encourage access to high quality") for label in labels)


def test_the_council_will_also_is_a_lead_in_and_also_in_a_sentence_is_not() -> None:
    assert ACTION_LEAD_IN.match("In the next year the Council will also:")
    assert not ACTION_LEAD_IN.match("We will also work with schools:  see below.")
