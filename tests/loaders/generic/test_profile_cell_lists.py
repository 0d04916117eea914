"""Profile keys for tables whose cells list several items, each on a snippet of the Southwark CYPP
2010-13 (``councilkg/data/plans/southwark-cypp-2010-13.txt``): paragraphs as items
(``paragraph_items``), rows with one cell filled that are no subheading (``subheadings``), and
results printed as lists beside lists belonging to the priority (``lists_to_priority``)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction
from tests.loaders.generic.test_profile import profile_error

HEADER = "<b>We will commission services that...</b>\t<b>As a result, we expect...</b>"
#: Lines 323-330 of the plan (one commitment beside its result a row, shortened), 357-359 (the last
#: row with no result) and 446-451 (three commitments beside three results in one row).
SNIPPET = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "",
        "***Our priority is...* Independence for children and young people with learning difficulties**",
        "",
        HEADER,
        "<p>Improve the experience of children moving from early years to school</p>\t"
        "<p>A more streamlined, consistent approach to transition between services</p>",
        "<p>Provide care and short break support to enable families to make the most of universal "
        "services</p>\t<p>More children, young people and families receiving care and short breaks</p>",
        "<p>Supports local developments and needs in line with the revised Healthy Child Programme</p>\t",
        "",
        "### *Our priority is...* **Lower rates of teenage conceptions**",
        "",
        HEADER,
        "<p>Ensure good-quality sexual health information, advice and guidance is available</p> "
        "<p>Increase access to contraception</p>\t<p>More young people are able to make positive choices</p> "
        "<p>A rise in the number of young people accessing contraception</p> "
        "<p>Reduced rates of teenage pregnancy</p>",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "southwark-cell-lists"
paragraph_items = true
subheadings = false

[[sections]]
match = '^Our priority is\s*(?:\.{2,}|…)\s*(?P<label>.+)$'
kind = "priority"

[[columns]]
match = '^we will commission\b'
role = "action"

[[columns]]
match = '^as a result, we expect\b'
role = "expected-result"
lists_to_priority = true
"""


def _load(profile: str) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-cell-lists.toml"))
    return load_with_profile(Document.from_text("southwark.txt", SNIPPET), rules)


@pytest.fixture(scope="module")
def found() -> Extraction:
    """The snippet read with the profile."""
    return _load(PROFILE)


def test_paragraphs_are_items(found: Extraction) -> None:
    """Each paragraph of a commitments cell is an action, on the row's line, supporting the priority."""
    teenage = [action for action in found.actions if action.source_line == 13]
    assert [action.label for action in teenage] == [
        "Ensure good-quality sexual health information, advice and guidance is available",
        "Increase access to contraception",
    ]
    assert all(action.supports == ["lower-rates-of-teenage-conceptions"] for action in teenage)


def test_lists_beside_lists_give_their_results_to_the_priority(found: Extraction) -> None:
    """A row listing commitments beside results: the results are the priority's, one a paragraph."""
    teenage = next(p for p in found.priorities if p.source_line == 10)
    assert teenage.expected_results == [
        "More young people are able to make positive choices",
        "A rise in the number of young people accessing contraception",
        "Reduced rates of teenage pregnancy",
    ]
    assert all(action.expected_results == [] for action in found.actions if action.source_line == 13)


def test_one_beside_one_keeps_each_result_on_its_action(found: Extraction) -> None:
    """Rows of one commitment beside one result (or none): each action keeps its own; a row with only
    its first cell filled is an action with no result, not a subheading."""
    paired = [(a.source_line, a.expected_results) for a in found.actions if a.source_line < 10]
    assert paired == [
        (6, ["A more streamlined, consistent approach to transition between services"]),
        (7, ["More children, young people and families receiving care and short breaks"]),
        (8, []),
    ]
    assert found.priorities[0].expected_results == []
    assert all(action.section is None for action in found.actions)


def test_without_the_keys() -> None:
    """Without them a cell of paragraphs is one action with one result, and the row with one cell
    filled is a subheading naming the section of the rows below it."""
    alone = _load(
        PROFILE.replace("paragraph_items = true", "")
        .replace("subheadings = false", "")
        .replace("lists_to_priority = true", "")
    )
    teenage = [action for action in alone.actions if action.source_line == 13]
    assert len(teenage) == 1 and len(teenage[0].expected_results) == 1
    assert [a.source_line for a in alone.actions] == [6, 7, 13]
    assert (
        teenage[0].section
        == "Supports local developments and needs in line with the revised Healthy Child Programme"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[columns]]\nmatch = 'x'\nrole = 'action'\nlists_to_priority = true\n", "applies only to a column"),
        ("[profile]\nparagraph_items = 'yes'\n", "profile.paragraph_items: must be true or false"),
        ("[profile]\nsubheadings = 1\n", "profile.subheadings: must be true or false"),
    ],
)
def test_keys_are_checked(tmp_path: Path, text: str, expected: str) -> None:
    """A misplaced or mistyped key is one line naming it."""
    assert expected in profile_error(tmp_path, text)


#: A table of the plan split by a page break (as lines 470-471 might be printed): the second row
#: continues the first row's last commitment and last result.
SPLIT = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "",
        "### *Our priority is...* **Services that meet the needs of our children and community**",
        "",
        HEADER,
        "<p>Develop provision that responds</p> <p>Improve the quality of</p>\t<p>More children safe</p>",
        "<p>referrals to social care</p>\t<p>and happy</p>",
        "",
    ]
)


def test_items_split_by_a_page_break_continue_the_row_above() -> None:
    """With ``continued_items`` a first item starting in lower case joins the last item above it in
    its column (the commitment re-keyed, the result the priority's); the row is no new row."""
    rules = profile_from_data(
        tomllib.loads(PROFILE.replace("subheadings = false", "subheadings = false\ncontinued_items = true")),
        Path("southwark-cell-lists.toml"),
    )
    found = load_with_profile(Document.from_text("southwark.txt", SPLIT), rules)
    assert [(a.key, a.label, a.source_line) for a in found.actions] == [
        ("develop-provision-that-responds", "Develop provision that responds", 6),
        (
            "improve-the-quality-of-referrals-to-social-care",
            "Improve the quality of referrals to social care",
            6,
        ),
    ]
    assert found.priorities[0].expected_results == ["More children safe and happy"]
    assert found.placed[7] == "table row continued"
    without = load_with_profile(
        Document.from_text("southwark.txt", SPLIT),
        profile_from_data(tomllib.loads(PROFILE), Path("southwark-cell-lists.toml")),
    )
    assert [a.label for a in without.actions][-1] == "referrals to social care"
