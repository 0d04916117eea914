"""List marks real printings use (:mod:`councilkg.documents.listmarks`), on snippets cut from the
wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.generic.lonebullets import carry_lone_bullets
from councilkg.loaders.generic.outlineitems import INLINE_BULLET
from councilkg.loaders.generic.runonlists import lead_in_run
from councilkg.loaders.parsing.midruns import midline_run
from councilkg.loaders.parsing.runlists import counted_run
from tests.loaders.generic.reading import read

#: Milton Keynes Council's news of its Council Plan 2022-2026 (2022), https://www.miltonkeynes.co.uk
#: (a web page whose bullets its text prints as ">").
MILTON_KEYNES = "\n\n".join(
    [
        "The Council Plan sets out the council's priorities for the next four years",
        "> Improved access to affordable housing",
        "> Delivery of regeneration and renewal",
        "> A strong and robust economy",
        "Councillor Pete Marland, Labour leader of the council, said: “This Council Plan is an exciting look "
        "forward at what we can achieve in the next four years.”",
    ]
)


def test_an_arrow_printed_as_text_marks_a_list_item() -> None:
    found = read(MILTON_KEYNES)
    assert [p.label for p in found.priorities] == [
        "Improved access to affordable housing",
        "Delivery of regeneration and renewal",
        "A strong and robust economy",
    ]


def test_an_arrow_before_a_figure_or_glued_to_a_word_is_no_mark() -> None:
    """ "> 95%" is a target's comparison and ">Improved" no printed bullet."""
    assert BULLET.match("> Improved access to affordable housing")
    assert BULLET.match("» Improved access") and BULLET.match("› Improved access")
    assert not BULLET.match("> 95% of care leavers in education")
    assert not BULLET.match(">Improved access")


#: Brent Council's Borough Plan 2019-23 Delivery Plan for Year 1 (2019), https://fdocuments.us (a PDF's
#: text, whose Wingdings square bullets it prints as "§").
BRENT = "\n\n".join(
    [
        "STRONG FOUNDATIONS",
        "DESIRED OUTCOMES § Improvement",
        "in Key Stage results for Black Caribbean Boys",
        "§ Improvement in Key Stage results for looked-after children and care leavers",
        "§ High-level skills achievement;",
        "§ Increase in average wage",
    ]
)


def test_a_wingdings_square_printed_as_a_section_sign_marks_a_list_item() -> None:
    found = read(BRENT)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Improvement in Key Stage results for looked-after children and care leavers", 7),
        ("High-level skills achievement;", 9),
        ("Increase in average wage", 11),
    ]


def test_a_section_sign_before_a_number_is_no_mark() -> None:
    assert not BULLET.match("§ 17 of the Children Act 1989 places a duty on the council")
    assert BULLET.match("§ Increase in average wage")


#: Liverpool City Council's Liverpool 2040: The Next Generation (2025),
#: https://liverpool.gov.uk/council/strategies-and-policies/liverpool-2040/the-next-generation (a web
#: page that prints each item's "-" on a line of its own).
LIVERPOOL = "\n".join(
    [
        "To realise our goal, we will progress the following outcomes:",
        "-",
        "Families and children feel supported to thrive",
        "-",
        "Children have the best possible start in life",
        "-",
        "Child poverty and inequalities are reduced",
    ]
)


def test_a_bullet_printed_on_a_line_of_its_own_marks_the_next_line() -> None:
    found = read(LIVERPOOL)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Families and children feel supported to thrive", 3),
        ("Children have the best possible start in life", 5),
        ("Child poverty and inequalities are reduced", 7),
    ]


#: Liverpool City Council's Council Plan, Pillar 4: Healthier lives (2023), https://liverpool.gov.uk
#: (a lone "-" over the heading of the list, a mark with no item).
LIVERPOOL_PILLAR = "\n".join(
    [
        "What we want to achieve",
        "-",
        "Priority outcomes",
        "- Increased healthy life expectancy",
        "- People have improved choice and control over the care they access",
    ]
)


def test_a_lone_bullet_over_a_heading_naming_a_kind_marks_nothing() -> None:
    found = read(LIVERPOOL_PILLAR)
    assert [o.label for o in found.outcomes] == [
        "Increased healthy life expectancy",
        "People have improved choice and control over the care they access",
    ]


def test_a_column_of_lone_bullets_is_carried_onto_no_line() -> None:
    """Ealing's slides (2010) print a column of "–" apart from their text: no mark is one item's."""
    texts = [(1, "–"), (2, "–"), (3, "Laming Inquiry into Victoria Climbié’s death")]
    assert carry_lone_bullets(texts) == texts


def test_a_counted_list_run_into_a_paragraph_splits_at_the_symbol_fonts_bullet() -> None:
    """Oldham's Corporate Plan 2010-2014 (https://paperzz.com/doc/6753090/many-choices-one-place), its
    bullets as a PDF's text gives the Symbol font's ("\\uf0b7"): the run is split where it was checked."""
    text = (
        "Our Plan is based around our four corporate objectives: \uf0b7 A confident place \uf0b7 A "
        "university town \uf0b7 An address of choice \uf0b7 Services of choice Our work to achieve these "
        "objectives is underpinned by our core values."
    )
    assert counted_run(text) == (
        "objectives",
        ["A confident place", "A university town", "An address of choice", "Services of choice"],
    )


def test_a_lead_in_after_the_symbol_fonts_bullet_starts_at_its_clause() -> None:
    """Sutton's SEND written statement of action (2018), https://www.sutton.gov.uk, with a Symbol-font
    bullet for the line's own mark: the lead-in starts after it."""
    text = (
        "\uf0b7 Sutton Local Area commitment:We will clarify roles, responsibilities and communication "
        "processes ● We will improve the consistency of opportunities for social inclusion ● We will improve "
        "opportunities for effective joint working practices"
    )
    found = midline_run(text)
    assert found is not None and found[0] == "Sutton Local Area commitment:"


def test_a_list_run_on_after_its_lead_in_may_be_marked_by_the_symbol_fonts_bullet() -> None:
    """Manchester's Children and Young People's Plan (https://mccleaders.com/about-childrens-services),
    its run-on list's marks as a PDF's text gives the Symbol font's bullet ("\\uf0b7")."""
    text = (
        "Our key priorities over the next 4 years will be for all children and young people to: \uf0b7 feel "
        "safe in their community \uf0b7 have an improved knowledge around e-safety \uf0b7 have their "
        "voices heard"
    )
    assert lead_in_run(text) == (
        "Our key priorities over the next 4 years will be for all children and young people to:",
        [
            "feel safe in their community",
            "have an improved knowledge around e-safety",
            "have their voices heard",
        ],
    )


def test_an_items_points_run_on_after_it_are_cut_at_any_round_bullet() -> None:
    """York's Children and Young People's Plan launch slides (2016), https://sambuz.com, with "●" (a
    PDF's black circle) where the slide printed "•": the points run on after the item are cut away."""
    assert INLINE_BULLET.split("Early help ● Better perinatal health", maxsplit=1)[0] == "Early help"
    assert INLINE_BULLET.split("Early help \uf0b7 Better perinatal health", maxsplit=1)[0] == "Early help"


#: Runnymede Borough Council's annual review in short films (2022), the Corporate Business Plan's
#: priority areas, https://dhirubhai.net/pulse/working-hard-local-people-runnymedebc (a page whose text
#: lost the tab after each number to question marks).
RUNNYMEDE = """The priority areas are:
1.??? Climate Change
2.??? Health and Wellbeing
3.??? Empowering our Communities
How the Council works
"""


def test_a_number_whose_tab_became_question_marks_marks_a_list_item() -> None:
    assert [p.label for p in read(RUNNYMEDE).priorities] == [
        "Climate Change",
        "Health and Wellbeing",
        "Empowering our Communities",
    ]
    assert NUMBER.match("2.? Why does it matter") is None  # one question mark is a question's


def test_a_list_item_run_on_into_more_items_marked_by_the_symbol_fonts_bullet_is_each_of_them() -> None:
    """Purbeck District Council's Local Plan Part 1, foreword (2012), the Corporate Strategy's objectives
    as the PDF's text gives them (https://docslib.org/doc/13079480/purbeck-local-plan-part-1-planning-
    purbeck-s-future): five items on one line, each after the Symbol font's bullet."""
    text = (
        "This is highlighted by the Council’s own Corporate Strategy objectives:\n\n"
        "\uf0b7 Protecting and enhancing the natural environment \uf0b7 Meeting the housing needs of local "
        "people \uf0b7 Improving the local economy and infrastructure\n"
    )
    assert [p.label for p in read(text).priorities] == [
        "Protecting and enhancing the natural environment",
        "Meeting the housing needs of local people",
        "Improving the local economy and infrastructure",
    ]
