"""The profile keys that let a profile re-express a bundled loader, each on a small snippet.

Outcome frameworks (concepts read from cells by pattern, with key/label/notation/broader templates),
item fields (type, project flag, target rating), columns read for outcomes too, multi-valued
priority columns, owner aliases, people named with their posts, headings and table subheadings as
the items' section, and the plans a plan draws on; then their strict checking.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import ItemField, Profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import CitedPlan, Extraction, OrgUnit, Outcome, OutcomeLink, OwnerKind, Post
from tests.loaders.generic.test_profile import profile_error

PLAN = "\n".join(
    [
        "Wessex Council",
        "Wessex Directorate Plan 2021/22",
        "",
        "Ann Lee",
        "",
        "Director, Safeguarding",
        "Our team is led by Bob Day Director, Learning",
        "",
        "Objectives",
        "Ref\tObjective\tCorporate Plan",
        "OB1\tKeep children safe\tTheme 1: aims 1.1 and 1,2",
        "OB2\tRaise attainment\tTheme 2, Fairness",
        "",
        "Activities",
        "Ref\tActivity\tKind\tOfficer\tObjective\tCorporate Plan",
        "AC01\tAudit plans\tProject\tAll directors / Adult services\tOB01, OB2\tAim 2.1",
        "AC02\tRecruit staff\tBusiness as usual\tAnn Lee\tAim 1.3\tTheme 1",
        "",
        "Measures",
        "PI\tMeasure\t2020/21 Outturn\tIndicator Owner\tKind",
        "Safeguarding\t\t\t\t",
        "SG1\tRepeat plans\t12%\tAnn Lee\tCorporate Plan: Aim 1.1",
        "Learning\t\t\t\t",
        "LR1\tAttainment\t60%\tBob Day\tKey indicator",
        "",
        "Risks",
        "Ref\tRisk\tRating\tTarget Rating\tRisk owner",
        "R1\tVacancies\t16\t(8)\tAnn Lee",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "wessex"

[plan]
draws_on = [{ title = "Wessex Corporate Plan", type = "CorporatePlan" }]

[[sections]]
match = '^Objectives$'
kind = "priorities"
as_section = true

[[sections]]
match = '^Activities$'
kind = "actions"

[[sections]]
match = '^Measures$'
kind = "indicators"
as_section = true

[[columns]]
match = '^activity$'
role = "action"

[[columns]]
match = '^objective$'
role = "priority"
split = ','

[[columns]]
match = '^corporate plan$'
role = "outcome"

[[columns]]
match = '^kind$'
role = "type"
outcomes = true
project = '^project$'

[[columns]]
match = '^officer$'
role = "responsible"

[[columns]]
match = '^target rating$'
role = "target-rating"

[[frameworks]]
scheme = "wessex-corporate-plan"
label = "Wessex Corporate Plan"

[[frameworks.concepts]]
match = 'fairness'
label = "Fairness"

[[frameworks.concepts]]
match = 'theme\s*(?P<theme>\d)'
key = "theme-{theme}"
label = "Theme {theme}"
notation = "{theme}"

[[frameworks.concepts]]
match = '\b(?P<theme>\d)\s*[.,]\s*(?P<aim>\d)\b'
key = "aim-{theme}-{aim}"
label = "Aim {theme}.{aim}"
notation = "{theme}.{aim}"
broader = "theme-{theme}"

[owners.aliases]
"all directors" = ["Director, Safeguarding", "Director, Learning"]

[[holders]]
match = '(?-i:(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) (?P<post>Director, (?P<unit>[A-Z][a-z]+))$)'

[[holders]]
match = '(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+)$)'
then = '(?-i:^(?P<post>Director, (?P<unit>[A-Z][a-z]+))$)'
"""

SCHEME = "wessex-corporate-plan"


def _profile(text: str, name: str = "wessex.toml") -> Profile:
    return profile_from_data(tomllib.loads(text), Path(name))


@pytest.fixture(scope="module")
def wessex() -> Extraction:
    """The snippet plan read with the snippet profile."""
    return load_with_profile(Document.from_text("wessex.txt", PLAN), _profile(PROFILE))


def _link(key: str) -> OutcomeLink:
    return OutcomeLink(SCHEME, key)


def test_framework_concepts_from_cells(wessex: Extraction) -> None:
    """Concepts are recorded once, at the line first naming them, a broader one before its narrower."""
    assert wessex.outcomes == [
        Outcome(SCHEME, "Wessex Corporate Plan", "theme-1", "Theme 1", 11, "1"),
        Outcome(SCHEME, "Wessex Corporate Plan", "aim-1-1", "Aim 1.1", 11, "1.1", "theme-1"),
        Outcome(SCHEME, "Wessex Corporate Plan", "aim-1-2", "Aim 1.2", 11, "1.2", "theme-1"),
        Outcome(SCHEME, "Wessex Corporate Plan", "theme-2", "Theme 2", 12, "2"),
        Outcome(SCHEME, "Wessex Corporate Plan", "fairness", "Fairness", 12),
        Outcome(SCHEME, "Wessex Corporate Plan", "aim-2-1", "Aim 2.1", 16, "2.1", "theme-2"),
        Outcome(SCHEME, "Wessex Corporate Plan", "aim-1-3", "Aim 1.3", 17, "1.3", "theme-1"),
    ]


def test_a_concept_named_with_a_narrower_one_is_not_linked(wessex: Extraction) -> None:
    """ "Theme 1: aims 1.1 and 1,2" links the two aims, not the theme; "Theme 2, Fairness" links both."""
    ob1, ob2 = wessex.priorities
    assert ob1.contributes_to == [_link("aim-1-1"), _link("aim-1-2")]
    assert ob2.contributes_to == [_link("theme-2"), _link("fairness")]


def test_split_priority_column_and_outcomes_named_in_it(wessex: Extraction) -> None:
    """ "OB01, OB2" supports both objectives (leading zeros ignored); "Aim 1.3" there is an outcome."""
    ac01, ac02 = wessex.actions
    assert ac01.supports == ["ob1", "ob2"] and ac01.related_outcomes == [_link("aim-2-1")]
    assert ac02.supports == [] and ac02.related_outcomes == [_link("theme-1"), _link("aim-1-3")]
    assert any("'Aim 1.3', not a priority" in warning.message for warning in wessex.warnings)
    assert len(wessex.priorities) == 2


def test_item_fields_type_project_and_target_rating(wessex: Extraction) -> None:
    """The "Kind" column is the item's type (a project when it matches); "Target Rating" is read."""
    assert [(a.action_type, a.is_project) for a in wessex.actions] == [
        ("Project", True),
        ("Business as usual", False),
    ]
    assert [i.indicator_type for i in wessex.indicators] == ["Corporate Plan: Aim 1.1", "Key indicator"]
    (risk,) = wessex.risks
    assert (risk.rating, risk.target_rating) == (16, 8)


def test_a_type_column_read_for_outcomes_too(wessex: Extraction) -> None:
    """``outcomes = true`` reads the type column for concepts; a cell naming none is warned about."""
    assert [i.measures_outcomes for i in wessex.indicators] == [[_link("aim-1-1")], []]
    assert any("'Key indicator' names no outcome" in warning.message for warning in wessex.warnings)


def test_sections_from_headings_and_table_subheadings(wessex: Extraction) -> None:
    """An ``as_section`` heading names its items' section; a table subheading overrides it."""
    assert [p.section for p in wessex.priorities] == ["Objectives", "Objectives"]
    assert [a.section for a in wessex.actions] == [None, None]
    assert [i.section for i in wessex.indicators] == ["Safeguarding", "Learning"]


def test_owner_aliases_expand(wessex: Extraction) -> None:
    """ "All directors" stands for the two director posts; the unit after "/" is kept."""
    owners = [(o.name, o.kind) for o in wessex.actions[0].owners]
    assert owners == [
        ("Director, Safeguarding", OwnerKind.POST),
        ("Director, Learning", OwnerKind.POST),
        ("Adult services", OwnerKind.UNIT),
    ]
    assert {o.text for o in wessex.actions[0].owners} == {"All directors / Adult services"}


def test_holders_on_one_line_and_on_two(wessex: Extraction) -> None:
    """A name then its post on the next line, and "Name Post" at a line's end, are posts held."""
    assert wessex.posts == [
        Post("Director, Safeguarding", 4, unit="Safeguarding", holder="Ann Lee"),
        Post("Director, Learning", 7, unit="Learning", holder="Bob Day"),
    ]
    assert wessex.units == [OrgUnit("Safeguarding", 4), OrgUnit("Learning", 7)]
    assert (wessex.people["Ann Lee"], wessex.people["Bob Day"]) == (4, 7)
    assert wessex.placed[6] == "post"


def test_draws_on(wessex: Extraction) -> None:
    """The plans a plan draws on, with the slug of the title when none is given."""
    assert wessex.plan.draws_on == (
        CitedPlan("wessex-corporate-plan", "Wessex Corporate Plan", "CorporatePlan"),
    )


def test_without_the_new_keys_nothing_changes() -> None:
    """A profile without frameworks reads an outcome column for Every Child Matters outcomes only."""
    document = Document.from_text(
        "p.txt", "Plan 2011-14\nAction\tLead officer\tOutcome\nAudit\tAnn Lee\tStay safe; Theme 1\n"
    )
    (action,) = load_with_profile(document).actions
    assert action.related_outcomes == [OutcomeLink("ecm", "stay-safe")]
    assert action.action_type is None and not action.is_project


def test_field_columns_count_towards_a_header_row() -> None:
    """A header row of two roles and two item fields is a header: fields are known cells, not warned."""
    text = "[[columns]]\nmatch = '^kind$'\nrole = 'type'\n[[columns]]\nmatch = '^goal$'\nrole = 'type'\n"
    document = Document.from_text(
        "p.txt", "Plan 2011-14\nAction\tLead officer\tKind\tGoal\nAudit\tAnn Lee\tX\tY\n"
    )
    found = load_with_profile(document, _profile(text, "p.toml"))
    assert [a.action_type for a in found.actions] == ["X"]
    assert not [w for w in found.warnings if "no known role" in w.message]
    assert _profile(text, "p.toml").columns[0].field is ItemField.TYPE


# --- strict checking ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, fragments",
    [
        ("[[frameworks]]\nscheme = 'x'\nlabel = 'X'\n", ["frameworks[0].concepts: missing"]),
        (
            "[[frameworks]]\nscheme = 'ecm'\nlabel = 'X'\nconcepts = [{ match = 'a' }]\n",
            ["frameworks[0].scheme", "built-in"],
        ),
        (
            "[[frameworks]]\nscheme = 'x'\nlabel = 'X'\nconcepts = [{ match = 'a', colour = 'red' }]\n",
            ["frameworks[0].concepts[0].colour: unknown key"],
        ),
        (
            "[[frameworks]]\nscheme = 'x'\nlabel = 'X'\n"
            "concepts = [{ match = 'goal (?P<n>\\d)', key = 'g-{m}' }]\n",
            ["frameworks[0].concepts[0].key", "'g-{m}'", "m"],
        ),
        (
            "[[frameworks]]\nscheme = 'x'\nlabel = 'X'\n"
            "concepts = [{ match = '(?P<n>\\d)', key = 'g-{n}', broader = 'p-{n}' }]\n",
            ["frameworks[0].concepts[0].broader", "'p-{n}'"],
        ),
        ("[[columns]]\nmatch = 'x'\nrole = 'title'\nproject = 'p'\n", ["columns[0].project", "'type'"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'priority'\nsplit = '['\n", ["columns[0].split", "'['"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'type'\noutcomes = 'yes'\n", ["columns[0].outcomes", "'yes'"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'actions'\nas_section = 1\n", ["sections[0].as_section"]),
        ("[owners]\naliases = ['all']\n", ["owners.aliases", "table"]),
        ("[owners.aliases]\nall = [1]\n", ["owners.aliases.all[0]"]),
        ("[[holders]]\nmatch = '(?P<name>.+)'\n", ["holders[0].match", "(?P<post>"]),
        ("[[holders]]\nmatch = '(?P<name>.+)'\nthen = '(.+)'\n", ["holders[0].then", "(?P<post>"]),
        ("[[holders]]\nmatch = '(?P<name>.+)'\nwhen = 'x'\n", ["holders[0].when: unknown key"]),
        ("[plan]\ndraws_on = [{ title = 'X' }]\n", ["plan.draws_on[0].type: missing"]),
        ("[plan]\ndraws_on = [{ title = 'X', type = 'Wish' }]\n", ["plan.draws_on[0].type", "Wish"]),
    ],
)
def test_bad_new_keys_are_one_clear_error(tmp_path: Path, text: str, fragments: list[str]) -> None:
    """Each mistake in the new keys is one LoaderError naming the file, the key and the value."""
    message = profile_error(tmp_path, text)
    for fragment in fragments:
        assert fragment in message, message


def test_a_required_section_missing_is_one_error_naming_it() -> None:
    """A plan cut short before a section its profile requires is refused, not read as complete."""
    data = {
        "sections": [
            {"match": "^Objectives$", "kind": "priorities", "required": True},
            {"match": "^Activities$", "kind": "actions", "required": True},
        ]
    }
    profile = profile_from_data(data, Path("wessex.toml"))
    cut = PLAN[: PLAN.index("Activities")]
    with pytest.raises(LoaderError, match=r"section 'Activities' not found .*sections\[1\] requires it"):
        load_with_profile(Document.from_text("wessex.txt", cut), profile)
    assert load_with_profile(Document.from_text("wessex.txt", PLAN), profile).actions


def test_required_must_be_true_or_false() -> None:
    data = {"sections": [{"match": "^Objectives$", "kind": "priorities", "required": "yes"}]}
    with pytest.raises(LoaderError, match=r"sections\[0\]\.required"):
        profile_from_data(data, Path("wessex.toml"))
