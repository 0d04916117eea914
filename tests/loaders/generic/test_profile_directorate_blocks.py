"""Profile keys for a plan that prints each priority as a block of tables (issue 19, for Herefordshire
2009-11 as a profile), each on a small snippet in that layout: a priority heading's key template and
``key_length`` and ``in_section``; action tables read area by area (``area_rows``); a comparator
column's period from the outturn before it (``period = "outturn"``); ``[[rows]]`` read in tables,
naming the priority's outcomes of one framework (``outcomes``, ``scheme``); indicators measuring the
priority's outcomes (``outcomes_measured``); the implications table; a risk rating printed with its level."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction, OutcomeLink

PLAN = "\n".join(
    [
        "Wessex Directorate Plan 2009-2011",
        "",
        "4.3 Action Plan 2009-2011",
        "",
        "DIRECTORATE PRIORITY To embed safeguarding arrangements across all services and agencies\t\t",
        "Local Area Agreement\tEncourage children to achieve Improve participation post 14\t",
        "Children's Plan priorities\tTo ensure referrals are timely To promote e-safety\tStay Safe",
        "Indicators\tIndicators",
        "PI Ref\tDefinition\tOutturn 2007/2008\tSN Group comparator\tTarget 2009/2010",
        "NI 59\tInitial assessments within 7 days\t55.2%\t71.1%\t65%",
        "",
        "Action plan\tAction plan",
        "Project Area\tActions\tTimescale\tDLT accountable\tLead manager",
        "Referrals and assessments\tPublish the draft structureCommence formal implementation\t"
        "June 2009 January 2010\tHead of Safeguarding and\tService Manager, Referral and",
        "\tEnsure compliance with ICS\tMarch 2010\tVulnerable Children\tAssessment",
        "Fieldwork\tImprove the quality of assessments for children\t\tHead of Fieldwork\tTeam Manager",
        "\t\t\tX",
        "",
        "Project Area\tActions\tTimescale\tDLT accountable\tLead manager",
        "\tand young people in need\tApril 2010\t\t",
        "",
        "Financial implications\tStaffing implications\tRisk implications",
        "Met within budgets\tTwo social workers\tRecruitment may fail",
        "\t\tand cost more",
        "",
        "Risk ref\tRisk description\tLikelihood\tSeverity\tRating",
        "CYP1\tFailure to recruit\t3\t4\t12- HIGH",
    ]
)

PROFILE = r"""
[profile]
outline = false
area_rows = true
area_key_length = 20
outcomes_measured = true

[[sections]]
match = '^4\.3\s+Action Plan'
kind = "section"
as_section = true

[[sections]]
match = '^DIRECTORATE PRIORITY\s+(?P<label>(?:To\s+)?(?P<aim>\S.+))$'
kind = "priority"
in_rows = true
key = "{aim}"
key_length = 25
in_section = true

[[columns]]
match = 'comparator$'
role = "comparator"
period = "outturn"

[[rows]]
match = '^Local Area Agreement\t'
read_as = "priority LAA link"
outcomes = true
scheme = "laa"

[[rows]]
match = '^Children.s Plan priorities\t'
read_as = "priority CYPP link"
outcomes = true
scheme = "cypp"

[[rows]]
match = '^(?:Indicators|Action plan)\t'
read_as = "table heading"
in_tables = true

[[frameworks]]
scheme = "laa"
label = "Local Area Agreement"

[[frameworks.concepts]]
match = '(?-i:(?:Encourage|Improve)\s[^\t]+?(?=\s+(?:Encourage|Improve)\s|$))'

[[frameworks]]
scheme = "cypp"
label = "Children's Plan"

[[frameworks.concepts]]
match = '(?-i:To [a-z][^\t]+?(?=\s+To [a-z]|$))'
"""


def _profile(text: str = PROFILE) -> Profile:
    return profile_from_data(tomllib.loads(text), Path("p.toml"))


@pytest.fixture(scope="module")
def reading() -> Extraction:
    """The snippet read with the profile."""
    return load_with_profile(Document.from_text("p.txt", PLAN), _profile())


def test_priority_key_template_length_and_section(reading: Extraction) -> None:
    """The key is the template's slug cut at ``key_length``; the priority is in the as_section heading
    above it, as are the items of its tables (a project area cell says more for actions)."""
    [priority] = reading.priorities
    assert priority.key == "embed-safeguarding"
    assert priority.section == "4.3 Action Plan 2009-2011"
    assert [indicator.section for indicator in reading.indicators] == ["4.3 Action Plan 2009-2011"]


def test_outcome_rows_give_the_priority_one_frameworks_concepts(reading: Extraction) -> None:
    """Each row's cells after the first name outcomes of its rule's framework only, and ECM outcomes;
    the rows are placed as their rules say, also inside a table."""
    [priority] = reading.priorities
    assert priority.contributes_to == [
        OutcomeLink("laa", "encourage-children-to-achieve"),
        OutcomeLink("laa", "improve-participation-post-14"),
        OutcomeLink("ecm", "stay-safe"),  # a row's ECM outcomes before its concepts
        OutcomeLink("cypp", "to-ensure-referrals-are-timely"),
        OutcomeLink("cypp", "to-promote-e-safety"),
    ]
    assert {(outcome.scheme, outcome.label) for outcome in reading.outcomes} >= {
        ("cypp", "To promote e-safety")
    }
    placed = dict(reading.placed)
    assert (placed[6], placed[7], placed[8], placed[12]) == (
        "priority LAA link",
        "priority CYPP link",
        "table heading",
        "table heading",
    )


def test_indicators_measure_the_prioritys_outcomes_and_comparator_periods(reading: Extraction) -> None:
    """``outcomes_measured``: the indicator measures the priority's ECM outcome; the comparator
    column with no period of its own takes the outturn's before it."""
    [indicator] = reading.indicators
    assert indicator.measures_outcomes == [OutcomeLink("ecm", "stay-safe")]
    assert [(o.measure_type.value, o.period, o.comparator_group) for o in indicator.observations] == [
        ("Outturn", "2007/08", None),
        ("Comparator", "2007/08", "SN Group"),
        ("Target", "2009/10", None),
    ]


def test_area_rows(reading: Extraction) -> None:
    """Actions run together are split by their timescales, keyed by area and number; an owner cell
    split over rows is read whole for every action of its area; a one-word cell under a complete one
    is residue; an action continued after a page break keeps its line; a row of owners only dates the
    first undated action."""
    assert [(a.key, a.label, a.timescale, a.source_line, a.section) for a in reading.actions] == [
        ("referrals-and-1", "Publish the draft structure", "June 2009", 14, "Referrals and assessments"),
        (
            "referrals-and-2",
            "Commence formal implementation",
            "January 2010",
            14,
            "Referrals and assessments",
        ),
        ("referrals-and-3", "Ensure compliance with ICS", "March 2010", 15, "Referrals and assessments"),
        (
            "fieldwork-1",
            "Improve the quality of assessments for children and young people in need",
            "April 2010",
            16,
            "Fieldwork",
        ),
    ]
    owners = [[owner.name for owner in action.owners] for action in reading.actions]
    assert (
        owners[0]
        == owners[2]
        == [
            "Head of Safeguarding and Vulnerable Children",
            "Service Manager, Referral and Assessment",
        ]
    )
    assert owners[3] == ["Head of Fieldwork", "Team Manager"]
    assert (17, "owner cell 'X' read as residue of 'Head of Fieldwork'") in [
        (w.line, w.message) for w in reading.warnings
    ]
    assert reading.actions[0].supports == ["embed-safeguarding"]


def test_implications_and_rating_level(reading: Extraction) -> None:
    """The implications table's cells, joined over rows, are the priority's; '12- HIGH' is 12, HIGH."""
    [priority] = reading.priorities
    assert (priority.financial_implications, priority.staffing_implications, priority.risk_implications) == (
        "Met within budgets",
        "Two social workers",
        "Recruitment may fail and cost more",
    )
    [risk] = reading.risks
    assert (risk.rating, risk.rating_level) == (12, "HIGH")


def test_without_area_rows_the_run_on_cell_is_one_action() -> None:
    """Without ``area_rows`` a row is an action as printed."""
    found = load_with_profile(
        Document.from_text("p.txt", PLAN), _profile(PROFILE.replace("area_rows = true", ""))
    )
    assert "Publish the draft structureCommence formal implementation" in [a.label for a in found.actions]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (
            ("key_length = 25", "key_length = 5"),
            "sections[1].key_length: must be a whole number from 10 to 200",
        ),
        (
            ("as_section = true", "as_section = true\nin_section = true"),
            "sections[0].in_section: applies only",
        ),
        (
            ('scheme = "laa"\n\n[[rows]]', 'scheme = "lab"\n\n[[rows]]'),
            "rows[0].scheme: no [[frameworks]] has the scheme 'lab'",
        ),
        (('period = "outturn"', 'period = "later"'), "columns[0].period: 'later' is not a period"),
        (
            ("area_key_length = 20", "area_key_length = true"),
            "profile.area_key_length: must be a whole number",
        ),
    ],
)
def test_the_new_keys_are_checked(change: tuple[str, str], error: str) -> None:
    """A bad value of a new key is one error naming it."""
    with pytest.raises(LoaderError, match=error.replace("[", r"\[").replace("]", r"\]")):
        _profile(PROFILE.replace(*change))
