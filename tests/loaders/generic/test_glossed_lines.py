"""Titles read off their lines: a counted lead-in (or a question counting them) over as many unmarked
lines, each a title, a spaced dash and what the title means ("planet – tackling climate change is central
to …"), or ending in semicolons; and a labelled "Priority area: …:" heading. Cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import counted_lines
from tests.loaders.generic.reading import read

#: Hart District Council, Corporate Plan 2023 to 2027 (what's in the plan),
#: tests/corpus/wild/hart-2023-corporate-plan-2023-2027-three-focus-areas.txt
HART = """\
What's in the plan?
Our Corporate Plan has three focus areas:
planet – tackling climate change is central to all our activities and we plan to lead our community.
people – we are committed to fair treatment for all, help for those in need and a sustainable economy.
place – we will work to deliver warmer, better homes in sustainable locations that people can afford.
We will underpin these focus areas by providing a resilient and financially sound Hart District Council.
Each of the focus areas has objectives and targets.
"""


def test_the_titles_of_glossed_lines_a_lead_in_counts_are_its_items() -> None:
    extraction = read(HART)
    assert [(p.source_line, p.label) for p in extraction.priorities] == [
        (3, "planet"),
        (4, "people"),
        (5, "place"),
    ]
    assert extraction.actions == []  # "We will underpin these focus areas by …": how they are served


def test_more_glossed_lines_than_the_count_are_no_counted_list() -> None:
    lines = list(enumerate(HART.replace("three focus", "two focus").splitlines(), start=1))
    assert counted_lines(lines, 1) is None


def test_a_priority_area_labelled_with_a_colon_after_it_is_a_priority() -> None:
    # Southend-on-Sea City Council, SEND preparing for adulthood priorities (2025),
    # tests/corpus/wild/southend-2025-send-preparing-for-adulthood-priorities.txt
    text = (
        "Priority area: enhanced employability and education pathways:\n"
        "- increased work experience and vocational study options\n"
        "Priority area: improved health and wellbeing:\n"
        "- better access to mental health services and health advice\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "enhanced employability and education pathways",
        "improved health and wellbeing",
    ]


def test_a_question_counting_the_objectives_over_lines_ending_in_semicolons_lists_them() -> None:
    # Bridport Town Council, consultation on its 5 Year Plan 2019-2024,
    # tests/corpus/wild/bridport-2019-town-plan-consultation-strategic-objectives.txt
    text = (
        "2. Do you support the three strategic objectives for the Town Council for the next five years?\n"
        "\n"
        "Responding to the Climate Change Emergency and the need for transformative action;\n"
        "Promoting Bridport as ‘Dorset’s Eventful Town’;\n"
        "Helping build a sustainable local economy.\n"
        "\n"
        "3. Do you have any comments on the actions listed 'For the Town'?\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == [
        "Responding to the Climate Change Emergency and the need for transformative action",
        "Promoting Bridport as ‘Dorset’s Eventful Town’",
        "Helping build a sustainable local economy",
    ]
    assert extraction.actions == []  # a consultation's numbered question is no item
