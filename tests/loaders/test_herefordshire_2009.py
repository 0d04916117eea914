"""The Herefordshire CYP Directorate Plan 2009-2011 loader, on the bundled plan and on small snippets."""

from __future__ import annotations

import contextlib
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plan, bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders import get_loader
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.model import Action, Extraction, MeasureType, OutcomeLink, OwnerKind, OwnerRole
from councilkg.loaders.parsing.cells import split_action_items, split_dates
from councilkg.loaders.parsing.owners import owner_fragment_is_complete, split_listed_names

HEREFORDSHIRE_2009 = bundled_plan("herefordshire-cyp-directorate-plan-2009-11.txt").path
PLAN_LINES = HEREFORDSHIRE_2009.read_text(encoding="utf-8").splitlines()
LOADER = get_loader("herefordshire-directorate-2009")

HEAD = "Children and Young People's Directorate Plan 2009-2011\n\n"
DLT = (
    "Directorate Leadership Team:\n\n"
    "Suzie Goodman (Interim Head of Safeguarding and Vulnerable Children)\n"
    "Kathy O'Mahony (Head of Community Operations)\n\n"
)
ACTION_HEADER = "Project Area\tActions\tTimescale\tDLT accountable\tLead manager\n"


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    """The bundled plan, extracted once."""
    return LOADER.load(read_document(HEREFORDSHIRE_2009))


def load_snippet(body: str) -> Extraction:
    """Return the extraction of a plan made of the title, the leadership team and ``body``."""
    return LOADER.load(Document.from_text("snippet.txt", HEAD + DLT + body))


def priority_block(rows: str) -> str:
    """Return a 4.3 section with one priority block whose action table holds ``rows``."""
    return (
        "4.3 Action Plan 2009-2011\n\n"
        "DIRECTORATE PRIORITY\tTo embed safeguarding arrangements across all services and agencies\t\n"
        "Children and Young People's Plan priorities\tTo ensure referrals are timely\tStay Safe\t\n\n"
        "Action plan\t\t\t\t\n" + ACTION_HEADER + rows
    )


def actions_of(extraction: Extraction) -> dict[str, Action]:
    """Return the extraction's actions by label."""
    return {action.label: action for action in extraction.actions}


# -- sniffing ----------------------------------------------------------------------------------------


def test_sniff_claims_this_plan_and_no_other_bundled_plan() -> None:
    """At least 0.9 for this plan, under 0.2 for every other bundled plan."""
    for plan in bundled_plans():
        score = LOADER.sniff(read_document(plan.path))
        if plan.path == HEREFORDSHIRE_2009:
            assert score >= 0.9
        else:
            assert score < 0.2, plan.path.name


# -- parsing helpers on literal snippets ------------------------------------------------------------


def test_split_dates_keeps_prefixes_of_bare_years() -> None:
    """ "From 2009 April 2010" is two timescales; the prefix stays with the year."""
    assert split_dates("From 2009 April 2010") == ["From 2009", "April 2010"]
    assert split_dates("March 2009 March 2010 March 2010 March 2011") == [
        "March 2009",
        "March 2010",
        "March 2010",
        "March 2011",
    ]
    assert split_dates("2009-2011") == ["2009-2011"]


def test_split_action_items_on_markerless_bullets() -> None:
    """Run-on, fused and repeated-verb bullets each become an item."""
    assert split_action_items(
        "Implement pilot bid Address requirements for long term sustainability "
        "Implement lessons learnt for other schools"
    ) == [
        "Implement pilot bid",
        "Address requirements for long term sustainability",
        "Implement lessons learnt for other schools",
    ]
    assert split_action_items(
        "Draft asset management plan for consultationConfirm approach, alongside local plans", 2
    ) == ["Draft asset management plan for consultation", "Confirm approach, alongside local plans"]
    assert split_action_items(
        "Implement Parenting & Family Support Manager roles Implement Parenting Support Advisor roles"
    ) == ["Implement Parenting & Family Support Manager roles", "Implement Parenting Support Advisor roles"]


def test_owner_fragments() -> None:
    """Split owner cells are recognised as fragments until they name a post."""
    assert not owner_fragment_is_complete("Service Manager, Referral and")
    assert not owner_fragment_is_complete("Access and Improvement")
    assert owner_fragment_is_complete("Service Manager, Referral and Assessment")
    assert owner_fragment_is_complete("Directorate Leadership Team")


def test_split_listed_names() -> None:
    """Semicolon lists, the last item split at its last "and"."""
    assert split_listed_names(
        "West Mercia Constabulary; Worcestershire and Herefordshire YOS and Probation."
    ) == [
        "West Mercia Constabulary",
        "Worcestershire and Herefordshire YOS",
        "Probation",
    ]


# -- the reader on snippets --------------------------------------------------------------------------


def test_interim_post_keeps_its_title_and_a_cut_owner_cell_resolves_to_it() -> None:
    """ "Interim" becomes the post's description; "Head of Safeguarding and" + "Vulnerable Children" is it."""
    found = load_snippet(
        priority_block(
            "Referrals and assessments\t Implement the review \tJuly 2009\tHead of Safeguarding and\t"
            "Service Manager, Referral and\t\n"
            "\t Improve performance \tJune 2009\tVulnerable Children\tAssessment\t\n"
        )
    )
    post = next(p for p in found.posts if p.holder == "Suzie Goodman")
    assert (post.title, post.description, post.source_line) == (
        "Head of Safeguarding and Vulnerable Children",
        "Interim",
        5,
    )
    for action in found.actions:
        assert [(o.name, o.kind, o.role) for o in action.owners] == [
            ("Head of Safeguarding and Vulnerable Children", OwnerKind.POST, OwnerRole.ACCOUNTABLE),
            ("Service Manager, Referral and Assessment", OwnerKind.POST, OwnerRole.LEAD_MANAGER),
        ]
    assert [(a.label, a.timescale, a.due) for a in found.actions] == [
        ("Implement the review", "July 2009", (2009, 7)),
        ("Improve performance", "June 2009", (2009, 6)),
    ]
    assert found.priorities[0].contributes_to[0] == OutcomeLink("ecm", "stay-safe")


def test_each_bullet_gets_its_own_date_and_a_row_continues_after_a_page_break() -> None:
    """Three dates for four bullets; the fourth bullet ends after the repeated header with its date."""
    found = load_snippet(
        priority_block(
            "Targeted Youth Support\t Publish Targeted Youth Support strategy and action plan Pilot approach "
            "to TYS in identified areas Evaluate the pilot Provide evidence that the needs of children "
            "\tJune 2009 July 2009 Dec 2009\tHead of Improvement and Inclusion"
            "\tCommunity Youth Services Manager\t\n"
            "\n" + ACTION_HEADER + "\thave been met through TYS interventions\tMarch 2010\t\t\n"
        )
    )
    assert [(a.label, a.timescale) for a in found.actions] == [
        ("Publish Targeted Youth Support strategy and action plan", "June 2009"),
        ("Pilot approach to TYS in identified areas", "July 2009"),
        ("Evaluate the pilot", "Dec 2009"),
        ("Provide evidence that the needs of children have been met through TYS interventions", "March 2010"),
    ]
    assert all(a.source_line == found.actions[0].source_line for a in found.actions)


def test_one_timescale_for_all_bullets_and_from_kept_as_printed() -> None:
    """ "2009-2011" beside three bullets dates all three with no due; "From June 2009" is a start, no due."""
    found = load_snippet(
        priority_block(
            "TAMHS\t Implement pilot bid Address requirements for sustainability Implement lessons learnt "
            "\t2009-2011\tHead of Community Operations\tManager of Social Inclusion\n"
            "Business support\t Identify current processes Set out programme for improvement "
            "\tJune 2009 From June 2009\tHead of Community Operations\tBusiness Support Manager\n"
        )
    )
    by_label = actions_of(found)
    assert [by_label[label].timescale for label in ("Implement pilot bid", "Implement lessons learnt")] == [
        "2009-2011",
        "2009-2011",
    ]
    assert by_label["Implement pilot bid"].due is None
    assert (
        by_label["Set out programme for improvement"].timescale,
        by_label["Set out programme for improvement"].due,
    ) == ("From June 2009", None)


def test_project_area_and_owner_cells_split_over_rows() -> None:
    """ "Capital Commissioning" + "Programme" is one area; OCR residue "IIICIUSIOII" is not an owner."""
    found = load_snippet(
        priority_block(
            "Capital Commissioning\t Establish principles \tBy May 2009\tHead of Planning, Performance and\t"
            "Schools Planning and Access Manager\n"
            "Programme\tDraft plan for consultationConfirm approach\tTo June 2009 Sept 2009\tDevelopment\t\n"
            "Additional needs\tEmbed initial phase\tApril 2009\tHead of\tAccess and\n"
            "and SEN\t Implement next phase \tMarch 2010\tImprovement and Inclusion\tImprovement\n"
            "\tDevelop strategy\t2009-2010\tIIICIUSIOII\tManager\n"
        )
    )
    sections = {action.section for action in found.actions}
    assert sections == {"Capital Commissioning Programme", "Additional needs and SEN"}
    by_label = actions_of(found)
    assert by_label["Confirm approach"].timescale == "Sept 2009"
    assert by_label["Draft plan for consultation"].timescale == "To June 2009"
    assert [o.name for o in by_label["Develop strategy"].owners] == [
        "Head of Improvement and Inclusion",
        "Access and Improvement Manager",
    ]
    assert any("IIICIUSIOII" in warning.message for warning in found.warnings)


def test_missing_title_is_a_loader_error() -> None:
    """Text without the plan's title is not this plan."""
    with pytest.raises(LoaderError, match="title"):
        LOADER.load(Document.from_text("x.txt", "Some other plan\n\nDIRECTORATE PRIORITY\tx\n"))


# -- the whole plan ----------------------------------------------------------------------------------


def test_plan_vision_and_leadership(extraction: Extraction) -> None:
    """Plan metadata, cited plans, vision, five DLT posts held by people (plus the document contact)."""
    plan = extraction.plan
    assert (plan.authority, plan.slug, plan.plan_type, plan.start_year, plan.end_year, plan.source_line) == (
        "herefordshire",
        "cyp-directorate-plan-2009-11",
        "DirectoratePlan",
        2009,
        2011,
        1,
    )
    assert [cited.slug for cited in plan.draws_on] == [
        "cypp-2008-11",
        "local-area-agreement",
        "community-strategy",
        "corporate-plan",
    ]
    assert extraction.vision is not None and extraction.vision.source_line == 50
    assert extraction.vision.text.endswith("their parents/ carers and families")
    holders = {post.holder: (post.title, post.source_line, post.description) for post in extraction.posts}
    assert holders["Kathy O'Mahony"] == ("Head of Community Operations", 44, None)
    assert holders["Chris Baird"] == ("Head of Planning, Performance and Development", 41, None)
    assert holders["Suzie Goodman"] == ("Head of Safeguarding and Vulnerable Children", 42, "Interim")
    assert holders["Sharon Menghini"][0] == "Director of Children's Services"
    assert len(extraction.posts) == 6 and len(extraction.people) == 6


def test_units_partners_and_joint_working(extraction: Extraction) -> None:
    """Team plans, divisions, new teams within PPD, other directorates, Children's Trust members."""
    units = {unit.name: unit for unit in extraction.units}
    assert units["Community Operations"].parent == "Children and Young People's Directorate"
    assert units["Workforce Strategy"].parent == "Planning, Performance and Development"
    assert units["Business Support"].source_line == 323
    assert units["Resources"].description is not None and units["Resources"].description.startswith(
        "Asset management"
    )
    assert len(extraction.units) == 28
    partners = [(p.name, p.description) for p in extraction.partners]
    assert len(partners) == 10
    assert ("NHS Herefordshire", "including GPs") in partners
    assert partners[-2:] == [
        ("Worcestershire and Herefordshire Youth Offending Service", None),
        ("Herefordshire Probation Service", None),
    ]


def test_six_priorities_with_their_outcomes_and_implications(extraction: Extraction) -> None:
    """One node per priority (the 1.1 and 4.1 lists matched by text), with LAA, CYPP and ECM links."""
    priorities = extraction.priorities
    assert [p.source_line for p in priorities] == [422, 450, 486, 516, 584, 618]
    assert not any(p.listed_only for p in priorities)
    safeguarding = priorities[1]
    assert safeguarding.label == "To embed safeguarding arrangements across all services and agencies"
    schemes = [link.scheme for link in safeguarding.contributes_to]
    assert schemes.count("herefordshire-cypp-2008-11") == 4 and schemes.count("herefordshire-laa") == 1
    assert OutcomeLink("ecm", "stay-safe") in safeguarding.contributes_to
    assert (
        safeguarding.financial_implications == "The actions identified will be met within mainstream budgets"
    )
    assert priorities[3].contributes_to[1].key.startswith("improve-participation-and-achievement")
    assert priorities[5].description == "For ourselves"
    assert priorities[4].financial_implications is None and priorities[4].staffing_implications
    outcomes = {o.key: o for o in extraction.outcomes}
    assert outcomes["targeted-and-pooled-resources-providing-cost-effective"].broader == "service-management"


def test_indicators_with_observations(extraction: Extraction) -> None:
    """NI 59's outturn, SN Group comparator and targets; unreferenced and local-code rows kept."""
    indicators = {i.key: i for i in extraction.indicators}
    ni59 = indicators["ni-59"]
    assert ni59.source_line == 456 and ni59.national_codes == [("ni", "59")]
    assert ni59.measures == [extraction.priorities[1].key]
    values = {
        (o.measure_type, o.period): (o.raw_value, o.value, o.comparator_group) for o in ni59.observations
    }
    assert values == {
        (MeasureType.OUTTURN, "2007/08"): ("55.2%", Decimal("55.2"), None),
        (MeasureType.COMPARATOR, "2007/08"): ("71.1%", Decimal("71.1"), "SN Group"),
        (MeasureType.TARGET, "2009/10"): ("65%", Decimal("65"), None),
        (MeasureType.TARGET, "2010/11"): ("70%", Decimal("70"), None),
    }
    cafs = indicators["number-of-cafs-completed"]
    assert cafs.ref is None and cafs.source_line == 430
    assert [(o.raw_value, o.value) for o in cafs.observations if o.measure_type is MeasureType.TARGET] == [
        ("300", Decimal("300")),
        ("500", Decimal("500")),
    ]
    assert indicators["hcs-28"].ref == "HCS 28" and indicators["hcs-28"].national_codes == []
    assert indicators["dis1219"].ref == "DIS1219"
    new = indicators["ni-50"].observations[0]
    assert (new.raw_value, new.value) == ("New indicator", None)
    assert indicators["ni-72"].observations[1].comparator_group == "England"
    priority_indicators = [i for i in extraction.indicators if i.measures]
    assert len(priority_indicators) == 68


def test_appendix_3_indicators_name_their_partner(extraction: Extraction) -> None:
    """Partner-supplied indicators carry the organisation and their outturns."""
    indicators = {i.key: i for i in extraction.indicators}
    ni111 = indicators["ni-111"]
    assert ni111.partners == ["Youth Offending Service"]
    assert (ni111.observations[0].raw_value, ni111.observations[0].period) == ("303", "2007/08")
    assert indicators["hcs-60a"].partners == ["Herefordshire Residents' Satisfaction Survey"]
    assert len([i for i in extraction.indicators if i.partners]) == 26


def test_apa_grades(extraction: Extraction) -> None:
    """Grades by judgement area and year, and by outcome area for 2008."""
    indicators = {i.key: i for i in extraction.indicators}
    capacity = indicators["apa-the-councils-overall-capacity-to-improve-its"]
    assert [(o.year, o.raw_value, o.value, o.unit) for o in capacity.observations][-1] == (
        2008,
        "3",
        Decimal("3"),
        "score",
    )
    assert all(o.period is None for o in capacity.observations)
    stay_safe = indicators["apa-2008-stay-safe"]
    assert stay_safe.measures_outcomes == [OutcomeLink("ecm", "stay-safe")]
    assert stay_safe.observations[0].value == Decimal("2")


def test_actions_with_owners_and_timescales(extraction: Extraction) -> None:
    """The action plans' bullets, each with its own date and owners; projects are marked."""
    plan_actions = [a for a in extraction.actions if not a.is_project]
    projects = [a for a in extraction.actions if a.is_project]
    assert len(plan_actions) == 107 and len(projects) == 14
    by_label = actions_of(extraction)
    ams = by_label["Meet Readiness Criteria"]
    assert (ams.timescale, ams.source_line, ams.section) == (
        "March 2009",
        444,
        "Aiming High for Disabled Children",
    )
    assert by_label["Implement commissioning plan for year 2"].timescale == "March 2011"
    assert by_label["Commence formal implementation of new structure"].due == (2010, 1)
    sen = by_label["Further develop strategy for SEN provision"]
    assert [o.name for o in sen.owners if o.role is OwnerRole.LEAD_MANAGER] == ["SEN manager"]
    vfm = by_label["Identify efficiencies of 3% alongside further demands for 2010/2011"]
    assert [(o.name, o.kind) for o in vfm.owners if o.role is OwnerRole.LEAD_MANAGER] == [
        ("Directorate Leadership Team", OwnerKind.UNIT)
    ]
    tamhs = by_label["Targeted Mental Health in Schools"]
    assert tamhs.is_project and tamhs.source_line == 370 and tamhs.supports == [extraction.priorities[0].key]
    assert tamhs.description is not None and tamhs.description.startswith("Implement successful bid")


def test_risk_register_and_environmental_impacts(extraction: Extraction) -> None:
    """CYP1-CYP5 with ratings and owners; six environmental impacts as ENV risks."""
    risks = {risk.ref: risk for risk in extraction.risks}
    cyp1 = risks["CYP1"]
    assert (cyp1.likelihood, cyp1.severity, cyp1.rating, cyp1.rating_level) == (3, 4, 12, "HIGH")
    assert (cyp1.residual_likelihood, cyp1.residual_severity, cyp1.residual_rating) == (2, 3, 6)
    assert [o.name for o in cyp1.owners] == ["Head of Planning, Performance and Development"]
    assert [o.name for o in risks["CYP2"].owners] == ["Head of Safeguarding and Vulnerable Children"]
    assert risks["CYP5"].source_line == 667
    assert [ref for ref in risks if ref.startswith("ENV")] == [f"ENV{n}" for n in range(1, 7)]
    assert risks["ENV6"].label == "Extending use of school buildings"


def test_every_item_points_at_its_own_line(extraction: Extraction) -> None:
    """Each indicator, risk and action's source line prints it."""
    for indicator in extraction.indicators:
        assert indicator.label[:30] in PLAN_LINES[indicator.source_line - 1]
    for risk in extraction.risks:
        assert risk.label[:30] in PLAN_LINES[risk.source_line - 1]
    for action in extraction.actions:
        assert action.label[:25] in PLAN_LINES[action.source_line - 1]


def test_coverage_places_every_table_row(extraction: Extraction) -> None:
    """No table row is left unplaced and most lines are read."""
    coverage = coverage_of(extraction, read_document(HEREFORDSHIRE_2009))
    assert coverage.unplaced_table_rows == ()
    assert coverage.percent > 74


# -- robustness ---------------------------------------------------------------------------------------


def load_text(text: str) -> None:
    """Run ``text`` through this loader and the triples; only LoaderError may come out."""
    document = Document.from_text("plan.txt", text)
    with contextlib.suppress(LoaderError):
        extraction_to_graph(LOADER.load(document), document)


@pytest.mark.parametrize("cut", range(0, len(PLAN_LINES) + 10, 10))
def test_truncated_plan_gives_a_result_or_our_error(cut: int) -> None:
    """The plan cut at every tenth line, from either end, still loads or fails with LoaderError."""
    load_text("\n".join(PLAN_LINES[:cut]))
    load_text("\n".join(PLAN_LINES[cut:]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500))
def test_any_text_after_the_title_gives_a_result_or_our_error(text: str) -> None:
    """Arbitrary text under the plan's title never raises anything but LoaderError."""
    load_text(HEAD + text)


def test_file_on_disk_reads_like_the_bundled_plan() -> None:
    """Reading the plan through a copied file gives the same number of actions."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "plan.txt"
        copy.write_text(HEREFORDSHIRE_2009.read_text(encoding="utf-8"), encoding="utf-8")
        assert len(LOADER.load(read_document(copy)).actions) == 121
