"""Lead-ins that end in a spaced dash, as others end in a colon: "… the deal will help us to achieve our
ambitions -" leads in the actions below it (no priority of its own), and "… the economic prosperity of
our -" breaks off mid-phrase, its lower-case bullets ("- city", "- towns") ending its sentence, no
items. A snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Hull and East Yorkshire Combined Authority Proposal (December 2023), "Our Strategic Themes",
#: https://hullandeastyorkshire.gov.uk/combined-authority/hull-east-yorkshire-combined-authority-proposal/5
HULL_AND_EAST_YORKSHIRE = """\
Our Strategic Themes and how we will deliver them
Theme 1 - Enhance Connectivity
Strong connectivity is vital to the health of our economy and the economic prosperity of our -
- city
- towns
- rural and coastal communities
Achieving strong connectivity hinges on the performance of both our transport and digital networks.
Against this background, the deal will help us to achieve our ambitions -
- Develop a trail blazing walking and cycling network helping to decarbonise our transport system
- Enable multi-modal freight handling that reduces costs for businesses and consumers
"""


def test_a_lead_in_ending_in_a_dash_leads_in_the_actions_of_the_priority_in_force() -> None:
    found = read(HULL_AND_EAST_YORKSHIRE)
    assert [(p.ref, p.label) for p in found.priorities] == [("1", "Enhance Connectivity")]
    assert [(a.source_line, a.supports) for a in found.actions] == [
        (9, [found.priorities[0].key]),
        (10, [found.priorities[0].key]),
    ]


def test_bullets_ending_a_sentence_broken_off_at_a_dash_are_no_items() -> None:
    found = read(HULL_AND_EAST_YORKSHIRE)
    assert {3, 4, 5}.isdisjoint(a.source_line for a in found.actions)
    assert found.placed[4] == "the end of the sentence above it"
