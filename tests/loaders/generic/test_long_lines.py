"""A page printed as one line: what leads in a list is decided from the words just before each kind word,
not by searching the whole line before it again for each (which took time quadratic in the line's length:
a plan run onto one line took minutes; issue 17, the excerpt with all its lines joined).

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import contextlib
import re
import sys

import pytest

from councilkg.errors import CouncilKGError
from councilkg.loaders.generic import leadinkind, outlinelines
from tests.loaders.generic.reading import read

#: Council of the Isles of Scilly, Council Corporate Plan 2022-2026, web page
#: (https://scilly.gov.uk/council-democracy/council-corporate-plan), its lines run onto one.
ISLES_OF_SCILLY = (
    "Council Corporate Plan What is the Corporate Plan? The Corporate Plan sets out Councillors' "
    "aspirations for the Council and the principles we will work to over the next four years. The plan "
    "contains objectives which we believe will address points of concern within the community and enable "
    "the islands to thrive. These objectives are not intended to capture everything the Council does. "
    "Instead, they are projects or goals which are carried out alongside the day-to-day activities of the "
    "local authority. "
)
LEAD_IN = (
    "Our Objectives Following public consultation, Councillors have set the following objectives for the "
    "period 2022-2026:"
)


class _Measured:
    """A pattern that notes how many characters each search of it looks through."""

    def __init__(self, pattern: re.Pattern[str], spans: list[int]) -> None:
        self.pattern, self.spans = pattern, spans

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.spans.append(min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)


def test_a_kind_word_in_a_page_run_onto_one_line_is_judged_by_the_words_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spans: list[int] = []
    monkeypatch.setattr(leadinkind, "GENERIC_KIND_WORD", _Measured(outlinelines.GENERIC_KIND_WORD, spans))
    with contextlib.suppress(CouncilKGError):  # no plan items: the page names none
        read(ISLES_OF_SCILLY * 20 + LEAD_IN + "\n")
    assert len(spans) >= 40  # each "objectives" and "goals" was judged
    assert max(spans) < 40


def test_generic_words_before_a_kind_word_still_say_it_names_no_list() -> None:
    text = "We want better outcomes for children at risk of poor  outcomes and their outcomes"
    matches = list(outlinelines.LIST_KIND_WORDS.finditer(text))
    assert [leadinkind._names_a_list(text, match) for match in matches] == [False, False, False]
