"""The Southwark CYPP 2010-13 loader, on the bundled committee report + plan and on small snippets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plan, bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders import get_loader
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.model import Extraction, Post

SOUTHWARK = bundled_plan("southwark-cypp-2010-13.txt").path
PLAN_LINES = SOUTHWARK.read_text(encoding="utf-8").splitlines()
LOADER = get_loader("southwark-cypp-2010")

COVER = "## **APPENDIX 1**\n\n# **2010-2013**\n\n# **Children and Young People's Plan**\n\n"
HEADER = "<b>We will commission services that...</b>\t<b>As a result, we expect...</b>"


def load_snippet(text: str) -> Extraction:
    """Return what the loader extracts from ``text``."""
    return LOADER.load(Document.from_text("snippet.txt", text))


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    """The bundled plan, extracted once."""
    return LOADER.load(read_document(SOUTHWARK))


def test_sniff_claims_this_plan_only() -> None:
    """1.0 for this plan, below 0.2 for every other bundled plan and for unrelated text."""
    assert LOADER.sniff(read_document(SOUTHWARK)) == 1.0
    others = [plan.path for plan in bundled_plans() if plan.path != SOUTHWARK]
    assert len(others) == 3
    for path in others:
        assert LOADER.sniff(read_document(path)) < 0.2, path.name
    assert LOADER.sniff(Document.from_text("x.txt", "Ref\tActivity\nSouthwark\n")) < 0.2


def test_plan_info(extraction: Extraction) -> None:
    """Title from the appendix cover, CYPP type, 2010-2013, and no plan it draws on by name."""
    plan = extraction.plan
    assert (plan.authority, plan.slug, plan.title, plan.plan_type) == (
        "southwark",
        "cypp-2010-13",
        "Children and Young People's Plan 2010-2013",
        "ChildrenAndYoungPeoplesPlan",
    )
    assert (plan.start_year, plan.end_year, plan.source_line) == (2010, 2013, 93)
    assert plan.draws_on == ()
    assert extraction.loader == "southwark-cypp-2010"


def test_vision(extraction: Extraction) -> None:
    """The quoted vision under "Our vision", without its quotation marks."""
    assert extraction.vision is not None
    assert extraction.vision.source_line == 153
    assert extraction.vision.text.startswith("Every child, young person and family in Southwark has high")
    assert extraction.vision.text.endswith("and achieve their full potential.")


def test_report_officers_and_posts(extraction: Extraction) -> None:
    """Lead officer and report author hold their posts; the "From:" post is the author's; consulted posts."""
    assert extraction.people == {"Elaine Allegretti": 63, "Romi Bowen": 75}
    assert extraction.posts == [
        Post("Head of Strategy and Partnerships", 6, holder="Elaine Allegretti", description="Report Author"),
        Post(
            "Strategic Director of Children's Services", 75, holder="Romi Bowen", description="Lead Officer"
        ),
        Post(
            "Strategic Director of Communities, Law & Governance",
            82,
            description="comments sought: No; comments included: No",
        ),
        Post("Finance Director", 83, description="comments sought: No; comments included: No"),
        Post("Executive Member", 84, description="comments sought: Yes; comments included: No"),
    ]
    assert extraction.placed[76] == "post"


def test_recommendations(extraction: Extraction) -> None:
    """The two numbered recommendations are actions of type recommendation, ref as numbered."""
    recommendations = [a for a in extraction.actions if a.action_type == "recommendation"]
    assert [(a.key, a.ref, a.source_line) for a in recommendations] == [
        ("recommendation-1", "1", 10),
        ("recommendation-2", "2", 11),
    ]
    assert recommendations[1].label.startswith("To note that this proposed CYPP will be subject to final")
    assert all(a.supports == [] for a in recommendations)


def test_five_priority_areas(extraction: Extraction) -> None:
    """Each area once, at its heading in "Our local priorities...", with its tagline as description."""
    areas = [p for p in extraction.priorities if p.key.startswith("area-")]
    assert [(p.key, p.label, p.source_line) for p in areas] == [
        ("area-thinking-family", "Thinking family", 264),
        ("area-narrowing-the-gap", "Narrowing the gap", 272),
        ("area-raising-the-bar", "Raising the bar", 279),
        ("area-succeeding-into-adulthood", "Succeeding into adulthood", 286),
        ("area-working-together", "Working together", 293),
    ]
    assert areas[3].description == "at-risk young people achieve wellbeing"
    assert all(p.parent is None and p.contributes_to == [] for p in areas)


def test_area_mentions_resolve_to_the_same_areas(extraction: Extraction) -> None:
    """The report's "Thinking families" list and the vision's list are placed, not new areas."""
    assert [extraction.placed[line] for line in (23, 25, 27, 29, 31)] == [
        "priority area (quoted in report)"
    ] * 5
    assert [extraction.placed[line] for line in range(157, 162)] == ["priority area (listed)"] * 5
    assert extraction.placed[301] == "heading: priority area"


def test_nineteen_detailed_priorities_and_one_listed_only(extraction: Extraction) -> None:
    """19 "Our priority is..." sections under their areas, plus the (TBC) one listed only."""
    detailed = [p for p in extraction.priorities if p.parent and not p.listed_only]
    assert len(detailed) == 19
    per_area = {key: sum(p.parent == key for p in detailed) for key in {p.parent for p in detailed}}
    assert per_area == {
        "area-thinking-family": 4,
        "area-narrowing-the-gap": 4,
        "area-raising-the-bar": 4,
        "area-succeeding-into-adulthood": 4,
        "area-working-together": 3,
    }
    (listed_only,) = [p for p in extraction.priorities if p.listed_only]
    assert (listed_only.label, listed_only.source_line, listed_only.parent) == (
        "Supporting vulnerable families through an effective continuum of parenting provision",
        270,
        "area-thinking-family",
    )
    teenage = next(p for p in detailed if p.key == "lower-rates-of-teenage-conceptions")
    assert (teenage.label, teenage.source_line, teenage.parent, teenage.section) == (
        "Lower rates of teenage conceptions",
        446,
        "area-succeeding-into-adulthood",
        "Succeeding into adulthood",
    )
    assert teenage.description is not None
    assert teenage.description.startswith("More young people, whatever their level of need, making positive")


def test_priority_title_variants(extraction: Extraction) -> None:
    """Bold-wrapped, unbolded and heading-less "Our priority is..." lines all give their priority."""
    labels = {p.source_line: p.label for p in extraction.priorities}
    assert (
        labels[314]
        == "Improving the quality, suitability and range of activities for children and young people"
    )
    assert labels[323] == (
        "Independence for children and young people with learning difficulties and/or disabilities, "
        "and their families"
    )
    assert labels[383] == "Children are school ready and schools are child ready"
    assert labels[457] == "A stronger family based approach to safeguarding"
    assert extraction.placed[295] == "priority (listed)"  # printed "family-based" in the list


def test_commissioning_intentions(extraction: Extraction) -> None:
    """59 commitments, each supporting its priority, labelled without the lead-in."""
    commitments = [a for a in extraction.actions if a.action_type == "commissioning intention"]
    assert len(commitments) == 59
    contraception = next(a for a in commitments if a.label == "Increase access to contraception")
    assert (contraception.key, contraception.source_line, contraception.supports) == (
        "increase-access-to-contraception",
        451,
        ["lower-rates-of-teenage-conceptions"],
    )
    assert contraception.section == "Succeeding into adulthood"
    assert len({a.key for a in extraction.actions}) == len(extraction.actions)


def test_report_quotes_are_the_plans_nodes(extraction: Extraction) -> None:
    """The two intentions the report quotes are one priority each, with the report's lines placed."""
    for label, line in (
        ("Looked after children achieving their educational potential", 363),
        ("Looked after young people succeed as young adults", 428),
    ):
        (priority,) = [p for p in extraction.priorities if p.label == label]
        assert priority.source_line == line
        assert sum(priority.key in a.supports for a in extraction.actions) == 3
    assert all(a.source_line > 87 for a in extraction.actions if a.action_type == "commissioning intention")
    assert extraction.placed[35] == "priority (quoted in report)"
    assert extraction.placed[37] == "priority description (quoted in report)"
    assert extraction.placed[39] == "table header (quoted in report)"
    assert [extraction.placed[line] for line in (40, 41, 42, 49)] == ["commitment (quoted in report)"] * 4


def test_expected_results_follow_the_layout(extraction: Extraction) -> None:
    """Lists in one row belong to the priority; one commitment per row keeps its own result."""
    priorities = {p.key: p for p in extraction.priorities}
    teenage = priorities["lower-rates-of-teenage-conceptions"]
    assert teenage.expected_results == [
        "More young people are able to make positive choices around sexual health and relationships, "
        "and more parents feel able to guide and influence their child's choices",
        "A rise in the number of young people accessing contraception",
        "Reduced rates of teenage pregnancy, and more teenage parents in training or employment",
    ]
    independence = next(p for p in extraction.priorities if p.source_line == 323)
    assert independence.expected_results == []
    paired = [a for a in extraction.actions if a.supports == [independence.key]]
    assert [(a.source_line, len(a.expected_results)) for a in paired] == [(328, 1), (329, 1), (330, 1)]
    assert paired[1].expected_results == [
        "More children, young people and families receiving care and short breaks outside the home "
        "and choosing to use a wider range of local facilities"
    ]
    early_years = [a for a in extraction.actions if a.source_line == 359]
    assert len(early_years) == 1 and early_years[0].expected_results == []
    total = sum(len(p.expected_results) for p in extraction.priorities)
    total += sum(len(a.expected_results) for a in extraction.actions)
    assert total == 63


def test_partners(extraction: Extraction) -> None:
    """The five partner bodies at the line first naming them, and on the items that name them."""
    assert [(p.name, p.source_line) for p in extraction.partners] == [
        ("PCT", 57),
        ("police", 57),
        ("schools", 107),
        ("voluntary and community sector", 107),
        ("Southwark Safeguarding Children Board", 147),
    ]
    by_partner = {p.label: p.partners for p in extraction.priorities if p.partners}
    assert by_partner == {
        "Raising the achievement of those groups falling behind": ["schools"],
        "Children are school ready and schools are child ready": ["schools"],
        "Every school and setting aspires to excellence": ["schools"],
        "Schools and settings are able to meet their students' needs": ["schools"],
        "Services that meet the needs of our children and community": [
            "voluntary and community sector",
            "Southwark Safeguarding Children Board",
        ],
    }
    looked_after = next(p for p in extraction.priorities if p.source_line == 363)
    assert looked_after.partners == []  # "when changing schools" names a place, not the body


def test_warnings(extraction: Extraction) -> None:
    """The (TBC) listed-only priority and the draft's bracketed placeholders."""
    assert [(w.line, w.message.split(" ")[0]) for w in extraction.warnings] == [
        (270, "priority"),
        (113, "draft"),
        (175, "draft"),
        (518, "draft"),
        (524, "draft"),
    ]
    assert "(TBC)" in extraction.warnings[0].message
    assert "'[Table to come]'" in extraction.warnings[3].message


def test_every_item_points_at_its_own_line(extraction: Extraction) -> None:
    """Each priority and action's source line prints its label."""
    items: list[tuple[str, str, int]] = [(p.key, p.label, p.source_line) for p in extraction.priorities]
    items += [(a.key, a.label, a.source_line) for a in extraction.actions]
    assert len(items) == 86
    for key, label, line in items:
        assert label[:30] in PLAN_LINES[line - 1].replace("**", ""), key


def test_coverage_places_every_table_row(extraction: Extraction) -> None:
    """No table row is left unplaced; what is left is narrative."""
    report = coverage_of(extraction, read_document(SOUTHWARK))
    assert report.unplaced_table_rows == ()
    assert report.nonblank == 320
    assert report.placed == 188
    assert {u.line for u in report.unplaced} >= {15, 97, 248}
    assert not any(u.text.startswith("Our priority is") for u in report.unplaced)


# --- snippets ---------------------------------------------------------------------------------


def test_title_falls_back_to_the_report_title() -> None:
    """Without the appendix cover, the report's "Children and Young People's Plan 2010-13" is the title."""
    found = load_snippet("<b>Report title:</b>\t\tProposed Children and Young People's Plan 2010-13\t\n")
    assert (found.plan.title, found.plan.source_line, found.plan.end_year) == (
        "Children and Young People's Plan 2010-13",
        1,
        2013,
    )
    assert found.placed[1] == "report title"


def test_no_title_is_a_loader_error() -> None:
    """Text with no CYPP title cannot be this plan."""
    with pytest.raises(LoaderError, match="title"):
        load_snippet("## Our vision\n\nSomething\n")


def test_rows_split_by_a_page_break_continue_their_item() -> None:
    """A row whose cells start in lower case continues the previous row's last items."""
    text = (
        COVER + "# Our local priorities and the results we expect\n\n"
        "## Area one – tagline here\n\n"
        "### *Our priority is...* **Keep children safe**\n\n"
        "*You can expect...* Safety.\n\n"
        f"{HEADER}\n"
        "<p>Develop provision that responds</p> <p>Improve the quality of</p>\t<p>More children safe</p>\n"
        "<p>referrals to social care</p>\t<p>and happy</p>\n"
    )
    found = load_snippet(text)
    actions = [a.label for a in found.actions]
    assert actions == ["Develop provision that responds", "Improve the quality of referrals to social care"]
    (priority,) = [p for p in found.priorities if p.label == "Keep children safe"]
    assert priority.expected_results == ["More children safe and happy"]
    assert priority.parent == "area-area-one"
    assert found.placed[17] == "table row continued"


def test_report_quote_not_in_the_plan_is_kept_and_warned() -> None:
    """A commitment the report quotes that the plan lacks becomes an action of the plan's priority."""
    quote = (
        "**Keep children safe**\n\n*You can expect...* Safety.\n\n"
        f"{HEADER}\nDevelop provision\tMore children safe\nTrain staff\tFewer harms\n\n"
    )
    plan = (
        "# Our local priorities and the results we expect\n\n## Area one – tagline\n\n"
        "- Keep children safe\n\n*Our priority is...* **Keep children safe**\n\n"
        "*You can expect...* Safety.\n\n"
        f"{HEADER}\n<p>Develop provision</p>\t<p>More children safe</p>\n"
    )
    found = load_snippet(quote + COVER + plan)
    assert [a.label for a in found.actions] == ["Develop provision", "Train staff"]
    assert [a.source_line for a in found.actions] == [26, 7]
    priority = next(p for p in found.priorities if p.label == "Keep children safe")
    assert priority.source_line == 21 and priority.expected_results == ["More children safe", "Fewer harms"]
    quoted = [(w.line, w.message) for w in found.warnings if w.message.startswith("report quotes")]
    assert quoted == [
        (7, "report quotes commitment 'Train staff', not in the plan"),
        (7, "report quotes result 'Fewer harms', not in the plan"),
    ]
    assert found.placed[1] == "priority (quoted in report)"


def test_unknown_table_header_is_warned() -> None:
    """A table header without the two lead-ins is read as commitments | results, with a warning."""
    text = (
        COVER + "# Our local priorities and the results we expect\n\n## Area one – tagline\n\n"
        "*Our priority is...* **Keep children safe**\n\nCommitments\tResults\nDo a thing\tA result\n"
    )
    found = load_snippet(text)
    assert [a.label for a in found.actions] == ["Do a thing"]
    assert any("not understood" in w.message for w in found.warnings)
    assert any("no 'You can expect" in w.message for w in found.warnings)


# --- robustness -------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", range(10, len(PLAN_LINES) + 10, 10))
def test_truncated_plan_gives_a_result_or_loader_error(cut: int) -> None:
    """The plan cut after every 10th line loads, or fails with LoaderError only."""
    document = Document.from_text("cut.txt", "\n".join(PLAN_LINES[:cut]) + "\n")
    try:
        found = LOADER.load(document)
    except LoaderError:
        assert cut < 100
        return
    extraction_to_graph(found, document)
    assert coverage_of(found, document).unplaced_table_rows == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_gives_a_result_or_loader_error(text: str) -> None:
    """Arbitrary text never raises anything but LoaderError."""
    document = Document.from_text("any.txt", "Children and Young People's Plan 2010-13\n" + text)
    extraction_to_graph(LOADER.load(document), document)
