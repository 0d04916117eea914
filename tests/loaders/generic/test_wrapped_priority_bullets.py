"""A listed priority's bullet wrapped over lines (a PDF's narrow column) goes on over the lines right
under it that start in lowercase, up to a dash after which they say something of it
(councilkg/loaders/generic/wrappedbullets.py); a bullet ending its sentence does not."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Kirklees Council, scrutiny panel minutes: Cabinet Priorities for Children's Services 2023/24,
#: https://democracy.kirklees.gov.uk/mgAi.aspx?ID=22963
KIRKLEES = [
    "Councillor Kendrick",
    "advised that her cabinet priorities were:",
    "- To achieve a good",
    "outcome from the Inspection of Local area Children’s Services",
    "reflecting improved outcomes for our children, young people and families - In 2016 the inspection",
    "received an outcome of inadequate rating, over the years, a number",
    "of inspections and reviews had taken place with a range of hard",
    "work to improve the quality of service.",
    "- Providing high",
    "quality, stable, loving homes for our children and young people",
    "locally - A key priority was to do the best for children and young",
    "people in Kirklees and to have early help and support for families",
]


def test_a_wrapped_priority_bullet_goes_on_up_to_the_dash() -> None:
    assert [priority.label for priority in read("\n".join(KIRKLEES)).priorities] == [
        "To achieve a good outcome from the Inspection of Local area Children’s Services reflecting "
        "improved outcomes for our children, young people and families",
        "Providing high quality, stable, loving homes for our children and young people locally",
    ]


def test_a_priority_bullet_ending_its_sentence_goes_on_over_no_line() -> None:
    text = "\n".join(
        [
            "Our priorities are:",
            "- Providing high quality, stable, loving homes for our children.",
            "people in Kirklees were consulted on them",
        ]
    )
    assert [priority.label for priority in read(text).priorities] == [
        "Providing high quality, stable, loving homes for our children."
    ]
