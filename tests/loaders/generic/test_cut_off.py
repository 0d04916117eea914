"""An item the text ends in, cut off mid-phrase ("4. Achieve the best possible outcomes for"), is not
read; an item closed by its stop, or a whole title whose description is cut off, is. Snippets cut from
the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Durham County Council, Children and Young People's Strategy consultation (2019), the page as copied,
#: tests/corpus/wild/durham-2019-cyp-strategy-consultation-aims.txt
DURHAM = """\
Aims

The new strategy will have four key aims:

  1.  All children and young people have a safe childhood.
  2. Children and young people enjoy the best start in life, good health and emotional wellbeing.
  3. Young people can access good quality education, training and local employment.
  4. Achieve the best possible outcomes for
"""


def test_the_item_cut_off_where_the_text_ends_is_not_read() -> None:
    extraction = read(DURHAM)
    assert [p.ref for p in extraction.priorities] == ["1", "2", "3"]
    assert extraction.placed[DURHAM.count("\n")] == "item cut off at the text's end"


def test_an_item_closed_by_its_stop_is_whole_whatever_its_last_word() -> None:
    # as Cumbria County Council's Carlisle Area Plan 2012 ends "• Providing new office accommodation for
    # our staff to work in;", tests/corpus/wild/cumbria-2012-carlisle-area-plan-priorities-what-we-will-do.txt
    text = DURHAM.replace("outcomes for", "outcomes they can reach.")
    assert [p.ref for p in read(text).priorities] == ["1", "2", "3", "4"]


def test_a_whole_title_whose_description_is_cut_off_is_read() -> None:
    # Southampton City Council, four priorities for children (2023),
    # tests/corpus/wild/southampton-2023-four-priorities-children-cep.txt
    text = DURHAM.replace(
        "Achieve the best possible outcomes for",
        "Health and happiness. As well as making sure children have access to play areas, the",
    )
    assert read(text).priorities[-1].label.startswith("Health and happiness.")
