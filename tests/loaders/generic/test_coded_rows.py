"""Rows led by a reference code ("CP1- Number of children in care"): their kind from the words above.

The snippet is cut from the wild corpus (``tests/corpus/wild/``): Middlesbrough's Corporate Parenting
Board minutes of 2021 on its scorecard (https://moderngov.middlesbrough.gov.uk/mgAi.aspx?ID=3999).
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import coded_row_kinds
from tests.loaders.generic.reading import read

MIDDLESBROUGH = """The Analytics Manager was in attendance and provided the Board with information relating \
to the Corporate Parenting Board scorecard.

The main points to note were as follows:

Numbers and trends

CP1- Number of children in care in Middlesbrough-Trend

                  Children looked after numbers have vastly improved, dropping down below the 550 mark for \
the first time in 13 months and continue to decrease month on month.

CP2- Gap between Middlesbrough and Regional Children in care Rate per 10,000 – Trend

                  Though still remain above all external benchmarks, we are showing significant improvement.

CP3. Ratio of children entering to leaving care – Trend
"""


def test_coded_rows_under_a_scorecard_are_its_measures() -> None:
    """A scorecard (or dashboard, or performance figures) names what its coded rows are: measures."""
    texts = list(enumerate(MIDDLESBROUGH.split("\n"), start=1))
    assert coded_row_kinds(texts) == {"CP": "indicator"}
    assert [(i.ref, i.label[:30]) for i in read(MIDDLESBROUGH).indicators] == [
        ("CP1", "Number of children in care in "),
        ("CP2", "Gap between Middlesbrough and "),
        ("CP3", "Ratio of children entering to "),
    ]


def test_coded_rows_under_no_word_naming_their_kind_are_not_read() -> None:
    texts = [(1, "The Board noted:"), (2, "CP1- Number of children in care"), (3, "CP2- Gap to the region")]
    assert coded_row_kinds(texts) == {}
