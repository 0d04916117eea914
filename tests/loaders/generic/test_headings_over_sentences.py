"""Priorities printed as headings after a line naming them, each over a sentence longer than itself:
a heading of nine words or more is still the next priority when the sentence under it is short.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Southend-on-Sea City Council's Corporate Plan 2023 to 2027, its priorities
#: (https://www.southend.gov.uk/council-8/corporate-plan/3).
SOUTHEND = (
    "Our priorities\n\n"
    "We have identified three overarching city-focused priorities, with a fourth priority focused on our "
    "organisation. These seek to address the needs and the challenges of our city and the council.\n\n"
    "A growing city with a strong and prosperous community\n\n"
    "Challenges: Growing the economy, tackling the rising cost of living and tackling poor labour market "
    "outcomes.\n\n"
    "A safe city with a good quality of life for all\n\n"
    "Challenges: Making our communities safer; ensuring the right care and access to adult and children’s "
    "services; improving life chances for all children and young people; and delivering housing and the "
    "infrastructure to support housing.\n\n"
    "A clean city with a resilient environment\n\n"
    "Challenges: Maintaining the street scene; optimising environmental sustainability; addressing risks "
    "of natural flooding and coastal erosion; improving the transport system and increasing our recycling "
    "rate."
)


def test_a_heading_over_a_short_sentence_is_the_next_priority() -> None:
    assert [p.label for p in read(SOUTHEND).priorities] == [
        "A growing city with a strong and prosperous community",
        "A safe city with a good quality of life for all",
        "A clean city with a resilient environment",
    ]
