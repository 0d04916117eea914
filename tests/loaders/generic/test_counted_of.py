"""A counted list whose items follow "<count> <kind> of" (or "… to be") in the same sentence, between
commas, on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.countedof import counted_of
from tests.loaders.generic.reading import read

#: Surrey County Council, "Corporate Strategy performance" (2018),
#: https://www.surreycc.gov.uk/council-and-democracy/finance-and-performance/our-performance/our-corporate-strategy/corporate-strategy-performance
SURREY = """Corporate Strategy performance

Our Corporate Strategy is the key document that sets out how we will realise our ambition to be \
delivering great value for our residents by 2022. There are a total of 15 priorities under three strategic \
goals of wellbeing, economic prosperity and resident experience.
"""

#: Telford & Wrekin Council, Cabinet minutes: Child Friendly Telford (2025),
#: https://democracy.telford.gov.uk/mgAi.aspx?ID=15241
TELFORD = """Extensive engagement had taken place with children, young people, families and professionals, \
including through the Youth Parliament’s “Make Your Mark” ballot, which gathered nearly 4,900 responses. \
This feedback had directly shaped the Council’s seven “wishes” for children and young people to be healthy, \
heard, safe, achieving, independent, to have trusted friends and to be happy.
"""


def test_the_items_after_a_counted_kind_and_of_are_read_when_there_are_as_many() -> None:
    assert [p.label for p in read(SURREY).priorities] == [
        "wellbeing",
        "economic prosperity",
        "resident experience",
    ]


def test_what_children_are_to_be_is_the_counted_list_and_the_kind_may_be_quoted() -> None:
    assert [p.label for p in read(TELFORD).priorities] == [
        "healthy",
        "heard",
        "safe",
        "achieving",
        "independent",
        "to have trusted friends",
        "to be happy",
    ]


def test_a_list_not_as_long_as_its_count_is_no_items() -> None:
    four = SURREY.replace("three strategic", "four strategic")
    assert counted_of(four) is None
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(four)


def test_the_plans_own_words_after_of_are_no_items() -> None:
    assert (
        counted_of("The plan is built around four themes of work, each with its own board, plan and lead.")
        is None
    )
    assert counted_of("The three aims of the plan, health, housing and jobs, are set out below.") is None
    assert counted_of("It sets out three goals of our partners, the police and the health service.") is None


def test_to_be_opens_the_list_only_after_whom_the_kind_is_for() -> None:
    assert (
        counted_of("The three priorities for 2024 to be delivered, monitored and reviewed were agreed.")
        is None
    )


#: Basildon Borough Council's Corporate Plan 2021-24, the Leader's message
#: (https://docslib.org/doc/10887664/basildon-borough-council).
BASILDON = """Our new Corporate Plan gives the council a fresh vision and a renewed purpose. It sets out \
three strategic themes of people, place, and prosperity which I am committed to deliver – creating a \
borough with inclusive communities, a high quality of life and a thriving economy.
"""


def test_the_list_ends_where_a_relative_clause_says_something_of_the_items() -> None:
    """"… which I am committed to deliver – …" is no part of the last item, nor is the list after the dash
    (three phrases too) the one counted: the items follow "of"."""
    assert [p.label for p in read(BASILDON).priorities] == ["people", "place", "prosperity"]
