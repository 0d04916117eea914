"""The headings a file's format marks, read by the engine (markedheadings, outlinemarked).

Each outline is a real excerpt of the wild corpus (its source address above it), written as an HTML
page, a Word document or a PDF whose headings are marked as the page's structure has them
(tests/loaders/generic/marked_pages.py). The same text as plain text, which marks no heading, reads
as it did before the marks were read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from councilkg.documents.document import Document, read_document
from councilkg.loaders.generic.engine import inspect_plan, read_plan
from councilkg.loaders.generic.markedheadings import (
    RULE_MARKED_ACTION,
    RULE_MARKED_HEADING,
    marked_items,
    names_a_kind,
)
from councilkg.loaders.model import Extraction
from tests.loaders.generic.marked_pages import plain_text, write_docx, write_html, write_pdf

WRITERS: dict[str, Callable[[Sequence[str], Path], Path]] = {
    "html": write_html,
    "docx": write_docx,
    "pdf": write_pdf,
}

# https://www.wscp.org.uk/about/ambitions-and-priorities (wandsworth-2025-safeguarding-partnership-
# ambitions-priorities): the priorities are headings under "Our Priorities", no kind word in them.
WANDSWORTH = [
    "# Ambitions and Priorities",
    "Wandsworth Safeguarding Children Partnership (WSCP) is jointly led by the Police, Integrated Care "
    "Board and the Council. We are responsible for protecting children and young people in Wandsworth "
    "from harm, abuse, neglect and exploitation, and promoting their welfare.",
    "## Our Priorities",
    "### Families First Social Care Reforms",
    "This priority aligns with the national children’s social care reforms and the local Families First "
    "transformation programme. It supports a rebalancing towards early intervention, relationship-based "
    "practice, and a whole-family approach to preventing harm and reducing the need for statutory "
    "intervention.",
    "### Children not in school",
    "This priority addresses the growing concern around children who are missing education, including "
    "those not on a school roll, persistently absent, or in unregistered settings. It seeks to improve "
    "identification, tracking, and coordinated multi-agency responses to safeguard this vulnerable group.",
    "### Anti-Racist Practice -Actions, Behaviour, and Culture across the Partnership and within all "
    "organisations.",
    "This priority focuses on embedding anti-racist values across all levels of safeguarding work. It aims "
    "to challenge discriminatory practices, improve cultural competence, and ensure that children, "
    "families, and staff experience equitable treatment and outcomes regardless of race or ethnicity.",
    "### Thematic Focus ( 6-9 month focus)",
]
WANDSWORTH_PRIORITIES = [
    "Families First Social Care Reforms",
    "Children not in school",
    "Anti-Racist Practice -Actions, Behaviour, and Culture across the Partnership and within all "
    "organisations",
    "Thematic Focus ( 6-9 month focus)",
]

# https://www.warringtonyouthvoice.org/pledges-priorities (warrington-2021-youth-voice-pledges-
# priorities): the pledges' headings, each over its priorities' headings, then the values.
WARRINGTON = [
    "# Our Pledges & Priorities",
    "The Pledges & Priorities are the set topics of which we will be working on and focusing on "
    "throughout the year.",
    "## Young people are happy and safe",
    "### A place of equality and diversity for young people",
    "### Young people are safe",
    "### Support for young people amid the COVID-19 pandemic",
    "### Collaborate with schools and colleges to improve quality of school life",
    "## Our town is where young people can live healthy and independent lives",
    "### Young people feel part of their community and take pride in where they live",
    "### Young people have equal access to leisure services",
    "### Our town is more inclusive of SEND young people",
    "## Our Values",
    "- Determined, ambitious & active - Empowered and motivated by our own beliefs and values to do what "
    "is best for our town.",
    "- Community involvement - engaging positively with the diverse communities of Warrington.",
]

# https://www.devonscp.org.uk/childrensplan/keeping-children-safe-2/ (devon-2019-cypp-keeping-
# children-safe): "Our priorities to 2023 are:" over the priorities' headings, bullets under them.
DEVON = [
    "# Children and Young People’s Plan 2019-2023",
    "Every child and young person has the right to feel safe, be protected from neglect, and free from "
    "the exploitation of others.",
    "## Our priorities to 2023 are:",
    "### Support for vulnerable young people at risk",
    "We will:",
    "- Work together to prevent children missing education, particularly those from disadvantaged and "
    "vulnerable backgrounds",
    "- Support families and carers if a young person is missing and after they return home",
    "### Better identification and prevention of neglect",
    "Where the needs and actions of parents may impact on the care of children leading to neglect, we "
    "will work together more effectively to identify it, prevent it or intervene early.",
    "For more information please see our Neglect Strategy and Toolkit.",
    "### Helping more people stay out of care",
]

# https://www.richmond.gov.uk/council/how_we_work/policies_and_plans/community_plan/community_plan_delivery
# (richmond-2016-community-plan-children-young-people): "Our Priorities" over a bulleted list.
RICHMOND = [
    "# Community Plan",
    "## Tackling inequality and creating opportunity for children and young people",
    "### Our Priorities",
    "- To ensure that all children and young people are safe and healthy",
    "- To ensure that all children and young people are able to participate, enjoy and achieve.",
    "- To provide early help for children, young people and their families, when it is needed.",
    "The borough is generally a safe place for children and young people to grow up, with low crime "
    "levels and low numbers of road accidents.",
]

# https://docsbay.net/improving-health-in-salford (salford-2004-pledge-improving-health-key-indicators):
# the pledge, a "We will …" sentence, is the heading over the themes and their bullets.
SALFORD = [
    "# Improving Health in Salford",
    "## We will improve the Health, Well-being and Social Care of the people in Salford",
    "### Promoting a healthy lifestyle and tackling health inequalities",
    "- Support the PCT in assisting 1456 people in Salford to give up smoking in 2004/05",
    "- Achieve a 6% reduction in mothers who smoke during pregnancy",
    "### Working with partners to improve life chances and promote good health for individuals and "
    "communities",
    "- Produce local Health Action Plans in every Community Committee area",
    "- Deliver community care equipment to homes where needed within 7 days",
]


def read_as(kind: str, outline: Sequence[str], tmp_path: Path) -> Extraction:
    """Return what the engine reads from the outline written as ``kind`` ("txt" for plain text)."""
    if kind == "txt":
        return read_plan(Document.from_text("plan.txt", plain_text(outline)))
    return read_plan(read_document(WRITERS[kind](outline, tmp_path / f"plan.{kind}")))


def labels(items: Sequence[object]) -> list[str]:
    """Return the labels of ``items``, as read."""
    return [str(getattr(item, "label", "")) for item in items]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_headings_under_a_heading_naming_their_kind_are_its_items(tmp_path: Path, kind: str) -> None:
    extraction = read_as(kind, WANDSWORTH, tmp_path)
    assert labels(extraction.priorities) == WANDSWORTH_PRIORITIES
    assert {p.reading.rule for p in extraction.priorities if p.reading} == {RULE_MARKED_HEADING}
    assert extraction.actions == []  # the paragraphs describe the priorities


def test_plain_text_reads_the_heading_only_structure_from_its_words(tmp_path: Path) -> None:
    """Without marks, the long third heading reads as prose: the text alone cannot settle it."""
    extraction = read_as("txt", WANDSWORTH, tmp_path)
    assert labels(extraction.priorities) == [
        "Families First Social Care Reforms",
        "Children not in school",
        "Thematic Focus ( 6-9 month focus)",
    ]


@pytest.mark.parametrize("kind", ["docx", "html"])  # a PDF marks no heading of 14 words (pdfheadings)
def test_word_heading_levels_nest_priorities_under_outcomes(tmp_path: Path, kind: str) -> None:
    extraction = read_as(kind, WARRINGTON, tmp_path)
    assert labels(extraction.outcomes) == [
        "Young people are happy and safe",
        "Our town is where young people can live healthy and independent lives",
    ]
    first, second = (outcome.key for outcome in extraction.outcomes)
    served = {p.label: [link.key for link in p.contributes_to] for p in extraction.priorities}
    assert served == {
        "A place of equality and diversity for young people": [first],
        "Young people are safe": [first],
        "Support for young people amid the COVID-19 pandemic": [first],
        "Collaborate with schools and colleges to improve quality of school life": [first],
        "Young people feel part of their community and take pride in where they live": [second],
        "Young people have equal access to leisure services": [second],
        "Our town is more inclusive of SEND young people": [second],
    }
    # "Our Values" ends the last pledge's part: its bullets are no actions of the priority above
    assert extraction.actions == []
    assert read_as("txt", WARRINGTON, tmp_path).outcomes == []  # the text alone reads no pledge


def test_html_h2_h3_and_list_read_priorities_with_their_actions(tmp_path: Path) -> None:
    extraction = read_as("html", DEVON, tmp_path)
    assert labels(extraction.priorities) == [
        "Support for vulnerable young people at risk",
        "Better identification and prevention of neglect",
        "Helping more people stay out of care",
    ]
    first = extraction.priorities[0].key
    assert [(a.label, a.supports) for a in extraction.actions] == [
        (
            "Work together to prevent children missing education, particularly those from disadvantaged "
            "and vulnerable backgrounds",
            [first],
        ),
        ("Support families and carers if a young person is missing and after they return home", [first]),
    ]
    text = read_as("txt", DEVON, tmp_path)
    assert labels(text.priorities) == ["Support for vulnerable young people at risk"]
    assert labels(text.actions) == labels(extraction.actions)


@pytest.mark.parametrize("kind", ["docx", "html"])  # a PDF's "•" is no list mark once extracted
def test_a_marked_heading_naming_a_kind_leads_in_its_list_until_the_next_heading(
    tmp_path: Path, kind: str
) -> None:
    """The page's text runs heading into list with no blank line between: the marks read the list, and
    so do the words alone (the capitalised heading is no wrapped end of the line above it), run together
    or typed a blank line apart."""
    document = read_document(WRITERS[kind](RICHMOND, tmp_path / f"plan.{kind}"))
    extraction = read_plan(document)
    priorities = [
        "To ensure that all children and young people are safe and healthy",
        "To ensure that all children and young people are able to participate, enjoy and achieve.",
        "To provide early help for children, young people and their families, when it is needed.",
    ]
    assert labels(extraction.priorities) == priorities
    assert extraction.actions == [] and extraction.indicators == []
    assert labels(read_plan(Document.from_text("plan.txt", document.text)).priorities) == priorities
    assert labels(read_as("txt", RICHMOND, tmp_path).priorities) == priorities


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_a_marked_heading_text_reads_as_an_action_is_a_priority(tmp_path: Path, kind: str) -> None:
    text = read_as("txt", SALFORD, tmp_path)
    pledge = "We will improve the Health, Well-being and Social Care of the people in Salford"
    assert pledge in labels(text.actions)
    extraction = read_as(kind, SALFORD, tmp_path)
    assert pledge not in labels(extraction.actions)
    top, *themes = extraction.priorities
    assert (top.label, top.reading.rule if top.reading else None) == (pledge, RULE_MARKED_ACTION)
    assert [(theme.label, theme.parent) for theme in themes] == [
        ("Promoting a healthy lifestyle and tackling health inequalities", top.key),
        (
            "Working with partners to improve life chances and promote good health for individuals and "
            "communities",
            top.key,
        ),
    ]
    assert len(extraction.actions) == 4


def test_inspect_shows_the_rule_of_each_item_a_mark_read(tmp_path: Path) -> None:
    seen = inspect_plan(read_document(write_html(WANDSWORTH, tmp_path / "plan.html")))
    assert [(item.kind, item.rule) for item in seen.items] == [("priority", RULE_MARKED_HEADING)] * 4
    assert (4, 3, "Families First Social Care Reforms") in seen.headings


def test_marked_items_from_levels_alone() -> None:
    lines = [line.lstrip("# ") for line in WARRINGTON]
    levels = {number: len(line) - len(line.lstrip("#")) for number, line in enumerate(WARRINGTON, 1)}
    items = marked_items(lines, {number: level for number, level in levels.items() if level})
    assert [(items[n].kind, items[n].parent) for n in (3, 4, 8, 9)] == [
        ("outcome", None),
        ("priority", 3),
        ("outcome", None),
        ("priority", 8),
    ]
    assert 12 not in items  # "Our Values"
    assert names_a_kind("Our priorities to 2023 are:") == "priority"
    assert names_a_kind("Thematic Focus ( 6-9 month focus)") is None
