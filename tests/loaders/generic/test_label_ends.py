"""Where an item's label ends when its line runs on past the name: a description after a colon, a body
named in brackets and the next column, a measure's row of figures. Snippets cut from the wild corpus
(``tests/corpus/wild/``); the source of each is given over it."""

from __future__ import annotations

from councilkg.loaders.parsing.labelends import (
    before_owner_column,
    measure_before_figures,
    title_before_description,
)
from tests.loaders.generic.reading import read

#: Hillingdon's select committee minutes on the Youth Justice Strategy 2024-2029,
#: https://modgov.hillingdon.gov.uk/mgAi.aspx?ID=46440
HILLINGDON = (
    "The strategy contained five priorities:\n\n"
    "  • Priority One – Prevention and Early Intervention: This sought to build on the provision currently "
    "in place and the aim was to intervene at the earliest possible stage to prevent escalation.\n"
    "  • Priority Two – Over-representation and Disproportionality: The goal was to address disparities and "
    "create a system that treated all children equally.\n"
    "  • Priority Three – Child-Centred Practice: The focus was on the holistic needs of children to promote "
    "health, well-being, and development to promote positive outcomes.\n"
)

#: Barnsley's SEND Improvement Programme (SEND Strategy 2022-2025), a table printed one row a line,
#: https://www.barnsley.gov.uk/services/our-council/our-strategies/send-strategy/send-improvement-programme/
BARNSLEY = (
    "Number Priority/enabler Focus\n"
    "Priority 1 Engagement, participation and coproduction: children and young people (SEND Oversight Board) "
    "Parent/carer engagement, participation and coproduction.\n"
    "Priority 4 Meeting needs through specialist support and provision (SEND Sufficiency Group) Universal "
    "and specialist support and provision, including sufficiency of places.\n"
    "Priority 6 Preparation for adulthood (PfA Steering Group) PfA from the earliest years and transitions.\n"
)

#: Bracknell Forest's council plan overview report, quarterly updates on key performance indicators (2025),
#: https://www.bracknell-forest.gov.uk/council-and-democracy/strategies-plans-and-policies/council-plan
BRACKNELL = (
    "Performance quarterly indicators for engaged and healthy communities\n"
    "Indicator Description Directorate Last period This period Target Status Trend\n"
    "1.1.2.PI Percentage of school admission appeals upheld Communities 0% 3% 20% Green Worse\n"
    "1.1.3.PI Number of visits to the Look Out Discovery Centre Place 20,020 20,843 19,875 Green Better\n"
    "1.1.6.KR Number of young people involved in universal youth service activities People 384 275 270 Green "
    "Worse\n"
)


def test_a_labelled_priority_ends_where_the_sentence_describing_it_begins() -> None:
    found = read(HILLINGDON)
    assert [p.label for p in found.priorities] == [
        "Prevention and Early Intervention",
        "Over-representation and Disproportionality",
        "Child-Centred Practice",
    ]


def test_a_colon_before_a_phrase_or_after_a_long_title_ends_nothing() -> None:
    # Barnsley's "…: children and young people" and Somerset's title-with-strapline list items keep the colon
    assert title_before_description(
        "Engagement, participation and coproduction: children and young people"
    ) == ("Engagement, participation and coproduction: children and young people")
    assert title_before_description("Support for: Children and young people who are looked after now") == (
        "Support for: Children and young people who are looked after now"
    )
    assert title_before_description("Healthier: Creating a healthier standard") == (
        "Healthier: Creating a healthier standard"
    )


def test_a_labelled_priority_ends_before_its_owner_in_brackets_and_the_next_column() -> None:
    found = read(BARNSLEY)
    assert [p.label for p in found.priorities] == [
        "Engagement, participation and coproduction: children and young people",
        "Meeting needs through specialist support and provision",
        "Preparation for adulthood",
    ]
    # a body in brackets at the end of the line is part of what the line says, not a next column
    assert before_owner_column("Preparation for adulthood (PfA Steering Group)") == (
        "Preparation for adulthood (PfA Steering Group)"
    )


def test_a_listed_measure_ends_before_its_row_of_figures() -> None:
    found = read(BRACKNELL)
    assert [i.label for i in found.indicators] == [
        "Percentage of school admission appeals upheld Communities",
        "Number of visits to the Look Out Discovery Centre Place",
        "Number of young people involved in universal youth service activities People",
    ]


def test_figures_inside_a_measure_name_are_kept() -> None:
    assert measure_before_figures("Percentage of pupils achieving 5 A*-C grades") == (
        "Percentage of pupils achieving 5 A*-C grades"
    )
    assert measure_before_figures("Number of children aged 0 to 5 registered") == (
        "Number of children aged 0 to 5 registered"
    )
