"""A numbered item of a list its lead-in names, wrapped over lines (a narrower column or page), goes on
over the unmarked line below it that does not start a new sentence, as a bullet does
(councilkg/loaders/generic/outlineitems.py, outlinewraps.py): the same plan printed at another width
reads the same items."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Bracknell Forest Council, Corporate Parenting Strategy action plan 2025 to 2028,
#: https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/corporate-parenting-strategy-action-plan-2025-2028
#: (each item on one line there): re-wrapped at 80 columns, as a PDF's page prints it.
BRACKNELL_80 = [
    "The 10 pledges outline that we promise to do our best to:",
    "",
    "1. Support you in the same way as if you were our own child but acknowledge your",
    "   individual circumstances.",
    "2. Listen to your wishes and work on finding the best solution.",
    "3. Work with schools and colleges and educate your local community to reduce the",
    "   possibility of being bullied.",
]

#: Cornwall Council, Children and Young People and Child Poverty Plan 2015-20,
#: https://www.cornwall.gov.uk/education-and-learning/schools-and-colleges/special-educational-needs-file/strategies-and-policies/children-and-young-people-and-child-poverty-plan/
#: re-wrapped at 60 columns.
CORNWALL_60 = [
    "Our partnership priorities for 2015-20 are:",
    "",
    "  1. To provide good quality, consistent and",
    "     multi-disciplinary practice in the help and protection",
    "     we provide to children and young people",
    "  2. To drive systems change and integrated approaches to",
    "     working through key strategic programmes",
]

#: Tameside Children's Trust, Children and Young People's Plan 2010-13, youth-proofed version,
#: https://paperzz.com/doc/7992061/youth-proofed-version-of-the-children-and (printed in columns:
#: a paragraph between the items).
TAMESIDE = [
    "Purpose & priorities",
    "The purpose of the plan",
    "Children Friendly",
    "version of priorities",
    "Tameside Children’s Trust is a group of",
    "organisations who work together to deliver and",
    "families to improve services in Tameside.",
    "1. Promote healthy lifestyles with a focus",
    "on obesity and alcohol",
    "2. Improve how young people and families",
    "feel about health and well being",
    "On behalf of the Tameside Children’s Trust, we",
    "are delighted to present our new Children and",
    "Young People’s Plan (2010-13). This describes",
    "Tameside.",
    "3. Help children and young people to stay",
    "safe focusing on domestic violence in",
    "families",
    "4. Reduce teenage pregnancy",
]


def labels(lines: list[str]) -> list[str]:
    """Return the labels of the priorities read from ``lines``."""
    return [priority.label for priority in read("\n".join(lines)).priorities]


def test_a_numbered_item_wrapped_at_80_columns_goes_on_over_its_wrapped_line() -> None:
    assert labels(BRACKNELL_80) == [
        "Support you in the same way as if you were our own child but acknowledge your individual "
        "circumstances.",
        "Listen to your wishes and work on finding the best solution.",
        "Work with schools and colleges and educate your local community to reduce the possibility of "
        "being bullied.",
    ]


def test_a_numbered_item_wrapped_over_three_lines_at_60_columns_is_read_whole() -> None:
    assert labels(CORNWALL_60) == [
        "To provide good quality, consistent and multi-disciplinary practice in the help and protection "
        "we provide to children and young people",
        "To drive systems change and integrated approaches to working through key strategic programmes",
    ]


def test_a_paragraph_after_a_wrapped_item_is_no_heading_and_the_list_goes_on() -> None:
    # the item's wrapped line ends no sentence: the paragraph after it is no heading ending the list
    assert labels(TAMESIDE) == [
        "Promote healthy lifestyles with a focus on obesity and alcohol",
        "Improve how young people and families feel about health and well being",
        "Help children and young people to stay safe focusing on domestic violence in families",
        "Reduce teenage pregnancy",
    ]
