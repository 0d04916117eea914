"""The same plan printed with other list marks or spacing reads the same: snippets cut from the wild
corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text), printed once as
the council printed them and once with another bullet glyph or indentation, as another council's PDF,
Word file or page would."""

from __future__ import annotations

import pytest

from tests.loaders.generic.reading import read

#: Learn Sheffield's Sheffield Priorities (2019), Readiness Priority,
#: https://learnsheffield.co.uk/Sheffield-Priorities/Readiness-Priority: a two-column table printed
#: as its header, then each row's "What do we want to achieve?" cell and its bulleted measures.
SHEFFIELD = "\n".join(
    [
        "Readiness Priority",
        "",
        "What do we want to achieve? How will we know if we have been successful?",
        "Sheffield children and young people have the resilience and support to flourish in the modern "
        "world.",
        "  • Mental health data (including Healthy Minds Survey) show strong relative performance and impact "
        "of early intervention.",
        "  • Clear pathway information about universal, targeted and specialist support impacts positively "
        "on outcomes.",
        "Sheffield to have the fittest children in Britain.",
        "  • Sheffield has active schools and active pupils.",
        "  • Sheffield health data show strong relative outcomes.",
        "Children’s attendance and punctuality are maximised.",
        "  • Absence, persistent absence and punctuality data demonstrate strong relative performance.",
    ]
)


def _labels(text: str) -> list[tuple[str, str]]:
    extraction = read(text)
    items = [("outcome", o.label) for o in extraction.outcomes]
    items += [("indicator", i.label) for i in extraction.indicators]
    return items


@pytest.mark.parametrize("glyph", ["o", "·", "◦", "–"])
def test_a_column_table_bulleted_with_another_glyph_reads_the_same(glyph: str) -> None:
    """Sheffield's table of outcomes and their measures, its bullets reprinted as "o" (Word's second
    level), "·" (a middle dot, as a PDF's text keeps the Symbol font's bullet), "◦" or a dash: the
    rows (the outcomes, and the measures under each) are the same as with "•"."""
    expected = _labels(SHEFFIELD)
    assert [kind for kind, _ in expected].count("outcome") == 3
    assert _labels(SHEFFIELD.replace("•", glyph)) == expected


#: Rotherham's Council Plan 2022-25, Every child able to fulfil their potential,
#: https://www.rotherham.gov.uk/strategies-plans-policies/council-plan-theme-every-child-able-fulfil-potential-1/2
ROTHERHAM = "\n".join(
    [
        "Our desired outcomes and how we will achieve them",
        "",
        "The outcomes we will focus on",
        "",
        "  • Children get the best start in life ",
        "  • Children and young people safe from harm ",
        "  • Young people feel empowered to succeed and achieve their aspirations",
        "  • Children and young people have fun things to do and safe places to go",
    ]
)


def test_outcomes_bulleted_with_a_letter_o_are_not_one_heading_wrapped() -> None:
    """Rotherham's outcomes reprinted with "o" bullets (Word's second-level bullet, as many councils'
    PDFs print it): "o Children and young people …" starts with a lowercase letter but is the next
    outcome, not the wrapped end of the one above; four outcomes, as with "•"."""
    expected = _labels(ROTHERHAM)
    assert len(expected) == 4
    assert _labels(ROTHERHAM.replace("•", "o")) == expected


#: Coventry City Council's Children and Young People Plan 2020,
#: https://www.coventry.gov.uk/info/31/children_and_families/2772/coventry_children_and_young_people_plan
COVENTRY = "\n".join(
    [
        "There are four key priorities within the plan:",
        "",
        "  • Early help",
        "  • Be healthy",
        "  • Stay safe",
        "  • Education, training and employment",
    ]
)


@pytest.mark.parametrize("glyph", ["*", "o", "–"])
def test_priorities_bulleted_with_asterisks_or_a_letter_o_stay_list_items(glyph: str) -> None:
    """Coventry's four priorities reprinted with "*" bullets (as a web page's text or Markdown prints a
    list), "o" (Word's second-level bullet) or an en dash: "* Be healthy" or "o Be healthy" is the
    list's item, not an Every Child Matters outcome heading (the asterisk taken for emphasis, the "o"
    for a word); four priorities, as with "•"."""
    expected = [p.label for p in read(COVENTRY).priorities]
    assert len(expected) == 4
    assert [p.label for p in read(COVENTRY.replace("•", glyph)).priorities] == expected


def test_a_list_indented_with_tabs_reads_as_one_indented_with_spaces() -> None:
    """Rotherham's outcomes reprinted with a tab before each bullet (as a Word file's or a web page's
    text indents a list): a tab that only indents a line is not a table's cell gap, so the four
    outcomes are read, as with spaces."""
    expected = _labels(ROTHERHAM)
    assert len(expected) == 4
    assert _labels(ROTHERHAM.replace("  •", "\t•")) == expected


def test_a_tab_between_a_list_mark_and_its_text_reads_as_a_space() -> None:
    """Coventry's bulleted priorities reprinted as Word prints a list, a tab between each item's mark
    and its text ("•\tEarly help"): not a table's two cells, so the four priorities read as with a
    space."""
    expected = [(p.label, p.source_line) for p in read(COVENTRY).priorities]
    assert len(expected) == 4
    tabbed = read(COVENTRY.replace("• ", "•\t")).priorities
    assert [(p.label, p.source_line) for p in tabbed] == expected


#: Bristol City Council's Early Years Outcomes Duty delivery planning cycle (2009),
#: https://docsbay.net/doc/1116794/eyod-delivery-planning-and-quarterly-monitoring-review-and-reporting-cycle
#: (two of the Act's eight duties; the PSA targets' notes left out).
BRISTOL = "\n".join(
    [
        "1. Early Years Outcomes Duties:",
        "- General duty of LA in relation to well-being of young children",
        "- Special duties of the LA in relation to early childhood services",
        "Childcare Act 2006",
        "PSA Targets:",
        "- Increase the percentage of young people who achieve a total of 78 points across the EYFSP",
        "- Reduce inequality by improving the average (mean) score of the lowest 20% of results",
    ]
)


def test_a_lead_in_printed_in_capitals_reads_as_in_title_case() -> None:
    """Bristol's "Early Years Outcomes Duties:" reprinted in capitals, as many plans print a heading:
    "OUTCOMES" there is a title's word (the duties are not outcomes), as "Outcomes" is in title case,
    so only the two PSA targets are read, as in the council's own printing."""

    def items(text: str) -> list[tuple[str, str]]:
        extraction = read(text)
        return [("outcome", o.label) for o in extraction.outcomes] + [
            ("indicator", i.label) for i in extraction.indicators
        ]

    expected = items(BRISTOL)
    assert [kind for kind, _ in expected] == ["indicator", "indicator"]
    capitals = BRISTOL.replace("1. Early Years Outcomes Duties:", "1. EARLY YEARS OUTCOMES DUTIES:")
    assert items(capitals) == expected
