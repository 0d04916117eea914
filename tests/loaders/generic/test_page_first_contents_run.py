"""A contents page run onto one line with each page printed before its entry ("CONTENTS 1 Cover page 2
Foreword 3 Contents …"), its themes read between the front and the back matter; on a snippet cut from
the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.contentsruns import paged_run_lines
from tests.loaders.generic.reading import read

#: Christchurch Town Council, Strategic Plan 2021-2025 (page transcription),
#: https://readkong.com/page/strategic-plan-2021-2025-01202-022-479-8831828 (the foreword and introduction
#: cut short).
CHRISTCHURCH = """\
FOREWORD “April 2019 brought many changes to Local Government and Council administration across Dorset.
CONTENTS 1 Cover page 2 Foreword 3 Contents 4 Christchurch Parish 5 Introduction 6 Mission Statement \
7 Street-scene 8 Highways 9 Democracy 10 Environment 11 Monitoring Progress 3 12 Back-cover
INTRODUCTION Christchurch is one of the most senior mayoralty towns in Dorset and covers an area of 19.5 \
square miles.
"""


def test_the_run_is_parted_at_each_next_page_number() -> None:
    runs = paged_run_lines(CHRISTCHURCH.splitlines())
    assert runs == {
        2: "Cover page .... 1 Foreword .... 2 Contents .... 3 Christchurch Parish .... 4 Introduction .... 5 "
        "Mission Statement .... 6 Street-scene .... 7 Highways .... 8 Democracy .... 9 Environment .... 10 "
        "Monitoring Progress 3 .... 11 Back-cover .... 12"
    }


def test_the_themes_between_front_and_back_matter_are_read() -> None:
    labels = [priority.label for priority in read(CHRISTCHURCH).priorities]
    assert labels == ["Street-scene", "Highways", "Democracy", "Environment"]


def test_numbers_that_do_not_run_on_by_one_are_no_such_run() -> None:
    text = "Contents\n1 Cover page 3 Foreword 5 Contents 7 Introduction 9 Street-scene\n"
    assert paged_run_lines(text.splitlines()) == {}
    assert paged_run_lines(["In 1 year 2 schools 3 times 4 pupils 5 more"]) == {}
