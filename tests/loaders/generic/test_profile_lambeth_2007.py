"""A profile of Lambeth's Children and Young People's Service Plan 2007-10
(``councilkg/data/profiles/lambeth-cyps-service-plan-2007-10.toml``), measured against the Python
module's golden file (``tests/data/golden/lambeth-cyps-service-plan-2007-10.nq.gz``), and the engine
keys it brought, on snippets: a column's ``anchor``, ``carry`` and ``section``."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data, read_profile
from councilkg.loaders.model import Extraction, OutcomeLink
from tests.loaders.golden import golden_quads
from tests.loaders.test_lambeth_2007_golden import GOLDEN, PLAN_FILE, _quads

PROFILE = (
    Path(__file__).resolve().parents[3]
    / "councilkg"
    / "data"
    / "profiles"
    / "lambeth-cyps-service-plan-2007-10.toml"
)

#: The module's plan graph as the profile gives it: the golden quads it gives (at least) and the quads
#: it gives that the golden file lacks (at most), but for the engine's own provenance.
GOLDEN_QUADS_GIVEN = 4071
EXTRA_QUADS_AT_MOST = 0


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def reading(document: Document) -> Extraction:
    """The plan as the engine reads it with the profile, without the engine's reading provenance."""
    found = load_with_profile(document, read_profile(PROFILE))
    return dataclasses.replace(
        found,
        priorities=[dataclasses.replace(item, reading=None) for item in found.priorities],
        actions=[dataclasses.replace(item, reading=None) for item in found.actions],
        indicators=[dataclasses.replace(item, reading=None) for item in found.indicators],
        risks=[dataclasses.replace(item, reading=None) for item in found.risks],
    )


def test_progress_towards_the_golden_file(reading: Extraction, document: Document) -> None:
    """The profile gives at least the golden quads it gave last, and no more extra quads."""
    golden = golden_quads(GOLDEN)
    quads = _quads(reading, document)
    assert len(quads & golden) >= GOLDEN_QUADS_GIVEN
    assert len(quads - golden) <= EXTRA_QUADS_AT_MOST


def test_the_indicator_appendix_is_the_modules(reading: Extraction, document: Document) -> None:
    """The appendix's 41 indicators, their references, labels, sections and values, as the module read
    them: rows whose cells a page break shifted are read around their reference (``anchor``)."""
    golden = golden_quads(GOLDEN)
    found = _quads(reading, document)
    labels = {quad for quad in golden if "/indicator/" in quad.split(" ")[0] and "#label>" in quad}
    assert len(labels) == 41 and labels <= found
    (care_leavers,) = [i for i in reading.indicators if i.ref == "PAF A4 (BVPI 161)"]
    assert (care_leavers.label, care_leavers.section, care_leavers.source_line) == (
        "Employment, education and training for care leavers",
        "ECONOMIC WELL-BEING",
        366,
    )
    (disabled,) = [i for i in reading.indicators if i.ref == "PAF E67"]
    assert (disabled.label, disabled.section) == ("Children in need with disabilities", "ECONOMIC WELL-BEING")


SNIPPET = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "",
        "PERFORMANCE INDICATORS",
        "OUTCOME\t\tINDICATOR TITLE\tINDICATOR\tOUTTURN 06/07\tTARGET 2007/08",
        "STAY SAFE\tStability of placements\tPAF A1\t15.4\t13\t",  # 5
        "\tRe-registrations\tPAF A3\t12.5\t12\t",
        "\tENJOY AND ACHIEVE\tAbsence in schools\tBVPI 45\t7.4",
        "Children in need\t\tPAF E67\t3\tN/A",
    ]
)
COLUMNS = """
[profile]
outline = false
[[sections]]
match = '^PERFORMANCE INDICATORS$'
kind = "indicators"
[[columns]]
match = '^OUTCOME$'
role = "outcome"
carry = true
section = true
[[columns]]
match = '^INDICATOR TITLE$'
role = "title"
[[columns]]
match = '^INDICATOR$'
role = "ref"
anchor = '^(?:PAF|BVPI) [A-Z]?\\d+$'
"""


def _snippet(profile: str) -> Extraction:
    data = tomllib.loads(profile)
    return load_with_profile(Document.from_text("p.txt", SNIPPET), profile_from_data(data, Path("p.toml")))


def test_rows_are_read_around_their_anchor_with_the_outcome_carried_down() -> None:
    """Each row's reference is found wherever it is printed; the cells before it fill the named columns
    (the last the title), those after it the value columns; the outcome printed once is every row's
    below it, and their section."""
    found = _snippet(COLUMNS)
    assert [
        (i.ref, i.label, i.section, i.measures_outcomes, [o.raw_value for o in i.observations])
        for i in found.indicators
    ] == [
        ("PAF A1", "Stability of placements", "STAY SAFE", [OutcomeLink("ecm", "stay-safe")], ["15.4", "13"]),
        ("PAF A3", "Re-registrations", "STAY SAFE", [OutcomeLink("ecm", "stay-safe")], ["12.5", "12"]),
        (
            "BVPI 45",
            "Absence in schools",
            "ENJOY AND ACHIEVE",
            [OutcomeLink("ecm", "enjoy-and-achieve")],
            ["7.4"],
        ),
        (
            "PAF E67",
            "Children in need",
            "ENJOY AND ACHIEVE",
            [OutcomeLink("ecm", "enjoy-and-achieve")],
            ["3", "N/A"],
        ),
    ]


def test_without_the_keys_the_rows_are_read_as_printed() -> None:
    """No anchor: the cells are read by the header's positions (the blank header cell shifts them);
    no carry: a row with an empty outcome cell measures no outcome and has no section from it."""
    plain = "\n".join(line for line in COLUMNS.splitlines() if not line.startswith(("anchor", "carry")))
    found = _snippet(plain)
    assert found.indicators[0].label == "PAF A1"
    assert found.indicators[1].measures_outcomes == []
    assert found.indicators[1].section is None


@pytest.mark.parametrize(
    ("key", "error"),
    [
        ("anchor = '('", "columns[0].anchor"),
        ("carry = 'yes'", "columns[0].carry: must be true or false"),
        ("section = 1", "columns[0].section: must be true or false"),
    ],
)
def test_the_keys_are_checked(tmp_path: Path, key: str, error: str) -> None:
    """A bad anchor pattern, or carry or section not true or false, is a one-line error naming the key."""
    path = tmp_path / "p.toml"
    path.write_text(f"[[columns]]\nmatch = 'x'\nrole = 'ref'\n{key}\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape(error)):
        read_profile(path)


LISTS = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "We will work to achieve our common aims of:",
        "",
        "- Safeguarding children",
        "- Raising achievement",  # 5
        "",
        "**Being Healthy** – *Ensuring health promotion*",
        "",
        "- Further reduce substance misuse",
        "- Further reduce teenage pregnancy",  # 10
        "**Service Management** – *Improving our systems*",
        "- Further improve value for money",
        "**Phyllis Dunipace** – Executive Director",
        "- Not a priority",
        "Our aim is to reduce waiting times.",  # 15
    ]
)
LIST_RULES = """
[profile]
outline = false
[[priority_lists]]
match = '\\bcommon aims of:$'
section = "Common aims"
[[priority_lists]]
match = '^(?P<outcome>[A-Z][A-Za-z ]+?)(?<!\\s)\\s*–\\s*\\S'
section = "Our Shared Priorities"
[[frameworks]]
scheme = "wessex-shared"
label = "Wessex Shared Priorities"
[[frameworks.concepts]]
match = '(?i)^service management$'
label = "Service Management"
"""


def test_priorities_listed_under_the_outcomes_they_serve() -> None:
    """A line a rule finds heads the bulleted list below it: each item a priority of the rule's section,
    contributing to the outcome the line's group ``outcome`` names (an ECM outcome or a framework's
    concept, recorded at that line); a line naming no outcome heads no list."""
    profile = profile_from_data(tomllib.loads(LIST_RULES), Path("p.toml"))
    found = load_with_profile(Document.from_text("p.txt", LISTS), profile)
    assert [(p.label, p.source_line, p.section, p.contributes_to) for p in found.priorities] == [
        ("Safeguarding children", 4, "Common aims", []),
        ("Raising achievement", 5, "Common aims", []),
        ("Further reduce substance misuse", 9, "Our Shared Priorities", [OutcomeLink("ecm", "be-healthy")]),
        ("Further reduce teenage pregnancy", 10, "Our Shared Priorities", [OutcomeLink("ecm", "be-healthy")]),
        (
            "Further improve value for money",
            12,
            "Our Shared Priorities",
            [OutcomeLink("wessex-shared", "service-management")],
        ),
    ]
    assert [(o.key, o.label, o.source_line) for o in found.outcomes] == [
        ("service-management", "Service Management", 11)
    ]


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ("section = 'x'", "priority_lists[0].match: missing"),
        ("match = '('", "priority_lists[0].match"),
        ("match = 'x'\nlisted = 'y'", "priority_lists[0]"),
    ],
)
def test_a_priority_list_rule_is_checked(tmp_path: Path, rule: str, error: str) -> None:
    """A rule needs a valid ``match`` and takes only ``match`` and ``section``."""
    path = tmp_path / "p.toml"
    path.write_text(f"[[priority_lists]]\n{rule}\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape(error)):
        read_profile(path)


CHART = "\n".join(
    [
        "Wessex Children's Service — Service Plan 2007-10",  # 1
        "The Service is made up of 2 Divisions, as follows:",
        "- Standard and Inclusion",
        "- Resources",
        "",  # 5
        "Management Structure",
        "<p><b>Ann Lee – Divisional Director, Inclusion and Standards</b></p> <p>Key Priorities:</p> "
        "<ul><li>• Raising achievement</li> <li>• Improving transition</li></ul>\t<p>PHOTO</p>",
        "<p><b>Raj Shah – Divisional Director, Finance</b></p> <p>Key Priorities:</p> "
        "<ul><li>• Raising achievement</li></ul>\t<p>PHOTO</p>",
    ]
)
CHART_RULES = """
[profile]
outline = false
[[sections]]
match = '^Management Structure$'
kind = "ignore"
[[units]]
listed_under = 'is made up of \\d+ Divisions'
parent = "Wessex Children's Service"
[[posts]]
match = '''(?-i:^(?P<name>[A-Z]\\w+ [A-Z]\\w+) – (?P<post>Divisional Director, (?P<unit>[^\\t]+?)) Key)'''
known_unit = true
priorities = '•\\s*(?P<label>[^•\\t]*[^•\\t\\s])'
section = "Key Divisional Priorities"
key = "{unit} {label}"
"""


def test_a_chart_row_names_a_post_of_a_listed_division_and_its_priorities() -> None:
    """Units listed under a line take the rule's ``parent``; a post row's unit named like one listed
    unit is that unit (``known_unit``), else as printed; the items after the post (``priorities``) are
    priorities the post is responsible for, of the rule's ``section``, keyed by ``key``."""
    profile = profile_from_data(tomllib.loads(CHART_RULES), Path("p.toml"))
    found = load_with_profile(Document.from_text("p.txt", CHART), profile)
    assert [(u.name, u.parent) for u in found.units] == [
        ("Standard and Inclusion", "Wessex Children's Service"),
        ("Resources", "Wessex Children's Service"),
    ]
    assert [(p.title, p.unit, p.holder, p.source_line) for p in found.posts] == [
        ("Divisional Director, Inclusion and Standards", "Standard and Inclusion", "Ann Lee", 7),
        ("Divisional Director, Finance", "Finance", "Raj Shah", 8),
    ]
    assert [
        (p.key, p.label, p.section, [(o.name, o.kind.value, o.role.value) for o in p.owners])
        for p in found.priorities
    ] == [
        (
            "standard-and-inclusion-raising-achievement",
            "Raising achievement",
            "Key Divisional Priorities",
            [("Divisional Director, Inclusion and Standards", "post", "responsible")],
        ),
        (
            "standard-and-inclusion-improving-transition",
            "Improving transition",
            "Key Divisional Priorities",
            [("Divisional Director, Inclusion and Standards", "post", "responsible")],
        ),
        (
            "finance-raising-achievement",
            "Raising achievement",
            "Key Divisional Priorities",
            [("Divisional Director, Finance", "post", "responsible")],
        ),
    ]
    without = profile_from_data(tomllib.loads(CHART_RULES.replace("known_unit = true", "")), Path("p.toml"))
    unlisted = load_with_profile(Document.from_text("p.txt", CHART), without)
    assert unlisted.posts[0].unit == "Inclusion and Standards"


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ("match = '(?P<post>x)'\nsection = 'S'", "posts[0].section: applies only to a rule with priorities"),
        (
            "match = '(?P<post>x)'\npriorities = 'y'\nkey = '{nope}'",
            "posts[0].key: template '{nope}' names nope",
        ),
        ("match = '(?P<post>x)'\nknown_unit = 1", "posts[0].known_unit: must be true or false"),
    ],
)
def test_a_post_rule_s_priority_keys_are_checked(tmp_path: Path, rule: str, error: str) -> None:
    """``section`` and ``key`` need ``priorities``; the key template names the groups, label and unit."""
    path = tmp_path / "p.toml"
    path.write_text(f"[[posts]]\n{rule}\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape(error)):
        read_profile(path)


ACTION_PLAN = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "**Staying Safe** – *Ensuring children are safe*",
        "- Further improve stability and security for children looked after",
        "**Service Management** – *Improving our systems*",
        "- Further improve value for money",  # 5
        "Action Plan and Targets",
        "<b>Stay safe</b>\t\t\t",
        "Priorities\tAction Plan & Targets\tDate\tResponsible Division",
        "Further improve security and stability of children looked after\tReduce placement moves\t"
        "March 2008\tHead of Care",
        "<b>Service management</b>\t\t\t",  # 10
        "Achieve value for money\tEstablish a vfm group\tMay 2008\tHead of Resources",
        "Risk Management\tEstablish a risk group\tMay 2008\tHead of Resources",
    ]
)
ACTION_RULES = """
[profile]
outline = false
outcome_subheadings = true
[[priority_lists]]
match = '^(?P<outcome>[A-Z][A-Za-z ]+?)(?<!\\s)\\s*–\\s*\\S'
[[sections]]
match = '^Action Plan and Targets$'
kind = "actions"
section = "Action Plan and Targets"
[[columns]]
match = '^Priorities$'
role = "priority"
reworded = true
[[frameworks]]
scheme = "wessex-shared"
label = "Wessex Shared Priorities"
[[frameworks.concepts]]
match = '(?i)^service management$'
label = "Service Management"
"""


def test_an_action_plan_rewording_the_priorities_of_its_outcome_subheadings() -> None:
    """With ``outcome_subheadings``, a subheading row naming an outcome (printed above the header too)
    is the outcome in force, not the rows' section; with a priority column's ``reworded``, a priority
    cell rewording a priority of that outcome is that priority, and another is a new priority of the
    outcome and of the heading's section."""
    profile = profile_from_data(tomllib.loads(ACTION_RULES), Path("p.toml"))
    found = load_with_profile(Document.from_text("p.txt", ACTION_PLAN), profile)
    assert [(a.label, a.supports, a.section) for a in found.actions] == [
        (
            "Reduce placement moves",
            ["further-improve-stability-and-security-for-children-looked"],
            "Action Plan and Targets",
        ),
        ("Establish a vfm group", ["further-improve-value-for-money"], "Action Plan and Targets"),
        ("Establish a risk group", ["risk-management"], "Action Plan and Targets"),
    ]
    (risk,) = [p for p in found.priorities if p.key == "risk-management"]
    assert (risk.source_line, risk.section, risk.contributes_to) == (
        12,
        "Action Plan and Targets",
        [OutcomeLink("wessex-shared", "service-management")],
    )
    assert not any("no header row" in w.message for w in found.warnings)


def test_without_the_keys_subheadings_are_sections_and_cells_new_priorities() -> None:
    """Without ``outcome_subheadings`` a subheading row is the section of the rows below (one above the
    header is warned about); without ``reworded`` the reworded cell is a priority of its own, of no
    section."""
    rules = ACTION_RULES.replace("outcome_subheadings = true", "").replace("reworded = true", "")
    profile = profile_from_data(tomllib.loads(rules), Path("p.toml"))
    found = load_with_profile(Document.from_text("p.txt", ACTION_PLAN), profile)
    assert any("no header row" in w.message for w in found.warnings)
    assert [a.section for a in found.actions] == [
        "Action Plan and Targets",
        "Service management",
        "Service management",
    ]
    assert found.actions[0].supports == ["further-improve-security-and-stability-of-children-looked"]
    (new,) = [p for p in found.priorities if p.key == found.actions[0].supports[0]]
    assert new.section is None


def test_reworded_is_for_a_priority_column(tmp_path: Path) -> None:
    """``reworded`` on a column of another role is a one-line error."""
    path = tmp_path / "p.toml"
    path.write_text("[[columns]]\nmatch = 'x'\nrole = 'action'\nreworded = true\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape("columns[0].reworded: applies only to a column of role")):
        read_profile(path)
