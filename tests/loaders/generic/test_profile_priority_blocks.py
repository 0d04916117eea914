"""Profile keys for priorities printed as blocks, each on a snippet of the Southwark CYPP 2010-13
(``councilkg/data/plans/southwark-cypp-2010-13.txt``): a priority heading's description given by a
lead-in line below it (``[[sections]] description``)."""

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
#: Lines 410-415 and 466 of the plan: a priority with its "You can expect..." line and table, then
#: one printed without it.
SNIPPET = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "",
        "### *Our priority is...* **Raising attainment at 19**",
        "",
        "*You can expect...* More young people staying in education or training after 16, choosing to do "
        "this locally and achieving better qualifications.",
        "",
        HEADER,
        "<p>Deliver a high-quality, broad, balanced curriculum for those aged 14 to 19</p>\t"
        "<p>More young people achieving a level 3 qualification by 19</p>",
        "",
        "*Our priority is...* **Services that meet the needs of our children and community**",
        "",
        "This section is still being written by the partnership board.",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "southwark-blocks"

[[sections]]
match = '^Our priority is\s*(?:\.{2,}|…)\s*(?P<label>.+)$'
kind = "priority"
description = '^You can expect\s*(?:\.{2,}|…)\s*(?P<text>.*)$'
"""


def _load(profile: str) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-blocks.toml"))
    return load_with_profile(Document.from_text("southwark.txt", SNIPPET), rules)


@pytest.fixture(scope="module")
def found() -> Extraction:
    """The snippet read with the profile."""
    return _load(PROFILE)


def test_description_from_the_lead_in_line(found: Extraction) -> None:
    """The "You can expect..." line is the priority's description, without its lead-in, and placed."""
    raising = found.priorities[0]
    assert (raising.label, raising.source_line) == ("Raising attainment at 19", 3)
    assert raising.description == (
        "More young people staying in education or training after 16, choosing to do this locally and "
        "achieving better qualifications."
    )
    assert found.placed[5] == "priority description"


def test_only_the_lead_in_line_describes(found: Extraction) -> None:
    """Another paragraph below the heading is no description; the priority without one is warned about."""
    services = found.priorities[1]
    assert services.description is None
    assert [(w.line, w.message.split(" (")[0]) for w in found.warnings] == [
        (10, "priority 'Services that meet the needs of our children and community' has no description")
    ]


def test_without_the_key_the_first_paragraph_describes() -> None:
    """Without ``description`` the first long paragraph is the description, lead-in and all."""
    alone = _load(PROFILE.replace("description = ", "# description = "))
    assert alone.priorities[0].description is not None
    assert alone.priorities[0].description.startswith("You can expect... More young people")
    assert alone.priorities[1].description == "This section is still being written by the partnership board."


def test_description_applies_only_to_priorities(tmp_path: Path) -> None:
    """``description`` on a section of another kind is one line naming the key."""
    text = "[[sections]]\nmatch = 'x'\nkind = 'actions'\ndescription = 'y'\n"
    assert "sections[0].description: applies only to a section of kind 'priority'" in profile_error(
        tmp_path, text
    )
