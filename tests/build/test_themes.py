"""Themes: the SKOS taxonomy, the word rules on literal snippets of the plans, and the themed store.

Snippets are copied from the bundled plans (a label, a description or an expected result). The
store tests read the session ``memory_store`` and scope every answer by plan IRI.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from councilkg.analysis.validate import validate_graph
from councilkg.build.theming import (
    THEME_RULES,
    add_theme_triples,
    assign_themes,
    load_theme_rules,
    phrase_regex,
    theme_rule,
)
from councilkg.errors import ThemeRulesError
from councilkg.ontology import mint, ontology_path, reference_paths
from councilkg.ontology.themes import THEME_SCHEME, theme_iri, theme_labels
from councilkg.ontology.vocab import CKG, CKG_IRI
from councilkg.queries import named_queries
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2007 = mint.plan_iri("lambeth", "cyps-service-plan-2007-10")
LAMBETH_2020 = mint.plan_iri("lambeth", "childrens-directorate-plan-2020-21")
HEREFORDSHIRE_2009 = mint.plan_iri("herefordshire", "cyp-directorate-plan-2009-11")
SOUTHWARK_2010 = mint.plan_iri("southwark", "cypp-2010-13")
PLANS = {
    "cyps-service-plan-2007-10": LAMBETH_2007,
    "childrens-directorate-plan-2020-21": LAMBETH_2020,
    "cyp-directorate-plan-2009-11": HEREFORDSHIRE_2009,
    "cypp-2010-13": SOUTHWARK_2010,
}


def themes_of(text: str) -> dict[str, tuple[str, ...]]:
    """Return ``{theme key: matched words}`` for ``text`` by the shipped rules."""
    return {match.theme: match.matched for match in assign_themes(text)}


def rows(store: EmbeddedStore, query: str, **bindings: ox.NamedNode | ox.Literal) -> list[dict[str, str]]:
    """Run a named query with ``bindings``; return its rows as ``{variable: value}`` (unbound left out)."""
    result = store.query(named_queries()[query].text, bindings)
    return [
        {name: term.value for name, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]


# ---------------------------------------------------------------------------------------------
# The phrase syntax
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, text, matches",
    [
        ("re-offend*", "Reduce re-offending", True),
        ("re-offend*", "a fall in reoffending", True),
        ("decision-making", "Involve more young people in decision- making", True),
        ("children's centre*", "Children’s Centres", True),  # curly apostrophe
        ("children's centre*", "26 Childrens Centres", True),
        ("exclusion*", "Reduce number of permanent exclusions", True),
        ("exclusion*", "Statements of Special Educational Need: excluding 'exceptions'", False),
        ("SEND", "Refresh and deliver the Local Area SEND Strategy", True),
        ("SEND", "send the report", False),  # capitals match capitals only
        ("LAC", "Lack of places", False),
        ("play", "display boards", False),  # whole words only
        ("camhs", "early intervention offer with CAMHs", True),
        ("A*-C", "GCSE performance: grades A* - C", True),
        ("re:\\bKS ?[1-5]\\b", "outcomes at KS4 were inconsistent", True),
        ("re:£\\s?\\d", "Will receive £220K for 2009/10", True),
        ("re:ing\\b", "looking", False),  # a regular expression starts at a word start too
    ],
)
def test_phrase_syntax(phrase: str, text: str, matches: bool) -> None:
    """Phrases match whole words, with loose hyphens, spaces and apostrophes; capitals are exact."""
    assert bool(re.search(phrase_regex(phrase), text)) is matches
    assert bool(theme_rule("health", [phrase]).matched_words(text)) is matches


def test_exclusion_cancels_only_the_match_it_overlaps() -> None:
    """'social exclusion' is dropped, a school exclusion in the same text still counts."""
    rule = theme_rule("exclusions-and-attendance", ["exclusion*"], ["social exclusion"])
    assert rule.matched_words("Tackling social exclusion") == ()
    assert rule.matched_words("Tackling social exclusion and permanent exclusions") == ("exclusions",)


def test_matched_words_are_printed_text_in_order_each_once() -> None:
    """Matched words keep the plan's spelling and order; repeats (any case) are given once."""
    rule = theme_rule("looked-after-children", ["looked after", "LAC"])
    text = "Looked after children: LAC reviews; children looked after"
    assert rule.matched_words(text) == ("Looked after", "LAC")


# ---------------------------------------------------------------------------------------------
# The shipped rules on literal snippets of the plans
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, theme, words",
    [
        # Lambeth 2007-10
        (
            "Reduce teenage pregnancy rates by 15%",
            "teenage-pregnancy-and-sexual-health",
            ("teenage pregnancy",),
        ),
        ("Increase adoption of LAC to 5.5%", "looked-after-children", ("LAC",)),
        ("Increase adoption of LAC to 5.5%", "adoption-and-fostering", ("adoption",)),
        ("Reduce number of permanent exclusions", "exclusions-and-attendance", ("exclusions",)),
        ("No less than 95% of LAC to have health and dental checks", "health", ("health", "dental")),
        ("Reduce turnover of social work staff", "workforce", ("social work staff",)),
        ("Ensure 100% young people leaving care have care plans in place", "care-leavers", ("leaving care",)),
        (
            "Opening of New Michael Tippett School",
            "school-places-and-buildings",
            ("New Michael Tippett School",),
        ),
        (
            "Reduce the number of children on the register for 2 or more years to 10%",
            "child-protection",
            ("on the register",),
        ),
        ("Continue to safeguard children and young people", "safeguarding", ("safeguard",)),
        # Herefordshire 2009-11
        ("Under 18 conception rate", "teenage-pregnancy-and-sexual-health", ("conception",)),
        ("16-18 year olds who are NEET", "neet-and-14-19", ("16-18", "NEET")),
        ("Rate of permanent exclusions from school", "exclusions-and-attendance", ("exclusions",)),
        (
            "Emotional and behavioural health of children in care",
            "emotional-and-mental-health",
            ("Emotional",),
        ),
        (
            "Emotional and behavioural health of children in care",
            "looked-after-children",
            ("children in care",),
        ),
        (
            "Percentage of child protection cases not allocated to a social worker",
            "child-protection",
            ("child protection",),
        ),
        (
            "Ensure that all directorate and school based staff have an up to date CRB check",
            "safeguarding",
            ("CRB",),
        ),
        ("Implement Parenting Support Advisor roles", "early-help-and-family-support", ("Parenting",)),
        (
            "Achievement gap between pupils eligible for free school meals and their peers "
            "achieving the expected "
            "level at KS4",
            "attainment-gaps",
            ("Achievement gap", "free school meals", "and their peers"),
        ),
        # Lambeth 2020/21
        (
            "Rate of Serious Youth Violence incidents (per 1000 population aged 1-24 years)",
            "serious-youth-violence",
            ("Serious Youth Violence",),
        ),
        (
            "Percentage of children aged 16+ with an up to date pathway plan",
            "care-leavers",
            ("pathway plan",),
        ),
        ("Percentage of annual reviews of EHCPs completed on time", "send", ("EHCPs",)),
        ("Agency staff (as a percentage of headcount)", "workforce", ("staff", "headcount")),
        (
            "Develop a collective approach towards transitional safeguarding, preparing our most vulnerable "
            "children for adulthood",
            "safeguarding",
            ("safeguarding",),
        ),
        (
            "Strengthening the Channel Panel to meet the increased demand and case complexity "
            "of those at risk of "
            "extremism",
            "community-safety",
            ("Channel Panel", "extremism"),
        ),
        # Southwark 2010-13
        (
            "Lower rates of teenage conceptions",
            "teenage-pregnancy-and-sexual-health",
            ("teenage conceptions",),
        ),
        ("Increase access to contraception", "teenage-pregnancy-and-sexual-health", ("contraception",)),
        ("Fewer children and families experiencing domestic abuse", "domestic-abuse", ("domestic abuse",)),
        (
            "Develop provision that responds to local community and safeguarding needs to keep children safe",
            "safeguarding",
            ("safeguarding", "keep children safe"),
        ),
        (
            "Target those at risk of an unhealthy weight through tailored advice and support",
            "healthy-weight-and-physical-activity",
            ("unhealthy weight",),
        ),
        (
            "Provide a coordinated approach to ensure women can access high-quality antenatal support at an "
            "earlier stage of pregnancy",
            "health",
            ("antenatal",),
        ),
    ],
)
def test_snippet_has_theme(text: str, theme: str, words: tuple[str, ...]) -> None:
    """A snippet from a plan gets the theme, and the matched words say why."""
    assert themes_of(text).get(theme) == words


@pytest.mark.parametrize(
    "text, theme",
    [
        # "care" alone is not looked-after children
        (
            "Provide care and short break support to enable children, young people and their "
            "families to make "
            "the most of universal services",
            "looked-after-children",
        ),
        (
            "Improve the quality and consistency of contact and referrals to social care",
            "looked-after-children",
        ),
        ("Take up of formal childcare by low income working families", "looked-after-children"),
        ("Ensure 100% young people leaving care have care plans in place", "looked-after-children"),
        # "exclusion" is school exclusion only
        ("Tackling social exclusion among young people", "exclusions-and-attendance"),
        ("Statements of Special Educational Need: excluding 'exceptions'", "exclusions-and-attendance"),
        ("Increase attendance at Parents Forum", "exclusions-and-attendance"),
        ("Number of working days lost to sickness absence per FTE", "exclusions-and-attendance"),
        # "health" in mental, sexual, emotional health or an EHC plan is not general health
        ("Targeted Mental Health in Schools", "health"),
        (
            "Ensure good-quality sexual health information, advice and guidance is available "
            "to all young people",
            "health",
        ),
        ("Emotional and behavioural health of children in care", "health"),
        ("Emotional health of children", "health"),
        (
            "Work with Public Health to develop an outcomes framework for early intervention services",
            "health",
        ),
        ("Be Healthy", "health"),
        # pregnancy is a teenage-pregnancy theme only when it says so
        (
            "Provide a coordinated approach to ensure women can access high-quality antenatal support at an "
            "earlier stage of pregnancy",
            "teenage-pregnancy-and-sexual-health",
        ),
        # the workforce is staff, not carers, placements or young people's jobs
        ("Recruitment and retention of foster carers", "workforce"),
        ("Recruit an appropriate pool of foster placements", "workforce"),
        (
            "Build capacity with local businesses to ensure there are better pathways for young people into "
            "employment",
            "workforce",
        ),
        ("Strengthen the 14-19 vocational and apprenticeship pathways", "workforce"),
        # safeguarding is not community safety or terrorism
        (
            "Develop and deliver on Lambeth's Protect strategy, ensuring our public spaces are "
            "strengthened and "
            "protected against terrorist attack",
            "safeguarding",
        ),
        (
            "Strengthen the response and support offer to residents following a critical incident",
            "safeguarding",
        ),
        ("Work with the partnership to deliver on statutory crime and disorder duties", "safeguarding"),
        # other near misses
        ("Produce 2nd Draft Corporate Parenting Strategy", "early-help-and-family-support"),
        (
            "Raise standards in Personal Social and emotional development in Early Years "
            "Foundation Stage (EYFS)",
            "emotional-and-mental-health",
        ),
        ("Key Stage 3 Performance (ICT): Level 5", "information-sharing-and-systems"),
        ("Achieve efficiency savings as required by Council for 2009/2010", "school-attainment"),
        (
            "Percentage of eligible 3 and 4 year olds accessing 30 hours funded early education",
            "finance-and-value-for-money",
        ),
        (
            "Hospital admissions caused by unintentional and deliberate injuries to children "
            "and young people",
            "school-places-and-buildings",
        ),
        ("Reduce number of first time BME offenders", "attainment-gaps"),
        (
            "Develop new partnership approaches to hate crime, modern slavery and violence "
            "against the person",
            "youth-offending",
        ),
        ("Maintaining good quality social work practice and decision making", "participation-and-voice"),
        ("Young people's participation in positive activities", "participation-and-voice"),
        ("Work with the LSP board and Management board to review the future options for the LSP", "send"),
    ],
)
def test_snippet_lacks_theme(text: str, theme: str) -> None:
    """Near misses of a theme's words do not give the theme."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["Achieve Economic Wellbeing", "Meet Readiness Criteria", "Evaluate the pilot", "Raising the bar", ""],
)
def test_generic_text_gets_no_theme(text: str) -> None:
    """Text that names no topic is left without a theme rather than forced into one."""
    assert assign_themes(text) == []


def test_assign_themes_is_sorted_and_repeatable() -> None:
    """Themes come sorted by key, the same on every call."""
    text = (
        "Increase the number of LAC aged 10 and under 16 in foster placements or placed for adoption to 85%"
    )
    first = assign_themes(text)
    assert [match.theme for match in first] == ["adoption-and-fostering", "looked-after-children"]
    assert assign_themes(text) == first
    assert first[0].iri == theme_iri("adoption-and-fostering")


# ---------------------------------------------------------------------------------------------
# The taxonomy and the rules file agree
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def taxonomy() -> Graph:
    """Return the shipped theme taxonomy."""
    return Graph().parse(ontology_path("reference/themes.ttl"), format="turtle")


def test_taxonomy_is_a_flat_concept_scheme(taxonomy: Graph) -> None:
    """25-40 themes, each a top concept of id:theme with labels, a definition and its key as notation."""
    concepts = set(taxonomy.subjects(RDF.type, CKG.Theme))
    assert 25 <= len(concepts) <= 40
    assert (THEME_SCHEME, RDF.type, SKOS.ConceptScheme) in taxonomy
    assert set(taxonomy.objects(THEME_SCHEME, SKOS.hasTopConcept)) == concepts
    for concept in concepts:
        key = str(taxonomy.value(concept, SKOS.notation))
        assert concept == theme_iri(key), f"{concept} is not minted from its notation {key}"
        assert (concept, RDF.type, SKOS.Concept) in taxonomy
        assert (concept, SKOS.inScheme, THEME_SCHEME) in taxonomy
        assert (concept, SKOS.topConceptOf, THEME_SCHEME) in taxonomy
        labels = list(taxonomy.objects(concept, SKOS.prefLabel))
        assert len(labels) == 1 and labels == list(taxonomy.objects(concept, RDFS.label))
        assert list(taxonomy.objects(concept, SKOS.altLabel)), f"{key} has no altLabel"
        definition = taxonomy.value(concept, SKOS.definition)
        assert isinstance(definition, Literal) and definition.language == "en"
        assert len(str(definition).split()) >= 12, f"{key}: definition too short"
        for related in taxonomy.objects(concept, SKOS.related):
            assert (related, SKOS.related, concept) in taxonomy, f"{key} -> {related} is one-way"


def test_taxonomy_uses_only_declared_terms(taxonomy: Graph) -> None:
    """themes.ttl only uses ckg: terms the vocabulary declares, and reaches the reference graph."""
    declared = {getattr(CKG, name) for name in CKG.__annotations__ if not name.startswith("_")}
    used = {t for triple in taxonomy for t in triple if isinstance(t, URIRef) and str(t).startswith(CKG_IRI)}
    assert used <= declared
    assert ontology_path("reference/themes.ttl") in reference_paths()


def test_rules_cover_exactly_the_taxonomy() -> None:
    """Every theme has rules and every rule names a theme of the taxonomy."""
    assert [rule.theme for rule in load_theme_rules()] == list(theme_labels())


@pytest.mark.parametrize(
    "content, message",
    [
        (
            '[no-such-theme]\nmatch = ["x"]\n',
            r"rules\.toml:1: \[no-such-theme\] names no theme .*; use one of: ",
        ),
        ('[health]\nmatch = ["health"]\nweight = 2\n', r":1: \[health\] has unknown key\(s\) weight"),
        ('[health]\nmatch = "health"\n', r"match and exclude must be lists of strings"),
        ("[health]\nmatch = []\n", r"\[health\] has no match phrases"),
        ('[health]\nmatch = [" health"]\n', r"has the phrase ' health'"),
        (
            '[health]\nmatch = ["health",\n  "re:(unclosed"]\n',
            r"rules\.toml:3: \[health\] phrase 're:\(unclosed'",
        ),
        ("[health\nmatch = 1\n", r"not valid TOML"),
    ],
)
def test_bad_rules_file_names_the_fault(tmp_path: Path, content: str, message: str) -> None:
    """A broken rules file is an error naming the file, the line and the fix."""
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ThemeRulesError, match=message):
        load_theme_rules(path)


def test_missing_rules_file(tmp_path: Path) -> None:
    """A rules file that is not there is a ThemeRulesError, not an OSError."""
    with pytest.raises(ThemeRulesError, match="cannot read theme rules"):
        load_theme_rules(tmp_path / "missing.toml")


# ---------------------------------------------------------------------------------------------
# Triples on a small hand-made graph
# ---------------------------------------------------------------------------------------------

PLAN = mint.plan_iri("testshire", "plan")
PRIORITY = mint.item_iri(PLAN, "priority", "p1")
ACTION = mint.item_iri(PLAN, "action", "a1")
RISK = mint.item_iri(PLAN, "risk", "r1")


def small_plan_graph() -> Graph:
    """Return a plan graph with a themed priority, an unthemed action and a risk (never themed)."""
    graph = Graph(identifier=PLAN)
    for item, cls, label in (
        (PRIORITY, CKG.Priority, "Lower rates of teenage conceptions"),
        (ACTION, CKG.Action, "Tackle social exclusion"),
        (RISK, CKG.Risk, "Teenage pregnancy rate rises"),
    ):
        graph.add((item, RDF.type, cls))
        graph.add((item, RDFS.label, Literal(label)))
        graph.add((item, CKG.inPlan, PLAN))
    graph.add((PRIORITY, CKG.expectedResult, Literal("Better access to contraception")))
    return graph


def test_add_theme_triples_states_the_theme_and_why() -> None:
    """One ckg:theme triple and one assignment node per item and theme; risks and unmatched items get none."""
    graph = small_plan_graph()
    before = set(graph)
    assert add_theme_triples(graph) == 1
    theme = theme_iri("teenage-pregnancy-and-sexual-health")
    node = URIRef(f"{PRIORITY}/theme/teenage-pregnancy-and-sexual-health")
    assert set(graph) - before == {
        (PRIORITY, CKG.theme, theme),
        (node, RDF.type, CKG.ThemeAssignment),
        (node, CKG.themedItem, PRIORITY),
        (node, CKG.assignedTheme, theme),
        (node, CKG.matchedText, Literal("teenage conceptions")),
        (node, CKG.matchedText, Literal("contraception")),
        (node, PROV.wasDerivedFrom, THEME_RULES),
    }


def test_add_theme_triples_is_repeatable() -> None:
    """Theming the same graph twice gives the same triples (deterministic IRIs, no blank nodes)."""
    first, second = small_plan_graph(), small_plan_graph()
    add_theme_triples(first)
    add_theme_triples(second)
    add_theme_triples(second)
    assert set(first) == set(second)


def test_shapes_reject_a_broken_assignment() -> None:
    """The SHACL shapes catch an assignment without matched text or whose item does not state its theme."""
    graph = small_plan_graph()
    add_theme_triples(graph)
    for path in reference_paths():
        graph.parse(path, format="turtle")
    node = URIRef(f"{PRIORITY}/theme/teenage-pregnancy-and-sexual-health")
    graph.remove((node, CKG.matchedText, None))
    graph.remove((PRIORITY, CKG.theme, None))
    graph.add((ACTION, CKG.theme, URIRef(f"{PLAN}/not-a-theme")))
    messages = {v.message for v in validate_graph(graph).violations if str(PLAN) in v.focus}
    assert (
        "A theme assignment needs at least one ckg:matchedText, the non-empty words that matched." in messages
    )
    assert (
        "An item's ckg:theme values and the themes of its ckg:ThemeAssignment nodes must be the same."
        in messages
    )
    assert any(message.startswith("ckg:theme must point to a ckg:Theme") for message in messages)


# ---------------------------------------------------------------------------------------------
# The bundled plans, built
# ---------------------------------------------------------------------------------------------


def test_theme_triples_live_in_the_plan_graph(memory_store: EmbeddedStore) -> None:
    """Assignments are in the named graph of the item's plan, and nowhere else."""
    result = memory_store.query(
        "SELECT DISTINCT ?g ?plan WHERE { GRAPH ?g { ?a ckg:themedItem ?item } ?item ckg:inPlan ?plan }"
    )
    pairs = {
        (graph.value, plan.value) for graph, plan in result.rows if graph is not None and plan is not None
    }
    assert all(graph == plan for graph, plan in pairs)
    assert {str(plan) for plan in PLANS.values()} <= {graph for graph, _ in pairs}


def test_themes_by_plan(memory_store: EmbeddedStore) -> None:
    """themes-by-plan counts a plan's themed priorities, actions and indicators per theme."""
    found = rows(
        memory_store,
        "themes-by-plan",
        plan=ox.NamedNode(str(HEREFORDSHIRE_2009)),
        theme=ox.NamedNode(str(theme_iri("teenage-pregnancy-and-sexual-health"))),
    )
    assert len(found) == 1
    row = found[0]
    assert (row["authority"], row["startYear"], row["themeLabel"]) == (
        "Herefordshire",
        "2009",
        "Teenage pregnancy and sexual health",
    )
    # NI 112 (under 18 conceptions), NI 113a and NI 113b (chlamydia)
    assert (row["priorities"], row["actions"], row["indicators"], row["items"]) == ("0", "0", "3", "3")


def test_themes_by_plan_reads_across_years(memory_store: EmbeddedStore) -> None:
    """Lambeth's two plans both address looked-after children; Southwark has no indicators to count."""
    found = rows(memory_store, "themes-by-plan", theme=ox.NamedNode(str(theme_iri("looked-after-children"))))
    by_plan = {row["plan"]: row for row in found}
    assert by_plan[str(LAMBETH_2007)]["startYear"] == "2007"
    assert by_plan[str(LAMBETH_2020)]["startYear"] == "2020"
    assert int(by_plan[str(LAMBETH_2007)]["items"]) > int(by_plan[str(LAMBETH_2020)]["items"]) > 0
    assert by_plan[str(SOUTHWARK_2010)]["indicators"] == "0"


def test_theme_items_give_the_matched_words(memory_store: EmbeddedStore) -> None:
    """theme-items lists each item with the theme, its plan and the words that matched."""
    found = rows(
        memory_store,
        "theme-items",
        theme=ox.NamedNode(str(theme_iri("teenage-pregnancy-and-sexual-health"))),
        plan=ox.NamedNode(str(HEREFORDSHIRE_2009)),
    )
    assert [(row["ref"], row["type"], row["matched"]) for row in found] == [
        ("NI 112", "Indicator", "conception"),
        ("NI 113a", "Indicator", "Chlamydia"),
        ("NI 113b", "Indicator", "Chlamydia"),
    ]
    assert found[0]["label"] == "Under 18 conception rate"


def test_theme_items_name_projects(memory_store: EmbeddedStore) -> None:
    """A project is listed once, as a Project."""
    found = rows(
        memory_store,
        "theme-items",
        theme=ox.NamedNode(str(theme_iri("workforce"))),
        plan=ox.NamedNode(str(HEREFORDSHIRE_2009)),
    )
    projects = [row for row in found if row["label"] == "Workforce Strategy"]
    assert [row["type"] for row in projects] == ["Project"]


# Twenty assignments drawn at random (random.Random(20).sample of the sorted (plan, label, theme)
# triples) and checked by hand against the plans: True where a children's-services planner would
# file the item under the theme.
SPOT_CHECK: list[tuple[str, str, str, bool]] = [
    (
        "cyps-service-plan-2007-10",
        "Quality of Early Years & Childcare Leadership – postgraduate input",
        "early-years-and-childcare",
        True,
    ),
    (
        "cyps-service-plan-2007-10",
        "Increasing the number of young people in education, employment and training",
        "neet-and-14-19",
        True,
    ),
    (
        "cyp-directorate-plan-2009-11",
        "Children and young people's participation in high-quality PE and sport",
        "healthy-weight-and-physical-activity",
        True,
    ),
    (
        "cyp-directorate-plan-2009-11",
        "Improve the therapeutic support to adoptive placements to enable children "
        "to form secure attachments with their new families",
        "adoption-and-fostering",
        True,
    ),
    ("cyps-service-plan-2007-10", "Increase adoption of LAC to 5.5%", "adoption-and-fostering", True),
    (
        "cyps-service-plan-2007-10",
        "Further improve opportunities for 14-19 year olds",
        "neet-and-14-19",
        True,
    ),
    ("childrens-directorate-plan-2020-21", "Total number of employees at PO1 to PO4", "workforce", True),
    (
        "cyp-directorate-plan-2009-11",
        "Provide evidence of children accessing a wider range of activities and "
        "having their wider needs met through extended services",
        "play-and-positive-activities",
        True,
    ),
    (
        "cyps-service-plan-2007-10",
        "Continue to raise attainment levels for under-performing BME groups and narrow gender gap",
        "attainment-gaps",
        True,
    ),
    (
        "cyp-directorate-plan-2009-11",
        "Complete the build programme of Phase 2 Children's Centres",
        "childrens-centres",
        True,
    ),
    (
        "childrens-directorate-plan-2020-21",
        "Developing and implementing our integrated early years pathway, where "
        "we bring together services such as health visiting, children's centres, community midwifery and "
        "breastfeeding provision, to ensure more joined-up and effective services for our families",
        "early-years-and-childcare",
        True,
    ),
    # Wrong: the description's closing line ("support families with additional needs") gives a
    # maternal and infant health priority the early-help theme.
    ("cypp-2010-13", "Better health for babies, infants and mothers", "early-help-and-family-support", False),
    (
        "cypp-2010-13",
        "Assist young offenders to engage positively in their community through supported "
        "opportunities to enter education, employment or training, live in suitable "
        "accommodation and develop "
        "law-abiding lifestyles",
        "neet-and-14-19",
        True,
    ),
    (
        "childrens-directorate-plan-2020-21",
        "Percentage of young people in suitable education, training or "
        "employment at the end of their YOS intervention",
        "youth-offending",
        True,
    ),
    ("childrens-directorate-plan-2020-21", "Total number of employees at SMG and above", "workforce", True),
    (
        "cyp-directorate-plan-2009-11",
        "Achievement gap between pupils eligible for free school meals and their "
        "peers achieving the expected level at KS4",
        "attainment-gaps",
        True,
    ),
    (
        "cyp-directorate-plan-2009-11",
        "Prepare a commissioning plan for post-16 education in preparation for the transfer",
        "partnership-and-commissioning",
        True,
    ),
    ("cypp-2010-13", "Looked after children achieving their educational potential", "attainment-gaps", True),
    (
        "cyps-service-plan-2007-10",
        "Deliver commissioned health and family support services to meet the Children's Centre core offer",
        "early-help-and-family-support",
        True,
    ),
    (
        "cypp-2010-13",
        "Ensure there are sufficient school places that meet all the needs of local children "
        "irrespective of their developmental stage and where possible close to their home",
        "school-places-and-buildings",
        True,
    ),
]


def test_spot_checked_assignments_are_in_the_store(memory_store: EmbeddedStore) -> None:
    """The hand-checked sample is still what the build assigns, and all but one of them were right."""
    result = memory_store.query(
        "SELECT DISTINCT ?plan ?label ?theme WHERE "
        "{ ?item ckg:theme ?theme ; ckg:inPlan ?plan ; rdfs:label ?label }"
    )
    assignments = sorted(
        (str(plan.value).rsplit("/", 1)[-1], label.value, str(theme.value).rsplit("/", 1)[-1])
        for plan, label, theme in result.rows
        if plan is not None and label is not None and theme is not None
    )
    sample = random.Random(20).sample(assignments, 20)
    assert [(plan, label, theme) for plan, label, theme, _ in SPOT_CHECK] == sample
    assert sum(right for *_, right in SPOT_CHECK) == 19
