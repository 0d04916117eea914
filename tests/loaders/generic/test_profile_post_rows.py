"""The profile's ``[[posts]]`` rules, on a snippet of the Southwark CYPP 2010-13's committee report
(``councilkg/data/plans/southwark-cypp-2010-13.txt``, lines 3-6, 62-63 and 73-84): the post a
report is from, the officers who hold theirs, the posts consulted, and a contact with a phone
extension."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction, Post
from tests.loaders.generic.test_profile import profile_error

SNIPPET = "\n".join(
    [
        "Children and Young People's Plan 2010-2013",
        "<b>Report title:</b>\t\tProposed Children and Young People's Plan 2010-13\t",
        "<b>From:</b>\t\tHead of Strategy and Partnerships\t",
        "",
        "Background Papers\tHeld At\tContact",
        "Children and Young People's Plan Guidance 2009 (January 2009)\tSouthwark Council, 160 Tooley Street"
        "\tElaine Allegretti 53816",
        "",
        "## AUDIT TRAIL",
        "",
        "<b>Lead Officer</b>\tRomi Bowen, Strategic Director of Children's Services\t",
        "<b>Report Author</b>\tElaine Allegretti, Head of Strategy & Partnerships\t",
        "<b>Officer Title</b>\t<b>Comments Sought</b>\t<b>Comments included</b>",
        "Finance Director\tNo\tNo",
        "<b>Executive Member</b>\tYes\tNo",
        "",
        "## Our priorities",
        "",
        "Priority 1: Keep children safe",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "southwark-posts"

[[posts]]
match = '^From:?\t+(?P<post>[^\t]+)'

[[posts]]
match = '^(?P<label>Lead Officer|Report Author)\t'
read = '''(?-i:^(?P<label>[^\t]+)\t(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),\s*(?P<post>[^\t]+))'''
description = "{label}"

[[posts]]
match = '^(?P<post>[^\t]+)\t(?P<sought>Yes|No)\t(?P<included>Yes|No)$'
description = "comments sought: {sought}; comments included: {included}"

[[posts]]
match = '''(?-i:\t(?P<name>[A-Z][a-z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,2})\s+\d+$)'''
"""


def _load(text: str = SNIPPET, profile: str = PROFILE) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-posts.toml"))
    return load_with_profile(Document.from_text("southwark.txt", text), rules)


@pytest.fixture(scope="module")
def found() -> Extraction:
    """The snippet read with the profile."""
    return _load()


def test_posts_holders_and_descriptions(found: Extraction) -> None:
    """The "From:" post, completed by the report author's row (the same title with "&"); the lead
    officer's post; the consulted posts, described by their Yes/No cells."""
    assert found.posts == [
        Post("Head of Strategy and Partnerships", 3, holder="Elaine Allegretti", description="Report Author"),
        Post(
            "Strategic Director of Children's Services", 10, holder="Romi Bowen", description="Lead Officer"
        ),
        Post("Finance Director", 13, description="comments sought: No; comments included: No"),
        Post("Executive Member", 14, description="comments sought: Yes; comments included: No"),
    ]
    assert found.placed[11] == "post"


def test_people_at_the_line_first_naming_them(found: Extraction) -> None:
    """A contact "Name 53816" is a person; each person at the first row naming them."""
    assert found.people == {"Elaine Allegretti": 6, "Romi Bowen": 10}


def test_a_row_claimed_but_not_read_is_warned() -> None:
    """A lead officer row that is not "Name, Post" is warned about, naming the row."""
    text = SNIPPET.replace("Romi Bowen, Strategic Director of Children's Services", "to be appointed")
    warnings = [(w.line, w.message.split(" as ")[0]) for w in _load(text).warnings]
    assert (10, "row 'Lead Officer | to be appointed' does not read") in warnings


def test_another_holder_of_a_post_is_warned() -> None:
    """A post named again with another holder keeps its first holder, with a warning."""
    text = SNIPPET.replace(
        "<b>From:</b>\t\tHead of Strategy and Partnerships\t",
        "<b>Lead Officer</b>\tAnn Lee, Head of Strategy and Partnerships\t",
    )
    found = _load(text)
    assert found.posts[0].holder == "Ann Lee"
    assert (
        11,
        "post 'Head of Strategy & Partnerships' held by 'Elaine Allegretti' here, 'Ann Lee' before",
    ) in [(w.line, w.message) for w in found.warnings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[posts]]\nmatch = '^From'\n", "posts[0].match: needs the group (?P<post>...) or (?P<name>...)"),
        ("[[posts]]\nmatch = '(?P<post>x)'\ndescription = '{label}'\n", "posts[0].description: template"),
        ("[[posts]]\nread = 'x'\n", "posts[0].match: missing"),
    ],
)
def test_post_rules_are_checked(tmp_path: Path, text: str, expected: str) -> None:
    """A rule naming neither a post nor a person, a template naming a missing group, no match: one line."""
    assert expected in profile_error(tmp_path, text)


def test_claimed_rows_with_no_header_are_read_not_warned() -> None:
    """The report's header rows above any table header: "From:" is claimed by a post rule (placed as
    a post), the others by ``ignore_rows`` (placed as ignored); neither is warned about as stray."""
    profile = PROFILE.replace(
        'name = "southwark-posts"',
        "name = \"southwark-posts\"\nignore_rows = '^(Item No\\\\.|Report title:)'",
    )
    found = _load(profile=profile)
    assert (found.placed[2], found.placed[3]) == ("ignored", "post")
    assert [w.line for w in found.warnings if "no header row" in w.message] == [5, 12]
    alone = _load()
    assert [w.line for w in alone.warnings if "no header row" in w.message] == [2, 5, 12]
