"""The organisation a profile reads (issue 19, for Herefordshire 2009-11 as a profile), on a snippet in
that layout: ``[[holders]]`` with a default unit, a parent for the units they name and a description
("Interim"); ``[[units]]`` rules (a named unit, lines listing units, a division's bulleted teams, a
table of units and their descriptions); ``[owners] cut_posts``; and their checks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction, OrgUnit, OwnerKind, Post

PLAN = "\n".join(
    [
        "Wessex Directorate Plan 2009-2011",  # 1
        "",
        "Directorate Leadership Team:",
        "Ann Lee (Director of Children's Services)",
        "Bob Day (Interim Head of Safeguarding and Vulnerable Children)",  # 5
        "",
        "The Children's Directorate, with its partners, serves all children.",
        "It is supported by the following network of team plans:",
        "Fieldwork",
        "",  # 10
        "Safeguarding and Vulnerable Children",
        "1.3 Context",
        "",
        "Directorate\tAreas of joint working\tDirectorate\tAreas of joint working",
        "Resources\tAsset management\tHR\tRecruitment",  # 15
        "Adult Social Care\tTransition planning\t\t",
        "",
        "The creation of the following teams within Safeguarding and Vulnerable Children:",
        "- Fieldwork",
        "- Business Support",  # 20
        "",
        "Risk ref\tRisk description\tLikelihood\tSeverity\tRisk owner",
        "R1\tFailure to recruit\t3\t4\tHead of Safeguarding and Vulnerable",
    ]
)

PROFILE = r"""
[profile]
outline = false

[owners]
cut_posts = true

[[holders]]
match = '''^(?P<name>\w+ \w+) \((?:(?P<description>Interim) )?(?P<post>Director .+|Head of (?P<unit>.+))\)$'''
unit = "Children's Directorate"
parent = "Children's Directorate"

[[units]]
name = "Children's Directorate"
match = '''\bThe Children['’]s Directorate\b'''

[[units]]
name = "Directorate Leadership Team"
match = '^Directorate Leadership Team:$'
parent = "Children's Directorate"

[[units]]
lines_after = 'network of team plans'
until = '^\d\.\d\s'
parent = "Children's Directorate"

[[units]]
header = '^Directorate\tAreas of joint working'
unit_column = '^Directorate$'

[[units]]
listed_under = '''following teams within (?P<parent>[A-Z][\w ,']+?):'''
"""


def _profile(text: str = PROFILE) -> Profile:
    return profile_from_data(tomllib.loads(text), Path("p.toml"))


@pytest.fixture(scope="module")
def reading() -> Extraction:
    """The snippet read with the profile."""
    return load_with_profile(Document.from_text("p.txt", PLAN), _profile())


def test_holders_with_a_default_unit_a_parent_and_a_description(reading: Extraction) -> None:
    """A head leads the unit the group ``unit`` names (of the rule's parent); the director's post is in
    the rule's unit; "Interim" describes the holding, not the title."""
    assert reading.posts == [
        Post("Director of Children's Services", 4, unit="Children's Directorate", holder="Ann Lee"),
        Post(
            "Head of Safeguarding and Vulnerable Children",
            5,
            unit="Safeguarding and Vulnerable Children",
            holder="Bob Day",
            description="Interim",
        ),
    ]
    assert reading.people == {"Ann Lee": 4, "Bob Day": 5}


def test_unit_rules(reading: Extraction) -> None:
    """Each unit once, at the line first naming it: a named unit, the lines after a lead-in (a unit
    a post named is not named again), a table's units with their descriptions, a division's teams
    (a team already named takes the division as its parent)."""
    assert sorted(reading.units, key=lambda unit: (unit.source_line, unit.name)) == [
        OrgUnit("Directorate Leadership Team", 3, "Children's Directorate"),
        OrgUnit("Safeguarding and Vulnerable Children", 5, "Children's Directorate"),
        OrgUnit("Children's Directorate", 7),
        OrgUnit("Fieldwork", 9, "Safeguarding and Vulnerable Children"),
        OrgUnit("HR", 15, description="Recruitment"),
        OrgUnit("Resources", 15, description="Asset management"),
        OrgUnit("Adult Social Care", 16, description="Transition planning"),
        OrgUnit("Business Support", 20, "Safeguarding and Vulnerable Children"),
    ]
    placed = dict(reading.placed)
    assert (placed[11], placed[14], placed[16]) == ("unit (named again)", "table header", "unit")
    assert not any(warning.line in (14, 15, 16) for warning in reading.warnings)  # read, not stray


def test_a_post_cut_short_is_the_post_the_plan_names(reading: Extraction) -> None:
    """With ``cut_posts`` the owner "Head of Safeguarding and Vulnerable" is the post named in full."""
    [risk] = reading.risks
    assert [(owner.name, owner.kind) for owner in risk.owners] == [
        ("Head of Safeguarding and Vulnerable Children", OwnerKind.POST)
    ]
    assert (
        23,
        "owner 'Head of Safeguarding and Vulnerable' read as the post "
        "'Head of Safeguarding and Vulnerable Children'",
    ) in [(warning.line, warning.message) for warning in reading.warnings]
    without = load_with_profile(
        Document.from_text("p.txt", PLAN), _profile(PROFILE.replace("cut_posts = true", ""))
    )
    assert [owner.name for owner in without.risks[0].owners] == ["Head of Safeguarding and Vulnerable"]


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ("[[units]]\nparent = 'X'", "units[0]: needs one of match (with name), lines_after"),
        ("[[units]]\nmatch = 'x'", "units[0].name: missing (a rule with match needs it)"),
        ("[[units]]\nlines_after = 'x'", "units[0].until: missing"),
        ("[[units]]\nlisted_under = 'x'", "units[0].listed_under: needs the group (?P<parent>...)"),
        ("[[units]]\nheader = 'x'\nlines_after = 'y'\nuntil = 'z'", "units[0]: needs one of"),
    ],
)
def test_unit_rules_are_checked(rule: str, error: str) -> None:
    """A unit rule reads one way, with what that way needs."""
    with pytest.raises(LoaderError, match=re.escape(error)):
        _profile(rule)
