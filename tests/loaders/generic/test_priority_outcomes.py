"""A plan's "Priority Outcome 1" with its title on the line below, its "Outcome statements" and its "We
aim to:" actions, bulleted with a Wingdings glyph the PDF's text prints as "î" and sub-points marked
"o", on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.documents.listmarks import BULLET
from tests.loaders.generic.reading import read

#: London Borough of Bromley, Education and Care Services Plan for 2012/13: Priority Framework Summary
#: (an agenda item's text), https://cds.bromley.gov.uk/mgAi.aspx?ID=18155
BROMLEY = "\n\n".join(
    [
        "Priority Outcome 1",
        "Children and young people enjoy learning and achieve their full potential.",
        "Outcome statements",
        "In Bromley children and young people:",
        "î  have access to sufficient school places and specialist provision within the Borough;",
        "î  enjoy attending school and have high-levels of attendance.",
        "We aim to:",
        "î  Redefine the local framework for school improvement - including teaching schools",
        "î  Improve educational attainment in early years settings and schools, particularly:",
        "o  between the lowest and highest attaining groups in the Early Years Foundation Stage;",
        "o  vulnerable groups.",
        "î  Improve attendance, especially in Primary schools;",
    ]
)


def test_a_priority_outcome_takes_its_title_from_the_line_below() -> None:
    extraction = read(BROMLEY)
    first = extraction.outcomes[0]
    assert (first.notation, first.label[:40]) == ("1", "Children and young people enjoy learning")
    assert extraction.placed[3] == "heading's title"


def test_outcome_statements_and_the_actions_we_aim_to_take() -> None:
    extraction = read(BROMLEY)
    assert [o.label[:30] for o in extraction.outcomes[1:]] == [
        "have access to sufficient scho",
        "enjoy attending school and hav",
    ]
    assert [a.label[:30] for a in extraction.actions] == [
        "Redefine the local framework f",
        "Improve educational attainment",
        "Improve attendance, especially",
    ]
    assert extraction.placed[19] == extraction.placed[21] == "part of the item above"


@pytest.mark.parametrize("glyph", ["î", "Ø", "ü", "¢", "ƒ", "☛"])
def test_wingdings_glyphs_printed_as_letters_mark_list_items(glyph: str) -> None:
    assert BULLET.match(f"{glyph}  Improve attendance")
    assert not BULLET.match(f"{glyph}25 per cent")
