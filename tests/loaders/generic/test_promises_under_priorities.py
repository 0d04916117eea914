"""A plan's promises (or pledges) listed after its priorities are what it will do for them, a level
below; where they come first they are its priorities. On snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Wychavon District Council, "Our strategy 2020 - 2024" web page (two of its promises),
#: https://wychavon.gov.uk/about-wychavon-district-council/about-wychavon/our-strategy
WYCHAVON = """\
The plan focuses our spending and resources over the next four years on three key priorities:

  • Supporting people
  • Strong economy and places
  • Sustainable environment

The plan’s 35 promises include:

  • Constructing at least 15 new houses for private rent.
  • Investing £180,000 to encourage businesses to take on apprentices
"""


def test_promises_listed_after_the_priorities_are_actions() -> None:
    found = read(WYCHAVON)
    assert [priority.label for priority in found.priorities] == [
        "Supporting people",
        "Strong economy and places",
        "Sustainable environment",
    ]
    assert [action.label for action in found.actions] == [
        "Constructing at least 15 new houses for private rent.",
        "Investing £180,000 to encourage businesses to take on apprentices",
    ]


def test_promises_a_plan_lists_first_are_its_priorities() -> None:
    # Wakefield Council, "Our Promise to Children and Young People" (2019, three of its seven),
    # https://www.wakefield.gov.uk/Pages/News/PR-9041.aspx
    text = """\
Senior leaders from the council, other public sector organisations and the voluntary sector have signed \
up to "Our Promise to Children and Young People", which sets out seven pledges.

The promises are to:

  1. Make the voice of the child a central part of the way in which we design and deliver services.
  2. Support children in care to be healthy, happy, safe and ambitious.
  3. Become foster and adoption friendly organisations.
"""
    found = read(text)
    assert [priority.label for priority in found.priorities] == [
        "Make the voice of the child a central part of the way in which we design and deliver services.",
        "Support children in care to be healthy, happy, safe and ambitious.",
        "Become foster and adoption friendly organisations.",
    ]
    assert not found.actions
