"""A header printed one cell a line and reprinted on every page of a long report, over text that is no
table: the text under it is fitted to its columns once, not once again from every reprint (which made
a report of a few hundred such pages take minutes: issue 17, the excerpt repeated).

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import pytest

from councilkg.errors import CouncilKGError
from councilkg.loaders.generic import cellperline
from tests.loaders.generic.reading import read

#: Central Bedfordshire Council's performance pages, school readiness (2016)
#: (http://centralbedfordshireperformance.inphase.com/Detail/696_3875): one page a measure, each with
#: the chart's legend ("Our goal is" / "Actual" / "Target" / "Goal") over its commentary.
CENTRAL_BEDFORDSHIRE = (
    "Our goal is\nActual\nTarget\nGoal\n\n"
    "Being 'school ready' is key to ensuring children can effectively access the national curriculum "
    "from the moment they start school. The Council has seen improvement in the data for this measure "
    "every year, from 49% of children classed as having a 'Good Level of Development' in 2013, to 68.5% "
    "in 2016.\n\nBigger values are best\n"
)


def test_a_header_reprinted_over_text_that_is_no_table_is_fitted_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fitted: list[int] = []
    fit_cells = cellperline.fit_cells

    def counted(body: Sequence[tuple[int, str]], *args: object) -> list[list[tuple[int, str]]]:
        fitted.append(len(body))
        return fit_cells(body, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cellperline, "fit_cells", counted)
    with contextlib.suppress(CouncilKGError):  # no plan items: the page holds none
        read(CENTRAL_BEDFORDSHIRE * 40)
    assert len(fitted) == 1
