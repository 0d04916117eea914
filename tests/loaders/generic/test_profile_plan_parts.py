"""More profile keys for a plan in the Herefordshire 2009-11 layout (issue 19), on a snippet: the
vision with its list (``with_list``), priorities listed by group (``priority_groups``), grade tables
(``item_key`` with ``{year}``, a column's outcome ``scheme``), projects supporting the priorities of
the areas named like them (``projects``), a row's broader concept (``broader``), ``ecm_expected``,
risks numbered by template with cells added to their fields (``risk_ref``, ``adds_to``, ``format``),
``outturn_warnings``, ``value_warnings``, and stray rows under an ignored heading."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction, Outcome, OutcomeLink, Vision

PLAN = "\n".join(
    [
        "Wessex Directorate Plan 2009-2011",  # 1
        "Contents",
        "\t1.1\tVision",
        "",
        "Our vision is to improve lives by services that are:",  # 5
        "- Responsive",
        "- Focused on need",
        "",
        "Our priorities are:",
        "For children, their families,\tTo keep children safe everywhere",  # 10
        "parents/carers\tTo raise standards",
        "For ourselves\tTo build a fit organisation",
        "",
        "2.1 Annual Performance Assessment 2008",
        "Outcome area\tGrade awarded 2007\tGrade",  # 15
        "Stay Safe\t2\t3",
        "",
        "3.6 Major projects",
        "Project\tBrief summary\tDLT accountable lead",
        "Safer recruitment\tVetting for all staff\tHead of HR",  # 20
        "",
        "4.3 Action Plan",
        "DIRECTORATE PRIORITY To keep children safe everywhere\t",
        "Plan priorities\tA quality service Targeted resources for all\tService management",
        "PI Ref\tDefinition\tOutturn 2008/2009\tTarget 2009/2010\tPartner",  # 25
        "NI 1\tFirst measure\t-31pp\t5%\tPCT",
        "NI 2\tSecond measure\t\t7%\tPCT",
        "Project Area\tActions\tTimescale\tDLT accountable",
        "Safer recruitment (SR)\tVet all staff\tJune 2009\tHead of HR",
        "DIRECTORATE PRIORITY To raise standards\t",  # 30
        "Plan priorities\tTo raise standards in schools\tEnjoy and Achieve",
        "",
        "Appendix 4 Environmental impacts",
        "Activity\tImpact\tSignificance\tProcedures\tTargets",
        "School transport\tAir pollution\tCost\tContracts reviewed\tFewer cars",  # 35
        "School meals\tFood miles\t\tLocal food\t",
    ]
)

PROFILE = r"""
[profile]
outline = false
outcomes_measured = true
outturn_warnings = false
value_warnings = true
written_values = false

[[sections]]
match = '^Contents$'
kind = "ignore"

[[sections]]
match = '^Our vision is\b'
kind = "vision"
with_list = true

[[sections]]
match = '^Our priorities are:$'
kind = "section"
priority_groups = '(?-i:To [a-z].+?(?=\s+To [a-z]|$))'

[[sections]]
match = '^2\.1\s'
kind = "indicators"
as_section = true
type = "APA grade"
item_key = "apa-{year}-{label}"
key_length = 20

[[sections]]
match = '^3\.6\s'
kind = "actions"
projects = true
item_key = "project-{label}"

[[sections]]
match = '^4\.3\s'
kind = "section"

[[sections]]
match = '^DIRECTORATE PRIORITY\s+(?P<label>.+)$'
kind = "priority"
in_rows = true
ecm_expected = true

[[sections]]
match = '^Appendix 4\b'
kind = "risks"
risk_ref = "ENV{number}"

[[rows]]
match = '^Plan priorities\t'
read_as = "priority plan link"
outcomes = true
scheme = "plan"
broader = '^Service management$'

[[frameworks]]
scheme = "plan"
label = "The Plan"

[[frameworks.concepts]]
match = '(?-i:To [a-z][^\t]+?(?=\s+To [a-z]|$))'

[[frameworks.concepts]]
match = '(?-i:[A-Z][a-z]*\s[a-z][^\t]*?(?=\s+[A-Z][a-z]*\s[a-z]|$))'

[[columns]]
match = '^Outcome area$'
role = "title"
outcomes = true
scheme = "ecm"

[[columns]]
match = '^Project$'
role = "action"

[[columns]]
match = '^Brief summary$'
role = "description"

[[columns]]
match = '^Activity$'
role = "title"

[[columns]]
match = '^Impact$'
role = "description"

[[columns]]
match = '^Significance$'
role = "ignore"
adds_to = "description"
format = "(Significance: {cell})"

[[columns]]
match = '^Procedures$'
role = "mitigation"

[[columns]]
match = '^Targets$'
role = "ignore"
adds_to = "mitigation"
format = "Target: {cell}"
"""


def _profile(text: str = PROFILE) -> Profile:
    return profile_from_data(tomllib.loads(text), Path("p.toml"))


@pytest.fixture(scope="module")
def reading() -> Extraction:
    """The snippet read with the profile."""
    return load_with_profile(Document.from_text("p.txt", PLAN), _profile())


def _warnings(reading: Extraction) -> list[tuple[int, str]]:
    return [(warning.line, warning.message) for warning in reading.warnings]


def test_vision_with_its_list_and_an_ignored_contents_page(reading: Extraction) -> None:
    """The vision line and its bullets; the contents row under an ignored heading is no stray row."""
    assert reading.vision == Vision(
        "Our vision is to improve lives by services that are: Responsive; Focused on need", 5
    )
    assert dict(reading.placed)[3] == "ignored"
    assert 3 not in [line for line, _ in _warnings(reading)]


def test_priorities_take_their_groups_as_descriptions(reading: Extraction) -> None:
    """Each detailed priority takes the group of the listed priority most like it, as printed down to
    the row listing it (a group ending mid-phrase goes on in the row below); a listed priority detailed
    nowhere is warned about."""
    assert [(p.label, p.description) for p in reading.priorities] == [
        ("To keep children safe everywhere", "For children, their families,"),
        ("To raise standards", "For children, their families, parents/carers"),
    ]
    assert (12, "listed priority 'To build a fit organisation' is detailed nowhere") in _warnings(reading)


def test_grades_keys_and_outcomes(reading: Extraction) -> None:
    """A grade is an outturn score of its header's year, else the heading's; the key template takes the
    heading's year and the label's slug; the title column names ECM outcomes only, warning of none."""
    [grades] = [i for i in reading.indicators if i.indicator_type == "APA grade"]
    assert (grades.key, grades.label, grades.section) == (
        "apa-2008-stay-safe",
        "Stay Safe",
        "2.1 Annual Performance Assessment 2008",
    )
    assert [(o.raw_value, o.value, o.unit, o.year) for o in grades.observations] == [
        ("2", 2, "score", 2007),
        ("3", 3, "score", 2008),
    ]
    assert grades.measures_outcomes == [OutcomeLink("ecm", "stay-safe")]


def test_a_project_supports_the_priorities_of_its_area(reading: Extraction) -> None:
    """The project "Safer recruitment" supports the priority whose action area is "Safer recruitment
    (SR)"; it is a project keyed by its template, described by its summary."""
    [project] = [action for action in reading.actions if action.is_project]
    assert (project.key, project.description, project.supports) == (
        "project-safer-recruitment",
        "Vetting for all staff",
        ["to-keep-children-safe-everywhere"],
    )


def test_a_rows_broader_concept_and_ecm_expected(reading: Extraction) -> None:
    """ "Service management" is the broader concept of the row's two concepts (not linked itself); the
    priority naming no ECM outcome is warned about, the one naming one is not."""
    first, second = reading.priorities
    assert first.contributes_to == [
        OutcomeLink("plan", "a-quality-service"),
        OutcomeLink("plan", "targeted-resources-for-all"),
    ]
    assert {(o.key, o.broader) for o in reading.outcomes if isinstance(o, Outcome)} >= {
        ("service-management", None),
        ("a-quality-service", "service-management"),
        ("targeted-resources-for-all", "service-management"),
    }
    assert (23, "priority 'To keep children safe everywhere' names no Every Child Matters outcome") in (
        _warnings(reading)
    )
    assert OutcomeLink("ecm", "enjoy-and-achieve") in second.contributes_to
    assert 30 not in [line for line, _ in _warnings(reading)]


def test_value_and_outturn_warnings(reading: Extraction) -> None:
    """'-31pp' is warned about as no number; NI 2's missing outturn is not (outturn_warnings off)."""
    messages = _warnings(reading)
    assert (26, "value '-31pp' under 'Outturn 2008/2009' is not a number as printed") in messages
    assert not any(line == 27 for line, _ in messages)


def test_risks_numbered_with_cells_added_to_their_fields(reading: Extraction) -> None:
    """ENV1, ENV2: the impact and its significance the description, the procedures and target the
    mitigation (an empty cell adds nothing)."""
    assert [(r.ref, r.label, r.description, r.mitigation) for r in reading.risks] == [
        (
            "ENV1",
            "School transport",
            "Air pollution (Significance: Cost)",
            "Contracts reviewed Target: Fewer cars",
        ),
        ("ENV2", "School meals", "Food miles", "Local food"),
    ]
