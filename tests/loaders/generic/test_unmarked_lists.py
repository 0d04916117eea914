"""A list printed with its bullets lost, one item a line under a heading naming its kind, on snippets cut
from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.unmarkedlists import unmarked_lines
from tests.loaders.generic.reading import read
from tests.loaders.generic.test_next_heading import WARRINGTON_2021

#: Walsall Partnership, "CAA update" slides, 20 July 2009
#: (https://slideum.com/doc/1830643/caa-update---walsall-council): the LSP's priorities one a line
#: under the slide's heading, their bullets lost.
WALSALL = "\n".join(
    [
        "Comprehensive Area Assessment",
        "Walsall Partnership – 20th July 2009",
        "LSP Priorities",
        "",
        "",
        "Creating opportunity and potential",
        "Improving health",
        "Reducing crime and feeling safe",
        "Developing strong and dynamic communities",
        "Improving housing choice",
        "Improving the quality of our environment",
        "Reducing worklessness",
        "Increasing enterprise",
        "Improving skills",
        "Children & Young People",
    ]
)

#: Bath and North East Somerset, Cabinet report on the 2007 review of the Children and Young People's
#: Plan, 7 November 2007
#: (https://democracy.bathnes.gov.uk/celistdocuments.aspx?A=1&DF=07%2F11%2F2007&F=embed%2411E1591CYPPreview.htm&MID=564&R=0):
#: the Community Strategy's outcomes under the report's numbered section heading, one a paragraph, no marks.
BATH = "\n".join(
    [
        "3 FINANCIAL IMPLICATIONS",
        "",
        "3.1 There are no direct financial implications arising from this report.",
        "",
        "4 COMMUNITY STRATEGY OUTCOMES",
        "",
        "Promoting a 'sense of place' so people identify with and take pride in our communities",
        "",
        "Celebrating the contributions people from different backgrounds and with different experiences "
        "can make, and promoting equality of opportunity",
        "",
        "Sharing resources, working together, and finding new ways of doing things",
        "",
        "Building communities where people feel safe and secure",
        "",
        "Improving our local transport",
    ]
)


def test_lines_under_a_heading_naming_priorities_are_its_priorities() -> None:
    """Every line under "LSP Priorities" is a priority, the last one too (most lines start with a verb)."""
    found = read(WALSALL)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Creating opportunity and potential", 6),
        ("Improving health", 7),
        ("Reducing crime and feeling safe", 8),
        ("Developing strong and dynamic communities", 9),
        ("Improving housing choice", 10),
        ("Improving the quality of our environment", 11),
        ("Reducing worklessness", 12),
        ("Increasing enterprise", 13),
        ("Improving skills", 14),
        ("Children & Young People", 15),
    ]


def test_paragraphs_under_a_numbered_heading_naming_outcomes_are_its_outcomes() -> None:
    """A numbered section heading ending in "OUTCOMES" names the unmarked lines under it."""
    found = read(BATH)
    assert [o.label[:30] for o in found.outcomes] == [
        "Promoting a 'sense of place' s",
        "Celebrating the contributions ",
        "Sharing resources, working tog",
        "Building communities where peo",
        "Improving our local transport",
    ]
    assert not found.priorities and not found.actions


def test_lines_naming_things_not_what_is_done_are_no_items() -> None:
    """A legend under a heading naming outcomes ("On track …", "No change") starts with no verbs."""
    legend = "\n".join(
        [
            "Our outcomes",
            "",
            "On track to achieve",
            "Slightly behind target",
            "No change",
            "Missing actual data",
        ]
    )
    texts = list(enumerate(legend.splitlines(), start=1))
    assert unmarked_lines(texts, 0) is None
    assert unmarked_lines(list(enumerate(WALSALL.splitlines(), start=1)), 2) is not None


def test_a_heading_naming_no_kind_names_no_list() -> None:
    """The same lines under a heading naming no kind are read by no rule."""
    with pytest.raises(UnknownLayoutError):
        read(WALSALL.replace("LSP Priorities", "LSP Update"))


def test_a_run_longer_than_a_plans_list_is_none() -> None:
    """More short verb-led lines than a plan lists priorities are not the heading's list."""
    texts = list(enumerate(["LSP Priorities", *["Improving health"] * 40], start=1))
    assert unmarked_lines(texts, 0) is None
    assert unmarked_lines(texts[:12], 0) is not None


def test_a_sentence_saying_what_the_lines_are_stands_for_their_verbs() -> None:
    """Warrington's pledges and priorities (``WARRINGTON_2021``) name states, not what is done; the
    sentence under their heading says what they are."""
    assert [p.label for p in read(WARRINGTON_2021).priorities] == [
        "Young people are happy and safe",
        "A place of equality and diversity for young people",
        "Young people are safe",
        "A strong and sustainable future",
        "Increased sustainability of transport and travel for young people",
        "Reduce the impact of Climate Change",
    ]


def test_without_the_sentence_lines_naming_states_are_no_list() -> None:
    said = WARRINGTON_2021.splitlines(keepends=True)[2]
    assert len(read(WARRINGTON_2021.replace(said, "")).priorities) <= 1


#: Kent County Council, Thanet One Local Children's Services Partnership, Children and Young People's
#: Plan (2009), its opening page, http://www.docstoc.com/docs/113951733/Thanet-One-CYP-Plan
THANET = """Children and young people are positive about their future and are at the heart of joined up \
service planning. They are:

   Nurtured and encouraged at home
   Inspired and motivated by school
   Safe and secure in the community
   Living healthy and fulfilled lives

Chairman: Wendy Stone
Contact Number: 01843 821384
"""


def test_lines_after_what_children_are_said_to_be_are_outcomes_up_to_a_blank_line() -> None:
    extraction = read(THANET)
    assert [(o.label, o.source_line) for o in extraction.outcomes] == [
        ("Nurtured and encouraged at home", 3),
        ("Inspired and motivated by school", 4),
        ("Safe and secure in the community", 5),
        ("Living healthy and fulfilled lives", 6),
    ]
    assert not extraction.priorities and not extraction.actions
