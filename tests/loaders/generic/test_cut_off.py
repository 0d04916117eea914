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


#: Kent County Council, Director's weekly update (11 July 2017), the page as copied,
#: tests/corpus/wild/kent-2017-send-strategy-directors-update-aims.txt
KENT = """\
Kent’s SEND Strategy, launched in January 2014, set out three overarching aims to:

  1. improve the educational, health and emotional wellbeing outcomes for Kent’s children and young \
people with SEN and disabilities
  2. ensure Kent delivers the statutory changes (required by the Children and Families Act 2014)
  3. address the gaps in provision for children and young people with SEN and disabilities; improve the \
quality of provision; develop the broadest range of pro
"""


def test_the_item_cut_off_mid_word_where_the_text_ends_is_not_read() -> None:
    """ "… develop the broadest range of pro": "pro" is printed nowhere else whole, and begins "provision"."""
    extraction = read(KENT)
    assert [p.ref for p in extraction.priorities] == ["1", "2"]
    assert extraction.placed[KENT.count("\n")] == "item cut off at the text's end"


def test_a_whole_word_whose_longer_form_is_printed_ends_an_item_whole() -> None:
    # North Northamptonshire Council's Children's Services page (2024) ends "… better standards of care"
    # having said children "are cared for",
    # tests/corpus/wild/north-northamptonshire-2024-childrens-services-directorate-priorities.txt
    text = KENT.replace("the broadest range of pro", "better standards of care").replace(
        "outcomes for", "outcomes, cared for, for"
    )
    assert [p.ref for p in read(text).priorities] == ["1", "2", "3"]
