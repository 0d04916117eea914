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


PAIRED = "\n".join(
    [
        "Wessex Service Plan 2007-10",
        "Action Plan",
        "Priorities\tActions\tDate\tResponsible Division",
        "Raise achievement\t<ul><li>Develop targets</li> <li>Re-submit applications</li></ul>\t"
        "March 2008  December 2007\t<p>Head of Schools</p> <p>Head of Skills</p>",
        "Reduce crime\t<ul><li>Reduce re-offending</li> <li>Reduce first offences</li></ul>\tMarch 2008\t"
        "Head of Youth",
    ]
)


@pytest.mark.parametrize(("paired", "expected"), [(True, 0), (False, 1)])
def test_paired_cells_give_each_item_its_own_date_and_owner(paired: bool, expected: int) -> None:
    """With ``paired_cells``, a date or owner cell listing as many values as the action cell lists
    actions gives one to each; a single value is every action's. Without it each takes the whole cell."""
    rules = f"""
[profile]
outline = false
paragraph_items = true
paired_cells = {str(paired).lower()}
[[sections]]
match = '^Action Plan$'
kind = "actions"
"""
    found = load_with_profile(
        Document.from_text("p.txt", PAIRED), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    got = [(a.label, a.timescale, [o.name for o in a.owners]) for a in found.actions]
    wanted = [
        ("Develop targets", "March 2008", ["Head of Schools"]),
        ("Re-submit applications", "December 2007", ["Head of Skills"]),
        ("Reduce re-offending", "March 2008", ["Head of Youth"]),
        ("Reduce first offences", "March 2008", ["Head of Youth"]),
    ]
    assert (got == wanted) is (expected == 0)
    assert got[2:] == wanted[2:]


@pytest.mark.parametrize("apart", [True, False])
def test_a_partner_in_an_owner_cell_is_the_action_s_partner(apart: bool) -> None:
    """With ``[owners] partners_apart``, "Head of Health/PCT" makes the PCT the action's partner, not
    one of its owners; without it the PCT is an owner."""
    text = "\n".join(
        [
            "Wessex Service Plan 2007-10",
            "Action Plan",
            "Priorities\tActions\tDate\tResponsible Division",
            "Reduce teenage pregnancy\tReduce rates by 15%\tMarch 2008\tHead of Health/PCT",
        ]
    )
    rules = f"""
[profile]
outline = false
[[sections]]
match = '^Action Plan$'
kind = "actions"
[owners]
partners_apart = {str(apart).lower()}
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    (action,) = found.actions
    owners = [(owner.name, owner.kind.value) for owner in action.owners]
    if apart:
        assert (owners, action.partners) == ([("Head of Health", "post")], ["PCT"])
    else:
        assert (owners, action.partners) == ([("Head of Health", "post"), ("PCT", "partner")], [])


HEADED = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "Action Plan",
        "Priorities\tActions\tDate\tResponsible Division",
        "Raise achievement\tImprove Key Stage 1\tMarch 2008\t"
        "Divisional Director Community Learning/Inclusion",
        "\tReview commissioning\tMay 2008\tDivisional Director. Commissioning and Strategy",  # 5
        "\tCreate TAC teams\tMay 2008\tDivisional Director, Change Management",
        "\tReduce crime\tMay 2008\tDivisional Director, Community safety",
        "",
        "Structure",
        "Ann Lee – Divisional Director, Change Management and TAC\tPHOTO",  # 10
        "Raj Shah – Divisional Director, Commissioning and Performance\tPHOTO",
    ]
)


def test_posts_written_with_their_head_are_the_plan_s_posts() -> None:
    """With ``[owners] post_head``, "Divisional Director Community Learning" and "Divisional Director.
    X" are "Divisional Director, …"; a unit after such a post in the cell takes its head; a title naming
    the same unit as one post the plan names under that head (the chart, read before the owner cells)
    is that post, warned once; one naming none of them is a post of its own at its line, warned."""
    rules = """
[profile]
outline = false
[[sections]]
match = '^Action Plan$'
kind = "actions"
[[sections]]
match = '^Structure$'
kind = "ignore"
[[posts]]
match = '''(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) – (?P<post>[^\\t]+)\\t)'''
[owners]
post_head = '(?-i:(?:[A-Z][a-z]+ )?Director)\\b'
"""
    found = load_with_profile(
        Document.from_text("p.txt", HEADED), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    assert [[owner.name for owner in action.owners] for action in found.actions] == [
        ["Divisional Director, Community Learning", "Divisional Director, Inclusion"],
        ["Divisional Director, Commissioning and Performance"],
        ["Divisional Director, Change Management and TAC"],
        ["Divisional Director, Community safety"],
    ]
    assert ("Divisional Director, Community safety", 7) in [(p.title, p.source_line) for p in found.posts]
    assert (7, "post 'Divisional Director, Community safety' is not one of the plan's posts") in [
        (w.line, w.message) for w in found.warnings
    ]
    assert [(w.line, w.message) for w in found.warnings if "read as" in w.message] == [
        (
            5,
            "post 'Divisional Director, Commissioning and Strategy' read as the plan's "
            "'Divisional Director, Commissioning and Performance'",
        ),
        (
            6,
            "post 'Divisional Director, Change Management' read as the plan's "
            "'Divisional Director, Change Management and TAC'",
        ),
    ]


def test_owners_chart_names_the_posts_page_in_the_warnings() -> None:
    """``[owners] chart`` names what the plan calls the page of its posts: the headed-title warnings
    say "is not on the <chart>" and "read as the <chart's last word>'s" instead of "the plan's"."""
    rules = """
[profile]
outline = false
[[sections]]
match = '^Action Plan$'
kind = "actions"
[[sections]]
match = '^Structure$'
kind = "ignore"
[[posts]]
match = '''(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) – (?P<post>[^\\t]+)\\t)'''
[owners]
post_head = '(?-i:(?:[A-Z][a-z]+ )?Director)\\b'
chart = "staffing chart"
"""
    found = load_with_profile(
        Document.from_text("p.txt", HEADED), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    messages = [(w.line, w.message) for w in found.warnings if "post '" in w.message]
    assert (7, "post 'Divisional Director, Community safety' is not on the staffing chart") in messages
    assert (
        6,
        "post 'Divisional Director, Change Management' read as the chart's "
        "'Divisional Director, Change Management and TAC'",
    ) in messages
    assert not [message for _, message in messages if "the plan's" in message]


SENTENCES = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "3. Transforming services",
        "Some of these changes include:",
        "- *Children's Centres*",
        "Centres are key. Wessex will have 26 Children's Centres by March 2008.",  # 5
        "- *Youth services*",
        "We aim to open two youth clubs by 2010. They will open late.",
        "4. Our finances",
        "We will save money by 2009.",
    ]
)


def test_sentences_of_a_section_ending_in_a_date_are_its_actions() -> None:
    """With an actions heading's ``sentences``, each sentence of its paragraphs the pattern finds is an
    action due at its group ``timescale``, of the rule's section and the topic a ``topics`` line named
    last; sentences under the next heading are not read."""
    rules = """
[profile]
outline = false
[[sections]]
match = '^3\\.\\s+Transforming services$'
kind = "actions"
section = "Transforming services"
sentences = '\\bby (?P<timescale>(?:March\\s+)?20\\d{2})\\s*\\.?\\s*$'
topics = '^-\\s+(?P<topic>.+)$'
[[sections]]
match = '^4\\.\\s+Our finances$'
kind = "section"
"""
    found = load_with_profile(
        Document.from_text("p.txt", SENTENCES), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    assert [(a.label, a.source_line, a.timescale, a.due, a.section) for a in found.actions] == [
        (
            "Wessex will have 26 Children's Centres by March 2008",
            5,
            "March 2008",
            (2008, 3),
            "Transforming services: Children's Centres",
        ),
        ("We aim to open two youth clubs by 2010", 7, "2010", None, "Transforming services: Youth services"),
    ]


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        (
            "kind = 'section'\nsentences = 'x'",
            "sections[0].sentences: applies only to a section of kind 'actions'",
        ),
        ("kind = 'actions'\nsentences = 'x'\ntopics = '^- .+$'", "sections[0].topics: needs the group"),
        ("kind = 'actions'\ntopics = '^- (?P<topic>.+)$'", "sections[0].topics: needs the group"),
    ],
)
def test_sentence_rules_are_checked(tmp_path: Path, rule: str, error: str) -> None:
    """``sentences`` and ``topics`` are for actions headings; ``topics`` needs its group and sentences."""
    path = tmp_path / "p.toml"
    path.write_text(f"[[sections]]\nmatch = '^X$'\n{rule}\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape(error)):
        read_profile(path)


@pytest.mark.parametrize("keys", [True, False])
def test_a_plan_s_own_ecm_name_and_warnings_for_each_empty_value(keys: bool) -> None:
    """``ecm_names`` gives "HEALTH" the outcome be-healthy; ``value_column_warnings`` warns of each value
    column an indicator row leaves empty, by its header. Without them "HEALTH" names no outcome."""
    text = "\n".join(
        [
            "Wessex Service Plan 2007-10",
            "PERFORMANCE INDICATORS",
            "OUTCOME\tINDICATOR TITLE\tINDICATOR\tOUTTURN 06/07\tTARGET 2007/08",
            "HEALTH\tTeenage pregnancies\tBVPI 197\t-6.6\t",
        ]
    )
    extra = "outturn_warnings = false\nvalue_column_warnings = true\necm_names = { be-healthy = '^health$' }"
    rules = f"""
[profile]
outline = false
{extra if keys else ""}
[[sections]]
match = '^PERFORMANCE INDICATORS$'
kind = "indicators"
[[columns]]
match = '^OUTCOME$'
role = "outcome"
[[columns]]
match = '^INDICATOR TITLE$'
role = "title"
[[columns]]
match = '^INDICATOR$'
role = "ref"
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    (indicator,) = found.indicators
    missing = [w.message for w in found.warnings if "printed" in w.message]
    if keys:
        assert indicator.measures_outcomes == [OutcomeLink("ecm", "be-healthy")]
        assert missing == ["indicator 'BVPI 197' has no 'TARGET 2007/08' printed"]
    else:
        assert (indicator.measures_outcomes, missing) == ([], [])


def test_ecm_names_are_checked(tmp_path: Path) -> None:
    """``ecm_names`` takes Every Child Matters outcome keys only."""
    path = tmp_path / "p.toml"
    path.write_text("[profile]\necm_names = { be-wealthy = 'x' }\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape("profile.ecm_names.be-wealthy: unknown key")):
        read_profile(path)


def test_a_contact_and_the_unit_they_work_in() -> None:
    """A ``[[holders]]`` rule whose ``then`` has the group ``unit`` and no ``post`` records the person
    at the name's line and the unit at the next line's, no post."""
    text = "\n".join(
        [
            "Wessex Service Plan 2007-10",
            "For further information contact:",
            "Roy Gopaul",
            "Policy and Planning",
            "7th Floor, International House",
        ]
    )
    rules = """
[profile]
outline = false
read_empty = true
[[holders]]
match = '(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+)$)'
then = '(?-i:^(?P<unit>[A-Z][a-z]+ and [A-Z][a-z]+)$)'
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    assert found.people == {"Roy Gopaul": 3}
    assert [(unit.name, unit.source_line, unit.parent) for unit in found.units] == [
        ("Policy and Planning", 4, None)
    ]
    assert found.posts == []


def test_a_holder_then_needs_a_post_or_a_unit(tmp_path: Path) -> None:
    """``then`` without the group ``post`` or ``unit`` is a one-line error."""
    path = tmp_path / "p.toml"
    path.write_text("[[holders]]\nmatch = '^(?P<name>.+)$'\nthen = '^x$'\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape("holders[0].then: needs the group(s) (?P<post>...)")):
        read_profile(path)


FRAGMENTS = "\n".join(
    [
        "Wessex Service Plan 2007-10",  # 1
        "Action Plan",
        "Priorities\tActions\tDate\tResponsible Division",
        "Keep children safe\t<ul><li>Improve long-term</li></ul>\tMarch 2008\tDivisional",
        "",  # 5
        "\tstability of placements to 70%\t\tDirector, Social Care",
        "Raise achievement\t<ul><li>Raise level of school</li></ul>\tMarch 2008\t"
        "Divisional Director, Inclusion",
        "\t<p>attendance to the national average</p> <ul><li>Reduce exclusions</li></ul>\t<p>March 2008</p>\t"
        "<p>and Standards</p> <p>Head of Access</p>",
        "\t\t\tHead",
        "Serve all communities\t<ul><li>Review the Equalities Board</li></ul>\tOctober 2008\t"  # 10
        "of Equalities",
    ]
)


@pytest.mark.parametrize("continued", [True, False])
def test_owner_cells_a_page_break_split(continued: bool) -> None:
    """With ``continued_items``, a row whose first action continues the action above gives its first
    owner to that action's owner too ("Divisional" / "Director, Social Care"; "Divisional Director,
    Inclusion" / "and Standards"), the rest to its new actions; an owner alone on a row begins the
    owner of the row below ("Head" / "of Equalities")."""
    rules = f"""
[profile]
outline = false
paragraph_items = true
paired_cells = true
continued_items = {str(continued).lower()}
[[sections]]
match = '^Action Plan$'
kind = "actions"
"""
    found = load_with_profile(
        Document.from_text("p.txt", FRAGMENTS), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    got = [(a.label, [o.name for o in a.owners]) for a in found.actions]
    if continued:
        assert got == [
            ("Improve long-term stability of placements to 70%", ["Divisional Director, Social Care"]),
            (
                "Raise level of school attendance to the national average",
                ["Divisional Director, Inclusion and Standards"],
            ),
            ("Reduce exclusions", ["Head of Access"]),
            ("Review the Equalities Board", ["Head of Equalities"]),
        ]
    else:
        assert ("Improve long-term", ["Divisional"]) in got


@pytest.mark.parametrize("post_line", [True, False])
def test_a_holder_s_post_at_the_line_printing_it(post_line: bool) -> None:
    """A ``[[holders]]`` rule with ``then`` and ``post_line`` records the post at the line printing it
    (the person at the name's); without ``post_line`` both at the name's."""
    text = "Wessex Service Plan 2007-10\n\n**Ann Lee**\n**Executive Director, Children's Service**\n"
    rules = f"""
[profile]
outline = false
read_empty = true
[[holders]]
match = '(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+)$)'
then = '^(?P<post>Executive Director, .+)$'
post_line = {str(post_line).lower()}
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    assert found.people == {"Ann Lee": 3}
    assert [(p.title, p.source_line) for p in found.posts] == [
        ("Executive Director, Children's Service", 4 if post_line else 3)
    ]


def test_post_line_needs_then(tmp_path: Path) -> None:
    """``post_line`` without ``then`` is a one-line error."""
    path = tmp_path / "p.toml"
    path.write_text("[[holders]]\nmatch = '(?P<name>.+), (?P<post>.+)'\npost_line = true\n", encoding="utf-8")
    with pytest.raises(
        LoaderError, match=re.escape("holders[0].post_line: applies only to a rule with then")
    ):
        read_profile(path)


def test_recognise_first_lines_sets_how_far_down_the_title_is_looked_for() -> None:
    """``[recognise] first_lines`` (default 5) is how many first lines the title is searched in; it
    must be a whole number of lines."""
    rules = '[profile]\nname = "p"\n[recognise]\ntitle = "Service Plan \\\\d{4}"\n'
    lines = ["", "", "", "", "", "", "Service Plan 2007-10"]
    default = profile_from_data(tomllib.loads(rules), Path("p.toml"))
    deeper = profile_from_data(tomllib.loads(rules + "first_lines = 7\n"), Path("p.toml"))
    assert default.recognise is not None and deeper.recognise is not None
    assert default.recognise.score(lines, "\n".join(lines)) == 0.0
    assert deeper.recognise.score(lines, "\n".join(lines)) == 1.0
    with pytest.raises(LoaderError, match=r"recognise\.first_lines"):
        profile_from_data(tomllib.loads(rules + "first_lines = 0\n"), Path("p.toml"))


def test_an_ignored_section_until_its_end_and_heading_lines_are_placed() -> None:
    """An ignore heading's ``place`` names what its lines are placed as, ``until`` the heading that
    ends it (an appendix heading before it is one of its lines); ``heading_lines`` places headings
    nothing else read as "heading"."""
    text = "\n".join(
        [
            "# Wessex Plan",  # 1
            "## Contents",
            "Introduction ... 4",
            "**Appendix 1: Priorities**",
            "## 1. Introduction",  # 5
            "## Background",
            "## Action Plan",
            "Action\tTimescale\tLead Officer",
            "Build a school\tMarch 2008\tHead of Schools",
        ]
    )
    rules = """
[profile]
outline = false
heading_lines = '^#'
[[sections]]
match = '^Contents$'
kind = "ignore"
place = "contents"
until = '^1\\.\\s'
[[sections]]
match = '^Action Plan$'
kind = "actions"
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )
    assert [found.placed.get(line) for line in (3, 4)] == ["contents", "contents"]
    assert [found.placed.get(line) for line in (5, 6)] == ["heading", "heading"]
    assert [action.label for action in found.actions] == ["Build a school"]
    with pytest.raises(LoaderError, match=r"sections\[0\]\.place"):
        profile_from_data(tomllib.loads(rules.replace('kind = "ignore"', 'kind = "section"')), Path("p.toml"))
