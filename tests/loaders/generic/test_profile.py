"""Layout profiles: reading and checking TOML, fixing what the generic loader gets wrong, starting ones."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile, SectionKind
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.generic.profileinit import initial_profile
from councilkg.loaders.model import Extraction, MeasureType, OutcomeLink, OwnerKind, OwnerRole
from councilkg.loaders.parsing.columns import ColumnRole

DATA = Path(__file__).resolve().parents[2] / "data" / "generic"
NORTHMOOR = DATA / "northmoor-cypp-2010-13.txt"
THEMES = DATA / "northmoor-themes-2010-13.txt"
THEMES_PROFILE = DATA / "northmoor-themes.toml"


@pytest.fixture(scope="module")
def themes() -> Extraction:
    """The themes edition read with its profile."""
    return load_with_profile(read_document(THEMES), read_profile(THEMES_PROFILE))


def test_profile_file_is_read() -> None:
    """The worked example's profile names its sections, columns, owners and plan."""
    profile = read_profile(THEMES_PROFILE)
    assert profile.name == "northmoor-themes" and profile.source == str(THEMES_PROFILE)
    assert [rule.kind for rule in profile.sections] == [SectionKind.PRIORITY, SectionKind.RISKS]
    assert [rule.role for rule in profile.columns][:2] == [ColumnRole.RESPONSIBLE, ColumnRole.TITLE]
    assert profile.columns[2].period == "2009/10"
    assert profile.owners.separators == (";",)
    assert profile.owners.kind_of("virtual school") is OwnerKind.UNIT  # patterns ignore case
    assert (profile.plan.council, profile.plan.plan_type) == ("Northmoor", "ChildrenAndYoungPeoplesPlan")


def test_generic_loader_alone_gets_the_themes_edition_wrong() -> None:
    """Without the profile: the theme headings are read, but indicators are lost, risks read as actions."""
    found = load_with_profile(read_document(THEMES))
    assert found.indicators == [] and found.risks == []
    assert any(action.label.startswith("Social worker vacancies") for action in found.actions)


def test_profile_reads_themes_as_priorities(themes: Extraction) -> None:
    """ "Theme A – ..." headings are priorities with their ECM outcome; rows attach to them."""
    assert [(p.key, p.ref, p.label, p.contributes_to) for p in themes.priorities] == [
        ("theme-a", "Theme A", "Keeping children and young people safe", [OutcomeLink("ecm", "stay-safe")]),
        ("theme-b", "Theme B", "Raising attainment in schools", [OutcomeLink("ecm", "enjoy-and-achieve")]),
    ]
    assert [a.supports for a in themes.actions] == [["theme-a"], ["theme-a"], ["theme-b"]]
    assert [(i.ref, i.measures) for i in themes.indicators] == [
        ("NI 65", ["theme-a"]),
        ("NI 73", ["theme-b"]),
    ]


def test_profile_columns_and_owners(themes: Extraction) -> None:
    """ "Who" is the owner, split at ";"; "Name (Post)" is a person in a post; a unit is named by pattern."""
    audit, recruit, _ = themes.actions
    assert [(o.name, o.kind, o.role) for o in audit.owners] == [
        ("Head of Safeguarding", OwnerKind.POST, OwnerRole.RESPONSIBLE),
        ("Virtual School", OwnerKind.UNIT, OwnerRole.RESPONSIBLE),
    ]
    assert [(o.name, o.kind) for o in recruit.owners] == [("Mary Okafor", OwnerKind.PERSON)]
    assert ("Service Manager", "Mary Okafor") in {(post.title, post.holder) for post in themes.posts}
    ni65 = themes.indicators[0]
    assert [(o.measure_type, o.period, o.value) for o in ni65.observations] == [
        (MeasureType.OUTTURN, "2009/10", Decimal("13.2")),  # "Last year": the period the profile gives
        (MeasureType.TARGET, "2010/11", Decimal("10")),  # "Aim 2010/11": the header's period
        (MeasureType.OUTTURN, "2010/11", Decimal("11.5")),
    ]


def test_profile_section_makes_risks(themes: Extraction) -> None:
    """Under the profile's risk heading, "How likely" x "How bad" rate each risk; "Owner" owns it."""
    assert [(r.ref, r.likelihood, r.severity, r.rating) for r in themes.risks] == [
        ("R1", 3, 4, 12),
        ("R2", 2, 3, 6),
    ]
    assert themes.risks[1].owners[0].role is OwnerRole.RISK_OWNER
    assert len(themes.actions) == 3


def test_profile_identity_wins_over_guesses(themes: Extraction) -> None:
    """The profile's council, title and type are used, not reported as guesses; the years are guessed."""
    plan = themes.plan
    assert (plan.authority, plan.title, plan.slug) == (
        "northmoor",
        "Children and Young People's Plan 2010-2013",
        "children-and-young-peoples-plan-2010-13",
    )
    assert set(themes.guessed) == {"years"}
    assert themes.loader == "generic:northmoor-themes"
    assert themes.warnings == []


def test_builtin_sections_can_be_switched_off(tmp_path: Path) -> None:
    """With ``builtin_sections = false`` only the profile's headings start sections."""
    path = tmp_path / "off.toml"
    path.write_text("[profile]\nbuiltin_sections = false\n", encoding="utf-8")
    document = read_document(NORTHMOOR)
    assert load_with_profile(document, read_profile(path)).priorities == []
    assert len(load_with_profile(document, Profile()).priorities) == 3


# --- strict checking ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, fragments",
    [
        ("[profil]\nname = 'x'\n", ["profil: unknown key"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'priority'\nlabel = 'y'\n", ["sections[0].label: unknown key"]),
        ("[[sections]]\nmatch = '(unclosed'\nkind = 'priority'\n", ["sections[0].match", "'(unclosed'"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'prioirty'\n", ["sections[0].kind", "'prioirty'", "priority"]),
        (
            "[[sections]]\nmatch = 'x'\nkind = 'outcome'\noutcome = 'be-happy'\n",
            ["sections[0].outcome", "be-happy"],
        ),
        ("[[sections]]\nkind = 'priority'\n", ["sections[0].match: missing"]),
        ("[[columns]]\nmatch = 'who'\nrole = 'owner'\n", ["columns[0].role", "'owner'", "responsible"]),
        (
            "[[columns]]\nmatch = 'x'\nrole = 'outturn'\nperiod = '2009/11'\n",
            ["columns[0].period", "2009/11"],
        ),
        ("[plan]\nyears = '2013-2010'\n", ["plan.years", "2013-2010"]),
        ("[plan]\ngss = 'X123'\n", ["plan.gss", "X123"]),
        ("[plan]\ntype = 'Wishlist'\n", ["plan.type", "Wishlist"]),
        ("[owners]\nname_post = '^(.+), (.+)$'\n", ["owners.name_post", "(?P<name>"]),
        ("[owners]\nposts = 'Head of ['\n", ["owners.posts[0]", "Head of ["]),
        ("[profile]\nbuiltin_columns = 'no'\n", ["profile.builtin_columns", "'no'"]),
        ("sections = 'x'\n", ["sections: must be an array of tables"]),
        ("[plan\n", [":1:", "not a TOML profile"]),
    ],
)
def test_bad_profiles_are_one_clear_error(tmp_path: Path, text: str, fragments: list[str]) -> None:
    """Each mistake is one LoaderError naming the profile file, the key and the value."""
    message = profile_error(tmp_path, text)
    for fragment in fragments:
        assert fragment in message, message


def profile_error(tmp_path: Path, text: str) -> str:
    """Return the one-line error of reading ``text`` as a profile; it must name the file."""
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoaderError) as caught:
        read_profile(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_missing_profile_file(tmp_path: Path) -> None:
    """A profile that is not there is a LoaderError naming it."""
    with pytest.raises(LoaderError, match="cannot read the profile"):
        read_profile(tmp_path / "none.toml")


# --- starting profiles -------------------------------------------------------------------------


def _without_provenance(extraction: Extraction) -> dict[str, object]:
    fields = dataclasses.asdict(extraction)
    return {key: value for key, value in fields.items() if key not in {"loader", "guessed"}}


def test_initial_profile_restates_what_the_loader_saw(tmp_path: Path) -> None:
    """The starting profile is valid, and loading with it gives what the generic loader gives alone."""
    document = read_document(NORTHMOOR)
    text = initial_profile(document)
    assert 'kind = "priority"' in text and 'role = "lead-manager"' in text
    path = tmp_path / "northmoor.toml"
    path.write_text(text, encoding="utf-8")
    profile = read_profile(path)
    assert len(profile.sections) == 5 and len(profile.columns) == 14
    assert _without_provenance(load_with_profile(document, profile)) == _without_provenance(
        load_with_profile(document)
    )


def test_initial_profile_lists_unmapped_headers_as_comments(tmp_path: Path) -> None:
    """Header cells with no role are commented rules to fill in; the file still reads."""
    document = Document.from_text(
        "p.txt", "Wessex Plan 2011-14\nAction\tPhoto\tBy when\nAudit\tAnn Lee\tMay 2011\n"
    )
    text = initial_profile(document)
    assert '# match = "^Photo$"' in text
    assert "# line 2: Action | Photo | By when -> actions" in text
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    assert read_profile(path).name == "p"


def test_initial_profile_of_a_plan_with_no_readable_table() -> None:
    """Even a plan the generic loader cannot read gets a starting profile naming its unread tables."""
    document = Document.from_text("p.txt", "Plan 2011-14\nWhat we will do\tWho\tWhen\nAudit\tAnn\tMay 2011\n")
    text = initial_profile(document)
    assert "[plan]" in text and 'years = "2011-2014"' in text
