"""The profile key ``items`` on an actions heading, on a snippet of the Southwark CYPP 2010-13's
committee report (``councilkg/data/plans/southwark-cypp-2010-13.txt``, lines 8-13): numbered
recommendations, an action each with the reference, key, type and section the rule gives."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction
from tests.loaders.generic.test_profile import profile_error

SNIPPET = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "",
        "## RECOMMENDATIONS",
        "",
        "1. To note the proposed new Children and Young People's Plan (CYPP) for 2010 to 2013 and its "
        "implications for the Corporate Parenting Committee.",
        "2. To note that this proposed CYPP will be subject to final partner and public consultation.",
        "",
        "## BACKGROUND INFORMATION",
        "",
        "3. The Apprenticeships, Skills, Children and Learning Act 2009 amends the Children Act 2004.",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "southwark-report"
outline = false

[[sections]]
match = '^RECOMMENDATIONS$'
kind = "actions"
items = '^(?P<ref>\d{1,2})\.\s+(?P<label>\S.*)$'
key = "recommendation-{ref}"
type = "recommendation"
section = "Recommendations"

[[sections]]
match = '^BACKGROUND INFORMATION$'
kind = "section"
"""


def _load(profile: str) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-report.toml"))
    return load_with_profile(Document.from_text("southwark.txt", SNIPPET), rules)


def test_numbered_lines_under_the_heading_are_actions() -> None:
    """Each numbered line under RECOMMENDATIONS is an action of type recommendation; the numbered
    paragraph under the next heading is not."""
    found = _load(PROFILE)
    assert [(a.key, a.ref, a.source_line, a.action_type, a.section, a.supports) for a in found.actions] == [
        ("recommendation-1", "1", 5, "recommendation", "Recommendations", []),
        ("recommendation-2", "2", 6, "recommendation", "Recommendations", []),
    ]
    assert found.actions[0].label.startswith("To note the proposed new Children and Young People's Plan")


def test_the_list_ends_at_the_first_line_that_is_no_item() -> None:
    """Without the next heading as a section rule, the numbered paragraph below it is no item: the
    list under RECOMMENDATIONS ends at the first line with text that is not one."""
    found = _load(PROFILE.replace("match = '^BACKGROUND INFORMATION$'", "match = '^NOT PRINTED$'"))
    assert [a.key for a in found.actions] == ["recommendation-1", "recommendation-2"]


def test_without_a_key_template_the_reference_is_the_key() -> None:
    """Without ``key`` an item is keyed by its reference."""
    found = _load(PROFILE.replace('key = "recommendation-{ref}"', ""))
    assert [a.key for a in found.actions] == ["1", "2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[sections]]\nmatch = 'x'\nkind = 'priority'\nitems = 'y'\n", "sections[0].items: applies only"),
        ("[[sections]]\nmatch = 'x'\nkind = 'actions'\nkey = 'k-{ref}'\n", "sections[0].key: applies only"),
        (
            "[[sections]]\nmatch = 'x'\nkind = 'actions'\nitems = '(?P<ref>1)'\nkey = 'k-{number}'\n",
            "sections[0].key: template 'k-{number}' names number",
        ),
    ],
)
def test_items_keys_are_checked(tmp_path: Path, text: str, expected: str) -> None:
    """``items`` on another kind, ``key`` without items, or a template naming a missing group: one line."""
    assert expected in profile_error(tmp_path, text)


def test_an_expected_section_missing_is_warned() -> None:
    """A section rule with ``expected = true`` whose heading the plan does not print is a warning
    (the plan is still read); printed, it is none."""
    profile = PROFILE.replace(
        "match = '^BACKGROUND INFORMATION$'", "match = '^AUDIT TRAIL$'\nexpected = true"
    )
    found = _load(profile)
    assert [(w.line, w.message) for w in found.warnings] == [
        (1, "section 'AUDIT TRAIL' not found (the profile's sections[1] expects it)")
    ]
    assert len(found.actions) == 2  # the list ends at the line after it, a heading or not
    printed = profile.replace("'^AUDIT TRAIL$'", "'^BACKGROUND INFORMATION$'")
    assert _load(printed).warnings == []
