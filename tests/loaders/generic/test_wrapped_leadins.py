"""A lead-in wrapped over lines (a narrower column or page) is read as the sentence it is: the lines of
its paragraph that run on into its ":" name the list's kind (councilkg/loaders/generic/wrappedleadins.py),
so the same plan printed at another width reads the same items."""

from __future__ import annotations

from councilkg.loaders.generic.wrappedleadins import wrapped_lead_in
from tests.loaders.generic.reading import read

#: St Helens Borough Council, news: Plan puts children's priorities first (2024),
#: https://sthelens.gov.uk/article/10498/Plan-puts-children-s-priorities-first (one line there):
#: re-wrapped at 80 columns.
ST_HELENS_80 = [
    "The plan sets out five key priorities and outcomes which have been drawn up with",
    "the help of young people and those who work with them. They are:",
    "",
    "- Children and young people are and feel safe",
    "- Children and young people grow up with a sense of belonging",
]

#: Tower Hamlets Together, Children and Families Executive: the Accelerate! strategy's ambitions,
#: https://towerhamletstogether.com/the-challenge/children-and-families-executive (one line there):
#: re-wrapped at 80 columns.
TOWER_HAMLETS_80 = [
    "The CFE partnership agreed a set of eight ambitions within the Accelerate!",
    "strategy. The ambitions are supported by four thematic sub-groups that lead on",
    "delivering joint priorities agreed by CFE. The ambitions were developed based on",
    "what children and families told us matters the most to them. The eight ambitions",
    "are;",
    "- A great start in life",
    "- A healthy childhood",
]

#: Royal Borough of Windsor and Maidenhead, news: refreshed vision, aims and priorities (2024),
#: https://rbwm.gov.uk/news/2024/royal-borough-agrees-refreshed-vision-aims-and-priorities-organisation-and-place-new-council-plan-2028
#: (one paragraph a line there): re-wrapped at 80 columns; the paragraph counts the list, ending in no colon.
WINDSOR_80 = [
    "services and work with partners.",
    "The Plan, formally adopted last night by Full Council, sets out five strategic",
    "aims (below) with an overall vision to achieve “A borough of safer, greener and",
    "cleaner communities, with opportunity for all.”",
    "- Put the council on a strong financial footing to serve the borough effectively",
    "- A cleaner, greener, safer and more prosperous borough",
    "- Children and young people have a good start in life and opportunities through",
    "  to adulthood",
    "- People live healthy and independent lives in supportive communities",
    "- A high-performing council that delivers for the borough.",
]

#: Liverpool City Council, Liverpool 2040: the next generation (2025): a heading over the lead-in.
LIVERPOOL = [
    "Goal 1 outcomes (1 to 5)",
    "To realise our goal, we will progress the following outcomes:",
    "- Families and children feel supported to thrive",
]


def test_a_lead_in_wrapped_at_80_columns_names_its_list_by_the_line_above() -> None:
    extraction = read("\n".join(ST_HELENS_80))
    assert [priority.label for priority in extraction.priorities] == [
        "Children and young people are and feel safe",
        "Children and young people grow up with a sense of belonging",
    ]
    assert extraction.outcomes == []


def test_a_lead_in_ending_in_a_semicolon_wrapped_over_five_lines() -> None:
    assert [priority.label for priority in read("\n".join(TOWER_HAMLETS_80)).priorities] == [
        "A great start in life",
        "A healthy childhood",
    ]


def test_a_heading_over_the_lead_in_is_not_joined_to_it() -> None:
    assert wrapped_lead_in(LIVERPOOL, 2, lambda number: False) is None


def test_a_line_above_ending_its_sentence_is_not_joined() -> None:
    lines = ["We have listened to what children and young people told us.", "Our priorities are:"]
    assert wrapped_lead_in(lines, 2, lambda number: False) is None


def test_a_paragraph_counting_the_list_under_it_wrapped_at_80_columns_leads_it_in() -> None:
    assert [priority.label for priority in read("\n".join(WINDSOR_80)).priorities] == [
        "Put the council on a strong financial footing to serve the borough effectively",
        "A cleaner, greener, safer and more prosperous borough",
        "Children and young people have a good start in life and opportunities through to adulthood",
        "People live healthy and independent lives in supportive communities",
        "A high-performing council that delivers for the borough.",
    ]
