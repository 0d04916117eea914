"""The engine keys the Lambeth 2007-10 profile brought, on snippets of the plan (continued from
``test_profile_lambeth_2007.py``): paired date and owner cells, partners in owner cells, headed titles,
actions headings' sentences and topics, owner fragments split by a page break."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.errors import LoaderError
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import OutcomeLink
from tests.loaders.generic.reading import assert_profile_error, read_with_rules
from tests.loaders.generic.test_profile_lambeth_2007 import PROFILE, _snippet, document, reading  # noqa: F401


def _action_plan_rules(*keys: str, after: tuple[str, ...] = ()) -> str:
    """Return a profile (TOML) reading a snippet's "Action Plan" table, with ``keys`` in ``[profile]``
    and the lines ``after`` below the section."""
    lines = [
        "",
        "[profile]",
        "outline = false",
        *keys,
        "[[sections]]",
        "match = '^Action Plan$'",
        'kind = "actions"',
    ]
    return "\n".join([*lines, *after]) + "\n"


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
    rules = _action_plan_rules("paragraph_items = true", f"paired_cells = {str(paired).lower()}")
    found = read_with_rules(PAIRED, rules)
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
    rules = _action_plan_rules(after=("[owners]", f"partners_apart = {str(apart).lower()}"))
    found = read_with_rules(text, rules)
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

HEADED_RULES = _action_plan_rules(
    after=(
        "[[sections]]",
        "match = '^Structure$'",
        'kind = "ignore"',
        "[[posts]]",
        "match = '''(?-i:^(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) – (?P<post>[^\\t]+)\\t)'''",
        "[owners]",
        "post_head = '(?-i:(?:[A-Z][a-z]+ )?Director)\\b'",
    )
)


def test_posts_written_with_their_head_are_the_plan_s_posts() -> None:
    """With ``[owners] post_head``, "Divisional Director Community Learning" and "Divisional Director.
    X" are "Divisional Director, …"; a unit after such a post in the cell takes its head; a title naming
    the same unit as one post the plan names under that head (the chart, read before the owner cells)
    is that post, warned once; one naming none of them is a post of its own at its line, warned."""
    found = read_with_rules(HEADED, HEADED_RULES)
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
    rules = HEADED_RULES + 'chart = "staffing chart"\n'
    found = read_with_rules(HEADED, rules)
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

SENTENCE_RULES = """
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


def test_sentences_of_a_section_ending_in_a_date_are_its_actions() -> None:
    """With an actions heading's ``sentences``, each sentence of its paragraphs the pattern finds is an
    action due at its group ``timescale``, of the rule's section and the topic a ``topics`` line named
    last; sentences under the next heading are not read."""
    found = read_with_rules(SENTENCES, SENTENCE_RULES)
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
    assert_profile_error(tmp_path, f"[[sections]]\nmatch = '^X$'\n{rule}\n", error)


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
    found = read_with_rules(text, rules)
    (indicator,) = found.indicators
    missing = [w.message for w in found.warnings if "printed" in w.message]
    if keys:
        assert indicator.measures_outcomes == [OutcomeLink("ecm", "be-healthy")]
        assert missing == ["indicator 'BVPI 197' has no 'TARGET 2007/08' printed"]
    else:
        assert (indicator.measures_outcomes, missing) == ([], [])


def test_ecm_names_are_checked(tmp_path: Path) -> None:
    """``ecm_names`` takes Every Child Matters outcome keys only."""
    assert_profile_error(
        tmp_path, "[profile]\necm_names = { be-wealthy = 'x' }\n", "profile.ecm_names.be-wealthy: unknown key"
    )


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
    found = read_with_rules(text, rules)
    assert found.people == {"Roy Gopaul": 3}
    assert [(unit.name, unit.source_line, unit.parent) for unit in found.units] == [
        ("Policy and Planning", 4, None)
    ]
    assert found.posts == []


def test_a_holder_then_needs_a_post_or_a_unit(tmp_path: Path) -> None:
    """``then`` without the group ``post`` or ``unit`` is a one-line error."""
    assert_profile_error(
        tmp_path,
        "[[holders]]\nmatch = '^(?P<name>.+)$'\nthen = '^x$'\n",
        "holders[0].then: needs the group(s) (?P<post>...)",
    )


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
    rules = _action_plan_rules(
        "paragraph_items = true", "paired_cells = true", f"continued_items = {str(continued).lower()}"
    )
    found = read_with_rules(FRAGMENTS, rules)
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
    found = read_with_rules(text, rules)
    assert found.people == {"Ann Lee": 3}
    assert [(p.title, p.source_line) for p in found.posts] == [
        ("Executive Director, Children's Service", 4 if post_line else 3)
    ]


def test_post_line_needs_then(tmp_path: Path) -> None:
    """``post_line`` without ``then`` is a one-line error."""
    assert_profile_error(
        tmp_path,
        "[[holders]]\nmatch = '(?P<name>.+), (?P<post>.+)'\npost_line = true\n",
        "holders[0].post_line: applies only to a rule with then",
    )


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


CONTENTS = "\n".join(
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

CONTENTS_RULES = """
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


def test_an_ignored_section_until_its_end_and_heading_lines_are_placed() -> None:
    """An ignore heading's ``place`` names what its lines are placed as, ``until`` the heading that
    ends it (an appendix heading before it is one of its lines); ``heading_lines`` places headings
    nothing else read as "heading"."""
    found = read_with_rules(CONTENTS, CONTENTS_RULES)
    assert [found.placed.get(line) for line in (3, 4)] == ["contents", "contents"]
    assert [found.placed.get(line) for line in (5, 6)] == ["heading", "heading"]
    assert [action.label for action in found.actions] == ["Build a school"]
    with pytest.raises(LoaderError, match=r"sections\[0\]\.place"):
        profile_from_data(
            tomllib.loads(CONTENTS_RULES.replace('kind = "ignore"', 'kind = "section"')), Path("p.toml")
        )
