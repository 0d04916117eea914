"""A two-column table whose header is one line of questions and whose rows are led by no number: each
row a paragraph at the margin over its second cell's bullets, on a snippet cut from the wild corpus
(``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.columnrows import header_cells
from tests.loaders.generic.reading import read

#: Learn Sheffield's Sheffield Priorities, Readiness Priority (2019),
#: https://learnsheffield.co.uk/Sheffield-Priorities/Readiness-Priority (three of its seven rows).
SHEFFIELD = "\n".join(
    [
        "Readiness Priority",
        "",
        "What do we want to achieve? How will we know if we have been successful?",
        "Sheffield children and young people have the resilience and support to flourish in the modern "
        "world.",
        "  • Mental health data (including Healthy Minds Survey) show strong relative performance and impact "
        "of early intervention.",
        "  • Clear pathway information about universal, targeted and specialist support impacts positively "
        "on outcomes.",
        "Sheffield to have the fittest children in Britain.",
        "  • Sheffield has active schools and active pupils.",
        "  • Sheffield health data show strong relative outcomes.",
        "Children’s attendance and punctuality are maximised.",
        "  • Absence, persistent absence and punctuality data demonstrate strong relative performance - "
        "including vulnerable pupils and schools in challenging circumstances.",
    ]
)


def test_questions_of_a_header_on_one_line_name_its_two_columns() -> None:
    cells = header_cells("What do we want to achieve? How will we know if we have been successful?")
    assert cells is not None
    assert [role.value if role else None for _, role in cells] == ["outcome", "title"]


def test_each_paragraph_is_the_first_cell_and_its_bullets_the_second() -> None:
    """What is to be achieved are outcomes; how success will be known, measures of it."""
    found = read(SHEFFIELD)
    assert [(o.notation, o.label[:40]) for o in found.outcomes] == [
        (None, "Sheffield children and young people have"),
        (None, "Sheffield to have the fittest children i"),
        (None, "Children’s attendance and punctuality ar"),
    ]
    assert [(i.ref, i.label[:36]) for i in found.indicators] == [
        (None, "Mental health data (including Health"),
        (None, "Clear pathway information about univ"),
        (None, "Sheffield has active schools and act"),
        (None, "Sheffield health data show strong re"),
        (None, "Absence, persistent absence and punc"),
    ]
    assert not found.actions


def test_a_paragraph_with_no_list_under_it_ends_the_table() -> None:
    """The text after the table is left to the rest of the plan, not read as a row."""
    found = read(SHEFFIELD + "\nThe priorities were agreed with schools in 2019.\nAll schools took part.")
    assert len(found.outcomes) == 3
    assert all("agreed with schools" not in o.label for o in found.outcomes)


def test_a_sections_heading_after_the_rows_ends_the_table() -> None:
    """ "Next steps" over bullets is the plan's text after the table, not a row's outcome and measures."""
    steps = "\nNext steps\n  • Schools will be asked to share their data each term.\n  • The board will meet."
    found = read(SHEFFIELD + steps)
    assert [o.label[:9] for o in found.outcomes] == ["Sheffield", "Sheffield", "Children’"]
    assert len(found.indicators) == 5


def test_one_row_or_paragraphs_alone_are_no_such_table() -> None:
    """A single paragraph over bullets, or paragraphs with no bullets, under the header: no table."""
    header, first = SHEFFIELD.splitlines()[2:4]
    with pytest.raises(UnknownLayoutError):
        read("\n".join([header, first, "Sheffield to have the fittest children in Britain."]))
    with pytest.raises(UnknownLayoutError):
        read("\n".join(SHEFFIELD.splitlines()[:6]))
