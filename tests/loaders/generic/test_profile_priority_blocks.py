"""Profile keys for priorities printed as blocks, each on a snippet of the Southwark CYPP 2010-13
(``councilkg/data/plans/southwark-cypp-2010-13.txt``): a priority heading's description given by a
lead-in line below it (``[[sections]] description``), and priority areas with the priorities listed under
them (``kind = "area"``, ``key``, ``listed``)."""

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


#: Lines 262-275 and 299-306 of the plan: the areas with the priorities listed under them, then an
#: area heading printed again above a priority's detail. "Early years provision" is detailed too; one
#: priority is listed only, marked (TBC); one is detailed only.
AREAS = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "",
        "# **Our local priorities and the results we expect**",
        "",
        "## **Thinking family – families at the centre of all we do**",
        "",
        "- Supporting vulnerable families through an effective continuum of parenting provision (TBC)",
        "",
        "## **Narrowing the gap – better and more equal life chances for all**",
        "",
        "- Early years provision that meets the needs of vulnerable children",
        "",
        "## Narrowing the gap – better and more equal life chances for all",
        "",
        "### *Our priority is...* **Early years provision that meets the needs of vulnerable children**",
        "",
        "*You can expect...* Settings have the necessary skills and access to appropriate expert support.",
        "",
        "### *Our priority is...* **Better health for babies, infants and mothers**",
        "",
        "*You can expect...* Antenatal support that is high quality, coordinated and accessible.",
        "",
    ]
)

AREA_PROFILE = (
    PROFILE
    + r"""
[[sections]]
match = '^Our local priorities and the results we expect$'
kind = "section"
as_section = true

[[sections]]
match = '''(?-i:^(?P<label>[A-Z][^–—]+?)(?<!\s)\s+[–—-]\s+(?P<description>[^.]+)$)'''
kind = "area"
key = "area-{label}"
listed = '^(?P<label>.+?)(?:(?<!\s)\s*(?P<note>\((?:TBC|to be confirmed)\)))?$'
"""
)


@pytest.fixture(scope="module")
def areas() -> Extraction:
    """The areas snippet read with the profile."""
    rules = profile_from_data(tomllib.loads(AREA_PROFILE), Path("southwark-areas.toml"))
    return load_with_profile(Document.from_text("southwark.txt", AREAS), rules)


def test_areas_are_priorities_once(areas: Extraction) -> None:
    """Each area once, at its first heading, keyed by the template, its tagline the description, in the
    section of the heading above; the heading printed again is the same area."""
    found = [(p.key, p.label, p.source_line, p.description, p.section) for p in areas.priorities[:2]]
    assert found == [
        (
            "area-thinking-family",
            "Thinking family",
            5,
            "families at the centre of all we do",
            "Our local priorities and the results we expect",
        ),
        (
            "area-narrowing-the-gap",
            "Narrowing the gap",
            9,
            "better and more equal life chances for all",
            "Our local priorities and the results we expect",
        ),
    ]
    assert areas.placed[13] == "heading: priority area"


def test_priorities_below_an_area_are_its_children(areas: Extraction) -> None:
    """A priority headed below an area heading has it as parent and its label as section."""
    children = {p.label[:20]: (p.parent, p.section, p.source_line) for p in areas.priorities if p.parent}
    assert children["Early years provisio"] == ("area-narrowing-the-gap", "Narrowing the gap", 15)
    assert children["Better health for ba"] == ("area-narrowing-the-gap", "Narrowing the gap", 19)


def test_listed_priorities_are_the_detailed_ones_or_listed_only(areas: Extraction) -> None:
    """A listed priority that is detailed is placed, not added; one listed only is a priority of its own
    without its note, warned about with it; a detailed priority not listed is warned about."""
    assert areas.placed[11] == "priority (listed)"
    (listed_only,) = [p for p in areas.priorities if p.listed_only]
    assert (listed_only.label, listed_only.source_line, listed_only.parent, listed_only.section) == (
        "Supporting vulnerable families through an effective continuum of parenting provision",
        7,
        "area-thinking-family",
        "Thinking family",
    )
    assert [(w.line, w.message) for w in areas.warnings] == [
        (
            7,
            "priority 'Supporting vulnerable families through an effective continuum of parenting provision' "
            "is listed and marked (TBC) with no detail section",
        ),
        (
            19,
            "priority 'Better health for babies, infants and mothers' has a detail section but is not listed",
        ),
    ]
    assert len(areas.priorities) == 5


def test_a_priority_under_no_area_is_warned() -> None:
    """With area headings in the profile, a priority headed before any area is warned about."""
    before = "*Our priority is...* **Raising attainment at 19**\n\n# **Our"
    text = AREAS.replace("# **Our", before, 1)
    rules = profile_from_data(tomllib.loads(AREA_PROFILE), Path("southwark-areas.toml"))
    found = load_with_profile(Document.from_text("southwark.txt", text), rules)
    assert (3, "priority 'Raising attainment at 19' is under no priority area") in [
        (w.line, w.message) for w in found.warnings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[sections]]\nmatch = 'x'\nkind = 'priority'\nlisted = 'y'\n", "sections[0].listed: applies only"),
        ("[[sections]]\nmatch = 'x'\nkind = 'area'\nkey = 'area-{name}'\n", "sections[0].key: template"),
    ],
)
def test_area_keys_are_checked(tmp_path: Path, text: str, expected: str) -> None:
    """``listed`` on another kind, or a key template naming a group the pattern lacks, is one line."""
    assert expected in profile_error(tmp_path, text)
