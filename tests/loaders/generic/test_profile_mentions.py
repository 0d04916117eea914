"""Profile keys for what a plan's text names outside its items, each on a snippet of the Southwark
CYPP 2010-13 (``councilkg/data/plans/southwark-cypp-2010-13.txt``): partner bodies named in prose
and in items (``[[partners]]``), and a draft's placeholders (``[profile] placeholder``)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction, PartnerBody
from tests.loaders.generic.test_profile import profile_error

#: Lines 57, 107 and 518 of the plan, then a table of two of its commitments and results.
SNIPPET = "\n".join(
    [
        "Southwark Council",
        "Children and Young People's Plan 2010-2013",
        "",
        "9. The proposed CYPP as set out in Appendix 1 is being considered and agreed by other children's "
        "trust partners, the PCT and the police, in line with statutory requirements.",
        "",
        "We will also harness the expertise and resources of schools, health partners and the voluntary "
        "and community sector – everyone who is involved in the lives of children.",
        "",
        "[Table to come]",
        "",
        "Action\tExpected result",
        "Improve the quality and consistency of contact with the SSCB\tSchools to rate local authority "
        "services highly",
        "Target cohorts of children and young people to help buck the trend\tMore places in local schools",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "southwark-mentions"
placeholder = '^\[[^\]]+\]$'

[[partners]]
name = "PCT"
match = '\bPCT\b|\bprimary care trust\b'

[[partners]]
name = "police"
match = '\bpolice\b'

[[partners]]
name = "schools"
match = '\bschools\b(?=,|\s+(?:and|will|can|are|to)\b)'
on_item = '\bschools(?: and settings)?(?:,[^,.]{1,40},)?\s+(?:will|can|are|to)\b'

[[partners]]
name = "voluntary and community sector"
match = '\bvoluntary(?:,| and)? community\b|\bvoluntary sector\b|\bthird sector\b'

[[partners]]
name = "Southwark Safeguarding Children Board"
match = '\bSouthwark Safeguarding Children Board\b|\bSSCB\b'
"""


def _load(profile: str) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-mentions.toml"))
    return load_with_profile(Document.from_text("southwark.txt", SNIPPET), rules)


@pytest.fixture(scope="module")
def found() -> Extraction:
    """The snippet read with the profile."""
    return _load(PROFILE)


def test_partners_at_the_line_first_naming_them(found: Extraction) -> None:
    """Each partner body is recorded once, at the first line naming it, in the profile's order."""
    assert found.partners == [
        PartnerBody("PCT", 4),
        PartnerBody("police", 4),
        PartnerBody("schools", 6),
        PartnerBody("voluntary and community sector", 6),
        PartnerBody("Southwark Safeguarding Children Board", 11),
    ]


def test_partners_of_items_by_their_own_text(found: Extraction) -> None:
    """An action's label or expected results naming a partner make it the action's partner; ``on_item``
    narrows the mention ("Schools to rate…" names the schools; "places in local schools" and "schools,
    health partners" do not); the outline's "We will…" sentence is an action too."""
    assert [(action.label[:20], action.partners) for action in found.actions] == [
        ("Improve the quality ", ["schools", "Southwark Safeguarding Children Board"]),
        ("Target cohorts of ch", []),
        ("We will also harness", ["voluntary and community sector"]),
    ]


def test_placeholder_is_placed_and_warned(found: Extraction) -> None:
    """ "[Table to come]" is placed as a placeholder with one warning naming it and its line."""
    assert found.placed[8] == "placeholder"
    assert [(w.line, w.message) for w in found.warnings if "placeholder" in w.message] == [
        (8, "draft placeholder '[Table to come]': nothing to read here yet")
    ]


def test_without_the_keys_nothing_is_named() -> None:
    """The generic engine alone names no partner body and warns of no placeholder."""
    alone = _load('[profile]\nname = "none"\n')
    assert alone.partners == [] and all(action.partners == [] for action in alone.actions)
    assert not any("placeholder" in w.message for w in alone.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[partners]]\nmatch = 'x'\n", "partners[0].name: missing"),
        ("[[partners]]\nname = 'PCT'\nmatch = '('\n", "partners[0].match: bad regular expression"),
        ("[[partners]]\nname = 'PCT'\nmatch = 'x'\nwhere = 'y'\n", "partners[0].where: unknown key"),
        ("[profile]\nplaceholder = '['\n", "profile.placeholder: bad regular expression"),
    ],
)
def test_bad_keys_are_one_line_errors(tmp_path: Path, text: str, expected: str) -> None:
    """A missing name, a bad pattern or an unknown key is one line naming the key."""
    assert expected in profile_error(tmp_path, text)
