"""A profile of Lambeth's Children and Young People's Service Plan 2007-10
(``councilkg/data/profiles/lambeth-cyps-service-plan-2007-10.toml``), measured against the Python
module's golden file (``tests/data/golden/lambeth-cyps-service-plan-2007-10.nq.gz``), and the engine
keys it brought, on snippets: a column's ``anchor``, ``carry`` and ``section``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.model import Extraction, OutcomeLink
from tests.loaders.generic.reading import assert_profile_error, read_with_rules
from tests.loaders.golden import golden_quads
from tests.loaders.test_lambeth_2007_golden import GOLDEN, GOLDEN_PLAN, PLAN_FILE

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
    quads = GOLDEN_PLAN.quads(reading, document)
    assert len(quads & golden) >= GOLDEN_QUADS_GIVEN
    assert len(quads - golden) <= EXTRA_QUADS_AT_MOST


def test_the_indicator_appendix_is_the_modules(reading: Extraction, document: Document) -> None:
    """The appendix's 41 indicators, their references, labels, sections and values, as the module read
    them: rows whose cells a page break shifted are read around their reference (``anchor``)."""
    golden = golden_quads(GOLDEN)
    found = GOLDEN_PLAN.quads(reading, document)
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
    return read_with_rules(SNIPPET, profile)


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


#: A framework of the plan's own whose one concept, "Service Management", an outcome line can name.
SERVICE_MANAGEMENT = """[[frameworks]]
scheme = "wessex-shared"
label = "Wessex Shared Priorities"
[[frameworks.concepts]]
match = '(?i)^service management$'
label = "Service Management"
"""

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
LIST_RULES = (
    """
[profile]
outline = false
[[priority_lists]]
match = '\\bcommon aims of:$'
section = "Common aims"
[[priority_lists]]
match = '^(?P<outcome>[A-Z][A-Za-z ]+?)(?<!\\s)\\s*–\\s*\\S'
section = "Our Shared Priorities"
"""
    + SERVICE_MANAGEMENT
)


def test_priorities_listed_under_the_outcomes_they_serve() -> None:
    """A line a rule finds heads the bulleted list below it: each item a priority of the rule's section,
    contributing to the outcome the line's group ``outcome`` names (an ECM outcome or a framework's
    concept, recorded at that line); a line naming no outcome heads no list."""
    found = read_with_rules(LISTS, LIST_RULES)
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
    found = read_with_rules(CHART, CHART_RULES)
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
    unlisted = read_with_rules(CHART, CHART_RULES.replace("known_unit = true", ""))
    assert unlisted.posts[0].unit == "Inclusion and Standards"


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
ACTION_RULES = (
    """
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
"""
    + SERVICE_MANAGEMENT
)


def test_an_action_plan_rewording_the_priorities_of_its_outcome_subheadings() -> None:
    """With ``outcome_subheadings``, a subheading row naming an outcome (printed above the header too)
    is the outcome in force, not the rows' section; with a priority column's ``reworded``, a priority
    cell rewording a priority of that outcome is that priority, and another is a new priority of the
    outcome and of the heading's section."""
    found = read_with_rules(ACTION_PLAN, ACTION_RULES)
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
    found = read_with_rules(ACTION_PLAN, rules)
    assert any("no header row" in w.message for w in found.warnings)
    assert [a.section for a in found.actions] == [
        "Action Plan and Targets",
        "Service management",
        "Service management",
    ]
    assert found.actions[0].supports == ["further-improve-security-and-stability-of-children-looked"]
    (new,) = [p for p in found.priorities if p.key == found.actions[0].supports[0]]
    assert new.section is None


@pytest.mark.parametrize(
    ("rules", "error"),
    [
        # A bad anchor pattern, or carry or section not true or false, is a one-line error naming the key.
        ("[[columns]]\nmatch = 'x'\nrole = 'ref'\nanchor = '('\n", "columns[0].anchor"),
        (
            "[[columns]]\nmatch = 'x'\nrole = 'ref'\ncarry = 'yes'\n",
            "columns[0].carry: must be true or false",
        ),
        (
            "[[columns]]\nmatch = 'x'\nrole = 'ref'\nsection = 1\n",
            "columns[0].section: must be true or false",
        ),
        # A priority list rule needs a valid ``match`` and takes only ``match`` and ``section``.
        ("[[priority_lists]]\nsection = 'x'\n", "priority_lists[0].match: missing"),
        ("[[priority_lists]]\nmatch = '('\n", "priority_lists[0].match"),
        ("[[priority_lists]]\nmatch = 'x'\nlisted = 'y'\n", "priority_lists[0]"),
        # A post rule's ``section`` and ``key`` need ``priorities``; the key template names the groups,
        # label and unit.
        (
            "[[posts]]\nmatch = '(?P<post>x)'\nsection = 'S'\n",
            "posts[0].section: applies only to a rule with priorities",
        ),
        (
            "[[posts]]\nmatch = '(?P<post>x)'\npriorities = 'y'\nkey = '{nope}'\n",
            "posts[0].key: template '{nope}' names nope",
        ),
        ("[[posts]]\nmatch = '(?P<post>x)'\nknown_unit = 1\n", "posts[0].known_unit: must be true or false"),
        # ``reworded`` on a column of another role than priority.
        (
            "[[columns]]\nmatch = 'x'\nrole = 'action'\nreworded = true\n",
            "columns[0].reworded: applies only to a column of role",
        ),
    ],
)
def test_the_keys_are_checked(tmp_path: Path, rules: str, error: str) -> None:
    """A bad value of a key this profile brought is a one-line error naming the key."""
    assert_profile_error(tmp_path, rules, error)
